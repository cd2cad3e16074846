/**
 * ClientCore against the mock CS server over real HTTP on 127.0.0.1: every fault mode ends in a resolved call or a
 * typed error, a create is never applied twice, and nothing is left open afterwards.
 */
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allFeatures } from '../../generator/runtime/features.ts';
import { ClientCore } from '../../generator/runtime/client-core.ts';
import {
  AbortError,
  SdkError,
  ServiceError,
  NetworkError,
  ResponseParseError,
  TimeoutError,
  ValidationError,
} from '../../generator/runtime/errors.ts';
import type { ValidationResult } from '../../generator/runtime/validation.ts';
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET, startMockServer, type MockServer } from '../support/mock-server.ts';
import { CREATE_NODE_POOL, CS_SERVICE, DESCRIBE_NODE_POOLS, trackedClients } from '../support/descriptors.ts';

const service = CS_SERVICE;

const CreateClusterNodePool = CREATE_NODE_POOL;

const DescribeClusterNodePools = DESCRIBE_NODE_POOLS;

interface CreateRequest {
  ClusterId: string;
  body?: { nodepool_info?: { name?: string }; scaling_group?: { login_password?: string } };
}
interface CreateResponse {
  nodepool_id: string;
}

const PASSWORD = 'Hunter2-very-secret!';
const createRequest: CreateRequest = {
  ClusterId: 'c61da77e8bfbc4c4c999af2b51b65****',
  body: { nodepool_info: { name: 'e2e' }, scaling_group: { login_password: PASSWORD } },
};

let server: MockServer;
const { client, destroyAll } = trackedClients(() => ({
  endpoint: server.url,
  credentials: { accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: MOCK_ACCESS_KEY_SECRET },
  retryDelay: { baseMs: 5, maxMs: 50 },
}));

beforeEach(async () => {
  server = await startMockServer({
    routes: {
      DescribeClusterNodePools: {
        method: 'GET',
        path: '/clusters/{ClusterId}/nodepools',
        respond: (request) => ({ status: 200, body: { nodepools: [], cluster: request.pathParams.ClusterId } }),
      },
    },
  });
});

afterEach(async () => {
  destroyAll();
  await server.close();
});


const create = (core: ClientCore, request: CreateRequest = createRequest, validator?: (v: unknown) => ValidationResult<CreateRequest>) =>
  core.send<CreateRequest, CreateResponse>(CreateClusterNodePool, request, validator);

const describeNodePools = (core: ClientCore) =>
  core.send<{ ClusterId: string; NodepoolName?: string }, { nodepools: unknown[]; cluster: string }>(
    DescribeClusterNodePools,
    { ClusterId: 'c-1', NodepoolName: 'a b' },
    undefined,
  );

async function rejection(promise: Promise<unknown>): Promise<SdkError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SdkError);
  return error as SdkError;
}

