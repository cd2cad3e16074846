/**
 * Names and converts the metadata's `components.schemas`.
 *
 * A component reachable from a request is emitted closed; one reachable from a response stays open.
 * One used by both is emitted twice: the request flavour keeps the plain name, the response flavour
 * gets an `Output` suffix. Usage is computed over every operation of the metadata file (not only the
 * imported ones) so names do not change with the `--ops` selection.
 */
import type { AliSchema, ApiDocs } from './api-docs.ts';
import { COMPONENT_REF_PREFIX, convertSchema, type Flavour } from './convert-schema.ts';
import { pointer } from './errors.ts';
import type { JsonObject } from './json.ts';
import { actionWordCasing } from '../ir/naming.ts';

export interface ComponentPlan {
  /** Output name of each original component name, per flavour it is used in. */
  request: Map<string, string>;
  response: Map<string, string>;
}

/** Names the importer or the generator defines per operation, which metadata components must not take. */
export function reservedNames(docs: ApiDocs): Set<string> {
  const names = new Set(['ErrorBody']);
  for (const action of Object.keys(docs.apis)) {
    names.add(`${action}Request`);
    names.add(`${action}Body`);
    names.add(`${action}Response`);
  }
  return names;
}

/**
 * PascalCase for names that are not already a PascalCase identifier (`data_disk` → `DataDisk`). A word written in
 * one case (`nodepool`, `Nodepool`) takes the casing the actions give it (`NodePool`), so that component names and
 * operation names spell one concept alike.
 */
export function pascalName(original: string, casing: Map<string, string> = new Map()): string {
  const words = original.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  const spell = (word: string): string =>
    /^[A-Za-z][a-z0-9]*$/.test(word) && casing.has(word.toLowerCase()) ? casing.get(word.toLowerCase())! : word[0]!.toUpperCase() + word.slice(1);
  if (/^[A-Z][A-Za-z0-9]*$/.test(original)) return spell(original);
  const joined = words.map(spell).join('');
  if (joined === '') return 'Schema';
  return /^[0-9]/.test(joined) ? `Schema${joined}` : joined;
}

/** Original component names referenced anywhere inside a schema. */
export function directRefs(schema: AliSchema | undefined, out: Set<string> = new Set()): Set<string> {
  if (schema === undefined) return out;
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith(COMPONENT_REF_PREFIX)) {
    out.add(schema.$ref.slice(COMPONENT_REF_PREFIX.length));
  }
  for (const property of Object.values(schema.properties ?? {})) directRefs(property, out);
  directRefs(schema.items, out);
  if (typeof schema.additionalProperties === 'object') directRefs(schema.additionalProperties, out);
  return out;
}

function closeOver(roots: Set<string>, docs: ApiDocs): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    queue.push(...directRefs(docs.components.schemas[name]));
  }
  return seen;
}

export function componentUsage(docs: ApiDocs): Record<Flavour, Set<string>> {
  const requestRoots = new Set<string>();
  const responseRoots = new Set<string>();
  for (const api of Object.values(docs.apis)) {
    for (const parameter of api.parameters) directRefs(parameter.schema, requestRoots);
    for (const response of Object.values(api.responses ?? {})) directRefs(response.schema, responseRoots);
  }
  return { request: closeOver(requestRoots, docs), response: closeOver(responseRoots, docs) };
}

export function planComponents(docs: ApiDocs): ComponentPlan {
  const taken = reservedNames(docs);
  const unique = (base: string): string => {
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    return name;
  };
  const usage = componentUsage(docs);
  const casing = actionWordCasing(Object.keys(docs.apis));
  const plan: ComponentPlan = { request: new Map(), response: new Map() };
  for (const original of Object.keys(docs.components.schemas).sort()) {
    const base = pascalName(original, casing);
    const inRequest = usage.request.has(original);
    if (inRequest) plan.request.set(original, unique(base));
    if (usage.response.has(original) || !inRequest) {
      plan.response.set(original, unique(inRequest ? `${base}Output` : base));
    }
  }
  return plan;
}

export function refNameResolver(
  plan: ComponentPlan,
  flavour: Flavour,
  fail: (ptr: string, detail: string) => never,
): (original: string, ptr: string) => string {
  return (original, ptr) => {
    const name = plan[flavour].get(original);
    if (name === undefined) fail(ptr, `reference to unknown component ${JSON.stringify(original)}`);
    return name;
  };
}

/** Every metadata component in each flavour it is used in, keyed by output name (sorted). */
export function convertComponents(
  docs: ApiDocs,
  plan: ComponentPlan,
  withDescriptions: boolean,
  fail: (ptr: string, detail: string) => never,
): JsonObject {
  const entries: [string, JsonObject][] = [];
  for (const flavour of ['request', 'response'] as const) {
    const ctx = { flavour, withDescriptions, refName: refNameResolver(plan, flavour, fail), fail };
    for (const [original, name] of plan[flavour]) {
      entries.push([name, convertSchema(docs.components.schemas[original]!, ctx, pointer('components', 'schemas', original))]);
    }
  }
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}
