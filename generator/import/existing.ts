/**
 * Fits an import into a product folder that already holds spec files, so that nothing a user wrote is lost:
 * an existing product file stays as it is, and component schemas are only added, never replaced. When the folder
 * has its own components.yaml, the added schemas go to components.imported.yaml, a file the importer owns, so
 * that the user's files stay byte for byte. Operation files named by --ops are the one thing an import replaces,
 * since the user asked for them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { ImportError } from './errors.ts';
import type { JsonObject, JsonValue } from './json.ts';
import { toYaml } from './yaml.ts';

export interface FittedImport {
  /** File name → text to write. */
  files: Map<string, string>;
  /** Existing component schemas the import would have defined differently: the user's are kept. */
  keptComponents: string[];
  /** Existing operation files the import replaces. */
  replaced: string[];
}

const SPEC_FILE = /\.(ya?ml|json)$/i;

/** Where imported schemas go when the folder has a components.yaml of its own. */
export const IMPORTED_COMPONENTS = 'components.imported.yaml';

export function fitIntoExisting(folder: string, documents: Map<string, JsonObject>): FittedImport {
  const existing = readExisting(folder);
  const files = new Map<string, string>();
  const defined = new Map<string, JsonValue>();
  for (const { data } of existing.values()) {
    const schemas = (data.components as JsonObject | undefined)?.schemas as JsonObject | undefined;
    for (const [name, schema] of Object.entries(schemas ?? {})) defined.set(name, schema);
  }
  const hasProduct = [...existing.values()].some(({ data }) => 'openapi' in data);
  const keptComponents: string[] = [];
  const replaced: string[] = [];

  for (const [name, document] of documents) {
    if (name === 'product.yaml' && hasProduct) continue;
    if (name !== 'components.yaml') {
      if (existing.has(name)) replaced.push(name);
      files.set(name, toYaml(document));
      continue;
    }
    const imported = ((document.components as JsonObject).schemas ?? {}) as JsonObject;
    const missing: JsonObject = {};
    for (const [schemaName, schema] of Object.entries(imported)) {
      if (!defined.has(schemaName)) missing[schemaName] = schema;
      else if (JSON.stringify(defined.get(schemaName)) !== JSON.stringify(schema)) keptComponents.push(schemaName);
    }
    if (Object.keys(missing).length === 0) continue;
    if (!existing.has(name)) {
      files.set(name, toYaml({ components: { schemas: missing } }));
    } else {
      const owned = existing.get(IMPORTED_COMPONENTS)?.data;
      const previous = ((owned?.components as JsonObject | undefined)?.schemas ?? {}) as JsonObject;
      files.set(IMPORTED_COMPONENTS, toYaml({ components: { schemas: { ...previous, ...missing } } }));
    }
  }
  const used = referencedSchemas(documents);
  return { files, keptComponents: keptComponents.filter((n) => used.has(n)).sort(), replaced: replaced.sort() };
}

/** Component schemas the imported operations reach, directly or through other imported schemas. */
function referencedSchemas(documents: Map<string, JsonObject>): Set<string> {
  const schemas = (((documents.get('components.yaml')?.components ?? {}) as JsonObject).schemas ?? {}) as JsonObject;
  const refsIn = (value: JsonValue | undefined): string[] =>
    [...JSON.stringify(value ?? null).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
  const used = new Set<string>();
  const queue = [...documents].filter(([name]) => name !== 'components.yaml' && name !== 'product.yaml').flatMap(([, doc]) => refsIn(doc));
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (used.has(name)) continue;
    used.add(name);
    queue.push(...refsIn(schemas[name]));
  }
  return used;
}

function readExisting(folder: string): Map<string, { text: string; data: JsonObject }> {
  const found = new Map<string, { text: string; data: JsonObject }>();
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => SPEC_FILE.test(n)).sort();
  } catch {
    return found;
  }
  for (const name of names) {
    const text = readFileSync(path.join(folder, name), 'utf8');
    const document = parseDocument(text);
    const data = document.errors.length === 0 ? (document.toJS() as unknown) : undefined;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new ImportError(path.join(folder, name), '', 'an existing spec file could not be read; fix it before importing into this folder');
    }
    found.set(name, { text, data: data as JsonObject });
  }
  return found;
}
