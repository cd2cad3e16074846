/**
 * Alibaba Cloud signature V3 (ACS3-HMAC-SHA256).
 *
 *   canonical request = method \n canonical URI \n canonical query \n canonical headers \n signed headers \n payload hash
 *   string to sign    = "ACS3-HMAC-SHA256" \n hex(sha256(canonical request))
 *   signature         = hex(hmac-sha256(secret, string to sign))
 */
import { isNode } from './env.js';

export const SIGNATURE_ALGORITHM = 'ACS3-HMAC-SHA256';

/** Hashing primitives; node:crypto answers synchronously, WebCrypto asynchronously. */
export interface SigningCrypto {
  sha256Hex(data: string): string | Promise<string>;
  hmacSha256Hex(key: string, data: string): string | Promise<string>;
}

export interface SignableRequest {
  method: string;
  /** The path exactly as sent on the wire (already percent-encoded), without the query. */
  path: string;
  /** Decoded query parameters, in any order; a key may repeat. */
  query: readonly (readonly [string, string])[];
  /** Headers to send; host, content-type and every x-acs-* header are signed. */
  headers: Readonly<Record<string, string>>;
  /** hex(sha256(body)), also sent as x-acs-content-sha256. */
  payloadHash: string;
}

/** RFC 3986 percent-encoding: everything but A–Z a–z 0–9 - _ . ~ is encoded (UTF-8). */
export function percentEncode(value: string): string {
  const encoded = encodeURIComponent(value);
  return /[!'()*]/.test(encoded) ? encoded.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`) : encoded;
}

export function canonicalQueryString(query: readonly (readonly [string, string])[]): string {
  const pairs = query.map(([key, value]) => [percentEncode(key), percentEncode(value)] as const);
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([key, value]) => `${key}=${value}`).join('&');
}

function isSignedHeader(name: string): boolean {
  return name === 'host' || name === 'content-type' || name.startsWith('x-acs-');
}

export function canonicalHeaders(headers: Readonly<Record<string, string>>): { canonical: string; signedHeaders: string } {
  const entries: [string, string][] = [];
  for (const rawName in headers) {
    const name = rawName.toLowerCase();
    if (isSignedHeader(name)) entries.push([name, (headers[rawName] as string).trim()]);
  }
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let canonical = '';
  let signedHeaders = '';
  for (let i = 0; i < entries.length; i++) {
    const [name, value] = entries[i] as [string, string];
    // The same name in another case: one line, values joined by commas in the order given.
    if (name === entries[i - 1]?.[0]) canonical = `${canonical.slice(0, -1)},${value}\n`;
    else {
      canonical += `${name}:${value}\n`;
      signedHeaders += signedHeaders ? `;${name}` : name;
    }
  }
  return { canonical, signedHeaders };
}

export function canonicalRequest(request: SignableRequest): { text: string; signedHeaders: string } {
  const { canonical, signedHeaders } = canonicalHeaders(request.headers);
  const text = [
    request.method.toUpperCase(),
    request.path || '/',
    canonicalQueryString(request.query),
    canonical,
    signedHeaders,
    request.payloadHash,
  ].join('\n');
  return { text, signedHeaders };
}

/**
 * Computes the Authorization header value for a request: at once with a synchronous SigningCrypto (node:crypto),
 * as a promise with an asynchronous one (WebCrypto).
 */
export function authorization(
  request: SignableRequest,
  accessKeyId: string,
  accessKeySecret: string,
  crypto: SigningCrypto,
): string | Promise<string> {
  const { text, signedHeaders } = canonicalRequest(request);
  return chain(crypto.sha256Hex(text), (hash) =>
    chain(
      crypto.hmacSha256Hex(accessKeySecret, `${SIGNATURE_ALGORITHM}\n${hash}`),
      (signature) => `${SIGNATURE_ALGORITHM} Credential=${accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`,
    ),
  );
}

/** `next(value)`, synchronously when `value` is not a promise. */
export function chain<T, R>(value: T | Promise<T>, next: (value: T) => R | Promise<R>): R | Promise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}

type NodeCryptoModule = typeof import('node:crypto');

export function nodeSigningCrypto(nodeCrypto: NodeCryptoModule): SigningCrypto {
  // crypto.hash (Node 20.12+) hashes in one call, without a Hash object.
  const oneShot = (nodeCrypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
  return {
    sha256Hex: oneShot
      ? (data) => oneShot('sha256', data, 'hex')
      : (data) => nodeCrypto.createHash('sha256').update(data, 'utf8').digest('hex'),
    hmacSha256Hex: (key, data) => nodeCrypto.createHmac('sha256', key).update(data, 'utf8').digest('hex'),
  };
}

function toHex(buffer: ArrayBuffer): string {
  let hex = '';
  for (const byte of new Uint8Array(buffer)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** The part of WebCrypto's SubtleCrypto used here (declared locally so no DOM typings are needed). */
export interface SubtleLike {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  importKey(
    format: 'raw',
    keyData: Uint8Array,
    algorithm: { name: 'HMAC'; hash: 'SHA-256' },
    extractable: false,
    keyUsages: ['sign'],
  ): Promise<object>;
  sign(algorithm: 'HMAC', key: never, data: Uint8Array): Promise<ArrayBuffer>;
}

/** SigningCrypto on WebCrypto (browsers, Deno, Bun, workers). */
export function webSigningCrypto(subtle: SubtleLike): SigningCrypto {
  const encoder = new TextEncoder();
  let cachedKey: { secret: string; key: Promise<object> } | undefined;
  const keyFor = (secret: string): Promise<object> => {
    if (cachedKey?.secret !== secret) {
      const key = subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      cachedKey = { secret, key };
    }
    return cachedKey.key;
  };
  return {
    sha256Hex: async (data) => toHex(await subtle.digest('SHA-256', encoder.encode(data))),
    hmacSha256Hex: async (key, data) => toHex(await subtle.sign('HMAC', (await keyFor(key)) as never, encoder.encode(data))),
  };
}

let defaultCrypto: Promise<SigningCrypto> | undefined;
/** The default SigningCrypto once loaded, so that signing needs no await after the first request. */
export let loadedSigningCrypto: SigningCrypto | undefined;

/** node:crypto (fast, synchronous) on Node, WebCrypto elsewhere; loaded once, lazily. */
export function loadSigningCrypto(): Promise<SigningCrypto> {
  // Written out (not a helper call) so that a platform build folds the condition and drops the other branch.
  defaultCrypto ??= ((typeof __CS_RUNTIME_PLATFORM__ === 'string' ? __CS_RUNTIME_PLATFORM__ === 'node' : isNode())
    ? import('node:crypto').then(nodeSigningCrypto)
    : Promise.resolve().then(() => {
        const subtle = (globalThis as { crypto?: { subtle?: SubtleLike } }).crypto?.subtle;
        if (!subtle) throw new Error('No WebCrypto available to sign requests');
        return webSigningCrypto(subtle);
      })
  ).then((crypto) => (loadedSigningCrypto = crypto));
  return defaultCrypto;
}
