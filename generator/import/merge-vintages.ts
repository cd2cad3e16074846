/**
 * Merges several vintages of one product's api-docs metadata into one (pure; the result feeds the converter).
 *
 * - Operations, parameters and object properties (at any depth, in components too) are the union.
 * - Whatever describes a field (type, format, bounds, value list, required) comes from the NEWEST vintage that
 *   declares the field; only its sub-fields are merged further.
 * - A field or operation that an older vintage has and the newest one declaring its parent lacks is kept, marked
 *   `deprecated: true` with `x-acs-deprecated-reason` saying in which vintage it was last seen.
 * - Responses come from the newest vintage whose operation has a response schema.
 * - Info and endpoints come from the newest vintage (endpoints: union by region, newest host wins).
 */
import type { AliApi, AliParameter, AliSchema, ApiDocs } from './api-docs.ts';
import { ImportError } from './errors.ts';

/** One metadata file and its place in time. */
export interface Vintage {
  /** `YYYY-MM` or `YYYY-MM-DD`, from the file name. */
  label: string;
  file: string;
  docs: ApiDocs;
}

export const DEPRECATED_REASON = 'x-acs-deprecated-reason';

const DATE = /\d{4}-\d{2}(?:-\d{2})?/g;

/**
 * The vintage of a metadata file: the last `YYYY-MM[-DD]` in its base name (`cs-2015-12-15.api-docs.2024-06.json`
 * → `2024-06`; the first date there is the API version). Undefined when the name carries none or only the API version.
 */
export function vintageLabel(file: string, apiVersion: string): string | undefined {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dates = [...base.matchAll(DATE)].map((m) => m[0]).filter((d) => d !== apiVersion);
  return dates.at(-1);
}

/** Oldest first. Labels compare as text, which orders `YYYY-MM[-DD]` chronologically (`2024-06` < `2024-06-01`). */
export function orderVintages(vintages: Vintage[]): Vintage[] {
  const sorted = [...vintages].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.label === sorted[i - 1]!.label) {
      throw new ImportError(sorted[i]!.file, '', `vintage ${sorted[i]!.label} is also given by ${sorted[i - 1]!.file}; give each vintage once`);
    }
  }
  const first = sorted[0];
  for (const vintage of sorted.slice(1)) {
    const { product, version } = vintage.docs.info;
    if (product !== first!.docs.info.product || version !== first!.docs.info.version) {
      throw new ImportError(vintage.file, '/info', `describes ${product} ${version}, while ${first!.file} describes ${first!.docs.info.product} ${first!.docs.info.version}`);
    }
  }
  return sorted;
}

/** A declaration of one thing in one vintage. */
interface Declared<T> {
  label: string;
  value: T;
}

