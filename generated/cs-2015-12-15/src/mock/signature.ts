/**
 * ACS3-HMAC-SHA256 verification for the mock server, written separately from the SDK's signer on purpose: a mistake
 * in one is caught by the other.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { queryPairs, safeDecode } from './wire.js';

/** The access key the mock accepts unless told otherwise. */
export const MOCK_ACCESS_KEY_ID = 'LTAImockAccessKeyId';
/** Its secret (a fixed, public test value: the mock is for local testing only). */
export const MOCK_ACCESS_KEY_SECRET = 'mockAccessKeySecret-0123456789';

/** Why a request was refused: the status and the service's error code and message. */
export interface SignatureProblem {
  status: number;
  code: string;
  message: string;
}

const UNRESERVED = /[A-Za-z0-9\-_.~]/;

/** RFC 3986 encoding, byte by byte. */
function rfc3986(text: string): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    const char = String.fromCharCode(byte);
    out += byte < 0x80 && UNRESERVED.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function officialCanonicalPath(rawPath: string): string {
  return rawPath
    .split('/')
    .map((segment) => encodeURIComponent(safeDecode(segment)).replace(/\*/g, '%2A'))
    .join('/');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const REQUIRED_SIGNED = [
  'host',
  'x-acs-action',
  'x-acs-content-sha256',
  'x-acs-date',
  'x-acs-signature-nonce',
  'x-acs-version',
];

/**
 * Checks the Authorization header of a request against `credentials` (accessKeyId → secret); undefined when it
 * verifies. With `securityTokens`, a request carrying an STS token must carry one of them.
 */
export function verifySignature(
  method: string,
  url: string,
  headers: Readonly<Record<string, string>>,
  body: string,
  credentials: Readonly<Record<string, string>>,
  securityTokens?: readonly string[],
): SignatureProblem | undefined {
  const deny = (code: string, message: string, status = 400): SignatureProblem => ({ status, code, message });
  const auth = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(
    headers.authorization ?? '',
  );
  if (!auth) return deny('MissingAuthorization', 'The Authorization header is missing or malformed.');
  const [, accessKeyId = '', signedHeaderList = '', signature = ''] = auth;
  const secret = Object.hasOwn(credentials, accessKeyId) ? credentials[accessKeyId] : undefined;
  if (secret === undefined) return deny('InvalidAccessKeyId.NotFound', 'Specified access key is not found.', 404);
  const token = headers['x-acs-security-token'];
  if (token !== undefined && securityTokens && !securityTokens.includes(token)) {
    return deny('InvalidSecurityToken.Mismatch', 'The security token is not valid.');
  }
  const signed = signedHeaderList.split(';');
  const mustSign = [
    ...REQUIRED_SIGNED,
    ...Object.keys(headers).filter((name) => name.startsWith('x-acs-') || name === 'content-type'),
  ];
  const unsigned = mustSign.filter((name) => !signed.includes(name));
  if (unsigned.length > 0)
    return deny('SignatureDoesNotMatch', `Headers not signed: ${[...new Set(unsigned)].join(', ')}`);
  if (signed.join(';') !== [...signed].sort().join(';'))
    return deny('SignatureDoesNotMatch', 'SignedHeaders are not sorted.');
  const bodyHash = createHash('sha256').update(body, 'utf8').digest('hex');
  if (headers['x-acs-content-sha256'] !== bodyHash)
    return deny('SignatureDoesNotMatch', 'x-acs-content-sha256 does not match the body.');

  const [rawPath = '/', rawQuery = ''] = url.split('?', 2);
  const query = queryPairs(rawQuery)
    .map(([key, value]) => [rfc3986(key), rfc3986(value)] as const)
    .sort(([keyA, valueA], [keyB, valueB]) => compare(keyA, keyB) || compare(valueA, valueB))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const canonicalHeaders = signed
    .map((name) => `${name}:${(Object.hasOwn(headers, name) ? headers[name]! : '').trim()}\n`)
    .join('');
  const given = Buffer.from(signature, 'hex');
  const matches = (canonicalPath: string): boolean => {
    const canonical = [method, canonicalPath, query, canonicalHeaders, signedHeaderList, bodyHash].join('\n');
    const stringToSign = `ACS3-HMAC-SHA256\n${createHash('sha256').update(canonical, 'utf8').digest('hex')}`;
    const expected = createHmac('sha256', secret).update(stringToSign, 'utf8').digest();
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  // A strict RFC 3986 client signs the path exactly as sent. The official Alibaba client signs
  // encodeURIComponent(segment) with every '*' as %2A, but its wire path differs (it leaves later '*'s raw,
  // and Node escapes "'" to %27), so that canonical form is accepted as well.
  if (!matches(rawPath) && !matches(officialCanonicalPath(rawPath))) {
    return deny('SignatureDoesNotMatch', 'The request signature does not conform to Aliyun standards.');
  }
  return undefined;
}
