/**
 * Differential tests against Alibaba's official implementation: the signer (OpenApiUtil.getAuthorization) and
 * the official @alicloud/cs20151215 client talking to our mock server.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as officialUtilModule from '@alicloud/openapi-util';
import * as openApiCore from '@alicloud/openapi-core';
import * as csModule from '@alicloud/cs20151215';
import * as dara from '@darabonba/typescript';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientCore } from '../../generator/runtime/client-core.ts';
import { authorization, loadSigningCrypto, percentEncode, type SignableRequest } from '../../generator/runtime/signer.ts';
import {
  MOCK_ACCESS_KEY_ID,
  MOCK_ACCESS_KEY_SECRET,
  startMockServer,
  verifySignature,
  type MockServer,
} from '../support/mock-server.ts';
import { SEED_PAGE } from '../support/seed.ts';
import { CREATE_NODE_POOL, CS_SERVICE } from '../support/descriptors.ts';

type GetAuthorization = (
  request: { pathname: string; method: string; query: Record<string, string>; headers: Record<string, string> },
  algorithm: string,
  payloadHash: string,
  accessKeyId: string,
  accessKeySecret: string,
) => string;

/** CommonJS interop differs between loaders: the class is `default` or `default.default`. */
function unwrapDefault<T>(module: unknown, member: string): T {
  let current = module as Record<string, unknown> | undefined;
  for (let depth = 0; depth < 3 && current; depth++) {
    if (typeof current[member] === 'function' || (typeof current[member] === 'object' && current[member] !== null)) {
      return current as T;
    }
    current = current.default as Record<string, unknown> | undefined;
  }
  throw new Error(`${member} not found in module`);
}

const officialUtil = unwrapDefault<{ getAuthorization: GetAuthorization }>(officialUtilModule, 'getAuthorization');
const coreUtil = (openApiCore as unknown as { OpenApiUtil: { getAuthorization: GetAuthorization } }).OpenApiUtil;

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

// Strings mixing reserved, unreserved, percent, non-ASCII (BMP and astral) characters.
const trickyChar = fc.oneof(
  fc.constantFrom(' ', '!', '*', "'", '(', ')', '~', '+', '%', '/', '?', '#', '&', '=', ':', '@', ';', ',', '$', '[', ']'),
  fc.constantFrom('é', 'ß', '中', '文', '😀', '\u00a0', '\u2028'),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);
const trickyString = fc.string({ unit: trickyChar, maxLength: 24 });
// The official signer does not percent-encode query *keys*, so keys are drawn from characters that need none.
const queryKey = fc.stringMatching(/^[A-Za-z0-9_.-]{1,12}$/);
const headerValue = fc.stringMatching(/^[ -~]{0,30}$/);

const requestArbitrary = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
  segments: fc.array(trickyString.filter((s) => s.length > 0), { minLength: 1, maxLength: 4 }),
  query: fc.dictionary(queryKey, trickyString, { maxKeys: 5 }),
  extraHeaders: fc.dictionary(fc.stringMatching(/^[a-z0-9-]{1,10}$/), headerValue, { maxKeys: 3 }),
  body: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
  securityToken: fc.option(fc.stringMatching(/^[A-Za-z0-9+/=]{1,60}$/), { nil: undefined }),
  accessKeyId: fc.stringMatching(/^[A-Za-z0-9]{8,24}$/),
  accessKeySecret: fc.string({ minLength: 1, maxLength: 40 }),
});

