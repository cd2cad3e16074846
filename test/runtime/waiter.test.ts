/**
 * runWaiter on a fake clock: time advances only when the waiter sleeps, so every assertion is about what it did
 * (polls, pauses, outcome), never about how long the test took.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AbortError, ServiceError, NetworkError, ValidationError } from '../../generator/runtime/errors.ts';
import { pollDelay, runWaiter, valuesAt, WaiterError, type WaiterClock, type WaiterConfig } from '../../generator/runtime/waiter.ts';

interface FakeClock extends WaiterClock {
  readonly pauses: number[];
  time: number;
}

function fakeClock(onSleep: (ms: number) => void = () => {}): FakeClock {
  const clock: FakeClock = {
    time: 1_000_000,
    pauses: [],
    now: () => clock.time,
    sleep: async (ms, signal) => {
      if (signal?.aborted) throw new AbortError();
      clock.pauses.push(ms);
      clock.time += ms;
      onSleep(ms);
      if (signal?.aborted) throw new AbortError();
    },
  };
  return clock;
}

const ACTIVE: WaiterConfig = {
  name: 'NodePoolActive',
  minDelay: 5,
  maxDelay: 30,
  maxWait: 600,
  acceptors: [
    { state: 'success', path: '/status/state', comparator: 'stringEquals', expected: 'active' },
    { state: 'failure', path: '/status/state', comparator: 'stringEquals', expected: 'failed' },
  ],
};

const DELETED: WaiterConfig = {
  name: 'NodePoolDeleted',
  minDelay: 5,
  maxDelay: 30,
  maxWait: 600,
  acceptors: [{ state: 'success', errorCode: 'ErrorNodePoolNotFound' }],
};

/** A poll function answering from a script: a state string means `{ status: { state } }`, an Error is thrown. */
function scripted(script: (string | Error)[]): { poll: () => Promise<unknown>; calls: () => number } {
  let calls = 0;
  return {
    poll: async () => {
      const step = script[Math.min(calls, script.length - 1)]!;
      calls++;
      if (step instanceof Error) throw step;
      return { status: { state: step }, scaling_group: { login_password: 'Hunter2-secret' } };
    },
    calls: () => calls,
  };
}

const notFound = (): ServiceError => new ServiceError({ statusCode: 404, code: 'ErrorNodePoolNotFound', message: 'gone', retryable: false });
const midpoint = (): number => 0.5;

