/**
 * 1,000 concurrent calls through the generated CsClient against the mock server while it injects faults per
 * request (5xx, 429 + Retry-After, resets mid-body, slow and hung answers, malformed bodies) and closes its
 * listener for short windows (connections refused, in-flight ones cut). Some calls are aborted right after they
 * start or a little later, and some go to a hostile server that answers only with bodies over the client's cap
 * (declared or endless) and with redirects to a server that must receive nothing. Every call must settle with a
 * result or a typed error within its retry budget, no create may be applied twice, and nothing may be left open.
 *
 * The fault sequence and the call mix come from one seed (FAULT_SEED, printed), so a failing run can be replayed
 * (timings still vary, so which request meets which fault may differ).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AbortError,
  CsError,
  CsServiceError,
  NetworkError,
  RedirectError,
  ResponseParseError,
  ResponseTooLargeError,
  TimeoutError,
  type CsClient,
} from '../../generated/cs-2015-12-15/src/index.ts';
import { HOSTILE_FAULTS, startHostileServer, type HostileServer } from './hostile-server.ts';
import type { RequestFault } from '../support/mock-server.ts';
import {
  activeResources,
  createRequest,
  idempotentRequests,
  mockClient,
  runSeed,
  seededRandom,
  settleTo,
} from './support.ts';
import { startWorkerMock, type WorkerMock } from './worker-mock.ts';

const CALLS = 1000;
const CREATE_SHARE = 0.4;
const MAX_RETRIES = 3;
const RETRY_DELAY = { baseMs: 10, maxMs: 120 };
const TIMEOUT_RANGE = [300, 800] as const;
/** Room for signing, queueing for one of the agent's sockets and event-loop lag with 1,000 calls in flight. */
const SLACK_MS = 10_000;
const SEED = runSeed(20151215);
/** Share of the calls sent to the hostile server, and its client's response cap (the server sends 4× that). */
const HOSTILE_SHARE = 0.15;
const HOSTILE_CAP_BYTES = 64 * 1024;
/** Share of the calls to the mock that are aborted: half right after they start, half within 50 ms. */
const ABORT_SHARE = 0.1;

const FAULTS: readonly RequestFault[] = [
  { kind: 'status', status: 500 },
  { kind: 'status', status: 503, code: 'ServiceUnavailable' },
  { kind: 'status', status: 502, code: 'BadGateway' },
  { kind: 'throttle', retryAfter: '1' },
  { kind: 'throttle', retryAfter: '0' },
  { kind: 'reset-mid-body' },
  { kind: 'malformed-json' },
  { kind: 'hang' },
  { kind: 'hang', act: false },
  { kind: 'slow', delayMs: 100 },
  { kind: 'slow', delayMs: 1000 },
];
/**
 * When the listener closes (after so many requests were handled) and for how long (ms). A window longer than all
 * backoff waits together (10 + 20 + 40 ms at most) makes some calls fail with every attempt refused.
 */
const REFUSE_WINDOWS = [
  { afterRequests: 100, forMs: 300 },
  { afterRequests: 600, forMs: 150 },
];

const TYPED_FAILURES = [CsServiceError, TimeoutError, NetworkError, ResponseParseError, AbortError, ResponseTooLargeError, RedirectError] as const;

type Method = 'createClusterNodePool' | keyof typeof idempotentRequests;

type Target = 'mock' | 'hostile';
type Abort = 'none' | 'immediate' | 'soon';

interface Outcome {
  index: number;
  method: Method;
  target: Target;
  abort: Abort;
  name: string | undefined;
  timeoutMs: number;
  elapsedMs: number;
  attempts: number | undefined;
  value?: unknown;
  error?: unknown;
}

