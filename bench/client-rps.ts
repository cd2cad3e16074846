/**
 * Row 3: requests per second against a canned-response server in its own process (bench/canned-server.ts: answers
 * at once, checks nothing, so the clients are what is measured), the same request (the spec's first
 * CreateClusterNodePool example, i.e. seed sample 1) at the same concurrency through our generated CsClient
 * (validation and signing on), the official @alicloud/cs20151215 client, and a bare node:http loop replaying one
 * pre-signed request (the floor); then ours against the signature-verifying mock (every signature checked under
 * load); and where our CPU time per request goes, stage by stage.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MockStats } from '../generator/mock/http-server.ts';
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET } from '../generator/mock/signature.ts';
import { microsPerCall, runLoad, type LoadOptions, type LoadResult } from './load.ts';
import type { MockProcessMessage } from './mock-process.ts';
import { generatedEntry, generatedOpenApi, OFFICIAL_PACKAGE, repoRoot } from './paths.ts';
import { formatNumber, median, type Quantity, type TableLine } from './table.ts';
import { authorization, loadSigningCrypto } from '../generator/runtime/signer.ts';

// ---- the generated package, typed by the little the benchmark uses ----

interface HttpRequestLike {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}
interface HttpResponseLike {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}
interface OurClient {
  createClusterNodePool(request: object): Promise<{ nodepool_id?: string }>;
  destroy(): void;
}
interface OurModule {
  CsClient: new (options: {
    endpoint: string;
    credentials: { accessKeyId: string; accessKeySecret: string };
    transport?: (request: HttpRequestLike) => Promise<HttpResponseLike>;
    validate?: boolean;
  }) => OurClient;
  validateCreateClusterNodePoolRequest?: (value: unknown) => { ok: boolean };
}

export async function loadOurModule(): Promise<OurModule> {
  return (await import(pathToFileURL(generatedEntry()).href)) as OurModule;
}

const credentials = { accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: MOCK_ACCESS_KEY_SECRET };

/** `{ ClusterId, body }`: the first `x-acs-request-examples` entry of CreateClusterNodePool in openapi.json. */
export function seedSampleOne(openapiFile = generatedOpenApi()): { ClusterId: string; body: Record<string, unknown> } {
  const document = JSON.parse(readFileSync(openapiFile, 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string; 'x-acs-request-examples'?: { value: unknown }[] }>>;
  };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      if (operation.operationId !== 'CreateClusterNodePool') continue;
      const value = operation['x-acs-request-examples']?.[0]?.value as { ClusterId?: unknown; body?: unknown } | undefined;
      if (typeof value?.ClusterId === 'string' && typeof value.body === 'object' && value.body !== null) {
        return { ClusterId: value.ClusterId, body: value.body as Record<string, unknown> };
      }
    }
  }
  throw new Error(`${openapiFile}: CreateClusterNodePool has no request example`);
}

// ---- the official client ----

interface OfficialClient {
  createClusterNodePool(clusterId: string, request: object): Promise<{ statusCode?: number; body?: { nodepoolId?: string } }>;
}

function officialCaller(host: string, body: Record<string, unknown>): () => Promise<unknown> {
  const require = createRequire(path.join(repoRoot, 'package.json'));
  const cs = require(OFFICIAL_PACKAGE) as { default: new (config: object) => OfficialClient; CreateClusterNodePoolRequest: new (map: object) => object };
  const core = require('@alicloud/openapi-core') as { $OpenApiUtil: { Config: new (map: object) => object } };
  const dara = require('@darabonba/typescript') as { cast<T>(value: unknown, model: T): T };
  // The official client's default transport (httpx) keeps connections alive; setting runtime.keepAlive would
  // make it build a new Agent per request, so the defaults are kept.
  const client = new cs.default(new core.$OpenApiUtil.Config({ ...credentials, endpoint: host, protocol: 'http' }));
  // Built once: the model conversion a caller does per request is left out (in the official client's favour).
  const request = dara.cast(body, new cs.CreateClusterNodePoolRequest({}));
  const clusterId = String(body.ClusterId ?? '');
  return async () => {
    const response = await client.createClusterNodePool(clusterId, request);
    if (!response.body?.nodepoolId) throw new Error('official client: no nodepoolId in the response');
  };
}

// ---- the bare floor ----

