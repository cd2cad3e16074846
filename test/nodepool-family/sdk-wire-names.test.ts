/**
 * Our request wire names against the official SDK (@alicloud/cs20151215): at each nesting level of the query
 * parameters and JSON body, the set of wire names must match the SDK's `names()` maps, except for the differences
 * listed below with their reasons. A new difference on either side fails the test, and so does a listed
 * difference that no longer exists.
 */
import * as sdk from '@alicloud/cs20151215';
import { describe, expect, it } from 'vitest';
import { FAMILY, deref, isObject, parameterNames, requestBodySchema, type FamilyOperation, type JsonObject } from './family.ts';

/** A model class of the SDK: `names()` maps camelCase properties to wire names, `types()` gives their types. */
interface SdkModel {
  names(): Record<string, string>;
  types(): Record<string, unknown>;
}

function isSdkModel(value: unknown): value is SdkModel {
  return typeof value === 'function' && 'names' in value && 'types' in value;
}

/** The model class behind a `types()` entry: a class, or the item class of an array of objects. */
function nestedModel(type: unknown): SdkModel | undefined {
  if (isSdkModel(type)) return type;
  if (typeof type === 'object' && type !== null && (type as { type?: unknown }).type === 'array') {
    return nestedModel((type as { itemType?: unknown }).itemType);
  }
  return undefined;
}

/** Wire names at every object level under a model, keyed by a slash path such as `/scaling_group/data_disks[]`. */
function sdkLevels(model: SdkModel | undefined, at = ''): Map<string, Set<string>> {
  const levels = new Map<string, Set<string>>();
  if (!model) return levels.set(at, new Set());
  const names = model.names();
  const types = model.types();
  levels.set(at, new Set(Object.values(names)));
  for (const [property, wireName] of Object.entries(names)) {
    const type = types[property];
    const child = nestedModel(type);
    if (!child) continue;
    const isArray = typeof type === 'object' && type !== null && (type as { type?: unknown }).type === 'array';
    for (const [path, set] of sdkLevels(child, `${at}/${wireName}${isArray ? '[]' : ''}`)) levels.set(path, set);
  }
  return levels;
}

/** The object schema behind a property (through `$ref` and array items); undefined for scalars and maps. */
function objectBehind(schema: JsonObject): { schema: JsonObject; suffix: string } | undefined {
  const resolved = deref(schema);
  if (resolved.type === 'array' && isObject(resolved.items)) {
    const inner = objectBehind(resolved.items);
    return inner && { schema: inner.schema, suffix: `[]${inner.suffix}` };
  }
  return isObject(resolved.properties) ? { schema: resolved, suffix: '' } : undefined;
}

function specObjectLevels(schema: JsonObject, at: string, levels: Map<string, Set<string>>): void {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const names = levels.get(at) ?? new Set<string>();
  levels.set(at, names);
  for (const [wireName, child] of Object.entries(properties)) {
    names.add(wireName);
    if (!isObject(child)) continue;
    const inner = objectBehind(child);
    if (inner) specObjectLevels(inner.schema, `${at}/${wireName}${inner.suffix}`, levels);
  }
}

/**
 * The same levels for our spec. The SDK's request class puts query parameters and body fields side by side at
 * its top level (path parameters are method arguments), so our top level is query parameters plus body fields.
 */
function specLevels(op: FamilyOperation): Map<string, Set<string>> {
  const levels = new Map<string, Set<string>>([['', new Set(parameterNames(op, 'query'))]]);
  const body = requestBodySchema(op);
  if (body) specObjectLevels(body, '', levels);
  return levels;
}

interface KnownDifference {
  /** Level (slash path, `[]` for array items) and wire name, e.g. `/scaling_group/disk_init`. */
  field: string;
  side: 'sdk-only' | 'spec-only';
  reason: string;
}

const NEWER_SDK = 'in SDK 7.2.0 but not in the 2025-12 metadata the spec follows; not documented in any metadata we have';

