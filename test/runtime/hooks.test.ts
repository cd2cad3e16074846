/**
 * Hooks, per-call headers and debug log events, against the mock CS server over real HTTP on 127.0.0.1: a header a
 * hook or the caller adds is signed (the mock verifies it, and the signature breaks when it is changed), hooks see
 * every attempt and can overrule the retry decision, bad headers are refused before anything is sent, and the
 * logger receives one structured, scrubbed event per request, response, retry and failure.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClientCore, type CallOptions, type OperationDescriptor } from '../../generator/runtime/client-core.ts';
import { SdkError, ServiceError, NetworkError } from '../../generator/runtime/errors.ts';
import { HookError, type Hook } from '../../generator/runtime/hooks.ts';
import type { LogEvent, LogEventName } from '../../generator/runtime/log.ts';
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET, startMockServer, verifySignature, type MockServer } from '../support/mock-server.ts';
import { CREATE_NODE_POOL, CS_SERVICE, DESCRIBE_NODE_POOLS, trackedClients } from '../support/descriptors.ts';

const service = CS_SERVICE;

const DescribeClusterNodePools = DESCRIBE_NODE_POOLS;

const CreateClusterNodePool: OperationDescriptor = { ...CREATE_NODE_POOL, sensitive: ['/ClusterId', '/body/scaling_group/login_password'] };

const PASSWORD = 'Hunter2-very-secret!';
// A path parameter marked sensitive: the log's path must not show it.
const SECRET_CLUSTER = 'c-secret-cluster-4242';

let server: MockServer;
const { client, destroyAll } = trackedClients(() => ({
  endpoint: server.url,
  credentials: { accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: MOCK_ACCESS_KEY_SECRET },
  retryDelay: { baseMs: 1, maxMs: 5 },
}));

beforeEach(async () => {
  server = await startMockServer({
    routes: {
      DescribeClusterNodePools: {
        method: 'GET',
        path: '/clusters/{ClusterId}/nodepools',
        respond: () => ({ status: 200, body: { nodepools: [] } }),
      },
    },
  });
});
afterEach(async () => {
  destroyAll();
  await server.close();
});


const describeNodePools = (core: ClientCore, options?: CallOptions) =>
  core.send<{ ClusterId: string; NodepoolName?: string }, { nodepools: unknown[] }>(
    DescribeClusterNodePools,
    { ClusterId: 'c-1', NodepoolName: 'workers' },
    undefined,
    options,
  );

const create = (core: ClientCore, options?: CallOptions) =>
  core.send<object, { nodepool_id: string }>(
    CreateClusterNodePool,
    { ClusterId: SECRET_CLUSTER, body: { nodepool_info: { name: 'np' }, scaling_group: { login_password: PASSWORD } } },
    undefined,
    options,
  );

async function rejection(promise: Promise<unknown>): Promise<SdkError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SdkError);
  return error as SdkError;
}

const signedHeaders = (authorization: string | undefined): string[] =>
  /SignedHeaders=([^,]+)/.exec(authorization ?? '')?.[1]?.split(';') ?? [];

describe('headers from hooks and from the call', () => {
  it('an x-acs-* header added by an onRequest hook or by the call is signed, and the mock verifies it', async () => {
    const hook: Hook = {
      onRequest(context) {
        context.headers['x-acs-trace-id'] = `trace-${context.attempt}`;
      },
    };
    await describeNodePools(client({ hooks: [hook] }), { headers: { 'X-Acs-Caller': 'nightly-job', 'x-team': 'platform' } });
    const [recorded] = server.requests;
    expect(recorded?.status).toBe(200);
    expect(recorded?.signatureProblem).toBeUndefined();
    expect(recorded?.headers).toMatchObject({ 'x-acs-trace-id': 'trace-1', 'x-acs-caller': 'nightly-job', 'x-team': 'platform' });
    expect(signedHeaders(recorded?.headers.authorization)).toEqual(expect.arrayContaining(['x-acs-trace-id', 'x-acs-caller']));
    expect(signedHeaders(recorded?.headers.authorization)).not.toContain('x-team');
    // The signature covers the hook's header: the same request with its value changed no longer verifies.
    const credentials = { [MOCK_ACCESS_KEY_ID]: MOCK_ACCESS_KEY_SECRET };
    const tampered = { ...recorded!.headers, 'x-acs-trace-id': 'trace-forged' };
    expect(verifySignature(recorded!.method, recorded!.url, recorded!.headers, recorded!.body, credentials)).toBeUndefined();
    expect(verifySignature(recorded!.method, recorded!.url, tampered, recorded!.body, credentials)?.code).toBe('SignatureDoesNotMatch');
  });

  it('refuses CR/LF, reserved headers and bad names before anything is sent, naming the header but not its value', async () => {
    const core = client();
    const cases: [Record<string, string>, string][] = [
      [{ 'x-acs-note': 'ok\r\nx-acs-injected: 1' }, 'CallOptions.headers: header x-acs-note must be a string without CR, LF or NUL'],
      [{ 'x-note': 'line\nbreak' }, 'CallOptions.headers: header x-note must be a string without CR, LF or NUL'],
      [{ Authorization: 'ACS3-HMAC-SHA256 forged' }, 'CallOptions.headers: header authorization is set by the SDK'],
      [{ host: 'evil.example' }, 'CallOptions.headers: header host is set by the SDK'],
      [{ 'x-acs-signature-nonce': 'fixed' }, 'CallOptions.headers: header x-acs-signature-nonce is set by the SDK'],
      [{ 'bad name': 'v' }, 'CallOptions.headers: a header name is not a valid HTTP token'],
    ];
    for (const [headers, message] of cases) {
      const error = await rejection(describeNodePools(core, { headers }));
      expect(error.code).toBe('InvalidHeader');
      expect(error.message).toBe(message);
    }
    const fromHook = await rejection(
      describeNodePools(core, { hooks: [{ onRequest: (context) => void (context.headers['x-acs-note'] = 'a\r\nb') }] }),
    );
    expect(fromHook.message).toBe('onRequest hook: header x-acs-note must be a string without CR, LF or NUL');
    expect(server.requests).toEqual([]);
  });
});

describe('hooks around attempts', () => {
  it('see every attempt, client hooks before call hooks, with fresh headers each time', async () => {
    server.setFault({ kind: 'status', status: 503, code: 'ServiceUnavailable', times: 1 });
    const seen: string[] = [];
    const recorder = (name: string): Hook => ({
      onRequest: (context) => {
        seen.push(`${name} request ${context.attempt} ${context.method} ${new URL(context.url).pathname} ${Object.keys(context.headers).length}`);
        context.headers[`x-acs-${name}`] = String(context.attempt);
      },
      onResponse: (context) => {
        expect(context.durationMs).toBeGreaterThanOrEqual(0);
        seen.push(`${name} response ${context.attempt} ${context.response.statusCode}`);
      },
      onError: (context) => void seen.push(`${name} error ${context.attempt} ${context.error.code} retry=${context.retry}`),
    });
    const result = await describeNodePools(client({ hooks: [recorder('client')] }), { hooks: [recorder('call')] });
    expect(result.$metadata.attempts).toBe(2);
    expect(seen).toEqual([
      'client request 1 GET /clusters/c-1/nodepools 0',
      'call request 1 GET /clusters/c-1/nodepools 1',
      'client response 1 503',
      'call response 1 503',
      'client error 1 ServiceUnavailable retry=true',
      'call error 1 ServiceUnavailable retry=true',
      'client request 2 GET /clusters/c-1/nodepools 0',
      'call request 2 GET /clusters/c-1/nodepools 1',
      'client response 2 200',
      'call response 2 200',
    ]);
    expect(server.requests.map((r) => [r.headers['x-acs-client'], r.headers['x-acs-call'], r.signatureProblem])).toEqual([
      ['1', '1', undefined],
      ['2', '2', undefined],
    ]);
  });

  it('onError can stop a retry, and can ask for one the SDK would not make, within maxRetries', async () => {
    server.setFault({ kind: 'status', status: 503, times: 1 });
    const stopped = await rejection(describeNodePools(client(), { hooks: [{ onError: () => false }] }));
    expect(stopped).toBeInstanceOf(ServiceError);
    expect(stopped.$metadata?.attempts).toBe(1);

    server.setFault({ kind: 'status', status: 400, code: 'InvalidParameter', times: 1 });
    const decisions: boolean[] = [];
    const retried = await describeNodePools(client(), {
      hooks: [{ onError: (context) => void decisions.push(context.retry) }, { onError: (context) => context.error.code === 'InvalidParameter' }],
    });
    expect(decisions).toEqual([false]);
    expect(retried.$metadata.attempts).toBe(2);

    server.setFault({ kind: 'status', status: 400, code: 'InvalidParameter', times: 1 });
    const noBudget = await rejection(describeNodePools(client({ maxRetries: 0 }), { hooks: [{ onError: () => true }] }));
    expect(noBudget.$metadata?.attempts).toBe(1);
  });

  it('a hook that throws fails the call with a HookError (cause kept, message without its text), not retried', async () => {
    const thrown = new TypeError(`hook saw ${PASSWORD}`);
    const failed = await rejection(create(client(), { hooks: [{ onRequest: () => Promise.reject(thrown) }] }));
    expect(failed).toBeInstanceOf(HookError);
    expect(failed.code).toBe('HookFailed');
    expect(failed.message).toBe('An onRequest hook failed (TypeError)');
    expect(failed.cause).toBe(thrown);
    expect(server.requests).toEqual([]);

    const onError: string[] = [];
    const afterResponse = await rejection(
      describeNodePools(client(), {
        hooks: [
          {
            onResponse: () => {
              throw new RangeError('nope');
            },
            onError: (context) => {
              onError.push(context.error.code);
              return true;
            },
          },
        ],
      }),
    );
    expect(afterResponse).toBeInstanceOf(HookError);
    expect(onError).toEqual([]);
    expect(afterResponse.$metadata?.attempts).toBe(1);
    expect(server.requests).toHaveLength(1);

    const own = new SdkError('Vetoed', 'vetoed by policy');
    expect(await rejection(describeNodePools(client(), { hooks: [{ onRequest: () => Promise.reject(own) }] }))).toBe(own);
  });
});

describe('debug log events', () => {
  const capture = () => {
    const events: [LogEventName, LogEvent][] = [];
    return { events, logger: { debug: (name: LogEventName, event: LogEvent) => void events.push([name, event]) } };
  };

  it('a success: request and response with action, method, path, status, attempt, duration and request id', async () => {
    const { events, logger } = capture();
    await describeNodePools(client({ logger }));
    expect(events.map(([name]) => name)).toEqual(['cs.request', 'cs.response']);
    expect(events[0]?.[1]).toEqual({ action: 'DescribeClusterNodePools', method: 'GET', path: '/clusters/c-1/nodepools', attempt: 1 });
    const response = events[1]?.[1];
    expect(response).toMatchObject({ action: 'DescribeClusterNodePools', method: 'GET', path: '/clusters/c-1/nodepools', attempt: 1, status: 200 });
    expect(response?.durationMs).toBeGreaterThanOrEqual(0);
    expect(response?.requestId).toMatch(/^[0-9A-F-]{36}$/);
  });

  it('a retry, then success: the retry event carries the code, status, request id and delay', async () => {
    server.setFault({ kind: 'throttle', retryAfter: '0', times: 1 });
    const { events, logger } = capture();
    const result = await create(client({ logger }));
    expect(result.$metadata.attempts).toBe(2);
    expect(events.map(([name, event]) => `${name} ${event.attempt}`)).toEqual([
      'cs.request 1',
      'cs.response 1',
      'cs.retry 1',
      'cs.request 2',
      'cs.response 2',
    ]);
    const retry = events[2]?.[1];
    expect(retry).toMatchObject({ action: 'CreateClusterNodePool', method: 'POST', attempt: 1, status: 429, code: 'Throttling.User' });
    expect(retry?.delayMs).toBeGreaterThanOrEqual(0);
    expect(retry?.requestId).toMatch(/^[0-9A-F-]{36}$/);
  });

  it('a failure: the error event closes the call; the secret path parameter and password appear nowhere', async () => {
    server.setFault({ kind: 'status', status: 400, code: 'InvalidParameter', times: 1 });
    const { events, logger } = capture();
    await rejection(create(client({ logger })));
    expect(events.map(([name]) => name)).toEqual(['cs.request', 'cs.response', 'cs.error']);
    const failure = events[2]?.[1];
    expect(failure).toMatchObject({ action: 'CreateClusterNodePool', method: 'POST', path: '/clusters/{ClusterId}/nodepools', attempt: 1, status: 400, code: 'InvalidParameter' });
    expect(failure?.durationMs).toBeGreaterThanOrEqual(0);
    const text = JSON.stringify(events);
    expect(text).not.toContain(SECRET_CLUSTER);
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(MOCK_ACCESS_KEY_SECRET);
  });

  it('a network failure without a response: the error event has the code and no status', async () => {
    const { events, logger } = capture();
    const url = server.url;
    await server.close();
    const error = await rejection(describeNodePools(client({ logger, endpoint: url, maxRetries: 1 })));
    expect(error).toBeInstanceOf(NetworkError);
    expect(events.map(([name]) => name)).toEqual(['cs.request', 'cs.retry', 'cs.request', 'cs.error']);
    expect(events[3]?.[1]).toMatchObject({ attempt: 2, code: 'NetworkError' });
    expect(events[3]?.[1].status).toBeUndefined();
    server = await startMockServer();
  });
});