function bareCaller(signed: HttpRequestLike, concurrency: number): { send: () => Promise<unknown>; close(): void } {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const url = new URL(signed.url);
  const headers: Record<string, string> = { ...signed.headers };
  if (signed.body !== undefined) headers['content-length'] = String(Buffer.byteLength(signed.body));
  const send = (): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const request = http.request(
        { hostname: url.hostname, port: url.port, path: url.pathname + url.search, method: signed.method, headers, agent },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            if (response.statusCode !== 200) reject(new Error(`bare loop: HTTP ${response.statusCode}: ${Buffer.concat(chunks).toString()}`));
            else resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          });
        },
      );
      request.on('error', reject);
      request.end(signed.body);
    });
  return { send, close: () => agent.destroy() };
}

// ---- the mock in a child process ----

interface MockProcess {
  url: string;
  host: string;
  stats(): Promise<{ stats: MockStats; cpuMs: number }>;
  close(): Promise<void>;
}

/**
 * Forks a server process speaking the messages of bench/mock-process.ts: the signature-verifying mock by default,
 * or `script` (bench/canned-server.ts: a canned answer, no checks).
 */
export async function startMockProcess(verifyEvery: number, script = 'bench/mock-process.ts'): Promise<MockProcess> {
  const child: ChildProcess = fork(path.join(repoRoot, script), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, VERIFY_EVERY: String(verifyEvery), NODE_OPTIONS: '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T extends MockProcessMessage['type']>(type: T): Promise<Extract<MockProcessMessage, { type: T }>> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: MockProcessMessage): void => {
        if (message.type !== type) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message as Extract<MockProcessMessage, { type: T }>);
      };
      const onExit = (code: number | null): void => reject(new Error(`mock process exited (${code})`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const ready = await next('ready');
  return {
    url: ready.url,
    host: ready.host,
    async stats() {
      const answer = next('stats');
      child.send({ type: 'stats' });
      const { stats, cpuMs } = await answer;
      return { stats, cpuMs };
    },
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send({ type: 'close' });
      }),
  };
}

// ---- the benchmark ----

/** One contender over all rounds: medians of the rounds, failures summed. */
export interface ContenderResult {
  requestsPerSecond: number;
  /** Requests per second of each round, in order. */
  rounds: number[];
  completed: number;
  failed: number;
  firstError?: unknown;
  /** CPU time of the benchmark process per completed request (median over rounds). */
  clientCpuMicros: number;
  /** Share of one core the mock process used meanwhile (median over rounds); near 1: the mock was the limit. */
  mockCpuShare: number;
}

export interface ClientBenchOptions {
  concurrency: number;
  /** Each contender runs `rounds` times for `roundMs`, interleaved, so that drift in machine load hits all alike. */
  rounds: number;
  roundMs: number;
  warmupMs: number;
  /** Check the signature of every n-th request in the mock (1: all). */
  verifyEvery: number;
}

export interface ClientResults {
  options: ClientBenchOptions;
  /** Against the canned-response server (bench/canned-server.ts), which checks nothing. */
  ours: ContenderResult;
  official: ContenderResult | Error;
  bare: ContenderResult;
  /** Ours against the signature-verifying mock: signing stays proven under load. */
  oursVerified: ContenderResult;
  /** Where a request's CPU time goes in our client (µs). */
  breakdown: Breakdown;
  mock: MockStats;
}

/** µs per request, per stage; `transport` is the rest of the CPU time per request under load (HTTP/1.1 + kernel). */
export interface Breakdown {
  validate: number;
  serialize: number;
  sign: number;
  parse: number;
  /** The client core's own work: the rest of a call through a transport that answers at once. */
  core: number;
  transport: number;
  total: number;
}

const CANNED: HttpResponseLike = {
  statusCode: 200,
  headers: { 'content-type': 'application/json', 'x-acs-request-id': 'F1C3A2B4-0000-4000-8000-000000000000' },
  body: '{"nodepool_id":"np0123456789abcdef0123456789abcd","request_id":"F1C3A2B4-0000-4000-8000-000000000000"}',
};

export const DEFAULT_CLIENT_BENCH: ClientBenchOptions = { concurrency: 16, rounds: 3, roundMs: 2000, warmupMs: 1000, verifyEvery: 1 };

interface Contender {
  name: string;
  send: () => Promise<unknown>;
}

