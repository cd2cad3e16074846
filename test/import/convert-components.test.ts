import { describe, expect, it } from 'vitest';
import { componentUsage, convertComponents, pascalName, planComponents } from '../../generator/import/convert-components.ts';
import { actionWordCasing } from '../../generator/ir/naming.ts';
import { ImportError } from '../../generator/import/errors.ts';
import { docsWith } from './support/fixtures.ts';

const fail = (ptr: string, detail: string): never => {
  throw new ImportError('t.json', ptr, detail);
};
const tag = { type: 'object', properties: { key: { type: 'string', required: true } } };

describe('component naming', () => {
  it('PascalCases names that are not PascalCase identifiers', () => {
    expect(pascalName('data_disk')).toBe('DataDisk');
    expect(pascalName('tag')).toBe('Tag');
    expect(pascalName('InstanceMetadataOptions')).toBe('InstanceMetadataOptions');
    expect(pascalName('Hugepage')).toBe('Hugepage');
    expect(pascalName('0legacy-thing')).toBe('Schema0legacyThing');
    expect(pascalName('__')).toBe('Schema');
  });

  it('spells a word as most actions do, so that component and operation names agree', () => {
    const casing = actionWordCasing(['CreateClusterNodePool', 'DescribeClusterNodePools', 'ModifyClusterNodePool', 'DeleteClusterNodepool']);
    expect(casing.get('nodepool')).toBe('NodePool');
    expect(pascalName('nodepool', casing)).toBe('NodePool');
    expect(pascalName('Nodepool', casing)).toBe('NodePool');
    expect(pascalName('nodepool_info', casing)).toBe('NodePoolInfo');
    expect(pascalName('data_disk', casing)).toBe('DataDisk');
    // Ties go to the alphabetically first spelling, so the rule never depends on input order.
    expect(actionWordCasing(['GetNodepool', 'GetNodePool']).get('nodepool')).toBe('NodePool');
    expect(actionWordCasing(['GetNodePool', 'GetNodepool']).get('nodepool')).toBe('NodePool');
    const docs = docsWith({ CreateClusterNodePool: {}, DescribeClusterNodePools: {}, DeleteClusterNodepool: {} }, { nodepool: { type: 'string' } });
    expect(planComponents(docs).response.get('nodepool')).toBe('NodePool');
  });

  it('finds request and response usage transitively', () => {
    const docs = docsWith(
      {
        A: { parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/components/schemas/outer' } }] },
        B: { responses: { '200': { schema: { type: 'array', items: { $ref: '#/components/schemas/tag' } } } } },
      },
      { outer: { type: 'object', properties: { t: { $ref: '#/components/schemas/tag' } } }, tag, lonely: { type: 'string' } },
    );
    const usage = componentUsage(docs);
    expect([...usage.request].sort()).toEqual(['outer', 'tag']);
    expect([...usage.response]).toEqual(['tag']);
    const plan = planComponents(docs);
    expect([...plan.request]).toEqual([
      ['outer', 'Outer'],
      ['tag', 'Tag'],
    ]);
    expect([...plan.response]).toEqual([
      ['lonely', 'Lonely'],
      ['tag', 'TagOutput'],
    ]);
    const schemas = convertComponents(docs, plan, false, fail);
    expect(Object.keys(schemas)).toEqual(['Lonely', 'Outer', 'Tag', 'TagOutput']);
    expect(schemas['Tag']).toEqual({ type: 'object', properties: { key: { type: 'string' } }, required: ['key'], additionalProperties: false });
    expect(schemas['TagOutput']).toEqual({ type: 'object', properties: { key: { type: 'string' } }, required: ['key'] });
    expect(schemas['Outer']).toMatchObject({ properties: { t: { $ref: '#/components/schemas/Tag' } } });
  });

  it('avoids names the importer and generator reserve for operations', () => {
    const docs = docsWith({ Make: {} }, { make_body: { type: 'string' }, MakeRequest: { type: 'string' }, make_body2: { type: 'string' } });
    const plan = planComponents(docs);
    expect(plan.response.get('make_body')).toBe('MakeBody2');
    expect(plan.response.get('make_body2')).toBe('MakeBody22');
    expect(plan.response.get('MakeRequest')).toBe('MakeRequest2');
  });

  it('fails on a reference to an unknown component', () => {
    const docs = docsWith({}, { a: { type: 'object', properties: { b: { $ref: '#/components/schemas/missing' } } } });
    expect(() => convertComponents(docs, planComponents(docs), false, fail)).toThrow('t.json#/components/schemas/a/properties/b/$ref: reference to unknown component "missing"');
  });
});