describe('ClientCore end to end', () => {
  it('creates a node pool: signed request, parsed body, $metadata', async () => {
    const result = await create(client());
    expect(result.nodepool_id).toMatch(/^np[0-9a-f]{30}$/);
    expect(result.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
    expect(result.$metadata.requestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(server.acted.CreateClusterNodePool).toBe(1);
    const [recorded] = server.requests;
    expect(recorded?.signatureProblem).toBeUndefined();
    expect(recorded?.url).toBe('/clusters/c61da77e8bfbc4c4c999af2b51b65%2A%2A%2A%2A/nodepools');
    expect(JSON.parse(recorded?.body ?? '')).toEqual(createRequest.body);
  });

  it('sends query parameters and no body for a GET', async () => {
    const result = await describeNodePools(client());
    expect(result.cluster).toBe('c-1');
    expect(server.requests[0]?.url).toBe('/clusters/c-1/nodepools?NodepoolName=a%20b');
    expect(server.requests[0]?.body).toBe('');
    expect(server.requests[0]?.headers['content-type']).toBeUndefined();
  });

  it('signs with STS credentials', async () => {
    await server.close();
    server = await startMockServer({ securityTokens: ['sts-token'] });
    const core = client({
      credentials: async () => ({ accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: MOCK_ACCESS_KEY_SECRET, securityToken: 'sts-token' }),
    });
    await create(core);
    expect(server.requests[0]?.headers['x-acs-security-token']).toBe('sts-token');
    const bad = client({
      credentials: { accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: MOCK_ACCESS_KEY_SECRET, securityToken: 'other' },
    });
    const error = await rejection(create(bad));
    expect(error.code).toBe('InvalidSecurityToken.Mismatch');
  });

  it('rejects a wrong secret with SignatureDoesNotMatch, without retrying', async () => {
    const core = client({ credentials: { accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: 'wrong-secret' } });
    const error = await rejection(create(core));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: 'SignatureDoesNotMatch', statusCode: 400, $metadata: { attempts: 1 } });
    expect(server.acted.CreateClusterNodePool).toBeUndefined();
  });

  it('answers 404 for an unknown route', async () => {
    const op = { ...CreateClusterNodePool, action: 'NoSuchAction' };
    const error = await rejection(client().send(op, createRequest, undefined));
    expect(error).toMatchObject({ code: 'InvalidAction.NotFound', statusCode: 404 });
  });

  it('validates before sending: a ValidationError, and no request at all', async () => {
    const validator = (): ValidationResult<CreateRequest> => ({
      ok: false,
      issues: [{ path: '/body/scaling_group/login_password', code: 'min_length', message: 'too short' }],
    });
    const error = await rejection(create(client(), createRequest, validator));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain('/body/scaling_group/login_password (min_length)');
    expect(error.message).not.toContain(PASSWORD);
    expect(server.requests).toHaveLength(0);
    // Disabled per call or per client, the request goes out.
    const core = client();
    await core.send<CreateRequest, CreateResponse>(CreateClusterNodePool, createRequest, validator, { validate: false });
    await client({ validate: false }).send<CreateRequest, CreateResponse>(CreateClusterNodePool, createRequest, validator);
    expect(server.acted.CreateClusterNodePool).toBe(2);
  });

  it('reports a missing path parameter as a ValidationError even with validation off', async () => {
    const error = await rejection(client({ validate: false }).send(CreateClusterNodePool, { body: {} }, undefined));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]).toMatchObject({ path: '/ClusterId', code: 'required' });
    expect(server.requests).toHaveLength(0);
  });

  it('scrubs secrets a server echoes back from every form of the error', async () => {
    await server.close();
    server = await startMockServer({
      routes: {
        CreateClusterNodePool: {
          respond: (request) => ({
            status: 400,
            body: {
              code: 'InvalidParameter',
              message: `bad password ${JSON.stringify(request.body)} for key ${MOCK_ACCESS_KEY_SECRET}`,
              recommend: `try again without ${PASSWORD}`,
            },
          }),
        },
      },
    });
    const error = await rejection(create(client()));
    const renderings = [error.message, String(error), error.stack ?? '', JSON.stringify(error), inspect(error, { depth: 5 })];
    for (const text of renderings) {
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain(MOCK_ACCESS_KEY_SECRET);
    }
    // Text repeating a secret is withheld whole (see redact.ts), the code is kept.
    expect(error.message).toBe("InvalidParameter (HTTP 400): the service's message is withheld because it repeats a secret of the request");
    expect((error as ServiceError).recommend).toBeUndefined();
  });

  it('server-side validation: InvalidParameter names paths, never values', async () => {
    await server.close();
    server = await startMockServer({
      routes: {
        CreateClusterNodePool: {
          validate: () => ({ ok: false, issues: [{ path: '/body/scaling_group/login_password', code: 'pattern', message: PASSWORD }] }),
          respond: () => ({ status: 200, body: {} }),
        },
      },
    });
    const error = await rejection(create(client({ validate: false })));
    expect(error).toMatchObject({ code: 'InvalidParameter', statusCode: 400 });
    expect(error.message).toContain('/body/scaling_group/login_password (pattern)');
    expect(error.message).not.toContain(PASSWORD);
    expect(server.acted.CreateClusterNodePool).toBeUndefined();
  });
});

