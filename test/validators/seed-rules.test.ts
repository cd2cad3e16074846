import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../generated/cs-2015-12-15/src/runtime/errors.ts';
import {
  assertCreateClusterNodePoolRequest,
  validateCreateClusterNodePoolRequest,
} from '../../generated/cs-2015-12-15/src/validators.ts';
import { operation } from './support.ts';

type Json = Record<string, unknown>;

/** Marks a pointer whose member is deleted. */
const REMOVE = Symbol('remove');

const create = operation('CreateClusterNodePool');
const [prePaidSample, autoScalingSample] = create.examples.map((e) => e.value);

/** A copy of `base` with each JSON Pointer set to its value (or deleted, for REMOVE). */
function edited(base: Json | undefined, edits: Record<string, unknown>): Json {
  const copy = structuredClone(base) as Json;
  for (const [pointer, value] of Object.entries(edits)) {
    const tokens = pointer
      .slice(1)
      .split('/')
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = tokens.pop() as string;
    let parent: Record<string, unknown> = copy;
    for (const token of tokens) parent = parent[token] as Record<string, unknown>;
    if (value === REMOVE) delete parent[last];
    else parent[last] = value;
  }
  return copy;
}

/** Sample 1 (PrePaid, login password, one data disk, tag, label and taint), edited. */
function prePaid(edits: Record<string, unknown> = {}): Json {
  return edited(prePaidSample, edits);
}

/** Sample 2 (PostPaid with auto scaling), edited. */
function autoScaling(edits: Record<string, unknown> = {}): Json {
  return edited(autoScalingSample, edits);
}

function issuesOf(request: unknown): { path: string; code: string }[] {
  const result = validateCreateClusterNodePoolRequest(request);
  return result.ok ? [] : result.issues.map(({ path, code }) => ({ path, code }));
}

const SG = '/body/scaling_group';
const KC = '/body/kubernetes_config';

describe('CreateClusterNodePool samples', () => {
  it('has the two seed samples, and both are valid', () => {
    expect(create.examples).toHaveLength(2);
    for (const { value } of create.examples) {
      expect(validateCreateClusterNodePoolRequest(value)).toEqual({ ok: true, value });
      expect(() => assertCreateClusterNodePoolRequest(value)).not.toThrow();
    }
  });
});

interface Case {
  name: string;
  request: unknown;
  expected: { path: string; code: string }[];
}

