/**
 * Secrets sweep over every error path of CsClient after validation: service errors that echo the request back
 * (body, headers, in message, recommend, code and request id, as JSON or as a page of text), throttling and 5xx
 * with retries, timeouts, refused and reset connections, malformed answers and credential errors. The access key
 * secret, the STS token and the logon password must not show up in any rendering of any error, nor in the debug log.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CredentialsError,
  CsClient,
  CsError,
  CsServiceError,
  NetworkError,
  ResponseParseError,
  TimeoutError,
  type CsClientOptions,
} from '../../generated/cs-2015-12-15/src/index.ts';
import { startMockServer, type MockReply, type MockRequest, type MockServer } from '../support/mock-server.ts';
import { createRequest, idempotentRequests, requestExamples } from '../faults/support.ts';
import type { ModifyClusterNodePoolRequest } from '../../generated/cs-2015-12-15/src/index.ts';
import {
  ACCESS_KEY_ID,
  ACCESS_KEY_SECRET,
  LOGIN_PASSWORD,
  SECURITY_TOKEN,
  capturingLogger,
  leaks,
  leaksOf,
} from './markers.ts';

type EchoMode = 'json' | 'fields' | 'page' | 'page-header';

let server: MockServer;
let mode: EchoMode = 'json';
let echoStatus = 400;
const log = capturingLogger();
const clients: CsClient[] = [];

/** The request as the server saw it, in the forms a careless service might echo it. */
function echoOf(request: MockRequest): { body: string; headers: string } {
  return { body: JSON.stringify(request.body), headers: JSON.stringify(request.headers) };
}

function echoingReply(request: MockRequest): MockReply {
  const { body, headers } = echoOf(request);
  switch (mode) {
    case 'json':
      return {
        status: echoStatus,
        body: {
          code: 'InvalidParameter',
          message: `The request ${body} with headers ${headers} is invalid`,
          recommend: `https://help.example/troubleshoot?${new URLSearchParams({ q: body, h: headers })}&raw=${encodeURIComponent(body)}`,
        },
      };
    case 'fields':
      return {
        status: echoStatus,
        body: {
          code: `Invalid.${LOGIN_PASSWORD}.${SECURITY_TOKEN}`,
          message: 'see the other fields',
          requestId: `${SECURITY_TOKEN}/${LOGIN_PASSWORD}`,
          recommend: `${ACCESS_KEY_SECRET} ${body}`,
        },
      };
    case 'page':
    case 'page-header': {
      // A proxy's error page quoting the request: the password starts just before the 200 characters of the page
      // an error message quotes, so a cut there would keep part of it.
      const lead = '<html><body><h1>502 Bad Gateway</h1><p>upstream rejected: ';
      const page = `${lead}${'.'.repeat(192 - lead.length)}${LOGIN_PASSWORD} ${SECURITY_TOKEN} ${body} ${headers}</p></body></html>`;
      return {
        status: echoStatus,
        body: page,
        headers: mode === 'page-header' ? { 'content-type': 'text/html', 'x-acs-request-id': SECURITY_TOKEN } : { 'content-type': 'text/html' },
      };
    }
  }
}

beforeAll(async () => {
  server = await startMockServer({
    credentials: { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET },
    securityTokens: [SECURITY_TOKEN],
    routes: {
      CreateClusterNodePool: { method: 'POST', path: '/clusters/{ClusterId}/nodepools', respond: echoingReply },
      ModifyClusterNodePool: { method: 'PUT', path: '/clusters/{ClusterId}/nodepools/{NodepoolId}', respond: echoingReply },
    },
  });
});

afterEach(() => {
  server.setFault(null);
  mode = 'json';
  echoStatus = 400;
});

afterAll(async () => {
  for (const client of clients) client.destroy();
  await server.close();
});

function client(options: CsClientOptions = {}): CsClient {
  const created = new CsClient({
    endpoint: server.url,
    credentials: { accessKeyId: ACCESS_KEY_ID, accessKeySecret: ACCESS_KEY_SECRET, securityToken: SECURITY_TOKEN },
    retryDelay: { baseMs: 5, maxMs: 20 },
    timeoutMs: 2000,
    logger: log.logger,
    ...options,
  });
  clients.push(created);
  return created;
}

