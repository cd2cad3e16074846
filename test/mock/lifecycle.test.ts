/**
 * The package's mock as a user starts it (`cs-2015-12-15/mock`), driven through the generated client over HTTP on
 * 127.0.0.1: node pools and clusters move through their states as they are read, tasks finish, lists page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsClient, CsServiceError } from 'cs-2015-12-15';
import { startMockServer, type MockServer } from 'cs-2015-12-15/mock';

const TRANSITION_POLLS = 2;
let server: MockServer;
let client: CsClient;

beforeAll(async () => {
  server = await startMockServer({ transitionPolls: TRANSITION_POLLS });
  client = new CsClient({ endpoint: server.endpoint, credentials: server.credentials, maxRetries: 0 });
});

afterAll(async () => {
  client.destroy();
  await server.close();
});

/** Reads the pool's detail until its state is not `transitional`; returns every state seen, in order. */
async function pollPool(ClusterId: string, NodepoolId: string, transitional: string): Promise<string[]> {
  const seen: string[] = [];
  for (let read = 0; read < 10; read++) {
    const detail = await client.describeClusterNodePoolDetail({ ClusterId, NodepoolId });
    const state = detail.status?.state ?? '';
    seen.push(state);
    if (state !== transitional) return seen;
  }
  return seen;
}

describe('node pools', () => {
  it('are created initial, turn active, list, scale through scaling, and delete through deleting to not-found', async () => {
    const created = await client.createClusterNodePool({
      ClusterId: 'c-lifecycle',
      body: { nodepool_info: { name: 'workers' }, scaling_group: { vswitch_ids: ['vsw-1'], instance_types: ['ecs.g7.xlarge'], key_pair: 'k', desired_size: 2 } },
    });
    const NodepoolId = created.nodepool_id!;
    expect(NodepoolId).toMatch(/^np/);
    expect(await pollPool('c-lifecycle', NodepoolId, 'initial')).toEqual([...Array(TRANSITION_POLLS).fill('initial'), 'active']);

    const listed = await client.describeClusterNodePools({ ClusterId: 'c-lifecycle' });
    expect(listed.nodepools?.map((p) => [p.nodepool_info?.nodepool_id, p.nodepool_info?.name, p.status?.state])).toEqual([[NodepoolId, 'workers', 'active']]);
    expect((await client.describeClusterNodePools({ ClusterId: 'another-cluster' })).nodepools).toEqual([]);

    const scaled = await client.scaleClusterNodePool({ ClusterId: 'c-lifecycle', NodepoolId, body: { count: 3 } });
    expect(scaled.task_id).toBeTruthy();
    expect(await pollPool('c-lifecycle', NodepoolId, 'scaling')).toEqual([...Array(TRANSITION_POLLS).fill('scaling'), 'active']);
    const detail = await client.describeClusterNodePoolDetail({ ClusterId: 'c-lifecycle', NodepoolId });
    expect(detail.scaling_group?.desired_size).toBe(5);

    await client.deleteClusterNodepool({ ClusterId: 'c-lifecycle', NodepoolId });
    const states = await pollPool('c-lifecycle', NodepoolId, 'deleting').catch((error: unknown) => error);
    expect(states).toBeInstanceOf(CsServiceError);
    expect(states).toMatchObject({ code: 'ErrorNodePoolNotFound', statusCode: 404 });
    await expect(client.describeClusterNodePoolDetail({ ClusterId: 'c-lifecycle', NodepoolId })).rejects.toMatchObject({ code: 'ErrorNodePoolNotFound' });
    expect((await client.describeClusterNodePools({ ClusterId: 'c-lifecycle' })).nodepools).toEqual([]);
  });

  it('reports deleting for transitionPolls reads before the pool is gone', async () => {
    const { nodepool_id } = await client.createClusterNodePool({
      ClusterId: 'c-delete',
      body: { nodepool_info: { name: 'gone' }, scaling_group: { vswitch_ids: ['vsw-1'], instance_types: ['ecs.g7.xlarge'], key_pair: 'k' } },
    });
    const NodepoolId = nodepool_id!;
    await pollPool('c-delete', NodepoolId, 'initial');
    await client.deleteClusterNodepool({ ClusterId: 'c-delete', NodepoolId });
    const seen: string[] = [];
    for (let read = 0; read < TRANSITION_POLLS; read++) {
      seen.push((await client.describeClusterNodePoolDetail({ ClusterId: 'c-delete', NodepoolId })).status?.state ?? '');
    }
    expect(seen).toEqual(Array(TRANSITION_POLLS).fill('deleting'));
    await expect(client.describeClusterNodePoolDetail({ ClusterId: 'c-delete', NodepoolId })).rejects.toMatchObject({ code: 'ErrorNodePoolNotFound' });
  });

  it('answers a pool that never existed, or one asked for under another cluster, with ErrorNodePoolNotFound', async () => {
    await expect(client.describeClusterNodePoolDetail({ ClusterId: 'c1', NodepoolId: 'np-none' })).rejects.toMatchObject({ statusCode: 404, code: 'ErrorNodePoolNotFound' });
    const { nodepool_id } = await client.createClusterNodePool({
      ClusterId: 'c-own',
      body: { nodepool_info: { name: 'mine' }, scaling_group: { vswitch_ids: ['vsw-1'], instance_types: ['ecs.g7.xlarge'], key_pair: 'k' } },
    });
    await expect(client.describeClusterNodePoolDetail({ ClusterId: 'c-other', NodepoolId: nodepool_id! })).rejects.toMatchObject({ code: 'ErrorNodePoolNotFound' });
  });
});

