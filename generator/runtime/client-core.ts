/**
 * The engine every generated client calls: validate → build the HTTP request → sign → send → retry → parse.
 */
import type { CredentialEndpoints } from './credentials-chain.js';
import { fromEnv, toCredentialsProvider, type Credentials, type CredentialsProvider } from './credentials.js';
import { AttemptScope, sleep } from './abort.js';
import { readEnv } from './env.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from './limits.js';
import {
  checkClientOptions,
  checkCredentials,
  checkRegion,
  checkTimeout,
  ownValue,
  regionHost,
} from './options.js';
import { createSecretGuard, type SecretGuard } from './redact.js';
import { ConfigurationError, RedirectError } from './safety-errors.js';
import {
  AbortError,
  CredentialsError,
  SdkError,
  ServiceError,
  NetworkError,
  ResponseParseError,
  TimeoutError,
  ValidationError,
} from './errors.js';
import type { Hook, HookSupport } from './hooks.js';
import type { EventSupport, Logger } from './log.js';
import { DEFAULT_RETRY, isRetryableStatus, parseRetryAfter, retryDelay, shouldRetry, type RetryOptions } from './retry.js';
import { authorization, chain, loadedSigningCrypto, loadSigningCrypto, type SigningCrypto } from './signer.js';
import type { HttpRequest, HttpResponse, Transport } from './transport.js';
import { createFetchTransport } from './transport-fetch.js';
import type { NodeTransport } from './node-http.js';
import { parsePointer, type ValidationResult } from './validation.js';
import { encodeRequest, JSON_CONTENT_TYPE } from './request-encoding.js';

export interface ServiceDescriptor {
  product: string;
  version: string;
  /** Host template, e.g. `cs.{region}.aliyuncs.com`. */
  endpointTemplate: string;
  /** regionId → host, for regions whose host does not follow the template. */
  regions: Readonly<Record<string, string>>;
  defaultRegion?: string;
}

export interface ParamDescriptor {
  name: string;
  in: 'path' | 'query' | 'header';
  style?: 'json' | 'simple' | 'form';
  explode?: boolean;
}

export interface OperationDescriptor {
  action: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD';
  /** Path template, e.g. `/clusters/{ClusterId}/nodepools`. */
  path: string;
  params: readonly ParamDescriptor[];
  body: boolean;
  idempotent: boolean;
  /** JSON Pointers of secret request fields, e.g. `/body/scaling_group/login_password`; `*` matches any key or index. */
  sensitive?: readonly string[];
  /** The success body is text (a script, say), returned under `value`; a JSON string is read as its value. */
  textResponse?: boolean;
}

export interface ClientOptions {
  region?: string;
  /**
   * Bare host (`cs.cn-beijing.aliyuncs.com`, HTTPS) or an http(s) URL (`http://127.0.0.1:8080`, used as is) without
   * userinfo, query or fragment. Checked when the client is built, like `region` (lowercase words and hyphens).
   */
  endpoint?: string;
  credentials?: Credentials | CredentialsProvider;
  /**
   * STS and instance-metadata URLs for the default credential chain, used when `credentials` is not given by a client
   * built with the chain (the generated client class). Refused by a client without it.
   */
  credentialEndpoints?: CredentialEndpoints;
  transport?: Transport;
  /** Per attempt, from the credentials provider to the last body byte; default 30 000 ms, at most 2^31-1. */
  timeoutMs?: number;
  /** Largest response body read, in bytes (default 16 MiB); a larger one rejects with ResponseTooLargeError. */
  maxResponseBytes?: number;
  /** Retries after the first attempt (default 3): a non-negative integer. */
  maxRetries?: number;
  /** Backoff tuning: base and cap of the waits between attempts (0 to 2^31-1 ms; the cap also bounds Retry-After). */
  retryDelay?: { baseMs?: number; maxMs?: number };
  /** Validate requests before sending (default true). */
  validate?: boolean;
  /** Appended to the SDK's user agent. */
  userAgent?: string;
  /**
   * Node.js only (the built-in transport): an http:// proxy URL, credentials allowed (`http://user:pass@host:3128`),
   * used for every request; `false` for direct connections. Unset: HTTPS_PROXY / HTTP_PROXY / NO_PROXY decide.
   * For the transport a client builds itself (the generated client class); refused by a client built without proxy support.
   */
  proxy?: string | false;
  /**
   * Receives a structured debug event per request, response, retry and failure (see log.ts); `console` will do.
   * Needs the `events` feature (the generated client class has it).
   */
  logger?: Logger;
  /** Run around every attempt of every call, before the call's own hooks (see hooks.ts). Needs the `hooks` feature. */
  hooks?: readonly Hook[];
}

