/**
 * Property-based: random specs (object schemas with random and hostile property names, random types, enums,
 * required lists, nesting, references, parameters). The generator either refuses with a SpecError or emits a
 * package that compiles under --strict and whose validators module loads; it never throws anything else. The
 * output is byte-identical on a second run and when the same spec is split into files named in another order.
 */
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format } from 'prettier';
import { PRETTIER_OPTIONS } from '../../generator/emit/format.ts';
import { declarationsOf } from '../../generator/emit/transpile.ts';
import { normalize } from '../../generator/ir/normalize.ts';
import { loadSpecFiles, SpecError } from '../../generator/load/index.ts';
import { listSpecFiles } from '../../generator/load/list-spec-files.ts';
import { generatePackage, type GeneratedPackage } from '../../generator/pipeline.ts';
import { makeTempDir, removeDir, typecheckPackages, writeTree } from '../support/generate.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { [key: string]: Json };

const HOSTILE_NAMES = [
  'class', 'default', 'a-b', '1st', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '名前', 'ñ', 'x y',
  "quote'd", 'dq"k', 'back\\slash', '*/', '${x}', 'enum', 'type', 'properties', 'required', 'valueOf', 'then',
];
const COMPONENT_NAMES = ['Alpha', 'data_disk', 'Node', 'tree-node', 'Beta'];

const nameArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NAMES) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z][a-z_]{0,8}$/) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
);
const textArb = fc.oneof(fc.constantFrom('', 'plain', 'ends */ a comment', 'a `tick` and ${x}', 'line\u2028sep', '<script>x</script>'), fc.string({ maxLength: 12 }));

function leafArb(refs: string[]): fc.Arbitrary<Schema> {
  const string = fc.record(
    {
      type: fc.constant('string'),
      enum: fc.uniqueArray(fc.oneof(fc.constantFrom("it's", 'say "hi"', '*/', ''), fc.string({ maxLength: 5 })), { minLength: 1, maxLength: 4 }),
      format: fc.constantFrom('password', 'date-time', 'byte', 'uuid', 'email', 'whatever'),
      minLength: fc.nat(5),
      pattern: fc.constantFrom('^[a-z]+$', '\\d{2,}', '^[^-]'),
      description: textArb,
    },
    { requiredKeys: ['type'] },
  );
  const open = fc.record({ type: fc.constant('string'), 'x-extensible-enum': fc.uniqueArray(fc.string({ minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 3 }) });
  const integer = fc.record(
    { type: fc.constant('integer'), format: fc.constantFrom('int32', 'int64'), enum: fc.uniqueArray(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 3 }), minimum: fc.integer({ min: -10, max: 0 }), maximum: fc.nat(10) },
    { requiredKeys: ['type'] },
  );
  const number = fc.record({ type: fc.constant('number'), multipleOf: fc.constantFrom(0.5, 2) }, { requiredKeys: ['type'] });
  const simple = fc.constantFrom<Schema>({ type: 'boolean' }, { type: ['string', 'null'] }, { type: ['integer', 'string'] }, {});
  const ref = refs.length > 0 ? [fc.constantFrom(...refs).map((name): Schema => ({ $ref: `#/components/schemas/${name}` }))] : [];
  return fc.oneof(string, open, integer, number, simple, ...ref);
}

function schemaArb(refs: string[]): fc.Arbitrary<Schema> {
  const { schema } = fc.letrec<{ schema: Schema; object: Schema }>((tie) => ({
    schema: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leafArb(refs),
      tie('object'),
      tie('schema').map((items): Schema => ({ type: 'array', items })),
      tie('object').map((inner): Schema => ({ type: 'object', additionalProperties: inner })),
      fc.tuple(tie('schema'), tie('schema')).map(([a, b]): Schema => ({ oneOf: [a, b] })),
    ),
    object: fc
      .record(
        {
          properties: fc.dictionary(nameArb, tie('schema'), { maxKeys: 5 }),
          extraRequired: fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 12, arbitrary: fc.constant(false) }),
          closed: fc.boolean(),
          description: textArb,
        },
      )
      .chain(({ properties, extraRequired, closed, description }) =>
        fc.subarray(Object.keys(properties)).map((required): Schema => {
          const schema: Schema = { type: 'object', properties: properties as { [key: string]: Json }, description };
          const names = extraRequired ? [...required, 'not_a_property'] : required;
          if (names.length > 0) schema.required = names;
          if (closed) schema.additionalProperties = false;
          return schema;
        }),
      ),
  }));
  return schema;
}

