/**
 * The hand-written spec for CreateClusterNodePool against its seed (Alibaba's reference page): every
 * table row exists at its place with its type, nothing else exists, the sample requests are the spec's
 * request examples, and the schema accepts them while rejecting requests that break the documented rules.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadSpecFolder } from '../generator/load/index.ts';
import {
  hoistSample,
  isRecord,
  parseSampleRequests,
  parseSeedTable,
  placeRows,
  SEED_PAGE,
  type PlacedRow,
} from './support/seed.ts';

type JsonObject = Record<string, unknown>;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const specDir = path.join(repoRoot, 'spec', 'cs-2015-12-15');
const seedFile = SEED_PAGE;
const metaDir = path.join(repoRoot, 'metadata', 'cs-2015-12-15');

const OPERATION_PATH = '/clusters/{ClusterId}/nodepools';
const PATH_PARAMETERS = ['ClusterId'];

// ajv's CommonJS default exports, seen through NodeNext typings.
const Ajv2020 = Ajv2020Module.default ?? Ajv2020Module;
const addFormats = addFormatsModule.default ?? addFormatsModule;

// ---------------------------------------------------------------------------------------------------
// The spec folder: merge the partial documents and follow local refs (stand-in for generator/load/).

function asObject(value: unknown, where: string): JsonObject {
  if (!isRecord(value)) throw new Error(`${where} is not an object`);
  return value;
}

function resolvePointer(doc: JsonObject, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local refs are expected, got ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, segment) => (isRecord(node) ? node[segment] : undefined), doc);
}

/** Follows `$ref` chains until a schema without one. */
function deref(doc: JsonObject, value: unknown): JsonObject {
  let node = value;
  for (let hops = 0; isRecord(node) && typeof node.$ref === 'string'; hops += 1) {
    if (hops > 20) throw new Error('$ref cycle');
    node = resolvePointer(doc, node.$ref);
  }
  return asObject(node, 'resolved schema');
}

// The spec as the generator reads it: every file of the folder merged, the overlays (curation) applied.
const spec = (await loadSpecFolder(specDir)).document as JsonObject;
const operation = asObject(asObject(asObject(spec.paths, 'paths')[OPERATION_PATH], OPERATION_PATH).post, 'post');

function parameterObject(name: string): JsonObject {
  const parameters = operation.parameters;
  if (!Array.isArray(parameters)) throw new Error('operation has no parameters');
  const parameter = parameters.map((p) => deref(spec, p)).find((p) => p.name === name);
  if (parameter === undefined) throw new Error(`no parameter ${name}`);
  return parameter;
}

function parameterSchema(name: string): JsonObject {
  return deref(spec, parameterObject(name).schema);
}

function bodySchema(): JsonObject {
  const requestBody = deref(spec, operation.requestBody);
  const media = asObject(asObject(requestBody.content, 'content')['application/json'], 'application/json');
  return deref(spec, media.schema);
}

/** The schema at a request pointer such as `/body/scaling_group/data_disks/items/category`. */
function schemaAt(pointer: string): JsonObject | undefined {
  const [first, ...rest] = pointer.split('/').slice(1);
  let schema = first === 'body' ? bodySchema() : parameterSchema(first ?? '');
  for (const segment of rest) {
    const next: unknown =
      segment === 'items' && schema.type === 'array'
        ? schema.items
        : isRecord(schema.properties)
          ? schema.properties[segment]
          : undefined;
    if (next === undefined) return undefined;
    schema = deref(spec, next);
  }
  return schema;
}

/** Every request pointer the spec defines (path parameters, the body and everything inside it). */
function specPointers(): string[] {
  const pointers = [...PATH_PARAMETERS.map((name) => `/${name}`), '/body'];
  const walk = (schema: JsonObject, pointer: string): void => {
    if (schema.type === 'array') walk(deref(spec, schema.items), `${pointer}/items`);
    if (!isRecord(schema.properties)) return;
    for (const [name, child] of Object.entries(schema.properties)) {
      pointers.push(`${pointer}/${name}`);
      walk(deref(spec, child), `${pointer}/${name}`);
    }
  };
  walk(bodySchema(), '/body');
  return pointers;
}