/**
 * What a client is built with beyond the minimal path (signing, retries, typed errors, the secret guard, requests
 * through the platform's fetch, credentials from the option or the environment keys). The generated client class
 * passes `allFeatures` (features.ts); the generated base client passes only what it is given, so that bundlers leave the rest out.
 */
export interface ClientFeatures {
  /** The provider when the `credentials` option is absent (`allFeatures`: the default chain); else `fromEnv()`. */
  credentials?: (options: ClientOptions) => CredentialsProvider;
  /**
   * The transport when the `transport` option is absent (`allFeatures`: on Node, HTTP/1.1 over node:net with proxies);
   * else the platform's fetch.
   */
  transport?: (options: ClientOptions) => Transport & { destroy?(): void };
  /** Runs the `hooks` options and checks per-call `headers` (hooks.ts `hookSupport`); without it they are refused. */
  hooks?: HookSupport;
  /** Sends debug events to the `logger` option (log.ts `debugEvents`); without it `logger` is refused. */
  events?: EventSupport;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  validate?: boolean;
  /**
   * Extra request headers; those named `x-acs-*` are signed. Headers the SDK sets itself are refused. Needs the
   * `hooks` feature.
   */
  headers?: Readonly<Record<string, string>>;
  /** Run around every attempt of this call, after the client's hooks. Needs the `hooks` feature. */
  hooks?: readonly Hook[];
}

export interface ResponseMetadata {
  requestId?: string;
  httpStatusCode: number;
  attempts: number;
}

/** A parsed response with its metadata. A body that is not an object (a bare string) comes under `value`. */
export type WithMetadata<T> = (T extends object ? T : { value: T }) & { $metadata: ResponseMetadata };

const DEFAULT_TIMEOUT_MS = 30_000;

interface PreparedRequest {
  url: string;
  host: string;
  path: string;
  query: [string, string][];
  headers: Record<string, string>;
  body?: string;
}

export class ClientCore {
  readonly #service: ServiceDescriptor;
  readonly #options: ClientOptions;
  readonly #features: ClientFeatures;
  readonly #credentials: CredentialsProvider;
  /** The `credentials` option when it is an object rather than a provider: used without a wait. */
  readonly #fixedCredentials: Credentials | undefined;
  readonly #retry: RetryOptions;
  readonly #userAgent: string;
  readonly #maxResponseBytes: number;
  #transport: Transport | undefined;
  #ownTransport: (Transport & { destroy?(): void }) | undefined;
  #lastBase: { url: string; origin: string; host: string; pathPrefix: string } | undefined;

