import { createHash, webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  authorization,
  canonicalHeaders,
  canonicalQueryString,
  canonicalRequest,
  loadSigningCrypto,
  percentEncode,
  webSigningCrypto,
  type SubtleLike,
} from '../../generator/runtime/signer.ts';

const emptyHash = createHash('sha256').update('').digest('hex');

describe('percentEncode (RFC 3986)', () => {
  it.each([
    ['abcXYZ019-_.~', 'abcXYZ019-_.~'],
    ["!'()*", '%21%27%28%29%2A'],
    [' +/?#&=', '%20%2B%2F%3F%23%26%3D'],
    ['é中😀', '%C3%A9%E4%B8%AD%F0%9F%98%80'],
    ['a**b', 'a%2A%2Ab'],
  ])('%s → %s', (raw, encoded) => {
    expect(percentEncode(raw)).toBe(encoded);
  });

  it('leaves only unreserved characters unencoded and round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const encoded = percentEncode(text);
        expect(encoded).toMatch(/^(?:[A-Za-z0-9\-_.~]|%[0-9A-F]{2})*$/);
        expect(decodeURIComponent(encoded)).toBe(text);
      }),
    );
  });
});

describe('canonical parts', () => {
  it('sorts the query by encoded key, then value, and encodes both', () => {
    expect(
      canonicalQueryString([
        ['b', '2'],
        ['a b', 'x*'],
        ['a', 'z'],
        ['a', 'y'],
        ['a-b', ''],
      ]),
    ).toBe('a=y&a=z&a%20b=x%2A&a-b=&b=2');
    expect(canonicalQueryString([])).toBe('');
  });

  it('signs host, content-type and x-acs-* only, lowercased, trimmed and sorted', () => {
    const { canonical, signedHeaders } = canonicalHeaders({
      'X-Acs-Date': ' 2026-11-27T12:00:00Z ',
      host: 'cs.cn-hangzhou.aliyuncs.com',
      accept: 'application/json',
      'content-type': 'application/json',
      'user-agent': 'x',
      'x-acs-action': 'CreateClusterNodePool',
    });
    expect(signedHeaders).toBe('content-type;host;x-acs-action;x-acs-date');
    expect(canonical).toBe(
      'content-type:application/json\nhost:cs.cn-hangzhou.aliyuncs.com\nx-acs-action:CreateClusterNodePool\nx-acs-date:2026-11-27T12:00:00Z\n',
    );
  });

  it('builds the canonical request with a blank line after the headers, and "/" for an empty path', () => {
    const { text } = canonicalRequest({ method: 'get', path: '', query: [], headers: { host: 'h' }, payloadHash: emptyHash });
    expect(text).toBe(`GET\n/\n\nhost:h\n\nhost\n${emptyHash}`);
  });
});

describe('authorization', () => {
  // Known answer computed once with the official @alicloud/openapi-util getAuthorization.
  it('produces the expected header for a fixed request', async () => {
    const header = await authorization(
      {
        method: 'POST',
        path: '/clusters/c-1/nodepools',
        query: [],
        headers: {
          host: 'cs.cn-hangzhou.aliyuncs.com',
          'content-type': 'application/json; charset=utf-8',
          'x-acs-action': 'CreateClusterNodePool',
          'x-acs-version': '2015-12-15',
          'x-acs-date': '2026-11-27T12:00:00Z',
          'x-acs-signature-nonce': 'nonce-1',
          'x-acs-content-sha256': emptyHash,
        },
        payloadHash: emptyHash,
      },
      'AKID',
      'SECRET',
      await loadSigningCrypto(),
    );
    expect(header).toBe(KNOWN_ANSWER);
  });

  it('gives the same result through WebCrypto as through node:crypto', async () => {
    const node = await loadSigningCrypto();
    const web = webSigningCrypto(webcrypto.subtle as unknown as SubtleLike);
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme' }), fc.string({ minLength: 1 }), async (data, key) => {
        expect(await web.sha256Hex(data)).toBe(await node.sha256Hex(data));
        expect(await web.hmacSha256Hex(key, data)).toBe(await node.hmacSha256Hex(key, data));
      }),
      { numRuns: 100 },
    );
  });
});

const KNOWN_ANSWER = 
  'ACS3-HMAC-SHA256 Credential=AKID,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=0feda8656aa656231f81c7f127b833973bf43c9971556db74677ef4a61077c50';
