import type { JsonValue, NamedType, Operation, Pagination, Service, Shape } from '../ir/types.ts';
import { getAtPointer, isRecord, parsePointer, toPointer } from '../load/pointer.ts';

/** Objects nested deeper than this are left empty: a sample shows the shape, not every recursion of it. */
const MAX_DEPTH = 8;

/**
 * A success response of an operation for the mock to answer with: the spec's first example when it is an object,
 * otherwise one value built from the response shape — every declared field, one item per array, the first of each
 * value list, the field's own example where the spec gives one. A paged list answers as its own last page, so that
 * a paginator run against the mock ends instead of being handed the same page again.
 */
export function responseSample(op: Operation, service: Service): JsonValue {
  // Both the mock and the docs show it: built once per operation of a generation (the IR is never changed).
  let sample = samples.get(op);
  if (sample === undefined) samples.set(op, (sample = buildResponseSample(op, service)));
  return sample;
}

const samples = new WeakMap<Operation, JsonValue>();

function buildResponseSample(op: Operation, service: Service): JsonValue {
  const written = op.success.examples[0];
  if (written !== undefined && typeof written === 'object' && written !== null && !Array.isArray(written)) return asLastPage(written, op.pagination);
  if (!op.success.shape) return written ?? {};
  const types = new Map(service.types.map((t) => [t.name, t]));
  return asLastPage(sampleOf(op.success.shape, types, new Set(), 0, written) ?? {}, op.pagination);
}

/**
 * A paged list's sample made its own last page: without the next-page token (token style), or with the total count
 * equal to the items it holds (page-number style). Returns a copy; other samples come back as they are.
 */
function asLastPage(sample: JsonValue, pagination: Pagination | undefined): JsonValue {
  if (pagination === undefined) return sample;
  const copy = structuredClone(sample);
  if (pagination.style === 'token') {
    setAt(copy, pagination.nextTokenPath, undefined);
  } else if (pagination.totalCountPath !== undefined) {
    const items = getAtPointer(copy, pagination.itemsPath);
    setAt(copy, pagination.totalCountPath, Array.isArray(items) ? items.length : 0);
  }
  return copy;
}

/** Sets (or, given undefined, deletes) the value at a pointer whose parent object exists; a no-op otherwise. */
function setAt(root: JsonValue, pointer: string, value: JsonValue | undefined): void {
  const tokens = parsePointer(pointer);
  const key = tokens.pop();
  const parent = getAtPointer(root, toPointer(tokens));
  if (key === undefined || !isRecord(parent)) return;
  if (value === undefined) delete parent[key];
  else parent[key] = value;
}

function sampleOf(shape: Shape, types: ReadonlyMap<string, NamedType>, visiting: ReadonlySet<string>, depth: number, example: JsonValue | undefined): JsonValue | undefined {
  if (example !== undefined && fitsShape(shape, example)) return example;
  switch (shape.kind) {
    case 'string':
      return shape.const ?? shape.enum?.values[0] ?? stringFor(shape.format);
    case 'integer':
    case 'number':
      return shape.const ?? shape.enum?.[0] ?? shape.minimum ?? 0;
    case 'boolean':
      return shape.const ?? false;
    case 'null':
      return null;
    case 'unknown':
    case 'map':
      return {};
    case 'array': {
      const item = depth < MAX_DEPTH ? sampleOf(shape.items, types, visiting, depth + 1, undefined) : undefined;
      return item === undefined ? [] : [item];
    }
    case 'union':
      return shape.variants[0] ? sampleOf(shape.variants[0], types, visiting, depth, undefined) : null;
    case 'ref':
      return namedSample(shape.name, types, visiting, depth);
  }
}

function namedSample(name: string, types: ReadonlyMap<string, NamedType>, visiting: ReadonlySet<string>, depth: number): JsonValue | undefined {
  const type = types.get(name);
  if (!type || visiting.has(name)) return undefined;
  if (type.kind === 'enum') return type.values[0] ?? '';
  const inner = new Set(visiting).add(name);
  if (type.kind === 'alias') return sampleOf(type.shape, types, inner, depth, type.doc.examples[0]);
  const sample: { [key: string]: JsonValue } = {};
  if (depth >= MAX_DEPTH) return sample;
  for (const field of type.fields) {
    const value = sampleOf(field.shape, types, inner, depth + 1, field.doc.examples[0]);
    if (value !== undefined) sample[field.wireName] = value;
  }
  return sample;
}

/** A spec example is used only where it has the field's JSON type (imported examples are sometimes text). */
export function fitsShape(shape: Shape, example: JsonValue): boolean {
  switch (shape.kind) {
    case 'string':
      return typeof example === 'string';
    case 'integer':
      return Number.isSafeInteger(example);
    case 'number':
      return typeof example === 'number';
    case 'boolean':
      return typeof example === 'boolean';
    default:
      return false;
  }
}

/** A value for each string format the validators check, for samples where the spec gives no example. */
export const FORMAT_SAMPLES: Readonly<Record<string, string>> = {
  'date-time': '2026-01-02T03:04:05Z',
  date: '2026-01-02',
  email: 'ops@example.com',
  uri: 'https://example.com/',
  uuid: '6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  ipv4: '192.0.2.10',
  ipv6: '2001:db8::10',
  byte: 'ZXhhbXBsZQ==',
};

/** The sample value of a checked string format; undefined for other formats and none. */
export function formatSample(format: string | undefined): string | undefined {
  return format !== undefined && Object.hasOwn(FORMAT_SAMPLES, format) ? FORMAT_SAMPLES[format] : undefined;
}

function stringFor(format: string | undefined): string {
  return formatSample(format) ?? 'string';
}
