/**
 * Row 1: generating the whole CS product. Alibaba's metadata (every vintage committed under metadata/cs-2015-12-15,
 * merged) is imported (--all) into a temporary spec root once, then `generate` runs cold (a fresh process each
 * time) against it, and the peers run on the bundled
 * openapi.json that generation wrote: openapi-typescript (types only) and @hey-api/openapi-ts (types + SDK + zod).
 * Also a no-op regeneration: same spec, output already current.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInterleaved, runMeasured, runRepeated, type RepeatedRun } from './child-process.ts';
import { npmScriptCommand, repoRoot } from './paths.ts';
import type { TableLine } from './table.ts';

const METADATA = path.join(repoRoot, 'metadata/cs-2015-12-15');
const NO_CACHE = { CS_GENERATOR_CACHE: 'off' };
const OPENAPI_TYPESCRIPT_CLI = path.join(repoRoot, 'node_modules/openapi-typescript/bin/cli.js');
// The package's bin only re-spawns node on dist/run.mjs; running that directly spares one process start.
const HEY_API_CLI = path.join(repoRoot, 'node_modules/@hey-api/openapi-ts/dist/run.mjs');

export const PEER_COMMANDS = {
  openapiTypescript: (input: string, output: string): string[] => [OPENAPI_TYPESCRIPT_CLI, input, '-o', output],
  heyApi: (input: string, output: string): string[] => [
    HEY_API_CLI,
    '-i',
    input,
    '-o',
    output,
    '-c',
    '@hey-api/client-fetch',
    '-p',
    '@hey-api/typescript',
    '@hey-api/sdk',
    'zod',
    '--no-log-file',
    '--silent',
  ],
};

export interface GenerationResults {
  operations: number;
  importMs: number | undefined;
  source: string;
  /** Fresh process, empty output folder, generator cache off. */
  ours: RepeatedRun;
  /** Fresh process, empty output folder, generator cache warm (formatting and transpiling served from it). */
  warm: RepeatedRun;
  /** Same spec, output current. */
  noop: RepeatedRun;
  openapiTypescript: RepeatedRun | Error;
  heyApi: RepeatedRun | Error;
}

export async function measureGeneration(runs = 3, log: (line: string) => void = () => {}): Promise<GenerationResults> {
  const work = await mkdtemp(path.join(tmpdir(), 'bench-generate-'));
  try {
    const specRoot = path.join(work, 'spec');
    log('importing the committed metadata (--all)…');
    const imported = await runMeasured(process.execPath, [...npmScriptCommand('import'), '--from', METADATA, '--all', '--out', specRoot], {
      cwd: repoRoot,
    });
    const importMs = imported.wallMs;
    const source = 'import --all of the committed api-docs vintages (merged)';
    const outRoot = (name: string): string => path.join(work, name);
    const generate = (out: string, ...extra: string[]): [string, string[]] => [
      process.execPath,
      [...npmScriptCommand('generate'), '--spec', specRoot, '--out', outRoot(out), ...extra],
    ];
    // Builds whatever the launcher builds once per change of the generator's sources, outside the timing.
    await runMeasured(...generate('prime', '--help'), { cwd: repoRoot });

    log('generate once with the cache on (the openapi.json the peers read; fills the cache, stamps the output), untimed…');
    await runMeasured(...generate('current'), { cwd: repoRoot });
    const openapiJson = path.join(outRoot('current'), 'cs-2015-12-15', 'openapi.json');

    const cold = await runInterleaved(
      runs,
      [
        { name: 'generate, cold (cache off)', command: (run) => generate(`cold-${run}`), env: NO_CACHE },
        { name: 'openapi-typescript', command: (run) => [process.execPath, PEER_COMMANDS.openapiTypescript(openapiJson, outRoot(`openapi-typescript-${run}.ts`))] },
        { name: '@hey-api/openapi-ts', command: (run) => [process.execPath, PEER_COMMANDS.heyApi(openapiJson, outRoot(`hey-api-${run}`))] },
      ],
      { cwd: repoRoot },
      log,
    );
    const ours = cold.get('generate, cold (cache off)');
    if (ours === undefined || ours instanceof Error) throw ours ?? new Error('generate did not run');
    const openapiTypescript = cold.get('openapi-typescript') ?? new Error('not run');
    const heyApi = cold.get('@hey-api/openapi-ts') ?? new Error('not run');
    const operations = Number(/(\d+) operations?/.exec(ours.runs[0]?.stdout ?? '')?.[1] ?? NaN);

    log(`generate, warm cache, empty output, ${runs}×…`);
    const warm = await runRepeated(runs, (run) => generate(`warm-${run}`), { cwd: repoRoot });
    log(`generate, no-op (output current), ${runs}×…`);
    const noop = await runRepeated(runs, () => generate('current'), { cwd: repoRoot });
    if (!noop.runs.every((run) => /unchanged|up to date/.test(run.stdout))) throw new Error(`no-op regeneration changed files: ${noop.runs[0]?.stdout}`);
    return { operations, importMs, source, ours, warm, noop, openapiTypescript, heyApi };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export function generationLines(results: GenerationResults): TableLine[] {
  const name = `generate ${results.operations} ops, cold`;
  const seconds = (run: RepeatedRun): { value: number; unit: 's' } => ({ value: run.wallMs / 1000, unit: 's' });
  const rss = (run: RepeatedRun): { value: number; unit: 'MB' } | undefined =>
    run.peakRssMb === undefined ? undefined : { value: run.peakRssMb, unit: 'MB' };
  const peers: { peer: string; result: RepeatedRun | Error; target?: TableLine['target'] }[] = [
    { peer: 'openapi-typescript', result: results.openapiTypescript, target: { on: 'ratio', atMost: 1.0 } },
    { peer: '@hey-api/openapi-ts', result: results.heyApi },
  ];
  const lines: TableLine[] = [];
  for (const [index, { peer, result, target }] of peers.entries()) {
    const failed = result instanceof Error;
    const remark = failed ? `peer failed: ${result.message}` : index === 0 ? `spec: ${results.source}` : undefined;
    lines.push({
      benchmark: `${name}: wall`,
      ours: seconds(results.ours),
      peer,
      ...(failed ? {} : { peerValue: seconds(result) }),
      ...(target ? { target } : {}),
      ...(remark ? { remark } : {}),
    });
  }
  for (const { peer, result } of peers) {
    if (result instanceof Error) continue;
    const ours = rss(results.ours);
    const theirs = rss(result);
    lines.push({ benchmark: `${name}: peak RSS`, ours, peer, ...(theirs ? { peerValue: theirs } : {}) });
  }
  lines.push({ benchmark: `generate ${results.operations} ops, warm cache`, ours: seconds(results.warm) });
  lines.push({
    benchmark: 'no-op regeneration',
    ours: seconds(results.noop),
    target: { on: 'ours', atMost: 0.2, unit: 's' },
  });
  if (results.importMs !== undefined) {
    lines.push({ benchmark: 'import --all (setup)', ours: { value: results.importMs / 1000, unit: 's' } });
  }
  return lines;
}
