/** Transport on the standard fetch API, for browsers and other non-Node runtimes. */
import { isNode } from './env.js';
import { SdkError, NetworkError } from './errors.js';
import { DEFAULT_MAX_RESPONSE_BYTES, declaredLength, decodeUtf8 } from './limits.js';
import { RedirectError, ResponseTooLargeError } from './safety-errors.js';
import {
  isNotConnectedCode,
  systemErrorCode,
  type HttpRequest,
  type HttpResponse,
  type Transport,
  type TransportContext,
} from './transport.js';

/**
 * Headers fetch sets itself. A browser also owns `user-agent` (a script's would be dropped or set off a CORS
 * preflight); Node's fetch sends the SDK's.
 */
const FETCH_OWNED_HEADERS: ReadonlySet<string> = new Set(
  isNode() ? ['host', 'content-length'] : ['host', 'content-length', 'user-agent'],
);

export function createFetchTransport(
  fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
): Transport {
  return async (request: HttpRequest, { signal, maxResponseBytes }: TransportContext): Promise<HttpResponse> => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (!FETCH_OWNED_HEADERS.has(name)) headers[name] = value;
    }
    try {
      // Never followed: fetch would send the credentials headers (and, on 307/308, the body) to the new location.
      const response = await fetchImpl(request.url, {
        method: request.method,
        headers,
        body: request.body,
        signal,
        redirect: 'manual',
      });
      // Browsers hide a redirect behind an opaque response with status 0.
      if (response.type === 'opaqueredirect') throw new RedirectError(0);
      const responseHeaders: Record<string, string> = {};
      response.headers.forEach((value, name) => (responseHeaders[name] = value));
      const body = await readBody(response, maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES);
      return { statusCode: response.status, headers: responseHeaders, body };
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (error instanceof SdkError) throw error;
      const code = systemErrorCode(error);
      // fetch does not say whether the request left; only "never connected" codes prove it did not.
      throw new NetworkError(`Request failed${code ? ` (${code})` : ''}`, {
        requestWritten: !isNotConnectedCode(code),
        cause: error,
        ...(code ? { causeCode: code } : {}),
      });
    }
  };
}

/** Reads the body up to the cap; past it, cancels the stream (which closes the connection) and rejects. */
async function readBody(response: Response, maxResponseBytes: number): Promise<string> {
  const tooLarge = new ResponseTooLargeError(response.status, maxResponseBytes);
  if ((declaredLength(response.headers.get('content-length')) ?? 0) > maxResponseBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return decodeUtf8(chunks, received);
    received += value.byteLength;
    if (received > maxResponseBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge;
    }
    chunks.push(value);
  }
}
