import { describe, expect, it } from 'vitest';
import type { AliApi } from '../../generator/import/api-docs.ts';
import { compareStatus, convertResponses, ERROR_RESPONSE_REF } from '../../generator/import/convert-responses.ts';
import type { SchemaContext } from '../../generator/import/convert-schema.ts';
import { ImportError } from '../../generator/import/errors.ts';

const ctx: SchemaContext = {
  flavour: 'response',
  withDescriptions: false,
  refName: (original) => `${original}Output`,
  fail: (ptr, detail) => {
    throw new ImportError('t.json', ptr, detail);
  },
};
const api = (responses?: AliApi['responses']): AliApi => ({ path: '/x', methods: ['get'], parameters: [], ...(responses ? { responses } : {}) });
const success = (name: string) => ({ description: 'Success', content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } });

describe('convertResponses', () => {
  it('orders statuses with default last', () => {
    expect(['default', '5XX', '200', '4XX', '202'].sort(compareStatus)).toEqual(['200', '202', '4XX', '5XX', 'default']);
  });

  it('names the 2xx schema <Action>Response, keeps it open, and maps error statuses to the shared Error response', () => {
    const out = convertResponses('Op', api({ '200': { schema: { type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'string' } } } } } }, '5XX': {} }), ctx);
    expect(out.responses).toEqual({ '200': success('OpResponse'), '5XX': { $ref: ERROR_RESPONSE_REF }, default: { $ref: ERROR_RESPONSE_REF } });
    expect(out.responseComponent).toEqual({ type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'string' } } } } });
  });

  it('reads an object whose only property is `body` as that body (the metadata wraps array bodies so)', () => {
    const array = { type: 'array', items: { type: 'object', properties: { msg: { type: 'string' } } } };
    const out = convertResponses('Op', api({ '200': { schema: { type: 'object', properties: { body: array } } } }), ctx);
    expect(out.responseComponent).toEqual({ type: 'array', items: { type: 'object', properties: { msg: { type: 'string' } } } });
  });

  it('keeps a 202 as the success status', () => {
    const out = convertResponses('Op', api({ '202': { schema: { type: 'object', properties: { requestId: { type: 'string' } } } } }), ctx);
    expect(Object.keys(out.responses)).toEqual(['202', 'default']);
  });

  it('gives an operation without responses an open-object 200', () => {
    const out = convertResponses('Op', api(), ctx);
    expect(out.responses).toEqual({ '200': success('OpResponse'), default: { $ref: ERROR_RESPONSE_REF } });
    expect(out.responseComponent).toEqual({ type: 'object' });
  });

  it('rewrites refs in response schemas to the response flavour', () => {
    const out = convertResponses('Op', api({ '200': { schema: { $ref: '#/components/schemas/tag' } } }), ctx);
    expect(out.responseComponent).toEqual({ $ref: '#/components/schemas/tagOutput' });
  });

  it('inlines the schema of a second 2xx response', () => {
    const out = convertResponses('Op', api({ '200': {}, '201': { schema: { type: 'string' } } }), ctx);
    expect(out.responses['201']).toEqual({ description: 'Success', content: { 'application/json': { schema: { type: 'string' } } } });
  });
});
