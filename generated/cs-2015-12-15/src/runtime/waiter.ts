/**
 * Waiters: poll an operation until its answer says a resource reached a state, modelled on Smithy's waiters (and
 * AWS SDK v3's `waitUntil…` functions). Each generated waiter is a thin call into `runWaiter` with its acceptors.
 *
 * - Acceptors are checked in order; the first that matches decides success, failure or another poll.
 * - A response that no acceptor matches means poll again; an error that no acceptor matches means poll again when
 *   it is transient (throttling, 502/503/504, network errors, timeouts: what the client itself retries), failure
 *   otherwise.
 * - Between polls the waiter sleeps a random time between the minimum delay and an exponentially growing ceiling
 *   (capped by the maximum delay), never past the deadline; at the deadline it rejects with reason `timeout`.
 * - An abort stops at once: no further request, the pending timer cleared.
 */
import type { CallOptions } from './client-core.js';
import { AbortError, SdkError, ServiceError } from './errors.js';
import { shouldRetry } from './retry.js';
import { sleep } from './abort.js';
import { parsePointer } from './validation.js';

/** How one poll's outcome is matched against a value of the response body, or against the error code. */
export type WaiterAcceptor =
  | {
      state: 'success' | 'failure' | 'retry';
      /** JSON Pointer into the response body; `*` steps through every item of an array. */
      path: string;
      comparator: 'stringEquals' | 'anyStringEquals' | 'allStringEquals' | 'booleanEquals';
      expected: string | boolean;
    }
  | { state: 'success' | 'failure' | 'retry'; errorCode: string };

/** What a generated waiter passes to `runWaiter`. Delays in seconds. */
export interface WaiterConfig {
  name: string;
  minDelay: number;
  maxDelay: number;
  maxWait: number;
  acceptors: readonly WaiterAcceptor[];
}

/** Per-call options of every `waitUntil…` function (seconds). */
export interface WaiterOptions {
  /** Give up after this long (default: the waiter's own, e.g. 1800 s). */
  maxWaitSeconds?: number;
  /** Shortest pause between two polls. */
  minDelaySeconds?: number;
  /** Longest pause between two polls. */
  maxDelaySeconds?: number;
  /** Stops the waiter at once, in a poll or between polls; it then rejects with reason `aborted`. */
  signal?: AbortSignal;
}

/** Time as the waiter sees it; tests pass a fake one. */
export interface WaiterClock {
  now(): number;
  /** Resolves after `ms`; rejects with an AbortError (timer cleared) when the signal fires. */
  sleep(ms: number, signal: AbortSignal | undefined): Promise<void>;
}

export type WaiterFailureReason = 'failure' | 'timeout' | 'aborted';

const CODES: Record<WaiterFailureReason, string> = {
  failure: 'WaiterFailed',
  timeout: 'WaiterTimedOut',
  aborted: 'WaiterAborted',
};

/**
 * A waiter ended without success. `reason` says why; `state` is the last state observed (the value the first path
 * acceptor looks at, or the error code of a failed poll). The last response is `lastResponse` (not enumerable, so
 * that logging the error never prints a whole response); the error of the last poll, if it failed, is `cause`.
 */
export class WaiterError extends SdkError {
  override name: string = 'WaiterError';
  readonly reason: WaiterFailureReason;
  readonly waiter: string;
  readonly state: string | undefined;
  readonly polls: number;
  declare readonly lastResponse: unknown;

  constructor(fields: {
    reason: WaiterFailureReason;
    waiter: string;
    state: string | undefined;
    polls: number;
    lastResponse: unknown;
    cause?: unknown;
  }) {
    super(CODES[fields.reason], describe(fields.reason, fields.waiter, fields.state, fields.polls), {
      cause: fields.cause,
    });
    this.reason = fields.reason;
    this.waiter = fields.waiter;
    this.state = fields.state;
    this.polls = fields.polls;
    Object.defineProperty(this, 'lastResponse', { value: fields.lastResponse, enumerable: false });
  }
}

function describe(reason: WaiterFailureReason, waiter: string, state: string | undefined, polls: number): string {
  const last = state === undefined ? '' : ` (last state ${JSON.stringify(state)})`;
  if (reason === 'aborted') return `Waiter ${waiter} was aborted after ${polls} poll(s)${last}`;
  if (reason === 'timeout') return `Waiter ${waiter} timed out after ${polls} poll(s)${last}`;
  return `Waiter ${waiter} reached a failure state after ${polls} poll(s)${last}`;
}

/**
 * Polls until an acceptor says success (resolves with the last response, or `undefined` when the success was an
 * error, e.g. "not found" for a deleted resource) or failure, the time runs out, or the signal fires (rejects with
 * a WaiterError). `Gone` is `undefined` for waiters with an error acceptor that means success, `never` otherwise.
 */
