import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitModels } from '../../generator/emit/models.ts';
import { VALIDATION_CODES, validatorsSource } from '../../generator/emit/validators.ts';
import { MAX_VALIDATION_DEPTH } from '../../generator/emit/validators/recursion.ts';
import type { Doc, Field, GenerationInput, NamedType, Service, Shape } from '../../generator/ir/types.ts';
import { repoRoot } from './support.ts';

/** Unit tests of the emitter on a hand-made IR: odd property names, recursion, unions, maps, every keyword. */

const doc = (sensitive = false): Doc => ({ summary: '', description: '', examples: [], deprecated: false, sensitive });
const field = (wireName: string, shape: Shape, required = false, sensitive = false): Field => ({
  wireName,
  shape,
  required,
  doc: doc(sensitive),
});

const types: NamedType[] = [
  { kind: 'enum', name: 'Kind', doc: doc(), values: ['a', 'b'], open: false, source: '' },
  { kind: 'enum', name: 'OpenKind', doc: doc(), values: ['p'], open: true, source: '' },
  {
    kind: 'alias',
    name: 'Ids',
    doc: doc(),
    shape: { kind: 'array', items: { kind: 'string' }, minItems: 1 },
    source: '',
  },
  {
    kind: 'object',
    name: 'Leaf',
    doc: doc(),
    fields: [],
    closed: false,
    additional: { kind: 'integer' },
    rules: [],
    source: '',
  },
  {
    kind: 'object',
    name: 'Node',
    doc: doc(),
    closed: true,
    source: '',
    fields: [
      field('class', { kind: 'string', minLength: 1 }, true),
      field('a-b', { kind: 'integer', minimum: 0, exclusiveMaximum: 10, multipleOf: 2 }),
      field('1st', { kind: 'number', exclusiveMinimum: 0 }),
      field('__proto__', { kind: 'boolean' }),
      field('größe', { kind: 'string', pattern: '^\\p{L}+$', maxLength: 3 }),
      field('children', { kind: 'array', items: { kind: 'ref', name: 'Node' }, uniqueItems: true, maxItems: 3 }),
      field('value', {
        kind: 'union',
        variants: [
          { kind: 'string', const: 'x' },
          { kind: 'integer' },
          { kind: 'ref', name: 'Leaf' },
          { kind: 'null' },
        ],
      }),
      field('meta', { kind: 'map', values: { kind: 'integer', maximum: 5 } }),
      field('secret', { kind: 'string', enum: { values: ['s1', 's2'], open: false } }, false, true),
      field('when', { kind: 'string', format: 'uuid' }),
      field('kind', { kind: 'ref', name: 'Kind' }),
      field('open', { kind: 'ref', name: 'OpenKind' }),
      field('ids', { kind: 'ref', name: 'Ids' }),
      field('flag', { kind: 'boolean', const: true }),
      field('n32', { kind: 'integer', format: 'int32' }),
      field('also32', { kind: 'integer', format: 'int32' }),
    ],
    rules: [
      {
        kind: 'conditional',
        when: [{ field: 'kind', equals: 'a', orAbsent: true }],
        then: { required: ['1st'], constraints: [{ field: '1st', shape: { kind: 'number', minimum: 100 } }] },
        else: { required: [], constraints: [{ field: 'a-b', shape: { kind: 'integer', enum: [2, 4] } }] },
      },
      { kind: 'anyRequired', groups: [['when'], ['secret', 'meta']] },
      { kind: 'lessOrEqual', left: 'a-b', right: '1st' },
    ],
  },
];