/** Each contender `rounds` times, round-robin, against one server process: per contender, the rounds' results. */
async function roundRobin(
  server: MockProcess,
  contenders: readonly Contender[],
  options: ClientBenchOptions,
  log: (line: string) => void,
  label: string,
): Promise<Map<string, (LoadResult & { mockCpuShare: number })[]>> {
  const load: LoadOptions = { concurrency: options.concurrency, durationMs: options.roundMs };
  for (const { name, send } of contenders) {
    log(`warm-up ${name} (${label})…`);
    await runLoad(send, { ...load, durationMs: options.warmupMs });
  }
  const runs = new Map<string, (LoadResult & { mockCpuShare: number })[]>(contenders.map(({ name }) => [name, []]));
  for (let round = 1; round <= options.rounds; round++) {
    for (const { name, send } of contenders) {
      log(`round ${round}/${options.rounds}: ${name} (${label}), ${options.concurrency} in flight, ${options.roundMs} ms…`);
      const before = await server.stats();
      const result = await runLoad(send, load);
      const after = await server.stats();
      runs.get(name)?.push({ ...result, mockCpuShare: (after.cpuMs - before.cpuMs) / result.elapsedMs });
    }
  }
  return runs;
}

export async function measureClients(
  options: ClientBenchOptions = DEFAULT_CLIENT_BENCH,
  log: (line: string) => void = () => {},
): Promise<ClientResults> {
  const ourModule = await loadOurModule();
  const sample = seedSampleOne();
  const canned = await startMockProcess(0, 'bench/canned-server.ts');
  const cleanups: (() => void)[] = [];
  try {
    const ourClient = new ourModule.CsClient({ endpoint: canned.url, credentials });
    cleanups.push(() => ourClient.destroy());
    const ourSend = async (): Promise<void> => {
      const result = await ourClient.createClusterNodePool(sample);
      if (!result.nodepool_id) throw new Error('our client: no nodepool_id in the response');
    };
    await ourSend(); // fails fast (e.g. the sample does not validate) before any timing

    // Captures exactly what our client puts on the wire, for the bare loop to replay.
    let captured: HttpRequestLike | undefined;
    const capturing = new ourModule.CsClient({
      endpoint: canned.url,
      credentials,
      transport: async (request) => {
        captured = request;
        return CANNED;
      },
    });
    await capturing.createClusterNodePool(sample);
    if (!captured) throw new Error('the capturing transport saw no request');
    const bare = bareCaller(captured, options.concurrency);
    cleanups.push(() => bare.close());
    await bare.send();

    let official: Error | undefined;
    let officialSend: (() => Promise<unknown>) | undefined;
    try {
      officialSend = officialCaller(canned.host, { ClusterId: sample.ClusterId, ...sample.body });
      await officialSend();
    } catch (error) {
      official = error instanceof Error ? error : new Error(String(error));
      officialSend = undefined;
    }

    const runs = await roundRobin(
      canned,
      [{ name: 'ours', send: ourSend }, ...(officialSend ? [{ name: 'official', send: officialSend }] : []), { name: 'bare', send: bare.send }],
      options,
      log,
      'canned server',
    );
    const oursResult = summarize(runs.get('ours') ?? []);

    const verified = await verifiedRun(ourModule, sample, options, log);

    log('where the time goes…');
    const breakdown = await measureBreakdown(ourModule, sample, captured, oursResult.clientCpuMicros);
    return {
      options,
      ours: oursResult,
      official: official ?? summarize(runs.get('official') ?? []),
      bare: summarize(runs.get('bare') ?? []),
      oursVerified: verified.result,
      breakdown,
      mock: verified.stats,
    };
  } finally {
    for (const cleanup of cleanups) cleanup();
    await canned.close();
  }
}

/** Our client against the signature-verifying mock, in its own process: every signature checked under load. */
async function verifiedRun(
  ourModule: OurModule,
  sample: ReturnType<typeof seedSampleOne>,
  options: ClientBenchOptions,
  log: (line: string) => void,
): Promise<{ result: ContenderResult; stats: MockStats }> {
  const mock = await startMockProcess(options.verifyEvery);
  const client = new ourModule.CsClient({ endpoint: mock.url, credentials });
  try {
    const send = async (): Promise<void> => {
      const result = await client.createClusterNodePool(sample);
      if (!result.nodepool_id) throw new Error('our client: no nodepool_id in the response');
    };
    await send();
    const runs = await roundRobin(mock, [{ name: 'ours', send }], options, log, 'verifying mock');
    const { stats } = await mock.stats();
    if (stats.signaturesRejected > 0) throw new Error(`the mock rejected ${stats.signaturesRejected} signatures`);
    return { result: summarize(runs.get('ours') ?? []), stats };
  } finally {
    client.destroy();
    await mock.close();
  }
}

/**
 * Each stage timed alone on the same request (validator, JSON text of the body, the signature over the captured
 * headers, JSON.parse of the canned answer), a whole call through a transport that answers at once (the stages plus
 * the core's own work), and the CPU per request under load (the rest is the transport: HTTP/1.1 and the kernel).
 */
