import type { BuildContext } from '@/graph/batch.builder';
import { getGazetteer } from '@/extract/region/region.gazetteer';
import { loadThemes } from '@/extract/theme/theme.catalog';

/** The gazetteer and theme taxonomy the graph builder needs, from their single sources of truth. */
export function defaultBuildContext(): BuildContext {
  const gazetteer = getGazetteer();
  return {
    region: (code) => {
      const info = gazetteer.byCode(code);
      return info?.code ? { code: info.code, name: info.name, level: info.level, parentCode: info.parentCode } : undefined;
    },
    themes: loadThemes(),
  };
}