const service: Service = {
  product: 'T',
  version: '2000-01-01',
  folderName: 't-2000-01-01',
  packageName: 't-2000-01-01',
  package: { version: '0.1.0', license: 'Apache-2.0' },
  clientName: 'TClient',
  title: 'Test',
  description: '',
  style: 'ROA',
  endpointTemplate: 't.{region}.example',
  regions: [],
  operations: [
    {
      action: 'PutNode',
      methodName: 'putNode',
      summary: '',
      description: '',
      method: 'PUT',
      path: '/nodes/{node-id}',
      parameters: [
        {
          wireName: 'node-id',
          location: 'path',
          required: true,
          shape: { kind: 'string' },
          style: 'simple',
          explode: false,
          doc: doc(),
        },
      ],
      body: { shape: { kind: 'ref', name: 'Node' }, required: true, mediaType: 'application/json', doc: doc() },
      requestType: 'PutNodeRequest',
      responseType: 'PutNodeResponse',
      success: { status: '200', description: '', examples: [] },
      errors: [],
      idempotent: true,
      deprecated: false,
      requestExamples: [],
      source: '',
    },
  ],
  types,
};

type Validate = (
  value: unknown,
) => { ok: true; value: unknown } | { ok: false; issues: { path: string; code: string; message: string }[] };

let dir: string;
let validate: Validate;
let source: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'validators-emitter-'));
  source = validatorsSource(service);
  const input: GenerationInput = { service, bundled: {} };
  writeFileSync(path.join(dir, 'validators.ts'), source);
  for (const file of emitModels(input)) writeFileSync(path.join(dir, path.basename(file.path)), file.contents);
  cpSync(path.join(repoRoot, 'generator/runtime'), path.join(dir, 'runtime'), { recursive: true });
  const module = (await import(pathToFileURL(path.join(dir, 'validators.ts')).href)) as Record<string, Validate>;
  validate = module.validatePutNodeRequest as Validate;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The nesting limit of the generated validators (JSON Pointer tokens). */
const MAX_DEPTH_FOR_TEST = MAX_VALIDATION_DEPTH;
const validNode = { class: 'c', kind: 'b', when: '123e4567-e89b-12d3-a456-426614174000', 'a-b': 4, '1st': 5 };
const request = (body: unknown): unknown => ({ 'node-id': 'n1', body });
const issuesOf = (body: unknown): { path: string; code: string }[] => {
  const result = validate(request(body));
  return result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }));
};