/** The request pointers of CreateClusterNodePool in both metadata vintages, in the form specPointers uses. */
function metadataPointers(): string[] {
  const pointers: string[] = [];
  for (const file of ['cs-2015-12-15.api-docs.2024-06.json', 'cs-2015-12-15.api-docs.2025-12.json']) {
    const meta = asObject(JSON.parse(readFileSync(path.join(metaDir, file), 'utf8')), file);
    const components = asObject(asObject(meta.components ?? {}, 'components').schemas ?? {}, 'schemas');
    const resolve = (schema: JsonObject): JsonObject => {
      const ref = typeof schema.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
      return ref === undefined ? schema : asObject(components[ref], ref);
    };
    const walk = (schema: JsonObject, pointer: string, depth: number): void => {
      const resolved = resolve(schema);
      if (depth > 12) return;
      if (isRecord(resolved.items)) walk(resolved.items, `${pointer}/items`, depth + 1);
      for (const [name, child] of Object.entries(isRecord(resolved.properties) ? resolved.properties : {})) {
        pointers.push(`${pointer}/${name}`);
        walk(asObject(child, name), `${pointer}/${name}`, depth + 1);
      }
    };
    const api = asObject(asObject(meta.apis, 'apis').CreateClusterNodePool, 'CreateClusterNodePool');
    for (const parameter of Array.isArray(api.parameters) ? api.parameters : []) {
      const { name, schema } = asObject(parameter, 'parameter');
      if (name === 'body' && isRecord(schema)) walk(schema, '/body', 0);
      else pointers.push(`/${String(name)}`);
    }
  }
  return pointers;
}

// ---------------------------------------------------------------------------------------------------
// Validation of requests in the client's shape ({ ClusterId, body }) with ajv, JSON Schema 2020-12.

function lessOrEqualHolds(rules: unknown, data: unknown): boolean {
  if (!Array.isArray(rules) || !isRecord(data)) return true;
  return rules.every((rule) => {
    if (!isRecord(rule) || !Array.isArray(rule.lessOrEqual)) return true;
    const [left, right] = rule.lessOrEqual.map((field) => (typeof field === 'string' ? data[field] : undefined));
    return typeof left !== 'number' || typeof right !== 'number' || left <= right;
  });
}

function compileRequestValidator() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addKeyword('x-extensible-enum');
  ajv.addKeyword('x-sensitive');
  ajv.addKeyword({ keyword: 'x-rules', type: 'object', schemaType: 'array', validate: lessOrEqualHolds });
  const properties: JsonObject = Object.fromEntries(PATH_PARAMETERS.map((name) => [name, parameterSchema(name)]));
  const requestBody = deref(spec, operation.requestBody);
  properties.body = asObject(asObject(requestBody.content, 'content')['application/json'], 'media').schema;
  return ajv.compile({
    type: 'object',
    properties,
    required: PATH_PARAMETERS,
    additionalProperties: false,
    components: spec.components,
  });
}

const validateRequest = compileRequestValidator();

function requestExamples(): { title: string; value: JsonObject }[] {
  const examples = operation['x-acs-request-examples'];
  if (!Array.isArray(examples)) throw new Error('x-acs-request-examples missing');
  return examples.map((example) => {
    const entry = asObject(example, 'request example');
    return { title: String(entry.title), value: asObject(entry.value, 'request example value') };
  });
}

/** A deep copy of the first (PrePaid) request example, changed by `edit`. */
function prePaidRequestWith(edit: (scalingGroup: JsonObject, body: JsonObject) => void): JsonObject {
  const copy = structuredClone(requestExamples()[0]?.value) as JsonObject;
  const body = asObject(copy.body, 'body');
  edit(asObject(body.scaling_group, 'scaling_group'), body);
  return copy;
}

