/**
 * What the client refuses before sending anything: bad configuration at construction (region, endpoint, option
 * ranges) with ConfigurationError, and request values that would change the request's target or framing (dot path
 * segments, header values with control characters) with ValidationError, even with validation turned off.
 * Request objects are read by their own properties only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientCore, type ClientOptions, type OperationDescriptor, type ServiceDescriptor } from '../../generator/runtime/client-core.ts';
import { SdkError, ValidationError } from '../../generator/runtime/errors.ts';
import { parseRetryAfter, retryDelay } from '../../generator/runtime/retry.ts';
import { ConfigurationError } from '../../generator/runtime/safety-errors.ts';
import type { HttpRequest, Transport } from '../../generator/runtime/transport.ts';

const service: ServiceDescriptor = {
  product: 'CS',
  version: '2015-12-15',
  endpointTemplate: 'cs.{region}.aliyuncs.com',
  regions: { 'cn-shanghai-finance-1': 'cs-finance.aliyuncs.com' },
};
const credentials = { accessKeyId: 'AKID', accessKeySecret: 'SECRET' };
const op: OperationDescriptor = {
  action: 'DeleteThing',
  method: 'DELETE',
  path: '/clusters/{ClusterId}/things/{ThingId}',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'ThingId', in: 'path' },
    { name: 'constructor', in: 'query' },
    { name: 'toString', in: 'query' },
    { name: 'hasOwnProperty', in: 'header' },
    { name: 'x-acs-resource-group-id', in: 'header' },
  ],
  body: false,
  idempotent: true,
};

afterEach(() => {
  vi.unstubAllEnvs();
});

function recorder(): { transport: Transport; requests: HttpRequest[] } {
  const requests: HttpRequest[] = [];
  return {
    requests,
    transport: async (request) => {
      requests.push(request);
      return { statusCode: 200, headers: {}, body: '{}' };
    },
  };
}

function configError(options: ClientOptions): unknown {
  try {
    new ClientCore(service, { credentials, transport: recorder().transport, ...options });
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('region and endpoint, checked at construction', () => {
  it.each([
    'x@127.0.0.1:9#',
    'evil.example.com/',
    'cn-hangzhou.evil.example.com',
    '__proto__',
    'CN-HANGZHOU',
    'cn--hangzhou',
    '-cn',
    '',
    'cn hangzhou',
  ])('region %j: ConfigurationError naming `region`', (region) => {
    const error = configError({ region });
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ code: 'InvalidConfiguration', option: 'region' });
    expect((error as Error).message).not.toContain('evil');
  });

  it('a region named like an Object.prototype member is not looked up on the prototype (own entries of the map only)', async () => {
    const { transport, requests } = recorder();
    const svc = { ...service, endpointTemplate: 'cs.{region}.aliyuncs.com' };
    // `constructor` passes the pattern; the table lookup must not find Object.prototype.constructor.
    await new ClientCore(svc, { credentials, transport, region: 'constructor' }).send(op, { ClusterId: 'c', ThingId: 't' }, undefined);
    expect(requests[0]?.url).toBe('https://cs.constructor.aliyuncs.com/clusters/c/things/t');
    const proto = Object.create({ 'cn-evil': 'evil.example.com' }) as Record<string, string>;
    await new ClientCore({ ...svc, regions: proto }, { credentials, transport, region: 'cn-evil' }).send(op, { ClusterId: 'c', ThingId: 't' }, undefined);
    expect(requests[1]?.url).toBe('https://cs.cn-evil.aliyuncs.com/clusters/c/things/t');
  });

  it('a bad ALIBABA_CLOUD_REGION_ID is a ConfigurationError at call time, and nothing is sent', async () => {
    vi.stubEnv('ALIBABA_CLOUD_REGION_ID', 'x@127.0.0.1:9#');
    const { transport, requests } = recorder();
    const error = await new ClientCore(service, { credentials, transport }).send(op, { ClusterId: 'c', ThingId: 't' }, undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(requests).toEqual([]);
  });

  it.each([
    'https://user:pass@cs.example.com',
    'http://evil.example.com@127.0.0.1:9',
    'https://cs.example.com/?a=1',
    'https://cs.example.com/#frag',
    'ftp://cs.example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'cs.example.com/path',
    'user@cs.example.com',
    'cs.example.com#x',
    'http://cs.example.com\\@evil.example.com',
    'http:// spaced.example.com',
    '',
  ])('endpoint %j: ConfigurationError naming `endpoint`', (endpoint) => {
    expect(configError({ endpoint })).toMatchObject({ name: 'ConfigurationError', option: 'endpoint' });
  });

  it.each(['cs.cn-beijing.aliyuncs.com', 'localhost:8080', '127.0.0.1', 'http://127.0.0.1:8080/', 'https://proxy.local/cs', '[::1]:9000'])(
    'endpoint %j is accepted',
    (endpoint) => {
      expect(configError({ endpoint })).toBeUndefined();
    },
  );
});

describe('option ranges, checked at construction and per call', () => {
  it.each<[ClientOptions, string]>([
    [{ timeoutMs: Infinity }, 'timeoutMs'],
    [{ timeoutMs: 2 ** 31 }, 'timeoutMs'],
    [{ timeoutMs: 0 }, 'timeoutMs'],
    [{ timeoutMs: -5 }, 'timeoutMs'],
    [{ timeoutMs: Number.NaN }, 'timeoutMs'],
    [{ maxRetries: Number.NaN }, 'maxRetries'],
    [{ maxRetries: -1 }, 'maxRetries'],
    [{ maxRetries: 1.5 }, 'maxRetries'],
    [{ maxRetries: Infinity }, 'maxRetries'],
    [{ retryDelay: { baseMs: -1 } }, 'retryDelay.baseMs'],
    [{ retryDelay: { baseMs: Number.NaN } }, 'retryDelay.baseMs'],
    [{ retryDelay: { maxMs: 2 ** 31 } }, 'retryDelay.maxMs'],
    [{ retryDelay: { maxMs: Infinity } }, 'retryDelay.maxMs'],
    [{ maxResponseBytes: 0 }, 'maxResponseBytes'],
    [{ maxResponseBytes: 2 ** 40 }, 'maxResponseBytes'],
    [{ userAgent: 'app/1\r\nx-evil: 1' }, 'userAgent'],
  ])('%j: ConfigurationError naming %s', (options, option) => {
    expect(configError(options)).toMatchObject({ name: 'ConfigurationError', option });
  });

  it('accepts the boundaries: timeoutMs 2^31-1, maxRetries 0, retry delays 0', () => {
    expect(configError({ timeoutMs: 2 ** 31 - 1, maxRetries: 0, retryDelay: { baseMs: 0, maxMs: 0 }, maxResponseBytes: 1 })).toBeUndefined();
  });

  it('a call timeoutMs out of range is a ConfigurationError before anything is sent', async () => {
    const { transport, requests } = recorder();
    const core = new ClientCore(service, { credentials, transport, endpoint: 'h.example' });
    for (const timeoutMs of [Infinity, 2 ** 31, 0, Number.NaN]) {
      const error = await core.send(op, { ClusterId: 'c', ThingId: 't' }, undefined, { timeoutMs }).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ConfigurationError', option: 'timeoutMs' });
    }
    expect(requests).toEqual([]);
  });
});

describe('request values that would change the target or the framing', () => {
  const send = async (request: Record<string, unknown>): Promise<{ error: unknown; requests: HttpRequest[] }> => {
    const { transport, requests } = recorder();
    const core = new ClientCore(service, { credentials, transport, endpoint: 'h.example', validate: false });
    const error = await core.send(op, request, () => ({ ok: true, value: request })).then(
      () => undefined,
      (e: unknown) => e,
    );
    return { error, requests };
  };

  it.each(['.', '..', ''])('path value %j: ValidationError naming the parameter, nothing sent', async (value) => {
    const { error, requests } = await send({ ClusterId: 'c1', ThingId: value });
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([expect.objectContaining({ path: '/ThingId' })]);
    expect(requests).toEqual([]);
  });

  it('path values that merely contain dots are sent percent-encoded as they are', async () => {
    const { error, requests } = await send({ ClusterId: '...', ThingId: 'a..b' });
    expect(error).toBeUndefined();
    expect(requests[0]?.url).toBe('https://h.example/clusters/.../things/a..b');
  });

  it.each(['rg\r\nx-injected: 1', 'rg\nx', 'rg\u0000', 'rg\u2028', '中文'])('header value %j: ValidationError, nothing sent', async (value) => {
    const { error, requests } = await send({ ClusterId: 'c', ThingId: 't', 'x-acs-resource-group-id': value });
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([expect.objectContaining({ path: '/x-acs-resource-group-id', code: 'header_value' })]);
    expect(requests).toEqual([]);
  });

  it('parameters named like Object.prototype members are read as own properties only', async () => {
    const { error, requests } = await send({ ClusterId: 'c', ThingId: 't' });
    expect(error).toBeUndefined();
    expect(requests[0]?.url).toBe('https://h.example/clusters/c/things/t');
    expect(requests[0]?.headers).not.toHaveProperty('hasownproperty');
    const inherited = Object.assign(Object.create({ ClusterId: 'proto', body: { a: 1 } }) as object, { ThingId: 't' });
    const second = await send(inherited as Record<string, unknown>);
    expect(second.error).toBeInstanceOf(ValidationError);
    expect(second.requests).toEqual([]);
  });

  it('own parameters named constructor/toString are sent', async () => {
    const { requests } = await send({ ClusterId: 'c', ThingId: 't', constructor: 'x', toString: 'y' });
    expect(requests[0]?.url).toBe('https://h.example/clusters/c/things/t?constructor=x&toString=y');
  });

  it('the error for a missing path parameter is still `required`', async () => {
    const { error } = await send({ ClusterId: 'c' });
    expect((error as SdkError).code).toBe('ValidationError');
    expect((error as ValidationError).issues).toEqual([expect.objectContaining({ path: '/ThingId', code: 'required' })]);
  });
});

describe('bodies and parameters that are not JSON', () => {
  const putOp: OperationDescriptor = {
    action: 'PutThing',
    method: 'PUT',
    path: '/things',
    params: [{ name: 'filter', in: 'query', style: 'json' }],
    body: true,
    idempotent: true,
  };
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  let deep: unknown = {};
  for (let i = 0; i < 20_000; i++) deep = { a: deep };

  it.each<[string, Record<string, unknown>, string]>([
    ['a circular body', { body: circular }, '/body'],
    ['a BigInt in the body', { body: { n: 1n } }, '/body'],
    ['a 20,000-deep body', { body: deep }, '/body'],
    ['a circular JSON query value', { filter: circular }, '/filter'],
  ])('%s (validation off): ValidationError, not a TypeError or RangeError, nothing sent', async (_, request, path) => {
    const { transport, requests } = recorder();
    const core = new ClientCore(service, { credentials, transport, endpoint: 'h.example', validate: false });
    const error = await core.send(putOp, request, undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([expect.objectContaining({ path, code: 'type' })]);
    expect(requests).toEqual([]);
  });
});

describe('Retry-After', () => {
  it('a huge Retry-After waits at most retryDelay.maxMs, which a timer can honour (no immediate retry)', async () => {
    const requests: HttpRequest[] = [];
    const transport: Transport = async (request) => {
      requests.push(request);
      return { statusCode: 429, headers: { 'retry-after': '99999999999' }, body: '{"code":"Throttling.User"}' };
    };
    const controller = new AbortController();
    const core = new ClientCore(service, { credentials, transport, endpoint: 'h.example', retryDelay: { maxMs: 2 ** 31 - 1 } });
    const pending = core.send(op, { ClusterId: 'c', ThingId: 't' }, undefined, { signal: controller.signal }).catch((e: unknown) => e);
    // Long enough for a timer of more than 2^31-1 ms, which fires after 1 ms, to have caused a retry.
    await new Promise((resolve) => setTimeout(resolve, 50));
    controller.abort();
    expect(await pending).toMatchObject({ name: 'AbortError', $metadata: { attempts: 1 } });
    expect(requests).toHaveLength(1);
    expect(retryDelay(0, { maxRetries: 3, baseDelayMs: 200, maxDelayMs: 2 ** 31 - 1 }, parseRetryAfter('99999999999'))).toBe(2 ** 31 - 1);
  });
});
