/**
 * The service and operation descriptors the runtime tests drive `ClientCore` with, as the generated client writes
 * them for CS, and clients built with them: one place, so that the tests cannot drift from each other.
 */
import { ClientCore, type ClientOptions, type OperationDescriptor, type ServiceDescriptor } from '../../generator/runtime/client-core.ts';
import { allFeatures } from '../../generator/runtime/features.ts';

export const CS_SERVICE: ServiceDescriptor = {
  product: 'CS',
  version: '2015-12-15',
  endpointTemplate: 'cs.{region}.aliyuncs.com',
  regions: {},
};

export const CREATE_NODE_POOL: OperationDescriptor = {
  action: 'CreateClusterNodePool',
  method: 'POST',
  path: '/clusters/{ClusterId}/nodepools',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: true,
  idempotent: false,
  sensitive: ['/body/scaling_group/login_password'],
};

export const DESCRIBE_NODE_POOLS: OperationDescriptor = {
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

/**
 * `ClientCore`s for CS with every feature, each built from `defaults()` (read when the client is built: a test's
 * server URL) and the options given; `destroyAll()` (in afterEach) closes their pooled connections.
 */
export function trackedClients(defaults: () => ClientOptions): { client(options?: ClientOptions): ClientCore; destroyAll(): void } {
  const made: ClientCore[] = [];
  return {
    client(options = {}) {
      const core = new ClientCore(CS_SERVICE, { ...defaults(), ...options }, allFeatures);
      made.push(core);
      return core;
    },
    destroyAll() {
      for (const core of made.splice(0)) core.destroy();
    },
  };
}
