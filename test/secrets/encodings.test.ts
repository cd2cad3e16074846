/**
 * Property test of what the client quotes from a hostile server: for random secrets (the login password of the
 * request, the access key secret, the STS token) echoed back in any of many encodings, in any field of the error
 * answer (message, recommend, code, request id in the body or the header, a non-JSON page), the secret appears in
 * no field of the error, its message, String(), stack, toJSON or util.inspect, nor in any debug log line.
 */
import { Buffer } from 'node:buffer';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allFeatures } from '../../generator/runtime/features.ts';
import { ClientCore, type OperationDescriptor, type ServiceDescriptor } from '../../generator/runtime/client-core.ts';
import { ServiceError } from '../../generator/runtime/errors.ts';
import { createNodeTransport } from '../../generator/runtime/transport-node.ts';
import { afterBody, startLocalServer, type LocalServer } from '../runtime/local-server.ts';

const service: ServiceDescriptor = { product: 'CS', version: '2015-12-15', endpointTemplate: 'cs.{region}.aliyuncs.com', regions: {} };
const op: OperationDescriptor = {
  action: 'ModifyThing',
  method: 'PUT',
  path: '/things/{ThingId}',
  params: [{ name: 'ThingId', in: 'path' }],
  body: true,
  idempotent: true,
  sensitive: ['/body/login_password'],
};

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');
const percentAll = (text: string): string => [...utf8(text)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

/** Each encoding a careless service might echo a value in. */
const ENCODINGS: Record<string, (secret: string) => string> = {
  raw: (s) => s,
  percentLower: (s) => percentAll(s),
  percentUpper: (s) => percentAll(s).toUpperCase(),
  percentDouble: (s) => encodeURIComponent(encodeURIComponent(s)),
  form: (s) => new URLSearchParams({ q: s }).toString().slice(2),
  base64: (s) => utf8(s).toString('base64'),
  base64url: (s) => utf8(s).toString('base64url'),
  base64OfJsonBody: (s) => utf8(JSON.stringify({ name: 'np', login_password: s })).toString('base64'),
  hexLower: (s) => utf8(s).toString('hex'),
  hexUpper: (s) => utf8(s).toString('hex').toUpperCase(),
  htmlDecimal: (s) => [...s].map((c) => `&#${c.codePointAt(0)};`).join(''),
  htmlHex: (s) => [...s].map((c) => `&#x${c.codePointAt(0)?.toString(16)};`).join(''),
  htmlNamed: (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  jsonUnicode: (s) => Array.from({ length: s.length }, (_, i) => `\\u${s.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  jsonSlashes: (s) => JSON.stringify(s).slice(1, -1).replace(/\//g, '\\/'),
  nfd: (s) => s.normalize('NFD'),
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
};

type Place = 'message' | 'recommend' | 'code' | 'requestId' | 'headerRequestId' | 'page';
const PLACES: Place[] = ['message', 'recommend', 'code', 'requestId', 'headerRequestId', 'page'];

/** Characters the secrets are drawn from: ASCII symbols, letters that change under case mapping and NFD, CJK, an emoji. */
const ALPHABET = [...'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_{|}~ ', 'é', 'ü', 'ñ', 'ß', 'Å', '中', '😀'];
const secretArbitrary = fc.array(fc.constantFrom(...ALPHABET), { minLength: 8, maxLength: 30 }).map((chars) => chars.join(''));
/** The STS token travels in a header: printable ASCII only. */
const tokenArbitrary = fc.array(fc.constantFrom(...ALPHABET.filter((c) => c.length === 1 && c < '\u007f')), { minLength: 8, maxLength: 30 }).map((chars) => chars.join(''));

interface Echo {
  place: Place;
  text: string;
}

let server: LocalServer;
let echo: Echo = { place: 'message', text: '' };
const transport = createNodeTransport();

beforeAll(async () => {
  server = await startLocalServer(
    afterBody((_request, response) => {
      const { place, text } = echo;
      const body: Record<string, string> = { code: 'InvalidParameter', message: 'The value is invalid', requestId: 'REQ-1' };
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (place === 'headerRequestId') {
        delete body.requestId;
        headers['x-acs-request-id'] = Buffer.from(text, 'utf8').toString('latin1');
      } else if (place !== 'page') body[place] = `before ${text} after`;
      if (place === 'code' || place === 'requestId') body[place] = text;
      response.writeHead(400, headers);
      response.end(place === 'page' ? `<html><body>rejected: ${text}</body></html>` : JSON.stringify(body));
    }),
  );
});

afterAll(async () => {
  transport.destroy();
  await server.close();
});

/** Every form of the secret the checks look for: each encoding, and the raw text in any letter case. */
function leaked(secret: string, text: string): string[] {
  const found = Object.entries(ENCODINGS)
    .filter(([, encode]) => text.includes(encode(secret)))
    .map(([name]) => name);
  const fold = (value: string): string => value.normalize('NFKC').toUpperCase().toLowerCase();
  if (fold(text).includes(fold(secret))) found.push('case-folded');
  return found;
}

function renderings(error: unknown, logLines: string[]): string[] {
  return [
    error instanceof Error ? error.message : '',
    String(error),
    error instanceof Error ? String(error.stack) : '',
    JSON.stringify(error) ?? '',
    inspect(error, { depth: 10, showHidden: true }),
    ...logLines,
  ];
}

describe('secrets echoed by the server, in any encoding and any field', () => {
  it('never appear in the error or the log (property test)', async () => {
    await fc.assert(
      fc.asyncProperty(
        secretArbitrary,
        secretArbitrary,
        tokenArbitrary,
        fc.constantFrom(...Object.keys(ENCODINGS)),
        fc.constantFrom(...PLACES),
        fc.constantFrom(0, 1, 2),
        async (password, accessKeySecret, securityToken, encoding, place, which) => {
          const secret = [password, accessKeySecret, securityToken][which] as string;
          echo = { place, text: (ENCODINGS[encoding] as (s: string) => string)(secret) };
          const lines: string[] = [];
          const client = new ClientCore(
            service,
            {
              endpoint: server.url,
              credentials: { accessKeyId: 'LTAI-test', accessKeySecret, securityToken },
              transport,
              maxRetries: 0,
              logger: { debug: (message, data) => void lines.push(`${message} ${JSON.stringify(data)} ${inspect(data, { depth: 10 })}`) },
            },
            allFeatures,
          );
          const error = await client.send(op, { ThingId: 't', body: { login_password: password } }, undefined).then(
            () => undefined,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(ServiceError);
          for (const text of renderings(error, lines)) {
            expect(leaked(secret, text), `${encoding} in ${place}: ${text.slice(0, 300)}`).toEqual([]);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a message, code and request id that repeat no secret are kept', async () => {
    echo = { place: 'message', text: 'plain' };
    const client = new ClientCore(service, {
      endpoint: server.url,
      credentials: { accessKeyId: 'LTAI-test', accessKeySecret: 'Secret-1234567890' },
      transport,
      maxRetries: 0,
    });
    const error = (await client.send(op, { ThingId: 't', body: { login_password: 'Passw0rd!x' } }, undefined).catch((e: unknown) => e)) as ServiceError;
    expect(error).toMatchObject({ code: 'InvalidParameter', requestId: 'REQ-1', statusCode: 400 });
    expect(error.message).toBe('InvalidParameter: before plain after');
  });
});

describe('credentials that change between attempts', () => {
  it('the token of the attempt that failed is the one withheld (a provider may rotate it)', async () => {
    const tokens = ['Token-first-attempt-111', 'Token-second-attempt-222'];
    const rotating = await startLocalServer(
      afterBody((request, response) => {
        const token = String(request.headers['x-acs-security-token']);
        const first = token === tokens[0];
        response.writeHead(first ? 503 : 400, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ code: first ? 'ServiceUnavailable' : 'InvalidToken', message: `token ${token} rejected` }));
      }),
    );
    let call = 0;
    const client = new ClientCore(service, {
      endpoint: rotating.url,
      credentials: async () => ({ accessKeyId: 'LTAI-test', accessKeySecret: 'Secret-rotating-0', securityToken: tokens[call++ % 2] as string }),
      transport,
      maxRetries: 1,
      retryDelay: { baseMs: 1, maxMs: 2 },
    });
    const error = await client.send(op, { ThingId: 't', body: {} }, undefined).catch((e: unknown) => e);
    await rotating.close();
    expect(error).toMatchObject({ code: 'InvalidToken', $metadata: { attempts: 2 } });
    for (const text of renderings(error, [])) expect(text).not.toContain(tokens[1]);
  });
});
