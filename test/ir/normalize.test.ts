import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalize } from '../../generator/ir/normalize.ts';
import type { NamedType, ObjectType, Operation, Rule, Service } from '../../generator/ir/types.ts';
import { loadSpecFolder, SpecError } from '../../generator/load/index.ts';
import { makeTempDir, removeDir, writeTree } from '../support/generate.ts';

const PRODUCT = `openapi: 3.1.0
info:
  title: Demo
  version: '2020-01-01'
x-acs-product: Demo
x-acs-version: '2020-01-01'
`;

let tmp: string;
let counter = 0;
beforeAll(async () => {
  tmp = await makeTempDir('normalize-');
});
afterAll(async () => {
  await removeDir(tmp);
});

/** Loads and normalizes a product with the given extra spec files (name → YAML). */
async function irOf(files: Record<string, string>): Promise<Service> {
  const dir = await writeTree(path.join(tmp, `spec-${counter++}`), { 'product.yaml': PRODUCT, ...files });
  const merged = await loadSpecFolder(dir);
  return normalize(merged.document, merged);
}

/** One POST operation whose JSON body is `bodySchema` (YAML, indented for the schema position). */
function postWithBody(bodySchema: string, extraComponents = ''): Record<string, string> {
  return {
    'Op.yaml': `paths:
  /things:
    post:
      operationId: CreateThing
      requestBody:
        content:
          application/json:
            schema:
${bodySchema.replace(/^/gm, '              ')}
      responses:
        '200':
          description: OK
${extraComponents}`,
  };
}

function type(service: Service, name: string): NamedType {
  const found = service.types.find((t) => t.name === name);
  if (!found) throw new Error(`no type ${name}; have ${service.types.map((t) => t.name).join(', ')}`);
  return found;
}

function object(service: Service, name: string): ObjectType {
  const found = type(service, name);
  if (found.kind !== 'object') throw new Error(`${name} is a ${found.kind}`);
  return found;
}

function operation(service: Service, action: string): Operation {
  const found = service.operations.find((op) => op.action === action);
  if (!found) throw new Error(`no operation ${action}`);
  return found;
}

