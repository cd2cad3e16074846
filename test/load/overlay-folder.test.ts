/**
 * Overlays as the loader reads them: `<product-version>/overlays/*.overlay.yaml`, never taken for partial OpenAPI
 * documents, applied in file-name order after the merge and before validation.
 */
import { cp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpecFiles, loadSpecFolder, SpecError } from '../../generator/load/index.ts';
import { listOverlayFiles, listSpecFiles } from '../../generator/load/list-spec-files.ts';
import { makeTempDir, removeDir, repoRoot } from '../support/generate.ts';

const fixture = path.join(repoRoot, 'test', 'fixtures', 'overlay', 'spec', 'cs-2015-12-15');

interface Body {
  properties: Record<string, { description?: string; enum?: string[] }>;
  'x-rules'?: unknown[];
}
const bodyOf = (document: Record<string, unknown>): Body =>
  (document as { components: { schemas: { CreateWidgetBody: Body } } }).components.schemas.CreateWidgetBody;

async function caught(action: () => Promise<unknown>): Promise<SpecError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  throw new Error('expected a SpecError');
}

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('overlay-folder-');
});
afterAll(async () => {
  await removeDir(tmp);
});

async function copyFixture(name: string): Promise<string> {
  const folder = path.join(tmp, name, 'cs-2015-12-15');
  await cp(fixture, folder, { recursive: true });
  return folder;
}

describe('the overlays folder', () => {
  it('is not read as partial OpenAPI documents; its files are listed in the order they apply', async () => {
    expect((await listSpecFiles(fixture)).map((f) => path.basename(f))).toEqual(['CreateWidget.yaml', 'product.yaml']);
    expect((await listOverlayFiles(fixture)).map((f) => path.relative(fixture, f))).toEqual([
      path.join('overlays', '10-widget-curation.overlay.yaml'),
      path.join('overlays', '20-legacy.overlay.yaml'),
    ]);
    expect(await listOverlayFiles(path.join(repoRoot, 'test', 'fixtures', 'bad-specs', '_base', 'cs-2015-12-15'))).toEqual([]);
  });

  it('follows a symbolically linked overlay file, and refuses one that points nowhere by name', async () => {
    const folder = await copyFixture('linked');
    const overlay = path.join(folder, 'overlays', '10-widget-curation.overlay.yaml');
    const kept = path.join(tmp, 'linked', 'curation.yaml');
    await rename(overlay, kept);
    await symlink(kept, overlay);
    expect(bodyOf((await loadSpecFolder(folder)).document).properties.color?.description).toBe('Paint colour of the widget (curated).');
    await rm(kept);
    expect((await caught(() => loadSpecFolder(folder))).message).toMatch(/10-widget-curation\.overlay\.yaml.*symbolic link to nothing/);
  });

  it('is applied by loadSpecFolder: the document carries the curation', async () => {
    const { document } = await loadSpecFolder(fixture);
    expect(bodyOf(document).properties.color).toEqual({ type: 'string', enum: ['red', 'green', 'blue'], description: 'Paint colour of the widget (curated).' });
    expect(bodyOf(document)['x-rules']).toEqual([{ lessOrEqual: ['min_count', 'max_count'] }]);
    const operation = (document as { paths: Record<string, { post: { summary: string; parameters: { name: string }[] } }> }).paths['/regions/{RegionId}/widgets']!.post;
    expect(operation.summary).toBe('Create a widget in a region (curated).');
    expect(operation.parameters.map((p) => p.name)).toEqual(['RegionId']);
  });

  it('changes nothing when absent: the folder loads exactly as its spec files alone', async () => {
    const folder = await copyFixture('absent');
    await rm(path.join(folder, 'overlays'), { recursive: true });
    const withoutFolder = await loadSpecFolder(folder);
    const filesOnly = await loadSpecFiles(await listSpecFiles(fixture));
    expect(withoutFolder.document).toEqual(filesOnly.document);
    expect(bodyOf(withoutFolder.document).properties.color!.enum).toEqual(['red', 'green']);
  });

  it('applies overlay files in file-name order', async () => {
    const folder = await copyFixture('order');
    const describeColor = (text: string): string =>
      `overlay: 1.0.0\ninfo: { title: T, version: '1' }\nactions:\n  - target: $.components.schemas.CreateWidgetBody.properties.color\n    update:\n      description: ${text}\n`;
    await writeFile(path.join(folder, 'overlays', '30-b.overlay.yaml'), describeColor('from b'));
    await writeFile(path.join(folder, 'overlays', '31-a.overlay.json'), JSON.stringify({ overlay: '1.0.0', info: { title: 'T', version: '1' }, actions: [{ target: '$.components.schemas.CreateWidgetBody.properties.color', update: { description: 'from a (json)' } }] }));
    expect(bodyOf((await loadSpecFolder(folder)).document).properties.color!.description).toBe('from a (json)');
  });

  it('fails with the overlay file, the line and /actions/N/target when a target matches nothing', async () => {
    const folder = await copyFixture('missing');
    const overlay = path.join(folder, 'overlays', '10-widget-curation.overlay.yaml');
    await writeFile(overlay, (await readFile(overlay, 'utf8')).replace('properties.color', 'properties.colour'));
    const error = await caught(() => loadSpecFolder(folder));
    expect(error.file).toBe(overlay);
    expect(error.line).toBe(6);
    expect(error.pointer).toBe('/actions/0/target');
    expect(error.detail).toBe('"$.components.schemas.CreateWidgetBody.properties.colour" matches nothing in the spec');
  });

  it('locates errors about values an overlay added in that overlay', async () => {
    const folder = await copyFixture('located');
    await writeFile(
      path.join(folder, 'overlays', '30-typo.overlay.yaml'),
      "overlay: 1.0.0\ninfo: { title: T, version: '1' }\nactions:\n  - target: $.components.schemas.CreateWidgetBody.properties\n    update:\n      size:\n        type: integr\n",
    );
    const error = await caught(() => loadSpecFolder(folder));
    expect(error.file).toBe(path.join(folder, 'overlays', '30-typo.overlay.yaml'));
    expect(error.line).toBe(7);
    expect(error.pointer).toBe('/components/schemas/CreateWidgetBody/properties/size/type');
  });
});