let server: WorkerMock;
let client: CsClient;
let hostile: HostileServer;
let hostileClient: CsClient;
let actsByName: Map<string, number>;
let faultsInjected: Partial<Record<RequestFault['kind'], number>>;
let baseline: Map<string, number>;
let outcomes: Outcome[] = [];
/** The client's debug log of retries: which action, after which error code. */
const retries: { action: string; code: string }[] = [];
const retryLogger = {
  debug(message: string, data?: object): void {
    const { action, code } = (data ?? {}) as { action?: string; code?: string };
    if (message === 'cs.retry') retries.push({ action: action ?? '', code: code ?? '' });
  },
};
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => void unhandled.push(reason);

beforeAll(async () => {
  console.log(`fault storm seed: ${SEED} (set FAULT_SEED to replay)`);
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
  baseline = activeResources();
  // The server runs in a worker thread so that it does not compete with the client for the event loop.
  server = await startWorkerMock({ randomFaults: { probability: 0.35, faults: FAULTS, seed: SEED } });
  hostile = await startHostileServer(SEED, 4 * HOSTILE_CAP_BYTES);
  hostileClient = mockClient(hostile.url, {
    maxRetries: MAX_RETRIES,
    retryDelay: RETRY_DELAY,
    timeoutMs: 500,
    maxResponseBytes: HOSTILE_CAP_BYTES,
    logger: retryLogger,
  });
  client = mockClient(server.url, {
    maxRetries: MAX_RETRIES,
    retryDelay: RETRY_DELAY,
    timeoutMs: 500,
    logger: retryLogger,
  });
  outcomes = await storm();
  // Answers still on their way (a slow one after its caller gave up) may act later: let them land first.
  await new Promise((resolve) => setTimeout(resolve, 1200));
  ({ actsByName, faultsInjected } = await server.report());
  console.log(`faults injected: ${JSON.stringify(faultsInjected)}`);
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
  client?.destroy();
  hostileClient?.destroy();
  await server?.close();
  await hostile?.close();
});

async function storm(): Promise<Outcome[]> {
  const random = seededRandom(SEED ^ 0x5eed);
  await server.refuseWindows(REFUSE_WINDOWS);
  const idempotent = Object.keys(idempotentRequests) as (keyof typeof idempotentRequests)[];
  const calls = Array.from({ length: CALLS }, (_, index) => {
    const isCreate = random() < CREATE_SHARE;
    const method: Method = isCreate ? 'createClusterNodePool' : idempotent[Math.floor(random() * idempotent.length)]!;
    const name = isCreate ? `storm-${SEED}-${index}` : undefined;
    const timeoutMs = Math.round(TIMEOUT_RANGE[0] + random() * (TIMEOUT_RANGE[1] - TIMEOUT_RANGE[0]));
    const target: Target = random() < HOSTILE_SHARE ? 'hostile' : 'mock';
    const roll = random();
    const abort: Abort = target === 'hostile' || roll >= ABORT_SHARE ? 'none' : roll < ABORT_SHARE / 2 ? 'immediate' : 'soon';
    const abortAfterMs = Math.floor(random() * 50);
    return { index, method, name, timeoutMs, target, abort, abortAfterMs };
  });
  const started = Date.now();
  const settled = await Promise.all(
    calls.map(async ({ index, method, name, timeoutMs, target, abort, abortAfterMs }): Promise<Outcome> => {
      const begin = Date.now();
      const controller = new AbortController();
      const via = target === 'hostile' ? hostileClient : client;
      const call = (): Promise<{ $metadata: { attempts: number } }> => {
        const options = { timeoutMs, signal: controller.signal };
        switch (method) {
          case 'createClusterNodePool':
            return via.createClusterNodePool(createRequest(name ?? ''), options);
          case 'describeClusterNodePools':
            return via.describeClusterNodePools(idempotentRequests.describeClusterNodePools, options);
          case 'describeClusterNodePoolDetail':
            return via.describeClusterNodePoolDetail(idempotentRequests.describeClusterNodePoolDetail, options);
          case 'modifyClusterNodePool':
            return via.modifyClusterNodePool(idempotentRequests.modifyClusterNodePool, options);
          case 'deleteClusterNodepool':
            return via.deleteClusterNodepool(idempotentRequests.deleteClusterNodepool, options);
        }
      };
      const base = { index, method, name, timeoutMs, target, abort };
      try {
        const pending = call();
        if (abort === 'immediate') controller.abort();
        if (abort === 'soon') setTimeout(() => controller.abort(), abortAfterMs);
        const value = await pending;
        return { ...base, elapsedMs: Date.now() - begin, attempts: value.$metadata.attempts, value };
      } catch (error) {
        return { ...base, elapsedMs: Date.now() - begin, attempts: (error as CsError).$metadata?.attempts, error };
      }
    }),
  );
  console.log(`fault storm: ${CALLS} calls settled in ${Date.now() - started} ms; ${summary(settled)}`);
  return settled;
}

