/**
 * The generated validators of the node-pool family: every request example in the spec passes, every 200
 * response example matches its schema, and broken requests are rejected with the exact JSON Pointer and code.
 */
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import * as pkg from '../../generated/cs-2015-12-15/src/index.ts';
import { FAMILY, bundled, responseExample, responseSchema, requestExamples, type FamilyOperation } from './family.ts';

type Issue = { path: string; code: string; message: string };
type Validate = (value: unknown) => { ok: true; value: unknown } | { ok: false; issues: Issue[] };

const exported = pkg as unknown as Record<string, unknown>;

function validatorOf(op: FamilyOperation): Validate {
  return exported[`validate${op.action}Request`] as Validate;
}

/** `[path, code]` of each issue, in the order reported. */
function issuesOf(op: FamilyOperation, request: unknown): [string, string][] {
  const result = validatorOf(op)(request);
  return result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code]);
}

const byAction = Object.fromEntries(FAMILY.map((op) => [op.action, op])) as Record<string, FamilyOperation>;
const op = (action: string): FamilyOperation => {
  const found = byAction[action];
  if (!found) throw new Error(`no operation ${action}`);
  return found;
};

const CLUSTER = 'c23421cfa74454bc8b37163fd19af****';
const POOL = 'np31da1b38983f4511b490fc62108a****';
const ids = { ClusterId: CLUSTER, NodepoolId: POOL };

describe.each(FAMILY)('$action request examples', (operation) => {
  it.each(requestExamples(operation))('"$title" validates', ({ value }) => {
    const result = validatorOf(operation)(value);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(result.ok && result.value).toEqual(value);
  });
});

describe('200 response examples', () => {
  const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
  const addFormats = addFormatsModule.default ?? addFormatsModule;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const keyword of ['x-extensible-enum', 'x-sensitive', 'x-rules']) ajv.addKeyword(keyword);

  it.each(FAMILY)('$action: the example matches the response schema', (operation) => {
    const validate = ajv.compile({ ...(responseSchema(operation) as object), components: bundled.components });
    const example = responseExample(operation);
    expect(validate(example) ? [] : validate.errors).toEqual([]);
    expect(Object.keys(example).length).toBeGreaterThan(0);
  });
});

