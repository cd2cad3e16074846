/**
 * Imports each real api-docs vintage (metadata/cs-2015-12-15), and all of them merged: every operation converts, the merged result is valid OpenAPI 3.1, refs resolve, request objects are
 * closed, response objects open, wire names exact and no Alibaba prose is carried.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AliSchema, ApiDocs } from '../../generator/import/api-docs.ts';
import { main, mergeMetadata, readMetadata } from '../../generator/import/cli.ts';
import { realMetadata } from './support/fixtures.ts';
import { mergeDocuments, readSpecFolder, resolvePointer, unresolvedRefs } from './support/spec-folder.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = { [key: string]: Json };
const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);


/** Visits every schema under `schema`, following component refs once each. */
function walkSchemas(doc: Obj, schema: Json, visit: (s: Obj, where: string) => void, where: string, seen = new Set<string>()): void {
  if (!isObj(schema)) return;
  visit(schema, where);
  const ref = schema['$ref'];
  if (typeof ref === 'string' && !seen.has(ref)) {
    seen.add(ref);
    walkSchemas(doc, resolvePointer(doc, ref) ?? null, visit, ref, seen);
  }
  for (const [name, sub] of Object.entries(isObj(schema['properties']) ? schema['properties'] : {})) walkSchemas(doc, sub, visit, `${where}/${name}`, seen);
  walkSchemas(doc, schema['items'] ?? null, visit, `${where}/items`, seen);
  walkSchemas(doc, schema['additionalProperties'] ?? null, visit, `${where}/additionalProperties`, seen);
}

function operations(doc: Obj): [string, string, Obj][] {
  const out: [string, string, Obj][] = [];
  for (const [route, item] of Object.entries(doc['paths'] as Obj)) {
    for (const [method, op] of Object.entries(item as Obj)) out.push([route, method, op as Obj]);
  }
  return out;
}

function requestSchemas(op: Obj): Json[] {
  const params = ((op['parameters'] as Obj[] | undefined) ?? []).map((p) => p['schema'] ?? null);
  const content = isObj(op['requestBody']) ? (op['requestBody']['content'] as Obj) : {};
  return [...params, ...Object.values(content).map((media) => (media as Obj)['schema'] ?? null)];
}

function responseSchemas(op: Obj): Json[] {
  return Object.values(op['responses'] as Obj)
    .filter((r) => isObj(r) && isObj(r['content']))
    .flatMap((r) => Object.values((r as Obj)['content'] as Obj).map((media) => (media as Obj)['schema'] ?? null));
}

function metadataPropertyNames(schema: AliSchema | undefined, out = new Set<string>()): Set<string> {
  for (const [name, property] of Object.entries(schema?.properties ?? {})) {
    out.add(name);
    metadataPropertyNames(property, out);
  }
  if (schema?.items) metadataPropertyNames(schema.items, out);
  return out;
}

