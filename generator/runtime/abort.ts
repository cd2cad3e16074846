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

/**
 * What the built-in transports use of an AbortSignal. An AttemptScope is one, so that the client's own transport
 * needs no AbortController per request (building one and listening on it is a measurable share of a request).
 */
export interface CancelSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  throwIfAborted(): void;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** One attempt's cancellation: aborted by its timeout or by the caller's signal, whichever comes first. */
export class AttemptScope implements CancelSignal {
  aborted = false;
  reason: unknown;
  /** True once the attempt's own timeout fired. */
  timedOut = false;
  readonly #listeners: (() => void)[] = [];
  #controller: AbortController | undefined;
  readonly #timer: ReturnType<typeof setTimeout>;
  readonly #unsubscribe: () => void;

  constructor(timeoutMs: number, callerSignal: AbortSignal | undefined) {
    this.#timer = setTimeout(() => {
      this.timedOut = true;
      this.#abort();
    }, timeoutMs);
    this.#unsubscribe = onAbort(callerSignal, () => this.#abort());
  }

  /** A real AbortSignal that follows this scope, for transports given by the caller; built on first use. */
  get signal(): AbortSignal {
    if (!this.#controller) {
      this.#controller = new AbortController();
      if (this.aborted) this.#controller.abort(this.reason);
    }
    return this.#controller.signal;
  }

  throwIfAborted(): void {
    if (this.aborted) throw this.reason;
  }

  addEventListener(_type: 'abort', listener: () => void): void {
    this.#listeners.push(listener);
  }

  removeEventListener(_type: 'abort', listener: () => void): void {
    const at = this.#listeners.indexOf(listener);
    if (at >= 0) this.#listeners.splice(at, 1);
  }

  /** Settles like `work`, or rejects as soon as the attempt is cancelled (`work` is then left to itself). */
  race<T>(work: Promise<T>): Promise<T> {
    if (this.aborted) return Promise.reject(this.reason);
    return new Promise<T>((resolve, reject) => {
      const onCancel = (): void => reject(this.reason);
      this.addEventListener('abort', onCancel);
      work.then(
        (value) => {
          this.removeEventListener('abort', onCancel);
          resolve(value);
        },
        (error: unknown) => {
          this.removeEventListener('abort', onCancel);
          reject(error);
        },
      );
    });
  }

  end(): void {
    clearTimeout(this.#timer);
    this.#unsubscribe();
  }

  #abort(): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = new DOMException('This operation was aborted', 'AbortError');
    this.#controller?.abort(this.reason);
    for (const listener of this.#listeners.splice(0)) listener();
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
