/** A bulletin is a compilation of news items (e.g. 电子政务信息汇编, one issue). */
export interface Bulletin {
  id: string;
  title: string;
  publisher: string | null;
  /** ISO date YYYY-MM-DD. */
  date: string | null;
  issue: string | null;
  file: string;
  articles: Article[];
}

/** One news item. Offsets produced by extraction index into `body` (JS string indices). */
export interface Article {
  id: string;
  bulletinId: string | null;
  /** Position in the bulletin (1-based), null for a standalone article file. */
  number: number | null;
  title: string;
  body: string;
  /** ISO date the article is dated (the bulletin date for bulletin items). */
  date: string | null;
  /** Source publication from the closing parenthesis, e.g. 人民法院报. */
  source: string | null;
  file: string;
}

/** What reading one file yields: a bulletin, or a single plain article. */
export type CorpusDocument =
  | { kind: 'bulletin'; bulletin: Bulletin }
  | { kind: 'article'; article: Article };
