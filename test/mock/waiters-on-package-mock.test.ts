/**
 * The lifecycle a user automates, end to end against the mock started from the package export (`cs-2015-12-15/mock`)
 * with the generated waiters and paginators: create a node pool and wait for it, scale and wait again, delete and
 * wait for it to be gone; page 23 clusters by 10; a waiter that cannot finish in time, and one that is aborted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CsBaseClient,
  createCluster,
  createClusterNodePool,
  deleteClusterNodepool,
  describeClusterNodePools,
  paginateDescribeClustersV1,
  scaleClusterNodePool,
  waitUntilNodePoolActive,
  waitUntilNodePoolDeleted,
  WaiterError,
  type WaiterOptions,
} from 'cs-2015-12-15';
import { startMockServer, type MockServer } from 'cs-2015-12-15/mock';

const FAST: WaiterOptions = { minDelaySeconds: 0.005, maxDelaySeconds: 0.02, maxWaitSeconds: 20 };
const CLUSTER = 'c-waiters-on-mock';

const createRequest = (name: string) => ({
  ClusterId: CLUSTER,
  body: { nodepool_info: { name }, scaling_group: { vswitch_ids: ['vsw-1'], instance_types: ['ecs.g7.xlarge'], key_pair: 'ops', desired_size: 1 } },
});

async function started(transitionPolls: number): Promise<{ mock: MockServer; client: CsBaseClient }> {
  const mock = await startMockServer({ transitionPolls });
  return { mock, client: new CsBaseClient({ endpoint: mock.endpoint, credentials: mock.credentials }) };
}

describe('waiters and paginators against the package mock', () => {
  let mock: MockServer;
  let client: CsBaseClient;
  beforeAll(async () => ({ mock, client } = await started(2)));
  afterAll(async () => {
    client.destroy();
    await mock.close();
  });

  it('create → waitUntilNodePoolActive → listed; scale → active again; delete → waitUntilNodePoolDeleted', async () => {
    const { nodepool_id } = await createClusterNodePool(client, createRequest('workers'));
    const active = await waitUntilNodePoolActive(client, { ClusterId: CLUSTER, NodepoolId: nodepool_id! }, FAST);
    expect(active.status?.state).toBe('active');
    const listed = await describeClusterNodePools(client, { ClusterId: CLUSTER });
    expect(listed.nodepools?.map((p) => p.nodepool_info?.nodepool_id)).toContain(nodepool_id);

    await scaleClusterNodePool(client, { ClusterId: CLUSTER, NodepoolId: nodepool_id!, body: { count: 2 } });
    expect((await waitUntilNodePoolActive(client, { ClusterId: CLUSTER, NodepoolId: nodepool_id! }, FAST)).status?.state).toBe('active');

    await deleteClusterNodepool(client, { ClusterId: CLUSTER, NodepoolId: nodepool_id! });
    await expect(waitUntilNodePoolDeleted(client, { ClusterId: CLUSTER, NodepoolId: nodepool_id! }, FAST)).resolves.toBeUndefined();
    const after = await describeClusterNodePools(client, { ClusterId: CLUSTER });
    expect(after.nodepools?.map((p) => p.nodepool_info?.nodepool_id) ?? []).not.toContain(nodepool_id);
  });

  it('pages 23 created clusters by 10, each exactly once', async () => {
    const created: string[] = [];
    for (let i = 0; i < 23; i++) {
      const { cluster_id } = await createCluster(client, { body: { name: `cluster-${i}`, region_id: 'cn-hangzhou', cluster_type: 'ManagedKubernetes' } });
      created.push(cluster_id!);
    }
    const seen: string[] = [];
    let pages = 0;
    for await (const page of paginateDescribeClustersV1(client, {}, { pageSize: 10 })) {
      pages++;
      seen.push(...(page.clusters ?? []).map((c) => c.cluster_id!));
    }
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual([...created].sort());
  });
});

describe('a waiter that cannot finish', () => {
  it('rejects with reason timeout when the pool stays transitional beyond maxWaitSeconds', async () => {
    const { mock, client } = await started(1_000_000);
    try {
      const { nodepool_id } = await createClusterNodePool(client, createRequest('slow'));
      const waiting = waitUntilNodePoolActive(client, { ClusterId: CLUSTER, NodepoolId: nodepool_id! }, { ...FAST, maxWaitSeconds: 0.3 });
      await expect(waiting).rejects.toBeInstanceOf(WaiterError);
      await expect(waiting).rejects.toMatchObject({ reason: 'timeout', state: 'initial' });
    } finally {
      client.destroy();
      await mock.close();
    }
  });

  it('rejects with reason aborted at once when its signal fires', async () => {
    const { mock, client } = await started(1_000_000);
    try {
      const { nodepool_id } = await createClusterNodePool(client, createRequest('aborted'));
      const controller = new AbortController();
      const waiting = waitUntilNodePoolActive(client, { ClusterId: CLUSTER, NodepoolId: nodepool_id! }, { ...FAST, maxWaitSeconds: 60, signal: controller.signal });
      const handled = mock.stats.handled;
      controller.abort();
      await expect(waiting).rejects.toMatchObject({ reason: 'aborted' });
      expect(mock.stats.handled - handled).toBeLessThanOrEqual(1);
    } finally {
      client.destroy();
      await mock.close();
    }
  });
});
