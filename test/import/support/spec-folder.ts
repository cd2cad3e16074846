/** Test helpers: read an imported spec folder, merge it the way the loader does, check its refs. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readSpecFolder(folder: string): Map<string, JsonObject> {
  const files = readdirSync(folder)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort();
  return new Map(files.map((f) => [f, parse(readFileSync(path.join(folder, f), 'utf8')) as JsonObject]));
}

/** Merges partial documents: paths by path (methods must not repeat), components by section and name. */
export function mergeDocuments(documents: Map<string, JsonObject>): JsonObject {
  const merged: JsonObject = {};
  const paths: JsonObject = {};
  const components: { [section: string]: JsonObject } = {};
  for (const [file, doc] of documents) {
    for (const [key, value] of Object.entries(doc)) {
      if (key === 'paths') {
        for (const [route, item] of Object.entries(value as JsonObject)) {
          const target = (paths[route] ??= {}) as JsonObject;
          for (const [method, op] of Object.entries(item as JsonObject)) {
            if (method in target) throw new Error(`${file}: ${method} ${route} defined twice`);
            target[method] = op;
          }
        }
      } else if (key === 'components') {
        for (const [section, entries] of Object.entries(value as JsonObject)) {
          const target = (components[section] ??= {});
          for (const [name, entry] of Object.entries(entries as JsonObject)) {
            if (name in target) throw new Error(`${file}: components.${section}.${name} defined twice`);
            target[name] = entry;
          }
        }
      } else {
        if (key in merged) throw new Error(`${file}: root key ${key} defined twice`);
        merged[key] = value;
      }
    }
  }
  return { ...merged, paths, components };
}

export function collectRefs(value: Json, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, out);
  else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') out.push(item);
      else collectRefs(item, out);
    }
  }
  return out;
}

export function resolvePointer(doc: Json, ref: string): Json | undefined {
  if (!ref.startsWith('#/')) return undefined;
  let node: Json | undefined = doc;
  for (const raw of ref.slice(2).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = isObject(node) ? node[token] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

export function unresolvedRefs(doc: JsonObject): string[] {
  return [...new Set(collectRefs(doc))].filter((ref) => resolvePointer(doc, ref) === undefined).sort();
}
