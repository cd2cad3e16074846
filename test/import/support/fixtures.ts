import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkApiDocs, type AliApi, type ApiDocs } from '../../../generator/import/api-docs.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixturesDir = path.join(repoRoot, 'test/fixtures/import');
export const miniFile = path.join(fixturesDir, 'mini.api-docs.json');
export const expectedDir = path.join(fixturesDir, 'expected');

/** Alibaba's api-docs metadata as committed with the repository (see metadata/cs-2015-12-15/SOURCE.md). */
export const metadataDir = path.join(repoRoot, 'metadata/cs-2015-12-15');
/**
 * Each real vintage alone, and the folder (every vintage, merged: the 129 operations of 2025-12 plus 5 that only
 * 2024-06 has, and the official SDK's response shapes). `typedResponses`: operations whose metadata gives a success
 * response schema (2024-06: 94; its other 23 operations declare a 200 without a schema, or no response at all); the
 * folder adds the 20 whose shape only the official SDK's models give.
 */
export const realMetadata = [
  { file: 'cs-2015-12-15.api-docs.2024-06.json', operations: 117, typedResponses: 94 },
  { file: 'cs-2015-12-15.api-docs.2025-12.json', operations: 129, typedResponses: 0 },
  { file: '', operations: 134, typedResponses: 114 },
].map((m) => ({ ...m, path: path.join(metadataDir, m.file), label: m.file === '' ? 'merged vintages' : m.file }));

/** A minimal valid api-docs document with the given apis and component schemas. */
export function docsWith(apis: Record<string, Partial<AliApi>>, schemas: ApiDocs['components']['schemas'] = {}): ApiDocs {
  const full = Object.fromEntries(
    Object.entries(apis).map(([name, api]) => [name, { path: '/x', methods: ['get'], parameters: [], ...api }]),
  );
  return checkApiDocs(
    {
      info: { product: 'Demo', version: '2021-02-03', style: 'ROA' },
      components: { schemas },
      apis: full,
      endpoints: [{ regionId: 'cn-hangzhou', endpoint: 'demo.cn-hangzhou.aliyuncs.com' }],
    },
    'demo.json',
  );
}
