import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CorpusDocument } from '@/corpus/corpus.types';
import { parseDocument } from '@/corpus/document.parser';
import { ParseError } from '@/shared/errors';
import { compareStrings } from '@/shared/compare';

/** The only I/O of the corpus module: bytes → checked UTF-8 text → parseDocument. */

export const STDIN_PATH = '-';
const STDIN_NAME = '<stdin>';

const FS_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'not a directory',
};

function fsProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  return FS_PROBLEMS[code] ?? `cannot be read (${code || (err as Error).message})`;
}

/** Strict UTF-8 decoding: a GBK or UTF-16 file must fail loudly, not turn into mojibake. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ParseError(file, 'UTF-16 text; convert the file to UTF-8');
  }
  if (bytes.includes(0)) throw new ParseError(file, 'binary content (NUL bytes); expected UTF-8 text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ParseError(file, 'not valid UTF-8 text (GBK or another encoding?); convert the file to UTF-8');
  }
}

/** Reads a whole stream (stdin by default) and parses it as one corpus document named `name`. */
export async function readCorpusStream(
  stream: AsyncIterable<Uint8Array | string> = process.stdin,
  name = STDIN_NAME,
): Promise<CorpusDocument> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  } catch (err) {
    throw new ParseError(name, `cannot be read (${(err as Error).message})`);
  }
  return parseDocument(decodeUtf8(Buffer.concat(chunks), name), name);
}

/** One file (a bulletin or a plain article); '-' reads standard input. */
export async function readCorpusFile(filePath: string): Promise<CorpusDocument> {
  if (filePath === STDIN_PATH) return readCorpusStream(process.stdin, STDIN_NAME);
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (err) {
    throw new ParseError(filePath, fsProblem(err));
  }
  return parseDocument(decodeUtf8(bytes, filePath), filePath);
}

/**
 * Every `*.txt` file directly in `dir`, in code-point order of file name (stable across machines);
 * other files (themes.md, …) and dot-files are ignored. All files are parsed before anything is
 * returned, so one bad file fails the whole read.
 */
export async function readCorpusDir(dir: string): Promise<CorpusDocument[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    throw new ParseError(dir, fsProblem(err));
  }
  const names = entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.') && e.name.toLowerCase().endsWith('.txt'))
    .map((e) => e.name)
    .sort(compareStrings);
  if (names.length === 0) throw new ParseError(dir, 'directory has no .txt corpus files');
  const docs: CorpusDocument[] = [];
  for (const name of names) docs.push(await readCorpusFile(path.join(dir, name)));
  return docs;
}

/** Files, directories and '-' mixed, as a CLI receives them; documents in argument order. */
export async function readCorpusPaths(paths: string[]): Promise<CorpusDocument[]> {
  const docs: CorpusDocument[] = [];
  for (const p of paths) {
    const isDir = p !== STDIN_PATH && (await stat(p).then((s) => s.isDirectory(), () => false));
    if (isDir) docs.push(...(await readCorpusDir(p)));
    else docs.push(await readCorpusFile(p));
  }
  return docs;
}