  constructor(service: ServiceDescriptor, options: ClientOptions = {}, features: ClientFeatures = {}) {
    checkClientOptions(options);
    needsFeature('credentialEndpoints', options.credentialEndpoints && !options.credentials, features.credentials);
    needsFeature('proxy', typeof options.proxy === 'string' && !options.transport, features.transport);
    needsFeature('hooks', options.hooks, features.hooks);
    needsFeature('logger', options.logger, features.events);
    this.#service = service;
    this.#options = options;
    this.#features = features;
    this.#credentials = options.credentials !== undefined ? toCredentialsProvider(options.credentials) : (features.credentials?.(options) ?? fromEnv());
    this.#fixedCredentials = typeof options.credentials === 'object' ? options.credentials : undefined;
    this.#transport = options.transport;
    this.#retry = {
      maxRetries: options.maxRetries ?? DEFAULT_RETRY.maxRetries,
      baseDelayMs: options.retryDelay?.baseMs ?? DEFAULT_RETRY.baseDelayMs,
      maxDelayMs: options.retryDelay?.maxMs ?? DEFAULT_RETRY.maxDelayMs,
    };
    this.#maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const base = `acs-sdk-ts ${service.product}/${service.version}`;
    this.#userAgent = options.userAgent ? `${base} ${options.userAgent}` : base;
  }

  /** Closes pooled connections of the built-in Node transport (idle ones never keep the process alive anyway). */
  destroy(): void {
    this.#ownTransport?.destroy?.();
  }

  async send<Req extends object, Res>(
    op: OperationDescriptor,
    request: Req,
    validator: ((v: unknown) => ValidationResult<Req>) | undefined,
    options: CallOptions = {},
  ): Promise<WithMetadata<Res>> {
    if (validator && (options.validate ?? this.#options.validate ?? true)) {
      const result = validator(request);
      if (!result.ok) throw new ValidationError(result.issues);
    }
    if (options.timeoutMs !== undefined) checkTimeout(options.timeoutMs);
    const support = this.#features.hooks;
    needsFeature('CallOptions.hooks', options.hooks, support);
    needsFeature('CallOptions.headers', options.headers, support);
    const input = request as Record<string, unknown>;
    const prepared = this.#prepare(op, input);
    // Caller headers and hooks: with neither, nothing below costs anything.
    const hooks = support?.(this.#options.hooks, options, prepared.headers);
    // The request's secrets are only looked up when an error or a log line is about to quote the server.
    let requestSecrets: string[] | undefined;
    const transport = this.#transport ?? this.#defaultTransport();
    const timeoutMs = options.timeoutMs ?? this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const log = this.#options.logger;

    // The caller gets the call's promise before anything is sent, so that an abort right after the call sends nothing.
    if (options.signal) await undefined;
    for (let attempt = 1; ; attempt++) {
      if (options.signal?.aborted) throw withAttempts(new AbortError(), attempt - 1);
      const info = { action: op.action, method: op.method, url: prepared.url, attempt };
      // One scope per attempt: its timeout and the caller's signal bound the credentials provider, the request
      // hooks, signing and the exchange alike, so neither a slow provider nor an early abort lets a request out late.
      // With fixed credentials, no hooks and node:crypto loaded, nothing before the exchange waits.
      const scope = new AttemptScope(timeoutMs, options.signal);
      let credentials: Credentials;
      let httpRequest: HttpRequest;
      try {
        credentials = this.#fixedCredentials ? checkCredentials(this.#fixedCredentials) : await scope.race(this.#resolveCredentials());
        // A hook's failure ends the call here, unretried.
        const headers = hooks ? await scope.race(hooks.request(info, prepared.body)) : prepared.headers;
        const signed = this.#sign(op, prepared, headers, credentials, loadedSigningCrypto ?? (await scope.race(loadSigningCrypto())));
        httpRequest = signed instanceof Promise ? await scope.race(signed) : signed;
        scope.throwIfAborted();
      } catch (error) {
        scope.end();
        // Nothing was sent: these failures are final, whatever the operation.
        if (options.signal?.aborted) throw withAttempts(new AbortError(), attempt - 1);
        if (scope.timedOut) {
          throw withAttempts(new CredentialsError(`The credentials provider did not answer within ${timeoutMs} ms`), attempt - 1);
        }
        throw withAttempts(error instanceof SdkError ? error : preparationError(error), attempt - 1);
      }
      // Built only when an error message or a log line needs it; per attempt, as a provider may hand out new credentials.
      let guard: SecretGuard | undefined;
      const secretGuard = (): SecretGuard =>
        (guard ??= createSecretGuard([
          ...(requestSecrets ??= sensitiveValues(input, op.sensitive)),
          credentials.accessKeySecret,
          credentials.securityToken,
        ]));
      // Built only with a logger. A path that carries a secret is logged as its template.
      const events =
        log &&
        this.#features.events?.(
          log,
          { action: op.action, method: op.method, path: secretGuard().quote(prepared.path) ?? op.path, attempt },
          this.#service.product.toLowerCase(),
        );
      let retryAfterMs: number | undefined;
      let failure: SdkError;
      const started = Date.now();
      try {
        events?.request();
        const signal = (transport as Partial<NodeTransport>).takesCancelSignal ? (scope as unknown as AbortSignal) : scope.signal;
        const response = await transport(httpRequest, { signal, maxResponseBytes: this.#maxResponseBytes });
        const durationMs = Date.now() - started;
        // Never followed (another host must not get the credentials or the body), never retried.
        if (response.statusCode >= 300 && response.statusCode < 400) throw new RedirectError(response.statusCode);
        if (hooks) await hooks.response({ ...info, response, durationMs });
        const success = response.statusCode >= 200 && response.statusCode < 300;
        const body = op.textResponse && success ? readText(response.body) : readJson(response.body);
        const ok = success && body !== undefined;
        // Whatever the server put in the request id goes into errors and logs: a server echoing the request there
        // must not expose a secret. A successful result without a logger is the caller's own data, kept as is.
        let requestId = field(body?.value, 'requestId', 'RequestId', 'request_id') ?? response.headers['x-acs-request-id'];
        if (requestId !== undefined && (!ok || log)) requestId = secretGuard().identifier(requestId);
        events?.response(response.statusCode, durationMs, requestId);
        const metadata: ResponseMetadata = { httpStatusCode: response.statusCode, attempts: attempt };
        if (requestId !== undefined) metadata.requestId = requestId;
        if (success) {
          if (!body) throw Object.assign(new ResponseParseError(response.statusCode), { $metadata: metadata });
          return withMetadata<Res>(body.value, metadata);
        }
        retryAfterMs = parseRetryAfter(response.headers['retry-after']);
        failure = serviceError(response.statusCode, body, metadata, secretGuard());
      } catch (error) {
        if (scope.timedOut) failure = new TimeoutError(timeoutMs);
        else if (options.signal?.aborted) failure = new AbortError();
        else failure = toSdkError(error, secretGuard());
      } finally {
        scope.end();
      }
      if (failure.$metadata === undefined) failure.$metadata = { attempts: attempt };
      else failure.$metadata.attempts = attempt;
      const withinBudget = attempt <= this.#retry.maxRetries;
      let retry = withinBudget && shouldRetry(failure, op.idempotent);
      if (hooks) retry = (await hooks.error(info, failure, retry)) && withinBudget;
      if (!retry) {
        events?.error(failure, Date.now() - started);
        throw failure;
      }
      const delayMs = retryDelay(attempt - 1, this.#retry, retryAfterMs);
      events?.retry(failure, delayMs);
      await sleep(delayMs, options.signal).catch(() => {
        throw withAttempts(new AbortError(), attempt);
      });
    }
  }

  /** The credentials for one attempt; a provider failing with anything but an SdkError becomes a CredentialsError. */
  async #resolveCredentials(): Promise<Credentials> {
    let credentials: Credentials;
    try {
      credentials = await this.#credentials();
    } catch (error) {
      if (error instanceof SdkError) throw error;
      // The provider's own message may carry what it was given (a key, a token): only its error's name is kept,
      // and the error itself is not attached (util.inspect would print it as `cause`).
      const name = error instanceof Error && /^[A-Za-z][A-Za-z0-9_.]{0,63}$/.test(error.name) ? error.name : typeof error;
      throw new CredentialsError(`The credentials provider failed (${name})`);
    }
    return checkCredentials(credentials);
  }

  /**
   * The feature's transport (the generated client class: HTTP/1.1 straight over node:net on Node, with proxies), else the platform's
   * fetch, which keeps a minimal bundle small on every platform.
   */
  #defaultTransport(): Transport {
    const transport = this.#features.transport?.(this.#options) ?? createFetchTransport();
    this.#ownTransport = transport;
    this.#transport = transport;
    return transport;
  }

  #baseUrl(): string {
    const { endpoint } = this.#options;
    if (endpoint) return /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoint) ? endpoint.replace(/\/+$/, '') : `https://${endpoint}`;
    const fromEnv = this.#options.region === undefined ? readEnv('ALIBABA_CLOUD_REGION_ID') : undefined;
    if (fromEnv !== undefined) checkRegion(fromEnv, 'ALIBABA_CLOUD_REGION_ID');
    const region = this.#options.region ?? fromEnv ?? this.#service.defaultRegion;
    if (!region) {
      throw new SdkError('MissingRegion', 'No region: pass `region` or `endpoint` to the client, or set ALIBABA_CLOUD_REGION_ID');
    }
    return `https://${regionHost(this.#service.regions, this.#service.endpointTemplate, region)}`;
  }

  /** Parsing the endpoint URL on every call is measurable; it rarely changes, so the last one is kept. */
  #parsedBase(url: string): { origin: string; host: string; pathPrefix: string } {
    if (this.#lastBase?.url !== url) {
      const parsed = new URL(url);
      this.#lastBase = { url, origin: parsed.origin, host: parsed.host, pathPrefix: parsed.pathname.replace(/\/+$/, '') };
    }
    return this.#lastBase;
  }

  /** Everything about the HTTP request that does not change between attempts. */
  #prepare(op: OperationDescriptor, input: Record<string, unknown>): PreparedRequest {
    const base = this.#parsedBase(this.#baseUrl());
    const { path, query, search, headers, body } = encodeRequest(op, input);
    const fullPath = base.pathPrefix + path;
    const prepared: PreparedRequest = {
      url: `${base.origin}${fullPath}${search ? `?${search}` : ''}`,
      host: base.host,
      path: fullPath,
      query,
      headers,
    };
    if (body !== undefined) prepared.body = body;
    return prepared;
  }

  /** `extraHeaders`: the operation's header parameters with the caller's and hooks' additions. */
  #sign(
    op: OperationDescriptor,
    prepared: PreparedRequest,
    extraHeaders: Readonly<Record<string, string>>,
    credentials: Credentials,
    crypto: SigningCrypto,
  ): HttpRequest | Promise<HttpRequest> {
    return chain(crypto.sha256Hex(prepared.body ?? ''), (payloadHash) => {
      const headers: Record<string, string> = {
        ...extraHeaders,
        host: prepared.host,
        'x-acs-action': op.action,
        'x-acs-version': this.#service.version,
        'x-acs-date': isoSeconds(),
        'x-acs-signature-nonce': nonce(),
        'x-acs-content-sha256': payloadHash,
        accept: 'application/json',
        'user-agent': this.#userAgent,
      };
      if (prepared.body !== undefined) headers['content-type'] = JSON_CONTENT_TYPE;
      if (credentials.securityToken) {
        headers['x-acs-accesskey-id'] = credentials.accessKeyId;
        headers['x-acs-security-token'] = credentials.securityToken;
      }
      const signable = { method: op.method, path: prepared.path, query: prepared.query, headers, payloadHash };
      return chain(authorization(signable, credentials.accessKeyId, credentials.accessKeySecret, crypto), (value) => {
        headers.authorization = value;
        const httpRequest: HttpRequest = { method: op.method, url: prepared.url, headers };
        if (prepared.body !== undefined) httpRequest.body = prepared.body;
        return httpRequest;
      });
    });
  }
}

