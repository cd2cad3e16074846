/**
 * Waiters and paginators from the spec to the package: the IR read from `x-acs-waiters`/`x-acs-pagination`, the
 * emitted `src/waiters.ts` and `src/paginators.ts`, the package index, and the docs page; a spec without the
 * extensions emits none of it. The fixture is test/fixtures/lifecycle/widgets (the bad-spec corpus's widget product
 * plus a describe and a list operation, curated by an overlay).
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../generator/ir/normalize.ts';
import { loadSpecFolder } from '../../generator/load/index.ts';
import { generatePackage } from '../../generator/pipeline.ts';
import { makeTempDir, removeDir, repoRoot } from '../support/generate.ts';

const widgets = path.join(repoRoot, 'test', 'fixtures', 'lifecycle', 'widgets', 'cs-2015-12-15');
const plain = path.join(repoRoot, 'test', 'fixtures', 'bad-specs', '_base', 'cs-2015-12-15');
const csSpec = path.join(repoRoot, 'spec', 'cs-2015-12-15');

const fileOf = (files: { path: string; contents: string }[], name: string): string => {
  const file = files.find((f) => f.path === name);
  if (!file) throw new Error(`${name} was not generated`);
  return file.contents;
};

describe('the IR', () => {
  it('reads waiters (sorted, with defaults) and pagination from the extensions', async () => {
    const merged = await loadSpecFolder(widgets);
    const service = normalize(merged.document, merged);
    expect(service.waiters).toEqual([
      {
        name: 'WidgetReady',
        description: '',
        operation: 'DescribeWidget',
        input: [
          { name: 'RegionId', parameter: 'RegionId' },
          { name: 'WidgetId', parameter: 'WidgetId' },
        ],
        acceptors: [{ state: 'success', matcher: { kind: 'path', path: '/state', comparator: 'stringEquals', expected: 'ready' } }],
        minDelay: 2,
        maxDelay: 120,
        maxWait: 1800,
        source: '/x-acs-waiters/WidgetReady',
      },
    ]);
    expect(service.operations.find((op) => op.action === 'ListWidgets')?.pagination).toEqual({
      style: 'pageNumber',
      pageNumberParam: 'page_number',
      pageSizeParam: 'page_size',
      itemsPath: '/widgets',
      totalCountPath: '/page_info/total_count',
    });
    expect(service.operations.find((op) => op.action === 'DescribeWidget')?.pagination).toBeUndefined();
  });

  it('has the waiters and paginators the CS package needs, every paginated list of the spec included', async () => {
    const merged = await loadSpecFolder(csSpec);
    const service = normalize(merged.document, merged);
    expect(service.waiters?.map((w) => w.name)).toEqual(['ClusterDeleted', 'ClusterRunning', 'NodePoolActive', 'NodePoolDeleted', 'TaskSucceeded']);
    expect(service.operations.filter((op) => op.pagination).map((op) => op.action)).toEqual([
      'DescribeClusterEvents',
      'DescribeClusterNodes',
      'DescribeClusterTasks',
      'DescribeClustersForRegion',
      'DescribeClustersV1',
      'DescribeEvents',
      'DescribeEventsForRegion',
      'DescribeTemplates',
      'GetClusterInspectReportDetail',
      'ListClusterInspectReports',
      'ListClusterKubeconfigStates',
      'ListTagResources',
      'ListUserKubeConfigStates',
    ]);
    // Every list operation with page fields is paginated.
    const pageFields = /^(page_?size|pageSize|page_?num(ber)?|pageNumber|next_?token|nextToken|max_?results|maxResults)$/;
    for (const op of service.operations.filter((o) => o.parameters.some((p) => pageFields.test(p.wireName)))) {
      expect(op.pagination, op.action).toBeDefined();
    }
  });
});

describe('the emitted package', () => {
  it('has one waitUntil function per waiter and one paginate function per list, exported from the index', async () => {
    const { files } = await generatePackage(widgets);
    const waiters = fileOf(files, 'src/waiters.ts');
    expect(waiters).toContain('export interface WidgetReadyWaiterInput {');
    expect(waiters).toContain("RegionId: DescribeWidgetRequest['RegionId'];");
    expect(waiters).toMatch(/export function waitUntilWidgetReady\(\s*client: ClientCore,\s*input: WidgetReadyWaiterInput,\s*options\?: WaiterOptions,\s*\): Promise<WithMetadata<DescribeWidgetResponse>> \{/);
    expect(waiters).toContain("{ state: 'success', path: '/state', comparator: 'stringEquals', expected: 'ready' }");
    expect(waiters).toContain('describeWidget(client, { RegionId: input.RegionId, WidgetId: input.WidgetId }, callOptions)');
    const paginators = fileOf(files, 'src/paginators.ts');
    expect(paginators).toMatch(/export function paginateListWidgets\(\s*client: ClientCore,\s*request: ListWidgetsRequest = \{\},\s*options: PaginatorOptions = \{\},/);
    const index = fileOf(files, 'src/index.ts');
    expect(index).toContain("export { type WidgetReadyWaiterInput, waitUntilWidgetReady } from './waiters.js';");
    expect(index).toContain("export { paginateListWidgets } from './paginators.js';");
    // The waiters and paginators plugins own their runtime files, and the index exports their public names from there.
    expect(index).toMatch(/ WaiterError,\n[^]*\} from '\.\/runtime\/waiter\.js';/);
    expect(index).toContain("export { type PageConfig, type PaginatorOptions, paginate } from './runtime/paginator.js';");
    expect(fileOf(files, 'src/runtime/index.ts')).not.toContain('WaiterError');
  });

  it('documents each waiter and paginator with an example, linked from the docs index', async () => {
    const { files } = await generatePackage(widgets);
    const page = fileOf(files, 'docs/waiters-and-paginators.md');
    expect(page).toContain('### waitUntilWidgetReady');
    // Values as the operation pages choose them: the spec's examples, else placeholders (the fixture gives none).
    expect(page).toContain("await waitUntilWidgetReady(client, { RegionId: 'example-RegionId', WidgetId: 'example-WidgetId' }, { maxWaitSeconds: 900 });");
    expect(page).toContain('- `/state` is `ready` → success');
    expect(page).toContain('### paginateListWidgets');
    expect(page).toContain('for await (const page of paginateListWidgets(client, {}, { pageSize: 50 })) {');
    expect(page).toContain('for (const item of page.widgets ?? []) console.log(item);');
    expect(fileOf(files, 'docs/README.md')).toContain('(./waiters-and-paginators.md)');
  });

  it('shows every waiter and paginator of the CS package on its docs page, each with an example that calls it', async () => {
    const merged = await loadSpecFolder(csSpec);
    const service = normalize(merged.document, merged);
    const page = await readFile(path.join(repoRoot, 'generated', 'cs-2015-12-15', 'docs', 'waiters-and-paginators.md'), 'utf8');
    const names = [...(service.waiters ?? []).map((w) => `waitUntil${w.name}`), ...service.operations.filter((op) => op.pagination).map((op) => `paginate${op.action}`)];
    expect(names).toHaveLength(18);
    for (const name of names) {
      const start = page.indexOf(`\n### ${name}\n`);
      expect(start, name).toBeGreaterThan(0);
      const section = page.slice(start, page.indexOf('\n### ', start + 1) === -1 ? undefined : page.indexOf('\n### ', start + 1));
      expect(section, name).toMatch(new RegExp(`\`\`\`ts\\nimport \\{ CsBaseClient, ${name}[ ,][^]*${name}\\(client, `));
    }
  });

  it('works with paginators alone (no waiters): no waiters module, the README and docs still render', async () => {
    const dir = await makeTempDir('lifecycle-');
    try {
      const spec = path.join(dir, 'cs-2015-12-15');
      await cp(widgets, spec, { recursive: true });
      const overlay = path.join(spec, 'overlays', 'lifecycle.overlay.yaml');
      const text = await readFile(overlay, 'utf8');
      await writeFile(overlay, text.slice(0, text.indexOf('  - target: $\n')) + text.slice(text.indexOf('  - target: "$.paths')));
      const { files } = await generatePackage(spec);
      expect(files.map((f) => f.path)).not.toContain('src/waiters.ts');
      expect(fileOf(files, 'src/paginators.ts')).toContain('export function paginateListWidgets(');
      expect(fileOf(files, 'README.md')).toContain('`for await (const page of paginateListWidgets(client, request, { pageSize: 50 }))`');
      expect(fileOf(files, 'README.md')).not.toContain('- `await waitUntil');
      expect(fileOf(files, 'docs/waiters-and-paginators.md')).toContain('### paginateListWidgets');
    } finally {
      await removeDir(dir);
    }
  });

  it('has no waiter or paginator module, export or page when the spec declares none', async () => {
    const { files } = await generatePackage(plain);
    const paths = files.map((f) => f.path);
    expect(paths).not.toContain('src/waiters.ts');
    expect(paths).not.toContain('src/paginators.ts');
    expect(paths).not.toContain('docs/waiters-and-paginators.md');
    expect(paths.filter((p) => /runtime\/(waiter|paginator)\./.test(p))).toEqual([]);
    expect(fileOf(files, 'src/index.ts')).not.toMatch(/waiter|paginat/i);
    expect(fileOf(files, 'docs/README.md')).not.toContain('waiters-and-paginators');
  });
});
