import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

/**
 * A content-addressed cache of expensive, pure steps (prettier, transpilation) and of generation stamps.
 * Keys are hashes of everything the result depends on, so a stale entry can never be served. It lives in
 * node_modules/.cache (never committed); CS_GENERATOR_CACHE=off disables it.
 */
const CACHE_ROOT = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'cs-sdk-generator');

export function cacheEnabled(): boolean {
  return process.env.CS_GENERATOR_CACHE !== 'off';
}

export function sha256(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

export function readCache(kind: string, key: string): string | undefined {
  if (!cacheEnabled()) return undefined;
  try {
    return readFileSync(path.join(CACHE_ROOT, kind, key), 'utf8');
  } catch {
    return undefined;
  }
}

/** Written to a temporary name and renamed, so a concurrent reader never sees half an entry. */
export function writeCache(kind: string, key: string, value: string): void {
  if (!cacheEnabled()) return;
  try {
    const folder = path.join(CACHE_ROOT, kind);
    mkdirSync(folder, { recursive: true });
    const temporary = path.join(folder, `.${key}.${process.pid}.tmp`);
    writeFileSync(temporary, value);
    renameSync(temporary, path.join(folder, key));
  } catch {
    // A cache that cannot be written only costs time.
  }
}
