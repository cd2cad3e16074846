/**
 * Generated validators keep no module-level state: a validation that starts while another is running (here from a
 * getter of the request being checked) leaves the outer one's paths intact.
 */
import { expect, it } from 'vitest';
import { validateCreateClusterNodePoolRequest, validateScaleClusterNodePoolRequest } from '../../generated/cs-2015-12-15/src/validators.ts';

it('reports the right paths when a getter of the request runs another validation mid-way', () => {
  let innerPaths: string[] = [];
  const nodepoolInfo = {
    get name(): string {
      const inner = validateScaleClusterNodePoolRequest({ ClusterId: 'c1', NodepoolId: 'np1', body: { count: 'three' } });
      innerPaths = inner.ok ? [] : inner.issues.map((i) => i.path);
      return 'workers';
    },
  };
  const outer = validateCreateClusterNodePoolRequest({
    ClusterId: 'c1',
    body: { nodepool_info: nodepoolInfo, scaling_group: { vswitch_ids: ['vsw-1'], instance_types: [7], key_pair: 'k' } },
  });
  expect(innerPaths).toEqual(['/body/count']);
  expect(outer.ok ? [] : outer.issues.map((i) => i.path)).toEqual(['/body/scaling_group/instance_types/0']);
});
