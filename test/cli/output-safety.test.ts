/**
 * The output is never damaged: an --out that overlaps the spec is refused, regeneration touches only files the
 * generator wrote, a run killed or interrupted at any step of the swap leaves every package folder whole and the
 * next run finishes the job, and concurrent runs into one output wait for each other.
 * Interruptions are injected with CS_GENERATOR_FAULT (generator/fault-injection.ts) in a real child process.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST_FILE, WORK_DIR } from '../../generator/write.ts';
import { makeTempDir, removeDir, repoRoot, runGenerator, runGeneratorInProcess, snapshotTree } from '../support/generate.ts';

const baseSpecRoot = path.join(repoRoot, 'test', 'fixtures', 'bad-specs', '_base');
const PKG = 'cs-2015-12-15';

let tmp: string;
/** A good generation from the base spec (the "old" state). */
let oldOutput: string;
let oldSnapshot: Map<string, Buffer>;
/** The base spec with one summary changed, and what it generates (the "new" state). */
let newSpec: string;
let newSnapshot: Map<string, Buffer>;
let counter = 0;

beforeAll(async () => {
  tmp = await makeTempDir('output-safety-');
  oldOutput = path.join(tmp, 'old');
  expect((await runGeneratorInProcess(['--spec', baseSpecRoot, '--out', oldOutput])).code).toBe(0);
  oldSnapshot = await snapshotTree(oldOutput);
  newSpec = path.join(tmp, 'new-spec');
  await cp(baseSpecRoot, newSpec, { recursive: true });
  const operation = path.join(newSpec, PKG, 'CreateWidget.yaml');
  await writeFile(operation, (await readFile(operation, 'utf8')).replace('summary: Create a widget.', 'summary: Create a new widget.'));
  const newOutput = path.join(tmp, 'new');
  expect((await runGeneratorInProcess(['--spec', newSpec, '--out', newOutput])).code).toBe(0);
  newSnapshot = await snapshotTree(newOutput);
  expect(newSnapshot).not.toEqual(oldSnapshot);
});

afterAll(async () => {
  await removeDir(tmp);
});

async function copyOfOld(): Promise<string> {
  const out = path.join(tmp, `out-${counter++}`);
  await cp(oldOutput, out, { recursive: true });
  return out;
}

