/**
 * `npm run bench [-- --only generate,scale,validators,client,import,bundle] [-- --quick]`
 *
 * Prints one table (Markdown) of every benchmark side by side with its peers, with the machine it ran on.
 * Progress goes to stderr, the table to stdout. Nothing is written to the repository.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { bundleLines, measureBundleSizes } from './bundle-size.ts';
import { clientLines, DEFAULT_CLIENT_BENCH, measureClients } from './client-rps.ts';
import { generationLines, measureGeneration } from './generation.ts';
import { importLines, measureImportTimes } from './import-time.ts';
import { machineLine } from './machine.ts';
import { measureScale, scaleLines } from './scale.ts';
import { methodNotes, type MethodParameters } from './methods.ts';
import { formatTable, type TableLine } from './table.ts';
import { validatorLines } from './validator-row.ts';

const SECTIONS = ['generate', 'scale', 'validators', 'client', 'import', 'bundle'] as const;
type Section = (typeof SECTIONS)[number];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    quick: { type: 'boolean', default: false },
  },
});
const only = new Set((values.only?.split(',') ?? SECTIONS).map((s) => s.trim()));
for (const name of only) if (!SECTIONS.includes(name as Section)) throw new Error(`unknown section "${name}"; known: ${SECTIONS.join(', ')}`);
const quick = values.quick;
const log = (line: string): void => void process.stderr.write(`[bench] ${line}\n`);

const started = performance.now();
const loadBefore = os.loadavg()[0] ?? 0;
if (loadBefore > os.cpus().length / 2) log(`warning: load average ${loadBefore.toFixed(1)} on ${os.cpus().length} cores: other work will distort the numbers`);

const lines: TableLine[] = [];
const notes: string[] = [];
const section = async (name: Section, run: () => Promise<TableLine[]>): Promise<void> => {
  if (!only.has(name)) return;
  log(`${name}…`);
  try {
    lines.push(...(await run()));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    lines.push({ benchmark: name, ours: undefined, remark: `failed: ${message.split('\n')[0]}` });
  }
};

const parameters: MethodParameters = {
  generateRuns: quick ? 1 : 3,
  concurrency: DEFAULT_CLIENT_BENCH.concurrency,
  clientRounds: quick ? 1 : DEFAULT_CLIENT_BENCH.rounds,
  roundMs: quick ? 1000 : DEFAULT_CLIENT_BENCH.roundMs,
  importRuns: quick ? 3 : 10,
};

await section('generate', async () => generationLines(await measureGeneration(parameters.generateRuns, log)));
await section('scale', async () => scaleLines(await measureScale(parameters.generateRuns, log)));
await section('validators', async () => {
  const rows = await validatorLines(undefined, quick ? { timeMs: 300 } : {});
  if (rows.raw) notes.push(`runValidatorBench() returned:\n${rows.raw}`);
  return rows.lines;
});
await section('client', async () =>
  clientLines(
    await measureClients(
      { ...DEFAULT_CLIENT_BENCH, rounds: parameters.clientRounds, roundMs: parameters.roundMs, ...(quick ? { warmupMs: 300 } : {}) },
      log,
    ),
  ),
);
await section('import', async () => importLines(await measureImportTimes(parameters.importRuns)));
await section('bundle', async () => bundleLines(await measureBundleSizes()));

const loadAfter = os.loadavg()[0] ?? 0;
console.log(`${machineLine()}; load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`);
console.log(`npm run bench${quick ? ' -- --quick' : ''}: ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
console.log(formatTable(lines));
console.log('');
for (const { section, note } of methodNotes(parameters)) if (only.has(section)) console.log(`- ${note}`);
for (const note of notes) console.log(`\n${note}`);