describe('fault modes', () => {
  it('500 on a create: a typed error, not retried (the server may have acted)', async () => {
    server.setFault({ kind: 'status', status: 500 });
    const error = await rejection(create(client()));
    expect(error).toMatchObject({ code: 'InternalError', statusCode: 500, retryable: false, $metadata: { attempts: 1 } });
    // The next call goes through: 500 then 200.
    await create(client());
    expect(server.acted.CreateClusterNodePool).toBe(1);
  });

  it('503 then 200 on an idempotent call: retried and resolved', async () => {
    server.setFault({ kind: 'status', status: 503, code: 'ServiceUnavailable' });
    const result = await describeNodePools(client());
    expect(result.$metadata.attempts).toBe(2);
  });

  it('429 with Retry-After on a create: retried (throttled means not acted), honouring Retry-After up to the cap', async () => {
    server.setFault({ kind: 'throttle', retryAfter: '1', times: 2 });
    const delays: number[] = [];
    const logger = { debug: (msg: string, data?: object) => msg === 'cs.retry' && delays.push((data as { delayMs: number }).delayMs) };
    const result = await create(client({ logger, retryDelay: { baseMs: 5, maxMs: 40 } }));
    expect(result.$metadata.attempts).toBe(3);
    expect(delays).toEqual([40, 40]); // Retry-After: 1 s, capped at maxMs
    expect(server.acted.CreateClusterNodePool).toBe(1);
    expect(server.requests.map((r) => r.status)).toEqual([429, 429, 200]);
  });

  it('throttled beyond maxRetries: a Throttling error after maxRetries + 1 attempts', async () => {
    server.setFault({ kind: 'throttle', retryAfter: '0', times: 10 });
    const error = await rejection(create(client({ maxRetries: 2 })));
    expect(error).toMatchObject({ code: 'Throttling.User', statusCode: 429, retryable: true, $metadata: { attempts: 3 } });
    expect(server.acted.CreateClusterNodePool).toBeUndefined();
  });

  it('hang on a create: TimeoutError, never retried, applied exactly once', async () => {
    server.setFault({ kind: 'hang', times: 5 });
    const error = await rejection(create(client({ timeoutMs: 150 })));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.$metadata?.attempts).toBe(1);
    expect(server.acted.CreateClusterNodePool).toBe(1);
    expect(server.requests).toHaveLength(1);
  });

  it('hang on an idempotent call: retried after the timeout and resolved', async () => {
    server.setFault({ kind: 'hang' });
    const result = await describeNodePools(client({ timeoutMs: 150 }));
    expect(result.$metadata.attempts).toBe(2);
  });

  it('malformed JSON in a 200: ResponseParseError, not retried', async () => {
    server.setFault({ kind: 'malformed-json' });
    const error = await rejection(create(client()));
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({ code: 'MalformedResponse', $metadata: { httpStatusCode: 200, attempts: 1 } });
    expect(error.$metadata?.requestId).toBeDefined();
    expect(server.acted.CreateClusterNodePool).toBe(1);
  });

  it('connection reset mid-body on a create: NetworkError (written), not retried, applied once', async () => {
    server.setFault({ kind: 'reset-mid-body' });
    const error = await rejection(create(client()));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ requestWritten: true, causeCode: 'ECONNRESET', $metadata: { attempts: 1 } });
    expect(server.acted.CreateClusterNodePool).toBe(1);
  });

  it('connection reset mid-body on an idempotent call: retried and resolved', async () => {
    server.setFault({ kind: 'reset-mid-body' });
    const result = await describeNodePools(client());
    expect(result.$metadata.attempts).toBe(2);
  });

  it('slow response within the timeout: resolved', async () => {
    server.setFault({ kind: 'slow', delayMs: 100 });
    const result = await create(client({ timeoutMs: 5_000 }));
    expect(result.$metadata.attempts).toBe(1);
    expect(server.acted.CreateClusterNodePool).toBe(1);
  });

  it('connection refused on a create: retried (nothing was written) and finally a NetworkError', async () => {
    server.setFault({ kind: 'refuse' });
    const error = await rejection(create(client({ maxRetries: 2 })));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ causeCode: 'ECONNREFUSED', requestWritten: false, $metadata: { attempts: 3 } });
    expect(server.acted.CreateClusterNodePool).toBeUndefined();
  });

  it('connection refused, then the server comes back: the create succeeds, applied once', async () => {
    server.setFault({ kind: 'refuse', reopenAfterMs: 50 });
    // 20 retries of up to 50 ms each: the sum exceeds the 50 ms outage with overwhelming probability.
    const result = await create(client({ maxRetries: 20, retryDelay: { baseMs: 50, maxMs: 50 } }));
    expect(result.$metadata.attempts).toBeGreaterThan(1);
    expect(server.acted.CreateClusterNodePool).toBe(1);
  });

  it('a caller abort during a hang: AbortError; an already aborted signal sends nothing', async () => {
    server.setFault({ kind: 'hang', act: false });
    const controller = new AbortController();
    const pending = client().send(CreateClusterNodePool, createRequest, undefined, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await rejection(pending)).toBeInstanceOf(AbortError);
    const before = server.requests.length;
    const error = await rejection(client().send(CreateClusterNodePool, createRequest, undefined, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(AbortError);
    expect(server.requests.length).toBe(before);
  });
});

describe('resources', () => {
  const counts = (): Record<string, number> => {
    const result: Record<string, number> = { TCPSocketWrap: 0, TCPServerWrap: 0, Timeout: 0 };
    for (const name of process.getActiveResourcesInfo()) if (name in result) result[name] = (result[name] ?? 0) + 1;
    return result;
  };
  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

  it('leaves no socket, server or timer open once calls settle and the server closes', async () => {
    await server.close();
    await settle();
    const before = counts();
    server = await startMockServer();
    // The Node transport (CsClient's), whose sockets and timers are the client's own to account for.
    const core = new ClientCore(
      service,
      {
        endpoint: server.url,
        credentials: { accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: MOCK_ACCESS_KEY_SECRET },
        retryDelay: { baseMs: 5, maxMs: 20 },
        timeoutMs: 100,
      },
      allFeatures,
    );
    await create(core);
    server.setFault({ kind: 'hang' });
    await rejection(create(core));
    server.setFault({ kind: 'reset-mid-body' });
    await rejection(create(core));
    server.setFault({ kind: 'throttle', retryAfter: '0' });
    await create(core);
    // While the server still runs, the client holds no timer; its idle keep-alive sockets are unref'd
    // by the pool and so do not count as active.
    const during = counts();
    expect(during.Timeout).toBeLessThanOrEqual(before.Timeout ?? 0);
    expect(during.TCPServerWrap).toBe((before.TCPServerWrap ?? 0) + 1);
    await server.close();
    await settle();
    const after = counts();
    for (const [name, count] of Object.entries(after)) expect(count, name).toBeLessThanOrEqual(before[name] ?? 0);
  });
});
