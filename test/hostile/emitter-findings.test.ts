/**
 * Emitter bugs found by the random-spec property (test/hostile/random-specs.property.test.ts), pinned as small
 * deterministic regression cases.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToTemp, makeTempDir, removeDir, typecheckPackages, writeTree } from '../support/generate.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await makeTempDir('emitter-findings-');
});
afterAll(async () => {
  await removeDir(tmp);
});

function productWithBody(body: object): Record<string, string> {
  return {
    'product.json': JSON.stringify({
      openapi: '3.1.0',
      info: { title: 'Finding', version: '1' },
      'x-acs-product': 'Finding',
      'x-acs-version': '2020-01-01',
      paths: {
        '/things': {
          post: {
            operationId: 'CreateThing',
            requestBody: { content: { 'application/json': { schema: body } } },
            responses: { '200': { description: 'OK' } },
          },
        },
      },
    }),
  };
}

describe('emitter findings', () => {
  // A single negative literal before `[]` (`-1[]`) is accepted by TypeScript but not by prettier's babel-ts parser,
  // so generation failed with "error: generation failed: Unexpected token"; it must be emitted as `(-1)[]`.
  it.each([
    ['an array of a negative integer enum', { type: 'array', items: { type: 'integer', enum: [-1] } }],
    ['an array of a negative const', { type: 'array', items: { type: 'number', const: -2.5 } }],
  ])('%s generates and compiles', async (_name, property) => {
    const dir = await writeTree(path.join(tmp, `spec-${Math.random().toString(36).slice(2)}`), productWithBody({ type: 'object', properties: { values: property } }));
    const generated = await generateToTemp(dir);
    const result = await typecheckPackages([generated.packageDir]);
    expect(result.stdout + result.stderr).toBe('');
  }, 60_000);
});