const cases: Case[] = [
  // Rules stated by the seed page.
  {
    name: 'PrePaid without period',
    request: prePaid({ '/body/scaling_group/period': REMOVE }),
    expected: [{ path: `${SG}/period`, code: 'conditional_required' }],
  },
  {
    name: 'PrePaid without period_unit',
    request: prePaid({ '/body/scaling_group/period_unit': REMOVE }),
    expected: [{ path: `${SG}/period_unit`, code: 'conditional_required' }],
  },
  {
    name: 'PrePaid without auto_renew',
    request: prePaid({ '/body/scaling_group/auto_renew': REMOVE }),
    expected: [{ path: `${SG}/auto_renew`, code: 'conditional_required' }],
  },
  {
    name: 'PrePaid without period, period_unit and auto_renew',
    request: prePaid({ [`${SG}/period`]: REMOVE, [`${SG}/period_unit`]: REMOVE, [`${SG}/auto_renew`]: REMOVE }),
    expected: ['period', 'period_unit', 'auto_renew'].map((f) => ({
      path: `${SG}/${f}`,
      code: 'conditional_required',
    })),
  },
  {
    name: 'PrePaid + auto_renew true without auto_renew_period',
    request: prePaid({ '/body/scaling_group/auto_renew_period': REMOVE }),
    expected: [{ path: `${SG}/auto_renew_period`, code: 'conditional_required' }],
  },
  {
    name: 'period outside the Month list',
    request: prePaid({ '/body/scaling_group/period': 10 }),
    expected: [{ path: `${SG}/period`, code: 'enum' }],
  },
  {
    name: 'period outside the Month list when period_unit is absent (Month is the default)',
    request: autoScaling({ '/body/scaling_group/period': 13 }),
    expected: [{ path: `${SG}/period`, code: 'enum' }],
  },
  {
    name: 'period outside the Week list',
    request: prePaid({ '/body/scaling_group/period_unit': 'Week', '/body/scaling_group/period': 5 }),
    expected: [{ path: `${SG}/period`, code: 'enum' }],
  },
  {
    name: 'auto_renew_period outside {1,2,3,6,12}',
    request: prePaid({ '/body/scaling_group/auto_renew_period': 4 }),
    expected: [{ path: `${SG}/auto_renew_period`, code: 'enum' }],
  },
  {
    name: 'scaling_group with neither key_pair nor login_password',
    request: prePaid({ '/body/scaling_group/login_password': REMOVE }),
    expected: [{ path: SG, code: 'any_required' }],
  },
  {
    name: 'min_instances > max_instances',
    request: autoScaling({ '/body/auto_scaling/min_instances': 11 }),
    expected: [{ path: '/body/auto_scaling/min_instances', code: 'less_or_equal' }],
  },
  {
    name: 'empty ClusterId',
    request: prePaid({ '/ClusterId': '' }),
    expected: [{ path: '/ClusterId', code: 'min_length' }],
  },
  {
    name: 'missing ClusterId',
    request: prePaid({ '/ClusterId': REMOVE }),
    expected: [{ path: '/ClusterId', code: 'required' }],
  },
  {
    name: 'non-base64 user_data',
    request: prePaid({ '/body/kubernetes_config/user_data': 'abc' }),
    expected: [{ path: `${KC}/user_data`, code: 'format' }],
  },
  {
    name: 'base64 with a line break',
    request: prePaid({ '/body/kubernetes_config/user_data': 'MTEx\nMTEx' }),
    expected: [{ path: `${KC}/user_data`, code: 'format' }],
  },
  // Closed enums.
  {
    name: 'closed enum cpu_policy',
    request: prePaid({ '/body/kubernetes_config/cpu_policy': 'dynamic' }),
    expected: [{ path: `${KC}/cpu_policy`, code: 'enum' }],
  },
  {
    name: 'closed enum instance_charge_type',
    request: autoScaling({ '/body/scaling_group/instance_charge_type': 'Subscription' }),
    expected: [{ path: `${SG}/instance_charge_type`, code: 'enum' }],
  },
  {
    name: 'closed enum period_unit',
    request: prePaid({ '/body/scaling_group/period_unit': 'Year' }),
    expected: [{ path: `${SG}/period_unit`, code: 'enum' }],
  },
  {
    name: 'closed enum taint effect',
    request: prePaid({ '/body/kubernetes_config/taints/0/effect': 'NoRun' }),
    expected: [{ path: `${KC}/taints/0/effect`, code: 'enum' }],
  },
  {
    name: 'closed enum data disk encrypted (a string flag)',
    request: prePaid({ '/body/scaling_group/data_disks/0/encrypted': true }),
    expected: [{ path: `${SG}/data_disks/0/encrypted`, code: 'type' }],
  },
  // Unknown properties at each level.
  ...[
    '',
    '/body',
    '/body/nodepool_info',
    SG,
    `${SG}/data_disks/0`,
    `${SG}/tags/0`,
    KC,
    `${KC}/labels/0`,
    `${KC}/taints/0`,
    '/body/tee_config',
  ].map((at) => ({
    name: `unknown property at ${at || 'the root'}`,
    request: prePaid({ [`${at}/surprise`]: 1 }),
    expected: [{ path: `${at}/surprise`, code: 'unknown_property' }],
  })),
  {
    name: 'unknown property in auto_scaling',
    request: autoScaling({ '/body/auto_scaling/surprise': 1 }),
    expected: [{ path: '/body/auto_scaling/surprise', code: 'unknown_property' }],
  },
  {
    name: 'unknown property names are escaped in the pointer',
    request: prePaid({ '/body/a~1b~0c': 1 }),
    expected: [{ path: '/body/a~1b~0c', code: 'unknown_property' }],
  },
  // Wrong types.
  ...(
    [
      ['1.5 for an int64', 1.5],
      ['2**53 + 2 (not a safe integer)', 2 ** 53 + 2],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['-Infinity', Number.NEGATIVE_INFINITY],
      ['a string for a number', '120'],
      ['null', null],
      ['a boolean', true],
    ] as const
  ).map(([what, value]) => ({
    name: `system_disk_size: ${what}`,
    request: prePaid({ '/body/scaling_group/system_disk_size': value }),
    expected: [{ path: `${SG}/system_disk_size`, code: 'type' }],
  })),
  {
    name: 'a string for period (one issue, not also enum)',
    request: prePaid({ '/body/scaling_group/period': '1' }),
    expected: [{ path: `${SG}/period`, code: 'type' }],
  },
  {
    name: 'a string for max_instances (the lessOrEqual rule needs two numbers)',
    request: autoScaling({ '/body/auto_scaling/max_instances': '10' }),
    expected: [{ path: '/body/auto_scaling/max_instances', code: 'type' }],
  },
  {
    name: 'a string for auto_renew',
    request: prePaid({ '/body/scaling_group/auto_renew': 'true' }),
    expected: [{ path: `${SG}/auto_renew`, code: 'type' }],
  },
  {
    name: 'a number for an open enum',
    request: prePaid({ '/body/scaling_group/platform': 7 }),
    expected: [{ path: `${SG}/platform`, code: 'type' }],
  },
  { name: 'body is an array', request: prePaid({ '/body': [] }), expected: [{ path: '/body', code: 'type' }] },
  { name: 'body is null', request: prePaid({ '/body': null }), expected: [{ path: '/body', code: 'type' }] },
  { name: 'the request is not an object', request: 'CreateClusterNodePool', expected: [{ path: '', code: 'type' }] },
  // Arrays.
  {
    name: 'instance_types is a string',
    request: prePaid({ '/body/scaling_group/instance_types': 'ecs.g6.large' }),
    expected: [{ path: `${SG}/instance_types`, code: 'type' }],
  },
  {
    name: 'instance_types items must be strings',
    request: prePaid({ '/body/scaling_group/instance_types': ['ecs.g6.large', 7] }),
    expected: [{ path: `${SG}/instance_types/1`, code: 'type' }],
  },
  {
    name: 'instance_types empty',
    request: prePaid({ '/body/scaling_group/instance_types': [] }),
    expected: [{ path: `${SG}/instance_types`, code: 'min_items' }],
  },
  {
    name: 'instance_types with 11 entries',
    request: prePaid({ '/body/scaling_group/instance_types': Array.from({ length: 11 }, (_, i) => `ecs.t${i}`) }),
    expected: [{ path: `${SG}/instance_types`, code: 'max_items' }],
  },
  {
    name: 'vswitch_ids with 9 entries',
    request: prePaid({ '/body/scaling_group/vswitch_ids': Array.from({ length: 9 }, (_, i) => `vsw-${i}`) }),
    expected: [{ path: `${SG}/vswitch_ids`, code: 'max_items' }],
  },
  {
    name: 'a tag that is not an object',
    request: prePaid({ '/body/scaling_group/tags': ['k=v'] }),
    expected: [{ path: `${SG}/tags/0`, code: 'type' }],
  },
  {
    name: 'a wrong type deep in an array item',
    request: prePaid({ '/body/kubernetes_config/labels/0/value': 3 }),
    expected: [{ path: `${KC}/labels/0/value`, code: 'type' }],
  },
  // Bounds.
  {
    name: 'system_disk_size below 20',
    request: prePaid({ '/body/scaling_group/system_disk_size': 19 }),
    expected: [{ path: `${SG}/system_disk_size`, code: 'minimum' }],
  },
  {
    name: 'system_disk_size above 2048',
    request: prePaid({ '/body/scaling_group/system_disk_size': 2049 }),
    expected: [{ path: `${SG}/system_disk_size`, code: 'maximum' }],
  },
  {
    name: 'data disk size below 40',
    request: prePaid({ '/body/scaling_group/data_disks/0/size': 39 }),
    expected: [{ path: `${SG}/data_disks/0/size`, code: 'minimum' }],
  },
  {
    name: 'max_instances above 2000',
    request: autoScaling({ '/body/auto_scaling/max_instances': 2001 }),
    expected: [{ path: '/body/auto_scaling/max_instances', code: 'maximum' }],
  },
  {
    name: 'login_password longer than 30',
    request: prePaid({ '/body/scaling_group/login_password': 'x'.repeat(31) }),
    expected: [{ path: `${SG}/login_password`, code: 'max_length' }],
  },
  // Several issues at once: all are reported.
  {
    name: 'five issues at once',
    request: prePaid({
      '/ClusterId': '',
      [`${SG}/period`]: 10,
      [`${SG}/system_disk_size`]: 1.5,
      [`${KC}/cpu_policy`]: 'dynamic',
      '/body/tee_config/extra': true,
    }),
    expected: [
      { path: '/ClusterId', code: 'min_length' },
      { path: `${SG}/system_disk_size`, code: 'type' },
      { path: `${SG}/period`, code: 'enum' },
      { path: `${KC}/cpu_policy`, code: 'enum' },
      { path: '/body/tee_config/extra', code: 'unknown_property' },
    ],
  },
];

