import type { Stats } from 'node:fs';
import { escapePointerToken } from './pointer.ts';
import { SpecError } from './spec-error.ts';

/**
 * Limits on a spec file (its size, before it is read) and on the parsed document, checked before anything walks it: what YAML can express but no OpenAPI
 * document needs would otherwise overflow the stack or exhaust memory later, far from the cause.
 * - no cycles (a YAML anchor aliased inside itself: `a: &a {b: *a}`);
 * - at most MAX_DEPTH levels of nesting;
 * - at most MAX_EXPANDED_SIZE characters once aliases are expanded (an alias bomb of long strings: the JSON of
 *   the bundled document could not even be written);
 * - only finite numbers (`.inf`, `-.inf` and `.nan` have no JSON form: they would reach the code as `Infinity`).
 */
export const MAX_DEPTH = 256;
export const MAX_EXPANDED_SIZE = 32 * 1024 * 1024;

/** A spec file is read only when it is a regular file of at most MAX_EXPANDED_SIZE bytes. */
export function assertReadableSize(info: Stats, displayPath: string): void {
  if (!info.isFile()) throw new SpecError('is not a regular file: refusing to read it', displayPath, undefined);
  if (info.size > MAX_EXPANDED_SIZE) throw new SpecError(`is larger than ${MAX_EXPANDED_SIZE / 1024 / 1024} MB`, displayPath, undefined);
}

export interface DocumentProblem {
  pointer: string;
  message: string;
}

export function documentProblem(data: unknown): DocumentProblem | undefined {
  const sizes = new Map<object, number>();
  const onPath = new Set<object>();
  const visit = (node: unknown, pointer: string, depth: number): number => {
    if (typeof node === 'string') return node.length + 2;
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) throw problem(pointer, `${String(node)} is not a number JSON can hold: numbers must be finite`);
      return 8;
    }
    if (typeof node !== 'object' || node === null) return 8;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (onPath.has(node)) throw problem(pointer, 'a YAML alias refers to a node that contains it (an endless cycle)');
    if (depth > MAX_DEPTH) throw problem(pointer, `nested more than ${MAX_DEPTH} levels deep`);
    onPath.add(node);
    let size = 2;
    const entries: [string, unknown][] = Array.isArray(node) ? node.map((v, i) => [String(i), v]) : Object.entries(node);
    for (const [key, value] of entries) {
      size += key.length + visit(value, `${pointer}/${escapePointerToken(key)}`, depth + 1);
      if (size > MAX_EXPANDED_SIZE) throw problem(pointer, `expands to more than ${MAX_EXPANDED_SIZE / 1024 / 1024} MB (YAML aliases repeat their content)`);
    }
    onPath.delete(node);
    sizes.set(node, size);
    return size;
  };
  try {
    visit(data, '', 0);
    return undefined;
  } catch (error) {
    if (error instanceof Problem) return { pointer: error.pointer, message: error.message };
    throw error;
  }
}

class Problem extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(message);
  }
}

function problem(pointer: string, message: string): Problem {
  return new Problem(pointer, message);
}