type GeneratedRequest = typeof requestArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** The request as our client puts it on the wire. */
function toSignable(generated: GeneratedRequest): { signable: SignableRequest; url: string } {
  const path = '/' + generated.segments.map(percentEncode).join('/');
  const query = Object.entries(generated.query);
  const body = generated.body === undefined ? '' : JSON.stringify(generated.body);
  const payloadHash = sha256Hex(body);
  const headers: Record<string, string> = {
    host: 'cs.cn-hangzhou.aliyuncs.com',
    'x-acs-action': 'SomeAction',
    'x-acs-version': '2015-12-15',
    'x-acs-date': '2026-11-27T12:00:00Z',
    'x-acs-signature-nonce': 'c9a2d3b0-7f1e-4b8a-9d7c-1e2f3a4b5c6d',
    'x-acs-content-sha256': payloadHash,
    accept: 'application/json',
    'user-agent': 'acs-sdk-ts test',
  };
  if (generated.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
  for (const [name, value] of Object.entries(generated.extraHeaders)) headers[`x-acs-${name}`] = value;
  if (generated.securityToken) {
    headers['x-acs-accesskey-id'] = generated.accessKeyId;
    headers['x-acs-security-token'] = generated.securityToken;
  }
  const search = query.map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`).join('&');
  return {
    signable: { method: generated.method, path, query, headers, payloadHash },
    url: search ? `${path}?${search}` : path,
  };
}

describe('signer oracle', () => {
  it('matches the official getAuthorization (openapi-util and openapi-core) on 1,000 generated requests', async () => {
    const crypto = await loadSigningCrypto();
    let withQuery = 0;
    let withToken = 0;
    await fc.assert(
      fc.asyncProperty(requestArbitrary, async (generated) => {
        const { signable } = toSignable(generated);
        const ours = await authorization(signable, generated.accessKeyId, generated.accessKeySecret, crypto);
        const officialRequest = {
          pathname: signable.path,
          method: signable.method,
          query: generated.query,
          headers: { ...signable.headers },
        };
        const args = ['ACS3-HMAC-SHA256', signable.payloadHash, generated.accessKeyId, generated.accessKeySecret] as const;
        expect(ours).toBe(officialUtil.getAuthorization(officialRequest, ...args));
        expect(ours).toBe(coreUtil.getAuthorization(officialRequest, ...args));
        if (signable.query.length > 0) withQuery++;
        if (generated.securityToken) withToken++;
      }),
      { numRuns: 1000 },
    );
    // The generator really exercised query strings and STS tokens.
    expect(withQuery).toBeGreaterThan(100);
    expect(withToken).toBeGreaterThan(100);
  });

  it("is accepted by the mock server's independent verifier on 1,000 generated requests", async () => {
    const crypto = await loadSigningCrypto();
    await fc.assert(
      fc.asyncProperty(requestArbitrary, async (generated) => {
        const { signable, url } = toSignable(generated);
        const headers = { ...signable.headers };
        headers.authorization = await authorization(signable, generated.accessKeyId, generated.accessKeySecret, crypto);
        const body = generated.body === undefined ? '' : JSON.stringify(generated.body);
        const credentials = { [generated.accessKeyId]: generated.accessKeySecret };
        expect(verifySignature(signable.method, url, headers, body, credentials)).toBeUndefined();
        // And a tampered body is refused.
        expect(verifySignature(signable.method, url, headers, `${body} `, credentials)?.code).toBe('SignatureDoesNotMatch');
      }),
      { numRuns: 1000 },
    );
  });

  it("documents where the official client's path encoding differs from RFC 3986 (we sign what we send)", () => {
    const officialPercentEncode = (dara as unknown as { URL: { percentEncode(s: string): string } }).URL.percentEncode;
    // The official client leaves !'() raw and encodes only the first '*'; we encode all of them.
    expect(officialPercentEncode("a*b*c!'()")).toBe("a%2Ab*c!'()");
    expect(percentEncode("a*b*c!'()")).toBe('a%2Ab%2Ac%21%27%28%29');
    // Both decode to the same segment, so the server sees the same ClusterId.
    expect(decodeURIComponent(percentEncode("a*b*c!'()"))).toBe(decodeURIComponent(officialPercentEncode("a*b*c!'()")));
  });
});

// ---------------------------------------------------------------------------------------------------------------

const CreateClusterNodePool = CREATE_NODE_POOL;

const service = CS_SERVICE;

type OfficialClient = { createClusterNodePool(clusterId: string, request: unknown): Promise<{ statusCode: number; body: { nodepoolId?: string } }> };

function officialClient(server: MockServer, securityToken?: string): OfficialClient {
  const Client = unwrapDefault<{ default: new (config: unknown) => OfficialClient }>(csModule, 'default').default;
  const config = new openApiCore.$OpenApiUtil.Config({
    accessKeyId: MOCK_ACCESS_KEY_ID,
    accessKeySecret: MOCK_ACCESS_KEY_SECRET,
    ...(securityToken ? { securityToken } : {}),
    endpoint: server.host,
    protocol: 'http',
  });
  return new Client(config);
}

function officialRequest(body: Record<string, unknown>): unknown {
  const { CreateClusterNodePoolRequest } = csModule as unknown as { CreateClusterNodePoolRequest: new (map: object) => object };
  return dara.cast(body, new CreateClusterNodePoolRequest({}));
}

describe('official @alicloud/cs20151215 client against the mock server', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer({ securityTokens: ['sts-token-for-tests'] });
  });
  afterAll(async () => {
    await server.close();
  });

  it('passes the signature check (plain keys and STS)', async () => {
    const request = officialRequest({ nodepool_info: { name: 'oracle' } });
    const plain = await officialClient(server).createClusterNodePool('c-oracle', request);
    expect(plain.statusCode).toBe(200);
    expect(plain.body.nodepoolId).toMatch(/^np/);
    const sts = await officialClient(server, 'sts-token-for-tests').createClusterNodePool('c-oracle', request);
    expect(sts.statusCode).toBe(200);
    expect(server.requests.every((r) => r.signatureProblem === undefined)).toBe(true);
    expect(server.requests.at(-1)?.headers['x-acs-security-token']).toBe('sts-token-for-tests');
  });

  it('passes the signature check with reserved and non-ASCII characters in the ClusterId', async () => {
    const client = officialClient(server);
    for (const clusterId of ["c!'()*x*y", 'c é 中 😀', 'c~+%20&=?']) {
      const result = await client.createClusterNodePool(clusterId, officialRequest({}));
      expect(result.statusCode).toBe(200);
      expect(server.requests.at(-1)?.signatureProblem).toBeUndefined();
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------

const seedPage = SEED_PAGE;

/** The two sample requests of the API reference page (JSON in fenced blocks, ClusterId among the body fields). */
function seedSamples(): Record<string, unknown>[] {
  const blocks = [...readFileSync(seedPage, 'utf8').matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks
    .filter((block) => block.includes('"ClusterId"'))
    .map((block) => JSON.parse(block.slice(block.search(/^\{/m))) as Record<string, unknown>);
}

describe('seed sample requests: our wire request equals the official client’s', () => {
  let server: MockServer;
  beforeAll(async () => {
    server = await startMockServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('finds both samples on the seed page', () => {
    expect(seedSamples()).toHaveLength(2);
  });

  it.each([0, 1])('sample %i: same method, path and JSON body (minus scaling_group.vpc_id)', async (index) => {
    const { ClusterId, ...body } = seedSamples()[index] as { ClusterId: string } & Record<string, unknown>;
    const core = new ClientCore(service, {
      endpoint: server.url,
      credentials: { accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: MOCK_ACCESS_KEY_SECRET },
    });
    const ours = await core.send<object, { nodepool_id: string }>(CreateClusterNodePool, { ClusterId, body }, undefined);
    expect(ours.nodepool_id).toMatch(/^np/);
    const ourWire = server.requests.at(-1);

    await officialClient(server).createClusterNodePool(ClusterId, officialRequest(body));
    const officialWire = server.requests.at(-1);
    core.destroy();

    expect(ourWire?.signatureProblem).toBeUndefined();
    expect(officialWire?.signatureProblem).toBeUndefined();
    expect(ourWire?.method).toBe(officialWire?.method);
    // Same path once decoded: the official client encodes only the first '*' of the sample's ClusterId.
    expect(decodeURIComponent(ourWire?.url ?? '')).toBe(decodeURIComponent(officialWire?.url ?? ''));
    expect(decodeURIComponent(ourWire?.url ?? '')).toBe(`/clusters/${ClusterId}/nodepools`);
    const ourBody = JSON.parse(ourWire?.body ?? '') as { scaling_group: Record<string, unknown> };
    // Our body is exactly what the caller passed…
    expect(ourBody).toEqual(body);
    // …and the official model has no scaling_group.vpc_id, so it drops it.
    delete ourBody.scaling_group.vpc_id;
    expect(JSON.parse(officialWire?.body ?? '')).toEqual(ourBody);
  });
});
