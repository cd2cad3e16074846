// Generated from openapi.json by the CS SDK generator. Do not edit: change the spec and regenerate.

import {
  ClientCore,
  type CallOptions,
  type ClientOptions,
  type OperationDescriptor,
  type ServiceDescriptor,
  type WithMetadata,
} from './runtime/client-core.js';
import type {
  CreateClusterNodePoolRequest,
  CreateClusterNodePoolResponse,
  DeleteClusterNodepoolRequest,
  DeleteClusterNodepoolResponse,
  DescribeClusterNodePoolDetailRequest,
  DescribeClusterNodePoolDetailResponse,
  DescribeClusterNodePoolsRequest,
  DescribeClusterNodePoolsResponse,
  ModifyClusterNodePoolRequest,
  ModifyClusterNodePoolResponse,
  ScaleClusterNodePoolRequest,
  ScaleClusterNodePoolResponse,
} from './models.js';
import {
  validateCreateClusterNodePoolRequest,
  validateDeleteClusterNodepoolRequest,
  validateDescribeClusterNodePoolDetailRequest,
  validateDescribeClusterNodePoolsRequest,
  validateModifyClusterNodePoolRequest,
  validateScaleClusterNodePoolRequest,
} from './validators.js';

/** Where the CS API (version 2015-12-15) is reached. */
export const CS_SERVICE: ServiceDescriptor = {
  product: 'CS',
  version: '2015-12-15',
  endpointTemplate: 'cs.{region}.aliyuncs.com',
  regions: {},
  defaultRegion: 'cn-hangzhou',
};

/** How `CreateClusterNodePool` goes over the wire. */
export const CreateClusterNodePoolOperation: OperationDescriptor = {
  action: 'CreateClusterNodePool',
  method: 'POST',
  path: '/clusters/{ClusterId}/nodepools',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: false,
  sensitive: ['/body/scaling_group/login_password'],
};

