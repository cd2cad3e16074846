import { describe, expect, it } from 'vitest';
import type { AliApi, AliParameter } from '../../generator/import/api-docs.ts';
import { convertRequest, pathVariables, styleKeywords } from '../../generator/import/convert-parameters.ts';
import type { SchemaContext } from '../../generator/import/convert-schema.ts';
import { ImportError } from '../../generator/import/errors.ts';

const ctx: SchemaContext = {
  flavour: 'request',
  withDescriptions: false,
  refName: (original) => original.toUpperCase(),
  fail: (ptr, detail) => {
    throw new ImportError('t.json', ptr, detail);
  },
};
const api = (parameters: AliParameter[], path = '/things/{Id}'): AliApi => ({ path, methods: ['post'], parameters });
const idParam: AliParameter = { name: 'Id', in: 'path', schema: { type: 'string', required: true } };

describe('styleKeywords', () => {
  const p = (style: string | undefined, type = 'array', where: AliParameter['in'] = 'query'): AliParameter => ({
    name: 'p',
    in: where,
    ...(style !== undefined ? { style } : {}),
    schema: { type },
  });
  it('maps Alibaba styles to OpenAPI serialisation', () => {
    expect(styleKeywords(p('json'))).toEqual([['x-acs-style', 'json']]);
    expect(styleKeywords(p('repeatList'))).toEqual([
      ['style', 'form'],
      ['explode', true],
    ]);
    expect(styleKeywords(p('simple'))).toEqual([
      ['style', 'form'],
      ['explode', false],
    ]);
    expect(styleKeywords(p('simple', 'string', 'path'))).toEqual([]);
    expect(styleKeywords(p('flat', 'object'))).toEqual([['x-acs-style', 'flat']]);
    expect(styleKeywords(p(undefined))).toEqual([]);
  });
});

