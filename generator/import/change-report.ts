/**
 * What an import changes in a product folder: a pure comparison of two sets of spec documents (file name → parsed
 * OpenAPI document), before and after, operation by operation and field by field.
 *
 * Fields are named by a JSON Pointer-like path from the request or response root: `/query/PageSize`,
 * `/path/ClusterId`, `/body/scaling_group/vswitch_ids/[]`, `/response/nodepools/[]/status`. An entry is breaking
 * when a request that the old spec accepted would now be rejected (operation or request field removed where the
 * new spec is closed, value list narrowed, field newly required, type changed) or when a response field disappears
 * or changes type.
 */
import { isJsonObject, type JsonObject, type JsonValue } from './json.ts';

export type ChangeKind =
  | 'operation added'
  | 'operation removed'
  | 'field added'
  | 'field removed'
  | 'values widened'
  | 'values narrowed'
  | 'became required'
  | 'type changed';

export interface ChangeEntry {
  operation: string;
  kind: ChangeKind;
  /** Field path (absent for whole operations). */
  path?: string;
  /** Extra facts: the values added or removed, the old and new type. */
  detail?: string;
  breaking: boolean;
}

interface Field {
  type: string;
  /** Closed value list, as JSON texts. */
  values?: string[];
  required: boolean;
  /** For objects: no other properties are accepted. */
  closed: boolean;
}

