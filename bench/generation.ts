/**
 * Row 1: generating the whole CS product. Alibaba's metadata (every vintage committed under metadata/cs-2015-12-15,
 * merged) is imported (--all) into a temporary spec root once, then `generate` runs cold (a fresh process each
 * time) against it, and the peers run on the bundled
 * openapi.json that generation wrote: openapi-typescript (types only) and @hey-api/openapi-ts (types + SDK + zod).
 * Also a no-op regeneration: same spec, output already current.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
  /** The committed spec (spec/: overlays applied), fresh process, empty output folder, cache off. */
  committed: RepeatedRun;
  /** Output current and cache warm, then one operation file edited. */
  edited: RepeatedRun;
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

    log(`generate spec/ (the committed spec, overlays applied), cold, ${runs}×…`);
    const committedSpec = path.join(repoRoot, 'spec');
    const committed = await runRepeated(
      runs,
      (run) => [process.execPath, [...npmScriptCommand('generate'), '--spec', committedSpec, '--out', outRoot(`committed-${run}`)]],
      { cwd: repoRoot, env: NO_CACHE },
    );

    log(`generate, one operation edited, ${runs}×…`);
    const editedSpec = path.join(work, 'edited-spec');
    await cp(specRoot, editedSpec, { recursive: true });
    const editedGenerate = (out: string): [string, string[]] => [process.execPath, [...npmScriptCommand('generate'), '--spec', editedSpec, '--out', outRoot(out)]];
    await runMeasured(...editedGenerate('edited'), { cwd: repoRoot });
    const edited = await runRepeated(
      runs,
      async (run) => {
        await editOneOperation(editedSpec, run);
        return editedGenerate('edited');
      },
      { cwd: repoRoot },
    );
    await runMeasured(...editedGenerate('edited-cold'), { cwd: repoRoot, env: NO_CACHE });
    await assertSameTree(outRoot('edited'), outRoot('edited-cold'));
    return { operations, importMs, source, ours, committed, warm, noop, edited, openapiTypescript, heyApi };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Changes the summary of the first operation file (sorted by name) of the first product folder. */
async function editOneOperation(specRoot: string, run: number): Promise<void> {
  const [folder] = (await readdir(specRoot, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => path.join(specRoot, e.name)).sort();
  if (!folder) throw new Error(`no product folder in ${specRoot}`);
  for (const name of (await readdir(folder)).filter((n) => /^[A-Z].*\.ya?ml$/.test(n)).sort()) {
    const file = path.join(folder, name);
    const text = await readFile(file, 'utf8');
    const edited = text.replace(/^(\s+summary: .*?)( \(edit \d+\))?$/m, `$1 (edit ${run + 1})`);
    if (edited !== text) return writeFile(file, edited);
  }
  throw new Error(`no operation file with a summary in ${folder}`);
}

/** The incremental output must be byte-identical to a cold generation of the same spec. */
async function assertSameTree(a: string, b: string): Promise<void> {
  const list = async (root: string): Promise<string[]> =>
    (await readdir(root, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name))).sort();
  const [left, right] = [await list(a), await list(b)];
  if (left.join('\n') !== right.join('\n')) throw new Error(`incremental and cold generation wrote different files`);
  for (const file of left) {
    if ((await readFile(path.join(a, file), 'utf8')) !== (await readFile(path.join(b, file), 'utf8'))) throw new Error(`incremental generation differs from cold in ${file}`);
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
    const target = peer === 'openapi-typescript' ? { target: { on: 'ratio' as const, atMost: 1.0 } } : {};
    lines.push({ benchmark: `${name}: peak RSS`, ours, peer, ...(theirs ? { peerValue: theirs } : {}), ...target });
  }
  lines.push({
    benchmark: 'generate spec/ (committed, with overlays), cold',
    ours: seconds(results.committed),
    ...(rss(results.committed) ? { remark: `peak RSS ${Math.round(rss(results.committed)!.value)} MB` } : {}),
  });
  lines.push({ benchmark: `generate ${results.operations} ops, warm cache`, ours: seconds(results.warm) });
  lines.push({
    benchmark: `generate ${results.operations} ops, one operation edited`,
    ours: seconds(results.edited),
    target: { on: 'ours', atMost: 0.5, unit: 's' },
    remark: 'output byte-identical to a cold run',
  });
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