const modifyRequest = (): ModifyClusterNodePoolRequest => {
  const request = (requestExamples('ModifyClusterNodePool') as ModifyClusterNodePoolRequest[]).find((e) => e.body?.scaling_group);
  if (!request?.body?.scaling_group) throw new Error('no ModifyClusterNodePool example with a scaling group');
  request.body.scaling_group.login_password = LOGIN_PASSWORD;
  return request;
};

async function failure(promise: Promise<unknown>): Promise<CsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CsError);
  return error as CsError;
}

const create = (c: CsClient = client()) => c.createClusterNodePool(createRequest('secrets', LOGIN_PASSWORD));

describe('service errors that echo the request', () => {
  it('the server really echoes every secret (so the checks below can fail)', async () => {
    const answered: string[] = [];
    const spy = client({
      transport: async (request, context) => {
        const response = await fetch(request.url, { method: request.method, headers: request.headers, body: request.body ?? null, signal: context.signal });
        const body = await response.text();
        answered.push(body);
        return { statusCode: response.status, headers: Object.fromEntries(response.headers), body };
      },
    });
    for (const echo of ['json', 'fields', 'page'] as const) {
      mode = echo;
      await failure(create(spy));
    }
    const seen = leaks(answered.join('\n'));
    for (const marker of ['ACCESS_KEY_SECRET', 'SECURITY_TOKEN', 'LOGIN_PASSWORD']) {
      expect(seen.some((hit) => hit.startsWith(marker)), marker).toBe(true);
    }
  });

  it('message and recommend (raw, JSON-escaped, percent- and form-encoded echoes): withheld, the code kept', async () => {
    const error = await failure(create());
    expect(error).toBeInstanceOf(CsServiceError);
    expect(error).toMatchObject({ code: 'InvalidParameter', recommend: undefined });
    expect(error.message).toContain('withheld');
    expect(leaksOf(error)).toEqual({});
  });

  it('code, request id and recommend holding secrets: dropped (the code becomes Http400)', async () => {
    mode = 'fields';
    const error = await failure(create());
    expect(error).toMatchObject({ statusCode: 400, code: 'Http400', requestId: undefined, recommend: undefined });
    expect(leaksOf(error)).toEqual({});
  });

  it('a text page quoting the request, the password across the quoted length: no part of it kept', async () => {
    for (const echo of ['page', 'page-header'] as const) {
      mode = echo;
      echoStatus = 502;
      const error = await failure(create());
      expect(error).toMatchObject({ statusCode: 502, code: 'Http502' });
      expect(error.message).toBe('Http502 (HTTP 502): the response is not JSON');
      expect(leaksOf(error), echo).toEqual({});
    }
  });

  it('retried 503s and throttling on a call carrying the password: the final error is scrubbed', async () => {
    echoStatus = 503;
    const modify = await failure(client({ maxRetries: 2 }).modifyClusterNodePool(modifyRequest()));
    expect(modify.$metadata?.attempts).toBe(3);
    expect(leaksOf(modify)).toEqual({});

    echoStatus = 429;
    mode = 'fields';
    const throttled = await failure(client({ maxRetries: 1 }).createClusterNodePool(createRequest('throttled', LOGIN_PASSWORD)));
    expect(throttled.$metadata?.attempts).toBe(2);
    expect(leaksOf(throttled)).toEqual({});
  });

  it('with client-side validation off, an overlong password reaches the service: its echo is scrubbed too', async () => {
    const request = createRequest('unchecked', `${LOGIN_PASSWORD}${'x'.repeat(40)}`);
    const error = await failure(client({ validate: false }).createClusterNodePool(request));
    expect(leaksOf(error)).toEqual({});
  });
});

