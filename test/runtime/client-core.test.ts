/** ClientCore with an in-memory transport: endpoint resolution, request building, response parsing, credentials. */
import { inspect } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ClientCore,
  sensitiveValues,
  type OperationDescriptor,
  type ServiceDescriptor,
} from '../../generator/runtime/client-core.ts';
import { serializeParam } from '../../generator/runtime/request-encoding.ts';
import { CredentialsError, SdkError, ServiceError } from '../../generator/runtime/errors.ts';
import type { HttpRequest, HttpResponse, Transport } from '../../generator/runtime/transport.ts';

const service: ServiceDescriptor = {
  product: 'CS',
  version: '2015-12-15',
  endpointTemplate: 'cs.{region}.aliyuncs.com',
  regions: { 'cn-shanghai-finance-1': 'cs-finance.aliyuncs.com' },
};
const credentials = { accessKeyId: 'AKID', accessKeySecret: 'SECRET' };

const op: OperationDescriptor = {
  action: 'DescribeThings',
  method: 'GET',
  path: '/clusters/{ClusterId}/things',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'filter', in: 'query', style: 'json' },
    { name: 'ids', in: 'query', style: 'form', explode: false },
    { name: 'tag', in: 'query' },
    { name: 'x-acs-resource-group-id', in: 'header' },
  ],
  body: false,
  idempotent: true,
};

