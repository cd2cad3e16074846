/**
 * Secrets sweep over validation failures: one or more cases per rule the generated validators check, each with the
 * logon password (and, through the client, the access key secret and STS token) in the request, often as the very
 * value that breaks the rule. Checked by calling the validators directly and through CsClient (where nothing may
 * be sent). Every rule code the validators can report must be reached by some case.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as validators from '../../generated/cs-2015-12-15/src/validators.ts';
import { CsClient, ValidationError } from '../../generated/cs-2015-12-15/src/index.ts';
import type { ValidationIssue } from '../../generated/cs-2015-12-15/src/runtime/validation.ts';
import { startMockServer, type MockServer } from '../support/mock-server.ts';
import { createRequest, idempotentRequests, packageDir, requestExamples } from '../faults/support.ts';
import {
  ACCESS_KEY_ID,
  ACCESS_KEY_SECRET,
  LOGIN_PASSWORD,
  SECURITY_TOKEN,
  capturingLogger,
  leaks,
  leaksOf,
} from './markers.ts';

type Json = Record<string, unknown>;
type Action =
  | 'CreateClusterNodePool'
  | 'ModifyClusterNodePool'
  | 'ScaleClusterNodePool'
  | 'DeleteClusterNodepool'
  | 'DescribeClusterNodePools'
  | 'DescribeClusterNodePoolDetail';

interface Case {
  title: string;
  /** The rule the case breaks (others may break too). */
  rule: string;
  action: Action;
  /** Edits a valid request that already carries the password (where the operation has one). */
  edit: (request: Json) => unknown;
}

const P = LOGIN_PASSWORD;
const obj = (value: unknown): Json => value as Json;
const group = (request: Json): Json => obj(obj(request.body).scaling_group);

function validRequest(action: Action): Json {
  switch (action) {
    case 'CreateClusterNodePool':
      return createRequest('sweep', P) as unknown as Json;
    case 'ModifyClusterNodePool': {
      const request = (requestExamples(action) as Json[]).find((e) => obj(e.body).scaling_group) as Json;
      group(request).login_password = P;
      return request;
    }
    case 'ScaleClusterNodePool':
      return requestExamples(action)[0] as Json;
    case 'DeleteClusterNodepool':
      return structuredClone(idempotentRequests.deleteClusterNodepool) as unknown as Json;
    case 'DescribeClusterNodePools':
      return structuredClone(idempotentRequests.describeClusterNodePools) as unknown as Json;
    case 'DescribeClusterNodePoolDetail':
      return structuredClone(idempotentRequests.describeClusterNodePoolDetail) as unknown as Json;
  }
}

const CASES: Case[] = [
  // type
  { title: 'password of the wrong type', rule: 'type', action: 'CreateClusterNodePool', edit: (r) => void (group(r).login_password = [P]) },
  { title: 'password as an object', rule: 'type', action: 'ModifyClusterNodePool', edit: (r) => void (group(r).login_password = { value: P }) },
  { title: 'body is the password', rule: 'type', action: 'CreateClusterNodePool', edit: (r) => void (r.body = P) },
  { title: 'whole request is the password', rule: 'type', action: 'CreateClusterNodePool', edit: () => P },
  { title: 'password as the node count', rule: 'type', action: 'ScaleClusterNodePool', edit: (r) => void (obj(r.body).count = P) },
  { title: 'password as the force flag', rule: 'type', action: 'DeleteClusterNodepool', edit: (r) => void (r.force = P) },
  { title: 'password as a node-pool name of the wrong type', rule: 'type', action: 'DescribeClusterNodePools', edit: (r) => void (r.NodepoolName = [P]) },
  // max_length
  { title: 'password too long', rule: 'max_length', action: 'CreateClusterNodePool', edit: (r) => void (group(r).login_password = P.repeat(3)) },
  { title: 'password too long (modify)', rule: 'max_length', action: 'ModifyClusterNodePool', edit: (r) => void (group(r).login_password = `${P}${'x'.repeat(30)}`) },
  // required, min_length
  { title: 'cluster id missing', rule: 'required', action: 'CreateClusterNodePool', edit: (r) => void delete r.ClusterId },
  { title: 'node-pool id missing', rule: 'required', action: 'DescribeClusterNodePoolDetail', edit: (r) => void delete r.NodepoolId },
  { title: 'empty cluster id', rule: 'min_length', action: 'ModifyClusterNodePool', edit: (r) => void (r.ClusterId = '') },
  // enum
  { title: 'password pasted as the charge type', rule: 'enum', action: 'CreateClusterNodePool', edit: (r) => void (group(r).instance_charge_type = P) },
  { title: 'password pasted as the CPU policy', rule: 'enum', action: 'CreateClusterNodePool', edit: (r) => void (obj(obj(r.body).kubernetes_config).cpu_policy = P) },
  { title: 'weekly period out of range', rule: 'enum', action: 'CreateClusterNodePool', edit: (r) => void Object.assign(group(r), { period_unit: 'Week', period: 9 }) },
  // pattern
  { title: 'node-pool name starting with a dash', rule: 'pattern', action: 'ModifyClusterNodePool', edit: (r) => void (obj(r.body).nodepool_info = { name: `-${P}` }) },
  // format
  { title: 'password pasted as user data (not base64)', rule: 'format', action: 'CreateClusterNodePool', edit: (r) => void (obj(obj(r.body).kubernetes_config).user_data = P) },
  // minimum, maximum
  { title: 'system disk too small', rule: 'minimum', action: 'CreateClusterNodePool', edit: (r) => void (group(r).system_disk_size = 1) },
  { title: 'system disk too large', rule: 'maximum', action: 'ModifyClusterNodePool', edit: (r) => void (group(r).system_disk_size = 1e6) },
  { title: 'too many nodes', rule: 'maximum', action: 'ScaleClusterNodePool', edit: (r) => void (obj(r.body).count = 100_000) },
  // min_items, max_items
  { title: 'no vSwitch', rule: 'min_items', action: 'CreateClusterNodePool', edit: (r) => void (group(r).vswitch_ids = []) },
  { title: 'too many vSwitches, each the password', rule: 'max_items', action: 'CreateClusterNodePool', edit: (r) => void (group(r).vswitch_ids = Array(30).fill(P)) },
  // unknown_property
  { title: 'misspelled password key', rule: 'unknown_property', action: 'CreateClusterNodePool', edit: (r) => void (group(r).loginPassword = P) },
  { title: 'unknown top-level parameter holding the password', rule: 'unknown_property', action: 'DeleteClusterNodepool', edit: (r) => void (r.password = P) },
  // any_required: neither key pair nor password, the password sitting under a misspelled key
  {
    title: 'password under a misspelled key only', rule: 'any_required',
    action: 'CreateClusterNodePool',
    edit: (r) => {
      delete group(r).login_password;
      group(r).login_pasword = P;
    },
  },
  // conditional_required
  { title: 'subscription without period', rule: 'conditional_required', action: 'CreateClusterNodePool', edit: (r) => void (group(r).instance_charge_type = 'PrePaid') },
  // less_or_equal
  {
    title: 'auto scaling minimum above maximum', rule: 'less_or_equal',
    action: 'CreateClusterNodePool',
    edit: (r) => void Object.assign(obj(obj(r.body).auto_scaling), { min_instances: 50, max_instances: 10 }),
  },
  // many issues at once, beyond the ten a message lists
  {
    title: 'many broken fields at once', rule: 'type',
    action: 'CreateClusterNodePool',
    edit: (r) => {
      const g = group(r);
      for (const key of ['vpc_id', 'image_id', 'platform', 'system_disk_category', 'security_group_id', 'scaling_policy']) g[key] = [P];
      g.login_password = P.repeat(2);
      g.instance_types = [P, 7];
      g.tags = [{ key: P, value: [P] }];
    },
  },
];

