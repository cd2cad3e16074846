import { NetworkError } from "./errors.js";
import {
  isNotConnectedCode,
  systemErrorCode
} from "./transport.js";
function createNodeTransport(options = {}) {
  let modules;
  const agents = {};
  const agentFor = (secure, http, https) => {
    const agentOptions = { keepAlive: options.keepAlive ?? true, maxSockets: options.maxSockets ?? 50 };
    return secure ? agents.https ??= new https.Agent(agentOptions) : agents.http ??= new http.Agent(agentOptions);
  };
  const transport = async (request, { signal }) => {
    modules ??= Promise.all([import("node:http"), import("node:https")]).then(([http2, https2]) => ({ http: http2, https: https2 }));
    const { http, https } = await modules;
    signal.throwIfAborted();
    const url = new URL(request.url);
    const secure = url.protocol === "https:";
    return send(secure ? https : http, agentFor(secure, http, https), url, secure, request, signal);
  };
  return Object.assign(transport, {
    destroy() {
      agents.http?.destroy();
      agents.https?.destroy();
    }
  });
}
function send(module, agent, url, secure, request, signal) {
  return new Promise((resolve, reject) => {
    const headers = { ...request.headers };
    if (request.body !== void 0) headers["content-length"] = String(Buffer.byteLength(request.body));
    let written = false;
    let settled = false;
    const outgoing = module.request({
      protocol: url.protocol,
      hostname: url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname,
      port: url.port || (secure ? 443 : 80),
      path: url.pathname + url.search,
      method: request.method,
      headers,
      agent
    });
    const finish = (error, response) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener("abort", onAbort);
      if (response) resolve(response);
      else reject(error);
    };
    const onAbort = () => {
      finish(signal.reason);
      outgoing.destroy();
    };
    const onNetworkError = (error) => {
      if (signal.aborted) return finish(signal.reason);
      const code = systemErrorCode(error);
      const requestWritten = written && !isNotConnectedCode(code);
      finish(
        new NetworkError(`Connection to ${url.host} failed${code ? ` (${code})` : ""}`, {
          requestWritten,
          cause: error,
          ...code ? { causeCode: code } : {}
        })
      );
    };
    signal.addEventListener("abort", onAbort, { once: true });
    outgoing.on("socket", (socket) => {
      if (!socket.connecting) written = true;
      else socket.once(secure ? "secureConnect" : "connect", () => written = true);
    });
    outgoing.on("error", onNetworkError);
    outgoing.on("response", (incoming) => {
      const chunks = [];
      incoming.on("data", (chunk) => chunks.push(chunk));
      incoming.on("error", onNetworkError);
      incoming.on(
        "aborted",
        () => onNetworkError(Object.assign(new Error("response aborted"), { code: "ECONNRESET" }))
      );
      incoming.on("end", () => {
        if (!incoming.complete) {
          return onNetworkError(Object.assign(new Error("response ended early"), { code: "ECONNRESET" }));
        }
        finish(void 0, {
          statusCode: incoming.statusCode ?? 0,
          headers: flattenHeaders(incoming.headers),
          body: Buffer.concat(chunks).toString("utf8")
        });
      });
    });
    outgoing.end(request.body);
  });
}
function flattenHeaders(headers) {
  const flat = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== void 0) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
export {
  createNodeTransport
};