/** How `DeleteClusterNodepool` goes over the wire. */
export const DeleteClusterNodepoolOperation: OperationDescriptor = {
  action: 'DeleteClusterNodepool',
  method: 'DELETE',
  path: '/clusters/{ClusterId}/nodepools/{NodepoolId}',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'NodepoolId', in: 'path' },
    { name: 'force', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterNodePoolDetail` goes over the wire. */
export const DescribeClusterNodePoolDetailOperation: OperationDescriptor = {
  action: 'DescribeClusterNodePoolDetail',
  method: 'GET',
  path: '/clusters/{ClusterId}/nodepools/{NodepoolId}',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'NodepoolId', in: 'path' },
  ],
  body: false,
  idempotent: true,
};

/** How `DescribeClusterNodePools` goes over the wire. */
export const DescribeClusterNodePoolsOperation: OperationDescriptor = {
  action: 'DescribeClusterNodePools',
  method: 'GET',
  path: '/clusters/{ClusterId}/nodepools',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'NodepoolName', in: 'query' },
  ],
  body: false,
  idempotent: true,
};

/** How `ModifyClusterNodePool` goes over the wire. */
export const ModifyClusterNodePoolOperation: OperationDescriptor = {
  action: 'ModifyClusterNodePool',
  method: 'PUT',
  path: '/clusters/{ClusterId}/nodepools/{NodepoolId}',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'NodepoolId', in: 'path' },
  ],
  body: true,
  idempotent: true,
  sensitive: ['/body/scaling_group/login_password'],
};

/** How `ScaleClusterNodePool` goes over the wire. */
export const ScaleClusterNodePoolOperation: OperationDescriptor = {
  action: 'ScaleClusterNodePool',
  method: 'POST',
  path: '/clusters/{ClusterId}/nodepools/{NodepoolId}',
  params: [
    { name: 'ClusterId', in: 'path' },
    { name: 'NodepoolId', in: 'path' },
  ],
  body: true,
  idempotent: false,
};

/** Options of {@link CsClient}. */
export type CsClientOptions = ClientOptions;

/**
 * The CS client without operation methods: pass it to the standalone operation functions
 * (`createClusterNodePool(client, request)`) so that bundlers keep only the operations you call.
 */
export class CsBaseClient extends ClientCore {
  constructor(options: CsClientOptions = {}) {
    super(CS_SERVICE, options);
  }
}

/**
 * Create a node pool in a cluster.
 *
 * `POST /clusters/{ClusterId}/nodepools` — see docs/CreateClusterNodePool.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function createClusterNodePool(
  client: ClientCore,
  request: CreateClusterNodePoolRequest,
  options?: CallOptions,
): Promise<WithMetadata<CreateClusterNodePoolResponse>> {
  return client.send(CreateClusterNodePoolOperation, request, validateCreateClusterNodePoolRequest, options);
}

/**
 * Delete a node pool.
 *
 * `DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DeleteClusterNodepool.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function deleteClusterNodepool(
  client: ClientCore,
  request: DeleteClusterNodepoolRequest,
  options?: CallOptions,
): Promise<WithMetadata<DeleteClusterNodepoolResponse>> {
  return client.send(DeleteClusterNodepoolOperation, request, validateDeleteClusterNodepoolRequest, options);
}

/**
 * Get one node pool.
 *
 * `GET /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DescribeClusterNodePoolDetail.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeClusterNodePoolDetail(
  client: ClientCore,
  request: DescribeClusterNodePoolDetailRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterNodePoolDetailResponse>> {
  return client.send(
    DescribeClusterNodePoolDetailOperation,
    request,
    validateDescribeClusterNodePoolDetailRequest,
    options,
  );
}

/**
 * List the node pools of a cluster.
 *
 * `GET /clusters/{ClusterId}/nodepools` — see docs/DescribeClusterNodePools.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function describeClusterNodePools(
  client: ClientCore,
  request: DescribeClusterNodePoolsRequest,
  options?: CallOptions,
): Promise<WithMetadata<DescribeClusterNodePoolsResponse>> {
  return client.send(DescribeClusterNodePoolsOperation, request, validateDescribeClusterNodePoolsRequest, options);
}

/**
 * Change the configuration of a node pool.
 *
 * `PUT /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ModifyClusterNodePool.md.
 * Retried on throttling, 502/503/504 and network errors.
 */
export function modifyClusterNodePool(
  client: ClientCore,
  request: ModifyClusterNodePoolRequest,
  options?: CallOptions,
): Promise<WithMetadata<ModifyClusterNodePoolResponse>> {
  return client.send(ModifyClusterNodePoolOperation, request, validateModifyClusterNodePoolRequest, options);
}

/**
 * Add nodes to a node pool.
 *
 * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ScaleClusterNodePool.md.
 * Not idempotent: retried only when the service provably did not act on it.
 */
export function scaleClusterNodePool(
  client: ClientCore,
  request: ScaleClusterNodePoolRequest,
  options?: CallOptions,
): Promise<WithMetadata<ScaleClusterNodePoolResponse>> {
  return client.send(ScaleClusterNodePoolOperation, request, validateScaleClusterNodePoolRequest, options);
}

/**
 * Client for Container Service for Kubernetes (CS 2015-12-15): one method per operation.
 *
 * Requests are validated before they are sent, signed with ACS3-HMAC-SHA256 and retried when that is safe.
 * Credentials and region default to the ALIBABA_CLOUD_* environment variables.
 */
export class CsClient extends CsBaseClient {
  /**
   * Create a node pool in a cluster.
   *
   * `POST /clusters/{ClusterId}/nodepools` — see docs/CreateClusterNodePool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public createClusterNodePool(
    request: CreateClusterNodePoolRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<CreateClusterNodePoolResponse>> {
    return createClusterNodePool(this, request, options);
  }

  /**
   * Delete a node pool.
   *
   * `DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DeleteClusterNodepool.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public deleteClusterNodepool(
    request: DeleteClusterNodepoolRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DeleteClusterNodepoolResponse>> {
    return deleteClusterNodepool(this, request, options);
  }

  /**
   * Get one node pool.
   *
   * `GET /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DescribeClusterNodePoolDetail.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeClusterNodePoolDetail(
    request: DescribeClusterNodePoolDetailRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterNodePoolDetailResponse>> {
    return describeClusterNodePoolDetail(this, request, options);
  }

  /**
   * List the node pools of a cluster.
   *
   * `GET /clusters/{ClusterId}/nodepools` — see docs/DescribeClusterNodePools.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public describeClusterNodePools(
    request: DescribeClusterNodePoolsRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<DescribeClusterNodePoolsResponse>> {
    return describeClusterNodePools(this, request, options);
  }

  /**
   * Change the configuration of a node pool.
   *
   * `PUT /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ModifyClusterNodePool.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  public modifyClusterNodePool(
    request: ModifyClusterNodePoolRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ModifyClusterNodePoolResponse>> {
    return modifyClusterNodePool(this, request, options);
  }

  /**
   * Add nodes to a node pool.
   *
   * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ScaleClusterNodePool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  public scaleClusterNodePool(
    request: ScaleClusterNodePoolRequest,
    options?: CallOptions,
  ): Promise<WithMetadata<ScaleClusterNodePoolResponse>> {
    return scaleClusterNodePool(this, request, options);
  }
}