describe('an output root that overlaps the spec root', () => {
  it.each([
    ['is the spec root', (spec: string) => spec],
    ['is inside the spec root', (spec: string) => path.join(spec, 'generated')],
    ['contains the spec root', (spec: string) => path.dirname(spec)],
  ])('is refused when it %s, before anything is touched', async (_name, outOf) => {
    const holder = path.join(tmp, `overlap-${counter++}`);
    const spec = path.join(holder, 'spec');
    await cp(baseSpecRoot, spec, { recursive: true });
    const before = await snapshotTree(holder);
    const result = await runGeneratorInProcess(['--spec', spec, '--out', outOf(spec)]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^error: .*: the output root (is the spec root|is inside the spec root|contains the spec root)/);
    expect(await snapshotTree(holder)).toEqual(before);
  });

  it('is compared by real path (a symlink to the spec root is the spec root)', async () => {
    const { symlink } = await import('node:fs/promises');
    const holder = path.join(tmp, `overlap-link-${counter++}`);
    const spec = path.join(holder, 'spec');
    await cp(baseSpecRoot, spec, { recursive: true });
    await symlink(spec, path.join(holder, 'alias'));
    const before = await snapshotTree(spec);
    const result = await runGeneratorInProcess(['--spec', spec, '--out', path.join(holder, 'alias', 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the output root is inside the spec root/);
    expect(await snapshotTree(spec)).toEqual(before);
  });
});

describe('regeneration replaces only what the generator wrote', () => {
  it('keeps node_modules/ and other files of the package folder, removes generated files no longer produced', async () => {
    const out = await copyOfOld();
    const pkg = path.join(out, PKG);
    await mkdir(path.join(pkg, 'node_modules', 'dep'), { recursive: true });
    await writeFile(path.join(pkg, 'node_modules', 'dep', 'index.js'), 'export {};\n');
    await writeFile(path.join(pkg, 'NOTES.md'), 'mine\n');
    await writeFile(path.join(pkg, 'src', 'local-helper.ts'), 'export const mine = 1;\n');
    // A file an older generation wrote (listed in the manifest) that is no longer produced.
    await writeFile(path.join(pkg, 'docs', 'RetiredOperation.md'), '# retired\n');
    await writeFile(path.join(pkg, MANIFEST_FILE), `${await readFile(path.join(pkg, MANIFEST_FILE), 'utf8')}docs/RetiredOperation.md\n`);

    const result = await runGeneratorInProcess(['--spec', newSpec, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    const after = await snapshotTree(out);
    expect(after.get(`${PKG}/node_modules/dep/index.js`)?.toString()).toBe('export {};\n');
    expect(after.get(`${PKG}/NOTES.md`)?.toString()).toBe('mine\n');
    expect(after.get(`${PKG}/src/local-helper.ts`)?.toString()).toBe('export const mine = 1;\n');
    expect(after.has(`${PKG}/docs/RetiredOperation.md`)).toBe(false);
    const generatedOnly = new Map([...after].filter(([file]) => !/node_modules|NOTES|local-helper/.test(file)));
    expect(generatedOnly).toEqual(newSnapshot);
    expect(await readdir(out)).toEqual([PKG]);
  });

  it('files that are not the generator\u2019s leave a no-op regeneration a no-op (nothing of them is read)', async () => {
    const out = path.join(tmp, `noop-${counter++}`);
    expect((await runGeneratorInProcess(['--spec', baseSpecRoot, '--out', out])).code).toBe(0);
    await mkdir(path.join(out, PKG, 'node_modules', 'dep'), { recursive: true });
    await writeFile(path.join(out, PKG, 'node_modules', 'dep', 'index.js'), 'export {};\n');
    await writeFile(path.join(out, PKG, 'NOTES.md'), 'mine\n');
    const again = await runGeneratorInProcess(['--spec', baseSpecRoot, '--out', out]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/is up to date \(nothing changed since the last generation/);
  });

  it('--check ignores files that are not the generator\u2019s', async () => {
    const out = await copyOfOld();
    await writeFile(path.join(out, PKG, 'NOTES.md'), 'mine\n');
    const result = await runGeneratorInProcess(['--spec', baseSpecRoot, '--out', out, '--check']);
    expect(result.code, result.stderr).toBe(0);
  });
});

/** Every file of the package folder is whole: byte-equal to the old or to the new generation. */
function expectEveryFileOldOrNew(snapshot: Map<string, Buffer>): void {
  const pkgFiles = [...snapshot].filter(([file]) => file.startsWith(`${PKG}/`));
  expect(pkgFiles.length).toBeGreaterThanOrEqual(oldSnapshot.size);
  for (const [file, bytes] of pkgFiles) {
    const whole = oldSnapshot.get(file)?.equals(bytes) === true || newSnapshot.get(file)?.equals(bytes) === true;
    expect(whole, file).toBe(true);
  }
  for (const file of oldSnapshot.keys()) expect(snapshot.has(file), file).toBe(true);
}

describe('a run killed or interrupted while writing', () => {
  it.concurrent.each(['staged', 'journaled', 'applying'])('killed (SIGKILL) at "%s": the folder stays whole; the next run finishes and cleans up', async (step) => {
    const out = await copyOfOld();
    const killed = await runGenerator(['--spec', newSpec, '--out', out], { env: { CS_GENERATOR_FAULT: `${step}:kill`, CS_GENERATOR_CACHE: 'off' } });
    expect(killed.code).toBeNull();
    const left = await snapshotTree(out);
    expectEveryFileOldOrNew(left);
    expect(await readdir(out)).toContain(WORK_DIR);

    const next = await runGenerator(['--spec', newSpec, '--out', out]);
    expect(next.code, next.stderr).toBe(0);
    expect(await snapshotTree(out)).toEqual(newSnapshot);
    expect(await readdir(out)).toEqual([PKG]);
  });

  it.concurrent.each(['staged', 'applying'])('Ctrl-C at "%s": exit 130, the folder whole, nothing left over', async (step) => {
    const out = await copyOfOld();
    const result = await runGenerator(['--spec', newSpec, '--out', out], { env: { CS_GENERATOR_FAULT: `${step}:sigint`, CS_GENERATOR_CACHE: 'off' } });
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/^error: interrupted by SIGINT; the output is whole/);
    // Before the commit the old generation stays; once the swap has begun it is finished first.
    expect(await snapshotTree(out)).toEqual(step === 'staged' ? oldSnapshot : newSnapshot);
    expect(await readdir(out)).toEqual([PKG]);
  });

  it('the next run repairs what the previous writer left: a missing package folder beside its .old-* copy, .staging-* folders', async () => {
    const out = await copyOfOld();
    const { rename } = await import('node:fs/promises');
    await rename(path.join(out, PKG), path.join(out, `${PKG}.old-4242-m0abc`));
    await cp(path.join(out, `${PKG}.old-4242-m0abc`), path.join(out, `.${PKG}.staging-4242-m0abc`), { recursive: true });
    const result = await runGeneratorInProcess(['--spec', baseSpecRoot, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`restored ${PKG} from ${PKG}.old-4242-m0abc`);
    expect(await readdir(out)).toEqual([PKG]);
    expect(await snapshotTree(out)).toEqual(oldSnapshot);
  });

  it('a refused run into a new output folder leaves no folder behind', async () => {
    const out = path.join(tmp, `never-${counter++}`, 'nested', 'out');
    const result = await runGeneratorInProcess(['--spec', path.join(repoRoot, 'test', 'fixtures', 'bad-specs', 'invalid-yaml'), '--out', out]);
    expect(result.code).toBe(1);
    await expect(readdir(path.dirname(path.dirname(out)))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a lock left by a killed run does not block the next one', async () => {
    const out = await copyOfOld();
    // 2^22 is the largest pid_max Linux allows: pid 2^22+1 never exists.
    await writeFile(path.join(out, '.cs-generator.lock'), `${2 ** 22 + 1}\n`);
    const result = await runGeneratorInProcess(['--spec', newSpec, '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect(await readdir(out)).toEqual([PKG]);
  });
});

describe('concurrent runs into one output', () => {
  it('both succeed (one waits for the other) and leave one whole package', async () => {
    const out = await copyOfOld();
    const env = { CS_GENERATOR_CACHE: 'off' };
    const [a, b] = await Promise.all([
      runGenerator(['--spec', newSpec, '--out', out], { env }),
      runGenerator(['--spec', newSpec, '--out', out], { env }),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(await snapshotTree(out)).toEqual(newSnapshot);
    expect(await readdir(out)).toEqual([PKG]);
  });
});