describe('runWaiter', () => {
  it('polls until the success acceptor matches and resolves with that response', async () => {
    const clock = fakeClock();
    const { poll, calls } = scripted(['initial', 'initial', 'scaling', 'active']);
    const result = await runWaiter(poll, ACTIVE, {}, clock, midpoint);
    expect(result).toMatchObject({ status: { state: 'active' } });
    expect(calls()).toBe(4);
    expect(clock.pauses).toHaveLength(3);
  });

  it('rejects with reason failure and the last state when a failure acceptor matches', async () => {
    const { poll, calls } = scripted(['initial', 'failed', 'active']);
    const error = await runWaiter(poll, ACTIVE, {}, fakeClock(), midpoint).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterError);
    expect(error).toMatchObject({ reason: 'failure', state: 'failed', polls: 2, code: 'WaiterFailed', waiter: 'NodePoolActive' });
    expect((error as WaiterError).lastResponse).toMatchObject({ status: { state: 'failed' } });
    expect(calls()).toBe(2);
  });

  it('keeps polling through throttling, 503 and network errors', async () => {
    const { poll, calls } = scripted([
      new ServiceError({ statusCode: 429, code: 'Throttling.User', message: 'slow down', retryable: true }),
      new ServiceError({ statusCode: 503, code: 'ServiceUnavailable', message: 'later', retryable: true }),
      new NetworkError('reset', { requestWritten: true, causeCode: 'ECONNRESET' }),
      'active',
    ]);
    await expect(runWaiter(poll, ACTIVE, {}, fakeClock(), midpoint)).resolves.toMatchObject({ status: { state: 'active' } });
    expect(calls()).toBe(4);
  });

  it('fails at once on an error that is neither matched nor transient, with that error as cause', async () => {
    const invalid = new ValidationError([{ path: '/ClusterId', code: 'required', message: 'required' }]);
    const { poll, calls } = scripted([invalid]);
    const error = (await runWaiter(poll, ACTIVE, {}, fakeClock(), midpoint).catch((e: unknown) => e)) as WaiterError;
    expect(error.reason).toBe('failure');
    expect(error.cause).toBe(invalid);
    expect(calls()).toBe(1);
    const gone = scripted([notFound()]);
    await expect(runWaiter(gone.poll, ACTIVE, {}, fakeClock(), midpoint)).rejects.toMatchObject({ reason: 'failure', state: 'ErrorNodePoolNotFound' });
  });

  it('treats a matching errorType acceptor as success and resolves undefined', async () => {
    const { poll, calls } = scripted(['deleting', 'deleting', notFound()]);
    await expect(runWaiter<unknown, undefined>(poll, DELETED, {}, fakeClock(), midpoint)).resolves.toBeUndefined();
    expect(calls()).toBe(3);
  });

  it('times out without ever sleeping past the deadline, polling once more at the deadline', async () => {
    const clock = fakeClock();
    const start = clock.time;
    const { poll, calls } = scripted(['initial']);
    const error = (await runWaiter(poll, ACTIVE, { maxWaitSeconds: 60 }, clock, () => 1).catch((e: unknown) => e)) as WaiterError;
    expect(error).toBeInstanceOf(WaiterError);
    expect(error.reason).toBe('timeout');
    expect(error.code).toBe('WaiterTimedOut');
    expect(error.state).toBe('initial');
    expect(clock.time - start).toBe(60_000);
    // With random() = 1 each pause is its ceiling: 5, 10, 20, then 30 s cut to the 25 s left before the deadline.
    expect(clock.pauses).toEqual([5_000, 10_000, 20_000, 25_000]);
    expect(calls()).toBe(clock.pauses.length + 1);
  });

  it('honours per-call delay options', async () => {
    const clock = fakeClock();
    const { poll } = scripted(['initial', 'initial', 'initial', 'initial', 'active']);
    await runWaiter(poll, ACTIVE, { minDelaySeconds: 1, maxDelaySeconds: 3 }, clock, () => 1);
    expect(clock.pauses).toEqual([1_000, 2_000, 3_000, 3_000]);
  });

  it('refuses delay options that make no sense', async () => {
    const { poll, calls } = scripted(['active']);
    await expect(runWaiter(poll, ACTIVE, { minDelaySeconds: 10, maxDelaySeconds: 2 }, fakeClock())).rejects.toMatchObject({ code: 'InvalidWaiterOptions' });
    await expect(runWaiter(poll, ACTIVE, { maxWaitSeconds: 0 }, fakeClock())).rejects.toMatchObject({ code: 'InvalidWaiterOptions' });
    await expect(runWaiter(poll, ACTIVE, { maxWaitSeconds: Number.NaN }, fakeClock())).rejects.toMatchObject({ code: 'InvalidWaiterOptions' });
    expect(calls()).toBe(0);
  });

  it('does not send a single request when the signal has already fired', async () => {
    const { poll, calls } = scripted(['active']);
    const controller = new AbortController();
    controller.abort();
    await expect(runWaiter(poll, ACTIVE, { signal: controller.signal }, fakeClock())).rejects.toMatchObject({ reason: 'aborted', code: 'WaiterAborted' });
    expect(calls()).toBe(0);
  });

  it('stops at once when aborted between polls: no further request', async () => {
    const controller = new AbortController();
    const clock = fakeClock(() => controller.abort());
    const { poll, calls } = scripted(['initial']);
    const error = (await runWaiter(poll, ACTIVE, { signal: controller.signal }, clock, midpoint).catch((e: unknown) => e)) as WaiterError;
    expect(error.reason).toBe('aborted');
    expect(error.state).toBe('initial');
    expect(calls()).toBe(1);
  });

  it('stops when aborted during a poll, and passes the signal to the poll', async () => {
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    const poll = async (options: { signal?: AbortSignal }): Promise<unknown> => {
      seen = options.signal;
      controller.abort();
      throw new AbortError();
    };
    await expect(runWaiter(poll, ACTIVE, { signal: controller.signal }, fakeClock())).rejects.toMatchObject({ reason: 'aborted' });
    expect(seen).toBe(controller.signal);
  });

  it('keeps the last response out of messages, JSON and util.inspect', async () => {
    const { poll } = scripted(['failed']);
    const error = (await runWaiter(poll, ACTIVE, {}, fakeClock()).catch((e: unknown) => e)) as WaiterError;
    expect((error.lastResponse as { scaling_group: { login_password: string } }).scaling_group.login_password).toBe('Hunter2-secret');
    for (const text of [error.message, JSON.stringify(error), inspect(error, { depth: 10 }), String(error)]) {
      expect(text).not.toContain('Hunter2-secret');
    }
    expect(error.message).toBe('Waiter NodePoolActive reached a failure state after 1 poll(s) (last state "failed")');
  });
});

