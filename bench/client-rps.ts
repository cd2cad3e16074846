/**
 * Row 3: requests per second against the mock CS server (in its own process, on 127.0.0.1, keep-alive), the same
 * request (the spec's first CreateClusterNodePool example, i.e. seed sample 1) at the same concurrency through
 * our generated CsClient (validation on), the official @alicloud/cs20151215 client, and a bare node:http loop
 * replaying one pre-signed request (the floor). Plus the cost of validate + serialize + sign alone, with a
 * transport that answers at once.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MockStats } from '../test/support/mock-server.ts';
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET } from '../test/support/mock-server.ts';
import { microsPerCall, runLoad, type LoadOptions, type LoadResult } from './load.ts';
import type { MockProcessMessage } from './mock-process.ts';
import { generatedEntry, generatedOpenApi, OFFICIAL_PACKAGE, repoRoot } from './paths.ts';
import type { TableLine } from './table.ts';

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

export async function startMockProcess(verifyEvery: number): Promise<MockProcess> {
  const child: ChildProcess = fork(path.join(repoRoot, 'bench/mock-process.ts'), [], {
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

/** A load run, and the share of one core the mock process used meanwhile (near 1: the mock was the limit). */
export type PhaseResult = LoadResult & { mockCpuShare: number };

export interface ClientResults {
  concurrency: number;
  durationMs: number;
  verifyEvery: number;
  ours: PhaseResult;
  official: PhaseResult | Error;
  bare: PhaseResult;
  /** µs per call through our client with a transport that answers at once (validate + serialize + sign). */
  noTransportMicros: number;
  /** µs per call of the validator alone, when the package exports it. */
  validateMicros: number | undefined;
  mock: MockStats;
}

const CANNED: HttpResponseLike = {
  statusCode: 200,
  headers: { 'content-type': 'application/json', 'x-acs-request-id': 'F1C3A2B4-0000-4000-8000-000000000000' },
  body: '{"nodepool_id":"np0123456789abcdef0123456789abcd","request_id":"F1C3A2B4-0000-4000-8000-000000000000"}',
};

export async function measureClients(
  load: LoadOptions = { concurrency: 16, durationMs: 5000, warmupMs: 1000, maxRequests: 500_000 },
  verifyEvery = 1,
  log: (line: string) => void = () => {},
): Promise<ClientResults> {
  const ourModule = await loadOurModule();
  const sample = seedSampleOne();
  const mock = await startMockProcess(verifyEvery);
  try {
    const ourClient = new ourModule.CsClient({ endpoint: mock.url, credentials });
    const ourSend = async (): Promise<void> => {
      const result = await ourClient.createClusterNodePool(sample);
      if (!result.nodepool_id) throw new Error('our client: no nodepool_id in the response');
    };
    await ourSend(); // fails fast (e.g. the sample does not validate) before any timing

    // Captures exactly what our client puts on the wire, for the bare loop to replay.
    let captured: HttpRequestLike | undefined;
    const capturing = new ourModule.CsClient({
      endpoint: mock.url,
      credentials,
      transport: async (request) => {
        captured = request;
        return CANNED;
      },
    });
    await capturing.createClusterNodePool(sample);
    if (!captured) throw new Error('the capturing transport saw no request');
    const bare = bareCaller(captured, load.concurrency);
    await bare.send();

    const phase = async (send: () => Promise<unknown>): Promise<PhaseResult> => {
      // The warm-up is part of runLoad; the mock's CPU is sampled around the whole run and the counted
      // part is what the share is reported for, so the warm-up is done here first.
      if (load.warmupMs) await runLoad(send, { ...load, durationMs: load.warmupMs, warmupMs: 0 });
      const before = await mock.stats();
      const result = await runLoad(send, { ...load, warmupMs: 0 });
      const after = await mock.stats();
      return { ...result, mockCpuShare: (after.cpuMs - before.cpuMs) / result.elapsedMs };
    };
    log(`ours: ${load.concurrency} in flight, ${load.durationMs} ms…`);
    const ours = await phase(ourSend);
    ourClient.destroy();
    log('official…');
    let official: PhaseResult | Error;
    try {
      const officialSend = officialCaller(mock.host, { ClusterId: sample.ClusterId, ...sample.body });
      await officialSend();
      official = await phase(officialSend);
    } catch (error) {
      official = error instanceof Error ? error : new Error(String(error));
    }
    log('bare node:http…');
    const bareResult = await phase(bare.send);
    bare.close();
    const { stats: mockStats } = await mock.stats();
    if (mockStats.signaturesRejected > 0) throw new Error(`the mock rejected ${mockStats.signaturesRejected} signatures`);

    log('no-op transport…');
    const noTransportMicros = await microsPerCall(() => capturing.createClusterNodePool(sample), 20_000);
    const validate = ourModule.validateCreateClusterNodePoolRequest;
    const validateMicros = validate ? await microsPerCall(() => validate(sample), 50_000) : undefined;
    return {
      concurrency: load.concurrency,
      durationMs: load.durationMs,
      verifyEvery,
      ours,
      official,
      bare: bareResult,
      noTransportMicros,
      validateMicros,
      mock: mockStats,
    };
  } finally {
    await mock.close();
  }
}

export function clientLines(results: ClientResults): TableLine[] {
  const name = `createClusterNodePool vs mock, ${results.concurrency} in flight, keep-alive, ${results.durationMs / 1000} s`;
  const rps = (result: LoadResult): { value: number; unit: 'req/s' } => ({ value: result.requestsPerSecond, unit: 'req/s' });
  const failures = (result: LoadResult): string | undefined =>
    result.failed > 0 ? `${result.failed} failed: ${String((result.firstError as Error | undefined)?.message ?? result.firstError)}` : undefined;
  const ours = rps(results.ours);
  const oursRemark = failures(results.ours);
  const lines: TableLine[] = [];
  const official = results.official;
  lines.push({
    benchmark: name,
    ours,
    peer: 'official @alicloud/cs20151215',
    ...(official instanceof Error ? { remark: `official client failed: ${official.message}` } : { peerValue: rps(official) }),
    target: { on: 'ratio', atLeast: 2 },
    ...(oursRemark ? { remark: oursRemark } : {}),
  });
  lines.push({
    benchmark: name,
    ours,
    peer: 'bare node:http, pre-signed (floor)',
    peerValue: rps(results.bare),
    target: { on: 'ratio', atLeast: 0.8 },
    remark: `mock checked ${results.mock.signaturesChecked} of ${results.mock.handled} signatures, 0 rejected`,
  });
  lines.push({
    benchmark: 'validate + serialize + sign, no-op transport (per call)',
    ours: { value: results.noTransportMicros, unit: 'µs' },
  });
  if (results.validateMicros !== undefined) {
    lines.push({ benchmark: 'of which validateCreateClusterNodePoolRequest alone', ours: { value: results.validateMicros, unit: 'µs' } });
  }
  return lines;
}
