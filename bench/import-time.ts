/**
 * Row 4: cold import time, each sample in a fresh Node process: `performance.now()` around a dynamic import of
 * the generated package (ESM) or a require of the official SDK (CommonJS), median of `runs`.
 */
import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { generatedEntry, OFFICIAL_PACKAGE, repoRoot } from './paths.ts';
import { formatNumber, median, type TableLine } from './table.ts';

export function oursImportScript(entry = generatedEntry()): string {
  const url = JSON.stringify(pathToFileURL(entry).href);
  return `const t = performance.now(); await import(${url}); process.stdout.write(String(performance.now() - t));`;
}

/** The ESM loader's fixed cost: a dynamic import of an empty module. */
export const EMPTY_IMPORT_SCRIPT = `const t = performance.now(); await import('data:text/javascript,export%20default%201'); process.stdout.write(String(performance.now() - t));`;

export function officialRequireScript(name = OFFICIAL_PACKAGE): string {
  return `const t = performance.now(); require(${JSON.stringify(name)}); process.stdout.write(String(performance.now() - t));`;
}

/** Milliseconds the script reports, from one fresh process. */
export function timeInFreshProcess(script: string, type: 'module' | 'commonjs'): Promise<number> {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [`--input-type=${type}`, '-e', script], { cwd: repoRoot, env, timeout: 60_000 }, (error, stdout, stderr) => {
      const ms = Number(stdout.trim());
      if (error || !Number.isFinite(ms)) reject(new Error(`import timing failed: ${error?.message ?? ''} ${stderr}`.trim()));
      else resolve(ms);
    });
  });
}

export interface ImportTimes {
  runs: number;
  oursMs: number;
  /** The same measurement for an empty ES module. */
  emptyMs: number;
  officialMs: number | Error;
}

export async function measureImportTimes(runs = 10): Promise<ImportTimes> {
  const repeat = async (script: string, type: 'module' | 'commonjs'): Promise<number> => {
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) samples.push(await timeInFreshProcess(script, type));
    return median(samples);
  };
  const oursMs = await repeat(oursImportScript(), 'module');
  const emptyMs = await repeat(EMPTY_IMPORT_SCRIPT, 'module');
  const officialMs = await repeat(officialRequireScript(), 'commonjs').catch((error: unknown) =>
    error instanceof Error ? error : new Error(String(error)),
  );
  return { runs, oursMs, emptyMs, officialMs };
}

export function importLines(times: ImportTimes): TableLine[] {
  const official = times.officialMs;
  return [
    {
      benchmark: 'cold import',
      ours: { value: times.oursMs, unit: 'ms' },
      peer: '@alicloud/cs20151215',
      ...(official instanceof Error ? {} : { peerValue: { value: official, unit: 'ms' } }),
      remark: `${official instanceof Error ? `${official.message}; ` : ''}empty ES module: ${formatNumber(times.emptyMs)} ms`,
      target: { on: 'ours', atMost: 15, unit: 'ms' },
    },
  ];
}
