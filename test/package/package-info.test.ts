/** The npm package facts: from the product file's `x-acs-package`, overridden by the generator's options, checked. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeDir, repoRoot, runGeneratorInProcess } from '../support/generate.ts';
import { specWithPackage } from '../support/packed.ts';

const temp: string[] = [];
afterAll(async () => {
  await Promise.all(temp.map(removeDir));
});

async function tempOut(): Promise<string> {
  const dir = await makeTempDir('acs-out-');
  temp.push(dir);
  return dir;
}

async function fixture(fields: Record<string, string>): Promise<string> {
  const spec = await specWithPackage(fields);
  temp.push(path.dirname(spec));
  return spec;
}

describe('package name and version', () => {
  it('default to <product>-<version> and 0.1.0 with Apache-2.0 when the product file says nothing', async () => {
    const manifest = JSON.parse(await readFile(path.join(repoRoot, 'generated', 'cs-2015-12-15', 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'cs-2015-12-15', version: '0.1.0', license: 'Apache-2.0' });
    expect(await readFile(path.join(repoRoot, 'generated', 'cs-2015-12-15', 'LICENSE'), 'utf8')).toBe(
      await readFile(path.join(repoRoot, 'templates', 'licenses', 'Apache-2.0.txt'), 'utf8'),
    );
  });

  it('--package-name and --package-version override x-acs-package; the folder keeps its <product>-<version> name', async () => {
    const spec = await fixture({ name: '@acme/cs', version: '1.0.0' });
    const out = await tempOut();
    const result = await runGeneratorInProcess(['--spec', spec, '--out', out, '--package-name', '@platform/ack-client', '--package-version', '2.0.0-beta.1']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(out, 'cs-2015-12-15', 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({ name: '@platform/ack-client', version: '2.0.0-beta.1' });
    const readme = await readFile(path.join(out, 'cs-2015-12-15', 'README.md'), 'utf8');
    expect(readme).toMatch(/^# @platform\/ack-client\n/);
    expect(readme).toContain('```sh\nnpm install @platform/ack-client\n```');
    expect(readme).toContain('Version 2.0.0-beta.1, Apache-2.0 licensed');
    const docs = await readFile(path.join(out, 'cs-2015-12-15', 'docs', 'CreateClusterNodePool.md'), 'utf8');
    expect(docs).toContain("from '@platform/ack-client'");
  });

  it('a changed override regenerates (the no-op stamp covers the options)', async () => {
    const spec = await fixture({});
    const out = await tempOut();
    await runGeneratorInProcess(['--spec', spec, '--out', out, '--package-version', '1.0.0']);
    const second = await runGeneratorInProcess(['--spec', spec, '--out', out, '--package-version', '1.0.1']);
    expect(second.stdout).not.toContain('up to date');
    expect(JSON.parse(await readFile(path.join(out, 'cs-2015-12-15', 'package.json'), 'utf8')).version).toBe('1.0.1');
  });
});

describe('bad package facts: one line, exit 1, nothing written', () => {
  it.each([
    [{ name: 'Not A Name' }, /^error: .*product\.yaml:\d+: \/x-acs-package\/name: "Not A Name" is not a valid npm package name/],
    [{ version: 'v1' }, /^error: .*product\.yaml:\d+: \/x-acs-package\/version: "v1" is not a semantic version/],
    [{ license: 'MIT OR Apache-2.0' }, /^error: .*product\.yaml:\d+: \/x-acs-package\/license: "MIT OR Apache-2.0" is not a single SPDX license identifier/],
    [{ licence: 'Apache-2.0' }, /^error: .*product\.yaml:\d+: \/x-acs-package\/licence: unknown package field "licence"/],
    [{ license: 'BSD-3-Clause' }, /^error: generation failed: x-acs-package\.license "BSD-3-Clause": no license text to ship as LICENSE \(add templates\/licenses\/BSD-3-Clause\.txt\)$/m],
  ])('%j', async (fields, message) => {
    const spec = await fixture(fields as Record<string, string>);
    const out = await tempOut();
    const result = await runGeneratorInProcess(['--spec', spec, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(await readFile(path.join(out, 'cs-2015-12-15', 'package.json'), 'utf8').catch(() => 'absent')).toBe('absent');
  });

  it('an invalid --package-name names the option', async () => {
    const result = await runGeneratorInProcess(['--spec', await fixture({}), '--out', await tempOut(), '--package-name', '@acme/']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: --package-name: "@acme/" is not a valid npm package name (lowercase, optionally @scope/name)\n');
  });

  it('--package-name with several product-version folders is refused', async () => {
    const root = await tempOut();
    const { cp } = await import('node:fs/promises');
    await cp(path.join(repoRoot, 'spec', 'cs-2015-12-15'), path.join(root, 'cs-2015-12-15'), { recursive: true });
    await cp(path.join(repoRoot, 'spec', 'cs-2015-12-15'), path.join(root, 'cs-copy'), { recursive: true });
    const result = await runGeneratorInProcess(['--spec', root, '--out', await tempOut(), '--package-name', 'one-name']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--package-name names one package, but 2 product-version folders were found/);
  });
});