export async function runWaiter<R, Gone extends undefined = never>(
  poll: (options: CallOptions) => Promise<R>,
  config: WaiterConfig,
  options: WaiterOptions = {},
  clock: WaiterClock = systemClock,
  random: () => number = Math.random,
): Promise<R | Gone> {
  const minDelay = seconds(options.minDelaySeconds, config.minDelay, 'minDelaySeconds');
  const maxDelay = seconds(options.maxDelaySeconds, config.maxDelay, 'maxDelaySeconds');
  const maxWait = seconds(options.maxWaitSeconds, config.maxWait, 'maxWaitSeconds');
  if (minDelay > maxDelay)
    throw new SdkError('InvalidWaiterOptions', `minDelaySeconds (${minDelay}) exceeds maxDelaySeconds (${maxDelay})`);
  const { signal } = options;
  const deadline = clock.now() + maxWait * 1000;
  let polls = 0;
  let lastResponse: R | undefined;
  let state: string | undefined;
  const fail = (reason: WaiterFailureReason, cause?: unknown): WaiterError =>
    new WaiterError({ reason, waiter: config.name, state, polls, lastResponse, cause });

  for (;;) {
    if (signal?.aborted) throw fail('aborted');
    polls++;
    let verdict: 'success' | 'failure' | 'retry';
    let cause: unknown;
    try {
      const response = await poll(signal ? { signal } : {});
      lastResponse = response;
      state = observedState(config.acceptors, response) ?? state;
      verdict = matchResponse(config.acceptors, response);
      if (verdict === 'success') return response;
    } catch (error) {
      if (signal?.aborted || error instanceof AbortError) throw fail('aborted', error);
      cause = error;
      const code = error instanceof SdkError ? error.code : undefined;
      if (code !== undefined) state = code;
      verdict = matchError(config.acceptors, error);
      if (verdict === 'success') return undefined as Gone;
    }
    if (verdict === 'failure') throw fail('failure', cause);
    const remaining = deadline - clock.now();
    if (remaining <= 0) throw fail('timeout', cause);
    try {
      await clock.sleep(Math.min(pollDelay(polls, minDelay, maxDelay, random), remaining), signal);
    } catch (error) {
      throw fail('aborted', error);
    }
  }
}

function seconds(given: number | undefined, fallback: number, name: string): number {
  const value = given ?? fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new SdkError('InvalidWaiterOptions', `${name} must be a positive number of seconds`);
  }
  return value;
}

/**
 * Milliseconds to pause after poll number `polls` (from 1): uniformly random between the minimum delay and
 * min(maxDelay, minDelay × 2^(polls−1)), as Smithy specifies.
 */
export function pollDelay(
  polls: number,
  minDelay: number,
  maxDelay: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxDelay, minDelay * 2 ** Math.min(polls - 1, 30));
  return Math.round((minDelay + random() * (ceiling - minDelay)) * 1000);
}

function matchResponse(acceptors: readonly WaiterAcceptor[], response: unknown): 'success' | 'failure' | 'retry' {
  for (const acceptor of acceptors) {
    if ('path' in acceptor && pathMatches(acceptor, response)) return acceptor.state;
  }
  return 'retry';
}

function matchError(acceptors: readonly WaiterAcceptor[], error: unknown): 'success' | 'failure' | 'retry' {
  const code = error instanceof ServiceError ? error.code : undefined;
  for (const acceptor of acceptors) {
    if ('errorCode' in acceptor && acceptor.errorCode === code) return acceptor.state;
  }
  return shouldRetry(error, true) ? 'retry' : 'failure';
}

function pathMatches(acceptor: Extract<WaiterAcceptor, { path: string }>, response: unknown): boolean {
  const values = valuesAt(response, acceptor.path);
  switch (acceptor.comparator) {
    case 'stringEquals':
    case 'booleanEquals':
      return values.length === 1 && values[0] === acceptor.expected;
    case 'anyStringEquals':
      return values.some((v) => v === acceptor.expected);
    case 'allStringEquals':
      return values.length > 0 && values.every((v) => v === acceptor.expected);
  }
}

/** The first path acceptor's value(s) in the response, as text: the state a user would want to see. */
function observedState(acceptors: readonly WaiterAcceptor[], response: unknown): string | undefined {
  const first = acceptors.find((a): a is Extract<WaiterAcceptor, { path: string }> => 'path' in a);
  if (!first) return undefined;
  const values = valuesAt(response, first.path).filter((v) => typeof v === 'string' || typeof v === 'boolean');
  return values.length === 0 ? undefined : values.map(String).join(',');
}

/** Every value a JSON Pointer with `*` wildcards reaches. */
export function valuesAt(root: unknown, pointer: string): unknown[] {
  let current: unknown[] = [root];
  for (const token of parsePointer(pointer)) {
    const next: unknown[] = [];
    for (const node of current) {
      if (token === '*') {
        if (Array.isArray(node)) next.push(...node);
      } else if (typeof node === 'object' && node !== null && !Array.isArray(node) && Object.hasOwn(node, token)) {
        next.push((node as Record<string, unknown>)[token]);
      }
    }
    current = next;
  }
  return current.filter((v) => v !== undefined);
}

/** Real time; setTimeout takes at most 2^31−1 ms, longer pauses are cut to that. */
export const systemClock: WaiterClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    sleep(Math.min(ms, 2 ** 31 - 1), signal).catch(() => {
      throw new AbortError();
    }),
};
