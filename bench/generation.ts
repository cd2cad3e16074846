/**
 * Row 1: generating the whole CS product. Alibaba's 2025-12 metadata is imported (--all) into a temporary spec
 * root once, then `generate` runs cold (a fresh process each time) against it, and the peers run on the bundled
 * openapi.json that generation wrote: openapi-typescript (types only) and @hey-api/openapi-ts (types + SDK + zod).
 * Also a no-op regeneration: same spec, output already current.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runMeasured, runRepeated, type RepeatedRun } from './child-process.ts';
import { npmScriptCommand, repoRoot } from './paths.ts';
import type { TableLine } from './table.ts';

const METADATA = path.resolve(repoRoot, '../shared/alibaba-meta/cs-2015-12-15.api-docs.2025-12.json');
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
    let specRoot = path.join(repoRoot, 'spec');
    let importMs: number | undefined;
    let source = 'spec/ (../shared is absent)';
    if (existsSync(METADATA)) {
      specRoot = path.join(work, 'spec');
      log('importing the 2025-12 metadata (--all)…');
      const imported = await runMeasured(process.execPath, [...npmScriptCommand('import'), '--from', METADATA, '--all', '--out', specRoot], {
        cwd: repoRoot,
      });
      importMs = imported.wallMs;
      source = 'import --all of the 2025-12 api-docs';
    }
    const outRoot = (name: string): string => path.join(work, name);
    const generate = (out: string, ...extra: string[]): [string, string[]] => [
      process.execPath,
      [...npmScriptCommand('generate'), '--spec', specRoot, '--out', outRoot(out), ...extra],
    ];
    // Builds whatever the launcher builds once per change of the generator's sources, outside the timing.
    await runMeasured(...generate('prime', '--help'), { cwd: repoRoot });

    log(`generate, cold (cache off), ${runs}×…`);
    const ours = await runRepeated(runs, (run) => generate(`cold-${run}`), { cwd: repoRoot, env: NO_CACHE });
    const operations = Number(/(\d+) operations?/.exec(ours.runs[0]?.stdout ?? '')?.[1] ?? NaN);
    log('generate once with the cache on (fills it and stamps the output), untimed…');
    await runMeasured(...generate('current'), { cwd: repoRoot });
    log(`generate, warm cache, empty output, ${runs}×…`);
    const warm = await runRepeated(runs, (run) => generate(`warm-${run}`), { cwd: repoRoot });
    log(`generate, no-op (output current), ${runs}×…`);
    const noop = await runRepeated(runs, () => generate('current'), { cwd: repoRoot });
    if (!noop.runs.every((run) => /unchanged|up to date/.test(run.stdout))) throw new Error(`no-op regeneration changed files: ${noop.runs[0]?.stdout}`);

    const openapiJson = path.join(outRoot('current'), 'cs-2015-12-15', 'openapi.json');
    log(`openapi-typescript, ${runs}×…`);
    const openapiTypescript = await runRepeated(
      runs,
      (run) => [process.execPath, PEER_COMMANDS.openapiTypescript(openapiJson, path.join(work, `openapi-typescript-${run}.ts`))],
      { cwd: repoRoot },
    ).catch((error: unknown) => toError(error));
    log(`@hey-api/openapi-ts, ${runs}×…`);
    const heyApi = await runRepeated(runs, (run) => [process.execPath, PEER_COMMANDS.heyApi(openapiJson, path.join(work, `hey-api-${run}`))], {
      cwd: repoRoot,
    }).catch((error: unknown) => toError(error));
    return { operations, importMs, source, ours, warm, noop, openapiTypescript, heyApi };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

export function generationLines(results: GenerationResults): TableLine[] {
  const name = `generate whole CS (${results.operations} ops), cold (fresh process, cache off), median of ${results.ours.runs.length}`;
  const seconds = (run: RepeatedRun): { value: number; unit: 's' } => ({ value: run.wallMs / 1000, unit: 's' });
  const rss = (run: RepeatedRun): { value: number; unit: 'MB' } | undefined =>
    run.peakRssMb === undefined ? undefined : { value: run.peakRssMb, unit: 'MB' };
  const peers: { peer: string; result: RepeatedRun | Error; target?: TableLine['target'] }[] = [
    { peer: 'openapi-typescript (types)', result: results.openapiTypescript, target: { on: 'ratio', atMost: 1.0 } },
    { peer: '@hey-api/openapi-ts (types+sdk+zod)', result: results.heyApi },
  ];
  const lines: TableLine[] = [];
  for (const [index, { peer, result, target }] of peers.entries()) {
    const failed = result instanceof Error;
    const remark = failed ? `peer failed: ${result.message}` : index === 0 ? `spec: ${results.source}; peers read our bundled openapi.json` : undefined;
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
  lines.push({ benchmark: 'generate whole CS, fresh process, warm generator cache, empty output', ours: seconds(results.warm) });
  lines.push({
    benchmark: 'no-op regeneration (output current)',
    ours: seconds(results.noop),
    target: { on: 'ours', atMost: 0.2, unit: 's' },
  });
  if (results.importMs !== undefined) {
    lines.push({ benchmark: 'import --all of 2025-12 metadata (setup, untimed above)', ours: { value: results.importMs / 1000, unit: 's' } });
  }
  return lines;
}
