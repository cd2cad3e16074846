import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CsClient } from '../generated/cs-2015-12-15/src/index.ts';
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET, startMockServer, type MockServer } from './support/mock-server.ts';
import { specRoutes } from './support/spec-routes.ts';
import { makeAjv, openapi, operations } from './validators/support.ts';

let server: MockServer;
let client: CsClient;

beforeAll(async () => {
  server = await startMockServer({ routes: await specRoutes(path.resolve(import.meta.dirname, '..', 'generated', 'cs-2015-12-15')) });
  client = new CsClient({ endpoint: server.url, credentials: { accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: MOCK_ACCESS_KEY_SECRET } });
});

afterAll(async () => {
  client.destroy();
  await server.close();
});

// The mock that `npm run mock` serves: every operation of the package, validated with its own validators.
it('serves every operation from the spec, typing query values before validating them', async () => {
  const deleted = await client.deleteClusterNodepool({ ClusterId: 'c1', NodepoolId: 'np1', force: true });
  expect(deleted.$metadata.httpStatusCode).toBe(200);
  const listed = await client.describeClusterNodePools({ ClusterId: 'c1' });
  expect(listed.$metadata.httpStatusCode).toBe(200);
  expect(server.requests.map((r) => r.status)).toEqual([200, 200]);
});

it('answers an invalid request (validation off in the client) with an Alibaba-style 400', async () => {
  const call = client.scaleClusterNodePool({ ClusterId: 'c1', NodepoolId: 'np1', body: { count: 0 } }, { validate: false });
  await expect(call).rejects.toMatchObject({ statusCode: 400 });
});

// Every operation answers, with a body its own response schema accepts (checked by ajv), whether or not the spec
// has a response example: requests and responses are synthesized from the schemas.
it('answers every operation of the package with a response its schema accepts', async () => {
  const ajv = makeAjv();
  const methods = client as unknown as Record<string, (request: unknown) => Promise<Record<string, unknown>>>;
  const failures: string[] = [];
  const before = server.requests.length;
  for (const op of operations()) {
    const method = op.action.charAt(0).toLowerCase() + op.action.slice(1);
    const request = op.examples[0]!.value;
    const result = await methods[method]!(structuredClone(request));
    if (result.$metadata === undefined) failures.push(`${op.action}: no $metadata`);
    const schema = responseSchemaOf(op.action);
    if (schema === undefined) continue;
    const validate = ajv.compile({ ...schema, components: openapi.components });
    if (!validate(responseBody(result, schema))) failures.push(`${op.action}: ${ajv.errorsText(validate.errors)}`);
  }
  expect(failures).toEqual([]);
  expect(server.requests.slice(before).filter((r) => r.status !== 200)).toEqual([]);
  expect(server.requests.length - before).toBe(operations().length);
});

/** What the service answered, without the client's `$metadata`: an object, an array, or a scalar (under `value`). */
function responseBody(result: Record<string, unknown>, schema: Record<string, unknown>): unknown {
  if (Array.isArray(result)) return [...result];
  const ref = typeof schema.$ref === 'string' ? schema.$ref.split('/').pop()! : undefined;
  const resolved = ref ? ((openapi.components as { schemas: Record<string, Record<string, unknown>> }).schemas[ref] ?? {}) : schema;
  if (['string', 'number', 'integer', 'boolean'].includes(resolved.type as string)) return result.value;
  const { $metadata: _, ...rest } = result;
  return rest;
}

function responseSchemaOf(action: string): Record<string, unknown> | undefined {
  for (const item of Object.values(openapi.paths as Record<string, Record<string, Record<string, unknown>>>)) {
    for (const operation of Object.values(item)) {
      if (operation.operationId !== action) continue;
      const responses = operation.responses as Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
      const status = Object.keys(responses).sort().find((s) => s.startsWith('2'));
      return status === undefined ? undefined : responses[status]?.content?.['application/json']?.schema;
    }
  }
  return undefined;
}