/** A whole product: components (some referencing each other), one operation with random parameters and body. */
const specArb = fc
  .uniqueArray(fc.constantFrom(...COMPONENT_NAMES, 'DataDisk'), { maxLength: 4 })
  .chain((componentNames) =>
    fc.record({
      components: fc.tuple(...componentNames.map(() => schemaArb(componentNames))).map((schemas) => Object.fromEntries(componentNames.map((n, i) => [n, schemas[i]!]))),
      body: schemaArb(componentNames),
      response: schemaArb(componentNames),
      query: fc.dictionary(nameArb, leafArb([]), { maxKeys: 3 }),
      summary: textArb,
      split: fc.boolean(),
    }),
  )
  .map(({ components, body, response, query, summary, split }) => {
    const product = { openapi: '3.1.0', info: { title: `Prop ${summary}`, version: '1' }, 'x-acs-product': 'Prop', 'x-acs-version': '2020-01-01' };
    const operation = {
      paths: {
        '/things/{ThingId}': {
          post: {
            operationId: 'CreateThing',
            summary,
            parameters: [
              { name: 'ThingId', in: 'path', required: true, schema: { type: 'string' } },
              ...Object.entries(query).map(([name, schema]) => ({ name, in: 'query', schema })),
            ],
            requestBody: { content: { 'application/json': { schema: body } } },
            responses: { '200': { description: 'OK', content: { 'application/json': { schema: response } } } },
          },
        },
      },
    };
    return { product, operation, components: components as Record<string, Schema>, split };
  });

type Spec = typeof specArb extends fc.Arbitrary<infer T> ? T : never;

/** Writes a spec as JSON files; `names` picks the file names of the two component halves (to vary merge order). */
async function writeSpec(dir: string, spec: Spec, names: [string, string] = ['c1.json', 'c2.json']): Promise<string> {
  const entries = Object.entries(spec.components);
  const half = spec.split ? Math.ceil(entries.length / 2) : entries.length;
  const files: Record<string, string> = {
    'product.json': JSON.stringify(spec.product, null, 2),
    'CreateThing.json': JSON.stringify(spec.operation, null, 2),
    [names[0]]: JSON.stringify({ components: { schemas: Object.fromEntries(entries.slice(0, half)) } }, null, 2),
  };
  if (half < entries.length) files[names[1]] = JSON.stringify({ components: { schemas: Object.fromEntries(entries.slice(half)) } }, null, 2);
  await writeTree(dir, files);
  return dir;
}

