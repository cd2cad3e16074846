import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Document, LineCounter as LineCounterType, Node } from 'yaml';
import { parseSpecTextCached } from '../parse-cache.ts';
import { parsePointer } from './pointer.ts';
import { SpecError } from './spec-error.ts';
import { assertReadableSize, documentProblem } from './document-limits.ts';
import { parseYamlFast } from './yaml-fast.ts';

/** The `yaml` library, loaded when js-yaml refuses a file (yaml-fast.ts), or to find a line. */
function yaml(): typeof import('yaml') {
  return createRequire(import.meta.url)('yaml') as typeof import('yaml');
}

/** One parsed spec file, able to say on which line a pointer into it was written. */
export interface SpecFile {
  /** Path as shown to the user (relative to the working directory when possible). */
  displayPath: string;
  /** File name within its folder, the key that orders files. */
  name: string;
  data: Record<string, unknown>;
  lineOf(pointer: string): number | undefined;
}

export async function readSpecFile(filePath: string): Promise<SpecFile> {
  const displayPath = toDisplayPath(filePath);
  let text: string;
  try {
    // Synchronously: a folder's hundred-odd files read one after the other cost less than two promises each.
    assertReadableSize(statSync(filePath), displayPath);
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    if (error instanceof SpecError) throw error;
    throw new SpecError(`cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, displayPath, undefined);
  }
  return parseSpecTextCached(text, displayPath, path.basename(filePath), parseSpecText);
}

/** Parses YAML or JSON (JSON is read by the YAML 1.2 parser too, so both get line numbers). */
export function parseSpecText(text: string, displayPath: string, name: string): SpecFile {
  if (text.trim() === '') throw new SpecError('file is empty', displayPath, '');
  if (name.toLowerCase().endsWith('.json')) assertStrictJson(text, displayPath);
  else {
    const fast = parseYamlFast(text);
    if (typeof fast === 'object' && fast !== null && !Array.isArray(fast) && documentProblem(fast) === undefined) {
      let parsed: SpecFile | undefined;
      // Lines are only needed for an error message: the library parses the text again then.
      return { displayPath, name, data: fast as Record<string, unknown>, lineOf: (pointer) => (parsed ??= parseWithLibrary(text, displayPath, name)).lineOf(pointer) };
    }
  }
  return parseWithLibrary(text, displayPath, name);
}

function parseWithLibrary(text: string, displayPath: string, name: string): SpecFile {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true, strict: true });
  const problem = doc.errors[0];
  if (problem) {
    const line = problem.linePos?.[0]?.line;
    const column = problem.linePos?.[0]?.col;
    const message = (problem.message.split('\n')[0] ?? 'syntax error').replace(/ at line \d+, column \d+:?$/, '');
    const where = column === undefined ? '' : ` (column ${column})`;
    throw new SpecError(`invalid YAML/JSON: ${message}${where}`, displayPath, undefined, line);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    throw new SpecError(`cannot read document: ${(error as Error).message}`, displayPath, '');
  }
  const tooMuch = documentProblem(data);
  if (tooMuch) throw new SpecError(tooMuch.message, displayPath, tooMuch.pointer, lineOfPointer(doc, lineCounter, tooMuch.pointer));
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const kind = data === null ? 'no value (only comments or whitespace)' : Array.isArray(data) ? 'an array' : `a ${typeof data}`;
    throw new SpecError(`a spec file must hold an OpenAPI object, found ${kind}`, displayPath, '', 1);
  }
  return {
    displayPath,
    name,
    data: data as Record<string, unknown>,
    lineOf: (pointer) => lineOfPointer(doc, lineCounter, pointer),
  };
}

/**
 * The YAML parser reads JSON too (and gives line numbers), but it also accepts what JSON forbids (trailing commas,
 * comments, unquoted keys): a `.json` file must be real JSON, since other tools will read it as such.
 */
function assertStrictJson(text: string, displayPath: string): void {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : /end of JSON input/.test(message) ? text.trimEnd().length : undefined;
    const before = offset === undefined ? undefined : text.slice(0, offset);
    const line = before === undefined ? undefined : before.split('\n').length;
    const where = before === undefined ? '' : ` (column ${before.length - before.lastIndexOf('\n')})`;
    throw new SpecError(`invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}${where}`, displayPath, undefined, line);
  }
}

export function toDisplayPath(filePath: string): string {
  const relative = path.relative(process.cwd(), filePath);
  return relative.startsWith('..') || path.isAbsolute(relative) ? filePath : relative;
}

/** The line of the deepest node on the pointer's path (the key's line for map entries). */
function lineOfPointer(doc: Document, lineCounter: LineCounterType, pointer: string): number | undefined {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0];
  for (const token of parsePointer(pointer)) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === token);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(token)] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}
