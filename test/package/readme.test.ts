/** The generated README tells the truth about the package it sits in. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/generate.ts';

const packageDir = path.join(repoRoot, 'generated', 'cs-2015-12-15');

describe('the generated README', () => {
  it('installs the package by its package.json name and imports it by that name (or a subpath it exports)', async () => {
    const { name, exports } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
    const readme = await readFile(path.join(packageDir, 'README.md'), 'utf8');
    expect(readme).toContain('```sh\nnpm install ' + name + '\n```');
    const imports = [...readme.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.length).toBeGreaterThan(0);
    expect(new Set(imports)).toEqual(new Set([name, `${name}/mock`]));
    expect(Object.keys(exports)).toContain('./mock');
  });

  it('lists every error class the runtime throws in its Errors table', async () => {
    const runtime = path.join(repoRoot, 'generator', 'runtime');
    const sources = await Promise.all((await readdir(runtime)).filter((f) => f.endsWith('.ts')).map((f) => readFile(path.join(runtime, f), 'utf8')));
    const classes = sources.flatMap((source) => [...source.matchAll(/^export class (\w+) extends \w*Error\b/gm)].map((m) => m[1]!));
    expect(classes).toContain('ServiceError');
    // The runtime's generic base classes are exported under the product's names.
    const exportedAs: Record<string, string> = { SdkError: 'CsError', ServiceError: 'CsServiceError' };
    const readme = await readFile(path.join(packageDir, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Errors'), readme.indexOf('\n## ', readme.indexOf('## Errors') + 1));
    const listed = [...section.matchAll(/^\| `(\w+)`/gm)].map((m) => m[1]!);
    expect(listed.sort()).toEqual(classes.map((name) => exportedAs[name] ?? name).sort());
  });
});