function outcomeName(outcome: Outcome): string {
  if (!('error' in outcome)) return 'ok';
  const error = outcome.error as { name?: string; code?: string };
  return `${error.name ?? typeof error}:${error.code ?? ''}`;
}

function summary(settled: Outcome[]): string {
  const counts: Record<string, number> = {};
  for (const outcome of settled) {
    const kind = outcome.target === 'hostile' ? 'hostile' : outcome.method === 'createClusterNodePool' ? 'create' : 'idempotent';
    const key = `${kind}${outcome.abort === 'none' ? '' : ` abort-${outcome.abort}`} ${outcomeName(outcome)}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return JSON.stringify(counts);
}

const creates = (): Outcome[] => outcomes.filter((o) => o.method === 'createClusterNodePool' && o.target === 'mock');
const acts = (outcome: Outcome): number => actsByName.get(outcome.name ?? '') ?? 0;

describe(`${CALLS} concurrent calls under injected faults`, () => {
  it('settles every call: a parsed result, or one of the typed errors (never a plain Error)', () => {
    expect(outcomes).toHaveLength(CALLS);
    for (const outcome of outcomes) {
      if (!('error' in outcome)) {
        expect(outcome.value, `call ${outcome.index}`).toMatchObject({ $metadata: { httpStatusCode: 200 } });
        continue;
      }
      const { error } = outcome;
      expect(error, `call ${outcome.index} (${outcome.method})`).toBeInstanceOf(CsError);
      const typed = TYPED_FAILURES.some((kind) => error instanceof kind);
      expect(typed, `call ${outcome.index}: ${String(error)}`).toBe(true);
    }
  });

  // How many calls time out waiting for one of the agent's 50 sockets depends on the machine's load, so only
  // outcomes that every run produces are required here; the log above shows the full mix.
  it('meets every kind of fault, and ends in results as well as several kinds of typed error', () => {
    for (const fault of FAULTS) expect(faultsInjected[fault.kind], fault.kind).toBeGreaterThan(0);
    expect(outcomes.filter((o) => !('error' in o)).length).toBeGreaterThan(0);
    const failures = new Set(outcomes.filter((o) => 'error' in o).map((o) => (o.error as Error).constructor));
    expect(failures.size).toBeGreaterThanOrEqual(3);
    expect(retries.length).toBeGreaterThan(0);
  });

  it('makes at most maxRetries + 1 attempts per call, and settles within timeout × attempts + backoff (generous bound)', () => {
    for (const outcome of outcomes) {
      expect(outcome.attempts, `call ${outcome.index}`).toBeGreaterThanOrEqual(outcome.abort === 'immediate' ? 0 : 1);
      expect(outcome.attempts, `call ${outcome.index}`).toBeLessThanOrEqual(MAX_RETRIES + 1);
      const budget = outcome.timeoutMs * (MAX_RETRIES + 1) + RETRY_DELAY.maxMs * MAX_RETRIES + SLACK_MS;
      expect(outcome.elapsedMs, `call ${outcome.index}`).toBeLessThanOrEqual(budget);
    }
  });

  it('never applies a create twice; a resolved create was applied exactly once', () => {
    const tagged = creates();
    expect(new Set(tagged.map((o) => o.name)).size).toBe(tagged.length);
    for (const outcome of tagged) {
      expect(acts(outcome), `${outcome.name}: ${outcomeName(outcome)}`).toBeLessThanOrEqual(1);
      if (!('error' in outcome)) expect(acts(outcome), `${outcome.name}`).toBe(1);
    }
    for (const name of actsByName.keys()) expect(tagged.some((o) => o.name === name), name).toBe(true);
  });

  it('ties each failed create to what the server did: service errors and refused connections never acted, a malformed 200 did', () => {
    for (const outcome of creates()) {
      const { error } = outcome;
      if (error instanceof CsServiceError) expect(acts(outcome), `${outcome.name} ${error.code}`).toBe(0);
      if (error instanceof NetworkError && !error.requestWritten) expect(acts(outcome), `${outcome.name}`).toBe(0);
      if (error instanceof ResponseParseError) expect(acts(outcome), `${outcome.name}`).toBe(1);
    }
  });

  it('retries a create only after failures that left the server untouched; such a create, once resolved, acted once', () => {
    const retriedCreateCodes = new Set(retries.filter((r) => r.action === 'CreateClusterNodePool').map((r) => r.code));
    for (const code of retriedCreateCodes) expect(code === 'NetworkError' || code.startsWith('Throttling'), code).toBe(true);
    for (const outcome of creates()) {
      if (!('error' in outcome) && (outcome.attempts ?? 1) > 1) expect(acts(outcome), outcome.name).toBe(1);
    }
  });

  it('calls aborted right after they start send nothing: AbortError after 0 attempts, and no create acted', () => {
    const immediate = outcomes.filter((o) => o.abort === 'immediate');
    expect(immediate.length).toBeGreaterThan(0);
    for (const outcome of immediate) {
      expect(outcome.error, `call ${outcome.index}`).toBeInstanceOf(AbortError);
      expect(outcome.attempts, `call ${outcome.index}`).toBe(0);
      if (outcome.method === 'createClusterNodePool') expect(acts(outcome), outcome.name).toBe(0);
    }
    const soon = outcomes.filter((o) => o.abort === 'soon' && 'error' in o);
    for (const outcome of soon) expect(outcome.error, `call ${outcome.index}`).toBeInstanceOf(CsError);
  });

  it('refuses every hostile answer: oversized and endless bodies, redirects (never followed, never retried)', () => {
    for (const fault of HOSTILE_FAULTS) expect(hostile.injected[fault], fault).toBeGreaterThan(0);
    const answered = outcomes.filter((o) => o.target === 'hostile');
    expect(answered.length).toBeGreaterThan(0);
    for (const outcome of answered) {
      const { error } = outcome;
      // A hostile call may also time out while queued for a socket behind the storm; it never resolves.
      expect('error' in outcome, `call ${outcome.index}`).toBe(true);
      expect(error instanceof ResponseTooLargeError || error instanceof RedirectError || error instanceof TimeoutError, `call ${outcome.index}: ${String(error)}`).toBe(true);
    }
    // Refused answers end the call: the retry log never names them (timeouts before them may have been retried).
    for (const retry of retries) expect(['ResponseTooLarge', 'UnexpectedRedirect']).not.toContain(retry.code);
    expect(answered.some((o) => o.error instanceof ResponseTooLargeError)).toBe(true);
    expect(answered.some((o) => o.error instanceof RedirectError)).toBe(true);
    expect(hostile.redirectTargetRequests()).toBe(0);
  });

  it('raises no unhandled rejection, and leaves nothing open once the client is destroyed and the server closed', async () => {
    client.destroy();
    hostileClient.destroy();
    await server.close();
    await hostile.close();
    expect(await settleTo(baseline)).toEqual({});
    expect(unhandled).toEqual([]);
  });
});
