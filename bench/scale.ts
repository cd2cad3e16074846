/**
 * Scale: cold generation of the real product (import --all) and of synthetic products of 1,000 and 2,000
 * operations (its operations replicated under new names, bench/synthetic-spec.ts). Prints wall time, peak RSS and
 * the cost per operation at each size: growth is linear when the per-operation cost stays flat.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runMeasured, runRepeated, type RepeatedRun } from './child-process.ts';
import { npmScriptCommand, repoRoot } from './paths.ts';
import { writeSyntheticSpec } from './synthetic-spec.ts';
import type { TableLine } from './table.ts';

/** The committed metadata, every vintage (as the generation row imports it). */
const METADATA = path.join(repoRoot, 'metadata/cs-2015-12-15');
export const SCALE_SIZES = [1000, 2000] as const;

export interface ScalePoint {
  operations: number;
  run: RepeatedRun;
}

export async function measureScale(runs: number, log: (line: string) => void = () => {}): Promise<ScalePoint[]> {
  const work = await mkdtemp(path.join(tmpdir(), 'bench-scale-'));
  try {
    const real = path.join(work, 'real');
    log('importing the committed metadata (--all)…');
    await runMeasured(process.execPath, [...npmScriptCommand('import'), '--from', METADATA, '--all', '--out', real], { cwd: repoRoot });
    const specs: { root: string; operations: number | undefined }[] = [{ root: real, operations: undefined }];
    for (const size of SCALE_SIZES) {
      const root = path.join(work, `synthetic-${size}`);
      await writeSyntheticSpec(path.join(real, 'cs-2015-12-15'), path.join(root, 'cs-2015-12-15'), size);
      specs.push({ root, operations: size });
    }
    const generate = (spec: string, out: string, ...extra: string[]): [string, string[]] => [
      process.execPath,
      [...npmScriptCommand('generate'), '--spec', spec, '--out', path.join(work, out), ...extra],
    ];
    await runMeasured(...generate(real, 'prime', '--help'), { cwd: repoRoot });
    const points: ScalePoint[] = [];
    for (const [index, spec] of specs.entries()) {
      log(`generate, cold, ${spec.operations ?? 'real'} operations, ${runs}×…`);
      const run = await runRepeated(runs, (i) => generate(spec.root, `out-${index}-${i}`), { cwd: repoRoot, env: { CS_GENERATOR_CACHE: 'off' }, timeoutMs: 600_000 });
      const printed = Number(/(\d+) operations?/.exec(run.runs[0]?.stdout ?? '')?.[1] ?? NaN);
      if (spec.operations !== undefined && printed !== spec.operations) throw new Error(`the synthetic spec of ${spec.operations} operations generated ${printed}`);
      points.push({ operations: printed, run });
    }
    return points;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export function scaleLines(points: readonly ScalePoint[]): TableLine[] {
  const first = points[0];
  return points.map((point) => {
    const perOperationMs = point.run.wallMs / point.operations;
    const rss = point.run.peakRssMb;
    const growth = first && first !== point ? ` (×${(perOperationMs / (first.run.wallMs / first.operations)).toFixed(2)} of ${first.operations} ops)` : '';
    return {
      benchmark: `scale: generate ${point.operations} ops, cold`,
      ours: { value: point.run.wallMs / 1000, unit: 's', ...(rss === undefined ? {} : { note: `peak ${rss.toFixed(0)} MB` }) },
      remark: `${perOperationMs.toFixed(2)} ms/op${growth}${rss === undefined ? '' : `, ${((rss * 1024) / point.operations).toFixed(0)} KB RSS/op`}`,
    };
  });
}
