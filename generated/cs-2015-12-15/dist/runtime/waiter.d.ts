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
import { SdkError } from './errors.js';
/** How one poll's outcome is matched against a value of the response body, or against the error code. */
export type WaiterAcceptor = {
    state: 'success' | 'failure' | 'retry';
    /** JSON Pointer into the response body; `*` steps through every item of an array. */
    path: string;
    comparator: 'stringEquals' | 'anyStringEquals' | 'allStringEquals' | 'booleanEquals';
    expected: string | boolean;
} | {
    state: 'success' | 'failure' | 'retry';
    errorCode: string;
};
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
/**
 * A waiter ended without success. `reason` says why; `state` is the last state observed (the value the first path
 * acceptor looks at, or the error code of a failed poll). The last response is `lastResponse` (not enumerable, so
 * that logging the error never prints a whole response); the error of the last poll, if it failed, is `cause`.
 */
export declare class WaiterError extends SdkError {
    name: string;
    readonly reason: WaiterFailureReason;
    readonly waiter: string;
    readonly state: string | undefined;
    readonly polls: number;
    readonly lastResponse: unknown;
    constructor(fields: {
        reason: WaiterFailureReason;
        waiter: string;
        state: string | undefined;
        polls: number;
        lastResponse: unknown;
        cause?: unknown;
    });
}
/**
 * Polls until an acceptor says success (resolves with the last response, or `undefined` when the success was an
 * error, e.g. "not found" for a deleted resource) or failure, the time runs out, or the signal fires (rejects with
 * a WaiterError). `Gone` is `undefined` for waiters with an error acceptor that means success, `never` otherwise.
 */
export declare function runWaiter<R, Gone extends undefined = never>(poll: (options: CallOptions) => Promise<R>, config: WaiterConfig, options?: WaiterOptions, clock?: WaiterClock, random?: () => number): Promise<R | Gone>;
/**
 * Milliseconds to pause after poll number `polls` (from 1): uniformly random between the minimum delay and
 * min(maxDelay, minDelay × 2^(polls−1)), as Smithy specifies.
 */
export declare function pollDelay(polls: number, minDelay: number, maxDelay: number, random?: () => number): number;
/** Every value a JSON Pointer with `*` wildcards reaches. */
export declare function valuesAt(root: unknown, pointer: string): unknown[];
/** Real time; setTimeout takes at most 2^31−1 ms, longer pauses are cut to that. */
export declare const systemClock: WaiterClock;
