/**
 * Structure of the node-pool family against Alibaba's api-docs metadata (metadata/cs-2015-12-15): every request
 * field of the 2025-12 vintage and every response field of the 2024-06 vintage (the only one with responses)
 * exists in the spec at the same place, with the same type, format and deprecation, and nothing else does —
 * apart from the differences listed with their reasons.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FAMILY,
  deref,
  isObject,
  operationObject,
  repoRoot,
  requestBodySchema,
  responseSchema,
  type FamilyOperation,
  type JsonObject,
} from './family.ts';

const metaDir = path.join(repoRoot, 'metadata', 'cs-2015-12-15');
const newerFile = path.join(metaDir, 'cs-2015-12-15.api-docs.2025-12.json');
const olderFile = path.join(metaDir, 'cs-2015-12-15.api-docs.2024-06.json');

/** What is compared at each field: `type[/format][ deprecated]`. */
type Fields = Map<string, string>;

function describeField(schema: JsonObject): string {
  const type = typeof schema.type === 'string' ? schema.type : 'any';
  const format = typeof schema.format === 'string' && schema.format !== 'password' && schema.format !== 'byte' ? `/${schema.format}` : '';
  return `${type}${format}${schema.deprecated === true ? ' deprecated' : ''}`;
}

/** Fields of one of our schemas, by pointer (`[]` for array items). */
function specFields(schema: unknown, at: string, into: Fields): Fields {
  const resolved = deref(schema);
  into.set(at, describeField(resolved));
  if (resolved.type === 'array') specFields(resolved.items, `${at}[]`, into);
  if (isObject(resolved.properties)) {
    for (const [name, child] of Object.entries(resolved.properties)) specFields(child, `${at}/${name}`, into);
  }
  return into;
}

/** Fields of a metadata schema, following its `#/components/schemas/…` references. */
function metaFields(doc: JsonObject, schema: unknown, at: string, into: Fields): Fields {
  let node = schema;
  if (isObject(node) && typeof node.$ref === 'string') {
    const target = node.$ref.split('/').pop() ?? '';
    const components = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
    const component = components[target];
    node = isObject(component) ? { ...component, ...(node.deprecated === true ? { deprecated: true } : {}) } : undefined;
  }
  if (!isObject(node)) return into;
  into.set(at, describeField(node));
  if (node.type === 'array') metaFields(doc, node.items, `${at}[]`, into);
  if (isObject(node.properties)) {
    for (const [name, child] of Object.entries(node.properties)) metaFields(doc, child, `${at}/${name}`, into);
  }
  return into;
}

function loadMeta(file: string): JsonObject {
  return JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
}

function metaOperation(doc: JsonObject, action: string): JsonObject {
  const apis = doc.apis;
  if (!isObject(apis) || !isObject(apis[action])) throw new Error(`${action} is not in the metadata`);
  return apis[action];
}

function metaRequest(doc: JsonObject, action: string): Fields {
  const fields: Fields = new Map();
  const parameters = metaOperation(doc, action).parameters;
  for (const parameter of Array.isArray(parameters) ? parameters : []) {
    if (!isObject(parameter)) continue;
    const at = parameter.in === 'body' ? '/body' : `/${String(parameter.name)}`;
    metaFields(doc, parameter.schema, at, fields);
  }
  return fields;
}

function specRequest(op: FamilyOperation): Fields {
  const fields: Fields = new Map();
  const parameters = operationObject(op).parameters;
  for (const parameter of (Array.isArray(parameters) ? parameters : []).map(deref)) {
    specFields(parameter.schema, `/${String(parameter.name)}`, fields);
  }
  const body = requestBodySchema(op);
  if (body) specFields(body, '/body', fields);
  return fields;
}

function metaResponse(doc: JsonObject, action: string): Fields {
  const responses = metaOperation(doc, action).responses;
  const ok = isObject(responses) ? responses['200'] : undefined;
  return metaFields(doc, isObject(ok) ? ok.schema : undefined, '', new Map());
}

/** `pointer: ours ≠ theirs` for every field that differs or exists on one side only. */
function mismatches(ours: Fields, theirs: Fields): string[] {
  const out: string[] = [];
  for (const key of new Set([...ours.keys(), ...theirs.keys()])) {
    const a = ours.get(key) ?? 'absent';
    const b = theirs.get(key) ?? 'absent';
    if (a !== b) out.push(`${key}: spec ${a}, metadata ${b}`);
  }
  return out.sort();
}

/** Intended differences, with the reason for each. */
const REQUEST_DIFFERENCES: Record<string, Record<string, string>> = {};
/** A field the metadata lacks, or one the spec marks deprecated (curation, or absent from a newer component). */
function onlyAddedOrDeprecated(mismatch: string): boolean {
  const [, spec, metadata] = /: spec (.*), metadata (.*)$/.exec(mismatch) ?? [];
  return metadata === 'absent' || (spec !== undefined && spec === `${metadata} deprecated`);
}

describe('node-pool family against the api-docs metadata', () => {
  const newer = loadMeta(newerFile);
  const older = loadMeta(olderFile);

  describe.each(FAMILY)('$action', (op) => {
    it('has the request structure of the 2025-12 metadata', () => {
      const expected = Object.keys(REQUEST_DIFFERENCES[op.action] ?? {}).sort();
      expect(mismatches(specRequest(op), metaRequest(newer, op.action))).toEqual(expected);
    });

    // Responses come from the 2024-06 metadata (the newest with response schemas), but the shared components they
    // reference (kubelet_config, instance_patterns, …) from the newest vintage that declares them: so the spec may
    // have fields the 2024-06 response lacks, and mark deprecated fields that only it has (as curation may mark
    // others). Every field it has must be there with its type.
    it('has every field of the 2024-06 metadata 200 response, with its type', () => {
      const found = mismatches(specFields(responseSchema(op), '', new Map()), metaResponse(older, op.action));
      expect(found.filter((m) => !onlyAddedOrDeprecated(m))).toEqual([]);
    });

    it('keeps the HTTP method and path of the metadata', () => {
      const meta = metaOperation(newer, op.action);
      expect(meta.path).toBe(op.path);
      expect(meta.methods).toEqual([op.method.toLowerCase()]);
    });
  });
});
