/** A closed-loop load generator: `concurrency` workers each send one request after the other until time is up. */

export interface LoadOptions {
  concurrency: number;
  durationMs: number;
  /** Run this long first without counting (JIT, connection pool). */
  warmupMs?: number;
  /** Stop early after this many completed requests (bounds the run on fast machines). */
  maxRequests?: number;
}

export interface LoadResult {
  completed: number;
  failed: number;
  elapsedMs: number;
  requestsPerSecond: number;
  /** CPU time of this process over wall time during the run: near 1 means the client side is CPU-bound. */
  cpuShare: number;
  /** The first failure, to explain a non-zero `failed`. */
  firstError?: unknown;
}

export async function runLoad(send: () => Promise<unknown>, options: LoadOptions): Promise<LoadResult> {
  if (options.warmupMs) await phase(send, options.concurrency, options.warmupMs, Infinity);
  return phase(send, options.concurrency, options.durationMs, options.maxRequests ?? Infinity);
}

async function phase(send: () => Promise<unknown>, concurrency: number, durationMs: number, maxRequests: number): Promise<LoadResult> {
  let completed = 0;
  let failed = 0;
  let firstError: unknown;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline && completed + failed < maxRequests) {
      try {
        await send();
        completed++;
      } catch (error) {
        failed++;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuShare = (cpu.user + cpu.system) / 1000 / elapsedMs;
  const result: LoadResult = { completed, failed, elapsedMs, requestsPerSecond: (completed / elapsedMs) * 1000, cpuShare };
  if (firstError !== undefined) result.firstError = firstError;
  return result;
}

/**
 * Mean cost of one call in µs, calling `call` sequentially `iterations` times after a warm-up; a call that returns a
 * promise is awaited, a synchronous one is not (an await would add a microtask turn to what is measured).
 */
export async function microsPerCall(call: () => Promise<unknown> | unknown, iterations: number, warmup = Math.ceil(iterations / 5)): Promise<number> {
  const once = async (): Promise<void> => {
    const result = call();
    if (result instanceof Promise) await result;
  };
  for (let i = 0; i < warmup; i++) await once();
  const started = performance.now();
  for (let i = 0; i < iterations; i++) {
    const result = call();
    if (result instanceof Promise) await result;
  }
  return ((performance.now() - started) * 1000) / iterations;
}
