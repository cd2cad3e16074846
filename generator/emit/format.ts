import { format, type Options } from 'prettier';
import type { GeneratedFile } from './types.ts';

/** Fixed options (never a user's prettier config): output must be byte-identical on every machine. */
const BASE_OPTIONS: Options = { printWidth: 120, singleQuote: true, trailingComma: 'all', proseWrap: 'preserve', endOfLine: 'lf' };

const PARSERS: Record<string, string> = { ts: 'typescript', md: 'markdown', json: 'json' };

export async function formatFile(file: GeneratedFile): Promise<GeneratedFile> {
  const parser = PARSERS[file.path.slice(file.path.lastIndexOf('.') + 1)];
  if (!parser) return file;
  return { path: file.path, contents: await format(file.contents, { ...BASE_OPTIONS, parser }) };
}
