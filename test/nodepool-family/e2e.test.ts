/**
 * Every node-pool method of the generated CsClient over real HTTP against the mock CS server on 127.0.0.1: the
 * server verifies the V3 signature and answers with the spec's 200 example; the test checks what went over the
 * wire (method, percent-encoded path, query string, JSON body by exact wire names) and what the method resolved to.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CsClient,
  ValidationError,
  validateDeleteClusterNodepoolRequest,
  validateDescribeClusterNodePoolDetailRequest,
  validateDescribeClusterNodePoolsRequest,
  validateModifyClusterNodePoolRequest,
  validateScaleClusterNodePoolRequest,
} from '../../generated/cs-2015-12-15/src/index.ts';
import {
  MOCK_ACCESS_KEY_ID,
  MOCK_ACCESS_KEY_SECRET,
  startMockServer,
  type MockRoute,
  type MockServer,
  type RecordedRequest,
} from '../support/mock-server.ts';
import {
  FAMILY,
  deref,
  operationObject,
  requestExamples,
  responseExample,
  type FamilyOperation,
  type JsonObject,
} from './family.ts';

const validators: Record<string, MockRoute['validate']> = {
  DescribeClusterNodePools: validateDescribeClusterNodePoolsRequest,
  DescribeClusterNodePoolDetail: validateDescribeClusterNodePoolDetailRequest,
  ModifyClusterNodePool: validateModifyClusterNodePoolRequest,
  ScaleClusterNodePool: validateScaleClusterNodePoolRequest,
  DeleteClusterNodepool: validateDeleteClusterNodepoolRequest,
};

/**
 * The server sees query values as strings; before the generated validator checks them, booleans and integers
 * are read back by the spec's parameter types, as the service does.
 */
function typedQuery(op: FamilyOperation, input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const typed: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  const parameters = operationObject(op).parameters;
  for (const parameter of (Array.isArray(parameters) ? parameters : []).map(deref)) {
    const name = String(parameter.name);
    const raw = typed[name];
    if (parameter.in !== 'query' || typeof raw !== 'string') continue;
    const type = deref(parameter.schema).type;
    if (type === 'boolean' && (raw === 'true' || raw === 'false')) typed[name] = raw === 'true';
    if (type === 'integer' && /^-?\d+$/.test(raw)) typed[name] = Number(raw);
  }
  return typed;
}

/** One route per operation: the spec's method and path, the generated validator, the spec's 200 example. */
function familyRoutes(): Record<string, MockRoute> {
  return Object.fromEntries(
    FAMILY.map((op): [string, MockRoute] => [
      op.action,
      {
        method: op.method,
        path: op.path,
        validate: (input) => {
          const validate = validators[op.action];
          if (!validate) throw new Error(`no validator for ${op.action}`);
          return validate(typedQuery(op, input));
        },
        respond: () => ({ status: 200, body: responseExample(op) }),
      },
    ]),
  );
}

let server: MockServer;
let client: CsClient;

beforeAll(async () => {
  server = await startMockServer({ routes: familyRoutes() });
  client = new CsClient({
    endpoint: `http://127.0.0.1:${server.port}`,
    credentials: { accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: MOCK_ACCESS_KEY_SECRET },
    region: 'cn-hangzhou',
    retryDelay: { baseMs: 1, maxMs: 5 },
  });
});

afterEach(() => server.setFault(null));

afterAll(async () => {
  client.destroy();
  await server.close();
});

/** Calls the client method of an operation with a request in the client's shape. */
function call(op: FamilyOperation, request: JsonObject): Promise<Record<string, unknown>> {
  const method = (client as unknown as Record<string, (r: unknown) => Promise<Record<string, unknown>>>)[op.methodName];
  if (typeof method !== 'function') throw new Error(`CsClient has no method ${op.methodName}`);
  return method.call(client, request);
}

/** The requests the server received while `run` ran. */
async function recorded<T>(run: () => Promise<T>): Promise<{ result: T; requests: RecordedRequest[] }> {
  const before = server.requests.length;
  const result = await run();
  return { result, requests: server.requests.slice(before) };
}