const validatorsByName = validators as unknown as Record<string, (value: unknown) => unknown>;
const validate = (action: Action, request: unknown) =>
  validatorsByName[`validate${action}Request`]!(request) as { ok: true } | { ok: false; issues: ValidationIssue[] };
const assertValid = (action: Action, request: unknown): unknown => {
  try {
    validatorsByName[`assert${action}Request`]!(request);
    return undefined;
  } catch (error) {
    return error;
  }
};

/** Every rule code the generated validators can report. */
function ruleCodes(): Set<string> {
  const source = readFileSync(path.join(packageDir, 'src', 'validators.ts'), 'utf8');
  return new Set([...source.matchAll(/\b(?:report|fieldReport)\([^;]*?'([a-z_]+)',/g)].map((m) => m[1]!));
}

const requests = CASES.map((c) => {
  const request = validRequest(c.action);
  return { ...c, request: c.edit(request) ?? request };
});
const reached = new Set<string>();

describe('valid starting points', () => {
  it.each(['CreateClusterNodePool', 'ModifyClusterNodePool', 'ScaleClusterNodePool', 'DeleteClusterNodepool'] as const)(
    '%s: the unedited request passes',
    (action) => expect(validate(action, validRequest(action))).toMatchObject({ ok: true }),
  );
});

describe('validators called directly', () => {
  it.each(requests.map((c) => [c.title, c] as const))('%s: issues and the thrown error hide the password', (_, c) => {
    const result = validate(c.action, c.request);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    for (const issue of issues) reached.add(issue.code);
    expect(issues.map((issue) => issue.code)).toContain(c.rule);
    expect(leaks(JSON.stringify(result))).toEqual([]);
    const error = assertValid(c.action, c.request);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual(issues);
    expect(leaksOf(error)).toEqual({});
  });

  it('reach every rule the validators check', () => {
    const missing = [...ruleCodes()].filter((code) => !reached.has(code));
    expect(ruleCodes().size).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});

describe('through CsClient', () => {
  let server: MockServer;
  let client: CsClient;
  const log = capturingLogger();

  beforeAll(async () => {
    server = await startMockServer({ credentials: { [ACCESS_KEY_ID]: ACCESS_KEY_SECRET }, securityTokens: [SECURITY_TOKEN] });
    client = new CsClient({
      endpoint: server.url,
      credentials: { accessKeyId: ACCESS_KEY_ID, accessKeySecret: ACCESS_KEY_SECRET, securityToken: SECURITY_TOKEN },
      logger: log.logger,
    });
  });

  afterAll(async () => {
    client.destroy();
    await server.close();
  });

  const methodOf = (action: Action) =>
    ((request: unknown) => {
      const name = `${action[0]!.toLowerCase()}${action.slice(1)}` as keyof CsClient;
      return (client[name] as (r: unknown) => Promise<unknown>).call(client, request);
    }) satisfies (request: unknown) => Promise<unknown>;

  it.each(requests.map((c) => [c.title, c] as const))('%s: a ValidationError that hides every secret, nothing sent', async (_, c) => {
    const error = await methodOf(c.action)(c.request).then(
      () => 'resolved',
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(leaksOf(error)).toEqual({});
    expect(server.requests).toHaveLength(0);
  });

  it('logged nothing secret (validation fails before any request is logged)', () => {
    expect(log.lines.flatMap(leaks)).toEqual([]);
  });
});
