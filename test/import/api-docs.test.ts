import { describe, expect, it } from 'vitest';
import { parseApiDocs, readApiDocs } from '../../generator/import/api-docs.ts';
import { miniFile } from './support/fixtures.ts';

const valid = {
  info: { product: 'X', version: '2020-01-01', style: 'ROA' },
  components: { schemas: {} },
  apis: { Op: { path: '/p', methods: ['get'], parameters: [] } },
  endpoints: [],
};
const parse = (value: unknown) => parseApiDocs(JSON.stringify(value), 'f.json');

describe('api-docs input checks', () => {
  it('reads the mini fixture', () => {
    expect(Object.keys(readApiDocs(miniFile).apis)).toContain('CreateWidget');
  });

  it('names the file for an unreadable file and for non-JSON', () => {
    expect(() => readApiDocs('/nonexistent/x.json')).toThrow('/nonexistent/x.json#: cannot read file (ENOENT)');
    expect(() => parseApiDocs('{oops', 'f.json')).toThrow(/^f\.json#: not JSON/);
  });

  it('rejects documents that are not api-docs metadata, with a JSON Pointer', () => {
    expect(() => parse([])).toThrow('f.json#: not api-docs metadata');
    expect(() => parse({ ...valid, info: undefined })).toThrow('f.json#/info: not api-docs metadata');
    expect(() => parse({ ...valid, apis: undefined })).toThrow('f.json#/apis: not api-docs metadata');
    expect(() => parse({ ...valid, info: { ...valid.info, style: 'SOAP' } })).toThrow('f.json#/info/style');
    expect(() => parse({ ...valid, apis: { Op: { path: 'p', methods: ['get'] } } })).toThrow('f.json#/apis/Op/path');
    expect(() => parse({ ...valid, apis: { Op: { path: '/p', methods: [] } } })).toThrow('f.json#/apis/Op/methods');
    expect(() => parse({ ...valid, apis: { Op: { path: '/p', methods: ['get'], parameters: [{ name: 'a', in: 'cookie', schema: {} }] } } })).toThrow(
      'f.json#/apis/Op/parameters/0/in: unsupported parameter location "cookie"',
    );
    expect(() => parse({ ...valid, apis: { Op: { path: '/p', methods: ['get'], parameters: [{ name: 'a', in: 'query', schema: { properties: { 'x/y': { items: 5 } } } }] } } })).toThrow(
      'f.json#/apis/Op/parameters/0/schema/properties/x~1y/items: expected a schema object',
    );
    expect(() => parse({ ...valid, apis: { Op: { path: '/p', methods: ['get'], responses: { ok: {} } } } })).toThrow('f.json#/apis/Op/responses/ok');
    expect(() => parse({ ...valid, components: { schemas: { a: { $ref: 'http://elsewhere' } } } })).toThrow('f.json#/components/schemas/a/$ref');
    expect(() => parse({ ...valid, endpoints: [{ regionId: 1 }] })).toThrow('f.json#/endpoints/0');
    const twice = { regionId: 'r', endpoint: 'h' };
    expect(() => parse({ ...valid, endpoints: [twice, twice] })).toThrow('f.json#/endpoints/1/regionId: region "r" is listed twice');
    expect(() => parse({ ...valid, info: { ...valid.info, product: '../x' } })).toThrow('f.json#/info/product');
  });

  it('defaults missing parameters to none', () => {
    expect(parse({ ...valid, apis: { Op: { path: '/p', methods: ['get'] } } }).apis['Op']!.parameters).toEqual([]);
  });
});
