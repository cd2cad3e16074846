/**
 * Overlays end to end, through the generate command: curation from test/fixtures/overlay/ reaches the models, the
 * validator and the docs page; it survives a re-import of the operation file; a target that disappeared stops
 * generation with one line; and editing an overlay alone makes a no-op regeneration regenerate.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputFingerprint } from '../../generator/stamp.ts';
import { makeTempDir, removeDir, repoRoot, runGeneratorInProcess, snapshotTree } from '../support/generate.ts';

const fixtureRoot = path.join(repoRoot, 'test', 'fixtures', 'overlay');

type Validate = (value: unknown) => { ok: true } | { ok: false; issues: { path: string; code: string }[] };

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('overlays-cli-');
});
afterAll(async () => {
  await removeDir(tmp);
});

/** A copy of the fixture spec root under `name`; returns its spec root, product folder and a fresh output root. */
async function workspace(name: string): Promise<{ specRoot: string; folder: string; outRoot: string }> {
  const specRoot = path.join(tmp, name, 'spec');
  await cp(path.join(fixtureRoot, 'spec'), specRoot, { recursive: true });
  return { specRoot, folder: path.join(specRoot, 'cs-2015-12-15'), outRoot: path.join(tmp, name, 'out') };
}

async function generate(specRoot: string, outRoot: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runGeneratorInProcess(['--spec', specRoot, '--out', outRoot]);
}

describe('curation from overlays in the generated package', () => {
  let pkgDir: string;
  let files: Map<string, Buffer>;
  beforeAll(async () => {
    const { specRoot, outRoot } = await workspace('curated');
    const result = await generate(specRoot, outRoot);
    expect(result.stderr).toBe('');
    pkgDir = path.join(outRoot, 'cs-2015-12-15');
    files = await snapshotTree(pkgDir);
  });
  const text = (file: string): string => files.get(file)?.toString() ?? '';

  it('models: the curated description and the added enum value; the removed parameter is gone', () => {
    expect(text('src/models.ts')).toContain('/** Paint colour of the widget (curated). */');
    expect(text('src/models.ts')).toContain("export type CreateWidgetBodyColor = 'red' | 'green' | 'blue';");
    expect(text('src/models.ts')).not.toContain('Legacy');
  });

  it('validator: accepts the added value, rejects others, and enforces the curated x-rules', async () => {
    const module = (await import(pathToFileURL(path.join(pkgDir, 'dist', 'index.js')).href)) as Record<string, Validate>;
    const validate = module.validateCreateWidgetRequest!;
    expect(validate({ RegionId: 'cn-hangzhou', body: { name: 'w', color: 'blue', min_count: 1, max_count: 2 } }).ok).toBe(true);
    const bad = validate({ RegionId: 'cn-hangzhou', Legacy: 'x', body: { name: 'w', color: 'purple', min_count: 3, max_count: 2 } });
    expect(bad.ok).toBe(false);
    const issues = bad.ok ? [] : bad.issues.map((i) => `${i.path} ${i.code}`);
    expect(issues.sort()).toEqual(['/Legacy unknown_property', '/body/color enum', '/body/min_count less_or_equal']);
  });

  it('docs page: the curated summary, description, value list and rule', () => {
    const page = text('docs/CreateWidget.md');
    expect(page).toContain('Create a widget in a region (curated).');
    expect(page).toContain('Paint colour of the widget (curated). Valid values: `red`, `green`, `blue`.');
    expect(page).toContain('`min_count` must not exceed `max_count`');
    expect(page).not.toContain('Legacy');
  });
});

describe('re-import never loses curation', () => {
  it('an operation file replaced by a newer import still gets the overlays; a target that disappeared is one error line', async () => {
    const { specRoot, folder, outRoot } = await workspace('reimport');
    // What the importer does: it rewrites the operation file. The newer metadata no longer has the Legacy parameter.
    await cp(path.join(fixtureRoot, 'reimported', 'CreateWidget.yaml'), path.join(folder, 'CreateWidget.yaml'));

    const refused = await generate(specRoot, outRoot);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `error: ${path.join(folder, 'overlays', '20-legacy.overlay.yaml')}:6: /actions/0/target: "$.paths.*.post.parameters[?@.name=='Legacy']" matches nothing in the spec\n`,
    );
    expect(await snapshotTree(outRoot)).toEqual(new Map());

    // The curator reviews it and drops the overlay whose target is gone; the rest of the curation still applies.
    await rm(path.join(folder, 'overlays', '20-legacy.overlay.yaml'));
    expect((await generate(specRoot, outRoot)).code).toBe(0);
    const models = await readFile(path.join(outRoot, 'cs-2015-12-15', 'src', 'models.ts'), 'utf8');
    expect(models).toContain('/** Paint colour of the widget (curated). */');
    expect(models).toContain("export type CreateWidgetBodyColor = 'green' | 'red' | 'blue';");
    expect(models).toContain('size?: number;');
    const page = await readFile(path.join(outRoot, 'cs-2015-12-15', 'docs', 'CreateWidget.md'), 'utf8');
    expect(page).toContain('Create a widget in a region (curated).');
    expect(page).toContain('`min_count` must not exceed `max_count`');
  });
});

describe('no-op regeneration and overlays', () => {
  it('the input fingerprint covers overlay files', async () => {
    const { folder } = await workspace('fingerprint');
    const before = await inputFingerprint(folder);
    expect(await inputFingerprint(folder)).toBe(before);
    const overlay = path.join(folder, 'overlays', '10-widget-curation.overlay.yaml');
    await writeFile(overlay, (await readFile(overlay, 'utf8')).replace('(curated)', '(edited)'));
    expect(await inputFingerprint(folder)).not.toBe(before);
  });

  it('editing only an overlay regenerates; an unchanged one is a no-op', async () => {
    const { specRoot, folder, outRoot } = await workspace('stamp');
    expect((await generate(specRoot, outRoot)).code).toBe(0);
    expect((await generate(specRoot, outRoot)).stdout).toMatch(/is up to date \(nothing changed since the last generation/);

    const overlay = path.join(folder, 'overlays', '10-widget-curation.overlay.yaml');
    await writeFile(overlay, (await readFile(overlay, 'utf8')).replace('Paint colour of the widget (curated).', 'Paint colour (edited curation).'));
    const rerun = await generate(specRoot, outRoot);
    expect(rerun.stdout).not.toMatch(/is up to date/);
    expect(rerun.stdout).toMatch(/\(0 added, [1-9]\d* changed, 0 removed\)/);
    expect(await readFile(path.join(outRoot, 'cs-2015-12-15', 'src', 'models.ts'), 'utf8')).toContain('/** Paint colour (edited curation). */');
  });
});
