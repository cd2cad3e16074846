/**
 * The generated package exposes every node-pool operation: request/response model types, a validator, a
 * CsClient method with the spec's wire descriptor, and a docs page.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as pkg from '../../generated/cs-2015-12-15/src/index.ts';
import type {
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
} from '../../generated/cs-2015-12-15/src/index.ts';
import { FAMILY, packageDir, parameterNames, requestExamples } from './family.ts';

const models = readFileSync(path.join(packageDir, 'src', 'models.ts'), 'utf8');
const exported = pkg as unknown as Record<string, unknown>;

function docsPage(action: string): string {
  return readFileSync(path.join(packageDir, 'docs', `${action}.md`), 'utf8');
}

describe.each(FAMILY)('$action', (op) => {
  it('has request and response model types', () => {
    expect(models).toMatch(new RegExp(`^export interface ${op.action}Request \\{`, 'm'));
    expect(models).toMatch(new RegExp(`^export (interface ${op.action}Response \\{|type ${op.action}Response = )`, 'm'));
  });

  it('carries path and query parameters at the top level of the request type, and the body under `body`', () => {
    const declaration = models.slice(models.indexOf(`export interface ${op.action}Request {`));
    const body = declaration.slice(0, declaration.indexOf('\n}'));
    for (const name of [...op.pathParams, ...op.queryParams]) expect(body).toMatch(new RegExp(`^  ${name}\\??: `, 'm'));
    if (op.hasBody) expect(body).toMatch(/^ {2}body\?: /m);
    else expect(body).not.toMatch(/^ {2}body\??: /m);
  });

  it(`exports validate${op.action}Request`, () => {
    const validate = exported[`validate${op.action}Request`];
    expect(typeof validate).toBe('function');
  });

  it(`has CsClient.${op.methodName} and a wire descriptor that matches the spec`, () => {
    expect(typeof (pkg.CsClient.prototype as unknown as Record<string, unknown>)[op.methodName]).toBe('function');
    const descriptor = exported[`${op.action}Operation`];
    expect(descriptor).toMatchObject({
      action: op.action,
      method: op.method,
      path: op.path,
      body: op.hasBody,
      idempotent: op.idempotent,
    });
    const params = (descriptor as { params: { name: string; in: string }[] }).params;
    expect(params.map((p) => `${p.in}:${p.name}`)).toEqual([
      ...op.pathParams.map((n) => `path:${n}`),
      ...op.queryParams.map((n) => `query:${n}`),
    ]);
    expect(parameterNames(op, 'path')).toEqual(op.pathParams);
    expect(parameterNames(op, 'query')).toEqual(op.queryParams);
  });

  it(`has docs/${op.action}.md with the request line, the client call and every request example`, () => {
    const file = path.join(packageDir, 'docs', `${op.action}.md`);
    expect(existsSync(file)).toBe(true);
    const page = docsPage(op.action);
    expect(page.startsWith(`# ${op.action}\n`)).toBe(true);
    expect(page).toContain(`${op.method} ${op.path} HTTP/1.1`);
    expect(page).toContain(`client.${op.methodName}(`);
    const examples = requestExamples(op);
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(page).toContain(example.title);
    expect(readFileSync(path.join(packageDir, 'docs', 'README.md'), 'utf8')).toContain(`${op.action}.md`);
  });
});

describe('secrets', () => {
  it('marks the logon password of ModifyClusterNodePool as sensitive in the wire descriptor', () => {
    expect(exported.ModifyClusterNodePoolOperation).toMatchObject({ sensitive: ['/body/scaling_group/login_password'] });
  });

  it('flags the logon password as sensitive in the docs page', () => {
    const row = docsPage('ModifyClusterNodePool')
      .split('\n')
      .find((line) => line.startsWith('| body.scaling_group.login_password '));
    expect(row).toBeDefined();
    expect(row).toContain('Sensitive: never logged or echoed in errors.');
  });
});

// Type-level checks: `npm run typecheck` (part of CI) compiles this file; vitest only runs the assertions.
describe('model types', () => {
  it('type the requests by wire name and reject unknown fields at compile time', () => {
    const describePools: DescribeClusterNodePoolsRequest = { ClusterId: 'c1', NodepoolName: 'web' };
    const detail: DescribeClusterNodePoolDetailRequest = { ClusterId: 'c1', NodepoolId: 'np1' };
    const modify: ModifyClusterNodePoolRequest = {
      ClusterId: 'c1',
      NodepoolId: 'np1',
      body: {
        scaling_group: { data_disks: [{ category: 'cloud_essd', size: 100, encrypted: 'true' }], login_password: 'x' },
        kubernetes_config: { taints: [{ key: 'k', effect: 'NoSchedule' }] },
        update_nodes: true,
      },
    };
    const scale: ScaleClusterNodePoolRequest = { ClusterId: 'c1', NodepoolId: 'np1', body: { count: 2 } };
    const remove: DeleteClusterNodepoolRequest = { ClusterId: 'c1', NodepoolId: 'np1', force: true };
    // @ts-expect-error `counts` is not a field of the scale body
    const misspelt: ScaleClusterNodePoolRequest = { ClusterId: 'c1', NodepoolId: 'np1', body: { counts: 2 } };
    // @ts-expect-error `force` is a boolean, not a string
    const stringly: DeleteClusterNodepoolRequest = { ClusterId: 'c1', NodepoolId: 'np1', force: 'true' };
    // @ts-expect-error `encrypted` takes the strings "true"/"false", not a boolean
    const boolDisk: ModifyClusterNodePoolRequest = { ClusterId: 'c1', NodepoolId: 'np1', body: { scaling_group: { data_disks: [{ encrypted: true }] } } };
    expect([describePools, detail, modify, scale, remove, misspelt, stringly, boolDisk]).toHaveLength(8);
  });

  it('type the responses', () => {
    const pool: NonNullable<DescribeClusterNodePoolsResponse['nodepools']>[number] = { nodepool_info: { nodepool_id: 'np1', name: 'web' }, status: { state: 'active', total_nodes: 3 } };
    const list: DescribeClusterNodePoolsResponse = { nodepools: [pool] };
    const detail: DescribeClusterNodePoolDetailResponse = pool;
    const modified: ModifyClusterNodePoolResponse = { task_id: 'T-1', nodepool_id: 'np1', request_id: 'r' };
    const scaled: ScaleClusterNodePoolResponse = { task_id: 'T-2' };
    const deleted: DeleteClusterNodepoolResponse = { task_id: 'T-3', request_id: 'r' };
    const state: string | undefined = detail.status?.state;
    expect([list.nodepools?.length, state, modified.task_id, scaled.task_id, deleted.task_id]).toEqual([1, 'active', 'T-1', 'T-2', 'T-3']);
  });
});