describe('the real clock', () => {
  it('clears its timer when aborted, so nothing keeps the process waiting', async () => {
    const controller = new AbortController();
    const { poll, calls } = scripted(['initial']);
    const pending = runWaiter(poll, { ...ACTIVE, minDelay: 3600, maxDelay: 3600, maxWait: 7200 }, { signal: controller.signal });
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ reason: 'aborted' });
    expect(calls()).toBe(1);
  });
});

describe('pollDelay', () => {
  it('lies between minDelay and a ceiling that doubles per poll, capped by maxDelay', () => {
    expect(pollDelay(1, 2, 120, () => 0)).toBe(2_000);
    expect(pollDelay(1, 2, 120, () => 1)).toBe(2_000);
    expect(pollDelay(3, 2, 120, () => 1)).toBe(8_000);
    expect(pollDelay(3, 2, 120, () => 0.5)).toBe(5_000);
    expect(pollDelay(10, 2, 120, () => 1)).toBe(120_000);
    expect(pollDelay(1_000, 2, 120, () => 1)).toBe(120_000);
  });
});

describe('valuesAt', () => {
  const body = { nodes: [{ state: 'running' }, { state: 'initial' }, {}], page: { total: 3 }, 'a/b': { '~': 1 } };
  it('follows JSON Pointers with * over arrays', () => {
    expect(valuesAt(body, '/nodes/*/state')).toEqual(['running', 'initial']);
    expect(valuesAt(body, '/page/total')).toEqual([3]);
    expect(valuesAt(body, '/a~1b/~0')).toEqual([1]);
    expect(valuesAt(body, '/missing/x')).toEqual([]);
    expect(valuesAt(null, '/x')).toEqual([]);
  });

  it('backs any/all comparators', async () => {
    const config: WaiterConfig = {
      name: 'NodesRunning',
      minDelay: 1,
      maxDelay: 1,
      maxWait: 10,
      acceptors: [
        { state: 'success', path: '/nodes/*/state', comparator: 'allStringEquals', expected: 'running' },
        { state: 'failure', path: '/nodes/*/state', comparator: 'anyStringEquals', expected: 'failed' },
      ],
    };
    const answers = [{ nodes: [{ state: 'running' }, { state: 'initial' }] }, { nodes: [{ state: 'running' }, { state: 'running' }] }];
    let i = 0;
    await expect(runWaiter(async () => answers[i++], config, {}, fakeClock())).resolves.toBe(answers[1]);
    const failing = [{ nodes: [{ state: 'failed' }, { state: 'running' }] }];
    await expect(runWaiter(async () => failing[0], config, {}, fakeClock())).rejects.toMatchObject({ reason: 'failure', state: 'failed,running' });
    // An empty list is not "all running".
    const empty = { nodes: [] };
    await expect(runWaiter(async () => empty, config, { maxWaitSeconds: 2 }, fakeClock())).rejects.toMatchObject({ reason: 'timeout' });
  });
});
