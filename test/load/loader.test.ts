import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpecFiles, loadSpecFolder, SpecError } from '../../generator/load/index.ts';
import { mergeSpecFiles } from '../../generator/load/merge.ts';
import { listSpecFiles } from '../../generator/load/list-spec-files.ts';
import { parseSpecText } from '../../generator/load/read-spec-files.ts';
import { generateToTemp, makeTempDir, removeDir, repoRoot, writeTree } from '../support/generate.ts';

const baseDir = path.join(repoRoot, 'test', 'fixtures', 'bad-specs', '_base', 'cs-2015-12-15');

const PRODUCT = `openapi: 3.1.0
info:
  title: T
  version: '1'
x-acs-product: Demo
x-acs-version: '2020-01-01'
`;

const OPERATION = `paths:
  /things:
    get:
      operationId: ListThings
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                $ref: 'components.yaml#/components/schemas/Thing'
`;

const COMPONENTS = `components:
  schemas:
    Thing:
      type: object
      properties:
        tag:
          $ref: './components.yaml#/components/schemas/Tag'
    Tag:
      type: string
`;

function caught(action: () => unknown): SpecError {
  try {
    action();
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  throw new Error('expected a SpecError');
}

async function caughtAsync(action: () => Promise<unknown>): Promise<SpecError> {
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
  tmp = await makeTempDir('loader-');
});
afterAll(async () => {
  await removeDir(tmp);
});

