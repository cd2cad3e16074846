import { describe, expect, it } from 'vitest';
import { planComponents } from '../../generator/import/convert-components.ts';
import { convertOperation, summaryFromAction } from '../../generator/import/convert-operation.ts';
import { ImportError } from '../../generator/import/errors.ts';
import { importApiDocs } from '../../generator/import/import.ts';
import { docsWith } from './support/fixtures.ts';

const fail = (ptr: string, detail: string): never => {
  throw new ImportError('t.json', ptr, detail);
};

describe('convertOperation', () => {
  it('splits the action into a summary', () => {
    expect(summaryFromAction('DescribeClusterDetail')).toBe('Describe cluster detail');
    expect(summaryFromAction('DescribeClustersV1')).toBe('Describe clusters V1');
    expect(summaryFromAction('GetACKStatus')).toBe('Get ACK status');
  });

  it('emits one path item with one method and the operation components', () => {
    const docs = docsWith({
      DeleteNodes: {
        path: '/clusters/{Id}/nodes',
        methods: ['post', 'delete'],
        deprecated: true,
        title: '删除',
        parameters: [
          { name: 'Id', in: 'path', schema: { type: 'string' } },
          { name: 'body', in: 'body', schema: { type: 'object', properties: { nodes: { type: 'array', items: { type: 'string' } } } } },
        ],
      },
    });
    const doc = convertOperation('DeleteNodes', docs.apis['DeleteNodes']!, { plan: planComponents(docs), withDescriptions: false, fail });
    const paths = doc['paths'] as Record<string, Record<string, Record<string, unknown>>>;
    expect(Object.keys(paths)).toEqual(['/clusters/{Id}/nodes']);
    expect(Object.keys(paths['/clusters/{Id}/nodes']!)).toEqual(['post']);
    const op = paths['/clusters/{Id}/nodes']!['post']!;
    expect(Object.keys(op)).toEqual(['operationId', 'summary', 'deprecated', 'parameters', 'requestBody', 'responses']);
    expect(op['operationId']).toBe('DeleteNodes');
    expect(op['summary']).toBe('Delete nodes');
    expect(op).not.toHaveProperty('x-acs-idempotent');
    expect(Object.keys((doc['components'] as Record<string, object>)['schemas']!)).toEqual(['DeleteNodesBody', 'DeleteNodesResponse']);
  });

  it('carries titles and descriptions only with withDescriptions', () => {
    const docs = docsWith({ Op: { title: '标题', description: '说明' } });
    const withProse = convertOperation('Op', docs.apis['Op']!, { plan: planComponents(docs), withDescriptions: true, fail });
    const op = (withProse['paths'] as Record<string, Record<string, Record<string, unknown>>>)['/x']!['get']!;
    expect(op['summary']).toBe('标题');
    expect(op['description']).toBe('说明');
  });

  it('rejects an unsupported method', () => {
    const docs = docsWith({ Op: { methods: ['trace'] } });
    expect(() => convertOperation('Op', docs.apis['Op']!, { plan: planComponents(docs), withDescriptions: false, fail })).toThrow('#/apis/Op/methods/0');
  });
});

describe('importApiDocs', () => {
  it('imports only the requested operations and only the components they reach', () => {
    const tagRef = { $ref: '#/components/schemas/tag' };
    const docs = docsWith(
      {
        A: { path: '/a', parameters: [{ name: 'body', in: 'body', schema: { type: 'object', properties: { t: tagRef } } }] },
        B: { path: '/b', parameters: [{ name: 'body', in: 'body', schema: { type: 'object', properties: { d: { $ref: '#/components/schemas/disk' } } } }] },
      },
      { tag: { type: 'string' }, disk: { type: 'object', properties: { tags: { type: 'array', items: tagRef } } }, unused: { type: 'string' } },
    );
    const result = importApiDocs(docs, { ops: ['B', 'B'] });
    expect(result.operations).toEqual(['B']);
    expect([...result.documents.keys()]).toEqual(['product.yaml', 'components.yaml', 'B.yaml']);
    const schemas = (result.documents.get('components.yaml')!['components'] as { schemas: object }).schemas;
    expect(Object.keys(schemas)).toEqual(['Disk', 'Tag']);
    const all = importApiDocs(docs);
    expect(Object.keys((all.documents.get('components.yaml')!['components'] as { schemas: object }).schemas)).toEqual(['Disk', 'Tag']);
  });

  it('names the unknown operation with its JSON Pointer', () => {
    const docs = docsWith({ A: {} });
    expect(() => importApiDocs(docs, { ops: ['Nope'], file: 'm.json' })).toThrow('m.json#/apis/Nope: unknown operation "Nope"');
  });

  it('rejects two operations on the same method and path', () => {
    const docs = docsWith({ A: { path: '/same' }, B: { path: '/same' } });
    expect(() => importApiDocs(docs, { file: 'm.json' })).toThrow('m.json#/apis/B/path: get /same is already used by A');
  });

  it('writes no components file when the metadata has no components', () => {
    expect([...importApiDocs(docsWith({ A: {} })).documents.keys()]).toEqual(['product.yaml', 'A.yaml']);
  });
});
