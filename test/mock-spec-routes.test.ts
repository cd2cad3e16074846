import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CsClient } from '../generated/cs-2015-12-15/src/index.ts';
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET, startMockServer, type MockServer } from './support/mock-server.ts';
import { specRoutes } from './support/spec-routes.ts';

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
