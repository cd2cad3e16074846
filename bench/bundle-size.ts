/**
 * Row 5: what a user ships to call createClusterNodePool: esbuild --bundle --minify --format=esm --platform=node
 * of a tiny script importing only what that call needs; minified bytes and gzip (level 9) bytes.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { generatedEntry, OFFICIAL_PACKAGE, repoRoot } from './paths.ts';
import type { TableLine } from './table.ts';

export interface BundleSize {
  minifiedBytes: number;
  gzipBytes: number;
}

/** Bundles `source` (an ESM script resolved from `resolveDir`) and measures the result. */
export async function bundleSize(source: string, resolveDir: string = repoRoot): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output');
  return { minifiedBytes: output.contents.byteLength, gzipBytes: gzipSync(output.contents, { level: 9 }).byteLength };
}

/**
 * What a user writes to call only createClusterNodePool: the base client and the standalone operation function,
 * so that the bundler keeps one operation. (The generated package's entry is imported by path when the workspace
 * is not linked into node_modules.)
 */
export function oursEntrySource(entry = generatedEntry()): string {
  return [
    `import { CsBaseClient, createClusterNodePool } from ${JSON.stringify(entry)};`,
    `const client = new CsBaseClient({ region: 'cn-hangzhou' });`,
    `export const createNodePool = (request) => createClusterNodePool(client, request);`,
  ].join('\n');
}

/**
 * The runtime alone: the base client and an operation whose validator is one required string (`DescribeClusterDetail`),
 * so that the size is the client's (signing, retries, errors, secret guard, transport), not the validators'.
 */
export function oursRuntimeEntrySource(entry = generatedEntry()): string {
  return [
    `import { CsBaseClient, describeClusterDetail } from ${JSON.stringify(entry)};`,
    `const client = new CsBaseClient({ region: 'cn-hangzhou' });`,
    `export const describe = (request) => describeClusterDetail(client, request);`,
  ].join('\n');
}

/**
 * The create request's validator alone (no client): with the runtime-only line, it shows how the one-operation bundle
 * divides between the client and the validator of the whole current request.
 */
export function oursValidatorEntrySource(entry = generatedEntry()): string {
  return `export { validateCreateClusterNodePoolRequest } from ${JSON.stringify(entry)};`;
}

/**
 * The client's engine alone, sending the create with no validator: what any one-operation bundle carries before its
 * validator (signing, retries, timeouts, typed errors, the secret guard, option checks, the fetch transport).
 */
export function oursCoreEntrySource(entry = generatedEntry()): string {
  return [
    `import { ClientCore, CS_SERVICE, CreateClusterNodePoolOperation } from ${JSON.stringify(entry)};`,
    `const core = new ClientCore(CS_SERVICE, { region: 'cn-hangzhou' });`,
    `export const createNodePool = (request) => core.send(CreateClusterNodePoolOperation, request, undefined);`,
  ].join('\n');
}

/** The same call through the `CsClient` class, whose methods keep every operation (and validator) in the bundle. */
export function oursClassEntrySource(entry = generatedEntry()): string {
  return [
    `import { CsClient } from ${JSON.stringify(entry)};`,
    `const client = new CsClient({ region: 'cn-hangzhou' });`,
    `export const createNodePool = (request) => client.createClusterNodePool(request);`,
  ].join('\n');
}

export function officialEntrySource(): string {
  return [
    `import Client, { CreateClusterNodePoolRequest } from ${JSON.stringify(OFFICIAL_PACKAGE)};`,
    `import { $OpenApiUtil } from '@alicloud/openapi-core';`,
    `const client = new Client(new $OpenApiUtil.Config({ regionId: 'cn-hangzhou', endpoint: 'cs.cn-hangzhou.aliyuncs.com' }));`,
    `export const createNodePool = (clusterId, request) => client.createClusterNodePool(clusterId, new CreateClusterNodePoolRequest(request));`,
  ].join('\n');
}

export interface BundleSizes {
  ours: BundleSize;
  oursRuntime: BundleSize;
  oursValidator: BundleSize;
  oursCore: BundleSize;
  oursClass: BundleSize;
  official: BundleSize | Error;
}

export async function measureBundleSizes(): Promise<BundleSizes> {
  const ours = await bundleSize(oursEntrySource());
  const oursRuntime = await bundleSize(oursRuntimeEntrySource());
  const oursValidator = await bundleSize(oursValidatorEntrySource());
  const oursCore = await bundleSize(oursCoreEntrySource());
  const oursClass = await bundleSize(oursClassEntrySource());
  const official = await bundleSize(officialEntrySource()).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  return { ours, oursRuntime, oursValidator, oursCore, oursClass, official };
}

export function bundleLines(sizes: BundleSizes): TableLine[] {
  const name = 'bundle';
  const official = sizes.official;
  const peer = (pick: (size: BundleSize) => number): Pick<TableLine, 'peerValue' | 'remark'> =>
    official instanceof Error ? { remark: `official bundle failed: ${official.message.split('\n')[0]}` } : { peerValue: { value: pick(official), unit: 'B' } };
  return [
    { benchmark: `${name}: minified`, ours: { value: sizes.ours.minifiedBytes, unit: 'B' }, peer: OFFICIAL_PACKAGE, ...peer((s) => s.minifiedBytes) },
    {
      benchmark: `${name}: gzip -9`,
      ours: { value: sizes.ours.gzipBytes, unit: 'B' },
      peer: OFFICIAL_PACKAGE,
      ...peer((s) => s.gzipBytes),
      target: { on: 'ours', atMost: 8 * 1024, unit: 'B' },
    },
    { benchmark: `${name}: gzip -9, runtime only (describeClusterDetail)`, ours: { value: sizes.oursRuntime.gzipBytes, unit: 'B' } },
    { benchmark: `${name}: gzip -9, create validator alone (no client)`, ours: { value: sizes.oursValidator.gzipBytes, unit: 'B' } },
    { benchmark: `${name}: gzip -9, ClientCore alone (no validator)`, ours: { value: sizes.oursCore.gzipBytes, unit: 'B' } },
    {
      benchmark: `${name}: gzip -9, via CsClient class`,
      ours: { value: sizes.oursClass.gzipBytes, unit: 'B' },
      peer: OFFICIAL_PACKAGE,
      ...peer((s) => s.gzipBytes),
    },
  ];
}