interface Operation {
  request: Map<string, Field>;
  response: Map<string, Field>;
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const PARAMETER_ROOTS = ['path', 'query', 'header', 'cookie'];

/** Every component section of every document, merged (later files win, as names are unique in a valid folder). */
function componentIndex(documents: Map<string, JsonObject>): JsonObject {
  const components: { [section: string]: JsonObject } = {};
  for (const document of documents.values()) {
    if (!isJsonObject(document.components)) continue;
    for (const [section, entries] of Object.entries(document.components)) {
      if (isJsonObject(entries)) components[section] = Object.fromEntries([...Object.entries(components[section] ?? {}), ...Object.entries(entries)]);
    }
  }
  return components;
}

function resolve(value: JsonValue | undefined, components: JsonObject, seen: Set<string>): { value: JsonValue | undefined; seen: Set<string> } {
  let current = value;
  let chain = seen;
  while (isJsonObject(current) && typeof current.$ref === 'string') {
    const ref = current.$ref;
    const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
    if (match === null || chain.has(ref)) return { value: undefined, seen: chain };
    chain = new Set([...chain, ref]);
    const section = components[match[1]!];
    const name = match[2]!.replaceAll('~1', '/').replaceAll('~0', '~');
    current = isJsonObject(section) && Object.hasOwn(section, name) ? section[name] : undefined;
  }
  return { value: current, seen: chain };
}

function typeOf(schema: JsonObject): string {
  const type = Array.isArray(schema.type) ? schema.type.join('|') : typeof schema.type === 'string' ? schema.type : schema.properties !== undefined ? 'object' : 'any';
  return typeof schema.format === 'string' && schema.format !== 'password' ? `${type}/${schema.format}` : type;
}

/** Records a schema and everything under it. `allOf` members contribute their properties and required names. */
function walk(schema: JsonValue | undefined, at: string, required: boolean, components: JsonObject, seen: Set<string>, into: Map<string, Field>): void {
  const resolved = resolve(schema, components, seen);
  if (!isJsonObject(resolved.value)) return;
  const parts = [resolved.value, ...(Array.isArray(resolved.value.allOf) ? resolved.value.allOf : [])].flatMap((part) => {
    const r = resolve(part, components, resolved.seen);
    return isJsonObject(r.value) ? [{ schema: r.value, seen: r.seen }] : [];
  });
  const own = parts[0]!.schema;
  const values = Array.isArray(own.enum) ? own.enum.map((v) => JSON.stringify(v)) : undefined;
  into.set(at, { type: typeOf(own), ...(values !== undefined ? { values } : {}), required, closed: own.additionalProperties === false || own.unevaluatedProperties === false });
  const requiredNames = new Set(parts.flatMap(({ schema: s }) => (Array.isArray(s.required) ? s.required.filter((n): n is string => typeof n === 'string') : [])));
  for (const { schema: part, seen: partSeen } of parts) {
    if (isJsonObject(part.properties)) {
      for (const [name, property] of Object.entries(part.properties)) {
        walk(property, `${at}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`, requiredNames.has(name), components, partSeen, into);
      }
    }
    if (part.items !== undefined) walk(part.items, `${at}/[]`, false, components, partSeen, into);
  }
}

function firstJsonSchema(content: JsonValue | undefined): JsonValue | undefined {
  if (!isJsonObject(content)) return undefined;
  const media = Object.values(content)[0];
  return isJsonObject(media) ? media.schema : undefined;
}

function describeOperation(operation: JsonObject, components: JsonObject): Operation {
  const request = new Map<string, Field>();
  const response = new Map<string, Field>();
  for (const root of PARAMETER_ROOTS) request.set(`/${root}`, { type: 'parameters', required: false, closed: true });
  for (const entry of Array.isArray(operation.parameters) ? operation.parameters : []) {
    const parameter = resolve(entry, components, new Set()).value;
    if (!isJsonObject(parameter) || typeof parameter.name !== 'string' || typeof parameter.in !== 'string') continue;
    walk(parameter.schema, `/${parameter.in}/${parameter.name}`, parameter.required === true, components, new Set(), request);
  }
  const body = resolve(operation.requestBody, components, new Set()).value;
  if (isJsonObject(body)) walk(firstJsonSchema(body.content), '/body', body.required === true, components, new Set(), request);
  const responses = isJsonObject(operation.responses) ? operation.responses : {};
  const success = Object.keys(responses).filter((status) => /^2/.test(status)).sort()[0];
  if (success !== undefined) {
    const chosen = resolve(responses[success], components, new Set()).value;
    if (isJsonObject(chosen)) walk(firstJsonSchema(chosen.content), '/response', false, components, new Set(), response);
  }
  return { request, response };
}

/** Operations of a folder by operationId. */
export function describeOperations(documents: Map<string, JsonObject>): Map<string, Operation> {
  const components = componentIndex(documents);
  const operations = new Map<string, Operation>();
  for (const document of documents.values()) {
    if (!isJsonObject(document.paths)) continue;
    for (const pathItem of Object.values(document.paths)) {
      if (!isJsonObject(pathItem)) continue;
      for (const [method, operation] of Object.entries(pathItem)) {
        if (HTTP_METHODS.has(method) && isJsonObject(operation) && typeof operation.operationId === 'string') {
          operations.set(operation.operationId, describeOperation(operation, components));
        }
      }
    }
  }
  return operations;
}

const parentOf = (at: string): string => at.slice(0, at.lastIndexOf('/'));

function compareFields(operation: string, side: 'request' | 'response', before: Map<string, Field>, after: Map<string, Field>): ChangeEntry[] {
  const entries: ChangeEntry[] = [];
  const isRequest = side === 'request';
  const add = (kind: ChangeKind, path: string, breaking: boolean, detail?: string): void => {
    entries.push({ operation, kind, path, ...(detail !== undefined ? { detail } : {}), breaking });
  };
  // A field under a removed or added field is part of that change, not one of its own.
  const underChange = (at: string, other: Map<string, Field>): boolean => parentOf(at) !== '' && !other.has(parentOf(at));
  for (const [at, field] of before) {
    if (field.type === 'parameters') continue;
    const now = after.get(at);
    if (now === undefined) {
      if (underChange(at, after)) continue;
      // Removing a request field breaks requests that send it only where the new parent refuses unknown members.
      add('field removed', at, isRequest ? (after.get(parentOf(at))?.closed ?? true) : true);
      continue;
    }
    if (now.type !== field.type) add('type changed', at, true, `${field.type} → ${now.type}`);
    const removedValues = field.values === undefined ? [] : now.values === undefined ? [] : field.values.filter((v) => !now.values!.includes(v));
    const addedValues = now.values === undefined ? [] : field.values === undefined ? [] : now.values.filter((v) => !field.values!.includes(v));
    if (field.values === undefined && now.values !== undefined) add('values narrowed', at, isRequest, `now only ${now.values.join(', ')}`);
    else if (field.values !== undefined && now.values === undefined) add('values widened', at, false, 'any value now');
    if (removedValues.length > 0) add('values narrowed', at, isRequest, `without ${removedValues.join(', ')}`);
    if (addedValues.length > 0) add('values widened', at, false, `with ${addedValues.join(', ')}`);
    if (isRequest && now.required && !field.required) add('became required', at, true);
  }
  for (const [at, field] of after) {
    if (field.type === 'parameters' || before.has(at) || underChange(at, before)) continue;
    add('field added', at, isRequest && field.required, isRequest && field.required ? 'required' : undefined);
  }
  return entries;
}

/** Every change from `before` to `after`, sorted by operation, then path. */
export function changeReport(before: Map<string, JsonObject>, after: Map<string, JsonObject>): ChangeEntry[] {
  const old = describeOperations(before);
  const now = describeOperations(after);
  const entries: ChangeEntry[] = [];
  for (const name of old.keys()) if (!now.has(name)) entries.push({ operation: name, kind: 'operation removed', breaking: true });
  for (const name of now.keys()) if (!old.has(name)) entries.push({ operation: name, kind: 'operation added', breaking: false });
  for (const [name, operation] of now) {
    const previous = old.get(name);
    if (previous === undefined) continue;
    entries.push(...compareFields(name, 'request', previous.request, operation.request));
    entries.push(...compareFields(name, 'response', previous.response, operation.response));
  }
  const key = (e: ChangeEntry): string => `${e.operation}\u0000${e.path ?? ''}\u0000${e.kind}`;
  return entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function formatChange(entry: ChangeEntry): string {
  const where = entry.path !== undefined ? ` ${entry.path}` : '';
  const detail = entry.detail !== undefined ? ` (${entry.detail})` : '';
  return `${entry.breaking ? '**breaking** ' : ''}${entry.operation}: ${entry.kind}${where}${detail}`;
}

/** The lines the CLI prints: a count, then one line per change. */
export function formatChangeReport(entries: ChangeEntry[]): string[] {
  if (entries.length === 0) return ['no changes against the spec already there'];
  const breaking = entries.filter((e) => e.breaking).length;
  return [`${entries.length} changes against the spec already there (${breaking} breaking):`, ...entries.map((e) => `  ${formatChange(e)}`)];
}
