/**
 * Docs pages stay bounded: every cell of a Markdown table column is padded to the column's widest cell (as prettier
 * lays tables out), so one runaway description must not be repeated as padding on every row.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format } from 'prettier';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PRETTIER_OPTIONS } from '../../generator/emit/format.ts';
import { MAX_CELL_LENGTH } from '../../generator/emit/markdown.ts';
import { generatePackage } from '../../generator/pipeline.ts';
import { makeTempDir, removeDir, repoRoot } from '../support/generate.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('docs-bounds-');
});
afterAll(async () => {
  await removeDir(tmp);
});

it('a 30,000-character description among 60 properties keeps the page small, cut in its cell, and prettier-stable', async () => {
  const spec = path.join(tmp, 'cs-2015-12-15');
  await cp(path.join(repoRoot, 'test', 'fixtures', 'bad-specs', '_base', 'cs-2015-12-15'), spec, { recursive: true });
  const file = path.join(spec, 'CreateWidget.yaml');
  const extra = Array.from({ length: 60 }, (_, i) => `        extra_${i}:\n          type: string\n`).join('');
  const long = `Runaway text ${'word '.repeat(6000)}end.`;
  const yaml = (await readFile(file, 'utf8')).replace('      properties:\n        name:\n', `      properties:\n${extra}        name:\n          description: '${long}'\n`);
  await writeFile(file, yaml);
  const pkg = await generatePackage(spec);
  const page = pkg.files.find((f) => f.path === 'docs/CreateWidget.md')!.contents;
  expect(page.length).toBeLessThan(200_000);
  expect(page).toContain(`${long.slice(0, MAX_CELL_LENGTH - 1)}…`);
  expect(await format(page, { ...PRETTIER_OPTIONS, parser: 'markdown' })).toBe(page);
  // The full text is still in the model's documentation.
  expect(pkg.files.find((f) => f.path === 'src/models.ts')!.contents).toContain('end.');
});