const valid: { name: string; request: unknown }[] = [
  {
    name: 'PrePaid with auto_renew false needs no auto_renew_period',
    request: prePaid({ '/body/scaling_group/auto_renew': false, '/body/scaling_group/auto_renew_period': REMOVE }),
  },
  {
    name: 'weekly period 4',
    request: prePaid({ '/body/scaling_group/period_unit': 'Week', '/body/scaling_group/period': 4 }),
  },
  {
    name: 'weekly auto_renew_period is not constrained',
    request: prePaid({
      '/body/scaling_group/period_unit': 'Week',
      '/body/scaling_group/period': 2,
      '/body/scaling_group/auto_renew_period': 5,
    }),
  },
  { name: 'PostPaid needs no period', request: autoScaling() },
  {
    name: 'key_pair instead of login_password',
    request: prePaid({ '/body/scaling_group/login_password': REMOVE, '/body/scaling_group/key_pair': 'kp' }),
  },
  { name: 'min_instances equal to max_instances', request: autoScaling({ '/body/auto_scaling/min_instances': 10 }) },
  { name: 'the body is optional', request: { ClusterId: 'c1' } },
  {
    name: 'a 30-code-point password of astral characters',
    request: prePaid({ '/body/scaling_group/login_password': '😀'.repeat(30) }),
  },
  { name: 'the empty string is valid base64', request: prePaid({ '/body/kubernetes_config/user_data': '' }) },
  // Open enums: known values documented, others accepted.
  { name: 'open enum platform', request: prePaid({ '/body/scaling_group/platform': 'FreeBSD' }) },
  { name: 'open enum scaling_policy', request: prePaid({ '/body/scaling_group/scaling_policy': 'hibernate' }) },
  {
    name: 'open enum system_disk_category',
    request: prePaid({ '/body/scaling_group/system_disk_category': 'cloud_future' }),
  },
  {
    name: 'open enum data disk category',
    request: prePaid({ '/body/scaling_group/data_disks/0/category': 'cloud_future' }),
  },
  { name: 'open enum runtime', request: prePaid({ '/body/kubernetes_config/runtime': 'cri-o' }) },
  { name: 'open enum auto scaling type', request: autoScaling({ '/body/auto_scaling/type': 'tpu' }) },
];