describe('names of generated types', () => {
  it('names inline objects <Parent><Property>, array items <...>Item and inline enums after their property', async () => {
    const service = await irOf(
      postWithBody(`type: object
properties:
  scaling_group:
    type: object
    properties:
      data_disks:
        type: array
        items:
          type: object
          properties:
            category:
              type: string
              enum: [cloud, cloud_ssd]
  charge_type:
    type: string
    x-extensible-enum: [PrePaid, PostPaid]`),
    );
    expect(service.types.map((t) => t.name)).toEqual([
      'CreateThingBody',
      'CreateThingBodyChargeType',
      'CreateThingBodyScalingGroup',
      'CreateThingBodyScalingGroupDataDisksItem',
      'CreateThingBodyScalingGroupDataDisksItemCategory',
    ]);
    expect(operation(service, 'CreateThing').body?.shape).toEqual({ kind: 'ref', name: 'CreateThingBody' });
    const group = object(service, 'CreateThingBodyScalingGroup');
    expect(group.fields[0]).toMatchObject({
      wireName: 'data_disks',
      shape: { kind: 'array', items: { kind: 'ref', name: 'CreateThingBodyScalingGroupDataDisksItem' } },
    });
    expect(type(service, 'CreateThingBodyChargeType')).toMatchObject({ kind: 'enum', values: ['PrePaid', 'PostPaid'], open: true });
    expect(type(service, 'CreateThingBodyScalingGroupDataDisksItemCategory')).toMatchObject({ kind: 'enum', open: false });
  });

  it('PascalCases component names and refuses two that collide', async () => {
    const service = await irOf({
      'c.yaml': 'components:\n  schemas:\n    data_disk:\n      type: object\n      properties:\n        size: { type: integer }\n',
    });
    expect(service.types.map((t) => t.name)).toEqual(['DataDisk']);
    await expect(
      irOf({
        'c.yaml': 'components:\n  schemas:\n    data_disk:\n      type: object\n      properties:\n        size: { type: integer }\n    DataDisk:\n      type: object\n      properties:\n        x: { type: string }\n',
      }),
    ).rejects.toThrow(/generated type name "DataDisk" collides/);
  });

  it('keeps wire names exactly, and names types made from non-identifier names safely', async () => {
    const service = await irOf(
      postWithBody(`type: object
properties:
  a-b:
    type: object
    properties:
      x: { type: string }
  1st:
    type: object
    properties:
      y: { type: string }
  名前:
    type: object
    properties:
      z: { type: string }`),
    );
    expect(object(service, 'CreateThingBody').fields.map((f) => f.wireName)).toEqual(['a-b', '1st', '名前']);
    for (const t of service.types) expect(t.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    expect(service.types.map((t) => t.name)).toContain('CreateThingBodyAB');
    expect(service.types.map((t) => t.name)).toContain('CreateThingBodyN1st');
  });
});

describe('fields and rules', () => {
  it('marks required fields, including those required through allOf', async () => {
    const service = await irOf(
      postWithBody(
        `type: object
allOf:
  - $ref: '#/components/schemas/Base'
  - type: object
    required: [b]
    properties:
      b: { type: string }
      c: { type: string }`,
        `components:
  schemas:
    Base:
      type: object
      required: [a]
      properties:
        a: { type: string }
`,
      ),
    );
    expect(operation(service, 'CreateThing').body!.shape).toEqual({ kind: 'ref', name: 'CreateThingBody' });
    const fields = object(service, 'CreateThingBody').fields;
    expect(fields.map((f) => [f.wireName, f.required])).toEqual([
      ['a', true],
      ['b', true],
      ['c', false],
    ]);
  });

  it('refuses an allOf composition without "type: object" instead of losing it', async () => {
    const composition = `allOf:
  - $ref: '#/components/schemas/Base'
  - type: object
    properties:
      b: { type: string }`;
    const base = `components:
  schemas:
    Base:
      type: object
      properties:
        a: { type: string }
`;
    await expect(irOf(postWithBody(composition, base))).rejects.toThrow(/must be stated on an object: add "type: object"/);
    const rulesOnOne = `allOf:
  - $ref: '#/components/schemas/Base'
  - anyOf:
      - required: [a]`;
    await expect(irOf(postWithBody(rulesOnOne, base))).rejects.toThrow(/add "type: object"/);
    // A single member with nothing else is a plain alias of it.
    const alias = await irOf(postWithBody(`allOf:\n  - $ref: '#/components/schemas/Base'`, base));
    expect(operation(alias, 'CreateThing').body!.shape).toEqual({ kind: 'ref', name: 'Base' });
  });

  it('reads if/then/else, anyOf of required and x-rules into rules, with orAbsent from the if\'s required', async () => {
    const service = await irOf(
      postWithBody(`type: object
properties:
  charge: { type: string, enum: [PrePaid, PostPaid] }
  unit: { type: string, enum: [Month, Week] }
  period: { type: integer }
  min: { type: integer }
  max: { type: integer }
  a: { type: string }
  b: { type: string }
allOf:
  - if:
      properties:
        charge: { const: PrePaid }
      required: [charge]
    then:
      required: [period, unit]
  - if:
      properties:
        unit: { const: Week }
    then:
      properties:
        period: { enum: [1, 2, 3, 4] }
    else:
      properties:
        period: { enum: [1, 2, 3, 6, 12] }
anyOf:
  - required: [a]
  - required: [b]
x-rules:
  - lessOrEqual: [min, max]`),
    );
    const rules: Rule[] = object(service, 'CreateThingBody').rules;
    expect(rules).toContainEqual({
      kind: 'conditional',
      when: [{ field: 'charge', equals: 'PrePaid', orAbsent: false }],
      then: { required: ['period', 'unit'], constraints: [] },
    });
    expect(rules).toContainEqual({
      kind: 'conditional',
      when: [{ field: 'unit', equals: 'Week', orAbsent: true }],
      then: { required: [], constraints: [{ field: 'period', shape: { kind: 'integer', enum: [1, 2, 3, 4] } }] },
      else: { required: [], constraints: [{ field: 'period', shape: { kind: 'integer', enum: [1, 2, 3, 6, 12] } }] },
    });
    expect(rules).toContainEqual({ kind: 'anyRequired', groups: [['a'], ['b']] });
    expect(rules).toContainEqual({ kind: 'lessOrEqual', left: 'min', right: 'max' });
    expect(rules).toHaveLength(4);
    // The rule-only allOf members add no fields and no extra type.
    expect(object(service, 'CreateThingBody').fields.map((f) => f.wireName)).toEqual(['charge', 'unit', 'period', 'min', 'max', 'a', 'b']);
  });

  it('refuses an exclusive oneOf of required groups', async () => {
    await expect(
      irOf(postWithBody('type: object\nproperties:\n  a: { type: string }\n  b: { type: string }\noneOf:\n  - required: [a]\n  - required: [b]')),
    ).rejects.toThrow(SpecError);
  });
});

describe('shapes', () => {
  it('makes unions of type lists and of oneOf members, and recursive types terminate', async () => {
    const service = await irOf(
      postWithBody(
        `type: object
properties:
  id: { type: [string, integer] }
  maybe: { type: [string, 'null'] }
  either:
    oneOf:
      - $ref: '#/components/schemas/TreeNode'
      - type: boolean
  tree:
    $ref: '#/components/schemas/TreeNode'
  labels:
    type: object
    additionalProperties: { type: string }`,
        `components:
  schemas:
    TreeNode:
      type: object
      properties:
        children:
          type: array
          items:
            $ref: '#/components/schemas/TreeNode'
`,
      ),
    );
    const fields = Object.fromEntries(object(service, 'CreateThingBody').fields.map((f) => [f.wireName, f.shape]));
    expect(fields.id).toEqual({ kind: 'union', variants: [{ kind: 'string' }, { kind: 'integer' }] });
    expect(fields.maybe).toEqual({ kind: 'union', variants: [{ kind: 'string' }, { kind: 'null' }] });
    expect(fields.either).toEqual({ kind: 'union', variants: [{ kind: 'ref', name: 'TreeNode' }, { kind: 'boolean' }] });
    expect(fields.labels).toEqual({ kind: 'map', values: { kind: 'string' } });
    expect(object(service, 'TreeNode').fields[0]!.shape).toEqual({ kind: 'array', items: { kind: 'ref', name: 'TreeNode' } });
  });
});

describe('operations', () => {
  const op = (method: string, action: string, extra = '') => `paths:
  /${action.toLowerCase()}:
    ${method}:
      operationId: ${action}
${extra}      responses:
        '200':
          description: OK
`;

  it('defaults idempotency by method, and x-acs-idempotent overrides it', async () => {
    const service = await irOf({
      'a.yaml': op('get', 'DescribeA'),
      'b.yaml': op('put', 'UpdateB'),
      'c.yaml': op('delete', 'DeleteC'),
      'd.yaml': op('post', 'CreateD'),
      'e.yaml': op('patch', 'PatchE'),
      'f.yaml': op('post', 'TagF', '      x-acs-idempotent: true\n'),
      'g.yaml': op('delete', 'DeleteG', '      x-acs-idempotent: false\n'),
    });
    expect(Object.fromEntries(service.operations.map((o) => [o.action, o.idempotent]))).toEqual({
      CreateD: false,
      DeleteC: true,
      DeleteG: false,
      DescribeA: true,
      PatchE: false,
      TagF: true,
      UpdateB: true,
    });
    expect(service.operations.map((o) => o.action)).toEqual([...service.operations.map((o) => o.action)].sort());
    expect(operation(service, 'DescribeA').methodName).toBe('describeA');
  });

  it('reads parameter locations, styles and the success and error responses', async () => {
    const service = await irOf({
      'Op.yaml': `paths:
  /things/{ThingId}:
    get:
      operationId: DescribeThing
      parameters:
        - { name: ThingId, in: path, required: true, schema: { type: string } }
        - { name: Ids, in: query, explode: false, schema: { type: array, items: { type: string } } }
        - { name: Filter, in: query, x-acs-style: json, schema: { type: object, properties: { a: { type: string } } } }
        - { name: x-acs-trace, in: header, schema: { type: string } }
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { type: object, properties: { n: { type: integer } } }
        '404':
          description: Missing
`,
    });
    const described = operation(service, 'DescribeThing');
    expect(described.parameters.map((p) => [p.wireName, p.location, p.required, p.style, p.explode])).toEqual([
      ['ThingId', 'path', true, 'simple', true],
      ['Ids', 'query', false, 'form', false],
      ['Filter', 'query', false, 'json', true],
      ['x-acs-trace', 'header', false, 'simple', true],
    ]);
    expect(described.success).toMatchObject({ status: '200', shape: { kind: 'ref', name: 'DescribeThingResponse' } });
    expect(described.errors.map((e) => e.status)).toEqual(['404']);
  });
});

describe('determinism', () => {
  it('gives the same IR twice and whatever the order of files', async () => {
    const files = {
      ...postWithBody('type: object\nproperties:\n  z: { type: object, properties: { q: { type: string } } }\n  a: { type: string, enum: [x] }'),
      'b.yaml': 'components:\n  schemas:\n    Zed:\n      type: object\n      properties:\n        k: { type: string }\n    Alpha:\n      type: string\n      enum: [one, two]\n',
    };
    const first = await irOf(files);
    const second = await irOf(files);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(first.types.map((t) => t.name)).toEqual([...first.types.map((t) => t.name)].sort());
  });
});