/** The string values found at the given JSON Pointers (`*` matches every key or index). */
export function sensitiveValues(input: unknown, pointers: readonly string[] | undefined): string[] {
  const found: string[] = [];
  const visit = (value: unknown, tokens: string[], index: number): void => {
    if (index === tokens.length) {
      if (typeof value === 'string' || typeof value === 'number') found.push(String(value));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const token = tokens[index] as string;
    const children = token === '*' ? Object.values(value) : [ownValue(value as Record<string, unknown>, token)];
    for (const child of children) visit(child, tokens, index + 1);
  };
  for (const pointer of pointers ?? []) visit(input, parsePointer(pointer), 0);
  return found;
}

let lastDate = { second: 0, text: '' };

/** The current time as `2025-01-31T12:00:00Z`, formatted once per second. */
function isoSeconds(): string {
  const second = Math.floor(Date.now() / 1000);
  if (lastDate.second !== second) lastDate = { second, text: new Date(second * 1000).toISOString().replace('.000Z', 'Z') };
  return lastDate.text;
}

function nonce(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
}

/** Signing failed before anything was sent (e.g. no WebCrypto): says so without quoting the failure. */
function preparationError(error: unknown): SdkError {
  const name = error instanceof Error ? error.name : typeof error;
  return new SdkError('RequestPreparationFailed', `The request could not be signed (${name}); nothing was sent`);
}

/** An option that only a feature the client was built without would honour is refused, not silently ignored. */
function needsFeature(option: string, given: unknown, feature: unknown): void {
  if (given && !feature) {
    throw new ConfigurationError(option, 'needs a feature this client was built without (see "Smallest bundles" in the package README)');
  }
}

function withAttempts<E extends SdkError>(error: E, attempts: number): E {
  error.$metadata = { attempts };
  return error;
}

function toSdkError(error: unknown, guard: SecretGuard): SdkError {
  if (error instanceof SdkError) return error;
  // A custom transport threw something else: assume the worst (it may have been sent).
  const message = error instanceof Error ? error.message : String(error);
  const quoted = guard.quote(message);
  const text = quoted === undefined ? 'Request failed (the error message is withheld: it repeats a secret)' : `Request failed: ${quoted}`;
  return new NetworkError(text, { requestWritten: true });
}

/** The parsed JSON body (an empty body reads as {}), or undefined when it is not JSON. */
function readJson(raw: string): { value: unknown } | undefined {
  // A custom transport may hand over a byte-order mark; JSON.parse refuses it.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '')) return { value: {} };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/** A text body: a JSON string literal is read as its value, anything else as it is. */
function readText(raw: string): { value: unknown } {
  const json = readJson(raw);
  return { value: typeof json?.value === 'string' ? json.value : raw };
}

function field(body: unknown, ...names: string[]): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  for (const name of names) {
    const value = (body as Record<string, unknown>)[name];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/**
 * The error for a non-2xx answer, built from what is safe to quote: the code and request id when they are plain
 * identifiers, the message and recommendation when they repeat no secret (see redact.ts). A body that is not JSON
 * (a proxy's page) is never quoted.
 */
const WITHHELD = "the service's message is withheld because it repeats a secret of the request";

function serviceError(
  statusCode: number,
  body: { value: unknown } | undefined,
  metadata: ResponseMetadata,
  guard: SecretGuard,
): ServiceError {
  const value = body?.value;
  const serverCode = field(value, 'code', 'Code');
  const code = (serverCode && guard.identifier(serverCode)) ?? `Http${statusCode}`;
  const serverMessage = field(value, 'message', 'Message');
  const quoted = serverMessage && guard.quote(serverMessage);
  const recommend = field(value, 'recommend', 'Recommend');
  let message = `${code} (HTTP ${statusCode})`;
  if (!body) message += ': the response is not JSON';
  else if (quoted !== undefined) message = `${code}: ${quoted}`;
  else if (serverMessage !== undefined) message += `: ${WITHHELD}`;
  const error = new ServiceError({
    statusCode,
    code,
    message,
    retryable: isRetryableStatus(statusCode, code),
    requestId: metadata.requestId,
    recommend: recommend && guard.quote(recommend),
  });
  error.$metadata = { ...metadata };
  return error;
}

function withMetadata<Res>(parsed: unknown, metadata: ResponseMetadata): WithMetadata<Res> {
  // Non-object JSON (a bare string or number) cannot carry metadata; it is returned under `value`.
  const target = typeof parsed === 'object' && parsed !== null ? parsed : { value: parsed };
  return Object.assign(target, { $metadata: metadata }) as WithMetadata<Res>;
}