describe('validators emitter on a hand-made IR', () => {
  it('type-checks under the package compiler options', () => {
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noUncheckedIndexedAccess: true,
          isolatedDeclarations: true,
          declaration: true,
          noEmit: true,
          skipLibCheck: true,
          lib: ['ES2022', 'DOM'],
        },
        files: ['validators.ts'],
      }),
    );
    const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', dir], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });

  it('accepts a valid request, including odd property names', () => {
    expect(issuesOf(validNode)).toEqual([]);
    const odd = JSON.parse(
      '{"class":"c","kind":"b","when":"123e4567-e89b-12d3-a456-426614174000","__proto__":true,"größe":"äöü","meta":{"a/b":1,"__proto__":2}}',
    );
    expect(issuesOf(odd)).toEqual([]);
  });

  it('checks each keyword with its code and a JSON Pointer path', () => {
    const cases: [Record<string, unknown>, { path: string; code: string }[]][] = [
      [{ class: '' }, [{ path: '/body/class', code: 'min_length' }]],
      [{ kind: 'a', '1st': 150, 'a-b': 3 }, [{ path: '/body/a-b', code: 'multiple_of' }]],
      [{ kind: 'a', '1st': 150, 'a-b': 10 }, [{ path: '/body/a-b', code: 'exclusive_maximum' }]],
      [{ kind: 'a', '1st': 150, 'a-b': -2 }, [{ path: '/body/a-b', code: 'minimum' }]],
      [
        { 'a-b': 3 },
        [
          { path: '/body/a-b', code: 'multiple_of' },
          { path: '/body/a-b', code: 'enum' },
        ],
      ],
      [{ '1st': 0, 'a-b': undefined }, [{ path: '/body/1st', code: 'exclusive_minimum' }]],
      [{ größe: 'ab1' }, [{ path: '/body/größe', code: 'pattern' }]],
      [{ größe: 'äöüß' }, [{ path: '/body/größe', code: 'max_length' }]],
      [{ when: 'not-a-uuid' }, [{ path: '/body/when', code: 'format' }]],
      [{ kind: 'c' }, [{ path: '/body/kind', code: 'enum' }]],
      [{ open: 'anything' }, []],
      [{ open: 1 }, [{ path: '/body/open', code: 'type' }]],
      [{ ids: [] }, [{ path: '/body/ids', code: 'min_items' }]],
      [{ ids: ['a', 2] }, [{ path: '/body/ids/1', code: 'type' }]],
      [{ flag: false }, [{ path: '/body/flag', code: 'const' }]],
      [{ n32: 2 ** 31 }, [{ path: '/body/n32', code: 'format' }]],
      [
        { meta: { 'a/b': 6, 'c~d': 'x' } },
        [
          { path: '/body/meta/a~1b', code: 'maximum' },
          { path: '/body/meta/c~0d', code: 'type' },
        ],
      ],
      [{ value: 'y' }, [{ path: '/body/value', code: 'union' }]],
      [{ value: { n: 'not an integer' } }, [{ path: '/body/value', code: 'union' }]],
      [{ surprise: 1 }, [{ path: '/body/surprise', code: 'unknown_property' }]],
      [{ secret: 's3' }, [{ path: '/body/secret', code: 'enum' }]],
    ];
    for (const [edit, expected] of cases)
      expect(issuesOf({ ...validNode, ...edit }), JSON.stringify(edit)).toEqual(expected);
    for (const value of ['x', 3, { any: 1 }, null]) expect(issuesOf({ ...validNode, value })).toEqual([]);
  });

  it('follows recursive types to any depth and reports unique_items', () => {
    const child = { ...validNode, children: [{ ...validNode, children: [{ ...validNode, class: 5 }] }] };
    expect(issuesOf(child)).toEqual([{ path: '/body/children/0/children/0/class', code: 'type' }]);
    expect(issuesOf({ ...validNode, children: [validNode, { ...validNode }] })).toEqual([
      { path: '/body/children', code: 'unique_items' },
    ]);
  });

  it('returns a depth issue instead of overflowing the stack on 20,000-deep input to a recursive type', () => {
    let deep: Record<string, unknown> = { ...validNode };
    for (let i = 0; i < 20_000; i++) deep = { ...validNode, children: [deep] };
    const issues = issuesOf(deep);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe('depth');
    // Reported where the limit is crossed: /body, then (children, index) pairs.
    expect(issues[0]?.path.startsWith('/body/children/0/children/0/')).toBe(true);
    expect(issues[0]?.path.split('/').length).toBeLessThanOrEqual(MAX_DEPTH_FOR_TEST + 2);
    // Just under the limit is fine.
    let shallow: Record<string, unknown> = { ...validNode };
    for (let i = 0; i < 40; i++) shallow = { ...validNode, children: [shallow] };
    expect(issuesOf(shallow)).toEqual([]);
  });

  it('applies if/then/else with JSON Schema semantics (a condition without required holds when the field is absent)', () => {
    const { kind: _kind, '1st': _first, ...rest } = validNode;
    expect(issuesOf(rest)).toEqual([{ path: '/body/1st', code: 'conditional_required' }]);
    expect(issuesOf({ ...rest, kind: 'a', '1st': 50 })).toEqual([{ path: '/body/1st', code: 'minimum' }]);
    expect(issuesOf({ ...rest, kind: 'a', '1st': 150 })).toEqual([]);
    expect(issuesOf({ ...validNode, 'a-b': 6, '1st': 50 })).toEqual([{ path: '/body/a-b', code: 'enum' }]);
  });

  it('applies anyRequired groups and lessOrEqual', () => {
    const { when: _when, ...noWhen } = validNode;
    expect(issuesOf(noWhen)).toEqual([{ path: '/body', code: 'any_required' }]);
    expect(issuesOf({ ...noWhen, secret: 's1' })).toEqual([{ path: '/body', code: 'any_required' }]);
    expect(issuesOf({ ...noWhen, secret: 's1', meta: {} })).toEqual([]);
    expect(issuesOf({ ...validNode, 'a-b': 4, '1st': 3 })).toEqual([{ path: '/body/a-b', code: 'less_or_equal' }]);
  });

  it('keeps value lists of sensitive fields out of messages', () => {
    const result = validate(request({ ...validNode, secret: 's3' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toBe('must be one of the allowed values');
  });

  it('reports the request parameters by wire name', () => {
    const result = validate({ body: validNode });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual(['/node-id']);
  });

  it('writes a check that several fields need once, as a named handler, and keeps a single use inline', () => {
    expect(source.match(/^const integerInt32Field = \(f: Fields, i: number\): void => \{$/gm)).toHaveLength(1);
    expect(source.match(/\bintegerInt32Field\b/g)).toHaveLength(3);
    expect(source).not.toMatch(/const stringMinLength1Field/);
    expect(issuesOf({ ...validNode, n32: 2 ** 31, also32: -(2 ** 31) - 1 })).toEqual([
      { path: '/body/n32', code: 'format' },
      { path: '/body/also32', code: 'format' },
    ]);
  });

  it('gives a shared handler a name no other declaration of the module has', () => {
    // Two secret fields of the closed list `FieldsSecret` share a handler named `fieldsSecretField`, the name of the
    // field table of the object type `SecretField`.
    const holder: NamedType = {
      kind: 'object',
      name: 'SecretField',
      doc: doc(),
      closed: true,
      source: '',
      rules: [],
      fields: [
        field('a', { kind: 'ref', name: 'FieldsSecret' }, false, true),
        field('b', { kind: 'ref', name: 'FieldsSecret' }, false, true),
      ],
    };
    const secretList: NamedType = { kind: 'enum', name: 'FieldsSecret', doc: doc(), values: ['x', 'y'], open: false, source: '' };
    const [put] = service.operations;
    const small: Service = {
      ...service,
      operations: [{ ...put!, body: { ...put!.body!, shape: { kind: 'ref', name: 'SecretField' } } }],
      types: [secretList, holder],
    };
    const text = validatorsSource(small);
    expect(text).toMatch(/^const fieldsSecretField = \/\* @__PURE__ \*\/ objectSpec\(/m);
    expect(text).toMatch(/^const fieldsSecretField2 = \(f: Fields, i: number\): void => \{$/m);
  });

  it('uses only the documented issue codes', () => {
    const codesIn = (text: string): string[] =>
      [...text.matchAll(/\b(?:report|fieldReport)\([^;]*?'([a-z_]+)',/g)].map((m) => m[1] as string);
    const real = readFileSync(path.join(repoRoot, 'generated/cs-2015-12-15/src/validators.ts'), 'utf8');
    const used = new Set([...codesIn(source), ...codesIn(real)]);
    expect(used.size).toBeGreaterThan(15);
    for (const code of used) expect(VALIDATION_CODES).toContain(code);
  });

  it('refuses two types that would share a check function', () => {
    const clash: Service = {
      ...service,
      types: [...types, { ...(types[3] as NamedType), name: 'Le-af' }, { ...(types[3] as NamedType), name: 'Le_af' }],
    };
    expect(() => validatorsSource(clash)).not.toThrow(); // neither is reachable from a request
    const reachable: Service = {
      ...clash,
      operations: [
        {
          ...service.operations[0]!,
          body: {
            ...service.operations[0]!.body!,
            shape: {
              kind: 'union',
              variants: [
                { kind: 'ref', name: 'Le-af' },
                { kind: 'ref', name: 'Le_af' },
              ],
            },
          },
        },
      ],
    };
    expect(() => validatorsSource(reachable)).toThrow(/share the check function/);
  });
});
