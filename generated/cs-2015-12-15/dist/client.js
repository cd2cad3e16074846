import {
  ClientCore
} from "./runtime/client-core.js";
import {
  validateCreateClusterNodePoolRequest,
  validateDeleteClusterNodepoolRequest,
  validateDescribeClusterNodePoolDetailRequest,
  validateDescribeClusterNodePoolsRequest,
  validateModifyClusterNodePoolRequest,
  validateScaleClusterNodePoolRequest
} from "./validators.js";
const CS_SERVICE = {
  product: "CS",
  version: "2015-12-15",
  endpointTemplate: "cs.{region}.aliyuncs.com",
  regions: {},
  defaultRegion: "cn-hangzhou"
};
const CreateClusterNodePoolOperation = {
  action: "CreateClusterNodePool",
  method: "POST",
  path: "/clusters/{ClusterId}/nodepools",
  params: [{ name: "ClusterId", in: "path" }],
  body: true,
  idempotent: false,
  sensitive: ["/body/scaling_group/login_password"]
};
const DeleteClusterNodepoolOperation = {
  action: "DeleteClusterNodepool",
  method: "DELETE",
  path: "/clusters/{ClusterId}/nodepools/{NodepoolId}",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "NodepoolId", in: "path" },
    { name: "force", in: "query" }
  ],
  body: false,
  idempotent: true
};
const DescribeClusterNodePoolDetailOperation = {
  action: "DescribeClusterNodePoolDetail",
  method: "GET",
  path: "/clusters/{ClusterId}/nodepools/{NodepoolId}",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "NodepoolId", in: "path" }
  ],
  body: false,
  idempotent: true
};
const DescribeClusterNodePoolsOperation = {
  action: "DescribeClusterNodePools",
  method: "GET",
  path: "/clusters/{ClusterId}/nodepools",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "NodepoolName", in: "query" }
  ],
  body: false,
  idempotent: true
};
const ModifyClusterNodePoolOperation = {
  action: "ModifyClusterNodePool",
  method: "PUT",
  path: "/clusters/{ClusterId}/nodepools/{NodepoolId}",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "NodepoolId", in: "path" }
  ],
  body: true,
  idempotent: true,
  sensitive: ["/body/scaling_group/login_password"]
};
const ScaleClusterNodePoolOperation = {
  action: "ScaleClusterNodePool",
  method: "POST",
  path: "/clusters/{ClusterId}/nodepools/{NodepoolId}",
  params: [
    { name: "ClusterId", in: "path" },
    { name: "NodepoolId", in: "path" }
  ],
  body: true,
  idempotent: false
};
class CsBaseClient extends ClientCore {
  constructor(options = {}) {
    super(CS_SERVICE, options);
  }
}
function createClusterNodePool(client, request, options) {
  return client.send(CreateClusterNodePoolOperation, request, validateCreateClusterNodePoolRequest, options);
}
function deleteClusterNodepool(client, request, options) {
  return client.send(DeleteClusterNodepoolOperation, request, validateDeleteClusterNodepoolRequest, options);
}
function describeClusterNodePoolDetail(client, request, options) {
  return client.send(
    DescribeClusterNodePoolDetailOperation,
    request,
    validateDescribeClusterNodePoolDetailRequest,
    options
  );
}
function describeClusterNodePools(client, request, options) {
  return client.send(DescribeClusterNodePoolsOperation, request, validateDescribeClusterNodePoolsRequest, options);
}
function modifyClusterNodePool(client, request, options) {
  return client.send(ModifyClusterNodePoolOperation, request, validateModifyClusterNodePoolRequest, options);
}
function scaleClusterNodePool(client, request, options) {
  return client.send(ScaleClusterNodePoolOperation, request, validateScaleClusterNodePoolRequest, options);
}
class CsClient extends CsBaseClient {
  /**
   * Create a node pool in a cluster.
   *
   * `POST /clusters/{ClusterId}/nodepools` — see docs/CreateClusterNodePool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  createClusterNodePool(request, options) {
    return createClusterNodePool(this, request, options);
  }
  /**
   * Delete a node pool.
   *
   * `DELETE /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DeleteClusterNodepool.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  deleteClusterNodepool(request, options) {
    return deleteClusterNodepool(this, request, options);
  }
  /**
   * Get one node pool.
   *
   * `GET /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/DescribeClusterNodePoolDetail.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeClusterNodePoolDetail(request, options) {
    return describeClusterNodePoolDetail(this, request, options);
  }
  /**
   * List the node pools of a cluster.
   *
   * `GET /clusters/{ClusterId}/nodepools` — see docs/DescribeClusterNodePools.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  describeClusterNodePools(request, options) {
    return describeClusterNodePools(this, request, options);
  }
  /**
   * Change the configuration of a node pool.
   *
   * `PUT /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ModifyClusterNodePool.md.
   * Retried on throttling, 502/503/504 and network errors.
   */
  modifyClusterNodePool(request, options) {
    return modifyClusterNodePool(this, request, options);
  }
  /**
   * Add nodes to a node pool.
   *
   * `POST /clusters/{ClusterId}/nodepools/{NodepoolId}` — see docs/ScaleClusterNodePool.md.
   * Not idempotent: retried only when the service provably did not act on it.
   */
  scaleClusterNodePool(request, options) {
    return scaleClusterNodePool(this, request, options);
  }
}
export {
  CS_SERVICE,
  CreateClusterNodePoolOperation,
  CsBaseClient,
  CsClient,
  DeleteClusterNodepoolOperation,
  DescribeClusterNodePoolDetailOperation,
  DescribeClusterNodePoolsOperation,
  ModifyClusterNodePoolOperation,
  ScaleClusterNodePoolOperation,
  createClusterNodePool,
  deleteClusterNodepool,
  describeClusterNodePoolDetail,
  describeClusterNodePools,
  modifyClusterNodePool,
  scaleClusterNodePool
};
