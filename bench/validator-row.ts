/**
 * Row 2: validation throughput, measured by bench/validators.ts (ours vs ajv vs zod; written separately).
 * This file only calls its `runValidatorBench()` and turns what it returns into table lines; it accepts table
 * lines as they are, or a list/record of named throughputs (a tinybench Bench or its tasks included).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths.ts';
import type { TableLine } from './table.ts';

export const VALIDATOR_BENCH = path.join(repoRoot, 'bench/validators.ts');
const BENCHMARK = 'validate';

export interface ValidatorRows {
  lines: TableLine[];
  /** Printed below the table when the result had a shape this file does not know. */
  raw?: string;
}

export async function validatorLines(file = VALIDATOR_BENCH, options: { timeMs?: number } = {}): Promise<ValidatorRows> {
  if (!existsSync(file)) return pending(`${path.relative(repoRoot, file)} is not written yet`);
  const module = (await import(pathToFileURL(file).href)) as { runValidatorBench?: unknown };
  if (typeof module.runValidatorBench !== 'function') return pending(`${path.relative(repoRoot, file)} exports no runValidatorBench()`);
  const result: unknown = await (module.runValidatorBench as (options: { timeMs?: number }) => unknown)(options);
  return toValidatorRows(result);
}

function pending(why: string): ValidatorRows {
  return { lines: [{ benchmark: BENCHMARK, ours: undefined, remark: `pending: ${why}` }] };
}

export function toValidatorRows(result: unknown): ValidatorRows {
  if (Array.isArray(result) && result.length > 0 && result.every(isTableLine)) return { lines: result };
  const scenarios = scenarioLines(result);
  if (scenarios.length > 0) return { lines: scenarios };
  const named = namedThroughputs(result);
  if (named.length >= 1) {
    const oursIndex = named.findIndex(({ name }) => /\bours\b|generated|cs-2015-12-15/i.test(name));
    if (oursIndex >= 0) {
      const [ours] = named.splice(oursIndex, 1) as [{ name: string; opsPerSecond: number }];
      const value = { value: ours.opsPerSecond, unit: 'ops/s' as const };
      if (named.length === 0) return { lines: [{ benchmark: BENCHMARK, ours: value, remark: ours.name }] };
      return {
        lines: named.map((peer) => ({ benchmark: BENCHMARK, ours: value, peer: peer.name, peerValue: { value: peer.opsPerSecond, unit: 'ops/s' } })),
      };
    }
  }
  if (result === undefined) return { lines: [{ benchmark: BENCHMARK, ours: undefined, remark: 'runValidatorBench() printed its own results (above)' }] };
  return {
    lines: [{ benchmark: BENCHMARK, ours: undefined, remark: 'runValidatorBench() result printed below the table' }],
    raw: JSON.stringify(result, null, 2),
  };
}

/**
 * Rows of `{ scenario, ours, <peer>: number, … }` (validations per second; ratio fields such as `oursVsAjv` and
 * non-numeric fields are ignored): one line per scenario and peer.
 */
function scenarioLines(result: unknown): TableLine[] {
  if (!Array.isArray(result)) return [];
  const lines: TableLine[] = [];
  for (const row of result) {
    if (!isRecord(row) || typeof row.ours !== 'number') return [];
    const label = [row.scenario, row.name, row.case].find((value): value is string => typeof value === 'string');
    if (label === undefined) return [];
    const ours = { value: row.ours, unit: 'ops/s' as const };
    for (const [peer, value] of Object.entries(row)) {
      if (peer === 'ours' || typeof value !== 'number' || /vs|ratio/i.test(peer)) continue;
      lines.push({ benchmark: `${BENCHMARK}: ${label}`, ours, peer, peerValue: { value, unit: 'ops/s' } });
    }
  }
  return lines;
}

function isTableLine(value: unknown): value is TableLine {
  return typeof value === 'object' && value !== null && typeof (value as { benchmark?: unknown }).benchmark === 'string' && 'ours' in value;
}

/** `[{ name, opsPerSecond }]` from a list of named results, a name → number record, or a tinybench Bench. */
export function namedThroughputs(result: unknown): { name: string; opsPerSecond: number }[] {
  const entries: unknown[] = Array.isArray(result)
    ? result
    : isRecord(result) && Array.isArray(result.tasks)
      ? result.tasks
      : isRecord(result)
        ? Object.entries(result).map(([name, value]) => (typeof value === 'number' ? { name, opsPerSecond: value } : { name, ...(isRecord(value) ? value : {}) }))
        : [];
  const found: { name: string; opsPerSecond: number }[] = [];
  for (const entry of entries) {
    if (!isRecord(entry) || typeof entry.name !== 'string') continue;
    const opsPerSecond = throughputOf(entry);
    if (opsPerSecond !== undefined) found.push({ name: entry.name, opsPerSecond });
  }
  return found;
}

function throughputOf(entry: Record<string, unknown>): number | undefined {
  for (const key of ['opsPerSecond', 'opsPerSec', 'ops', 'hz']) {
    if (typeof entry[key] === 'number') return entry[key];
  }
  const throughput = entry.throughput;
  if (typeof throughput === 'number') return throughput;
  if (isRecord(throughput) && typeof throughput.mean === 'number') return throughput.mean;
  return isRecord(entry.result) ? throughputOf(entry.result) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
