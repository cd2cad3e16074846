import { type WaiterOptions } from './runtime/waiter.js';
import type { ClientCore, WithMetadata } from './runtime/client-core.js';
import type { DescribeClusterDetailRequest, DescribeClusterDetailResponse, DescribeClusterNodePoolDetailRequest, DescribeClusterNodePoolDetailResponse, DescribeTaskInfoRequest, DescribeTaskInfoResponse } from './models.js';
/** Input of {@link waitUntilClusterDeleted}: the fields of the DescribeClusterDetail request it polls with. */
export interface ClusterDeletedWaiterInput {
    /** Sent as `ClusterId` of DescribeClusterDetail. */
    ClusterId: DescribeClusterDetailRequest['ClusterId'];
}
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
export declare function waitUntilClusterDeleted(client: ClientCore, input: ClusterDeletedWaiterInput, options?: WaiterOptions): Promise<WithMetadata<DescribeClusterDetailResponse> | undefined>;
/** Input of {@link waitUntilClusterRunning}: the fields of the DescribeClusterDetail request it polls with. */
export interface ClusterRunningWaiterInput {
    /** Sent as `ClusterId` of DescribeClusterDetail. */
    ClusterId: DescribeClusterDetailRequest['ClusterId'];
}
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
export declare function waitUntilClusterRunning(client: ClientCore, input: ClusterRunningWaiterInput, options?: WaiterOptions): Promise<WithMetadata<DescribeClusterDetailResponse>>;
/** Input of {@link waitUntilNodePoolActive}: the fields of the DescribeClusterNodePoolDetail request it polls with. */
export interface NodePoolActiveWaiterInput {
    /** Sent as `ClusterId` of DescribeClusterNodePoolDetail. */
    ClusterId: DescribeClusterNodePoolDetailRequest['ClusterId'];
    /** Sent as `NodepoolId` of DescribeClusterNodePoolDetail. */
    NodepoolId: DescribeClusterNodePoolDetailRequest['NodepoolId'];
}
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
export declare function waitUntilNodePoolActive(client: ClientCore, input: NodePoolActiveWaiterInput, options?: WaiterOptions): Promise<WithMetadata<DescribeClusterNodePoolDetailResponse>>;
/** Input of {@link waitUntilNodePoolDeleted}: the fields of the DescribeClusterNodePoolDetail request it polls with. */
export interface NodePoolDeletedWaiterInput {
    /** Sent as `ClusterId` of DescribeClusterNodePoolDetail. */
    ClusterId: DescribeClusterNodePoolDetailRequest['ClusterId'];
    /** Sent as `NodepoolId` of DescribeClusterNodePoolDetail. */
    NodepoolId: DescribeClusterNodePoolDetailRequest['NodepoolId'];
}
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
export declare function waitUntilNodePoolDeleted(client: ClientCore, input: NodePoolDeletedWaiterInput, options?: WaiterOptions): Promise<WithMetadata<DescribeClusterNodePoolDetailResponse> | undefined>;
/** Input of {@link waitUntilTaskSucceeded}: the fields of the DescribeTaskInfo request it polls with. */
export interface TaskSucceededWaiterInput {
    /** Sent as `task_id` of DescribeTaskInfo. */
    task_id: DescribeTaskInfoRequest['task_id'];
}
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
export declare function waitUntilTaskSucceeded(client: ClientCore, input: TaskSucceededWaiterInput, options?: WaiterOptions): Promise<WithMetadata<DescribeTaskInfoResponse>>;
