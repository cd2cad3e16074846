/**
 * Cancellation of one attempt: its own timer plus the caller's AbortSignal. However many calls share one caller
 * signal, it carries a single 'abort' listener (one per signal, fanned out here), so a signal reused by many
 * concurrent calls never trips Node's MaxListenersExceededWarning.
 */

/** The callbacks waiting on each caller signal; the signal's one listener runs them. */
const fanouts = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Runs `callback` when `signal` aborts (at once when it already has); returns the function that unsubscribes. The
 * signal's listener stays until it aborts or is collected: one per signal, however many calls come and go.
 */
export function onAbort(signal: AbortSignal | undefined, callback: () => void): () => void {
  let callbacks = signal && fanouts.get(signal);
  if (signal?.aborted) callback();
  else if (signal) {
    if (!callbacks) {
      const waiting = (callbacks = new Set());
      fanouts.set(signal, waiting);
      signal.addEventListener('abort', () => [...waiting].forEach((run) => run()), { once: true });
    }
    callbacks.add(callback);
  }
  return () => callbacks?.delete(callback);
}

/** One attempt's cancellation: aborted by its timeout or by the caller's signal, whichever comes first. */
export class AttemptScope {
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly unsubscribe: () => void;
  /** True once the attempt's own timeout fired. */
  timedOut = false;

  constructor(timeoutMs: number, callerSignal: AbortSignal | undefined) {
    this.timer = setTimeout(() => {
      this.timedOut = true;
      this.controller.abort();
    }, timeoutMs);
    this.unsubscribe = onAbort(callerSignal, () => this.controller.abort());
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Settles like `work`, or rejects as soon as the attempt is cancelled (`work` is then left to itself). */
  race<T>(work: Promise<T>): Promise<T> {
    const signal = this.controller.signal;
    if (signal.aborted) return Promise.reject(signal.reason);
    return new Promise<T>((resolve, reject) => {
      const onCancel = (): void => reject(signal.reason);
      signal.addEventListener('abort', onCancel, { once: true });
      work.then(
        (value) => {
          signal.removeEventListener('abort', onCancel);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onCancel);
          reject(error);
        },
      );
    });
  }

  end(): void {
    clearTimeout(this.timer);
    this.unsubscribe();
  }
}

/** Waits `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    let unsubscribe: () => void = () => undefined;
    const timer = setTimeout(() => {
      unsubscribe();
      resolve();
    }, ms);
    unsubscribe = onAbort(signal, () => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    });
  });
}
