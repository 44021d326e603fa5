import type { Article } from '@/corpus/corpus.types';
import type { EntityRef, Extraction, Span } from '@/extract/extraction.types';

/** The `egov-kg extract` JSON document (seeds/extract-contract.md); `about`, `dates` and entity `attrs` are extras. */
export interface ContractDocument {
  articles: ContractArticle[];
}

export interface ContractArticle {
  title: string;
  date: string | null;
  source: string | null;
  body: string;
  entities: {
    type: string;
    name: string;
    code?: string;
    aliases: string[];
    mentions: Span[];
    attrs?: Record<string, string>;
  }[];
  relations: { type: string; from: EntityRef; to: EntityRef; evidence: Span }[];
  themes: { key: string; score: number; evidence: Span[] }[];
  metrics: { name: string; value: number; unit: string; text: string; start: number; end: number; date?: string }[];
  about: string[];
  dates: { text: string; start: number; end: number; value: string }[];
}

export function toContractJson(articles: readonly Article[], extractions: readonly Extraction[]): ContractDocument {
  return { articles: articles.map((a, i) => toContractArticle(a, extractions[i]!)) };
}

function toContractArticle(a: Article, x: Extraction): ContractArticle {
  return {
    title: a.title,
    date: a.date,
    source: a.source,
    body: a.body,
    entities: x.entities.map((e) => ({
      type: e.type,
      name: e.name,
      ...(e.type === 'Region' && e.code ? { code: e.code } : {}),
      aliases: [...e.aliases],
      mentions: e.mentions.map(spanOf),
      ...(e.attrs && Object.keys(e.attrs).length > 0 ? { attrs: { ...e.attrs } } : {}),
    })),
    relations: x.relations.map((r) => ({ type: r.type, from: refOf(r.from), to: refOf(r.to), evidence: spanOf(r.evidence) })),
    themes: x.themes.map((t) => ({ key: t.key, score: t.score, evidence: t.evidence.map(spanOf) })),
    metrics: x.metrics.map((m) => ({
      name: m.name,
      value: m.value,
      unit: m.unit,
      text: m.text,
      start: m.start,
      end: m.end,
      ...(m.date ? { date: m.date } : {}),
    })),
    about: [...x.about],
    dates: x.dates.map((d) => ({ text: d.text, start: d.start, end: d.end, value: d.value })),
  };
}

function spanOf(s: Span): Span {
  return { text: s.text, start: s.start, end: s.end };
}

function refOf(r: EntityRef): EntityRef {
  return r.code ? { type: r.type, name: r.name, code: r.code } : { type: r.type, name: r.name };
}