/** The generator's answer: its files, or the SpecError it refused with. Anything else is thrown. */
async function generate(dir: string): Promise<GeneratedPackage | SpecError> {
  try {
    return await generatePackage(dir);
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
}

const fingerprint = (pkg: GeneratedPackage): string => JSON.stringify(pkg.files);

let tmp: string;
let counter = 0;
beforeAll(async () => {
  tmp = await makeTempDir('random-specs-');
});
afterAll(async () => {
  await removeDir(tmp);
});

describe('random specs', () => {
  it('are refused with a SpecError or give packages that compile and load', async () => {
    const batch = path.join(tmp, 'batch');
    const sharedRuntime = path.join(batch, 'runtime');
    let runtimeFiles: Map<string, string> | undefined;
    const packages: string[] = [];
    const refusals: string[] = [];

    await fc.assert(
      fc.asyncProperty(specArb, async (spec) => {
        const dir = await writeSpec(path.join(tmp, `spec-${counter++}`), spec);
        const result = await generate(dir);
        if (result instanceof SpecError) {
          expect(result.message).not.toMatch(/[\r\n]/);
          refusals.push(result.detail);
          return;
        }
        // Every package carries the same runtime: check one shared copy, so that tsc reads it once.
        const runtime = new Map(result.files.filter((f) => f.path.startsWith('src/runtime/')).map((f) => [f.path, f.contents]));
        if (!runtimeFiles) {
          runtimeFiles = runtime;
          for (const [file, contents] of runtime) await writeTree(sharedRuntime, { [file.slice('src/runtime/'.length)]: contents });
        }
        expect(runtime).toEqual(runtimeFiles);
        const pkgDir = path.join(batch, `pkg-${packages.length}`);
        for (const file of result.files) {
          if (!file.path.startsWith('src/runtime/')) await writeTree(pkgDir, { [file.path]: file.contents });
        }
        await mkdir(path.join(pkgDir, 'dist'), { recursive: true });
        await symlink(sharedRuntime, path.join(pkgDir, 'src', 'runtime'), 'dir');
        await writeFile(path.join(pkgDir, 'spec.json'), JSON.stringify(spec, null, 2));
        packages.push(pkgDir);
        // The module loads (every pattern and constant evaluates) and judges a request without throwing.
        const validators = (await import(pathToFileURL(path.join(pkgDir, 'dist', 'index.js')).href)) as Record<string, (v: unknown) => { ok: boolean }>;
        expect(validators.validateCreateThingRequest!({ ThingId: 't' })).toHaveProperty('ok');
        expect(validators.validateCreateThingRequest!(JSON.parse('{"ThingId":"t","body":{"__proto__":{"polluted":1}}}')).ok).toBeTypeOf('boolean');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 30) },
    );

    // Both outcomes must actually occur, or the property says little.
    expect(packages.length, `refusals: ${refusals.join(' | ')}`).toBeGreaterThanOrEqual(5);
    expect(refusals.length).toBeGreaterThan(0);

    // Each package folder holds its own tsconfig.json; typecheckPackages uses the first one's options.
    const result = await typecheckPackages(packages);
    expect(result.stdout + result.stderr, 'tsc over the generated packages (see spec.json beside each)').toBe('');
    expect(result.code).toBe(0);
  }, 110_000);

  it('give byte-identical output on a second run and whatever the order or names of their files', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(specArb, async (spec) => {
        const first = await generate(await writeSpec(path.join(tmp, `det-${counter++}`), spec));
        const second = await generate(await writeSpec(path.join(tmp, `det-${counter++}`), spec));
        // Same content, component files named so that they merge in the opposite order.
        const swapped = await generate(await writeSpec(path.join(tmp, `det-${counter++}`), spec, ['z2.json', 'a1.json']));
        if (first instanceof SpecError) {
          expect(second).toBeInstanceOf(SpecError);
          expect((second as SpecError).detail).toBe(first.detail);
          expect(swapped).toBeInstanceOf(SpecError);
          return;
        }
        compared++;
        expect(fingerprint(second as GeneratedPackage)).toBe(fingerprint(first));
        expect(swapped).not.toBeInstanceOf(SpecError);
        // Renaming files may reorder keys of the bundled openapi.json (files merge in name order), nothing else.
        const withoutBundle = (pkg: GeneratedPackage): string => JSON.stringify(pkg.files.filter((f) => f.path !== 'openapi.json'));
        const bundle = (pkg: GeneratedPackage): unknown => JSON.parse(pkg.files.find((f) => f.path === 'openapi.json')!.contents);
        expect(withoutBundle(swapped as GeneratedPackage)).toBe(withoutBundle(first));
        expect(bundle(swapped as GeneratedPackage)).toEqual(bundle(first));

        // The loader itself: a file list in another order gives the same document and the same IR.
        const dir = path.join(tmp, `det-${counter - 1}`);
        const paths = await listSpecFiles(dir);
        const forward = await loadSpecFiles(paths);
        const backward = await loadSpecFiles([...paths].reverse());
        expect(JSON.stringify(backward.document)).toBe(JSON.stringify(forward.document));
        expect(JSON.stringify(normalize(backward.document, backward))).toBe(JSON.stringify(normalize(forward.document, forward)));
      }),
      { numRuns: 8 },
    );
    expect(compared).toBeGreaterThan(0);
  }, 110_000);
});

