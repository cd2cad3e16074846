import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatePackage } from '../generator/pipeline.ts';
import { diffFolder } from '../generator/write.ts';

const root = path.resolve(import.meta.dirname, '..');
const specRoot = path.join(root, 'spec');
const productFolders = readdirSync(specRoot, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

// generated/ is the snapshot: a fresh generation must equal it byte for byte, with no file missing or extra.
describe.each(productFolders)('generated/%s', (folder) => {
  it('equals a fresh generation from spec/', async () => {
    const pkg = await generatePackage(path.join(specRoot, folder));
    expect(pkg.packageName).toBe(folder);
    const changes = await diffFolder(path.join(root, 'generated', pkg.packageName), pkg.files);
    expect(changes, 'run `npm run generate` and review the diff').toEqual([]);
  });

  it('regenerates identically from its own openapi.json', async () => {
    const fromSpec = await generatePackage(path.join(specRoot, folder));
    const fromBundle = await generatePackage(path.join(root, 'generated', folder, 'openapi.json'));
    expect(fromBundle.files.map((f) => f.path)).toEqual(fromSpec.files.map((f) => f.path));
    for (const [i, file] of fromBundle.files.entries()) expect(file.contents, file.path).toBe(fromSpec.files[i]!.contents);
  });
});
