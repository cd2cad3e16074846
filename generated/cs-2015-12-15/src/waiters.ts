// Generated from openapi.json by the CS SDK generator. Do not edit: change the spec and regenerate.

import { runWaiter, type WaiterConfig, type WaiterOptions } from './runtime/waiter.js';
import type { ClientCore, WithMetadata } from './runtime/client-core.js';
import type {
  DescribeClusterDetailRequest,
  DescribeClusterDetailResponse,
  DescribeClusterNodePoolDetailRequest,
  DescribeClusterNodePoolDetailResponse,
  DescribeTaskInfoRequest,
  DescribeTaskInfoResponse,
} from './models.js';
import { describeClusterDetail, describeClusterNodePoolDetail, describeTaskInfo } from './client.js';

/** Input of {@link waitUntilClusterDeleted}: the fields of the DescribeClusterDetail request it polls with. */
export interface ClusterDeletedWaiterInput {
  /** Sent as `ClusterId` of DescribeClusterDetail. */
  ClusterId: DescribeClusterDetailRequest['ClusterId'];
}

const CLUSTER_DELETED_WAITER: WaiterConfig = {
  name: 'ClusterDeleted',
  minDelay: 15,
  maxDelay: 60,
  maxWait: 3600,
  acceptors: [
    { state: 'success', errorCode: 'ErrorClusterNotFound' },
    { state: 'success', path: '/state', comparator: 'stringEquals', expected: 'deleted' },
    { state: 'failure', path: '/state', comparator: 'stringEquals', expected: 'delete_failed' },
  ],
};

/**
 * Waits until a cluster no longer exists, for example after DeleteCluster.
 *
 * Polls DescribeClusterDetail every 15–60 s (backoff with jitter) for at most 3600 s by default:
 * - error `ErrorClusterNotFound` → success
 * - `/state` is `deleted` → success
 * - `/state` is `delete_failed` → failure
 *
 * Resolves with the last response, or `undefined` when an error meant success (the resource is gone).
 * Rejects with a `WaiterError` whose `reason` is `failure`, `timeout` or `aborted`. Throttling and transient errors keep polling.
 * See docs/waiters-and-paginators.md.
 */
export function waitUntilClusterDeleted(
  client: ClientCore,
  input: ClusterDeletedWaiterInput,
  options?: WaiterOptions,
): Promise<WithMetadata<DescribeClusterDetailResponse> | undefined> {
  return runWaiter<WithMetadata<DescribeClusterDetailResponse>, undefined>(
    (callOptions) => describeClusterDetail(client, { ClusterId: input.ClusterId }, callOptions),
    CLUSTER_DELETED_WAITER,
    options,
  );
}

/** Input of {@link waitUntilClusterRunning}: the fields of the DescribeClusterDetail request it polls with. */
export interface ClusterRunningWaiterInput {
  /** Sent as `ClusterId` of DescribeClusterDetail. */
  ClusterId: DescribeClusterDetailRequest['ClusterId'];
}

const CLUSTER_RUNNING_WAITER: WaiterConfig = {
  name: 'ClusterRunning',
  minDelay: 15,
  maxDelay: 60,
  maxWait: 3600,
  acceptors: [
    { state: 'success', path: '/state', comparator: 'stringEquals', expected: 'running' },
    { state: 'failure', path: '/state', comparator: 'stringEquals', expected: 'failed' },
    { state: 'failure', path: '/state', comparator: 'stringEquals', expected: 'deleting' },
    { state: 'failure', path: '/state', comparator: 'stringEquals', expected: 'deleted' },
    { state: 'failure', path: '/state', comparator: 'stringEquals', expected: 'delete_failed' },
  ],
};

/**
 * Waits until a cluster is running, for example after CreateCluster, ModifyCluster or UpgradeCluster.
 *
 * Polls DescribeClusterDetail every 15–60 s (backoff with jitter) for at most 3600 s by default:
 * - `/state` is `running` → success
 * - `/state` is `failed` → failure
 * - `/state` is `deleting` → failure
 * - `/state` is `deleted` → failure
 * - `/state` is `delete_failed` → failure
 *
 * Resolves with the last response.
 * Rejects with a `WaiterError` whose `reason` is `failure`, `timeout` or `aborted`. Throttling and transient errors keep polling.
 * See docs/waiters-and-paginators.md.
 */
export function waitUntilClusterRunning(
  client: ClientCore,
  input: ClusterRunningWaiterInput,
  options?: WaiterOptions,
): Promise<WithMetadata<DescribeClusterDetailResponse>> {
  return runWaiter<WithMetadata<DescribeClusterDetailResponse>>(
    (callOptions) => describeClusterDetail(client, { ClusterId: input.ClusterId }, callOptions),
    CLUSTER_RUNNING_WAITER,
    options,
  );
}

/** Input of {@link waitUntilNodePoolActive}: the fields of the DescribeClusterNodePoolDetail request it polls with. */
export interface NodePoolActiveWaiterInput {
  /** Sent as `ClusterId` of DescribeClusterNodePoolDetail. */
  ClusterId: DescribeClusterNodePoolDetailRequest['ClusterId'];
  /** Sent as `NodepoolId` of DescribeClusterNodePoolDetail. */
  NodepoolId: DescribeClusterNodePoolDetailRequest['NodepoolId'];
}