describe('validateCreateClusterNodePoolRequest: invalid requests', () => {
  it.each(cases)('$name', ({ request, expected }) => {
    expect(issuesOf(request)).toEqual(expected);
    let thrown: unknown;
    try {
      assertCreateClusterNodePoolRequest(request);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).issues.map(({ path, code }) => ({ path, code }))).toEqual(expected);
    expect((thrown as ValidationError).code).toBe('ValidationError');
  });
});

describe('validateCreateClusterNodePoolRequest: valid edge cases', () => {
  it.each(valid)('$name', ({ request }) => {
    expect(issuesOf(request)).toEqual([]);
  });
});

describe('hostile keys', () => {
  it('reports __proto__ and constructor as unknown properties, as own keys', () => {
    const request = JSON.parse(
      '{"ClusterId":"c1","__proto__":{"body":1},"constructor":1,"body":{"__proto__":[],"toString":2}}',
    );
    expect(issuesOf(request)).toEqual([
      { path: '/body/__proto__', code: 'unknown_property' },
      { path: '/body/toString', code: 'unknown_property' },
      { path: '/__proto__', code: 'unknown_property' },
      { path: '/constructor', code: 'unknown_property' },
    ]);
  });

  it('never reads fields through the prototype chain', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.ClusterId = 'polluted';
    proto.body = 'polluted';
    proto.key_pair = 'polluted';
    try {
      expect(issuesOf({})).toEqual([{ path: '/ClusterId', code: 'required' }]);
      expect(issuesOf({ ClusterId: 'c', body: { scaling_group: {} } })).toEqual([{ path: SG, code: 'any_required' }]);
    } finally {
      delete proto.ClusterId;
      delete proto.body;
      delete proto.key_pair;
    }
  });

  it('accepts an object without a prototype', () => {
    const request = Object.assign(Object.create(null) as Json, { ClusterId: 'c1' });
    expect(issuesOf(request)).toEqual([]);
  });
});

describe('issue messages', () => {
  it('say what was expected and what JSON type was found', () => {
    const result = validateCreateClusterNodePoolRequest(prePaid({ [`${SG}/system_disk_size`]: 2 ** 53 + 2 }));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]?.message).toBe('expected integer, got an integer beyond 2^53-1 in magnitude');
    const week = validateCreateClusterNodePoolRequest(
      prePaid({ '/body/scaling_group/period_unit': 'Week', '/body/scaling_group/period': 5 }),
    );
    if (!week.ok) expect(week.issues[0]?.message).toBe('must be one of 1, 2, 3, 4 when period_unit is "Week"');
  });
});