describe('random specs, printed without prettier or TypeScript', () => {
  // TypeScript is printed directly in prettier's layout and declarations are written from the same structures
  // (generator/emit/ts-printer.ts, ts-declarations.ts): whatever the spec, prettier and TypeScript agree.
  it('give sources prettier leaves unchanged and the declarations TypeScript derives', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(specArb, async (spec) => {
        const result = await generate(await writeSpec(path.join(tmp, `print-${counter++}`), spec));
        if (result instanceof SpecError) return;
        checked++;
        const sources = result.files.filter((f) => f.path.startsWith('src/') && !f.path.startsWith('src/runtime/'));
        for (const file of [...sources, ...result.files.filter((f) => f.path === 'dist/validators.d.ts')]) {
          // prettier prints `(-1)[]` as `-1[]`, which its own parser rejects: such files are prettier's output as is.
          if (/[^(\w]-\d[\d.]*\[\]/.test(file.contents)) continue;
          expect(await format(file.contents, { ...PRETTIER_OPTIONS, parser: 'babel-ts' }), file.path).toBe(file.contents);
        }
        for (const file of sources.filter((f) => f.path !== 'src/validators.ts')) {
          const declarations = result.files.find((f) => f.path === `dist/${file.path.slice('src/'.length, -'.ts'.length)}.d.ts`);
          expect(declarations?.contents, file.path).toBe(declarationsOf(file));
        }
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 20) },
    );
    expect(checked).toBeGreaterThan(0);
  }, 110_000);
});

describe('a generated package loads', () => {
  it('imports its validators module (patterns and constants evaluate) for a spec with every kind of field', async () => {
    const spec = fc.sample(specArb, { numRuns: 1, seed: 7 })[0]!;
    // Parsed from JSON so that "__proto__" is an own key, as it is in a spec file.
    spec.components = JSON.parse(
      '{ "Alpha": { "type": "object", "properties": { "p": { "type": "string", "pattern": "^[^-]" }, "e": { "type": "string", "enum": ["it\'s", "*/"] }, "__proto__": { "type": "integer" } } } }',
    ) as Record<string, Schema>;
    const post = spec.operation.paths['/things/{ThingId}'].post;
    post.requestBody.content['application/json'].schema = { $ref: '#/components/schemas/Alpha' };
    post.responses['200'].content['application/json'].schema = { type: 'string' };
    post.parameters = post.parameters.slice(0, 1);
    const dir = await writeSpec(path.join(tmp, `load-${counter++}`), spec);
    const pkg = await generatePackage(dir);
    const out = path.join(tmp, `load-out-${counter++}`);
    for (const file of pkg.files) await writeTree(out, { [file.path]: file.contents });
    const validators = (await import(pathToFileURL(path.join(out, 'dist', 'index.js')).href)) as Record<string, (v: unknown) => { ok: boolean }>;
    const validate = validators.validateCreateThingRequest!;
    expect(validate({ ThingId: 'x', body: JSON.parse('{"p":"a","e":"*/","__proto__":3}') }).ok).toBe(true);
    expect(validate({ ThingId: 'x', body: JSON.parse('{"p":"-a"}') }).ok).toBe(false);
    expect(await readFile(path.join(out, 'src', 'models.ts'), 'utf8')).toContain('__proto__?: number');
  });
});
