import { Option, type Command } from 'commander';
import type { Article, CorpusDocument } from '@/corpus/corpus.types';
import { readCorpusFile } from '@/corpus/corpus.reader';
import { extractArticles } from '@/extract/extract.service';
import { toContractJson, type ContractDocument } from '@/extract/extract.contract';
import { AppError } from '@/shared/errors';

export const EXTRACT_FORMATS = ['json'] as const;

/** Reads every file first (a bad one fails the run before any output), then extracts each article. */
export async function runExtract(
  files: readonly string[],
  read: (file: string) => Promise<CorpusDocument> = readCorpusFile,
  log: (line: string) => void = () => undefined,
): Promise<ContractDocument> {
  const articles: Article[] = [];
  for (const file of files) {
    const doc = await read(file);
    const found = doc.kind === 'bulletin' ? doc.bulletin.articles : [doc.article];
    log(`${file}: ${found.length} article${found.length === 1 ? '' : 's'}`);
    articles.push(...found);
  }
  return toContractJson(articles, extractArticles(articles));
}

/** Where the command reads and writes; tests pass their own. */
export interface ExtractIo {
  out(text: string): void;
  err(text: string): void;
  read(file: string): Promise<CorpusDocument>;
}

const PROCESS_IO: ExtractIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  read: readCorpusFile,
};

/**
 * `egov-kg extract [--format json] FILE...` ('-' = stdin): one JSON document on stdout, logs on
 * stderr. Unreadable or unparsable input: one line on stderr, exit code 1, nothing on stdout.
 */
export function registerExtractCommand(program: Command, io: ExtractIo = PROCESS_IO): void {
  program
    .command('extract')
    .description('extract entities, relations, themes and metrics from bulletins or plain articles as JSON')
    .argument('<files...>', "bulletin or plain article files ('-' reads standard input)")
    .addOption(new Option('--format <format>', 'output format').choices(EXTRACT_FORMATS).default('json'))
    .action(async (files: string[]) => {
      try {
        const doc = await runExtract(files, io.read, (line) => io.err(`${line}\n`));
        io.out(`${JSON.stringify(doc, null, 2)}\n`);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        io.err(`egov-kg: ${error.message.split('\n')[0]}\n`);
        process.exitCode = 1;
      }
    });
}
