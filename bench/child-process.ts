/**
 * Runs a command as a fresh child process and measures it: wall time (our own clock around the spawn) and
 * peak RSS (GNU time's %M, which covers the child and anything it waits for).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median } from './table.ts';

const GNU_TIME = '/usr/bin/time';

export interface ProcessRun {
  wallMs: number;
  /** Peak resident set size in MB; undefined when /usr/bin/time is unavailable. */
  peakRssMb: number | undefined;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the child after this long (default 180 s). */
  timeoutMs?: number;
}

export class ChildFailed extends Error {
  constructor(
    readonly command: string,
    readonly code: number | null,
    readonly output: string,
  ) {
    super(`${command} exited with ${code}: ${output.trim().split('\n').slice(-5).join(' | ')}`);
  }
}

/** Runs `command args` once; rejects with ChildFailed on a non-zero exit. */
export async function runMeasured(command: string, args: readonly string[], options: RunOptions = {}): Promise<ProcessRun> {
  const useTime = existsSync(GNU_TIME);
  const scratch = useTime ? await mkdtemp(path.join(tmpdir(), 'bench-time-')) : undefined;
  const timeFile = scratch ? path.join(scratch, 'time.txt') : undefined;
  const [file, fileArgs] = timeFile ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, [...args]];
  const env = { ...process.env, ...options.env };
  delete env.NODE_OPTIONS;
  try {
    const started = performance.now();
    const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(file, fileArgs, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 180_000);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('close', (exitCode) => {
        clearTimeout(timer);
        resolve({ code: exitCode, stdout: out, stderr: err });
      });
    });
    const wallMs = performance.now() - started;
    if (code !== 0) throw new ChildFailed([command, ...args].join(' '), code, `${stdout}\n${stderr}`);
    const peakKb = timeFile ? Number((await readFile(timeFile, 'utf8')).trim().split('\n').at(-1)) : NaN;
    return { wallMs, peakRssMb: Number.isFinite(peakKb) ? peakKb / 1024 : undefined, stdout, stderr };
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

export interface RepeatedRun {
  /** Median wall time over the runs. */
  wallMs: number;
  /** Median peak RSS over the runs. */
  peakRssMb: number | undefined;
  runs: ProcessRun[];
}

/**
 * Runs a command `times` times, each in a fresh process (`makeCommand(run)` gives the command of each run),
 * and takes the medians.
 */
export async function runRepeated(
  times: number,
  makeCommand: (run: number) => Promise<[string, string[]]> | [string, string[]],
  options: RunOptions = {},
): Promise<RepeatedRun> {
  const runs: ProcessRun[] = [];
  for (let run = 0; run < times; run++) {
    const [command, args] = await makeCommand(run);
    runs.push(await runMeasured(command, args, options));
  }
  return summarizeRuns(runs);
}

export interface InterleavedTask {
  name: string;
  command: (run: number) => [string, string[]];
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs each task `times` times, round-robin (a, b, c, a, b, c, …), so that a change in machine load during the
 * benchmark hits every task alike. A task that fails once is dropped and reported as its error.
 */
export async function runInterleaved(
  times: number,
  tasks: readonly InterleavedTask[],
  options: RunOptions = {},
  log: (line: string) => void = () => {},
): Promise<Map<string, RepeatedRun | Error>> {
  const runs = new Map<string, ProcessRun[]>(tasks.map((task) => [task.name, []]));
  const failures = new Map<string, Error>();
  for (let run = 0; run < times; run++) {
    for (const task of tasks) {
      if (failures.has(task.name)) continue;
      log(`${task.name} (${run + 1}/${times})…`);
      try {
        const [command, args] = task.command(run);
        runs.get(task.name)?.push(await runMeasured(command, args, { ...options, env: { ...options.env, ...task.env } }));
      } catch (error) {
        failures.set(task.name, error instanceof Error ? error : new Error(String(error)));
      }
    }
  }
  const results = new Map<string, RepeatedRun | Error>();
  for (const task of tasks) {
    const failure = failures.get(task.name);
    results.set(task.name, failure ?? summarizeRuns(runs.get(task.name) ?? []));
  }
  return results;
}

function summarizeRuns(runs: ProcessRun[]): RepeatedRun {
  const rss = runs.map((r) => r.peakRssMb).filter((v): v is number => v !== undefined);
  return { wallMs: median(runs.map((r) => r.wallMs)), peakRssMb: rss.length > 0 ? median(rss) : undefined, runs };
}
