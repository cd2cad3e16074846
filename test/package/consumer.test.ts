/**
 * The package as a user installs it: generated with a scoped name from the product file's `x-acs-package`, packed by
 * npm, checked by publint and @arethetypeswrong/cli, installed from the tarball into a fresh project that type-checks
 * it under NodeNext (ES module and CommonJS), Bundler and node10 resolution, `require`s and imports it with Node, and
 * bundles it for the browser with esbuild and with webpack 5, with no externals.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { publint } from 'publint';
import webpack from 'webpack';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToTemp, makeTempDir, removeDir, repoRoot } from '../support/generate.ts';
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET, startMockServer } from '../support/mock-server.ts';
import { consumerProject, pack, packList, run, specWithPackage } from '../support/packed.ts';

const NAME = '@acme/cs-2015-12-15';
const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const attw = path.join(repoRoot, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
/** An import or require of a `node:` module, as a bundler would have to resolve it. */
const NODE_SPECIFIER = /["'`]node:[a-z_/]+["'`]/g;

const temp: string[] = [];
let packageDir: string;
let tarball: string;
let consumer: string;

beforeAll(async () => {
  const spec = await specWithPackage({ name: NAME, version: '2.3.4', license: 'Apache-2.0', repository: 'git+https://github.com/acme/cs-sdk.git', author: 'ACME Platform Team' });
  const generated = await generateToTemp(spec);
  packageDir = generated.packageDir;
  const packs = await makeTempDir('acs-pack-');
  tarball = await pack(packageDir, packs);
  consumer = await consumerProject(tarball);
  temp.push(path.dirname(spec), generated.outDir, packs, consumer);
}, 180_000);

afterAll(async () => {
  await Promise.all(temp.map(removeDir));
});

describe('the tarball', () => {
  it('holds the builds, both sets of declarations, README, LICENSE, docs and openapi.json, and no sources', async () => {
    const files = (await packList(packageDir)).map((f) => f.path).sort();
    for (const needed of [
      'LICENSE',
      'README.md',
      'package.json',
      'openapi.json',
      'docs/README.md',
      'docs/CreateClusterNodePool.md',
      'dist/index.js',
      'dist/index.browser.js',
      'dist/index.d.ts',
      'dist/index.node.d.ts',
      'dist/cjs/index.js',
      'dist/cjs/package.json',
      'dist/cjs/index.node.d.ts',
    ]) {
      expect(files).toContain(needed);
    }
    // Declarations carry no source maps, so the TypeScript sources would only add weight.
    expect(files.filter((f) => f.startsWith('src/') || f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.d.ts')).every((f) => !f.includes('/src/'))).toBe(true);
  });

  it('names the package, version, license, repository and author from x-acs-package', async () => {
    const manifest = JSON.parse(await readFile(path.join(consumer, 'node_modules', '@acme', 'cs-2015-12-15', 'package.json'), 'utf8'));
    expect(manifest).toMatchObject({
      name: NAME,
      version: '2.3.4',
      license: 'Apache-2.0',
      author: 'ACME Platform Team',
      repository: { type: 'git', url: 'git+https://github.com/acme/cs-sdk.git' },
    });
    expect(manifest.dependencies).toBeUndefined();
    const license = await readFile(path.join(consumer, 'node_modules', '@acme', 'cs-2015-12-15', 'LICENSE'), 'utf8');
    expect(license).toContain('Apache License');
    expect(license).toContain('Version 2.0, January 2004');
    const readme = await readFile(path.join(consumer, 'node_modules', '@acme', 'cs-2015-12-15', 'README.md'), 'utf8');
    expect(readme).toContain(`npm install ${NAME}\n`);
    expect(readme).toContain(`from '${NAME}'`);
  });

  it('passes publint (strict) with no message', async () => {
    const { messages } = await publint({ pack: { tarball: (await readFile(tarball)).buffer as ArrayBuffer }, strict: true });
    expect(messages).toEqual([]);
  });

  it('passes @arethetypeswrong/cli with no problem under node10, node16 (CJS and ESM) and bundler', async () => {
    const { stdout } = await run(process.execPath, [attw, tarball, '--format', 'json'], { maxBuffer: 64 * 1024 * 1024 });
    const report = JSON.parse(stdout) as { analysis: { problems: Record<string, unknown[]> | unknown[]; entrypoints: Record<string, unknown> } };
    expect(Object.values(report.analysis.problems).flat()).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints)).toContain('.');
  });
});

/** A consumer source per resolution mode; each also proves what it must not see. */
const SOURCES: Record<string, string> = {
  'esm.mts': `
import { CsClient, createNodeTransport, type CreateClusterNodePoolRequest } from '${NAME}';
const request: CreateClusterNodePoolRequest = { ClusterId: 'c1', body: { nodepool_info: { name: 'workers' } } };
const client = new CsClient({ region: 'cn-hangzhou', transport: createNodeTransport() });
export const created: Promise<string | undefined> = client.createClusterNodePool(request).then((r) => r.nodepool_id);
// @ts-expect-error ClusterId is a string
void client.createClusterNodePool({ ClusterId: 1 });
`,
  'cjs.cts': `
import { CsClient, createNodeTransport, CsServiceError } from '${NAME}';
const client = new CsClient({ region: 'cn-hangzhou', transport: createNodeTransport() });
export const requestId = client.createClusterNodePool({ ClusterId: 'c1' }).then((r) => r.$metadata.requestId, (e: unknown) => (e instanceof CsServiceError ? e.requestId : undefined));
`,
  'bundler.ts': `
import {
  CsClient,
  createFetchTransport,
  // @ts-expect-error the Node transport is not part of the browser build
  createNodeTransport,
} from '${NAME}';
const client = new CsClient({ region: 'cn-hangzhou', transport: createFetchTransport() });
export const created: Promise<string | undefined> = client.createClusterNodePool({ ClusterId: 'c1' }).then((r) => r.nodepool_id);
export const unused = createNodeTransport;
`,
  'node10.ts': `
import { CsClient, createNodeTransport, validateCreateClusterNodePoolRequest } from '${NAME}';
const client = new CsClient({ region: 'cn-hangzhou', transport: createNodeTransport() });
export const created: Promise<string | undefined> = client.createClusterNodePool({ ClusterId: 'c1' }).then((r) => r.nodepool_id);
export const checked: boolean = validateCreateClusterNodePoolRequest({ ClusterId: 'c1' }).ok;
`,
};

const nodeTypes = { types: ['node'], typeRoots: [path.join(repoRoot, 'node_modules', '@types')] };
const MODES: { mode: string; files: string[]; options: Record<string, unknown> }[] = [
  { mode: 'NodeNext', files: ['esm.mts', 'cjs.cts'], options: { module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022'], ...nodeTypes } },
  { mode: 'Bundler', files: ['bundler.ts'], options: { module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [] } },
  { mode: 'node10', files: ['node10.ts'], options: { module: 'commonjs', moduleResolution: 'node10', lib: ['es2022'], ...nodeTypes } },
];

describe('a consumer project', () => {
  it.each(MODES)('type-checks it under moduleResolution $mode (no skipLibCheck)', async ({ mode, files, options }) => {
    for (const file of files) await writeFile(path.join(consumer, file), SOURCES[file]!);
    const config = `tsconfig.${mode}.json`;
    const compilerOptions = { target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, ...options };
    await writeFile(path.join(consumer, config), JSON.stringify({ compilerOptions, files }, null, 2));
    const result = await run(process.execPath, [tsc, '-p', config], { cwd: consumer }).then(
      () => '',
      (error: { stdout?: string }) => error.stdout || String(error),
    );
    expect(result).toBe('');
  });

  it('require()s the CommonJS build and imports the ES module build with Node', async () => {
    const script = (load: string): string =>
      `${load}.then((m) => console.log(JSON.stringify({ client: typeof m.CsClient, node: typeof m.createNodeTransport, ok: m.validateCreateClusterNodePoolRequest({ ClusterId: 'c' }).ok })))`;
    const required = await run(process.execPath, ['-e', script(`Promise.resolve(require('${NAME}'))`)], { cwd: consumer });
    const imported = await run(process.execPath, ['--input-type=module', '-e', script(`import('${NAME}')`)], { cwd: consumer });
    for (const { stdout } of [required, imported]) expect(JSON.parse(stdout)).toEqual({ client: 'function', node: 'function', ok: true });
    const resolved = await run(process.execPath, ['-p', `require.resolve('${NAME}')`], { cwd: consumer });
    expect(resolved.stdout.trim()).toMatch(/dist[\\/]cjs[\\/]index\.js$/);
  });

  it('creates a node pool through the CommonJS build against the mock server (node:http transport, signature verified)', async () => {
    const mock = await startMockServer();
    try {
      const script = `
        const { CsClient } = require('${NAME}');
        const client = new CsClient({ endpoint: process.argv[1], credentials: { accessKeyId: '${MOCK_ACCESS_KEY_ID}', accessKeySecret: '${MOCK_ACCESS_KEY_SECRET}' } });
        client.createClusterNodePool({ ClusterId: 'c1', body: { nodepool_info: { name: 'cjs' }, scaling_group: { vswitch_ids: ['vsw-1'], instance_types: ['ecs.g7.xlarge'], key_pair: 'k' } } })
          .then((r) => { console.log(r.nodepool_id); client.destroy(); });`;
      const { stdout } = await run(process.execPath, ['-e', script, mock.url], { cwd: consumer });
      expect(stdout.trim()).toMatch(/^np[0-9a-f]{30}$/);
      expect(mock.requests.map((r) => [r.action, r.signatureProblem, r.status])).toEqual([['CreateClusterNodePool', undefined, 200]]);
    } finally {
      await mock.close();
    }
  });

  const BROWSER_ENTRY = `import { CsClient, createFetchTransport } from '${NAME}';\nglobalThis.client = new CsClient({ region: 'cn-hangzhou', transport: createFetchTransport() });\n`;

  it('bundles it for the browser with esbuild, without externals and with no node: import left', async () => {
    const result = await build({
      stdin: { contents: BROWSER_ENTRY, resolveDir: consumer, sourcefile: 'entry.js' },
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect(Object.keys(result.metafile.inputs).filter((input) => input.includes('/@acme/'))).toEqual([expect.stringMatching(/node_modules\/@acme\/cs-2015-12-15\/dist\/index\.browser\.js$/)]);
    expect(code.match(NODE_SPECIFIER) ?? []).toEqual([]);
    expect(code.includes('createNodeTransport')).toBe(false);
    expect(/\bCsClient = class\b/.test(code)).toBe(true);
  });

  it('bundles it for the browser with webpack 5 (target web), without externals and with no node: import left', async () => {
    const outDir = path.join(consumer, 'webpack-out');
    await mkdir(outDir, { recursive: true });
    await writeFile(path.join(consumer, 'browser-entry.js'), BROWSER_ENTRY);
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(
        { mode: 'none', target: 'web', context: consumer, entry: './browser-entry.js', output: { path: outDir, filename: 'main.js' }, devtool: false },
        (error, result) => (error || !result ? reject(error ?? new Error('webpack gave no result')) : resolve(result)),
      ),
    );
    const { errors, warnings, modules } = stats.toJson({ all: false, errors: true, warnings: true, modules: true });
    expect((errors ?? []).map((e) => e.message)).toEqual([]);
    expect((warnings ?? []).map((w) => w.message)).toEqual([]);
    const code = await readFile(path.join(outDir, 'main.js'), 'utf8');
    expect((modules ?? []).flatMap((m) => (m.name === undefined ? [] : [m.name]))).toEqual(['./browser-entry.js', './node_modules/@acme/cs-2015-12-15/dist/index.browser.js']);
    expect(code.match(NODE_SPECIFIER) ?? []).toEqual([]);
    expect(code.includes('createNodeTransport')).toBe(false);
  });
});
