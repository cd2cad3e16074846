/**
 * A small stateful CS for the lifecycle tests, as routes of test/support/mock-server.ts: clusters, node pools and
 * tasks that move through their states as they are read. Every route checks its request with the package's own
 * validator (specRoutes), so the waiters and paginators are proven to send what the API accepts.
 *
 * The package's own stateful mock (`cs-2015-12-15/mock`) is tested with the same scenarios in
 * test/mock/waiters-on-package-mock.test.ts; this one also records the states each node pool went through, for the
 * assertions here.
 */
import { randomUUID } from 'node:crypto';
import type { MockReply, MockRequest, MockRoute } from '../support/mock-server.ts';

export interface StatefulOptions {
  /** How many detail reads a pool, cluster or task stays in its transitional state (default 2). */
  transitionPolls?: number;
}

interface Transitional {
  /** The state reads report until `readsLeft` reaches 0. */
  state: string;
  /** The state after that; `undefined` means the resource is gone (deleted). */
  next: string | undefined;
  readsLeft: number;
}

interface NodePool {
  id: string;
  clusterId: string;
  name: string;
  size: number;
  phase: Transitional;
}

interface Cluster {
  id: string;
  name: string;
  created: number;
  phase: Transitional;
}

interface Task {
  id: string;
  phase: Transitional;
}

/** What the state machine went through, for assertions. */
export interface StatefulLog {
  /** Every state a node pool detail read reported, in order, per pool id. */
  poolStates: Map<string, string[]>;
}

const id = (prefix: string): string => `${prefix}${randomUUID().replace(/-/g, '').slice(0, 24)}`;
const ok = (body: unknown): MockReply => ({ status: 200, body: { ...(body as object), request_id: randomUUID().toUpperCase() } });
const notFound = (code: string, message: string): MockReply => ({ status: 404, body: { code, message, requestId: randomUUID().toUpperCase() } });

/** Reads a resource's state, moving it on when its transitional reads are used up. */
function read(phase: Transitional): string | undefined {
  if (phase.readsLeft > 0) {
    phase.readsLeft--;
    return phase.state;
  }
  if (phase.next === undefined) return undefined;
  phase.state = phase.next;
  return phase.state;
}

export function statefulRoutes(validated: Record<string, MockRoute>, options: StatefulOptions = {}): { routes: Record<string, MockRoute>; log: StatefulLog } {
  const polls = options.transitionPolls ?? 2;
  const pools = new Map<string, NodePool>();
  const clusters = new Map<string, Cluster>();
  const tasks = new Map<string, Task>();
  const log: StatefulLog = { poolStates: new Map() };
  const transition = (state: string, next: string | undefined): Transitional => ({ state, next, readsLeft: polls });
  const startTask = (): string => {
    const task: Task = { id: id('T-'), phase: transition('running', 'success') };
    tasks.set(task.id, task);
    return task.id;
  };
  const poolOf = (request: MockRequest): NodePool | undefined => {
    const pool = pools.get(request.pathParams.NodepoolId ?? '');
    return pool && pool.clusterId === request.pathParams.ClusterId ? pool : undefined;
  };
  const poolNotFound = (): MockReply => notFound('ErrorNodePoolNotFound', 'The node pool does not exist.');
  const poolView = (pool: NodePool, state: string): object => ({
    nodepool_info: { nodepool_id: pool.id, name: pool.name },
    status: { state, total_nodes: pool.size },
    scaling_group: { desired_size: pool.size },
  });

  const respond: Record<string, MockRoute['respond']> = {
    CreateClusterNodePool: (request) => {
      const body = request.body as { nodepool_info?: { name?: string }; scaling_group?: { desired_size?: number } };
      const pool: NodePool = {
        id: id('np'),
        clusterId: request.pathParams.ClusterId ?? '',
        name: body.nodepool_info?.name ?? 'pool',
        size: body.scaling_group?.desired_size ?? 0,
        phase: transition('initial', 'active'),
      };
      pools.set(pool.id, pool);
      return ok({ nodepool_id: pool.id, task_id: startTask() });
    },
    DescribeClusterNodePoolDetail: (request) => {
      const pool = poolOf(request);
      const state = pool && read(pool.phase);
      if (!pool || state === undefined) {
        if (pool) pools.delete(pool.id);
        return poolNotFound();
      }
      log.poolStates.set(pool.id, [...(log.poolStates.get(pool.id) ?? []), state]);
      return ok(poolView(pool, state));
    },
    DescribeClusterNodePools: (request) =>
      ok({ nodepools: [...pools.values()].filter((p) => p.clusterId === request.pathParams.ClusterId).map((p) => poolView(p, p.phase.state)) }),
    ScaleClusterNodePool: (request) => {
      const pool = poolOf(request);
      if (!pool) return poolNotFound();
      pool.size += Number((request.body as { count?: number }).count ?? 0);
      pool.phase = transition('scaling', 'active');
      return ok({ task_id: startTask() });
    },
    DeleteClusterNodepool: (request) => {
      const pool = poolOf(request);
      if (!pool) return poolNotFound();
      pool.phase = transition('deleting', undefined);
      return ok({ task_id: startTask() });
    },
    CreateCluster: (request) => {
      const cluster: Cluster = { id: id('c'), name: String((request.body as { name?: string }).name), created: clusters.size, phase: transition('initial', 'running') };
      clusters.set(cluster.id, cluster);
      return ok({ cluster_id: cluster.id, task_id: startTask() });
    },
    DescribeClusterDetail: (request) => {
      const cluster = clusters.get(request.pathParams.ClusterId ?? '');
      const state = cluster && read(cluster.phase);
      if (!cluster || state === undefined) return notFound('ErrorClusterNotFound', 'The cluster does not exist.');
      return ok({ cluster_id: cluster.id, name: cluster.name, state });
    },
    DescribeClustersV1: (request) => {
      const size = Number(request.query.page_size ?? 10);
      const page = Number(request.query.page_number ?? 1);
      const all = [...clusters.values()].sort((a, b) => a.created - b.created);
      const slice = all.slice((page - 1) * size, page * size).map((c) => ({ cluster_id: c.id, name: c.name, state: c.phase.state }));
      return ok({ clusters: slice, page_info: { page_number: page, page_size: size, total_count: all.length } });
    },
    DescribeTaskInfo: (request) => {
      const task = tasks.get(request.pathParams.task_id ?? '');
      if (!task) return notFound('ErrorTaskNotFound', 'The task does not exist.');
      return ok({ task_id: task.id, state: read(task.phase) });
    },
  };

  const routes: Record<string, MockRoute> = {};
  for (const [action, answer] of Object.entries(respond)) {
    const base = validated[action];
    if (!base) throw new Error(`the spec has no operation ${action}`);
    routes[action] = { ...base, respond: answer };
  }
  return { routes, log };
}
