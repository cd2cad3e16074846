import { toCredentialsProvider } from "./credentials.js";
import { isNode, readEnv } from "./env.js";
import {
  AbortError,
  CredentialsError,
  CsError,
  CsServiceError,
  NetworkError,
  ResponseParseError,
  TimeoutError,
  ValidationError,
  createScrubber
} from "./errors.js";
import {
  DEFAULT_RETRY,
  isRetryableStatus,
  parseRetryAfter,
  retryDelay,
  shouldRetry
} from "./retry.js";
import { authorization, loadSigningCrypto, percentEncode } from "./signer.js";
import { createFetchTransport } from "./transport-fetch.js";
import { createNodeTransport } from "./transport-node.js";
import { parsePointer } from "./validation.js";
const DEFAULT_TIMEOUT_MS = 3e4;
class ClientCore {
  service;
  options;
  credentials;
  retry;
  userAgent;
  transport;
  ownTransport;
  lastBase;
  constructor(service, options = {}) {
    this.service = service;
    this.options = options;
    this.credentials = toCredentialsProvider(options.credentials);
    this.transport = options.transport;
    this.retry = {
      maxRetries: options.maxRetries ?? DEFAULT_RETRY.maxRetries,
      baseDelayMs: options.retryDelay?.baseMs ?? DEFAULT_RETRY.baseDelayMs,
      maxDelayMs: options.retryDelay?.maxMs ?? DEFAULT_RETRY.maxDelayMs
    };
    const base = `acs-sdk-ts ${service.product}/${service.version}`;
    this.userAgent = options.userAgent ? `${base} ${options.userAgent}` : base;
  }
  /** Closes pooled connections of the built-in Node transport (idle ones never keep the process alive anyway). */
  destroy() {
    this.ownTransport?.destroy();
  }
  async send(op, request, validator, options = {}) {
    if (validator && (options.validate ?? this.options.validate ?? true)) {
      const result = validator(request);
      if (!result.ok) throw new ValidationError(result.issues);
    }
    const input = request;
    const prepared = this.prepare(op, input);
    const secrets = sensitiveValues(input, op.sensitive);
    const transport = this.transport ?? this.defaultTransport();
    const timeoutMs = options.timeoutMs ?? this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const log = this.options.logger;
    for (let attempt = 1; ; attempt++) {
      if (options.signal?.aborted) throw withAttempts(new AbortError(), attempt - 1);
      const credentials = await this.resolveCredentials(attempt);
      const scrub = (text) => createScrubber([...secrets, credentials.accessKeySecret, credentials.securityToken])(text);
      let retryAfterMs;
      let failure;
      try {
        const httpRequest = await this.sign(op, prepared, credentials);
        log?.debug("cs.request", { action: op.action, attempt });
        const response = await sendWithTimeout(transport, httpRequest, timeoutMs, options.signal);
        const body = readJson(response.body);
        const ok = response.statusCode >= 200 && response.statusCode < 300 && body !== void 0;
        let requestId = field(body?.value, "requestId", "RequestId", "request_id") ?? response.headers["x-acs-request-id"];
        if (requestId !== void 0 && (!ok || log)) requestId = scrub(requestId);
        log?.debug("cs.response", { action: op.action, attempt, statusCode: response.statusCode, requestId });
        const metadata = { httpStatusCode: response.statusCode, attempts: attempt };
        if (requestId !== void 0) metadata.requestId = requestId;
        if (response.statusCode >= 200 && response.statusCode < 300) {
          if (!body) throw Object.assign(new ResponseParseError(response.statusCode), { $metadata: metadata });
          return withMetadata(body.value, metadata);
        }
        retryAfterMs = parseRetryAfter(response.headers["retry-after"]);
        failure = serviceError(response, body, metadata, scrub);
      } catch (error) {
        failure = toCsError(error, scrub);
      }
      if (failure.$metadata === void 0) failure.$metadata = { attempts: attempt };
      else failure.$metadata.attempts = attempt;
      if (attempt > this.retry.maxRetries || !shouldRetry(failure, op.idempotent)) throw failure;
      const delayMs = retryDelay(attempt - 1, this.retry, retryAfterMs);
      log?.debug("cs.retry", { action: op.action, attempt, code: failure.code, delayMs });
      await sleep(delayMs, options.signal).catch(() => {
        throw withAttempts(new AbortError(), attempt);
      });
    }
  }
  /** The credentials for one attempt; a provider failing with anything but a CsError becomes a CredentialsError. */
  async resolveCredentials(attempt) {
    try {
      return await this.credentials();
    } catch (error) {
      if (error instanceof CsError) throw error;
      const name = error instanceof Error ? error.name : typeof error;
      throw withAttempts(
        new CredentialsError(`The credentials provider failed (${name})`, { cause: error }),
        attempt - 1
      );
    }
  }
  defaultTransport() {
    if (isNode()) {
      this.ownTransport = createNodeTransport();
      this.transport = this.ownTransport;
    } else {
      this.transport = createFetchTransport();
    }
    return this.transport;
  }
  baseUrl() {
    const { endpoint } = this.options;
    if (endpoint)
      return /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint.replace(/\/+$/, "") : `https://${endpoint}`;
    const region = this.options.region ?? readEnv("ALIBABA_CLOUD_REGION_ID") ?? this.service.defaultRegion;
    if (!region) {
      throw new CsError(
        "MissingRegion",
        "No region: pass `region` or `endpoint` to the client, or set ALIBABA_CLOUD_REGION_ID"
      );
    }
    const host = this.service.regions[region] ?? this.service.endpointTemplate.replace("{region}", region);
    return `https://${host}`;
  }
  /** Parsing the endpoint URL on every call is measurable; it rarely changes, so the last one is kept. */
  parsedBase(url) {
    if (this.lastBase?.url !== url) {
      const parsed = new URL(url);
      this.lastBase = {
        url,
        origin: parsed.origin,
        host: parsed.host,
        pathPrefix: parsed.pathname.replace(/\/+$/, "")
      };
    }
    return this.lastBase;
  }
  /** Everything about the HTTP request that does not change between attempts. */
  prepare(op, input) {
    const base = this.parsedBase(this.baseUrl());
    const query = [];
    const headers = {};
    let path = op.path;
    for (const param of op.params) {
      const value = input[param.name];
      if (param.in === "path") {
        if (value === void 0 || value === null || value === "") {
          throw new ValidationError([
            { path: `/${param.name}`, code: "required", message: "path parameter is required" }
          ]);
        }
        path = path.replace(`{${param.name}}`, percentEncode(String(value)));
      } else if (value !== void 0 && value !== null) {
        for (const text of serializeParam(param, value)) {
          if (param.in === "query") query.push([param.name, text]);
          else headers[param.name.toLowerCase()] = text;
        }
      }
    }
    const fullPath = base.pathPrefix + path;
    const search = query.map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`).join("&");
    const body = op.body && input.body !== void 0 ? JSON.stringify(input.body) : void 0;
    const prepared = {
      url: `${base.origin}${fullPath}${search ? `?${search}` : ""}`,
      host: base.host,
      path: fullPath,
      query,
      headers
    };
    if (body !== void 0) prepared.body = body;
    return prepared;
  }
  async sign(op, prepared, credentials) {
    const crypto = await loadSigningCrypto();
    const payloadHash = await crypto.sha256Hex(prepared.body ?? "");
    const headers = {
      ...prepared.headers,
      host: prepared.host,
      "x-acs-action": op.action,
      "x-acs-version": this.service.version,
      "x-acs-date": (/* @__PURE__ */ new Date()).toISOString().replace(/\.\d{3}Z$/, "Z"),
      "x-acs-signature-nonce": nonce(),
      "x-acs-content-sha256": payloadHash,
      accept: "application/json",
      "user-agent": this.userAgent
    };
    if (prepared.body !== void 0) headers["content-type"] = "application/json; charset=utf-8";
    if (credentials.securityToken) {
      headers["x-acs-accesskey-id"] = credentials.accessKeyId;
      headers["x-acs-security-token"] = credentials.securityToken;
    }
    headers.authorization = await authorization(
      { method: op.method, path: prepared.path, query: prepared.query, headers, payloadHash },
      credentials.accessKeyId,
      credentials.accessKeySecret,
      crypto
    );
    const httpRequest = { method: op.method, url: prepared.url, headers };
    if (prepared.body !== void 0) httpRequest.body = prepared.body;
    return httpRequest;
  }
}
function serializeParam(param, value) {
  if (param.style === "json") return [JSON.stringify(value)];
  if (Array.isArray(value)) {
    const items = value.map(
      (item) => typeof item === "object" && item !== null ? JSON.stringify(item) : String(item)
    );
    return param.explode === false || param.in === "header" ? [items.join(",")] : items;
  }
  return [typeof value === "object" ? JSON.stringify(value) : String(value)];
}
function sensitiveValues(input, pointers) {
  const found = [];
  const visit = (value, tokens, index) => {
    if (index === tokens.length) {
      if (typeof value === "string" || typeof value === "number") found.push(String(value));
      return;
    }
    if (typeof value !== "object" || value === null) return;
    const token = tokens[index];
    const children = token === "*" ? Object.values(value) : [value[token]];
    for (const child of children) visit(child, tokens, index + 1);
  };
  for (const pointer of pointers ?? []) visit(input, parsePointer(pointer), 0);
  return found;
}
function nonce() {
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}
async function sendWithTimeout(transport, request, timeoutMs, userSignal) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onUserAbort = () => controller.abort();
  userSignal?.addEventListener("abort", onUserAbort, { once: true });
  try {
    return await transport(request, { signal: controller.signal });
  } catch (error) {
    if (timedOut) throw new TimeoutError(timeoutMs);
    if (userSignal?.aborted) throw new AbortError();
    throw error;
  } finally {
    clearTimeout(timer);
    userSignal?.removeEventListener("abort", onUserAbort);
  }
}
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new AbortError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
function withAttempts(error, attempts) {
  error.$metadata = { attempts };
  return error;
}
function toCsError(error, scrub) {
  if (error instanceof CsError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new NetworkError(scrub(`Request failed: ${message}`), { requestWritten: true });
}
function readJson(text) {
  if (text.trim() === "") return { value: {} };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return void 0;
  }
}
function field(body, ...names) {
  if (typeof body !== "object" || body === null) return void 0;
  for (const name of names) {
    const value = body[name];
    if (typeof value === "string" && value !== "") return value;
  }
  return void 0;
}
function serviceError(response, body, metadata, scrub) {
  const statusCode = response.statusCode;
  const code = scrub(field(body?.value, "code", "Code") ?? `Http${statusCode}`);
  const serverMessage = field(body?.value, "message", "Message") ?? (body ? "" : scrub(response.body).slice(0, 200));
  const recommend = field(body?.value, "recommend", "Recommend");
  const fields = {
    statusCode,
    code,
    message: scrub(serverMessage ? `${code}: ${serverMessage}` : `${code} (HTTP ${statusCode})`),
    retryable: isRetryableStatus(statusCode, code)
  };
  if (metadata.requestId !== void 0) fields.requestId = metadata.requestId;
  if (recommend !== void 0) fields.recommend = scrub(recommend);
  const error = new CsServiceError(fields);
  error.$metadata = { ...metadata };
  return error;
}
function withMetadata(parsed, metadata) {
  const target = typeof parsed === "object" && parsed !== null ? parsed : { value: parsed };
  return Object.assign(target, { $metadata: metadata });
}
export {
  ClientCore,
  sensitiveValues,
  serializeParam
};
