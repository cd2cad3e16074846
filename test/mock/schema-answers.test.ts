import { afterAll, beforeAll, expect, it } from 'vitest';
import { CsClient } from 'cs-2015-12-15';
import { startMockServer, type MockServer } from 'cs-2015-12-15/mock';
import { makeAjv, openapi, operations } from '../validators/support.ts';

let server: MockServer;
let client: CsClient;

// Stateless: every operation answers from its response sample, whatever ids the examples use.
beforeAll(async () => {
  server = await startMockServer({ stateful: false });
  client = new CsClient({ endpoint: server.endpoint, credentials: server.credentials });
});

afterAll(async () => {
  client.destroy();
  await server.close();
});

// The mock that `npm run mock` serves: every operation of the package, validated with its own validators.
it('serves every operation from the spec, typing query values before validating them', async () => {
  const deleted = await client.deleteClusterNodepool({ ClusterId: 'c1', NodepoolId: 'np1', force: true });
  expect(deleted.$metadata.httpStatusCode).toBe(200);
  const listed = await client.describeClustersV1({ page_size: 10, page_number: 2 });
  expect(listed.$metadata.httpStatusCode).toBe(200);
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
  const before = server.stats.handled;
  for (const op of operations()) {
    const method = op.action.charAt(0).toLowerCase() + op.action.slice(1);
    const request = op.examples[0]!.value;
    const answer = await methods[method]!(structuredClone(request));
    if (answer.$metadata === undefined) failures.push(`${op.action}: no $metadata`);
    const body = bodyOf(answer);
    const schema = responseSchemaOf(op.action);
    if (schema === undefined) continue;
    const validate = ajv.compile({ ...schema, components: openapi.components });
    if (!validate(body)) failures.push(`${op.action}: ${ajv.errorsText(validate.errors)}`);
  }
  expect(failures).toEqual([]);
  expect(server.stats.handled - before).toBe(operations().length);
});

/** The parsed body without `$metadata` (an array keeps its items; a bare value comes back under `value`). */
function bodyOf(answer: Record<string, unknown>): unknown {
  if (Array.isArray(answer)) return [...answer];
  const { $metadata: _metadata, ...rest } = answer;
  return Object.keys(rest).length === 1 && 'value' in rest && typeof rest.value !== 'object' ? rest.value : rest;
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

// A user's paginator loop run against the mock must end: a token-paged list answers as its last page (the sample
// has no next token), a page-number list with a short page.
it('lets every paginator of the package run to its end', async () => {
  const exports = (await import('cs-2015-12-15')) as unknown as Record<string, unknown>;
  type Paginator = (c: CsClient, request: unknown) => AsyncIterable<unknown>;
  const paginators = Object.entries(exports).filter(([name]) => /^paginate[A-Z]/.test(name));
  expect(paginators.length).toBeGreaterThanOrEqual(12);
  const pages: Record<string, number> = {};
  for (const [name, paginate] of paginators) {
    const op = operations().find((o) => `paginate${o.action}` === name);
    expect(op, name).toBeDefined();
    pages[name] = 0;
    for await (const _page of (paginate as Paginator)(client, structuredClone(op!.examples[0]!.value))) pages[name]++;
  }
  expect(Object.entries(pages).filter(([, count]) => count !== 1)).toEqual([]);
});