function only(requests: RecordedRequest[]): RecordedRequest {
  expect(requests).toHaveLength(1);
  const [request] = requests;
  if (!request) throw new Error('no request recorded');
  return request;
}

/** The path and query the spec's first request example should produce on the wire. */
const expectedWire: Record<string, { url: string; body: unknown }> = {
  DescribeClusterNodePools: { url: '/clusters/cc0f87de0b8fb403f86e10e204f83%2A%2A%2A%2A/nodepools', body: undefined },
  DescribeClusterNodePoolDetail: {
    url: '/clusters/c23421cfa74454bc8b37163fd19af%2A%2A%2A%2A/nodepools/np31da1b38983f4511b490fc62108a%2A%2A%2A%2A',
    body: undefined,
  },
  ModifyClusterNodePool: {
    url: '/clusters/c23421cfa74454bc8b37163fd19af%2A%2A%2A%2A/nodepools/np31da1b38983f4511b490fc62108a%2A%2A%2A%2A',
    body: {
      nodepool_info: { name: 'web-pool' },
      auto_scaling: { enable: true, min_instances: 2, max_instances: 20 },
      kubernetes_config: {
        labels: [{ key: 'workload', value: 'web' }],
        taints: [{ key: 'dedicated', value: 'web', effect: 'NoSchedule' }],
        cms_enabled: true,
      },
      update_nodes: true,
    },
  },
  ScaleClusterNodePool: {
    url: '/clusters/c23421cfa74454bc8b37163fd19af%2A%2A%2A%2A/nodepools/np31da1b38983f4511b490fc62108a%2A%2A%2A%2A',
    body: { count: 2 },
  },
  DeleteClusterNodepool: {
    url: '/clusters/c61da77e8bfbc4c4c999af2b51b65%2A%2A%2A%2A/nodepools/np30db56bcac7843dca90b999c8928%2A%2A%2A%2A?force=true',
    body: undefined,
  },
};

