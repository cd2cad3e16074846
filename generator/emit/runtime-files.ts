import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';
import type { GeneratedFile } from './types.ts';

const RUNTIME_DIR = path.join(PROJECT_ROOT, 'generator', 'runtime');

/** The hand-written runtime, copied verbatim into `src/runtime/` of every package. */
export function runtimeFiles(): GeneratedFile[] {
  let names: string[];
  try {
    names = readdirSync(RUNTIME_DIR).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort();
  } catch {
    return [];
  }
  return names.map((name) => ({ path: `src/runtime/${name}`, contents: readFileSync(path.join(RUNTIME_DIR, name), 'utf8') }));
}
