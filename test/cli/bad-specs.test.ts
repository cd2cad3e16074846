/**
 * The malformed-spec corpus: every case under test/fixtures/bad-specs/<case>/ is a spec root holding one
 * product-version folder that is wrong in exactly one way, with `expected.json` saying where the CLI must point.
 * The CLI must refuse it with one `error: file:line: pointer: message` line (no stack trace) and leave an output
 * folder that already holds a previous good generation byte-for-byte unchanged.
 * Every case runs the CLI in-process (runCli, the code a real run executes); a sample also runs as a child process
 * to prove the real exit code and stderr.
 */
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToTemp, makeTempDir, removeDir, repoRoot, runGenerator, runGeneratorInProcess, snapshotTree, type RunResult } from '../support/generate.ts';

interface Expected {
  /** Path of the offending file relative to the case folder. */
  file: string;
  /** JSON Pointer printed after the location; `null` when the error has none (syntax errors), `''` for the root. */
  pointer: string | null;
  line?: number;
  /** A substring of the message. */
  message: string;
}

const corpusDir = path.join(repoRoot, 'test', 'fixtures', 'bad-specs');
const baseSpec = path.join(corpusDir, '_base', 'cs-2015-12-15');
const caseNames = (await readdir(corpusDir, { withFileTypes: true }))
  .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
  .map((e) => e.name)
  .sort();

let workDir: string;
let goodOutput: string;
let goodSnapshot: Map<string, Buffer>;

beforeAll(async () => {
  workDir = await makeTempDir('bad-specs-');
  goodOutput = path.join(workDir, 'good');
  await generateToTemp(baseSpec, goodOutput);
  goodSnapshot = await snapshotTree(goodOutput);
});

afterAll(async () => {
  if (workDir) await removeDir(workDir);
});

describe('the corpus', () => {
  it('has at least 30 cases, each with an expected.json, and a base that generates', async () => {
    expect(caseNames.length).toBeGreaterThanOrEqual(30);
    for (const name of caseNames) {
      const files = await readdir(path.join(corpusDir, name));
      expect(files, name).toContain('expected.json');
    }
    expect([...goodSnapshot.keys()]).toContain('cs-2015-12-15/src/models.ts');
  });
});

/** Runs one case against a copy of the good output and checks the refusal; returns the error line. */
async function expectCleanRefusal(name: string, run: (args: string[]) => Promise<RunResult>): Promise<string> {
  const expected = JSON.parse(await readFile(path.join(corpusDir, name, 'expected.json'), 'utf8')) as Expected;
  const outDir = await mkdtemp(path.join(workDir, `${name}-`));
  await cp(goodOutput, outDir, { recursive: true });

  // Relative to the working directory, as a user types it: that is how the CLI prints file names.
  const specArg = path.relative(process.cwd(), path.join(corpusDir, name));
  const result = await run(['--spec', specArg, '--out', outDir]);

  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter((l) => l !== '');
  expect(lines, result.stderr).toHaveLength(1);
  const line = lines[0]!;
  // No stack frame, no "TypeError: …" (a schema named like an error, as in /components/schemas/CsError:, is fine).
  expect(line).not.toMatch(/\bat .+:\d+:\d+\)?$|(?<![/\w])\w*Error:|SpecError|generation failed/);

  const location = `${specArg}/${expected.file}${expected.line === undefined ? '' : `:${expected.line}`}: `;
  const pointer = expected.pointer === null ? '' : `${expected.pointer === '' ? '(document root)' : expected.pointer}: `;
  const prefix = `error: ${location}${pointer}`;
  expect(line.startsWith(prefix), `${line}\n  should start with\n${prefix}`).toBe(true);
  expect(line.slice(prefix.length)).toContain(expected.message);

  expect(await snapshotTree(outDir)).toEqual(goodSnapshot);
  expect((await readdir(outDir)).sort()).toEqual(['cs-2015-12-15']);
  return line;
}

describe('the CLI refuses each malformed spec cleanly', () => {
  it.each(caseNames)('%s', async (name) => {
    await expectCleanRefusal(name, runGeneratorInProcess);
  });
});

describe('as a child process', () => {
  it.concurrent.each(['invalid-yaml', 'duplicate-component', 'ref-cycle'])('%s: exit 1, the same single line', async (name) => {
    const line = await expectCleanRefusal(name, (args) => runGenerator(args, { cwd: process.cwd() }));
    expect(line).toMatch(/^error: /);
  });
});
