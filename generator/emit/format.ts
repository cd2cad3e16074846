import { readCache, sha256, writeCache } from '../cache.ts';
import type { GeneratedFile } from './types.ts';

/** Fixed options (never a user's prettier config): output must be byte-identical on every machine. */
const BASE_OPTIONS = {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  proseWrap: 'preserve',
  endOfLine: 'lf',
  // Code samples in the docs are written in their final form; Markdown is not re-parsed to format them.
  embeddedLanguageFormatting: 'off',
} as const;

/**
 * Files are written already formatted: TypeScript by the direct printer (ts-printer.ts), Markdown tables laid out as
 * prettier lays them out, JSON by JSON.stringify with two spaces. Parsing them again would cost most of the
 * generation time; test/formatting.test.ts proves prettier leaves every generated file unchanged. Only files an
 * emitter marks `unformatted` (layouts the direct printer does not know) go through prettier, loaded on demand.
 */
export async function formatFile(file: GeneratedFile): Promise<GeneratedFile> {
  if (!file.unformatted) return { path: file.path, contents: file.contents };
  const { format, version } = await import('prettier');
  const key = sha256(`prettier@${version}:${JSON.stringify(BASE_OPTIONS)}`, file.contents);
  const cached = readCache('format', key);
  if (cached !== undefined) return { path: file.path, contents: cached };
  // babel-ts prints the same as the typescript parser for the code we emit, and loads several times faster.
  const contents = await format(file.contents, { ...BASE_OPTIONS, parser: 'babel-ts' });
  writeCache('format', key, contents);
  return { path: file.path, contents };
}

export const PRETTIER_OPTIONS = BASE_OPTIONS;
