/**
 * The generated waiters and paginators over real HTTP on 127.0.0.1, against a stateful mock CS (stateful-routes.ts):
 * a node pool is created, waited for, scaled, waited for again, deleted and waited for until it is gone; 23 clusters
 * page out exactly once each; a waiter that can never finish times out; an aborted waiter stops at once.
 * Delays are fractions of a second so that the tests run fast; nothing asserts how long anything took.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CsBaseClient,
  WaiterError,
  createCluster,
  createClusterNodePool,
  deleteClusterNodepool,
  describeClusterNodePools,
  paginateDescribeClustersV1,
  scaleClusterNodePool,
  waitUntilClusterRunning,
  waitUntilNodePoolActive,
  waitUntilNodePoolDeleted,
  waitUntilTaskSucceeded,
  type WaiterOptions,
} from '../../generated/cs-2015-12-15/src/index.ts';
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET, startMockServer, type MockRoute, type MockServer } from '../support/mock-server.ts';
import { specRoutes } from '../support/spec-routes.ts';
import { statefulRoutes, type StatefulLog } from './stateful-routes.ts';


const FAST: WaiterOptions = { minDelaySeconds: 0.005, maxDelaySeconds: 0.02, maxWaitSeconds: 30 };
const CLUSTER_ID = 'c61da77e8bfbc4c4c999af2b51b65abcd';

let validated: Record<string, MockRoute>;

beforeAll(() => {
  validated = specRoutes();
});

interface Harness {
  server: MockServer;
  client: CsBaseClient;
  log: StatefulLog;
  close(): Promise<void>;
}

async function harness(transitionPolls: number, maxRetries = 3): Promise<Harness> {
  const { routes, log } = statefulRoutes(validated, { transitionPolls });
  const server = await startMockServer({ routes });
  const client = new CsBaseClient({
    endpoint: `http://127.0.0.1:${server.port}`,
    credentials: { accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: MOCK_ACCESS_KEY_SECRET },
    region: 'cn-hangzhou',
    maxRetries,
    retryDelay: { baseMs: 1, maxMs: 2 },
  });
  return {
    server,
    client,
    log,
    close: async () => {
      client.destroy();
      await server.close();
    },
  };
}

const polls = (server: MockServer, action: string): number => server.requests.filter((r) => r.action === action).length;

async function createPool(client: CsBaseClient): Promise<{ nodepool_id: string; task_id: string }> {
  const created = await createClusterNodePool(client, {
    ClusterId: CLUSTER_ID,
    body: {
      nodepool_info: { name: 'workers' },
      scaling_group: { vswitch_ids: ['vsw-wz9mfnhmssud6eicu0001'], instance_types: ['ecs.g7.xlarge'], key_pair: 'ops-key', desired_size: 2 },
    },
  });
  expect(created.nodepool_id).toMatch(/^np/);
  return { nodepool_id: created.nodepool_id!, task_id: created.task_id! };
}

describe('a node pool from create to delete', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(2);
  });
  afterAll(async () => h?.close());

  it('create → active, in the list; scale → active again; delete → gone', async () => {
    const { client, server, log } = h;
    const { nodepool_id, task_id } = await createPool(client);
    const input = { ClusterId: CLUSTER_ID, NodepoolId: nodepool_id };

    const active = await waitUntilNodePoolActive(client, input, FAST);
    expect(active.status?.state).toBe('active');
    expect(active.$metadata.httpStatusCode).toBe(200);
    expect(log.poolStates.get(nodepool_id)).toEqual(['initial', 'initial', 'active']);

    const listed = await describeClusterNodePools(client, { ClusterId: CLUSTER_ID });
    expect(listed.nodepools?.map((p) => p.nodepool_info?.nodepool_id)).toContain(nodepool_id);

    await expect(waitUntilTaskSucceeded(client, { task_id }, FAST)).resolves.toMatchObject({ task_id, state: 'success' });

    await scaleClusterNodePool(client, { ...input, body: { count: 3 } });
    const scaled = await waitUntilNodePoolActive(client, input, FAST);
    expect(scaled.status?.state).toBe('active');
    expect(scaled.status?.total_nodes).toBe(5);
    expect(log.poolStates.get(nodepool_id)!.slice(3)).toEqual(['scaling', 'scaling', 'active']);

    await deleteClusterNodepool(client, input);
    const before = polls(server, 'DescribeClusterNodePoolDetail');
    await expect(waitUntilNodePoolDeleted(client, input, FAST)).resolves.toBeUndefined();
    // deleting, deleting, then not found.
    expect(polls(server, 'DescribeClusterNodePoolDetail') - before).toBe(3);
    expect(server.requests.every((r) => r.signatureProblem === undefined && r.status !== 400)).toBe(true);
  });

  it('resolves at once for a pool that is already gone', async () => {
    await expect(waitUntilNodePoolDeleted(h.client, { ClusterId: CLUSTER_ID, NodepoolId: 'np-never-existed' }, FAST)).resolves.toBeUndefined();
  });

  it('fails (does not wait out the clock) when the pool being waited for does not exist', async () => {
    const error = await waitUntilNodePoolActive(h.client, { ClusterId: CLUSTER_ID, NodepoolId: 'np-never-existed' }, FAST).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterError);
    expect(error).toMatchObject({ reason: 'failure', state: 'ErrorNodePoolNotFound' });
  });
});

describe('throttling while waiting', () => {
  it('keeps polling through throttling answers the client gave up on', async () => {
    const h = await harness(1, 0);
    try {
      const { nodepool_id } = await createPool(h.client);
      h.server.setFault({ kind: 'throttle', retryAfter: '0', times: 3 });
      const active = await waitUntilNodePoolActive(h.client, { ClusterId: CLUSTER_ID, NodepoolId: nodepool_id }, FAST);
      expect(active.status?.state).toBe('active');
      expect(h.server.requests.filter((r) => r.status === 429)).toHaveLength(3);
    } finally {
      await h.close();
    }
  });
});

describe('paginateDescribeClustersV1', () => {
  it('yields each of 23 clusters exactly once with pageSize 10', async () => {
    const h = await harness(1);
    try {
      const created: string[] = [];
      for (let i = 0; i < 23; i++) {
        const result = await createCluster(h.client, { body: { name: `cluster-${i}`, cluster_type: 'ManagedKubernetes', region_id: 'cn-hangzhou' } });
        created.push(result.cluster_id!);
      }
      const seen: string[] = [];
      let pages = 0;
      for await (const page of paginateDescribeClustersV1(h.client, {}, { pageSize: 10 })) {
        pages++;
        for (const cluster of page.clusters ?? []) seen.push(cluster.cluster_id!);
      }
      expect(pages).toBe(3);
      expect(seen).toHaveLength(23);
      expect(new Set(seen)).toEqual(new Set(created));
      const pageRequests = h.server.requests.filter((r) => r.action === 'DescribeClustersV1').map((r) => new URL(r.url, 'http://x').searchParams);
      expect(pageRequests.map((q) => [q.get('page_number'), q.get('page_size')])).toEqual([
        ['1', '10'],
        ['2', '10'],
        ['3', '10'],
      ]);

      await expect(waitUntilClusterRunning(h.client, { ClusterId: created[0]! }, FAST)).resolves.toMatchObject({ state: 'running' });
    } finally {
      await h.close();
    }
  });
});

describe('waiters that cannot finish', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(1_000_000);
  });
  afterAll(async () => h?.close());

  it('reject with reason timeout when the state stays transitional beyond maxWaitSeconds', async () => {
    const { nodepool_id } = await createPool(h.client);
    const error = await waitUntilNodePoolActive(
      h.client,
      { ClusterId: CLUSTER_ID, NodepoolId: nodepool_id },
      { minDelaySeconds: 0.01, maxDelaySeconds: 0.05, maxWaitSeconds: 0.3 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterError);
    const waiterError = error as WaiterError;
    expect(waiterError.reason).toBe('timeout');
    expect(waiterError.state).toBe('initial');
    expect(waiterError.lastResponse).toMatchObject({ status: { state: 'initial' } });
    expect(waiterError.polls).toBeGreaterThan(1);
  });

  it('reject with reason aborted at once when the signal fires, without another request', async () => {
    const { nodepool_id } = await createPool(h.client);
    const controller = new AbortController();
    const before = polls(h.server, 'DescribeClusterNodePoolDetail');
    // An hour between polls: only an immediate stop lets this test finish.
    const waiting = waitUntilNodePoolActive(
      h.client,
      { ClusterId: CLUSTER_ID, NodepoolId: nodepool_id },
      { minDelaySeconds: 3600, maxDelaySeconds: 3600, maxWaitSeconds: 7200, signal: controller.signal },
    );
    while (polls(h.server, 'DescribeClusterNodePoolDetail') === before) await new Promise((resolve) => setTimeout(resolve, 5));
    // The abort lands while the first answer is on its way or in the hour-long pause after it: either way it stops.
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'WaiterError', reason: 'aborted', code: 'WaiterAborted' });
    expect(polls(h.server, 'DescribeClusterNodePoolDetail') - before).toBe(1);
  });
});