describe('transport failures', () => {
  it('timeout on a hung request', async () => {
    server.setFault({ kind: 'hang' });
    const error = await failure(client({ timeoutMs: 100 }).createClusterNodePool(createRequest('hang', LOGIN_PASSWORD)));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(leaksOf(error)).toEqual({});
  });

  it('connection reset mid-body, and a malformed 200', async () => {
    server.setFault({ kind: 'reset-mid-body' });
    const reset = await failure(create());
    expect(reset).toBeInstanceOf(NetworkError);
    expect(leaksOf(reset)).toEqual({});

    server.setFault({ kind: 'malformed-json' });
    const malformed = await failure(create());
    expect(malformed).toBeInstanceOf(ResponseParseError);
    expect(leaksOf(malformed)).toEqual({});
  });

  it('connection refused, retried until the attempts run out', async () => {
    const refusing = await startMockServer();
    const port = refusing.port;
    await refusing.close();
    const error = await failure(
      client({ endpoint: `http://127.0.0.1:${port}`, maxRetries: 2 }).modifyClusterNodePool(modifyRequest()),
    );
    expect(error).toMatchObject({ causeCode: 'ECONNREFUSED', requestWritten: false });
    expect(error.$metadata?.attempts).toBe(3);
    expect(leaksOf(error)).toEqual({});
  });

  it('a custom transport that fails with the request in its message: wrapped, and scrubbed', async () => {
    const error = await failure(
      client({
        transport: async (request) => {
          throw new Error(`could not send ${request.body} with ${JSON.stringify(request.headers)}`);
        },
        maxRetries: 0,
      }).createClusterNodePool(createRequest('custom', LOGIN_PASSWORD)),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toBe('Request failed (the error message is withheld: it repeats a secret)');
    expect(leaksOf(error)).toEqual({});
  });
});

describe('credential errors', () => {
  it('incomplete static credentials: the secret and token are not repeated', async () => {
    const error = await failure(
      client({ credentials: { accessKeyId: '', accessKeySecret: ACCESS_KEY_SECRET, securityToken: SECURITY_TOKEN } }).describeClusterNodePools(
        idempotentRequests.describeClusterNodePools,
      ),
    );
    expect(error).toBeInstanceOf(CredentialsError);
    expect(leaksOf(error)).toEqual({});
  });

  it('environment with the secret and token but no key id: names the missing variable only', async () => {
    const saved = { ...process.env };
    try {
      delete process.env.ALIBABA_CLOUD_ACCESS_KEY_ID;
      process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET = ACCESS_KEY_SECRET;
      process.env.ALIBABA_CLOUD_SECURITY_TOKEN = SECURITY_TOKEN;
      const withoutCredentials = new CsClient({ endpoint: server.url, logger: log.logger });
      clients.push(withoutCredentials);
      const error = await failure(withoutCredentials.describeClusterNodePools(idempotentRequests.describeClusterNodePools));
      expect(error).toBeInstanceOf(CredentialsError);
      expect(error.message).toContain('ALIBABA_CLOUD_ACCESS_KEY_ID');
      expect(leaksOf(error)).toEqual({});
    } finally {
      process.env = saved;
    }
  });

  it('rejected by the service: unknown key, unknown token, signature mismatch', async () => {
    const strict = await startMockServer({ credentials: { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET }, securityTokens: ['another-token'] });
    try {
      const cases: CsClientOptions['credentials'][] = [
        { accessKeyId: 'LTAIunknown', accessKeySecret: ACCESS_KEY_SECRET, securityToken: SECURITY_TOKEN },
        { accessKeyId: ACCESS_KEY_ID, accessKeySecret: ACCESS_KEY_SECRET, securityToken: SECURITY_TOKEN },
        { accessKeyId: ACCESS_KEY_ID, accessKeySecret: `${ACCESS_KEY_SECRET}-wrong` },
      ];
      const codes: string[] = [];
      for (const credentials of cases) {
        const error = await failure(
          client({ endpoint: strict.url, credentials }).createClusterNodePool(createRequest('denied', LOGIN_PASSWORD)),
        );
        expect(error).toBeInstanceOf(CsServiceError);
        codes.push(error.code);
        expect(leaksOf(error)).toEqual({});
      }
      expect(codes).toEqual(['InvalidAccessKeyId.NotFound', 'InvalidSecurityToken.Mismatch', 'SignatureDoesNotMatch']);
    } finally {
      await strict.close();
    }
  });
});

describe('debug logger', () => {
  it('a successful call with the password logs no secret', async () => {
    const ok = await startMockServer({ credentials: { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET }, securityTokens: [SECURITY_TOKEN] });
    try {
      const result = await client({ endpoint: ok.url }).createClusterNodePool(createRequest('logged', LOGIN_PASSWORD));
      expect(result.$metadata.httpStatusCode).toBe(200);
    } finally {
      await ok.close();
    }
  });

  it('captured requests, responses and retries of every call above, and none of it holds a secret', () => {
    const kinds = new Set(log.lines.map((line) => line.split(' ')[0]));
    expect(kinds).toEqual(new Set(['cs.request', 'cs.response', 'cs.retry', 'cs.error']));
    expect(log.lines.flatMap(leaks)).toEqual([]);
  });
});