function errorsOf(request: unknown): string[] {
  return validateRequest(request)
    ? []
    : (validateRequest.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

// ---------------------------------------------------------------------------------------------------

describe('spec/cs-2015-12-15 as a document', () => {
  it('is a valid OpenAPI 3.1 document once merged', async () => {
    const result = await new Validator().validate(structuredClone(spec));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('carries the product-level extensions and the ACS3 signature scheme', () => {
    expect(spec.openapi).toBe('3.1.0');
    expect(spec['x-acs-product']).toBe('CS');
    expect(spec['x-acs-version']).toBe('2015-12-15');
    expect(spec['x-acs-style']).toBe('ROA');
    const schemes = asObject(asObject(spec.components, 'components').securitySchemes, 'securitySchemes');
    expect(schemes.AK).toMatchObject({ type: 'http', scheme: 'ACS3-HMAC-SHA256' });
    const regions = Object.keys(asObject(spec['x-acs-endpoints'], 'x-acs-endpoints'));
    expect(regions).toEqual([...regions].sort());
    expect(regions).toContain(spec['x-acs-default-region']);
  });

  it('closes every request object and keeps the response open', () => {
    const objects: string[] = [];
    const walk = (schema: JsonObject, pointer: string): void => {
      // Objects with declared properties are closed; a property-less object is a free-form map and stays open.
      if (schema.type === 'object' && isRecord(schema.properties)) {
        objects.push(pointer);
        expect(schema.additionalProperties, pointer).toBe(false);
      }
      if (schema.type === 'array') walk(deref(spec, schema.items), `${pointer}/items`);
      if (isRecord(schema.properties)) {
        for (const [name, child] of Object.entries(schema.properties)) walk(deref(spec, child), `${pointer}/${name}`);
      }
    };
    walk(bodySchema(), '/body');
    expect(objects.length).toBeGreaterThanOrEqual(9);
    const schemas = asObject(asObject(spec.components, 'components').schemas, 'schemas');
    expect(asObject(schemas.CreateClusterNodePoolResponse, 'response').additionalProperties).not.toBe(false);
  });
});

describe('requests checked against the schema (ajv, JSON Schema 2020-12)', () => {
  it('accepts both request examples of the operation', () => {
    const examples = requestExamples();
    expect(examples).toHaveLength(2);
    for (const example of examples) expect(errorsOf(example.value), example.title).toEqual([]);
  });

  it('requires period, period_unit and auto_renew for a PrePaid scaling group', () => {
    for (const field of ['period', 'period_unit', 'auto_renew']) {
      const request = prePaidRequestWith((group) => {
        delete group[field];
      });
      expect(errorsOf(request).join('\n'), field).toContain(`must have required property '${field}'`);
    }
    const postPaid = prePaidRequestWith((group) => {
      group.instance_charge_type = 'PostPaid';
      delete group.period;
      delete group.period_unit;
      delete group.auto_renew;
      delete group.auto_renew_period;
    });
    expect(errorsOf(postPaid)).toEqual([]);
  });

  it('requires auto_renew_period only when a PrePaid group renews automatically', () => {
    const renewing = prePaidRequestWith((group) => {
      delete group.auto_renew_period;
    });
    expect(errorsOf(renewing).join('\n')).toContain("must have required property 'auto_renew_period'");
    const notRenewing = prePaidRequestWith((group) => {
      group.auto_renew = false;
      delete group.auto_renew_period;
    });
    expect(errorsOf(notRenewing)).toEqual([]);
  });

  it('limits period and auto_renew_period by period_unit, Month being the default unit', () => {
    const withTerms = (unit: string | undefined, period: number, renewal: number) =>
      prePaidRequestWith((group) => {
        if (unit === undefined) delete group.period_unit;
        else group.period_unit = unit;
        group.period = period;
        group.auto_renew_period = renewal;
      });
    expect(errorsOf(withTerms('Month', 60, 12))).toEqual([]);
    expect(errorsOf(withTerms('Month', 10, 1))).not.toEqual([]);
    expect(errorsOf(withTerms('Month', 1, 4))).not.toEqual([]);
    expect(errorsOf(withTerms('Week', 4, 4))).toEqual([]);
    expect(errorsOf(withTerms('Week', 5, 1))).not.toEqual([]);
    // period_unit absent: still PrePaid, so it is missing, and the Month lists apply to the rest.
    expect(errorsOf(withTerms(undefined, 10, 1)).join('\n')).toContain('must be equal to one of the allowed values');
  });

  it('requires key_pair or login_password', () => {
    const neither = prePaidRequestWith((group) => {
      delete group.login_password;
    });
    expect(errorsOf(neither)).not.toEqual([]);
    const keyPairOnly = prePaidRequestWith((group) => {
      delete group.login_password;
      group.key_pair = 'my-key-pair';
    });
    expect(errorsOf(keyPairOnly)).toEqual([]);
  });

  it('enforces closed value lists and lets open ones through', () => {
    const closed = prePaidRequestWith((group, body) => {
      asObject(body.kubernetes_config, 'kubernetes_config').cpu_policy = 'dynamic';
    });
    expect(errorsOf(closed)).not.toEqual([]);
    const badEffect = prePaidRequestWith((group, body) => {
      asObject(body.kubernetes_config, 'kubernetes_config').taints = [{ key: 'k', value: 'v', effect: 'Evict' }];
    });
    expect(errorsOf(badEffect)).not.toEqual([]);
    const open = prePaidRequestWith((group, body) => {
      group.system_disk_category = 'cloud_future_disk';
      group.data_disks = [{ category: 'cloud_future_disk', size: 40, encrypted: 'true' }];
      asObject(body.kubernetes_config, 'kubernetes_config').runtime = 'future-runtime';
    });
    expect(errorsOf(open)).toEqual([]);
  });

  it('rejects unknown fields, wrong types, bad base64, out-of-range sizes and an empty ClusterId', () => {
    expect(errorsOf(prePaidRequestWith((group) => void (group.unknown_field = 1)))).not.toEqual([]);
    expect(errorsOf(prePaidRequestWith((group) => void (group.period = '1')))).not.toEqual([]);
    expect(errorsOf(prePaidRequestWith((group) => void (group.data_disks = [{ encrypted: false }])))).not.toEqual([]);
    expect(errorsOf(prePaidRequestWith((group) => void (group.system_disk_size = 10)))).not.toEqual([]);
    expect(errorsOf(prePaidRequestWith((group) => void (group.data_disks = [{ size: 32769 }])))).not.toEqual([]);
    const badUserData = prePaidRequestWith((group, body) => {
      asObject(body.kubernetes_config, 'kubernetes_config').user_data = 'not base64!';
    });
    expect(errorsOf(badUserData)).not.toEqual([]);
    expect(errorsOf({ ...prePaidRequestWith(() => undefined), ClusterId: '' })).not.toEqual([]);
  });

  it('applies the x-rules lessOrEqual rule of auto_scaling', () => {
    const scaling = (min: number, max: number) =>
      prePaidRequestWith((group, body) => {
        body.auto_scaling = { enable: true, min_instances: min, max_instances: max };
      });
    expect(errorsOf(scaling(2, 2))).toEqual([]);
    expect(errorsOf(scaling(3, 2))).not.toEqual([]);
  });
});

describe('the spec against the seed reference page', () => {
  const markdown = readFileSync(seedFile, 'utf8');
  const rows = parseSeedTable(markdown);
  const hoisted = parseSampleRequests(markdown).map((s) => hoistSample(s.json, PATH_PARAMETERS));
  const placed: PlacedRow[] = placeRows(rows, hoisted);

  it('reads the whole table and places its rows by the sample requests', () => {
    expect(rows).toHaveLength(50);
    expect(hoisted).toHaveLength(2);
    const pointerOf = (name: string, parent: string) => placed.find((r) => r.pointer === `${parent}/${name}`);
    expect(pointerOf('category', '/body/scaling_group/data_disks/items')?.type).toBe('String');
    expect(pointerOf('effect', '/body/kubernetes_config/taints/items')?.type).toBe('String');
    expect(pointerOf('tee_enable', '/body/tee_config')?.type).toBe('Boolean');
    // key_pair is in no sample, so only the table order places it.
    expect(placed.filter((r) => !r.seenInSample).map((r) => r.pointer)).toEqual(['/body/scaling_group/key_pair']);
  });

  it('defines every table row at its path with the matching type', () => {
    const expectedType: Record<string, string> = {
      String: 'string',
      Long: 'integer',
      Boolean: 'boolean',
      Object: 'object',
      Array: 'array',
      'Array of String': 'array',
    };
    for (const row of placed) {
      const schema = schemaAt(row.pointer);
      expect(schema, row.pointer).toBeDefined();
      if (schema === undefined) continue;
      expect(schema.type, row.pointer).toBe(expectedType[row.type]);
      if (row.type === 'Long') expect(schema.format, row.pointer).toBe('int64');
      if (row.type === 'Array of String') expect(deref(spec, schema.items).type, row.pointer).toBe('string');
      if (row.type === 'Array') expect(deref(spec, schema.items).type, row.pointer).toBe('object');
    }
  });

  it('documents every row and gives every value an example', () => {
    for (const row of placed) {
      const schema = schemaAt(row.pointer);
      if (schema === undefined) throw new Error(`missing ${row.pointer}`);
      const described =
        row.pointer === '/body'
          ? deref(spec, operation.requestBody).description
          : PATH_PARAMETERS.includes(row.pointer.slice(1))
            ? parameterObject(row.pointer.slice(1)).description
            : schema.description;
      expect(typeof described === 'string' && described.length > 0, `${row.pointer} description`).toBe(true);
      const leaf = row.type !== 'Object' && row.type !== 'Array';
      if (leaf) {
        const examples = schema.type === 'array' ? deref(spec, schema.items).examples : schema.examples;
        expect(Array.isArray(examples) && examples.length > 0, `${row.pointer} examples`).toBe(true);
      }
    }
  });

  // The spec is the current API: the seed's parameters plus what the metadata declares since. Nothing else.
  it('defines nothing that neither the seed nor the metadata lists', () => {
    const known = new Set([...placed.map((r) => r.pointer), ...metadataPointers()]);
    expect(specPointers().filter((pointer) => !known.has(pointer))).toEqual([]);
    expect(specPointers().length).toBeGreaterThan(placed.length);
  });

  it('keeps ClusterId a required path parameter', () => {
    const parameters = operation.parameters;
    expect(Array.isArray(parameters) ? parameters.map((p) => deref(spec, p)) : []).toEqual([
      expect.objectContaining({ name: 'ClusterId', in: 'path', required: true }),
    ]);
    expect(parameterSchema('ClusterId').minLength).toBe(1);
  });

  it('carries both sample requests, hoisted, as the request examples', () => {
    expect(requestExamples().map((e) => e.value)).toEqual(hoisted);
  });

  it('lists every region of both metadata vintages, the newer one winning conflicts', () => {
    const endpoints = new Map<string, string>();
    for (const file of ['cs-2015-12-15.api-docs.2024-06.json', 'cs-2015-12-15.api-docs.2025-12.json']) {
      const meta = asObject(JSON.parse(readFileSync(path.join(metaDir, file), 'utf8')), file);
      for (const entry of Array.isArray(meta.endpoints) ? meta.endpoints : []) {
        const { regionId, endpoint } = asObject(entry, 'endpoint');
        endpoints.set(String(regionId), String(endpoint));
      }
    }
    const expected = Object.fromEntries([...endpoints].sort(([a], [b]) => a.localeCompare(b)));
    expect(spec['x-acs-endpoints']).toEqual(expected);
  });
});