describe.each(FAMILY)('$methodName', (op) => {
  it('sends the first request example signed, with the spec method, encoded path, query and JSON body', async () => {
    const [example] = requestExamples(op);
    if (!example) throw new Error(`${op.action} has no request example`);
    const { requests } = await recorded(() => call(op, example.value));
    const sent = only(requests);
    const wire = expectedWire[op.action];
    expect(sent.signatureProblem).toBeUndefined();
    expect(sent.status).toBe(200);
    expect(sent.method).toBe(op.method);
    expect(sent.url).toBe(wire?.url);
    expect(sent.headers['x-acs-action']).toBe(op.action);
    expect(sent.headers['x-acs-version']).toBe('2015-12-15');
    if (wire?.body === undefined) {
      expect(sent.body).toBe('');
    } else {
      expect(sent.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(sent.body)).toEqual(wire.body);
      expect(JSON.parse(sent.body)).toEqual(example.value.body);
    }
  });

  it('resolves to the parsed 200 example plus $metadata', async () => {
    const [example] = requestExamples(op);
    if (!example) throw new Error(`${op.action} has no request example`);
    const { result, requests } = await recorded(() => call(op, example.value));
    only(requests);
    const { $metadata, ...body } = result;
    const expected = responseExample(op);
    expect(body).toEqual(expected);
    expect($metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
    const requestId = ($metadata as { requestId?: string }).requestId;
    // The body's request_id wins where the response has one; otherwise the x-acs-request-id header is used.
    if (typeof expected.request_id === 'string') expect(requestId).toBe(expected.request_id);
    else expect(requestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  });
});

describe('wire details', () => {
  const [describePools, detail, modify, scale, remove] = FAMILY as [
    FamilyOperation,
    FamilyOperation,
    FamilyOperation,
    FamilyOperation,
    FamilyOperation,
  ];

  it('percent-encodes path parameters and query values (RFC 3986)', async () => {
    const { requests } = await recorded(() => call(describePools, { ClusterId: 'c/1 x', NodepoolName: 'web pool/1*' }));
    expect(only(requests).url).toBe('/clusters/c%2F1%20x/nodepools?NodepoolName=web%20pool%2F1%2A');
    expect(only(requests).signatureProblem).toBeUndefined();
  });

  it('omits absent query parameters and sends force=false as written', async () => {
    const ids = { ClusterId: 'c1', NodepoolId: 'np1' };
    const first = await recorded(() => call(describePools, { ClusterId: 'c1' }));
    expect(only(first.requests).url).toBe('/clusters/c1/nodepools');
    const second = await recorded(() => call(remove, { ...ids, force: false }));
    expect(only(second.requests).url).toBe('/clusters/c1/nodepools/np1?force=false');
    const third = await recorded(() => call(detail, ids));
    expect(only(third.requests).url).toBe('/clusters/c1/nodepools/np1');
  });

  it('sends the scaling group of ModifyClusterNodePool with its exact wire names, the password included', async () => {
    const second = requestExamples(modify)[1];
    if (!second) throw new Error('ModifyClusterNodePool needs a second example');
    const { requests } = await recorded(() => call(modify, second.value));
    const body = JSON.parse(only(requests).body) as { scaling_group: Record<string, unknown>; management: Record<string, unknown> };
    expect(Object.keys(body.scaling_group)).toEqual([
      'vswitch_ids',
      'instance_types',
      'instance_charge_type',
      'period',
      'period_unit',
      'auto_renew',
      'auto_renew_period',
      'system_disk_category',
      'system_disk_size',
      'system_disk_performance_level',
      'data_disks',
      'login_password',
      'tags',
      'multi_az_policy',
      'scaling_policy',
      'private_pool_options',
    ]);
    expect(body.scaling_group.login_password).toBe('****');
    expect(body.scaling_group.data_disks).toEqual([
      {
        category: 'cloud_essd',
        size: 200,
        encrypted: 'true',
        kms_key_id: '0e478b7a-4262-4802-b8cb-00d3fb40****',
        auto_format: true,
        file_system: 'ext4',
        mount_target: '/mnt/data1',
      },
    ]);
    expect(body.management).toEqual({
      enable: true,
      auto_repair: true,
      auto_repair_policy: { restart_node: true },
      auto_upgrade: true,
      auto_upgrade_policy: { auto_upgrade_kubelet: true },
    });
  });

  it('rejects an invalid request before anything is sent', async () => {
    const { result, requests } = await recorded(() =>
      call(scale, { ClusterId: 'c1', NodepoolId: 'np1', body: { count: 0 } }).then(
        () => undefined,
        (error: unknown) => error,
      ),
    );
    expect(requests).toHaveLength(0);
    expect(result).toBeInstanceOf(ValidationError);
    expect((result as ValidationError).issues.map((i) => [i.path, i.code])).toEqual([['/body/count', 'minimum']]);
  });

  it('retries a GET after a 503 but never repeats ScaleClusterNodePool (x-acs-idempotent: false)', async () => {
    server.setFault({ kind: 'status', status: 503, code: 'ServiceUnavailable', times: 1 });
    const retried = await recorded(() => call(detail, { ClusterId: 'c1', NodepoolId: 'np1' }));
    expect(retried.requests.map((r) => r.status)).toEqual([503, 200]);
    expect((retried.result.$metadata as { attempts: number }).attempts).toBe(2);

    const actedBefore = server.acted.ScaleClusterNodePool ?? 0;
    server.setFault({ kind: 'status', status: 503, code: 'ServiceUnavailable', times: 1 });
    const attempt = await recorded(() =>
      call(scale, { ClusterId: 'c1', NodepoolId: 'np1', body: { count: 1 } }).then(
        () => 'resolved',
        (error: unknown) => error,
      ),
    );
    expect(attempt.requests.map((r) => r.status)).toEqual([503]);
    expect(attempt.result).toMatchObject({ $metadata: { attempts: 1 } });
    expect(server.acted.ScaleClusterNodePool ?? 0).toBe(actedBefore);
  });
});
