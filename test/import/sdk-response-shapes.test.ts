import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../generator/import/cli.ts';
import { extractShapes } from '../../generator/import/extract-sdk-shapes.ts';
import {
  checkResponseShapes,
  fillResponses,
  modelSchema,
  responseShapesOf,
  SHAPES_KIND,
  type ModelClass,
  type ResponseShapes,
} from '../../generator/import/sdk-response-shapes.ts';
import { docsWith, metadataDir, miniFile } from './support/fixtures.ts';

/** A stand-in for one of the official SDK's model classes: wire names and types, as `$dara.Model` subclasses state them. */
function model(name: string, fields: Record<string, [wireName: string, type: unknown]>): ModelClass {
  const names = Object.fromEntries(Object.entries(fields).map(([field, [wireName]]) => [field, wireName]));
  const types = Object.fromEntries(Object.entries(fields).map(([field, [, type]]) => [field, type]));
  const cls = Object.assign(function () {}, { names: () => names, types: () => types });
  return Object.defineProperty(cls, 'name', { value: name }) as unknown as ModelClass;
}

describe('model classes → api-docs schemas', () => {
  const Tag = model('Tag', { key: ['key', 'string'], value: ['value', 'string'] });
  const Item = model('ListThingsResponseBodyItems', { id: ['item_id', 'string'], size: ['size', 'number'], tags: ['tags', { type: 'array', itemType: Tag }] });
  const Body = model('ListThingsResponseBody', {
    items: ['items', { type: 'array', itemType: Item }],
    labels: ['labels', { type: 'map', keyType: 'string', valueType: 'any' }],
    ok: ['ok', 'boolean'],
  });

  it('writes wire names and types, inlines the operation\'s own classes and refers to shared metadata components', () => {
    expect(modelSchema(Body, new Map([['tag', 'tag']]))).toEqual({
      type: 'object',
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            properties: { item_id: { type: 'string' }, size: { type: 'number' }, tags: { type: 'array', items: { $ref: '#/components/schemas/tag' } } },
          },
        },
        labels: { type: 'object', additionalProperties: {} },
        ok: { type: 'boolean' },
      },
    });
  });

  it('inlines a shared class the metadata has no component for, and stops at a class nested in itself', () => {
    const Node = model('Node', { name: ['name', 'string'] });
    const self = Node.types() as Record<string, unknown>;
    self['parent'] = Node;
    (Node.names() as Record<string, string>)['parent'] = 'parent';
    expect(modelSchema(Node, new Map())).toEqual({ type: 'object', properties: { name: { type: 'string' }, parent: {} } });
  });

  it('refuses a type it does not know rather than guessing', () => {
    expect(() => modelSchema('Readable', new Map())).toThrow('unsupported model type "Readable"');
  });

  it('takes the body of each asked <Action>Response (any case), leaving out bodiless and fieldless ones', () => {
    const models = {
      ListThingsV1response: model('', { headers: ['headers', { type: 'map', keyType: 'string', valueType: 'string' }], body: ['body', Body] }),
      DeleteThingResponse: model('', { headers: ['headers', 'any'], statusCode: ['statusCode', 'number'] }),
      EmptyThingResponse: model('', { body: ['body', model('EmptyThingResponseBody', {})] }),
      GetScriptResponse: model('', { body: ['body', 'string'] }),
      NotAskedResponse: model('', { body: ['body', Body] }),
      notAModel: 42,
    };
    const shapes = responseShapesOf(models, ['ListThingsV1', 'DeleteThing', 'EmptyThing', 'GetScript', 'Missing'], ['tag']);
    expect(Object.keys(shapes)).toEqual(['GetScript', 'ListThingsV1']);
    expect(shapes['GetScript']).toEqual({ type: 'string' });
  });
});

