import { readdirSync, readFileSync } from 'node:fs';
import type { GeneratedFile } from './types.ts';

const RUNTIME_DIR = new URL('../runtime/', import.meta.url);

/** The hand-written runtime, copied verbatim into `src/runtime/` of every package. */
export function runtimeFiles(): GeneratedFile[] {
  let names: string[];
  try {
    names = readdirSync(RUNTIME_DIR).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort();
  } catch {
    return [];
  }
  return names.map((name) => ({ path: `src/runtime/${name}`, contents: readFileSync(new URL(name, RUNTIME_DIR), 'utf8') }));
}
