/**
 * A credentials provider is the caller's code and may fail in any way (an STS endpoint down, a bug): the call
 * still rejects with a typed error, a CredentialsError naming the failure's class (its message, which may hold what
 * the provider was given, is not kept, not even as `cause`), and sends nothing.
 */
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CredentialsError, CsClient, type Credentials, type CredentialsProvider } from '../../generated/cs-2015-12-15/src/index.ts';
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
  ['rejects with an Error', async () => Promise.reject(new Error('STS endpoint unreachable for key provider-secret-1'))],
  ['throws a TypeError', async () => (undefined as unknown as { key: () => never }).key()],
  ['throws synchronously', (() => {
    throw new RangeError('bad configuration');
  }) as unknown as CredentialsProvider],
  ['rejects with a string', async () => Promise.reject('offline')],
];

describe('a failing credentials provider', () => {
  it.each(failing)('%s: CredentialsError without the failure attached, nothing sent', async (_, provider) => {
    const client = new CsClient({ endpoint: server.url, credentials: provider, maxRetries: 3 });
    const error = await client.describeClusterNodePools(idempotentRequests.describeClusterNodePools).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as CredentialsError).code).toBe('MissingCredentials');
    expect((error as CredentialsError).$metadata).toEqual({ attempts: 0 });
    expect((error as CredentialsError).cause).toBeUndefined();
    expect((error as CredentialsError).message).toMatch(/^The credentials provider failed \((Error|TypeError|RangeError|string)\)$/);
    expect(inspect(error, { depth: 10, showHidden: true })).not.toContain('provider-secret-1');
    expect(server.requests).toHaveLength(0);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['an empty object', {}],
    ['a key id without a secret', { accessKeyId: 'id' }],
    ['a number as secret', { accessKeyId: 'id', accessKeySecret: 42 }],
    ['an STS token with CRLF', { accessKeyId: 'id', accessKeySecret: 's', securityToken: 'tok\r\nx-injected: 1' }],
    ['a key id outside Latin-1', { accessKeyId: 'id中', accessKeySecret: 's' }],
  ])('resolves with %s: CredentialsError, nothing sent', async (_, value) => {
    const client = new CsClient({ endpoint: server.url, credentials: async () => value as Credentials, maxRetries: 3 });
    const error = await client.describeClusterNodePools(idempotentRequests.describeClusterNodePools).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect((error as CredentialsError).$metadata).toEqual({ attempts: 0 });
    expect(server.requests).toHaveLength(0);
  });

  it('passes its own CredentialsError through unchanged', async () => {
    const own = new CredentialsError('token expired and could not be refreshed');
    const client = new CsClient({ endpoint: server.url, credentials: async () => Promise.reject(own) });
    await expect(client.describeClusterNodePools(idempotentRequests.describeClusterNodePools)).rejects.toBe(own);
  });
});
