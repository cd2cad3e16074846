/**
 * The package's mock under hostile or broken input, over raw HTTP on 127.0.0.1: bad signatures, CORS preflights,
 * oversized bodies, random bytes, methods and paths, action names that are Object.prototype's own — it answers
 * each with an error and stays up. Also: fault injection, and that the mock stays out of the main entry.
 */
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsClient, CsServiceError } from 'cs-2015-12-15';
import { startMockServer, type MockServer } from 'cs-2015-12-15/mock';
import { parseQuery } from '../../generator/mock/wire.ts';

const packageDir = path.resolve(import.meta.dirname, '..', '..', 'generated', 'cs-2015-12-15');
let server: MockServer;
let client: CsClient;

beforeAll(async () => {
  server = await startMockServer({ maxBodyBytes: 64 * 1024 });
  client = new CsClient({ endpoint: server.endpoint, credentials: server.credentials, maxRetries: 0 });
});

afterAll(async () => {
  client.destroy();
  await server.close();
});

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function raw(method: string, target: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.endpoint}${target}`, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function stillServes(): Promise<void> {
  const created = await client.createClusterNodePool({
    ClusterId: 'c-alive',
    body: { nodepool_info: { name: 'alive' }, scaling_group: { vswitch_ids: ['vsw-1'], instance_types: ['ecs.g7.xlarge'], key_pair: 'k' } },
  });
  expect(created.nodepool_id).toMatch(/^np/);
}

describe('signatures', () => {
  it('rejects a wrong secret, an unknown key, a forged signature and a missing Authorization header', async () => {
    const wrong = new CsClient({ endpoint: server.endpoint, credentials: { accessKeyId: server.credentials.accessKeyId, accessKeySecret: 'not-the-secret' }, maxRetries: 0 });
    try {
      await expect(wrong.describeClusterDetail({ ClusterId: 'c1' })).rejects.toMatchObject({ code: 'SignatureDoesNotMatch', statusCode: 400 });
    } finally {
      wrong.destroy();
    }
    const unknownKey = new CsClient({ endpoint: server.endpoint, credentials: { accessKeyId: 'LTAIunknown', accessKeySecret: 'unknown-secret-value' }, maxRetries: 0 });
    try {
      await expect(unknownKey.describeClusterDetail({ ClusterId: 'c1' })).rejects.toMatchObject({ code: 'InvalidAccessKeyId.NotFound', statusCode: 404 });
    } finally {
      unknownKey.destroy();
    }
    // Well-formed, every required header signed, but a signature that is not the HMAC of this request.
    const forged = await raw('GET', '/clusters/c1', {
      'x-acs-action': 'DescribeClusterDetail',
      'x-acs-version': '2015-12-15',
      'x-acs-date': '2026-01-01T00:00:00Z',
      'x-acs-signature-nonce': 'forged-1',
      'x-acs-content-sha256': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      authorization: `ACS3-HMAC-SHA256 Credential=${server.credentials.accessKeyId},SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=${'ab'.repeat(32)}`,
    });
    expect(forged.status).toBe(400);
    expect(JSON.parse(forged.body)).toMatchObject({ code: 'SignatureDoesNotMatch' });
    const unsigned = await raw('GET', '/clusters/c1', { 'x-acs-action': 'DescribeClusterDetail' });
    expect(unsigned.status).toBe(400);
    expect(JSON.parse(unsigned.body)).toMatchObject({ code: 'MissingAuthorization' });
  });

  it('never shows the secret when its credentials are printed', () => {
    expect(inspect(server.credentials)).not.toContain(server.credentials.accessKeySecret);
    expect(inspect(server, { depth: 5 })).not.toContain(server.credentials.accessKeySecret);
  });
});

describe('HTTP hygiene', () => {
  it('answers a CORS preflight and lets pages read answers and the request id', async () => {
    const preflight = await raw('OPTIONS', '/clusters/c1/nodepools', {
      origin: 'http://page.test',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, x-acs-date, content-type, x-evil',
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('http://page.test');
    expect(preflight.headers['access-control-allow-headers']).toBe('authorization, x-acs-date, content-type');
    const answer = await raw('GET', '/clusters/c1', { origin: 'http://page.test' });
    expect(answer.headers['access-control-allow-origin']).toBe('http://page.test');
    expect(answer.headers['access-control-expose-headers']).toContain('x-acs-request-id');
  });

  it('answers 413 to a body over the cap, announced or streamed, and keeps serving', async () => {
    const big = Buffer.alloc(64 * 1024 + 1, 0x61);
    expect((await raw('POST', '/clusters/c1/nodepools', { 'content-length': String(big.length) }, big)).status).toBe(413);
    expect((await raw('POST', '/clusters/c1/nodepools', { 'transfer-encoding': 'chunked' }, big)).status).toBe(413);
    await stillServes();
  });

  it('answers action names that are Object.prototype members, and __proto__ queries, with errors', async () => {
    for (const action of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const answer = await raw('GET', '/', { 'x-acs-action': action });
      expect(answer.status, action).toBeGreaterThanOrEqual(400);
      expect(answer.status, action).toBeLessThan(500);
    }
    await stillServes();
  });

  it('reads query names such as __proto__ and constructor as plain keys', () => {
    const query = parseQuery('__proto__=a&__proto__=b&constructor=c&page_size=1');
    expect(Object.getPrototypeOf(query)).toBeNull();
    expect(Object.entries(query)).toEqual([
      ['__proto__', ['a', 'b']],
      ['constructor', 'c'],
      ['page_size', '1'],
    ]);
  });

  it('survives random bytes, methods and paths', async () => {
    const methods = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...methods),
        fc.array(fc.constantFrom('clusters', 'nodepools', '%', '%zz', '..', '{x}', '__proto__', 'constructor', 'é', '?a=%', '&&'), { maxLength: 5 }),
        fc.uint8Array({ maxLength: 512 }),
        fc.constantFrom('CreateClusterNodePool', 'DescribeClustersV1', 'constructor', '', 'Nope'),
        async (method, segments, bytes, action) => {
          const answer = await raw(method, `/${segments.join('/')}`, { 'x-acs-action': action, authorization: 'ACS3-HMAC-SHA256 Credential=x' }, Buffer.from(bytes));
          expect(answer.status).toBeGreaterThanOrEqual(200);
        },
      ),
      { numRuns: 150, seed: 7 },
    );
    for (let n = 0; n < 20; n++) await garbageOnTheSocket(Buffer.from(`${'\u0000\u00ff'.repeat(n)}GARBAGE ${n} \r\n\r\n`, 'latin1'));
    await stillServes();
  });
});

/** Bytes that are not HTTP at all, straight on a TCP connection. */
function garbageOnTheSocket(bytes: Buffer): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.end(bytes));
    socket.on('data', () => undefined);
    socket.on('error', () => resolve());
    socket.on('close', () => resolve());
  });
}

describe('fault injection', () => {
  it('fails the next N requests with the given status and code, then serves normally', async () => {
    server.setFault({ kind: 'status', status: 503, code: 'ServiceUnavailable', times: 2 });
    for (let n = 0; n < 2; n++) {
      const error = await client.describeTaskInfo({ task_id: 'T-1' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CsServiceError);
      expect(error).toMatchObject({ statusCode: 503, code: 'ServiceUnavailable' });
    }
    await stillServes();
  });

  it('starts with a fault from the options, and delays on request', async () => {
    const faulty = await startMockServer({ fault: { kind: 'status', status: 500, code: 'InternalError' } });
    const faultyClient = new CsClient({ endpoint: faulty.endpoint, credentials: faulty.credentials, maxRetries: 0 });
    try {
      await expect(faultyClient.describeClustersV1({})).rejects.toMatchObject({ statusCode: 500, code: 'InternalError' });
      expect((await faultyClient.describeClustersV1({})).page_info?.total_count).toBe(0);
      faulty.setFault({ kind: 'slow', delayMs: 5 });
      expect((await faultyClient.describeClustersV1({})).page_info?.total_count).toBe(0);
    } finally {
      faultyClient.destroy();
      await faulty.close();
    }
  });
});

describe('packaging', () => {
  it('is a node-only ./mock export that neither the main entry nor the browser build carries', () => {
    const manifest = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { exports: Record<string, Record<string, unknown>> };
    // JavaScript under the node condition only; elsewhere just the declarations (for type-checkers in bundler mode).
    expect(manifest.exports['./mock']).toMatchObject({ types: './dist/mock/index.d.ts' });
    expect(Object.keys(manifest.exports['./mock']!)).toEqual(['node', 'types']);
    for (const entry of ['dist/index.js', 'dist/index.browser.js', 'dist/cjs/index.js']) {
      const text = readFileSync(path.join(packageDir, entry), 'utf8');
      expect(text, entry).not.toContain('startMockServer');
      expect(text, entry).not.toContain('verifySignature');
    }
  });
});
