/**
 * `npm run example`: starts the local mock CS server, creates a node pool through the generated package (imported by
 * its package name, as a user would), shows a request caught by validation before it is sent, and prints the results.
 */
import { CsClient, ValidationError, type CreateClusterNodePoolRequest } from 'cs-2015-12-15';
import { startMockServer } from 'cs-2015-12-15/mock';

const server = await startMockServer();
const client = new CsClient({ endpoint: server.endpoint, credentials: server.credentials });

const request: CreateClusterNodePoolRequest = {
  ClusterId: 'c61da77e8bfbc4c4c999af2b51b65****',
  body: {
    nodepool_info: { name: 'cluster-demo' },
    scaling_group: {
      vswitch_ids: ['vsw-wz9mfnhmssud6eicu****'],
      instance_types: ['ecs.g7.xlarge'],
      instance_charge_type: 'PrePaid',
      period: 1,
      period_unit: 'Month',
      auto_renew: false,
      login_password: 'Hunter2-example!',
    },
    kubernetes_config: { runtime: 'containerd', cpu_policy: 'none' },
    auto_scaling: { enable: true, min_instances: 1, max_instances: 5 },
  },
};

try {
  console.log(`mock CS server on ${server.endpoint}`);
  const created = await client.createClusterNodePool(request);
  console.log('created node pool:', created.nodepool_id);
  console.log('metadata:', created.$metadata);

  // A subscription pool without its term: rejected before anything is sent, naming the fields (never the password).
  const { period: _period, period_unit: _unit, ...withoutTerm } = request.body!.scaling_group!;
  try {
    await client.createClusterNodePool({ ...request, body: { ...request.body, scaling_group: withoutTerm } });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    console.log('caught before sending:');
    for (const issue of error.issues) console.log(`  ${issue.path} [${issue.code}] ${issue.message}`);
  }
  console.log(`requests the server received: ${server.stats.handled}`);
} finally {
  client.destroy();
  await server.close();
}
