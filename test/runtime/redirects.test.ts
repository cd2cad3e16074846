/**
 * Redirects are never followed, by either transport: a 301/302/303/307/308 pointing at another server (another
 * 127.0.0.1 port here) rejects with RedirectError, is not retried, and the other server receives nothing: not the
 * STS token, not the access key id, not the body with its password.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientCore, type OperationDescriptor, type ServiceDescriptor } from '../../generator/runtime/client-core.ts';
import { RedirectError } from '../../generator/runtime/safety-errors.ts';
import { createFetchTransport } from '../../generator/runtime/transport-fetch.ts';
import { createNodeTransport } from '../../generator/runtime/transport-node.ts';
import type { Transport } from '../../generator/runtime/transport.ts';
import { afterBody, startLocalServer, type LocalServer } from './local-server.ts';

const service: ServiceDescriptor = { product: 'CS', version: '2015-12-15', endpointTemplate: 'cs.{region}.aliyuncs.com', regions: {} };
const createOp: OperationDescriptor = {
  action: 'CreateThing',
  method: 'POST',
  path: '/things',
  params: [],
  body: true,
  idempotent: false,
  sensitive: ['/body/login_password'],
};
const describeOp: OperationDescriptor = { action: 'DescribeThings', method: 'GET', path: '/things', params: [], body: false, idempotent: true };

let elsewhere: LocalServer;
let redirecting: LocalServer;
let status = 302;
const node = createNodeTransport();

beforeAll(async () => {
  elsewhere = await startLocalServer(
    afterBody((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    }),
  );
  redirecting = await startLocalServer(
    afterBody((_request, response) => {
      response.writeHead(status, { location: `${elsewhere.url}/collect` });
      response.end();
    }),
  );
});

afterAll(async () => {
  node.destroy();
  await redirecting.close();
  await elsewhere.close();
});

describe.each([
  ['node', (): Transport => node],
  ['fetch', (): Transport => createFetchTransport()],
])('%s transport', (_, transport) => {
  it.each([301, 302, 303, 307, 308])('HTTP %i to another origin: RedirectError, not retried, the other server sees nothing', async (code) => {
    status = code;
    const before = redirecting.requests.length;
    const client = new ClientCore(service, {
      endpoint: redirecting.url,
      credentials: { accessKeyId: 'LTAI-redirect-id', accessKeySecret: 'redirect-secret', securityToken: 'redirect-token' },
      transport: transport(),
      maxRetries: 3,
      retryDelay: { baseMs: 1, maxMs: 2 },
    });
    for (const [op, request] of [
      [createOp, { body: { login_password: 'Redirect#Pw1' } }],
      [describeOp, {}],
    ] as const) {
      const error = await client.send(op, request, undefined).then(
        () => 'resolved',
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RedirectError);
      expect(error).toMatchObject({ code: 'UnexpectedRedirect', statusCode: code, $metadata: { attempts: 1 } });
    }
    expect(redirecting.requests.length - before).toBe(2);
    expect(elsewhere.requests).toEqual([]);
  });
});
