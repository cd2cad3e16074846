/**
 * Shared pieces of the fault tests: the generated client wired to the mock server, valid requests taken from the
 * package's own examples, a create route that counts acts per node-pool name, and resource snapshots.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CsClient,
  type CreateClusterNodePoolRequest,
  type CsClientOptions,
  type DeleteClusterNodepoolRequest,
  type DescribeClusterNodePoolDetailRequest,
  type DescribeClusterNodePoolsRequest,
  type ModifyClusterNodePoolRequest,
} from '../../generated/cs-2015-12-15/src/index.ts';
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET, type MockRoute } from '../support/mock-server.ts';

export { seededRandom } from '../support/mock-server.ts';
import { specRoutes } from '../support/spec-routes.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const packageDir = path.join(repoRoot, 'generated', 'cs-2015-12-15');

type Examples = { value: unknown }[];
interface OpenApi {
  paths: Record<string, Record<string, { operationId?: string; 'x-acs-request-examples'?: Examples }>>;
}

const openapi = JSON.parse(readFileSync(path.join(packageDir, 'openapi.json'), 'utf8')) as OpenApi;

/** The request examples of one operation, as written in the package's openapi.json. */
export function requestExamples(action: string): unknown[] {
  for (const item of Object.values(openapi.paths)) {
    for (const operation of Object.values(item)) {
      if (operation.operationId === action) return (operation['x-acs-request-examples'] ?? []).map((e) => structuredClone(e.value));
    }
  }
  throw new Error(`no operation ${action} in openapi.json`);
}

/** A valid create request (the pay-as-you-go example) under a node-pool name of the caller's choosing. */
export function createRequest(name: string, password?: string): CreateClusterNodePoolRequest {
  const examples = requestExamples('CreateClusterNodePool') as CreateClusterNodePoolRequest[];
  const request = examples.find((e) => e.body?.scaling_group?.instance_charge_type !== 'PrePaid') ?? examples[0];
  if (!request?.body) throw new Error('CreateClusterNodePool has no request example with a body');
  request.body.nodepool_info = { ...request.body.nodepool_info, name };
  if (password !== undefined && request.body.scaling_group) request.body.scaling_group.login_password = password;
  return request;
}

export const idempotentRequests = {
  describeClusterNodePools: requestExamples('DescribeClusterNodePools')[0] as DescribeClusterNodePoolsRequest,
  describeClusterNodePoolDetail: requestExamples('DescribeClusterNodePoolDetail')[0] as DescribeClusterNodePoolDetailRequest,
  modifyClusterNodePool: requestExamples('ModifyClusterNodePool')[0] as ModifyClusterNodePoolRequest,
  // The example without `force`: the mock hands query values to the validator as strings, so it would read
  // force=true as a type error.
  deleteClusterNodepool: (requestExamples('DeleteClusterNodepool') as DeleteClusterNodepoolRequest[]).find((e) => e.force === undefined)!,
};

/** The node-pool name a create request was tagged with. */
export function nodePoolName(body: unknown): string | undefined {
  const info = (body as { nodepool_info?: { name?: unknown } } | undefined)?.nodepool_info;
  return typeof info?.name === 'string' ? info.name : undefined;
}

/**
 * Routes for every operation of the package; the create route also counts, per node-pool name, how often the
 * server acted on it (the mock calls `respond` exactly when it acts).
 */
export async function countingRoutes(): Promise<{ routes: Record<string, MockRoute>; actsByName: Map<string, number> }> {
  const routes = specRoutes();
  const create = routes.CreateClusterNodePool;
  if (!create) throw new Error('specRoutes has no CreateClusterNodePool route');
  const actsByName = new Map<string, number>();
  routes.CreateClusterNodePool = {
    ...create,
    respond: (request) => {
      const name = nodePoolName(request.body) ?? '';
      actsByName.set(name, (actsByName.get(name) ?? 0) + 1);
      return create.respond(request);
    },
  };
  return { routes, actsByName };
}

export function mockClient(url: string, options: CsClientOptions = {}): CsClient {
  return new CsClient({
    endpoint: url,
    credentials: { accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: MOCK_ACCESS_KEY_SECRET },
    ...options,
  });
}

/** How many active resources of each kind (sockets, servers, timers, …) the process holds. */
export function activeResources(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of process.getActiveResourcesInfo()) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** Kinds of which more are active now than in the baseline, with both counts. */
export function resourcesAbove(baseline: Map<string, number>): Record<string, { baseline: number; now: number }> {
  const extra: Record<string, { baseline: number; now: number }> = {};
  for (const [name, now] of activeResources()) {
    const before = baseline.get(name) ?? 0;
    if (now > before) extra[name] = { baseline: before, now };
  }
  return extra;
}

/** Waits (bounded) until no more resources are active than in the baseline; returns what is still above it. */
export async function settleTo(baseline: Map<string, number>, maxWaitMs = 3000): Promise<Record<string, { baseline: number; now: number }>> {
  const until = Date.now() + maxWaitMs;
  for (;;) {
    const extra = resourcesAbove(baseline);
    if (Object.keys(extra).length === 0 || Date.now() > until) return extra;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** The seed of a run: FAULT_SEED when set, else the given default. */
export function runSeed(fallback: number): number {
  const fromEnv = Number(process.env.FAULT_SEED);
  return Number.isInteger(fromEnv) && process.env.FAULT_SEED !== '' ? fromEnv : fallback;
}