describe('invalid requests', () => {
  const cases: { action: string; why: string; request: unknown; issues: [string, string][] }[] = [
    // DescribeClusterNodePools
    { action: 'DescribeClusterNodePools', why: 'no ClusterId', request: {}, issues: [['/ClusterId', 'required']] },
    { action: 'DescribeClusterNodePools', why: 'empty ClusterId', request: { ClusterId: '' }, issues: [['/ClusterId', 'min_length']] },
    {
      action: 'DescribeClusterNodePools',
      why: 'NodepoolName is not a string',
      request: { ClusterId: CLUSTER, NodepoolName: 5 },
      issues: [['/NodepoolName', 'type']],
    },
    {
      action: 'DescribeClusterNodePools',
      why: 'query parameter spelt in snake case',
      request: { ClusterId: CLUSTER, nodepool_name: 'web' },
      issues: [['/nodepool_name', 'unknown_property']],
    },
    // DescribeClusterNodePoolDetail
    { action: 'DescribeClusterNodePoolDetail', why: 'no NodepoolId', request: { ClusterId: CLUSTER }, issues: [['/NodepoolId', 'required']] },
    {
      action: 'DescribeClusterNodePoolDetail',
      why: 'a body on an operation without one',
      request: { ...ids, body: {} },
      issues: [['/body', 'unknown_property']],
    },
    {
      action: 'DescribeClusterNodePoolDetail',
      why: 'ids that are not strings',
      request: { ClusterId: 1, NodepoolId: null },
      issues: [
        ['/ClusterId', 'type'],
        ['/NodepoolId', 'type'],
      ],
    },
    // ModifyClusterNodePool
    {
      action: 'ModifyClusterNodePool',
      why: 'min_instances above max_instances',
      request: { ...ids, body: { auto_scaling: { min_instances: 5, max_instances: 2 } } },
      issues: [['/body/auto_scaling/min_instances', 'less_or_equal']],
    },
    {
      action: 'ModifyClusterNodePool',
      why: 'PrePaid without period',
      request: { ...ids, body: { scaling_group: { instance_charge_type: 'PrePaid' } } },
      issues: [['/body/scaling_group/period', 'conditional_required']],
    },
    {
      action: 'ModifyClusterNodePool',
      why: 'PrePaid with auto_renew but no auto_renew_period',
      request: { ...ids, body: { scaling_group: { instance_charge_type: 'PrePaid', period: 1, auto_renew: true } } },
      issues: [['/body/scaling_group/auto_renew_period', 'conditional_required']],
    },
    {
      action: 'ModifyClusterNodePool',
      why: 'a data disk too small and with an unknown field',
      request: { ...ids, body: { scaling_group: { data_disks: [{ category: 'cloud_essd', size: 10, colour: 'red' }] } } },
      issues: [
        ['/body/scaling_group/data_disks/0/size', 'minimum'],
        ['/body/scaling_group/data_disks/0/colour', 'unknown_property'],
      ],
    },
    {
      action: 'ModifyClusterNodePool',
      why: 'encrypted sent as a boolean',
      request: { ...ids, body: { scaling_group: { data_disks: [{ encrypted: true }] } } },
      issues: [['/body/scaling_group/data_disks/0/encrypted', 'type']],
    },
    {
      action: 'ModifyClusterNodePool',
      why: 'a taint effect outside the closed list',
      request: { ...ids, body: { kubernetes_config: { taints: [{ key: 'k', value: 'v', effect: 'Never' }] } } },
      issues: [['/body/kubernetes_config/taints/0/effect', 'enum']],
    },
    {
      action: 'ModifyClusterNodePool',
      why: 'a name starting with a hyphen',
      request: { ...ids, body: { nodepool_info: { name: '-web' } } },
      issues: [['/body/nodepool_info/name', 'pattern']],
    },
    {
      action: 'ModifyClusterNodePool',
      why: 'user_data that is not base64',
      request: { ...ids, body: { kubernetes_config: { user_data: 'echo hello' } } },
      issues: [['/body/kubernetes_config/user_data', 'format']],
    },
    {
      action: 'ModifyClusterNodePool',
      why: 'a password longer than 30 characters',
      request: { ...ids, body: { scaling_group: { login_password: 'x'.repeat(31) } } },
      issues: [['/body/scaling_group/login_password', 'max_length']],
    },
    {
      action: 'ModifyClusterNodePool',
      why: 'an empty vswitch list and a resource pool strategy outside the closed list',
      request: { ...ids, body: { scaling_group: { vswitch_ids: [], resource_pool_options: { strategy: 'Any' } } } },
      issues: [
        ['/body/scaling_group/vswitch_ids', 'min_items'],
        ['/body/scaling_group/resource_pool_options/strategy', 'enum'],
      ],
    },
    {
      action: 'ModifyClusterNodePool',
      why: 'a body field the API does not have',
      request: { ...ids, body: { node_count: 3 } },
      issues: [['/body/node_count', 'unknown_property']],
    },
    // ScaleClusterNodePool
    { action: 'ScaleClusterNodePool', why: 'count 0', request: { ...ids, body: { count: 0 } }, issues: [['/body/count', 'minimum']] },
    { action: 'ScaleClusterNodePool', why: 'count above 500', request: { ...ids, body: { count: 501 } }, issues: [['/body/count', 'maximum']] },
    { action: 'ScaleClusterNodePool', why: 'a fractional count', request: { ...ids, body: { count: 1.5 } }, issues: [['/body/count', 'type']] },
    { action: 'ScaleClusterNodePool', why: 'count as a string', request: { ...ids, body: { count: '2' } }, issues: [['/body/count', 'type']] },
    // DeleteClusterNodepool
    { action: 'DeleteClusterNodepool', why: 'force as a string', request: { ...ids, force: 'true' }, issues: [['/force', 'type']] },
    { action: 'DeleteClusterNodepool', why: 'no ClusterId', request: { NodepoolId: POOL }, issues: [['/ClusterId', 'required']] },
    {
      action: 'DeleteClusterNodepool',
      why: 'force sent in a body',
      request: { ...ids, body: { force: true } },
      issues: [['/body', 'unknown_property']],
    },
  ];

  it.each(cases)('$action rejects $why', ({ action, request, issues }) => {
    expect(issuesOf(op(action), request)).toEqual(issues);
  });

  it('covers at least three invalid requests per operation', () => {
    for (const operation of FAMILY) {
      expect(cases.filter((c) => c.action === operation.action).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('never echoes a rejected password in the issues', () => {
    const secret = 'Sup3r-Secret-Password-Longer-Than-30!';
    const result = validatorOf(op('ModifyClusterNodePool'))({ ...ids, body: { scaling_group: { login_password: secret } } });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(secret);
  });
});
