/**
 * Cancellation of one attempt: its own timer plus the caller's AbortSignal. However many calls share one caller
 * signal, it carries a single 'abort' listener (one per signal, fanned out here), so a signal reused by many
 * concurrent calls never trips Node's MaxListenersExceededWarning.
 */
/**
 * Runs `callback` when `signal` aborts (at once when it already has); returns the function that unsubscribes. The
 * signal's listener stays until it aborts or is collected: one per signal, however many calls come and go.
 */
export declare function onAbort(signal: AbortSignal | undefined, callback: () => void): () => void;
/**
 * What the built-in transports use of an AbortSignal. An AttemptScope is one, so that the client's own transport
 * needs no AbortController per request (building one and listening on it is a measurable share of a request).
 */
export interface CancelSignal {
    readonly aborted: boolean;
    readonly reason: unknown;
    throwIfAborted(): void;
    addEventListener(type: 'abort', listener: () => void, options?: {
        once?: boolean;
    }): void;
    removeEventListener(type: 'abort', listener: () => void): void;
}
/** One attempt's cancellation: aborted by its timeout or by the caller's signal, whichever comes first. */
export declare class AttemptScope implements CancelSignal {
    #private;
    aborted: boolean;
    reason: unknown;
    /** True once the attempt's own timeout fired. */
    timedOut: boolean;
    constructor(timeoutMs: number, callerSignal: AbortSignal | undefined);
    /** A real AbortSignal that follows this scope, for transports given by the caller; built on first use. */
    get signal(): AbortSignal;
    throwIfAborted(): void;
    addEventListener(_type: 'abort', listener: () => void): void;
    removeEventListener(_type: 'abort', listener: () => void): void;
    /** Settles like `work`, or rejects as soon as the attempt is cancelled (`work` is then left to itself). */
    race<T>(work: Promise<T>): Promise<T>;
    end(): void;
}
/** Waits `ms`, or rejects as soon as `signal` aborts. */
export declare function sleep(ms: number, signal: AbortSignal | undefined): Promise<void>;
