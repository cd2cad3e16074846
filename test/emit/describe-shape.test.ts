import { describe, expect, it } from 'vitest';
import { describeRule, ShapeDescriber } from '../../generator/emit/describe-shape.ts';
import type { Doc, Service } from '../../generator/ir/types.ts';

const doc: Doc = { summary: '', description: '', examples: [], deprecated: false, sensitive: false };

function service(types: Service['types']): Service {
  return {
    product: 'X', version: '1', folderName: 'x-1', packageName: 'x-1', package: { version: '0.1.0', license: 'Apache-2.0' }, clientName: 'XClient', title: 'X', description: '', style: 'ROA',
    endpointTemplate: 'x.{region}.example.com', regions: [], operations: [], types,
  };
}

describe('ShapeDescriber', () => {
  it('labels shapes as the API reference does', () => {
    const d = new ShapeDescriber(service([{ kind: 'enum', name: 'Unit', doc, values: ['Month', 'Week'], open: false, source: '' }]));
    expect(d.label({ kind: 'integer', format: 'int64' })).toBe('Long');
    expect(d.label({ kind: 'array', items: { kind: 'string' } })).toBe('Array of String');
    expect(d.label({ kind: 'ref', name: 'Unit' })).toBe('String');
    expect(d.constraints({ kind: 'ref', name: 'Unit' })).toEqual(['Valid values: `Month`, `Week`.']);
  });

  it('terminates on a type defined through itself', () => {
    const d = new ShapeDescriber(service([{ kind: 'alias', name: 'Tree', doc, shape: { kind: 'array', items: { kind: 'ref', name: 'Tree' } }, source: '' }]));
    expect(d.label({ kind: 'ref', name: 'Tree' })).toBe('Array of Tree');
    expect(d.objectOf({ kind: 'ref', name: 'Tree' })).toBeUndefined();
    expect(d.constraints({ kind: 'ref', name: 'Tree' })).toEqual([]);
  });

  it('describes conditional rules in words', () => {
    const d = new ShapeDescriber(service([]));
    const text = describeRule(
      {
        kind: 'conditional',
        when: [{ field: 'period_unit', equals: 'Week', orAbsent: false }],
        then: { required: [], constraints: [{ field: 'period', shape: { kind: 'integer', enum: [1, 2] } }] },
      },
      d,
    );
    expect(text).toBe('When `period_unit` is `Week`, `period` must be one of `1`, `2`.');
  });
});
