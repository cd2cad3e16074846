import { describe, expect, it } from 'vitest';
import type { AliApi, AliSchema, ApiDocs } from '../../generator/import/api-docs.ts';
import { mergeVintages, orderVintages, vintageLabel, type Vintage } from '../../generator/import/merge-vintages.ts';
import { docsWith } from './support/fixtures.ts';

const vintage = (label: string, docs: ApiDocs): Vintage => ({ label, file: `cs-2015-12-15.api-docs.${label}.json`, docs });
const body = (properties: Record<string, AliSchema>, extra: AliSchema = {}): Partial<AliApi> => ({
  path: '/p',
  methods: ['post'],
  parameters: [{ name: 'body', in: 'body', schema: { type: 'object', properties, ...extra } }],
});
const bodyOf = (docs: ApiDocs, action: string) => docs.apis[action]!.parameters.find((p) => p.name === 'body')!.schema;

describe('vintage order', () => {
  it('reads the last date of the file name that is not the API version', () => {
    expect(vintageLabel('meta/cs-2015-12-15.api-docs.2024-06.json', '2015-12-15')).toBe('2024-06');
    expect(vintageLabel('cs-2015-12-15.2025-12-01.json', '2015-12-15')).toBe('2025-12-01');
    expect(vintageLabel('cs-2015-12-15.api-docs.json', '2015-12-15')).toBeUndefined();
  });

  it('orders oldest first whatever the input order, and refuses a vintage given twice or another product', () => {
    const a = vintage('2025-12', docsWith({}));
    const b = vintage('2024-06', docsWith({}));
    expect(orderVintages([a, b]).map((v) => v.label)).toEqual(['2024-06', '2025-12']);
    expect(() => orderVintages([a, { ...a, file: 'other.json' }])).toThrow('vintage 2025-12 is also given by');
    const other = docsWith({});
    other.info = { ...other.info, version: '2099-01-01' };
    expect(() => orderVintages([a, vintage('2026-01', other)])).toThrow('#/info: describes Demo 2099-01-01');
  });
});

describe('mergeVintages', () => {
  it('unites the operations; one that the newest lacks is kept, deprecated with the reason', () => {
    const older = docsWith({ Old: { path: '/old' }, Both: { path: '/both' } });
    const newer = docsWith({ Both: { path: '/both' }, New: { path: '/new' } });
    const merged = mergeVintages([vintage('2025-12', newer), vintage('2024-06', older)]);
    expect(Object.keys(merged.apis).sort()).toEqual(['Both', 'New', 'Old']);
    expect(merged.apis['Old']).toMatchObject({ deprecated: true, 'x-acs-deprecated-reason': 'in the 2024-06 metadata, absent from 2025-12' });
    expect(merged.apis['Both']!.deprecated).toBeUndefined();
    expect(merged.apis['New']!.deprecated).toBeUndefined();
  });

  it('takes type, format, bounds and value list from the newest vintage that declares the field', () => {
    const older = docsWith({ Op: body({ size: { type: 'string', maxLength: '5' }, mode: { type: 'string', enum: ['a', 'b', 'c'] } }) });
    const newer = docsWith({ Op: body({ size: { type: 'integer', format: 'int64', maximum: '9' }, mode: { type: 'string', enum: ['a', 'd'] } }) });
    const merged = mergeVintages([vintage('2024-06', older), vintage('2025-12', newer)]);
    expect(bodyOf(merged, 'Op').properties).toEqual({
      size: { type: 'integer', format: 'int64', maximum: '9' },
      mode: { type: 'string', enum: ['a', 'd'] },
    });
  });

  it('keeps an older-only field at any depth, deprecated with the reason and no longer required', () => {
    const nested = (properties: Record<string, AliSchema>) => ({ group: { type: 'object', properties } });
    const older = docsWith({ Op: body(nested({ vpc_id: { type: 'string', required: true }, ids: { type: 'array', items: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } } } })) });
    const middle = docsWith({ Op: body(nested({ vpc_id: { type: 'string', required: true }, ids: { type: 'array', items: { type: 'object', properties: { a: { type: 'string' } } } } })) });
    const newer = docsWith({ Op: body(nested({ ids: { type: 'array', items: { type: 'object', properties: { a: { type: 'integer' } } } } })) });
    const merged = mergeVintages([vintage('2023-01', older), vintage('2024-06', middle), vintage('2025-12', newer)]);
    const group = bodyOf(merged, 'Op').properties!['group']!;
    expect(group.properties!['vpc_id']).toEqual({ type: 'string', deprecated: true, 'x-acs-deprecated-reason': 'in the 2024-06 metadata, absent from 2025-12' });
    expect(group.properties!['ids']!.items!.properties).toEqual({
      a: { type: 'integer' },
      b: { type: 'string', deprecated: true, 'x-acs-deprecated-reason': 'in the 2023-01 metadata, absent from 2025-12' },
    });
  });

  it('keeps an older-only parameter deprecated, but drops a path parameter the newest path no longer has', () => {
    const older = docsWith({ Op: { path: '/a/{Id}', parameters: [{ name: 'Id', in: 'path', schema: { type: 'string' } }, { name: 'q', in: 'query', schema: { type: 'string', required: true } }] } });
    const newer = docsWith({ Op: { path: '/a', parameters: [] } });
    const merged = mergeVintages([vintage('2024-06', older), vintage('2025-12', newer)]);
    expect(merged.apis['Op']!.parameters).toEqual([
      { name: 'q', in: 'query', schema: { type: 'string', deprecated: true, 'x-acs-deprecated-reason': 'in the 2024-06 metadata, absent from 2025-12' } },
    ]);
  });

  it('takes responses from the newest vintage that has a response schema', () => {
    const withSchema = { '200': { schema: { type: 'object', properties: { task_id: { type: 'string' } } } } };
    const older = docsWith({ Op: { responses: withSchema }, Other: { responses: { '200': { schema: { type: 'string' } } } } });
    const newer = docsWith({ Op: {}, Other: { responses: { '200': { schema: { type: 'integer' } } } } });
    const merged = mergeVintages([vintage('2024-06', older), vintage('2025-12', newer)]);
    expect(merged.apis['Op']!.responses).toEqual(withSchema);
    expect(merged.apis['Other']!.responses).toEqual({ '200': { schema: { type: 'integer' } } });
  });

  it('merges components by name and keeps fields named __proto__ or constructor as own keys', () => {
    const older = docsWith({}, { pool: { type: 'object', properties: JSON.parse('{"__proto__": {"type": "string"}, "constructor": {"type": "string"}}') } });
    const newer = docsWith({}, { pool: { type: 'object', properties: { name: { type: 'string' } } }, extra: { type: 'string' } });
    const merged = mergeVintages([vintage('2024-06', older), vintage('2025-12', newer)]);
    expect(Object.keys(merged.components.schemas).sort()).toEqual(['extra', 'pool']);
    const properties = merged.components.schemas['pool']!.properties!;
    expect(Object.keys(properties)).toEqual(['name', '__proto__', 'constructor']);
    expect(Object.hasOwn(properties, '__proto__')).toBe(true);
    expect(properties['constructor']).toMatchObject({ type: 'string', deprecated: true });
  });

  it('returns a single vintage unchanged', () => {
    const docs = docsWith({ Op: {} });
    expect(mergeVintages([vintage('2024-06', docs)])).toBe(docs);
  });
});