async function measureBreakdown(
  ourModule: OurModule,
  sample: ReturnType<typeof seedSampleOne>,
  captured: HttpRequestLike,
  totalMicros: number,
): Promise<Breakdown> {
  const crypto = await loadSigningCrypto();
  const url = new URL(captured.url);
  const { authorization: _, ...headers } = captured.headers;
  const body = captured.body ?? '';
  const query = [...url.searchParams];
  const validate = ourModule.validateCreateClusterNodePoolRequest;
  // Marked like the built-in Node transport, so that the core skips the AbortSignal it builds for other transports.
  const answerAtOnce = Object.assign(async () => CANNED, { takesCancelSignal: true });
  const noTransport = new ourModule.CsClient({ endpoint: 'http://127.0.0.1:9', credentials, transport: answerAtOnce });
  const stages = {
    validate: validate ? await microsPerCall(() => validate(sample), 50_000) : 0,
    serialize: await microsPerCall(() => JSON.stringify(sample.body), 50_000),
    sign: await microsPerCall(() => {
      const payloadHash = crypto.sha256Hex(body) as string;
      return authorization({ method: captured.method, path: url.pathname, query, headers, payloadHash }, credentials.accessKeyId, credentials.accessKeySecret, crypto);
    }, 50_000),
    parse: await microsPerCall(() => JSON.parse(CANNED.body), 50_000),
  };
  const call = await microsPerCall(() => noTransport.createClusterNodePool(sample), 20_000);
  const core = Math.max(0, call - stages.validate - stages.serialize - stages.sign - stages.parse);
  return { ...stages, core, transport: Math.max(0, totalMicros - call), total: totalMicros };
}

export function summarize(rounds: readonly (LoadResult & { mockCpuShare: number })[]): ContenderResult {
  const result: ContenderResult = {
    requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
    rounds: rounds.map((r) => r.requestsPerSecond),
    completed: rounds.reduce((sum, r) => sum + r.completed, 0),
    failed: rounds.reduce((sum, r) => sum + r.failed, 0),
    clientCpuMicros: median(rounds.map((r) => (r.cpuShare * r.elapsedMs * 1000) / Math.max(1, r.completed))),
    mockCpuShare: median(rounds.map((r) => r.mockCpuShare)),
  };
  const firstError = rounds.find((r) => r.firstError !== undefined)?.firstError;
  if (firstError !== undefined) result.firstError = firstError;
  return result;
}

export function clientLines(results: ClientResults): TableLine[] {
  const name = 'createClusterNodePool, HTTP';
  const rps = (result: ContenderResult, server = 'server'): Quantity => ({
    value: result.requestsPerSecond,
    unit: 'req/s',
    note: `${formatNumber(result.clientCpuMicros)} µs CPU/req, ${server} ${Math.round(result.mockCpuShare * 100)}% busy`,
  });
  const failures = (result: ContenderResult): string | undefined =>
    result.failed > 0 ? `${result.failed} failed: ${String((result.firstError as Error | undefined)?.message ?? result.firstError)}` : undefined;
  const ours = rps(results.ours);
  const official = results.official;
  const officialRemark = official instanceof Error ? `official client failed: ${official.message}` : failures(official);
  const remark = [failures(results.ours), officialRemark].filter(Boolean).join('; ');
  const b = results.breakdown;
  const micros = (value: number): string => formatNumber(value);
  return [
    {
      benchmark: `${name} (canned server)`,
      ours,
      peer: '@alicloud/cs20151215',
      ...(official instanceof Error ? {} : { peerValue: rps(official) }),
      target: { on: 'ratio', atLeast: 2 },
      ...(remark ? { remark } : {}),
    },
    {
      benchmark: `${name} (canned server)`,
      ours,
      peer: 'bare node:http (floor)',
      peerValue: rps(results.bare),
      target: { on: 'ratio', atLeast: 0.8 },
      ...(failures(results.bare) ? { remark: failures(results.bare) } : {}),
    },
    {
      benchmark: `${name} (signature-verifying mock)`,
      ours: rps(results.oursVerified, 'mock'),
      remark: [`mock verified ${results.mock.signaturesChecked} of ${results.mock.handled} signatures`, failures(results.oursVerified)].filter(Boolean).join('; '),
    },
    {
      benchmark: 'our CPU per request, by stage',
      ours: { value: b.total, unit: 'µs' },
      remark:
        `validate ${micros(b.validate)} + serialize ${micros(b.serialize)} + sign ${micros(b.sign)} + parse ${micros(b.parse)} + ` +
        `core ${micros(b.core)} + transport (HTTP/1.1, kernel) ${micros(b.transport)} µs`,
    },
  ];
}
