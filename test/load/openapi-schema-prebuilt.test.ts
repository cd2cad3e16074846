/**
 * The OpenAPI 3.1 schema compiled once per build of the generator (generator/openapi-schema.ts) answers exactly as
 * @seriousme/openapi-schema-validator does when it compiles the schema itself: same verdict, same errors.
 */
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSpecFolder } from '../../generator/load/index.ts';
import { prebuildOpenApiSchema, validateOpenApiSchema } from '../../generator/openapi-schema.ts';
import { makeTempDir, removeDir, repoRoot } from '../support/generate.ts';

const FLAG = '__CS_GENERATOR_BUILD_DIR__';
let tmp: string;
let valid: Record<string, unknown>;

beforeAll(async () => {
  tmp = await makeTempDir('openapi-schema-');
  await prebuildOpenApiSchema(tmp);
  valid = (await loadSpecFolder(path.join(repoRoot, 'spec', 'cs-2015-12-15'))).document;
}, 60_000);

afterAll(async () => {
  delete (globalThis as Record<string, unknown>)[FLAG];
  await removeDir(tmp);
});

type Mutation = [string, (doc: Record<string, any>) => void];
const mutations: Mutation[] = [
  ['valid', () => {}],
  ['an unexpected field in an operation', (doc) => void (Object.values(Object.values(doc.paths)[0] as object)[0].unexpected = 1)],
  ['responses of the wrong type', (doc) => void (Object.values(Object.values(doc.paths)[0] as object)[0].responses = 'none')],
  ['a parameter without "in"', (doc) => void delete Object.values(Object.values(doc.paths)[0] as object)[0].parameters?.[0]?.in],
  ['a reference to nothing', (doc) => void (doc.components.schemas.Dangling = { $ref: '#/components/schemas/Nowhere' })],
  ['an info without title', (doc) => void delete doc.info.title],
];

it.each(mutations)('%s', async (name, mutate) => {
  const document = structuredClone(valid);
  mutate(document);
  const expected = await new Validator().validate(structuredClone(document));
  expect(expected.valid).toBe(name === 'valid');
  (globalThis as Record<string, unknown>)[FLAG] = tmp;
  try {
    expect(await validateOpenApiSchema(structuredClone(document))).toEqual(expected);
  } finally {
    delete (globalThis as Record<string, unknown>)[FLAG];
  }
});