const own = <T>(record: Record<string, T> | undefined, key: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;

/** Marks a field the newest vintage lacks; it is never required any more (the newest API does not ask for it). */
function deprecatedIn(schema: AliSchema, lastSeen: string, newest: string): AliSchema {
  const { required: _required, ...rest } = schema;
  return { ...rest, deprecated: true, [DEPRECATED_REASON]: `in the ${lastSeen} metadata, absent from ${newest}` };
}

/** Property names in the newest declaration's order, then older-only names in the order their vintages give them. */
function unionKeys<T>(records: (Record<string, T> | undefined)[]): string[] {
  const keys = new Set<string>();
  for (const record of records) for (const key of Object.keys(record ?? {})) keys.add(key);
  return [...keys];
}

/**
 * Merges the declarations of one schema, newest first. The newest one wins for every keyword; `properties` and
 * `items` merge recursively. A `$ref` is taken as it is (components merge by name).
 */
export function mergeSchemas(declared: Declared<AliSchema>[]): AliSchema {
  const [newest] = declared;
  if (newest === undefined) throw new Error('mergeSchemas needs at least one declaration');
  const schema = newest.value;
  if (declared.length === 1 || typeof schema.$ref === 'string') return schema;
  const merged: AliSchema = { ...schema };
  const objects = declared.filter((d) => d.value.properties !== undefined && typeof d.value.$ref !== 'string');
  if (schema.properties !== undefined || (objects.length > 0 && [undefined, 'object'].includes(schema.type))) {
    const entries = unionKeys(objects.map((d) => d.value.properties)).map((name): [string, AliSchema] => {
      const holders = objects.flatMap((d) => {
        const property = own(d.value.properties, name);
        return property === undefined ? [] : [{ label: d.label, value: property }];
      });
      const property = mergeSchemas(holders);
      return [name, holders[0]!.label === newest.label ? property : deprecatedIn(property, holders[0]!.label, newest.label)];
    });
    if (entries.length > 0) merged.properties = Object.fromEntries(entries);
  }
  const arrays = declared.filter((d) => d.value.items !== undefined);
  if (schema.items !== undefined && arrays.length > 1) {
    merged.items = mergeSchemas(arrays.map((d) => ({ label: d.label, value: d.value.items! })));
  }
  return merged;
}

const parameterKey = (parameter: AliParameter): string => `${parameter.in}:${parameter.name}`;
const pathVariables = (path: string): Set<string> => new Set([...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!));

function mergeParameters(declared: Declared<AliApi>[]): AliParameter[] {
  const newest = declared[0]!;
  const inPath = pathVariables(newest.value.path);
  const keys = new Set(declared.flatMap((d) => d.value.parameters.map(parameterKey)));
  const merged: AliParameter[] = [];
  for (const key of keys) {
    const holders = declared.flatMap((d) => {
      const parameter = d.value.parameters.find((p) => parameterKey(p) === key);
      return parameter === undefined ? [] : [{ label: d.label, value: parameter }];
    });
    const latest = holders[0]!;
    // A path parameter of an older path template cannot be sent on the newest path.
    if (latest.value.in === 'path' && !inPath.has(latest.value.name)) continue;
    const schema = mergeSchemas(holders.map((h) => ({ label: h.label, value: h.value.schema ?? {} })));
    merged.push({
      ...latest.value,
      schema: latest.label === newest.label ? schema : deprecatedIn(schema, latest.label, newest.label),
    });
  }
  return merged;
}

/** Whether an operation declares a schema for one of its 2xx responses. */
export const hasResponseSchema = (api: Pick<AliApi, 'responses'>): boolean =>
  Object.entries(api.responses ?? {}).some(([status, response]) => /^2/.test(status) && response.schema !== undefined);

function mergeApi(declared: Declared<AliApi>[], newestOverall: string): AliApi {
  const newest = declared[0]!;
  const withResponses = declared.find((d) => hasResponseSchema(d.value)) ?? newest;
  const api: AliApi = { ...newest.value, parameters: mergeParameters(declared) };
  if (withResponses.value.responses !== undefined) api.responses = withResponses.value.responses;
  if (newest.label !== newestOverall) {
    api.deprecated = true;
    api[DEPRECATED_REASON] = `in the ${newest.label} metadata, absent from ${newestOverall}`;
  }
  return api;
}

/** Collects, newest first, every vintage's own entry `key` of a record the vintage has. */
function declarations<T>(newestFirst: Vintage[], pick: (docs: ApiDocs) => Record<string, T>, key: string): Declared<T>[] {
  return newestFirst.flatMap((v) => {
    const value = own(pick(v.docs), key);
    return value === undefined ? [] : [{ label: v.label, value }];
  });
}

/** Merges vintages (any order in; ordered by label here). One vintage comes back unchanged. */
export function mergeVintages(vintages: Vintage[]): ApiDocs {
  const ordered = orderVintages(vintages);
  if (ordered.length === 1) return ordered[0]!.docs;
  const newestFirst = [...ordered].reverse();
  const newest = newestFirst[0]!;
  const apis = (docs: ApiDocs): Record<string, AliApi> => docs.apis;
  const schemas = (docs: ApiDocs): Record<string, AliSchema> => docs.components.schemas;
  const endpoints = new Map<string, string>();
  for (const { docs } of ordered) for (const { regionId, endpoint } of docs.endpoints) endpoints.set(regionId, endpoint);
  return {
    info: newest.docs.info,
    components: {
      schemas: Object.fromEntries(
        unionKeys(newestFirst.map((v) => v.docs.components.schemas)).map((name) => [name, mergeSchemas(declarations(newestFirst, schemas, name))]),
      ),
    },
    apis: Object.fromEntries(
      unionKeys(newestFirst.map((v) => v.docs.apis)).map((name) => [name, mergeApi(declarations(newestFirst, apis, name), newest.label)]),
    ),
    endpoints: [...endpoints].map(([regionId, endpoint]) => ({ regionId, endpoint })),
  };
}
