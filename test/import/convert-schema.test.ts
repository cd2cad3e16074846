import { describe, expect, it } from 'vitest';
import type { AliSchema } from '../../generator/import/api-docs.ts';
import { coerceValue, containsProse, convertSchema, toNumber, type Flavour, type SchemaContext } from '../../generator/import/convert-schema.ts';
import { ImportError } from '../../generator/import/errors.ts';

function context(flavour: Flavour = 'request', withDescriptions = false): SchemaContext {
  return {
    flavour,
    withDescriptions,
    refName: (original) => `Renamed_${original}`,
    fail: (ptr, detail) => {
      throw new ImportError('t.json', ptr, detail);
    },
  };
}
const convert = (schema: AliSchema, flavour: Flavour = 'request', withDescriptions = false) =>
  convertSchema(schema, context(flavour, withDescriptions), '/s');

describe('property names that are Object.prototype members', () => {
  it('keeps __proto__, constructor and prototype as own properties, and in required', () => {
    const properties = JSON.parse('{"__proto__": {"type": "string", "required": true}, "constructor": {"type": "integer"}, "prototype": {"type": "boolean"}}');
    const converted = convert({ type: 'object', properties });
    const out = converted['properties'] as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toEqual({ type: 'string' });
    expect(out['constructor']).toEqual({ type: 'integer' });
    expect(converted['required']).toEqual(['__proto__']);
  });
});

describe('coerceValue / toNumber', () => {
  it('turns numeric strings into numbers and rejects non-numbers', () => {
    expect(toNumber('100')).toBe(100);
    expect(toNumber(' 0.5 ')).toBe(0.5);
    expect(toNumber('abc')).toBeUndefined();
    expect(toNumber('')).toBeUndefined();
  });
  it('coerces by type', () => {
    expect(coerceValue('10', 'integer')).toBe(10);
    expect(coerceValue('1.5', 'integer')).toBeUndefined();
    expect(coerceValue('99999999999999999999', 'integer')).toBeUndefined();
    expect(coerceValue('1.5', 'number')).toBe(1.5);
    expect(coerceValue('true', 'boolean')).toBe(true);
    expect(coerceValue('no', 'boolean')).toBeUndefined();
    expect(coerceValue(5, 'string')).toBe('5');
    expect(coerceValue('["a"]', 'array')).toEqual(['a']);
    expect(coerceValue('{"a":1}', 'array')).toBeUndefined();
    expect(coerceValue('{"a":1}', 'object')).toEqual({ a: 1 });
    expect(coerceValue('plain', 'object')).toBeUndefined();
    expect(coerceValue('anything', undefined)).toBe('anything');
  });
  it('recognises CJK prose', () => {
    expect(containsProse('集群')).toBe(true);
    expect(containsProse({ a: ['x（y）'] })).toBe(true);
    expect(containsProse('cluster-demo')).toBe(false);
  });
});