const NODE_POOL_ACTIVE_WAITER: WaiterConfig = {
  name: 'NodePoolActive',
  minDelay: 5,
  maxDelay: 30,
  maxWait: 1800,
  acceptors: [
    { state: 'success', path: '/status/state', comparator: 'stringEquals', expected: 'active' },
    { state: 'failure', path: '/status/state', comparator: 'stringEquals', expected: 'failed' },
    { state: 'failure', path: '/status/state', comparator: 'stringEquals', expected: 'deleting' },
  ],
};

/**
 * Waits until a node pool is active, for example after CreateClusterNodePool or ScaleClusterNodePool.
 *
 * Polls DescribeClusterNodePoolDetail every 5–30 s (backoff with jitter) for at most 1800 s by default:
 * - `/status/state` is `active` → success
 * - `/status/state` is `failed` → failure
 * - `/status/state` is `deleting` → failure
 *
 * Resolves with the last response.
 * Rejects with a `WaiterError` whose `reason` is `failure`, `timeout` or `aborted`. Throttling and transient errors keep polling.
 * See docs/waiters-and-paginators.md.
 */
export function waitUntilNodePoolActive(
  client: ClientCore,
  input: NodePoolActiveWaiterInput,
  options?: WaiterOptions,
): Promise<WithMetadata<DescribeClusterNodePoolDetailResponse>> {
  return runWaiter<WithMetadata<DescribeClusterNodePoolDetailResponse>>(
    (callOptions) =>
      describeClusterNodePoolDetail(client, { ClusterId: input.ClusterId, NodepoolId: input.NodepoolId }, callOptions),
    NODE_POOL_ACTIVE_WAITER,
    options,
  );
}

/** Input of {@link waitUntilNodePoolDeleted}: the fields of the DescribeClusterNodePoolDetail request it polls with. */
export interface NodePoolDeletedWaiterInput {
  /** Sent as `ClusterId` of DescribeClusterNodePoolDetail. */
  ClusterId: DescribeClusterNodePoolDetailRequest['ClusterId'];
  /** Sent as `NodepoolId` of DescribeClusterNodePoolDetail. */
  NodepoolId: DescribeClusterNodePoolDetailRequest['NodepoolId'];
}

const NODE_POOL_DELETED_WAITER: WaiterConfig = {
  name: 'NodePoolDeleted',
  minDelay: 5,
  maxDelay: 30,
  maxWait: 1800,
  acceptors: [
    { state: 'success', errorCode: 'ErrorNodePoolNotFound' },
    { state: 'success', errorCode: 'ErrorClusterNotFound' },
  ],
};

/**
 * Waits until a node pool no longer exists, for example after DeleteClusterNodepool.
 *
 * Polls DescribeClusterNodePoolDetail every 5–30 s (backoff with jitter) for at most 1800 s by default:
 * - error `ErrorNodePoolNotFound` → success
 * - error `ErrorClusterNotFound` → success
 *
 * Resolves with the last response, or `undefined` when an error meant success (the resource is gone).
 * Rejects with a `WaiterError` whose `reason` is `failure`, `timeout` or `aborted`. Throttling and transient errors keep polling.
 * See docs/waiters-and-paginators.md.
 */
export function waitUntilNodePoolDeleted(
  client: ClientCore,
  input: NodePoolDeletedWaiterInput,
  options?: WaiterOptions,
): Promise<WithMetadata<DescribeClusterNodePoolDetailResponse> | undefined> {
  return runWaiter<WithMetadata<DescribeClusterNodePoolDetailResponse>, undefined>(
    (callOptions) =>
      describeClusterNodePoolDetail(client, { ClusterId: input.ClusterId, NodepoolId: input.NodepoolId }, callOptions),
    NODE_POOL_DELETED_WAITER,
    options,
  );
}

/** Input of {@link waitUntilTaskSucceeded}: the fields of the DescribeTaskInfo request it polls with. */
export interface TaskSucceededWaiterInput {
  /** Sent as `task_id` of DescribeTaskInfo. */
  task_id: DescribeTaskInfoRequest['task_id'];
}

const TASK_SUCCEEDED_WAITER: WaiterConfig = {
  name: 'TaskSucceeded',
  minDelay: 5,
  maxDelay: 30,
  maxWait: 3600,
  acceptors: [
    { state: 'success', path: '/state', comparator: 'stringEquals', expected: 'success' },
    { state: 'failure', path: '/state', comparator: 'stringEquals', expected: 'fail' },
    { state: 'failure', path: '/state', comparator: 'stringEquals', expected: 'failed' },
  ],
};

/**
 * Waits until a task (as returned by operations that run as tasks) has succeeded.
 *
 * Polls DescribeTaskInfo every 5–30 s (backoff with jitter) for at most 3600 s by default:
 * - `/state` is `success` → success
 * - `/state` is `fail` → failure
 * - `/state` is `failed` → failure
 *
 * Resolves with the last response.
 * Rejects with a `WaiterError` whose `reason` is `failure`, `timeout` or `aborted`. Throttling and transient errors keep polling.
 * See docs/waiters-and-paginators.md.
 */
export function waitUntilTaskSucceeded(
  client: ClientCore,
  input: TaskSucceededWaiterInput,
  options?: WaiterOptions,
): Promise<WithMetadata<DescribeTaskInfoResponse>> {
  return runWaiter<WithMetadata<DescribeTaskInfoResponse>>(
    (callOptions) => describeTaskInfo(client, { task_id: input.task_id }, callOptions),
    TASK_SUCCEEDED_WAITER,
    options,
  );
}