describe.each(realMetadata)('real metadata: $label', ({ path: file, operations: count, typedResponses }) => {
  let out: string;
  let docs: ApiDocs;
  let merged: Obj;
  let files: Map<string, Obj>;
  let stdout: string[];

  beforeAll(async () => {
    out = mkdtempSync(path.join(os.tmpdir(), 'import-real-'));
    stdout = [];
    vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void stdout.push(args.join(' ')));
    const code = await main(['--from', file, '--all', '--out', out]);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    docs = mergeMetadata(readMetadata([file])).docs;
    files = readSpecFolder(path.join(out, 'cs-2015-12-15'));
    merged = mergeDocuments(files);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it(`converts all ${count} operations, one file each`, () => {
    expect(Object.keys(docs.apis)).toHaveLength(count);
    expect(stdout[0]).toMatch(new RegExp(`^imported ${count} operations( \\(merged vintages 2024-06, 2025-12\\))? into .*cs-2015-12-15: ${count + 2} files in \\d+ ms$`));
    expect(files.size).toBe(count + 2);
    expect(operations(merged)).toHaveLength(count);
    for (const action of Object.keys(docs.apis)) expect(files.has(`${action}.yaml`), action).toBe(true);
  });

  it('merges into a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const verdict = await validator.validate(merged);
    expect(verdict.errors).toBeUndefined();
    expect(verdict.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it(`types the success response of the ${typedResponses} operations whose metadata has a response schema`, () => {
    const described = Object.values(docs.apis).filter((api) => {
      const schema = Object.entries(api.responses ?? {}).find(([status]) => /^2/.test(status))?.[1].schema;
      return schema !== undefined;
    });
    expect(described).toHaveLength(typedResponses);
    const typed = operations(merged).filter(([, , op]) => {
      const schema = resolvePointer(merged, `#/components/schemas/${op['operationId']}Response`) as Obj;
      return schema['type'] !== 'object' || isObj(schema['properties']) || isObj(schema['additionalProperties']);
    });
    expect(typed).toHaveLength(typedResponses);
  });

  it('emits only components the operations reach, named as the actions spell them', () => {
    const schemas = Object.keys((merged['components'] as Obj)['schemas'] as Obj).filter((n) => !/(Body|Response)$/.test(n) && n !== 'ErrorBody');
    const text = JSON.stringify([...files].filter(([name]) => name !== 'components.yaml').map(([, doc]) => doc));
    const reached = new Set<string>();
    const queue = [...text.matchAll(/#\/components\/schemas\/(\w+)/g)].map((m) => m[1]!);
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (reached.has(name)) continue;
      reached.add(name);
      queue.push(...[...JSON.stringify(resolvePointer(merged, `#/components/schemas/${name}`)).matchAll(/#\/components\/schemas\/(\w+)/g)].map((m) => m[1]!));
    }
    for (const name of schemas) expect(reached.has(name), name).toBe(true);
    expect(schemas.some((n) => /Nodepool/.test(n))).toBe(false);
    if (count > 117) expect(schemas).toContain('NodePool');
  });

  it('keeps operations only older vintages have, deprecated with the reason', () => {
    const olderOnly = operations(merged).filter(([, , op]) => op['x-acs-deprecated-reason'] !== undefined);
    if (count !== 134) return expect(olderOnly).toEqual([]);
    expect(olderOnly.map(([, , op]) => op['operationId']).sort()).toEqual(['CancelWorkflow', 'DescirbeWorkflow', 'DescribeWorkflows', 'RemoveWorkflow', 'StartWorkflow']);
    for (const [, , op] of olderOnly) expect(op).toMatchObject({ deprecated: true, 'x-acs-deprecated-reason': 'in the 2024-06 metadata, absent from 2025-12' });
  });

  it('has every $ref resolving', () => {
    expect(unresolvedRefs(merged)).toEqual([]);
  });

  it('carries the product facts', () => {
    expect(merged['x-acs-product']).toBe('CS');
    expect(merged['x-acs-version']).toBe('2015-12-15');
    expect(merged['x-acs-style']).toBe('ROA');
    expect(merged['x-acs-endpoint']).toBe('cs.{region}.aliyuncs.com');
    expect(merged['x-acs-default-region']).toBe('cn-hangzhou');
    expect(Object.keys(merged['x-acs-endpoints'] as Obj)).toEqual(docs.endpoints.map((e) => e.regionId).sort());
  });

  it('carries no Alibaba prose (no CJK text anywhere)', () => {
    for (const [name, doc] of files) expect(JSON.stringify(doc), name).not.toMatch(/[\u3400-\u9fff]/);
  });

  it('keeps operation ids, methods and paths as the metadata gives them', () => {
    for (const [route, method, op] of operations(merged)) {
      const api = docs.apis[op['operationId'] as string]!;
      expect(route).toBe(api.path);
      expect(method).toBe(api.methods[0]!.toLowerCase());
      expect(op['deprecated'] === true).toBe(api.deprecated === true);
    }
  });

  it('keeps exact wire names for parameters and body properties', () => {
    for (const [, , op] of operations(merged)) {
      const api = docs.apis[op['operationId'] as string]!;
      const names = ((op['parameters'] as Obj[] | undefined) ?? []).map((p) => `${p['in']}:${p['name']}`).sort();
      const expected = api.parameters.filter((p) => p.in !== 'body' && p.in !== 'formData').map((p) => `${p.in}:${p.name}`).sort();
      expect(names, api.path).toEqual(expected);
      const emitted = new Set<string>();
      for (const schema of requestSchemas(op)) {
        walkSchemas(merged, schema, (s) => Object.keys(isObj(s['properties']) ? s['properties'] : {}).forEach((n) => emitted.add(n)), '');
      }
      for (const parameter of api.parameters) {
        for (const name of metadataPropertyNames(parameter.schema)) expect(emitted.has(name), `${op['operationId']}: ${name}`).toBe(true);
      }
    }
  });

  it('marks path parameters required', () => {
    for (const [, , op] of operations(merged)) {
      for (const p of (op['parameters'] as Obj[] | undefined) ?? []) if (p['in'] === 'path') expect(p['required']).toBe(true);
    }
  });

  it('closes every request object that declares properties and leaves response objects open', () => {
    for (const [, , op] of operations(merged)) {
      for (const schema of requestSchemas(op)) {
        walkSchemas(merged, schema, (s, where) => {
          if (isObj(s['properties'])) expect(s['additionalProperties'], `${op['operationId']} ${where}`).toBeDefined();
        }, 'request');
      }
      for (const schema of responseSchemas(op)) {
        walkSchemas(merged, schema, (s, where) => expect(s['additionalProperties'], `${op['operationId']} ${where}`).not.toBe(false), 'response');
      }
    }
  });

  it('leaves no api-docs-only keywords or prose in any schema', () => {
    const roots: Json[] = [...Object.values((merged['components'] as Obj)['schemas'] as Obj)];
    for (const [, , op] of operations(merged)) roots.push(...requestSchemas(op), ...responseSchemas(op));
    let visited = 0;
    for (const root of roots) {
      walkSchemas(merged, root, (s, where) => {
        visited++;
        for (const key of ['docRequired', 'enumValueTitles', 'itemName', 'index', 'example', 'title', 'description']) expect(s, `${where} ${key}`).not.toHaveProperty(key);
        if ('required' in s) expect(Array.isArray(s['required']), where).toBe(true);
        if ('enum' in s) expect((s['enum'] as Json[]).length, where).toBeGreaterThan(0);
        expect(s['type'], where).not.toBe('any');
      }, 'schema');
    }
    expect(visited).toBeGreaterThan(500);
  });

  it('turns string bounds into numbers and splits the api-docs styles', () => {
    const expire = resolvePointer(merged, '#/components/schemas/UpdateK8sClusterUserConfigExpireBody/properties/expire_hour') as Obj;
    expect(expire).toMatchObject({ type: 'integer', format: 'int64', minimum: 0, maximum: 876000 });
    const deleteCluster = operations(merged).find(([, , op]) => op['operationId'] === 'DeleteCluster')![2];
    expect((deleteCluster['parameters'] as Obj[]).find((p) => p['name'] === 'retain_resources')).toMatchObject({ in: 'query', 'x-acs-style': 'json' });
    const uninstall = resolvePointer(merged, '#/components/schemas/UnInstallClusterAddonsBody') as Obj;
    expect(uninstall['type']).toBe('array');
    const deleteNodes = operations(merged).find(([, , op]) => op['operationId'] === 'DeleteClusterNodes')!;
    expect(deleteNodes[1]).toBe('post');
  });
});