describe('convertSchema', () => {
  it('moves property-level required flags into the parent required array, ignoring docRequired', () => {
    const out = convert({
      type: 'object',
      properties: {
        a: { type: 'string', required: true },
        b: { type: 'string', required: false, docRequired: true },
        c: { $ref: '#/components/schemas/tag', required: true },
      },
    });
    expect(out['required']).toEqual(['a', 'c']);
    expect(out['properties']).toEqual({ a: { type: 'string' }, b: { type: 'string' }, c: { $ref: '#/components/schemas/Renamed_tag' } });
  });

  it('converts string bounds and defaults to numbers and booleans', () => {
    expect(convert({ type: 'integer', format: 'int64', maximum: '100', minimum: '1', default: '10', exclusiveMinimum: '0' })).toEqual({
      type: 'integer',
      format: 'int64',
      default: 10,
      minimum: 1,
      exclusiveMinimum: 0,
      maximum: 100,
    });
    expect(convert({ type: 'boolean', default: 'false' })).toEqual({ type: 'boolean', default: false });
    expect(convert({ type: 'string', maxLength: '63', minLength: 1, pattern: '^a' })).toEqual({ type: 'string', minLength: 1, maxLength: 63, pattern: '^a' });
    expect(convert({ type: 'array', maxItems: 8, minItems: '1', items: { type: 'string' } })).toEqual({
      type: 'array',
      minItems: 1,
      maxItems: 8,
      items: { type: 'string' },
    });
  });

  it('rejects a bound that is not a number, naming the pointer', () => {
    expect(() => convert({ type: 'integer', maximum: 'lots' })).toThrow('t.json#/s/maximum: expected a number');
    expect(() => convert({ type: 'boolean', default: 'maybe' })).toThrow('t.json#/s/default');
  });

  it('keeps enum values (coerced to the type), drops empty enums and the titles prose', () => {
    expect(convert({ type: 'string', enum: ['a', 'b'], enumValueTitles: { a: '甲', b: '乙' } })).toEqual({ type: 'string', enum: ['a', 'b'] });
    expect(convert({ type: 'integer', enum: ['1', '2'] })).toEqual({ type: 'integer', enum: [1, 2] });
    expect(convert({ type: 'string', enum: [], enumValueTitles: {} })).toEqual({ type: 'string' });
  });

  it('turns enumValueTitles without an enum into an open list', () => {
    expect(convert({ type: 'string', enumValueTitles: { x: '某', y: '另' } }, 'response')).toEqual({ type: 'string', 'x-extensible-enum': ['x', 'y'] });
    expect(convert({ type: 'integer', enumValueTitles: { '0': '零', '1': '一' } }, 'response')).toEqual({ type: 'integer' });
  });

  it('maps type any and a missing type to an unconstrained schema', () => {
    expect(convert({ type: 'any' })).toEqual({});
    expect(convert({ description: 'x' })).toEqual({});
    expect(() => convert({ type: 'map' })).toThrow('#/s/type: unsupported type "map"');
  });

  it('keeps numeric formats and rejects ones that do not fit the type', () => {
    expect(convert({ type: 'integer', format: 'int32' })).toEqual({ type: 'integer', format: 'int32' });
    expect(convert({ type: 'number', format: 'double' })).toEqual({ type: 'number', format: 'double' });
    expect(() => convert({ type: 'integer', format: 'float' })).toThrow('#/s/format');
  });

  it('turns example into examples parsed to the type, dropping ones that do not fit or are prose', () => {
    expect(convert({ type: 'integer', example: '40' })).toEqual({ type: 'integer', examples: [40] });
    expect(convert({ type: 'boolean', example: 'true' })).toEqual({ type: 'boolean', examples: [true] });
    expect(convert({ type: 'array', items: { type: 'string' }, example: '["a"]' })['examples']).toEqual([['a']]);
    expect(convert({ type: 'array', example: 'ecs.n4.large' })['examples']).toBeUndefined();
    expect(convert({ type: 'string', enum: ['a'], example: 'b' })['examples']).toBeUndefined();
    expect(convert({ type: 'string', example: '示例' })['examples']).toBeUndefined();
    expect(convert({ type: 'string', example: '示例' }, 'request', true)['examples']).toEqual(['示例']);
  });

  it('closes request objects and leaves response objects open', () => {
    const schema: AliSchema = { type: 'object', properties: { inner: { type: 'object', properties: { a: { type: 'string' } } } } };
    const request = convert(schema, 'request');
    expect(request['additionalProperties']).toBe(false);
    expect((request['properties'] as Record<string, Record<string, unknown>>)['inner']!['additionalProperties']).toBe(false);
    const response = convert(schema, 'response');
    expect(response).not.toHaveProperty('additionalProperties');
    expect(JSON.stringify(response)).not.toContain('additionalProperties');
  });

  it('keeps declared maps and leaves property-less objects free-form', () => {
    expect(convert({ type: 'object', additionalProperties: { type: 'string' } })).toEqual({ type: 'object', additionalProperties: { type: 'string' } });
    expect(convert({ type: 'object', additionalProperties: { type: 'any' } })).toEqual({ type: 'object', additionalProperties: {} });
    expect(convert({ type: 'object' })).toEqual({ type: 'object' });
  });

  it('keeps deprecated, drops index/itemName and prose unless asked', () => {
    expect(convert({ type: 'string', deprecated: true, index: 200, itemName: 'x', title: '标题' })).toEqual({ type: 'string', deprecated: true });
    expect(convert({ type: 'string', deprecated: false })).toEqual({ type: 'string' });
    expect(convert({ type: 'string', title: 'T', description: 'D' }, 'request', true)).toEqual({ type: 'string', title: 'T', description: 'D' });
  });

  it('rewrites refs through the context and keeps $ref siblings minimal', () => {
    expect(convert({ $ref: '#/components/schemas/data_disk', required: true, description: '盘' })).toEqual({ $ref: '#/components/schemas/Renamed_data_disk' });
  });

  it('emits keys in one stable order whatever the input order', () => {
    const a = convert({ example: '5', maximum: '9', type: 'integer', minimum: '1', format: 'int32' });
    expect(Object.keys(a)).toEqual(['type', 'format', 'minimum', 'maximum', 'examples']);
  });
});
