/**
 * Generated names never collide: the generator refuses a spec whose names would clash with the runtime's or with each
 * other (the bad-spec corpus holds one case per clash, gen-name-*); names that only resemble them are fine and the
 * package still compiles under tsc --strict.
 */
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateToTemp, makeTempDir, removeDir, repoRoot, typecheckPackages } from '../support/generate.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('names-');
});
afterAll(async () => {
  await removeDir(tmp);
});

it('accepts names that only resemble runtime exports, and the package compiles', async () => {
  const spec = path.join(tmp, 'cs-2015-12-15');
  await cp(path.join(repoRoot, 'test', 'fixtures', 'bad-specs', '_base', 'cs-2015-12-15'), spec, { recursive: true });
  const schemas = ['CredentialsInfo', 'TransportSettings', 'ValidationErrors', 'CallOptionSet', 'ClientCoreVersion', 'HttpRequestLog', 'Metadata', 'Operation'];
  const yaml = ['components:', '  schemas:', ...schemas.flatMap((name) => [`    ${name}:`, '      type: object', '      properties:', '        id:', '          type: string'])];
  await writeFile(path.join(spec, 'components.yaml'), `${yaml.join('\n')}\n`);
  const { packageDir } = await generateToTemp(spec, path.join(tmp, 'out'));
  const result = await typecheckPackages([packageDir]);
  expect(result.stdout + result.stderr).toBe('');
  expect(result.code).toBe(0);
}, 120_000);
