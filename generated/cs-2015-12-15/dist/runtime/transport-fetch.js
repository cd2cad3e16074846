import { NetworkError } from "./errors.js";
import {
  isNotConnectedCode,
  systemErrorCode
} from "./transport.js";
const BROWSER_OWNED_HEADERS = /* @__PURE__ */ new Set(["host", "content-length", "user-agent"]);
function createFetchTransport(fetchImpl = (input, init) => globalThis.fetch(input, init)) {
  return async (request, { signal }) => {
    const headers = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if (!BROWSER_OWNED_HEADERS.has(name)) headers[name] = value;
    }
    try {
      const response = await fetchImpl(request.url, { method: request.method, headers, body: request.body, signal });
      const responseHeaders = {};
      response.headers.forEach((value, name) => responseHeaders[name] = value);
      return { statusCode: response.status, headers: responseHeaders, body: await response.text() };
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      const code = systemErrorCode(error);
      throw new NetworkError(`Request failed${code ? ` (${code})` : ""}`, {
        requestWritten: !isNotConnectedCode(code),
        cause: error,
        ...code ? { causeCode: code } : {}
      });
    }
  };
}
export {
  createFetchTransport
};
