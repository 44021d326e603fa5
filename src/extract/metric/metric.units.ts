/** The measure words a quantity can end in, as GUIDELINES.md (test/fixtures/gold) counts them. */

/** Longest first so 人次 wins over 人 and 个工作日 over 个. */
export const UNITS = [
  '个百分点', '个工作日', '个月', '平方公里', '平方米', '万元', '亿元', '美元', '人次', '件次', '户次', '工作日', '小时', '分钟', '公里', '千米',
  '%', '％', '‰', '元', '个', '项', '家', '件', '条', '次', '人', '名', '位', '户', '台', '套', '所', '座', '张', '部', '类', '种', '分',
  '批', '辆', '处', '份', '篇', '天', '倍', '亩', '吨', '秒', '周', '例', '枚', '封', '本', '路', '核', '颗', '支', '只', '间', '栋',
  '层', '块', '场', '届', '轮', '米', '架', '艘', '根', '片', '首', '笔', '宗', 'GB', 'TB', 'PB',
];
/** 5个工作日, 3个月, 2个百分点: the measure word is 个 and the rest is what is counted (GUIDELINES.md). */
export const COUNTED_BY_GE: ReadonlySet<string> = new Set(['个工作日', '个月', '个百分点']);
/** UNITS as a regular-expression alternation, longest first as listed. */
export const UNIT_ALT = UNITS.map((u) => u.replace(/[%]/g, '\\$&')).join('|');
