import { pinyin } from 'pinyin-pro';

/**
 * Search keys stored with every entity so that `nanhai`, `qingdao` or the initials `nhq` find
 * 南海区 / 青岛市 without a pinyin pass at query time. pinyin-pro resolves polyphones by word
 * context (重庆 → chongqing, not zhongqing).
 */
export function pinyinKeys(name: string): { pinyin: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).map((s) =>
    s.toLowerCase().replace(/[^a-z0-9]/g, ''),
  );
  const words = syllables.filter(Boolean);
  return { pinyin: words.join(''), initials: words.map((w) => w[0]).join('') };
}