describe('reading files', () => {
  it('knows the line of any pointer in YAML', () => {
    const file = parseSpecText(OPERATION, 'op.yaml', 'op.yaml');
    expect(file.lineOf('/paths/~1things/get/operationId')).toBe(4);
    expect(file.lineOf('/paths/~1things/get/responses/200/content/application~1json/schema/$ref')).toBe(11);
    // A pointer that goes deeper than the file: the line of the deepest node that exists.
    expect(file.lineOf('/paths/~1things/get/parameters/3')).toBe(3);
  });

  it('knows the line of any pointer in JSON, arrays included', () => {
    const json = JSON.stringify({ paths: { '/a': { get: { operationId: 'A', tags: ['x', 'y'] } } } }, null, 2);
    const file = parseSpecText(json, 'op.json', 'op.json');
    expect(file.lineOf('/paths/~1a/get/operationId')).toBe(5);
    expect(file.lineOf('/paths/~1a/get/tags/1')).toBe(8);
  });

  it('reports YAML syntax errors with the file and line, no pointer', () => {
    const error = caught(() => parseSpecText('a: 1\nb: [\n', 'bad.yaml', 'bad.yaml'));
    expect(error.file).toBe('bad.yaml');
    expect(error.pointer).toBeUndefined();
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^bad\.yaml:3: invalid YAML\/JSON: /);
  });

  it('holds .json files to real JSON (no trailing commas), with line and column', () => {
    const error = caught(() => parseSpecText('{\n  "a": 1,\n}\n', 'x.json', 'x.json'));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/^x\.json:3: invalid JSON: .*\(column 1\)$/);
    // The same text is valid YAML flow style, so a .yaml file may hold it.
    expect(parseSpecText('{\n  "a": 1,\n}\n', 'x.yaml', 'x.yaml').data).toEqual({ a: 1 });
  });

  it('refuses duplicate keys, empty files and non-objects', () => {
    expect(caught(() => parseSpecText('a: 1\na: 2\n', 'd.yaml', 'd.yaml')).message).toMatch(/^d\.yaml:2: .*unique/);
    expect(caught(() => parseSpecText('\n  \n', 'e.yaml', 'e.yaml')).message).toContain('file is empty');
    expect(caught(() => parseSpecText('[1, 2]', 'l.json', 'l.json')).message).toContain('found an array');
    expect(caught(() => parseSpecText('42', 'n.json', 'n.json')).message).toContain('found a number');
  });

  it('keeps __proto__ as an ordinary own key', () => {
    const file = parseSpecText('components:\n  schemas:\n    __proto__:\n      polluted: true\n', 'p.yaml', 'p.yaml');
    const schemas = (file.data.components as { schemas: object }).schemas;
    expect(Object.keys(schemas)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('merging partial documents', () => {
  const file = (name: string, text: string) => parseSpecText(text, name, name);

  it('merges paths by path and method and components by name', () => {
    const merged = mergeSpecFiles([
      file('product.yaml', PRODUCT),
      file('a.yaml', 'paths:\n  /x:\n    get:\n      operationId: A\n'),
      file('b.yaml', 'paths:\n  /x:\n    post:\n      operationId: B\ncomponents:\n  schemas:\n    S:\n      type: string\n'),
    ]);
    expect(Object.keys((merged.document.paths as Record<string, object>)['/x']!)).toEqual(['get', 'post']);
    expect(merged.locate('/paths/~1x/post/operationId')).toEqual({ file: 'b.yaml', line: 4 });
    expect(merged.locate('/paths/~1x/get')).toEqual({ file: 'a.yaml', line: 3 });
    expect(merged.locate('/info/title')).toEqual({ file: 'product.yaml', line: 3 });
  });

  it.each([
    ['the same component', 'components:\n  schemas:\n    S:\n      type: string\n', '/components/schemas/S', 3],
    ['the same path and method', 'paths:\n  /x:\n    get:\n      operationId: C\n', '/paths/~1x/get', 3],
    ['the same product-level field', 'x-acs-product: Other\n', '/x-acs-product', 1],
    ['a second info object', 'info:\n  title: U\n  version: "2"\n', '/info', 1],
  ])('names both files when two define %s', (_what, text, pointer, line) => {
    const error = caught(() =>
      mergeSpecFiles([
        file('product.yaml', PRODUCT),
        file('a.yaml', 'paths:\n  /x:\n    get:\n      operationId: A\ncomponents:\n  schemas:\n    S:\n      type: string\n'),
        file('z.yaml', text),
      ]),
    );
    expect(error.file).toBe('z.yaml');
    expect(error.pointer).toBe(pointer);
    expect(error.line).toBe(line);
    expect(error.detail).toMatch(/^also defined in (a|product)\.yaml$/);
  });

  it('refuses unknown root fields and Swagger 2.0 by name', () => {
    expect(caught(() => mergeSpecFiles([file('a.yaml', 'definitions: {}\n')])).message).toBe('a.yaml:1: /definitions: unknown OpenAPI root field "definitions"');
    expect(caught(() => mergeSpecFiles([file('a.yaml', "swagger: '2.0'\n")])).detail).toContain('Swagger 2.0 is not supported');
  });

  it('never writes into Object.prototype, whatever the keys', () => {
    const merged = mergeSpecFiles([
      file('a.yaml', 'components:\n  __proto__:\n    polluted: { type: string }\n  schemas:\n    __proto__: { type: string }\n    constructor: { type: integer }\n'),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const components = merged.document.components as Record<string, Record<string, unknown>>;
    expect(Object.keys(components)).toEqual(['__proto__', 'schemas']);
    expect(Object.keys(components.schemas!)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(components.schemas)).toBe(Object.prototype);
  });
});

describe('loading a folder', () => {
  it('resolves references into sibling files as internal references', async () => {
    const dir = await writeTree(path.join(tmp, 'siblings'), { 'product.yaml': PRODUCT, 'ListThings.yaml': OPERATION, 'components.yaml': COMPONENTS });
    const merged = await loadSpecFolder(dir);
    const doc = merged.document as {
      paths: Record<string, { get: { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> } }>;
      components: { schemas: { Thing: { properties: { tag: { $ref: string } } } } };
    };
    expect(doc.paths['/things']!.get.responses['200']!.content['application/json']!.schema.$ref).toBe('#/components/schemas/Thing');
    expect(doc.components.schemas.Thing.properties.tag.$ref).toBe('#/components/schemas/Tag');
  });

  it('refuses a reference into a file that is not in the folder, at the line of the $ref', async () => {
    const dir = await writeTree(path.join(tmp, 'outside'), {
      'product.yaml': PRODUCT,
      'ListThings.yaml': OPERATION.replace('components.yaml#', 'other.yaml#'),
      'components.yaml': COMPONENTS,
    });
    const error = await caughtAsync(() => loadSpecFolder(dir));
    expect(error.file).toBe(path.join(dir, 'ListThings.yaml'));
    expect(error.line).toBe(11);
    expect(error.detail).toContain('unsupported $ref "other.yaml#/components/schemas/Thing"');
  });

  it('gives the same document whatever order the files are listed in', async () => {
    const dir = await writeTree(path.join(tmp, 'order'), {
      'product.yaml': PRODUCT,
      'ListThings.yaml': OPERATION,
      'components.yaml': COMPONENTS,
      'Zeta.yaml': "paths:\n  /zeta:\n    delete:\n      operationId: DeleteZeta\n      responses:\n        '204':\n          description: Gone\ncomponents:\n  schemas:\n    Zeta:\n      type: string\n",
    });
    const paths = await listSpecFiles(dir);
    const forward = await loadSpecFiles(paths);
    const backward = await loadSpecFiles([...paths].reverse());
    const shuffled = await loadSpecFiles([paths[2]!, paths[0]!, paths[3]!, paths[1]!]);
    expect(JSON.stringify(backward.document)).toBe(JSON.stringify(forward.document));
    expect(JSON.stringify(shuffled.document)).toBe(JSON.stringify(forward.document));
  });

  it('reports the same conflict whatever order the files are listed in', async () => {
    const dir = await writeTree(path.join(tmp, 'conflict-order'), {
      'product.yaml': PRODUCT,
      'a.yaml': 'components:\n  schemas:\n    S:\n      type: string\n',
      'b.yaml': 'components:\n  schemas:\n    S:\n      type: integer\n',
    });
    const paths = await listSpecFiles(dir);
    const forward = await caughtAsync(() => loadSpecFiles(paths));
    const backward = await caughtAsync(() => loadSpecFiles([...paths].reverse()));
    expect(backward.message).toBe(forward.message);
    expect(forward.message).toContain(`also defined in ${path.join(dir, 'a.yaml')}`);
  });

  it('loads a single bundled file (a generated openapi.json) into the same document as its folder', async () => {
    const generated = await generateToTemp(baseDir);
    try {
      const bundledPath = path.join(generated.packageDir, 'openapi.json');
      const fromBundle = await loadSpecFiles([bundledPath]);
      const fromFolder = await loadSpecFolder(baseDir);
      expect(fromBundle.document).toEqual(fromFolder.document);
      // An error in a bundled file points into that file.
      const broken = (await readFile(bundledPath, 'utf8')).replace('"operationId": "CreateWidget"', '"operationId": "Create Widget"');
      const brokenPath = path.join(tmp, 'openapi.json');
      await writeTree(tmp, { 'openapi.json': broken });
      const error = await caughtAsync(() => loadSpecFiles([brokenPath]));
      expect(error.file).toBe(brokenPath);
      expect(error.pointer).toBe('/paths/~1regions~1{RegionId}~1widgets/post/operationId');
      expect(broken.split('\n')[error.line! - 1]).toContain('"operationId": "Create Widget"');
    } finally {
      await removeDir(generated.outDir);
    }
  });
});