/** Every intended difference, by operation. */
const KNOWN_DIFFERENCES: Record<string, KnownDifference[]> = {
  DescribeClusterNodePools: [],
  DescribeClusterNodePoolDetail: [],
  ScaleClusterNodePool: [],
  DeleteClusterNodepool: [],
  ModifyClusterNodePool: [
    { field: '/eflo_node_group', side: 'sdk-only', reason: `${NEWER_SDK} (Lingjun/EFLO node groups)` },
    { field: '/management/auto_fault_diagnosis', side: 'sdk-only', reason: NEWER_SDK },
    { field: '/management/drift_enabled', side: 'sdk-only', reason: NEWER_SDK },
    { field: '/management/auto_repair_policy/auto_repair_policy_id', side: 'sdk-only', reason: NEWER_SDK },
    { field: '/management/auto_repair_policy/max_parallel_repairing_nodes', side: 'sdk-only', reason: NEWER_SDK },
    { field: '/management/auto_repair_policy/max_unhealthy_nodes_threshold', side: 'sdk-only', reason: NEWER_SDK },
    { field: '/scaling_group/disk_init', side: 'sdk-only', reason: NEWER_SDK },
    { field: '/scaling_group/enable_high_density_mode', side: 'sdk-only', reason: NEWER_SDK },
  ],
};

/** Differences between two level maps, as `level/name` strings, for levels on either side. */
function differences(spec: Map<string, Set<string>>, official: Map<string, Set<string>>): { sdkOnly: string[]; specOnly: string[] } {
  const sdkOnly: string[] = [];
  const specOnly: string[] = [];
  for (const level of new Set([...spec.keys(), ...official.keys()])) {
    const ours = spec.get(level);
    const theirs = official.get(level);
    // A level missing on one side is already reported as the difference of its parent field.
    if (!ours || !theirs) continue;
    for (const name of theirs) if (!ours.has(name)) sdkOnly.push(`${level}/${name}`);
    for (const name of ours) if (!theirs.has(name)) specOnly.push(`${level}/${name}`);
  }
  return { sdkOnly: sdkOnly.sort(), specOnly: specOnly.sort() };
}

function sdkRequestModel(op: FamilyOperation): SdkModel | undefined {
  const model = (sdk as unknown as Record<string, unknown>)[`${op.action}Request`];
  return isSdkModel(model) ? model : undefined;
}

describe.each(FAMILY)('$action request wire names', (op) => {
  const spec = specLevels(op);
  const official = sdkLevels(sdkRequestModel(op));
  const known = KNOWN_DIFFERENCES[op.action] ?? [];

  it('match the official SDK at every level, apart from the listed differences', () => {
    const found = differences(spec, official);
    expect(found.sdkOnly).toEqual(known.filter((d) => d.side === 'sdk-only').map((d) => d.field).sort());
    expect(found.specOnly).toEqual(known.filter((d) => d.side === 'spec-only').map((d) => d.field).sort());
  });

  it('compares the same nested levels on both sides (apart from fields only one side has)', () => {
    const onlyOneSide = new Set(known.map((d) => d.field));
    const levelsOf = (levels: Map<string, Set<string>>) =>
      [...levels.keys()].filter((level) => ![...onlyOneSide].some((field) => level.startsWith(field))).sort();
    expect(levelsOf(spec)).toEqual(levelsOf(official));
  });

  it('gives every listed difference a reason', () => {
    for (const difference of known) expect(difference.reason.length).toBeGreaterThan(20);
  });
});

describe('the comparison itself', () => {
  it('walks nested SDK models and arrays of models', () => {
    const levels = sdkLevels(sdkRequestModel(FAMILY[2] as FamilyOperation));
    expect(levels.get('/scaling_group/data_disks[]')).toContain('kms_key_id');
    expect(levels.get('/kubernetes_config/taints[]')).toEqual(new Set(['effect', 'key', 'value']));
  });

  it('has no request model for DescribeClusterNodePoolDetail, which takes path parameters only', () => {
    expect(sdkRequestModel(FAMILY[1] as FamilyOperation)).toBeUndefined();
    expect(specLevels(FAMILY[1] as FamilyOperation)).toEqual(new Map([['', new Set()]]));
  });
});
