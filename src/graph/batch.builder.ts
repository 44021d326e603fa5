import type { Article, Bulletin } from '@/corpus/corpus.types';
import type { EntityRef, ExtractedEntity, Extraction, RegionLevel, Span } from '@/extract/extraction.types';
import type { EdgeRecord, GraphBatch, NodeLabel, NodeRecord, PropValue, RelProps, RelType } from '@/graph/graph.model';
import { NODE_PROPS } from '@/graph/graph.model';
import { pinyinKeys } from '@/graph/name.pinyin';
import { sentenceAt, splitSentences } from '@/extract/text/sentence.splitter';
import { entityId, metricId, regionId, themeId } from '@/shared/ids';

/** What the builder needs to know about divisions: just enough to add the PART_OF chain. */
export interface RegionFacts {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export interface ThemeFacts {
  key: string;
  name: string;
  description: string;
  dimension: string;
}

export interface BuildContext {
  region(code: string): RegionFacts | undefined;
  themes: ThemeFacts[];
}

export interface ExtractedArticle {
  article: Article;
  extraction: Extraction;
}

export interface BuildInput {
  bulletin?: Bulletin | null;
  items: ExtractedArticle[];
}

/**
 * Extraction → GraphBatch, pure. Every text-derived edge carries its evidence (article, quote,
 * offsets); divisions get their GB/T 2260 ancestors so region filters and province roll-ups work
 * without a gazetteer at query time.
 */
export function buildGraphBatch(inputs: BuildInput[], ctx: BuildContext): GraphBatch {
  const nodes = new Map<string, NodeRecord>();
  const edges = new Map<string, EdgeRecord>();
  const articleIds: string[] = [];

  const addNode = (label: NodeLabel, id: string, props: Record<string, PropValue>) => {
    const full: Record<string, PropValue> = {};
    for (const [p, type] of Object.entries(NODE_PROPS[label])) full[p] = props[p] ?? (type === 'STRING[]' ? [] : null);
    full.id = id;
    full.kind = label;
    const existing = nodes.get(id);
    if (existing && Array.isArray(existing.props.aliases) && Array.isArray(full.aliases)) {
      full.aliases = unique([...(existing.props.aliases as string[]), ...(full.aliases as string[])]);
    }
    nodes.set(id, { label, id, props: full });
  };
  const addEdge = (type: RelType, fromLabel: NodeLabel, from: string, toLabel: NodeLabel, to: string, props: RelProps) => {
    const full: RelProps = { articleId: '', quote: null, startOffset: null, endOffset: null, score: 1, count: 1, spans: null, source: null, ...props };
    edges.set(`${type}|${from}|${to}|${full.articleId}`, { type, fromLabel, from, toLabel, to, props: full });
  };

  for (const theme of ctx.themes) {
    addNode('Theme', themeId(theme.key), { key: theme.key, name: theme.name, description: theme.description, dimension: theme.dimension });
  }

  const addRegionChain = (code: string | undefined, seen = new Set<string>()) => {
    let current = code ? ctx.region(code) : undefined;
    while (current && !seen.has(current.code)) {
      seen.add(current.code);
      addNode('Region', regionId(current.code, current.name), {
        name: current.name,
        code: current.code,
        level: current.level,
        parentCode: current.parentCode,
        ...pinyinKeys(current.name),
        attrs: '{}',
      });
      const parent = current.parentCode ? ctx.region(current.parentCode) : undefined;
      if (!parent) break;
      addEdge('PART_OF', 'Region', current.code, 'Region', parent.code, { source: 'GB/T 2260' });
      current = parent;
    }
  };

  for (const { bulletin, items } of inputs) {
    if (bulletin) {
      addNode('Bulletin', bulletin.id, { name: bulletin.title, publisher: bulletin.publisher, date: bulletin.date, issue: bulletin.issue, file: bulletin.file });
    }
    for (const { article, extraction } of items) {
      articleIds.push(article.id);
      const aid = article.id;
      const evidence = evidenceIn(splitSentences(article.body));
      addNode('Article', aid, {
        title: article.title,
        body: article.body,
        date: article.date,
        month: article.date ? article.date.slice(0, 7) : null,
        number: article.number,
        source: article.source,
        bulletinId: article.bulletinId,
        file: article.file,
      });
      if (bulletin) addEdge('CONTAINS', 'Bulletin', bulletin.id, 'Article', aid, { articleId: aid, count: article.number ?? 1 });

      const ids = new Map<string, { label: NodeLabel; id: string }>();
      const refKey = (r: EntityRef) => `${r.type}|${r.type === 'Region' && r.code ? r.code : r.name}`;
      for (const entity of extraction.entities) {
        const id = entity.type === 'Region' ? regionId(entity.code, entity.name) : entityId(entity.type, entity.name);
        ids.set(refKey(entity), { label: entity.type, id });
        ids.set(`${entity.type}|${entity.name}`, { label: entity.type, id });
        addNode(entity.type, id, entityProps(entity));
        if (entity.type === 'Region') {
          if (entity.code) addRegionChain(entity.code);
          else if (entity.parentCode) {
            addRegionChain(entity.parentCode);
            if (ctx.region(entity.parentCode)) addEdge('PART_OF', 'Region', id, 'Region', entity.parentCode, { source: 'curated' });
          }
        }
        const first = entity.mentions[0];
        addEdge('MENTIONS', 'Article', aid, entity.type, id, {
          articleId: aid,
          ...evidence(first),
          count: entity.mentions.length,
          spans: JSON.stringify(entity.mentions),
        });
      }
      if (article.source) {
        const id = entityId('Publication', article.source);
        if (!nodes.has(id)) addNode('Publication', id, { name: article.source, ...pinyinKeys(article.source), attrs: '{}' });
        addEdge('PUBLISHED_IN', 'Article', aid, 'Publication', id, { articleId: aid });
      }
      for (const code of extraction.about) {
        const target = ids.get(`Region|${code}`) ?? ids.get(`Region|${ctx.region(code)?.name ?? ''}`);
        if (!target) continue;
        const entity = extraction.entities.find((e) => e.type === 'Region' && (e.code === code || e.name === code));
        addEdge('ABOUT', 'Article', aid, 'Region', target.id, { articleId: aid, ...evidence(entity?.mentions[0]) });
      }
      for (const hit of extraction.themes) {
        addEdge('HAS_THEME', 'Article', aid, 'Theme', themeId(hit.key), {
          articleId: aid,
          ...evidence(hit.evidence[0]),
          score: hit.score,
          spans: JSON.stringify(hit.evidence),
        });
      }
      for (const metric of extraction.metrics) {
        const id = metricId(aid, metric.start);
        addNode('Metric', id, { name: metric.name, value: metric.value, unit: metric.unit, text: metric.text, articleId: aid, startOffset: metric.start, endOffset: metric.end, date: metric.date ?? null });
        addEdge('REPORTS', 'Article', aid, 'Metric', id, { articleId: aid, ...evidence(metric) });
      }
      for (const relation of extraction.relations) {
        const from = ids.get(refKey(relation.from)) ?? ids.get(`${relation.from.type}|${relation.from.name}`);
        const to = ids.get(refKey(relation.to)) ?? ids.get(`${relation.to.type}|${relation.to.name}`);
        if (!from || !to || from.id === to.id) continue;
        addEdge(relation.type, from.label, from.id, to.label, to.id, {
          articleId: aid,
          quote: relation.evidence.text,
          startOffset: relation.evidence.start,
          endOffset: relation.evidence.end,
        });
      }
    }
  }
  return { articleIds, nodes: [...nodes.values()], edges: [...edges.values()] };
}

function entityProps(entity: ExtractedEntity): Record<string, PropValue> {
  const props: Record<string, PropValue> = {
    name: entity.name,
    aliases: unique(entity.aliases.filter((a) => a !== entity.name)),
    ...pinyinKeys(entity.name),
    attrs: JSON.stringify(entity.attrs ?? {}),
  };
  if (entity.type === 'Region') {
    props.code = entity.code ?? null;
    props.level = entity.level ?? null;
    props.parentCode = entity.parentCode ?? null;
  }
  return props;
}

/** The sentence around a span is the evidence researchers read; offsets index into the body. */
function evidenceIn(sentences: Span[]) {
  return (span: Pick<Span, 'start' | 'end'> | undefined): RelProps => {
    if (!span) return {};
    const s = sentenceAt(sentences, span.start);
    return s ? { quote: s.text, startOffset: s.start, endOffset: s.end } : {};
  };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
