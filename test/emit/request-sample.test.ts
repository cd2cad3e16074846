/**
 * The sample request a docs page shows when the spec has none: required parameters and body fields only, valued from
 * the field's own example, else one written for the same name elsewhere (case and separators ignored), but only
 * where the field's own constraints allow it; placeholders for the rest and always for secrets.
 */
import { describe, expect, it } from 'vitest';
import { docsRequestExamples, ExampleIndex, featuredOperation, requiredRequestSample } from '../../generator/emit/request-sample.ts';
import type { Doc, JsonValue, NamedType, Operation, Parameter, Service, Shape } from '../../generator/ir/types.ts';

const doc = (examples: JsonValue[] = [], sensitive = false): Doc => ({ summary: '', description: '', examples, deprecated: false, sensitive });
const param = (wireName: string, shape: Shape, required: boolean, examples: JsonValue[] = [], sensitive = false): Parameter => ({
  wireName,
  location: wireName === 'ClusterId' || wireName === 'zone' ? 'path' : 'query',
  required,
  shape,
  style: 'simple',
  explode: false,
  doc: doc(examples, sensitive),
});

const types: NamedType[] = [
  {
    kind: 'object',
    name: 'Body',
    doc: doc(),
    closed: true,
    additional: undefined,
    rules: [],
    source: '',
    fields: [
      { wireName: 'node_count', shape: { kind: 'integer', minimum: 1, maximum: 10 }, required: true, doc: doc([0]) },
      { wireName: 'password', shape: { kind: 'string' }, required: true, doc: doc(['Hunter2!'], true) },
      { wireName: 'note', shape: { kind: 'string' }, required: false, doc: doc(['left out']) },
    ],
  },
  {
    kind: 'object',
    name: 'ZoneList',
    doc: doc(),
    closed: false,
    additional: undefined,
    rules: [],
    source: '',
    fields: [{ wireName: 'zone_name', shape: { kind: 'string' }, required: false, doc: doc(['zone-of-this-answer']) }],
  },
];

/** A minimal operation: only what the sampler reads. */
const operation = (action: string, parameters: Parameter[], body?: Shape, requestExamples: Operation['requestExamples'] = []): Operation =>
  ({
    action,
    parameters,
    body: body && { shape: body, required: true, mediaType: 'application/json', doc: doc() },
    success: { status: '200', description: '', examples: [] },
    requestExamples,
  }) as unknown as Operation;

const describeCluster = operation('DescribeCluster', [
  param('ClusterId', { kind: 'string' }, true, ['c-example****']),
  param('tier', { kind: 'string', enum: { values: ['gold', 'silver'], open: false } }, false, ['gold']),
  param('zone', { kind: 'string', pattern: '^[a-z]+-[a-z]$' }, false, ['cn-a']),
  param('zone_name', { kind: 'string' }, false, ['zone-of-another-operation']),
]);
const scale = operation(
  'ScaleCluster',
  [
    param('clusterId', { kind: 'string' }, true),
    param('TIER', { kind: 'string', enum: { values: ['bronze'], open: false } }, true),
    param('zone', { kind: 'string', pattern: '^[a-z]+$' }, true),
    param('dry_run', { kind: 'boolean' }, false),
  ],
  { kind: 'ref', name: 'Body' },
);
const listZones = {
  ...operation('ListZones', [param('ZoneName', { kind: 'string' }, true)]),
  success: { status: '200', description: '', examples: [], shape: { kind: 'ref', name: 'ZoneList' } },
} as Operation;
const service = { operations: [describeCluster, scale, listZones], types } as unknown as Service;

describe('required-parameters sample', () => {
  const index = new ExampleIndex(service);

  it('takes examples by name across operations where the constraints allow them, and falls back where they do not', () => {
    expect(requiredRequestSample(scale, index)).toEqual({
      clusterId: 'c-example****', // ClusterId's example in another operation
      TIER: 'bronze', // "gold" is not in this field's closed list
      zone: 'example-zone', // "cn-a" does not match this field's pattern
      body: { node_count: 1, password: 'example-password' }, // 0 is below the minimum; a secret's example is never shown
    });
  });

  it('prefers an example of the operation itself (here, of its response) to one of another operation', () => {
    expect(requiredRequestSample(listZones, index)).toEqual({ ZoneName: 'zone-of-this-answer' });
  });

  it('ends on recursive types: an alias that is an array of itself, an object that requires itself', () => {
    const recursive: NamedType[] = [
      { kind: 'alias', name: 'Tree', doc: doc(), shape: { kind: 'array', items: { kind: 'ref', name: 'Tree' } }, source: '' },
      {
        kind: 'object',
        name: 'Node',
        doc: doc(),
        closed: true,
        additional: undefined,
        rules: [],
        source: '',
        fields: [{ wireName: 'child', shape: { kind: 'ref', name: 'Node' }, required: true, doc: doc() }],
      },
    ];
    const op = operation('PutTree', [param('tree', { kind: 'ref', name: 'Tree' }, true)], { kind: 'ref', name: 'Node' });
    const sample = requiredRequestSample(op, new ExampleIndex({ operations: [op], types: recursive } as unknown as Service));
    expect(JSON.stringify(sample)).toMatch(/^\{"tree":\[+\]+,"body":\{"child":\{"child":/);
  });

  it('leaves optional parameters out', () => {
    expect(requiredRequestSample(describeCluster, index)).toEqual({ ClusterId: 'c-example****' });
  });

  it('features, in the README and class docs, the first operation with a written sample request', () => {
    const written = operation('ScaleCluster', scale.parameters, undefined, [{ title: 'written', value: {} }]);
    expect(featuredOperation({ operations: [describeCluster, written, listZones] } as unknown as Service)).toBe(written);
    expect(featuredOperation({ operations: [describeCluster, listZones] } as unknown as Service)).toBe(describeCluster);
    expect(featuredOperation({ operations: [] } as unknown as Service)).toBeUndefined();
  });

  it('is shown only where the spec has no sample request', () => {
    const written = operation('DescribeCluster', describeCluster.parameters, undefined, [{ title: 'written', value: { ClusterId: 'c-1' } }]);
    expect(docsRequestExamples(written, index)).toEqual([{ title: 'written', value: { ClusterId: 'c-1' } }]);
    expect(docsRequestExamples(describeCluster, index)).toEqual([{ title: 'required parameters only', value: { ClusterId: 'c-example****' } }]);
  });
});