describe('filling responses the metadata leaves without a schema', () => {
  const shapes = (responses: ResponseShapes['responses'], info = { product: 'Demo', version: '2021-02-03' }): ResponseShapes => ({
    kind: SHAPES_KIND,
    source: 'demo-sdk@1.0.0',
    info,
    responses,
  });
  const docs = docsWith({
    Described: { responses: { '200': { schema: { type: 'object', properties: { a: { type: 'string' } } } } } },
    Bare: { responses: { '202': {} } },
    Silent: {},
  });

  it('fills only operations without a success schema, at their own success status, and names them', () => {
    const result = fillResponses(docs, shapes({ Described: { type: 'string' }, Bare: { type: 'integer' }, Silent: { type: 'boolean' }, Unknown: {} }), 's.json');
    expect(result.filled).toEqual(['Bare', 'Silent']);
    expect(result.docs.apis['Described']!.responses).toEqual(docs.apis['Described']!.responses);
    expect(result.docs.apis['Bare']!.responses).toEqual({ '202': { schema: { type: 'integer' } } });
    expect(result.docs.apis['Silent']!.responses).toEqual({ '200': { schema: { type: 'boolean' } } });
    expect(result.docs.apis).not.toHaveProperty('Unknown');
  });

  it('refuses a snapshot of another product or version, and a malformed one, with file and pointer', () => {
    expect(() => fillResponses(docs, shapes({}, { product: 'Other', version: '2021-02-03' }), 's.json')).toThrow(
      's.json#/info: describes Other 2021-02-03, while the metadata describes Demo 2021-02-03',
    );
    expect(() => checkResponseShapes({ kind: SHAPES_KIND, source: 'x', info: { product: 'Demo', version: '1' }, responses: { A: 3 } }, 's.json')).toThrow(
      's.json#/responses/A: expected a schema object',
    );
    expect(() => checkResponseShapes({ kind: SHAPES_KIND, source: '', info: {}, responses: {} }, 's.json')).toThrow('s.json#/source: expected a non-empty string');
  });
});

describe('the committed snapshot of the official SDK', () => {
  it('is what extracting from the installed @alicloud/cs20151215 gives today', () => {
    const committed = JSON.parse(readFileSync(path.join(metadataDir, 'cs-2015-12-15.sdk-response-shapes.json'), 'utf8')) as ResponseShapes;
    const fresh = extractShapes([metadataDir], '@alicloud/cs20151215');
    expect(fresh).toEqual(committed);
    expect(Object.keys(committed.responses)).toHaveLength(20);
    expect(committed.responses['DescribeClustersForRegion']).toMatchObject({
      properties: { clusters: { type: 'array' }, page_info: { properties: { total_count: { type: 'number' } } } },
    });
  });
});

describe('import CLI with a response-shapes file', () => {
  let work: string;
  let stdout: string[];
  let stderr: string[];
  beforeEach(() => {
    work = mkdtempSync(path.join(os.tmpdir(), 'import-shapes-'));
    stdout = [];
    stderr = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void stdout.push(args.join(' ')));
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void stderr.push(args.join(' ')));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(work, { recursive: true, force: true });
  });

  const writeShapes = (responses: ResponseShapes['responses']): string => {
    const mini = JSON.parse(readFileSync(miniFile, 'utf8')) as { info: { product: string; version: string } };
    const file = path.join(work, 'meta', 'mini.sdk-response-shapes.json');
    writeFileSync(file, JSON.stringify({ kind: SHAPES_KIND, source: 'mini-sdk@1.0.0', info: { product: mini.info.product, version: mini.info.version }, responses }));
    return file;
  };
  const operationWithout = (): string => {
    const mini = JSON.parse(readFileSync(miniFile, 'utf8')) as { apis: Record<string, { responses?: Record<string, { schema?: unknown }> }> };
    const action = Object.entries(mini.apis).find(([, api]) => !Object.entries(api.responses ?? {}).some(([s, r]) => /^2/.test(s) && r.schema !== undefined));
    if (action === undefined) throw new Error('the mini fixture has no operation without a response schema');
    return action[0];
  };

  it('reads the snapshot from the metadata folder and types the response it fills', async () => {
    const action = operationWithout();
    const meta = path.join(work, 'meta');
    mkdirSync(meta);
    copyFileSync(miniFile, path.join(meta, 'mini.api-docs.json'));
    writeShapes({ [action]: { type: 'object', properties: { task_id: { type: 'string' } } } });
    expect(await main(['--from', meta, '--all', '--out', path.join(work, 'spec')])).toBe(0);
    expect(stdout).toContain(`  responses of 1 operations without a schema in the api-docs taken from mini.sdk-response-shapes.json`);
    const [folder] = readdirSync(path.join(work, 'spec'));
    const document = parseYaml(readFileSync(path.join(work, 'spec', folder!, `${action}.yaml`), 'utf8')) as {
      components: { schemas: Record<string, unknown> };
    };
    expect(document.components.schemas[`${action}Response`]).toEqual({ type: 'object', properties: { task_id: { type: 'string' } } });
  });

  it('refuses a snapshot given without any api-docs file', async () => {
    mkdirSync(path.join(work, 'meta'));
    const file = writeShapes({});
    expect(await main(['--from', file, '--all', '--out', path.join(work, 'spec')])).toBe(1);
    expect(stderr).toEqual([`import: ${file}#: no api-docs metadata given: response shapes only fill in what an api-docs file describes`]);
  });
});
