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
/** One attempt's cancellation: aborted by its timeout or by the caller's signal, whichever comes first. */
export declare class AttemptScope {
    private readonly controller;
    private readonly timer;
    private readonly unsubscribe;
    /** True once the attempt's own timeout fired. */
    timedOut: boolean;
    constructor(timeoutMs: number, callerSignal: AbortSignal | undefined);
    get signal(): AbortSignal;
    /** Settles like `work`, or rejects as soon as the attempt is cancelled (`work` is then left to itself). */
    race<T>(work: Promise<T>): Promise<T>;
    end(): void;
}
/** Waits `ms`, or rejects as soon as `signal` aborts. */
export declare function sleep(ms: number, signal: AbortSignal | undefined): Promise<void>;
