/**
 * HTTP and failures for the Node credential sources: requests go through the runtime's Node transport, and every
 * failure is a CredentialsError naming the source, with no key, token or response text in it (and no `cause`).
 */
import { expirationTime, type ExpiringCredentials } from './credentials-cache.js';
import { CredentialsError, NetworkError } from './errors.js';
import { percentEncode } from './signer.js';
import { createNodeTransport } from './transport-node.js';
import { systemErrorCode, type HttpRequest, type HttpResponse, type Transport } from './transport.js';

let transport: Transport | undefined;

export function credentialsFailure(source: string, reason: string): CredentialsError {
  return new CredentialsError(`${source}: ${reason}`, { source });
}

/** Scheme, host and port only: a URL's path or query may carry a token. */
export function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'an invalid URL';
  }
}

/** A configured endpoint: a full URL as given (plain http allowed), or a bare host reached with `scheme`. */
export function endpointUrl(endpoint: string, scheme: 'https' | 'http' = 'https'): string {
  return (/^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint : `${scheme}://${endpoint}`).replace(/\/+$/, '');
}

/** One request with its own deadline; connection failures and timeouts name the source and the origin only. */
export async function credentialsRequest(
  source: string,
  request: HttpRequest,
  timeoutMs: number,
): Promise<HttpResponse> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    return await (transport ??= createNodeTransport({ keepAlive: false }))(request, { signal });
  } catch (error) {
    const origin = originOf(request.url);
    if (signal.aborted) throw credentialsFailure(source, `no answer from ${origin} within ${timeoutMs} ms`);
    const code = error instanceof NetworkError ? error.causeCode : systemErrorCode(error);
    throw credentialsFailure(source, `cannot reach ${origin}${code ? ` (${code})` : ''}`);
  }
}

/** The parsed JSON object of a 200 response; anything else fails with the status and a safe error code. */
export function jsonBody(source: string, what: string, response: HttpResponse): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    body = undefined;
  }
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : undefined;
  if (response.statusCode !== 200) {
    const details = [
      safeToken(fields?.Code),
      safeToken(fields?.RequestId) && `request id ${safeToken(fields?.RequestId)}`,
    ];
    const suffix = details.filter(Boolean).join(', ');
    throw credentialsFailure(source, `${what} answered HTTP ${response.statusCode}${suffix ? ` (${suffix})` : ''}`);
  }
  if (!fields) throw credentialsFailure(source, `${what} answered with a body that is not a JSON object`);
  return fields;
}

/** Error codes and request ids are quoted only when they look like one (a server may echo anything else). */
function safeToken(value: unknown): string | undefined {
  return typeof value === 'string' && /^[\w.-]{1,100}$/.test(value) ? value : undefined;
}

/** `AccessKeyId`, `AccessKeySecret`, `SecurityToken` and `Expiration`, as STS, ECS metadata and credentials URIs return them. */
export function temporaryCredentials(source: string, what: string, fields: unknown): ExpiringCredentials {
  const value = (typeof fields === 'object' && fields !== null ? fields : {}) as Record<string, unknown>;
  const { AccessKeyId: accessKeyId, AccessKeySecret: accessKeySecret, SecurityToken: securityToken } = value;
  if (typeof accessKeyId !== 'string' || !accessKeyId || typeof accessKeySecret !== 'string' || !accessKeySecret) {
    throw credentialsFailure(source, `${what} returned no AccessKeyId and AccessKeySecret`);
  }
  if (typeof securityToken !== 'string' || !securityToken)
    throw credentialsFailure(source, `${what} returned no SecurityToken`);
  return { accessKeyId, accessKeySecret, securityToken, expiresAt: expirationTime(value.Expiration) };
}

/** A query string or `application/x-www-form-urlencoded` body with RFC 3986 escapes. */
export function formEncode(fields: Readonly<Record<string, string>>): string {
  return Object.entries(fields)
    .map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`)
    .join('&');
}
