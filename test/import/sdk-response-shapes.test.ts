import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
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
import { docsWith, metadataDir } from './support/fixtures.ts';

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
    expect(() => modelSchema('constructor', new Map())).toThrow('unsupported model type "constructor"');
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
