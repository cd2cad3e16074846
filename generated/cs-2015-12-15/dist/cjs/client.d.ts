import { ClientCore, type CallOptions, type ClientOptions, type OperationDescriptor, type ServiceDescriptor, type WithMetadata } from './runtime/client-core.js';
import type { CreateClusterNodePoolRequest, CreateClusterNodePoolResponse, DeleteClusterNodepoolRequest, DeleteClusterNodepoolResponse, DescribeClusterNodePoolDetailRequest, DescribeClusterNodePoolDetailResponse, DescribeClusterNodePoolsRequest, DescribeClusterNodePoolsResponse, ModifyClusterNodePoolRequest, ModifyClusterNodePoolResponse, ScaleClusterNodePoolRequest, ScaleClusterNodePoolResponse } from './models.js';
/** Where the CS API (version 2015-12-15) is reached. */
export declare const CS_SERVICE: ServiceDescriptor;
/** How `CreateClusterNodePool` goes over the wire. */
export declare const CreateClusterNodePoolOperation: OperationDescriptor;
/** How `DeleteClusterNodepool` goes over the wire. */
export declare const DeleteClusterNodepoolOperation: OperationDescriptor;
/** How `DescribeClusterNodePoolDetail` goes over the wire. */
export declare const DescribeClusterNodePoolDetailOperation: OperationDescriptor;
/** How `DescribeClusterNodePools` goes over the wire. */
export declare const DescribeClusterNodePoolsOperation: OperationDescriptor;
/** How `ModifyClusterNodePool` goes over the wire. */
export declare const ModifyClusterNodePoolOperation: OperationDescriptor;
/** How `ScaleClusterNodePool` goes over the wire. */
export declare const ScaleClusterNodePoolOperation: OperationDescriptor;
/** Options of {@link CsClient}. */
export type CsClientOptions = ClientOptions;
/**
 * The CS client without operation methods: pass it to the standalone operation functions
 * (`createClusterNodePool(client, request)`) so that bundlers keep only the operations you call.
 */
export declare class CsBaseClient extends ClientCore {
    constructor(options?: CsClientOptions);
}
/**
 * Create a node pool in a cluster.
 *
 * `POST /clusters/{ClusterId}/nodepools` — see docs/CreateClusterNodePool.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function createClusterNodePool(client: ClientCore, request: CreateClusterNodePoolRequest, options?: CallOptions): Promise<WithMetadata<CreateClusterNodePoolResponse>>;
/**
 * Delete a node pool.
 *
 * `DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DeleteClusterNodepool.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function deleteClusterNodepool(client: ClientCore, request: DeleteClusterNodepoolRequest, options?: CallOptions): Promise<WithMetadata<DeleteClusterNodepoolResponse>>;
/**
 * Get one node pool.
 *
 * `GET /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DescribeClusterNodePoolDetail.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeClusterNodePoolDetail(client: ClientCore, request: DescribeClusterNodePoolDetailRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterNodePoolDetailResponse>>;
/**
 * List the node pools of a cluster.
 *
 * `GET /clusters/{ClusterId}/nodepools` — see docs/DescribeClusterNodePools.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function describeClusterNodePools(client: ClientCore, request: DescribeClusterNodePoolsRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterNodePoolsResponse>>;
/**
 * Change the configuration of a node pool.
 *
 * `PUT /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ModifyClusterNodePool.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export declare function modifyClusterNodePool(client: ClientCore, request: ModifyClusterNodePoolRequest, options?: CallOptions): Promise<WithMetadata<ModifyClusterNodePoolResponse>>;
/**
 * Add nodes to a node pool.
 *
 * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ScaleClusterNodePool.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export declare function scaleClusterNodePool(client: ClientCore, request: ScaleClusterNodePoolRequest, options?: CallOptions): Promise<WithMetadata<ScaleClusterNodePoolResponse>>;
/**
 * Client for Container Service for Kubernetes (CS 2015-12-15): one method per operation.
 *
 * Requests are validated before they are sent, signed with ACS3-HMAC-SHA256 and retried when that is safe.
 * Credentials and region default to the ALIBABA_CLOUD_* environment variables.
 */
export declare class CsClient extends CsBaseClient {
    /**
     * Create a node pool in a cluster.
     *
     * `POST /clusters/{ClusterId}/nodepools` — see docs/CreateClusterNodePool.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    createClusterNodePool(request: CreateClusterNodePoolRequest, options?: CallOptions): Promise<WithMetadata<CreateClusterNodePoolResponse>>;
    /**
     * Delete a node pool.
     *
     * `DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DeleteClusterNodepool.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    deleteClusterNodepool(request: DeleteClusterNodepoolRequest, options?: CallOptions): Promise<WithMetadata<DeleteClusterNodepoolResponse>>;
    /**
     * Get one node pool.
     *
     * `GET /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DescribeClusterNodePoolDetail.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeClusterNodePoolDetail(request: DescribeClusterNodePoolDetailRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterNodePoolDetailResponse>>;
    /**
     * List the node pools of a cluster.
     *
     * `GET /clusters/{ClusterId}/nodepools` — see docs/DescribeClusterNodePools.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    describeClusterNodePools(request: DescribeClusterNodePoolsRequest, options?: CallOptions): Promise<WithMetadata<DescribeClusterNodePoolsResponse>>;
    /**
     * Change the configuration of a node pool.
     *
     * `PUT /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ModifyClusterNodePool.md.
     * Retried on throttling, 502/503/504 and network errors.
     */
    modifyClusterNodePool(request: ModifyClusterNodePoolRequest, options?: CallOptions): Promise<WithMetadata<ModifyClusterNodePoolResponse>>;
    /**
     * Add nodes to a node pool.
     *
     * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ScaleClusterNodePool.md.
     * Not idempotent: retried only when the service provably did not act on it.
     */
    scaleClusterNodePool(request: ScaleClusterNodePoolRequest, options?: CallOptions): Promise<WithMetadata<ScaleClusterNodePoolResponse>>;
}