describe('convertRequest', () => {
  it('lists path placeholders', () => {
    expect(pathVariables('/a/{X}/b/{y_z}')).toEqual(['X', 'y_z']);
  });

  it('makes path parameters required and carries query requiredness from the schema', () => {
    const out = convertRequest('Op', api([
      { name: 'Id', in: 'path', schema: { type: 'string' } },
      { name: 'q', in: 'query', schema: { type: 'string', required: true, docRequired: false } },
      { name: 'r', in: 'query', schema: { type: 'integer', maximum: '5', deprecated: true } },
    ]), ctx);
    expect(out.parameters).toEqual([
      { name: 'Id', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'q', in: 'query', required: true, schema: { type: 'string' } },
      { name: 'r', in: 'query', deprecated: true, schema: { type: 'integer', maximum: 5 } },
    ]);
    expect(out.requestBody).toBeUndefined();
  });

  it('adds a required string parameter for a placeholder the metadata does not declare', () => {
    const out = convertRequest('Op', api([], '/things/{Id}'), ctx);
    expect(out.parameters).toEqual([{ name: 'Id', in: 'path', required: true, schema: { type: 'string' } }]);
  });

  it('rejects a path parameter that is not in the path', () => {
    expect(() => convertRequest('Op', api([{ name: 'Other', in: 'path', schema: { type: 'string' } }]), ctx)).toThrow(
      't.json#/apis/Op/path: path parameter "Other" does not appear in the path',
    );
  });

  it('uses the parameter named body as the JSON body, registered as <Action>Body', () => {
    const out = convertRequest('Op', api([idParam, { name: 'body', in: 'body', style: 'json', schema: { type: 'object', properties: { a: { type: 'string', required: true } } } }]), ctx);
    expect(out.requestBody).toEqual({ required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/OpBody' } } } });
    expect(out.bodyComponent).toEqual({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: false });
  });

  it('leaves the body optional when neither it nor its members are required', () => {
    const out = convertRequest('Op', api([idParam, { name: 'body', in: 'body', schema: { type: 'object', properties: { a: { type: 'string' } } } }]), ctx);
    expect(out.requestBody).not.toHaveProperty('required');
  });

  it('references a named component directly when the body is a plain $ref', () => {
    const out = convertRequest('Op', api([idParam, { name: 'body', in: 'body', schema: { $ref: '#/components/schemas/spec' } }]), ctx);
    expect(out.requestBody).toEqual({ content: { 'application/json': { schema: { $ref: '#/components/schemas/SPEC' } } } });
    expect(out.bodyComponent).toBeUndefined();
  });

  it('sends a lone non-object body parameter as the body itself', () => {
    const out = convertRequest('Op', api([idParam, { name: 'addons', in: 'body', style: 'json', schema: { type: 'array', items: { type: 'string' } } }]), ctx);
    expect(out.bodyComponent).toEqual({ type: 'array', items: { type: 'string' } });
  });

  it('joins other body and formData parameters into a closed body object under their wire names', () => {
    const json = convertRequest('Op', api([idParam, { name: 'display_name', in: 'body', schema: { type: 'string', required: true } }, { name: 'n', in: 'body', schema: { type: 'integer' } }]), ctx);
    expect(json.bodyComponent).toEqual({
      type: 'object',
      properties: { display_name: { type: 'string' }, n: { type: 'integer' } },
      required: ['display_name'],
      additionalProperties: false,
    });
    const form = convertRequest('Op', api([idParam, { name: 'ids', in: 'formData', schema: { type: 'string' } }]), ctx);
    expect(Object.keys(form.requestBody!['content'] as object)).toEqual(['application/x-www-form-urlencoded']);
    expect(form.bodyComponent).toEqual({ type: 'object', properties: { ids: { type: 'string' } }, additionalProperties: false });
  });

  it('keeps body parameters named __proto__ or constructor as own body properties', () => {
    const out = convertRequest('Op', api([idParam, { name: '__proto__', in: 'body', schema: { type: 'string', required: true } }, { name: 'constructor', in: 'body', schema: { type: 'integer' } }]), ctx);
    const properties = out.bodyComponent!['properties'] as Record<string, unknown>;
    expect(Object.keys(properties)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(properties, '__proto__')?.value).toEqual({ type: 'string' });
    expect(out.bodyComponent!['required']).toEqual(['__proto__']);
  });

  it('carries a deprecation reason from the vintage merge to the parameter', () => {
    const reason = 'in the 2024-06 metadata, absent from 2025-12';
    const out = convertRequest('Op', api([idParam, { name: 'q', in: 'query', schema: { type: 'string', deprecated: true, 'x-acs-deprecated-reason': reason } }]), ctx);
    expect(out.parameters.find((p) => p['name'] === 'q')).toEqual({ name: 'q', in: 'query', deprecated: true, 'x-acs-deprecated-reason': reason, schema: { type: 'string' } });
  });

  it('merges extra body parameters into the named body object', () => {
    const out = convertRequest('Op', api([idParam, { name: 'body', in: 'body', schema: { type: 'object', properties: { a: { type: 'string' } } } }, { name: 'b', in: 'body', schema: { type: 'string', required: true } }]), ctx);
    expect(out.bodyComponent).toEqual({ type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } }, required: ['b'], additionalProperties: false });
  });

  it('marks a flat body with x-acs-style', () => {
    const out = convertRequest('Op', api([idParam, { name: 'body', in: 'body', style: 'flat', schema: { type: 'object', properties: { a: { type: 'string' } } } }]), ctx);
    expect(out.requestBody!['x-acs-style']).toBe('flat');
  });

  it('rejects duplicate parameters', () => {
    expect(() => convertRequest('Op', api([idParam, { name: 'q', in: 'query', schema: {} }, { name: 'q', in: 'query', schema: {} }]), ctx)).toThrow('#/apis/Op/parameters/2: duplicate query parameter "q"');
  });
});