describe('tasks', () => {
  it('returned by create, scale and delete progress from running to success', async () => {
    const { task_id } = await client.createClusterNodePool({
      ClusterId: 'c-tasks',
      body: { nodepool_info: { name: 't' }, scaling_group: { vswitch_ids: ['vsw-1'], instance_types: ['ecs.g7.xlarge'], key_pair: 'k' } },
    });
    const states: string[] = [];
    for (let read = 0; read <= TRANSITION_POLLS; read++) states.push((await client.describeTaskInfo({ task_id: task_id! })).state ?? '');
    expect(states).toEqual([...Array(TRANSITION_POLLS).fill('running'), 'success']);
    const task = await client.describeTaskInfo({ task_id: task_id! });
    expect(task).toMatchObject({ task_id, cluster_id: 'c-tasks', state: 'success', task_type: 'nodepool_create' });
    await expect(client.describeTaskInfo({ task_id: 'T-unknown' })).rejects.toMatchObject({ statusCode: 404, code: 'ErrorTaskNotFound' });
  });
});

describe('clusters', () => {
  it('created 23 times page by 10 in DescribeClustersV1: every cluster exactly once, total_count right', async () => {
    const own = await startMockServer();
    const ownClient = new CsClient({ endpoint: own.endpoint, credentials: own.credentials });
    try {
      const ids: string[] = [];
      for (let n = 0; n < 23; n++) {
        const created = await ownClient.createCluster({ body: { name: `cluster-${n}`, cluster_type: 'ManagedKubernetes', region_id: 'cn-hangzhou' } });
        ids.push(created.cluster_id!);
      }
      const seen: string[] = [];
      const pages: number[] = [];
      for (let page_number = 1; page_number <= 4; page_number++) {
        const page = await ownClient.describeClustersV1({ page_size: 10, page_number });
        expect(page.page_info).toEqual({ page_number, page_size: 10, total_count: 23 });
        pages.push(page.clusters?.length ?? 0);
        seen.push(...(page.clusters ?? []).map((c) => c.cluster_id!));
      }
      expect(pages).toEqual([10, 10, 3, 0]);
      expect(seen).toEqual(ids);
      expect(new Set(seen).size).toBe(23);
    } finally {
      ownClient.destroy();
      await own.close();
    }
  });

  it('go from initial to running in DescribeClusterDetail', async () => {
    const { cluster_id } = await client.createCluster({ body: { name: 'detail', cluster_type: 'ManagedKubernetes', region_id: 'cn-hangzhou' } });
    const states: string[] = [];
    for (let read = 0; read <= TRANSITION_POLLS; read++) states.push((await client.describeClusterDetail({ ClusterId: cluster_id! })).state ?? '');
    expect(states).toEqual([...Array(TRANSITION_POLLS).fill('initial'), 'running']);
    expect(await client.describeClusterDetail({ ClusterId: cluster_id! })).toMatchObject({ cluster_id, name: 'detail', state: 'running' });
    await expect(client.describeClusterDetail({ ClusterId: 'c-none' })).rejects.toMatchObject({ statusCode: 404, code: 'ErrorClusterNotFound' });
  });
});

describe('bounded memory', () => {
  it('keeps at most maxResources of each kind and refuses creates beyond', async () => {
    const small = await startMockServer({ maxResources: 2 });
    const smallClient = new CsClient({ endpoint: small.endpoint, credentials: small.credentials, maxRetries: 0 });
    try {
      const create = (): Promise<unknown> =>
        smallClient.createClusterNodePool({
          ClusterId: 'c-small',
          body: { nodepool_info: { name: 'p' }, scaling_group: { vswitch_ids: ['vsw-1'], instance_types: ['ecs.g7.xlarge'], key_pair: 'k' } },
        });
      await create();
      await create();
      await expect(create()).rejects.toMatchObject({ statusCode: 400, code: 'QuotaExceeded' });
      expect((await smallClient.describeClusterNodePools({ ClusterId: 'c-small' })).nodepools).toHaveLength(2);
    } finally {
      smallClient.destroy();
      await small.close();
    }
  });
});
