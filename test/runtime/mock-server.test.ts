/** The mock server itself: it must refuse what a real gateway refuses, or the e2e tests prove nothing. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientCore } from '../../generator/runtime/client-core.ts';
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET, startMockServer, type MockServer } from '../support/mock-server.ts';
import { CREATE_NODE_POOL, CS_SERVICE } from '../support/descriptors.ts';

let server: MockServer;
let core: ClientCore;
const op = CREATE_NODE_POOL;

beforeEach(async () => {
  server = await startMockServer();
  core = new ClientCore(
    CS_SERVICE,
    { endpoint: server.url, credentials: { accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: MOCK_ACCESS_KEY_SECRET } },
  );
  await core.send(op, { ClusterId: 'c-1', body: { nodepool_info: { name: 'a' } } }, undefined);
});
afterEach(async () => {
  core.destroy();
  await server.close();
});

/** Re-sends the recorded request, optionally altered. */
async function replay(change: (headers: Record<string, string>) => void = () => {}, body?: string): Promise<{ status: number; code: string }> {
  const recorded = server.requests[0];
  if (!recorded) throw new Error('nothing recorded');
  const headers: Record<string, string> = { ...recorded.headers };
  delete headers.host;
  delete headers['content-length'];
  delete headers.connection;
  change(headers);
  const response = await fetch(`${server.url}${recorded.url}`, { method: recorded.method, headers, body: body ?? recorded.body });
  return { status: response.status, code: ((await response.json()) as { code: string }).code };
}

describe('mock server', () => {
  it('acted on the signed request once', () => {
    expect(server.requests[0]?.signatureProblem).toBeUndefined();
    expect(server.acted).toEqual({ CreateClusterNodePool: 1 });
  });

  it('refuses a replayed nonce', async () => {
    expect(await replay()).toEqual({ status: 400, code: 'SignatureNonceUsed' });
  });

  it('refuses a changed body, a changed signed header, an unsigned x-acs header and a missing signature', async () => {
    expect(await replay(undefined, '{"nodepool_info":{"name":"b"}}')).toEqual({ status: 400, code: 'SignatureDoesNotMatch' });
    expect(await replay((h) => (h['x-acs-action'] = 'DeleteClusterNodepool'))).toEqual({ status: 400, code: 'SignatureDoesNotMatch' });
    expect(await replay((h) => (h['x-acs-extra'] = '1'))).toEqual({ status: 400, code: 'SignatureDoesNotMatch' });
    expect(await replay((h) => delete h.authorization)).toEqual({ status: 400, code: 'MissingAuthorization' });
    expect(await replay((h) => (h.authorization = (h.authorization ?? '').replace(MOCK_ACCESS_KEY_ID, 'someone-else')))).toEqual({
      status: 404,
      code: 'InvalidAccessKeyId.NotFound',
    });
    expect(server.acted.CreateClusterNodePool).toBe(1);
  });

  it('applies a fault the given number of times, then behaves normally', async () => {
    server.setFault({ kind: 'status', status: 503, code: 'ServiceUnavailable', times: 2 });
    const statuses: (number | undefined)[] = [];
    for (let i = 0; i < 3; i++) {
      await core.send({ ...op, idempotent: false }, { ClusterId: 'c-1', body: {} }, undefined).catch(() => undefined);
      statuses.push(server.requests.at(-1)?.status);
    }
    expect(statuses).toEqual([503, 503, 200]);
    expect(server.acted.CreateClusterNodePool).toBe(2);
  });
});