function recorder(responses: Partial<HttpResponse>[] = [{}]): { transport: Transport; requests: HttpRequest[] } {
  const requests: HttpRequest[] = [];
  let index = 0;
  const transport: Transport = async (request) => {
    requests.push(request);
    const response = responses[Math.min(index++, responses.length - 1)];
    return { statusCode: 200, headers: {}, body: '{}', ...response };
  };
  return { transport, requests };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('endpoint resolution', () => {
  const urlFor = async (options: ConstructorParameters<typeof ClientCore>[1], svc = service): Promise<string> => {
    const { transport, requests } = recorder();
    await new ClientCore(svc, { credentials, transport, ...options }).send(op, { ClusterId: 'c' }, undefined);
    return requests[0]?.url ?? '';
  };

  it('uses the region template, or the region table when it has the region', async () => {
    expect(await urlFor({ region: 'cn-beijing' })).toBe('https://cs.cn-beijing.aliyuncs.com/clusters/c/things');
    expect(await urlFor({ region: 'cn-shanghai-finance-1' })).toBe('https://cs-finance.aliyuncs.com/clusters/c/things');
  });

  it('takes the region from ALIBABA_CLOUD_REGION_ID at call time, then the default region', async () => {
    vi.stubEnv('ALIBABA_CLOUD_REGION_ID', 'cn-hongkong');
    expect(await urlFor({})).toBe('https://cs.cn-hongkong.aliyuncs.com/clusters/c/things');
    vi.stubEnv('ALIBABA_CLOUD_REGION_ID', '');
    expect(await urlFor({}, { ...service, defaultRegion: 'cn-hangzhou' })).toBe('https://cs.cn-hangzhou.aliyuncs.com/clusters/c/things');
  });

  it('uses an explicit endpoint: bare host over HTTPS, a full URL as is (path prefix kept)', async () => {
    expect(await urlFor({ endpoint: 'cs.example.com', region: 'cn-beijing' })).toBe('https://cs.example.com/clusters/c/things');
    expect(await urlFor({ endpoint: 'http://127.0.0.1:8080/' })).toBe('http://127.0.0.1:8080/clusters/c/things');
    expect(await urlFor({ endpoint: 'http://proxy.local/cs' })).toBe('http://proxy.local/cs/clusters/c/things');
  });

  it('fails clearly without region or endpoint', async () => {
    vi.stubEnv('ALIBABA_CLOUD_REGION_ID', '');
    const error = await urlFor({}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SdkError);
    expect((error as SdkError).code).toBe('MissingRegion');
  });
});

describe('request building', () => {
  it('encodes path, query (json, comma-joined, repeated) and header parameters', async () => {
    const { transport, requests } = recorder();
    const core = new ClientCore(service, { credentials, transport, endpoint: 'h.example' });
    await core.send(
      op,
      { ClusterId: 'a/b c', filter: { name: 'x y' }, ids: ['1', '2'], tag: ['t1', 't*2'], 'x-acs-resource-group-id': 'rg-1' },
      undefined,
    );
    const request = requests[0] as HttpRequest;
    expect(request.url).toBe(
      'https://h.example/clusters/a%2Fb%20c/things?filter=%7B%22name%22%3A%22x%20y%22%7D&ids=1%2C2&tag=t1&tag=t%2A2',
    );
    expect(request.headers['x-acs-resource-group-id']).toBe('rg-1');
    expect(request.headers.authorization).toContain('x-acs-resource-group-id');
    expect(request.body).toBeUndefined();
    expect(request.headers['content-type']).toBeUndefined();
  });

  it('sets the V3 headers, a fresh nonce and date on every attempt', async () => {
    const { transport, requests } = recorder([{ statusCode: 503, body: '{"code":"ServiceUnavailable"}' }, {}]);
    const core = new ClientCore(service, { credentials, transport, endpoint: 'h.example', userAgent: 'my-app/1.0', retryDelay: { baseMs: 1 } });
    await core.send({ ...op, method: 'POST', body: true }, { ClusterId: 'c', body: { a: 1 } }, undefined);
    const [first, second] = requests as [HttpRequest, HttpRequest];
    expect(first.headers).toMatchObject({
      host: 'h.example',
      'x-acs-action': 'DescribeThings',
      'x-acs-version': '2015-12-15',
      'content-type': 'application/json; charset=utf-8',
      accept: 'application/json',
      'x-acs-content-sha256': '015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862',
      'user-agent': 'acs-sdk-ts CS/2015-12-15 my-app/1.0',
    });
    expect(first.headers['x-acs-date']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(first.headers.authorization).toMatch(/^ACS3-HMAC-SHA256 Credential=AKID,SignedHeaders=content-type;host;x-acs-action;/);
    expect(first.body).toBe('{"a":1}');
    expect(second.headers['x-acs-signature-nonce']).not.toBe(first.headers['x-acs-signature-nonce']);
    expect(first.headers['x-acs-security-token']).toBeUndefined();
  });

  it('serialises parameters per style', () => {
    expect(serializeParam({ name: 'a', in: 'query', style: 'json' }, ['x'])).toEqual(['["x"]']);
    expect(serializeParam({ name: 'a', in: 'query', explode: false }, [1, 2])).toEqual(['1,2']);
    expect(serializeParam({ name: 'a', in: 'query' }, [1, 2])).toEqual(['1', '2']);
    expect(serializeParam({ name: 'a', in: 'query' }, true)).toEqual(['true']);
    expect(serializeParam({ name: 'a', in: 'query' }, { k: 1 })).toEqual(['{"k":1}']);
  });

  it('finds sensitive values by pointer, with * over arrays', () => {
    const input = { body: { scaling_group: { login_password: 'pw' }, disks: [{ key: 'k1' }, { key: 'k2' }, {}] } };
    expect(sensitiveValues(input, ['/body/scaling_group/login_password', '/body/disks/*/key', '/body/missing/x'])).toEqual([
      'pw',
      'k1',
      'k2',
    ]);
  });
});

describe('response parsing', () => {
  const call = async (response: Partial<HttpResponse>) => {
    const { transport } = recorder([response]);
    return new ClientCore(service, { credentials, transport, endpoint: 'h', maxRetries: 0 }).send<object, Record<string, unknown>>(
      op,
      { ClusterId: 'c' },
      undefined,
    );
  };

  it('treats an empty body as {}, and finds the request id in the body or the header', async () => {
    expect(await call({ body: '' })).toEqual({ $metadata: { httpStatusCode: 200, attempts: 1 } });
    expect((await call({ body: '{"RequestId":"r1"}' })).$metadata).toMatchObject({ requestId: 'r1' });
    expect((await call({ body: '{"requestId":"r2"}' })).$metadata).toMatchObject({ requestId: 'r2' });
    expect((await call({ body: '{}', headers: { 'x-acs-request-id': 'r3' } })).$metadata).toMatchObject({ requestId: 'r3' });
  });

  it('reads the success body of a text operation as text under `value` (a JSON string as its value), errors as JSON', async () => {
    const textCall = async (response: Partial<HttpResponse>) => {
      const { transport } = recorder([response]);
      return new ClientCore(service, { credentials, transport, endpoint: 'h', maxRetries: 0 }).send<object, string>(
        { ...op, textResponse: true },
        { ClusterId: 'c' },
        undefined,
      );
    };
    expect((await textCall({ body: 'curl https://example.com/attach | sh' })).value).toBe('curl https://example.com/attach | sh');
    expect((await textCall({ body: '"edgeadm join"' })).value).toBe('edgeadm join');
    await expect(textCall({ statusCode: 400, body: '{"code":"InvalidParameter","message":"bad"}' })).rejects.toMatchObject({
      code: 'InvalidParameter',
    });
    await expect(call({ body: 'curl https://example.com/attach | sh' })).rejects.toThrow(/not valid JSON/);
  });

  it('keeps arrays as arrays', async () => {
    const result = await call({ body: '[1,2]' });
    expect(Array.isArray(result)).toBe(true);
    expect(result.$metadata).toMatchObject({ httpStatusCode: 200 });
  });

  it('builds service errors from lower- or upper-case fields and from non-JSON bodies', async () => {
    const lower = await call({ statusCode: 400, body: '{"code":"InvalidParameter","message":"bad","requestId":"r","recommend":"see"}' }).catch((e) => e);
    expect(lower).toBeInstanceOf(ServiceError);
    expect(lower).toMatchObject({ code: 'InvalidParameter', message: 'InvalidParameter: bad', requestId: 'r', recommend: 'see', statusCode: 400 });
    const upper = await call({ statusCode: 403, body: '{"Code":"Forbidden.RAM","Message":"denied","RequestId":"R"}' }).catch((e) => e);
    expect(upper).toMatchObject({ code: 'Forbidden.RAM', requestId: 'R', $metadata: { httpStatusCode: 403, attempts: 1 } });
    const html = await call({ statusCode: 502, body: '<html>Bad Gateway</html>' }).catch((e) => e);
    expect(html).toMatchObject({ code: 'Http502', statusCode: 502, retryable: true });
    // A page that is not JSON is never quoted: it could repeat the request.
    expect(html.message).toBe('Http502 (HTTP 502): the response is not JSON');
  });
});

describe('credentials', () => {
  it('reads the environment lazily, at call time', async () => {
    const { transport, requests } = recorder();
    const core = new ClientCore(service, { transport, endpoint: 'h' });
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', 'ENVID');
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ENVSECRET');
    vi.stubEnv('ALIBABA_CLOUD_SECURITY_TOKEN', 'ENVTOKEN');
    await core.send(op, { ClusterId: 'c' }, undefined);
    expect(requests[0]?.headers.authorization).toContain('Credential=ENVID,');
    expect(requests[0]?.headers['x-acs-security-token']).toBe('ENVTOKEN');
    expect(requests[0]?.headers['x-acs-accesskey-id']).toBe('ENVID');
  });

  it('names the missing variables, without any value', async () => {
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', 'ENVID-VALUE');
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', '');
    const { transport, requests } = recorder();
    const error = await new ClientCore(service, { transport, endpoint: 'h' }).send(op, { ClusterId: 'c' }, undefined).catch((e) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error.message).toContain('ALIBABA_CLOUD_ACCESS_KEY_SECRET');
    expect(error.message).not.toContain('ALIBABA_CLOUD_ACCESS_KEY_ID');
    expect(error.message).not.toContain('ENVID-VALUE');
    expect(requests).toHaveLength(0);
  });

  it('fixed credentials are used as given on each call (a changed secret signs the next call) and never shown by util.inspect', async () => {
    const { transport, requests } = recorder();
    const given = { accessKeyId: 'AKID', accessKeySecret: 'SECRET-ONE' };
    const core = new ClientCore(service, { transport, endpoint: 'h', credentials: given });
    await core.send(op, { ClusterId: 'c' }, undefined);
    given.accessKeySecret = 'SECRET-TWO';
    await core.send(op, { ClusterId: 'c' }, undefined);
    expect(requests[0]?.headers.authorization).not.toBe(requests[1]?.headers.authorization);
    expect(`${inspect(core, { depth: 10, showHidden: true })} ${JSON.stringify(core)}`).not.toMatch(/SECRET|AKID/);
  });
});
