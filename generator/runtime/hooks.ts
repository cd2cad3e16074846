/**
 * Hooks: caller code run around every attempt of a call, registered on the client (`hooks`) and per call
 * (`CallOptions.hooks`; client hooks run first, each list in order). `onRequest` runs before the request is signed,
 * so the x-acs-* headers it sets are covered by the signature; `onResponse` sees every HTTP response; `onError` sees
 * every failed attempt (but a hook's own failure) and may overrule the retry decision.
 */
import { SdkError } from './errors.js';
import type { HttpResponse } from './transport.js';

/** What every hook is told about the attempt. */
export interface AttemptInfo {
  /** The API action, e.g. `CreateClusterNodePool`. */
  readonly action: string;
  readonly method: string;
  /** The full URL, query string included. */
  readonly url: string;
  /** 1 for the first attempt, 2 for the first retry, … */
  readonly attempt: number;
}

export interface RequestHookContext extends AttemptInfo {
  /**
   * The caller's headers (lowercase names): add, change or delete entries. Signed with the SDK's own when their name
   * starts with `x-acs-`; sent unsigned otherwise. Headers the SDK sets itself are refused (see RESERVED_HEADERS).
   */
  readonly headers: Record<string, string>;
  /** The JSON body as it will be sent (read-only: it is hashed into the signature). */
  readonly body: string | undefined;
}

export interface ResponseHookContext extends AttemptInfo {
  /** Any status: errors are turned into exceptions after the hooks ran. */
  readonly response: HttpResponse;
  /** From sending the request to the end of the response body. */
  readonly durationMs: number;
}

export interface ErrorHookContext extends AttemptInfo {
  readonly error: SdkError;
  /** Whether the SDK will try again (within `maxRetries`); as changed by the hooks before this one. */
  readonly retry: boolean;
}

/**
 * Return `true` from `onError` to try again (only within `maxRetries`: beware of repeating a create whose first attempt
 * may have been carried out), `false` to give up at once, nothing to keep the decision.
 */
export interface Hook {
  onRequest?(context: RequestHookContext): void | Promise<void>;
  onResponse?(context: ResponseHookContext): void | Promise<void>;
  onError?(context: ErrorHookContext): boolean | void | Promise<boolean | void>;
}

/** A hook threw (or rejected); the original error is `cause`. Ends the call: not retried, onError not asked. */
export class HookError extends SdkError {
  override name: string = 'HookError';

  constructor(stage: keyof Hook, cause: unknown) {
    // Only the error's name: its message is the caller's own and may carry anything the hook saw.
    super('HookFailed', `An ${stage} hook failed (${cause instanceof Error ? cause.name : typeof cause})`, { cause });
  }
}

/** Headers the SDK sets on every request; refused from callers and hooks rather than silently replaced. */
export const RESERVED_HEADERS: ReadonlySet<string> = new Set([
  'accept',
  'authorization',
  'content-length',
  'content-type',
  'host',
  'user-agent',
  'x-acs-accesskey-id',
  'x-acs-action',
  'x-acs-content-sha256',
  'x-acs-date',
  'x-acs-security-token',
  'x-acs-signature-nonce',
  'x-acs-version',
]);

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * The headers with lowercase names, after checking that each name is an HTTP token, each value a string without
 * CR, LF or NUL (no header injection), and none is reserved. Errors name the header, never its value.
 */
export function checkedHeaders(headers: Readonly<Record<string, unknown>>, source: string): Record<string, string> {
  const checked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!TOKEN.test(name)) throw new SdkError('InvalidHeader', `${source}: a header name is not a valid HTTP token`);
    const lower = name.toLowerCase();
    if (typeof value !== 'string' || /[\r\n\0]/.test(value)) {
      throw new SdkError('InvalidHeader', `${source}: header ${lower} must be a string without CR, LF or NUL`);
    }
    if (RESERVED_HEADERS.has(lower)) throw new SdkError('InvalidHeader', `${source}: header ${lower} is set by the SDK`);
    checked[lower] = value;
  }
  return checked;
}

/** Client hooks, then the call's; undefined when there are none (the common case costs nothing). */
export function joinHooks(client: readonly Hook[] | undefined, call: readonly Hook[] | undefined): readonly Hook[] | undefined {
  const all = [...(client ?? []), ...(call ?? [])];
  return all.length > 0 ? all : undefined;
}

/** Runs every onRequest hook on a fresh copy of `headers` and returns the checked result. */
export async function runRequestHooks(
  hooks: readonly Hook[],
  info: AttemptInfo,
  headers: Readonly<Record<string, string>>,
  body: string | undefined,
): Promise<Record<string, string>> {
  const context: RequestHookContext = { ...info, headers: { ...headers }, body };
  for (const hook of hooks) if (hook.onRequest) await guarded('onRequest', () => hook.onRequest?.(context));
  return checkedHeaders(context.headers, 'onRequest hook');
}

export async function runResponseHooks(hooks: readonly Hook[], context: ResponseHookContext): Promise<void> {
  for (const hook of hooks) if (hook.onResponse) await guarded('onResponse', () => hook.onResponse?.(context));
}

/** The retry decision after every onError hook had its say; a hook's own failure ends the call without asking. */
export async function runErrorHooks(hooks: readonly Hook[], info: AttemptInfo, error: SdkError, retry: boolean): Promise<boolean> {
  if (error instanceof HookError) return false;
  let decision = retry;
  for (const hook of hooks) {
    if (!hook.onError) continue;
    const verdict = await guarded('onError', () => hook.onError?.({ ...info, error, retry: decision }));
    if (typeof verdict === 'boolean') decision = verdict;
  }
  return decision;
}

async function guarded<T>(stage: keyof Hook, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof SdkError ? error : new HookError(stage, error);
  }
}

/** One call's hooks and extra headers, ready to run around each attempt. */
export interface CallHooks {
  /** The headers to sign and send: the operation's and the call's, after every onRequest hook (fresh each attempt). */
  request(info: AttemptInfo, body: string | undefined): Promise<Record<string, string>>;
  response(context: ResponseHookContext): Promise<void>;
  /** The retry decision after every onError hook. */
  error(info: AttemptInfo, error: SdkError, retry: boolean): Promise<boolean>;
}

/**
 * The hook machinery as a client feature (see ClientFeatures): given the client's hooks, the call's options and the
 * operation's header parameters, the call's hooks, or undefined when it has neither hooks nor extra headers.
 */
export type HookSupport = (
  clientHooks: readonly Hook[] | undefined,
  call: { hooks?: readonly Hook[]; headers?: Readonly<Record<string, string>> },
  headers: Record<string, string>,
) => CallHooks | undefined;

/** Runs the `hooks` client and call options and checks per-call `headers`: `new <Product>BaseClient(options, { hooks: hookSupport })`. */
export const hookSupport: HookSupport = (clientHooks, call, headers) => {
  const hooks = joinHooks(clientHooks, call.hooks) ?? [];
  if (hooks.length === 0 && !call.headers) return undefined;
  const callHeaders = call.headers ? { ...headers, ...checkedHeaders(call.headers, 'CallOptions.headers') } : headers;
  return {
    request: (info, body) => runRequestHooks(hooks, info, callHeaders, body),
    response: (context) => runResponseHooks(hooks, context),
    error: (info, error, retry) => runErrorHooks(hooks, info, error, retry),
  };
};
