import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cacheEnabled, readCache, sha256, writeCache } from './cache.ts';
import { PROJECT_ROOT } from './paths.ts';
import type { SpecFile } from './load/read-spec-files.ts';

/** Bumped when what `parseSpecText` returns for a text changes; the parser's version is part of every key too. */
const PARSE_CACHE_VERSION = 'spec-file-1';
let parserVersion: string | undefined;
let parserSource: string | undefined;

/** The versions of both YAML readers (yaml-fast.ts reads with js-yaml, the `yaml` library takes over for the rest). */
function yamlVersion(): string {
  parserVersion ??= ['js-yaml', 'yaml'].map(packageVersion).join('+');
  return parserVersion;
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

/**
 * A spec file's data by the hash of its text: a regeneration after editing one operation file parses only that file
 * (YAML with line positions is most of loading). Line numbers are only needed for an error message: the cached
 * entry re-parses its text when asked for one. A text that fails to parse is never cached, so errors are the same.
 */
export function parseSpecTextCached(
  text: string,
  displayPath: string,
  name: string,
  parse: (text: string, displayPath: string, name: string) => SpecFile,
): SpecFile {
  if (!cacheEnabled()) return parse(text, displayPath, name);
  // The parsing function's own text is part of the key: a change of how files are read invalidates the cache.
  parserSource ??= sha256(parse.toString());
  const key = sha256(PARSE_CACHE_VERSION, `yaml@${yamlVersion()}`, parserSource, name, text);
  const cached = readCache('spec-files', key);
  if (cached !== undefined) {
    let parsed: SpecFile | undefined;
    return {
      displayPath,
      name,
      data: JSON.parse(cached) as Record<string, unknown>,
      lineOf: (pointer) => (parsed ??= parse(text, displayPath, name)).lineOf(pointer),
    };
  }
  const file = parse(text, displayPath, name);
  if (isPlainJson(file.data)) writeCache('spec-files', key, JSON.stringify(file.data));
  return file;
}

/** True when JSON.stringify then JSON.parse gives the value back (no `.inf`, `-0` or other non-JSON values). */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.entries(value).every(([key, v]) => key !== '__proto__' && isPlainJson(v));
}
