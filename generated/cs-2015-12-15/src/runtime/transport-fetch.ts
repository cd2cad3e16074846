/** Transport on the standard fetch API, for browsers and other non-Node runtimes. */
import { NetworkError } from './errors.js';
import {
  isNotConnectedCode,
  systemErrorCode,
  type HttpRequest,
  type HttpResponse,
  type Transport,
} from './transport.js';

/** Headers a browser sets itself and refuses from scripts. */
const BROWSER_OWNED_HEADERS: ReadonlySet<string> = new Set(['host', 'content-length', 'user-agent']);

export function createFetchTransport(
  fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
): Transport {
  return async (request: HttpRequest, { signal }: { signal: AbortSignal }): Promise<HttpResponse> => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (!BROWSER_OWNED_HEADERS.has(name)) headers[name] = value;
    }
    try {
      const response = await fetchImpl(request.url, { method: request.method, headers, body: request.body, signal });
      const responseHeaders: Record<string, string> = {};
      response.headers.forEach((value, name) => (responseHeaders[name] = value));
      return { statusCode: response.status, headers: responseHeaders, body: await response.text() };
    } catch (error) {
      if (signal.aborted) throw signal.reason;
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
