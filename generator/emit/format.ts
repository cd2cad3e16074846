import { format, version, type Options } from 'prettier';
import { readCache, sha256, writeCache } from '../cache.ts';
import type { GeneratedFile } from './types.ts';

/** Fixed options (never a user's prettier config): output must be byte-identical on every machine. */
const BASE_OPTIONS: Options = {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  proseWrap: 'preserve',
  endOfLine: 'lf',
  // Code samples in the docs are written in their final form; Markdown is not re-parsed to format them.
  embeddedLanguageFormatting: 'off',
};

/**
 * TypeScript goes through prettier. Markdown and JSON are written already formatted (tables laid out as prettier
 * lays them out, JSON.stringify with two spaces): parsing them again would cost most of the generation time, and a
 * test proves prettier leaves every generated Markdown and JSON file unchanged.
 */
export async function formatFile(file: GeneratedFile): Promise<GeneratedFile> {
  if (!file.path.endsWith('.ts')) return file;
  const key = sha256(FORMAT_FINGERPRINT, file.contents);
  const cached = readCache('format', key);
  if (cached !== undefined) return { path: file.path, contents: cached };
  // babel-ts prints the same as the typescript parser for the code we emit, and loads several times faster.
  const contents = await format(file.contents, { ...BASE_OPTIONS, parser: 'babel-ts' });
  writeCache('format', key, contents);
  return { path: file.path, contents };
}

const FORMAT_FINGERPRINT = `prettier@${version}:${JSON.stringify(BASE_OPTIONS)}`;

export const PRETTIER_OPTIONS: Options = BASE_OPTIONS;
