/**
 * A credentials provider is the caller's code and may fail in any way (an STS endpoint down, a bug): the call
 * still rejects with a typed error, a CredentialsError carrying the failure as `cause`, and sends nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CredentialsError, CsClient, type CredentialsProvider } from '../../generated/cs-2015-12-15/src/index.ts';
import { startMockServer, type MockServer } from '../support/mock-server.ts';
import { idempotentRequests } from './support.ts';

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer();
});

afterAll(async () => {
  await server.close();
});

const failing: [string, CredentialsProvider][] = [
  ['rejects with an Error', async () => Promise.reject(new Error('STS endpoint unreachable'))],
  ['throws a TypeError', async () => (undefined as unknown as { key: () => never }).key()],
  ['throws synchronously', (() => {
    throw new RangeError('bad configuration');
  }) as unknown as CredentialsProvider],
  ['rejects with a string', async () => Promise.reject('offline')],
];

describe('a failing credentials provider', () => {
  it.each(failing)('%s: CredentialsError with the failure as cause, nothing sent', async (_, provider) => {
    const client = new CsClient({ endpoint: server.url, credentials: provider, maxRetries: 3 });
    const error = await client.describeClusterNodePools(idempotentRequests.describeClusterNodePools).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as CredentialsError).code).toBe('MissingCredentials');
    expect((error as CredentialsError).$metadata).toEqual({ attempts: 0 });
    expect((error as CredentialsError).cause).toBeDefined();
    expect(server.requests).toHaveLength(0);
  });

  it('passes its own CredentialsError through unchanged', async () => {
    const own = new CredentialsError('token expired and could not be refreshed');
    const client = new CsClient({ endpoint: server.url, credentials: async () => Promise.reject(own) });
    await expect(client.describeClusterNodePools(idempotentRequests.describeClusterNodePools)).rejects.toBe(own);
  });
});
