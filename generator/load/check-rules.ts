import { getAtPointer, isRecord, escapePointerToken } from './pointer.ts';
import { declaredParameters, resolveRef } from './operation-parameters.ts';
import { specErrorAt, type Locator } from './spec-error.ts';
import { checkLifecycleExtensions } from './check-lifecycle.ts';
import { overlongName } from './name-limits.ts';
import { pathTemplateProblem } from './path-template.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;
const TYPES = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object', 'null']);
const SUPPORTED_MEDIA_TYPES = new Set(['application/json']);
/** RFC 9110 `token`: what an HTTP field name may be made of (anything else makes sending the request throw). */
const HTTP_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Our own rules, beyond what the OpenAPI 3.1 schema checks: the facts the generator needs
 * (product, version, unique action names, path templates that match their parameters) and
 * schema mistakes JSON Schema would silently accept (unknown types, impossible `required`, enum/type mismatch).
 */
export function checkSpecRules(document: Record<string, unknown>, locator: Locator): void {
  const fail = (pointer: string, message: string): never => {
    throw specErrorAt(locator, pointer, message);
  };
  checkProduct(document, fail);
  const overlong = overlongName(document);
  if (overlong) fail(overlong.pointer, overlong.message);
  checkOperations(document, locator, fail);
  forEachSchema(document, (schema, pointer) => checkSchema(document, schema, pointer, fail));
  checkLifecycleExtensions(document, fail);
}

export type Fail = (pointer: string, message: string) => never;

function checkProduct(document: Record<string, unknown>, fail: Fail): void {
  const product = document['x-acs-product'];
  if (typeof product !== 'string' || !/^[A-Za-z][A-Za-z0-9]*$/.test(product)) {
    fail('/x-acs-product', 'the product file must set "x-acs-product" to the product code (letters and digits, e.g. CS)');
  }
  const version = document['x-acs-version'];
  if (typeof version !== 'string' || !/^[0-9A-Za-z][0-9A-Za-z.-]*$/.test(version)) {
    fail('/x-acs-version', 'the product file must set "x-acs-version" (e.g. 2015-12-15)');
  }
  const style = document['x-acs-style'];
  if (style !== undefined && style !== 'ROA' && style !== 'RPC') fail('/x-acs-style', '"x-acs-style" must be ROA or RPC');
  // Never generate an RPC API as ROA: its requests would be signed and sent in a shape the service rejects.
  if (style === 'RPC') fail('/x-acs-style', 'RPC-style APIs are not supported: the generated runtime sends ROA (REST) requests only');
  const endpoint = document['x-acs-endpoint'];
  if (endpoint !== undefined && (typeof endpoint !== 'string' || !/^[a-z0-9.{}-]+$/i.test(endpoint))) {
    fail('/x-acs-endpoint', '"x-acs-endpoint" must be a host name, optionally with a {region} placeholder');
  }
  const endpoints = document['x-acs-endpoints'];
  if (endpoints !== undefined) {
    if (!isRecord(endpoints)) fail('/x-acs-endpoints', '"x-acs-endpoints" must map region ids to host names');
    for (const [region, host] of Object.entries(endpoints as Record<string, unknown>)) {
      // A region id becomes a key of an object literal in the client: "__proto__" would silently set its prototype.
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(region)) {
        fail(`/x-acs-endpoints/${escapePointerToken(region)}`, `region id "${region}" must be lower-case letters and digits joined by "-" (e.g. cn-hangzhou)`);
      }
      if (typeof host !== 'string' || !/^[a-z0-9.-]+$/i.test(host)) {
        fail(`/x-acs-endpoints/${escapePointerToken(region)}`, 'must be a host name');
      }
    }
  }
}

function checkOperations(document: Record<string, unknown>, locator: Locator, fail: Fail): void {
  const paths = isRecord(document.paths) ? document.paths : {};
  const seenActions = new Map<string, string>();
  for (const [template, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    const itemPointer = `/paths/${escapePointerToken(template)}`;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isRecord(operation)) continue;
      const pointer = `${itemPointer}/${method}`;
      if (method === 'options' || method === 'trace') fail(pointer, `HTTP method ${method.toUpperCase()} is not supported`);
      const action = operation.operationId;
      if (typeof action !== 'string') fail(pointer, 'every operation needs an operationId (the Alibaba action name)');
      const name = action as string;
      if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
        fail(`${pointer}/operationId`, `operationId "${name}" must be an action name (letters and digits, starting with a letter)`);
      }
      const clash = seenActions.get(name.toLowerCase());
      if (clash) {
        const other = locator.locate(`${clash}/operationId`)?.file;
        fail(`${pointer}/operationId`, `duplicate operationId "${name}" (also at ${clash}${other ? ` in ${other}` : ''})`);
      }
      seenActions.set(name.toLowerCase(), pointer);
      const declared = operation['x-acs-action'];
      if (declared !== undefined && declared !== name) {
        fail(`${pointer}/x-acs-action`, `conflicting extensions: x-acs-action "${String(declared)}" differs from operationId "${name}"`);
      }
      const idempotent = operation['x-acs-idempotent'];
      if (idempotent !== undefined && typeof idempotent !== 'boolean') fail(`${pointer}/x-acs-idempotent`, 'must be true or false');
      checkParameters(document, template, item, operation, pointer, fail);
      const templateProblem = pathTemplateProblem(template);
      if (templateProblem) fail(pointer, `path template "${template}" ${templateProblem}`);
      checkBody(document, operation, pointer, fail);
    }
  }
}

function checkParameters(
  document: Record<string, unknown>,
  template: string,
  item: Record<string, unknown>,
  operation: Record<string, unknown>,
  pointer: string,
  fail: Fail,
): void {
  const entries = declaredParameters(document, item, operation, pointer);
  const byKey = new Map<string, string>();
  for (const { param, at } of entries) {
    if (param.in === 'cookie') fail(`${at}/in`, 'cookie parameters are not supported');
    const key = `${String(param.in)}:${String(param.name)}`;
    // Operation-level parameters override path-level ones of the same name and location (OpenAPI rule).
    if (byKey.has(key) && byKey.get(key)!.startsWith(pointer)) fail(at, `duplicate parameter "${String(param.name)}" in ${String(param.in)}`);
    byKey.set(key, at);
    if (param.name === 'body') fail(`${at}/name`, 'a parameter named "body" would clash with the request body in the request type');
    if (param.in === 'header' && (typeof param.name !== 'string' || !HTTP_TOKEN.test(param.name))) {
      fail(`${at}/name`, `header name "${String(param.name)}" is not an HTTP token (letters, digits and !#$%&'*+.^_\`|~-)`);
    }
    if (param.content !== undefined) fail(`${at}/content`, 'parameters with "content" are not supported: use "schema"');
    const style = param['x-acs-style'];
    if (style !== undefined && style !== 'json' && style !== 'flat' && style !== 'simple') {
      fail(`${at}/x-acs-style`, '"x-acs-style" must be json, flat or simple');
    }
  }
  const locationsByName = new Map<string, string>();
  for (const [key, at] of byKey) {
    const name = key.slice(key.indexOf(':') + 1);
    const other = locationsByName.get(name);
    if (other !== undefined) fail(at, `parameter "${name}" is declared in two locations (also at ${other}); request types need distinct names`);
    locationsByName.set(name, at);
  }
  const inTemplate = [...template.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
  const declaredPath = entries.filter((e) => e.param.in === 'path');
  for (const name of inTemplate) {
    if (!declaredPath.some((e) => e.param.name === name)) {
      fail(pointer, `path template parameter "{${name}}" is not declared as an "in: path" parameter`);
    }
  }
  for (const { param, at } of declaredPath) {
    if (!inTemplate.includes(String(param.name))) {
      fail(`${at}/name`, `path parameter "${String(param.name)}" does not appear in the path template "${template}"`);
    }
  }
  if (/\{[^}]*$|^[^{]*\}/.test(template.replace(/\{[^{}]+\}/g, ''))) fail(pointer, `malformed path template "${template}"`);
}

function checkBody(document: Record<string, unknown>, operation: Record<string, unknown>, pointer: string, fail: Fail): void {
  const body = resolveRef(document, operation.requestBody);
  if (!isRecord(body.content)) return;
  for (const mediaType of Object.keys(body.content)) {
    if (!SUPPORTED_MEDIA_TYPES.has(mediaType)) {
      fail(`${pointer}/requestBody/content/${escapePointerToken(mediaType)}`, `request media type "${mediaType}" is not supported (use application/json)`);
    }
  }
}

/** Visits every schema object in the document (components, parameters, bodies, responses, nested). */
function forEachSchema(document: Record<string, unknown>, visit: (schema: Record<string, unknown>, pointer: string) => void): void {
  const walkSchema = (schema: unknown, pointer: string): void => {
    if (!isRecord(schema)) return;
    visit(schema, pointer);
    for (const key of ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames']) {
      if (isRecord(schema[key])) walkSchema(schema[key], `${pointer}/${key}`);
    }
    for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems']) {
      const list = schema[key];
      if (Array.isArray(list)) list.forEach((s, i) => walkSchema(s, `${pointer}/${key}/${i}`));
    }
    for (const key of ['properties', 'patternProperties', '$defs']) {
      const map = schema[key];
      if (isRecord(map)) for (const [name, s] of Object.entries(map)) walkSchema(s, `${pointer}/${key}/${escapePointerToken(name)}`);
    }
  };
  const walkContent = (content: unknown, pointer: string): void => {
    if (!isRecord(content)) return;
    for (const [mediaType, media] of Object.entries(content)) {
      if (isRecord(media)) walkSchema(media.schema, `${pointer}/${escapePointerToken(mediaType)}/schema`);
    }
  };
  const components = isRecord(document.components) ? document.components : {};
  for (const [name, schema] of Object.entries(isRecord(components.schemas) ? components.schemas : {})) {
    walkSchema(schema, `/components/schemas/${escapePointerToken(name)}`);
  }
  for (const [name, param] of Object.entries(isRecord(components.parameters) ? components.parameters : {})) {
    if (isRecord(param)) walkSchema(param.schema, `/components/parameters/${escapePointerToken(name)}/schema`);
  }
  for (const [name, response] of Object.entries(isRecord(components.responses) ? components.responses : {})) {
    if (isRecord(response)) walkContent(response.content, `/components/responses/${escapePointerToken(name)}/content`);
  }
  for (const [name, body] of Object.entries(isRecord(components.requestBodies) ? components.requestBodies : {})) {
    if (isRecord(body)) walkContent(body.content, `/components/requestBodies/${escapePointerToken(name)}/content`);
  }
  for (const [template, item] of Object.entries(isRecord(document.paths) ? document.paths : {})) {
    if (!isRecord(item)) continue;
    const itemPointer = `/paths/${escapePointerToken(template)}`;
    const params = (list: unknown, at: string): void => {
      if (Array.isArray(list)) list.forEach((p, i) => isRecord(p) && walkSchema(p.schema, `${at}/${i}/schema`));
    };
    params(item.parameters, `${itemPointer}/parameters`);
    for (const method of METHODS) {
      const operation = item[method];
      if (!isRecord(operation)) continue;
      const pointer = `${itemPointer}/${method}`;
      params(operation.parameters, `${pointer}/parameters`);
      if (isRecord(operation.requestBody)) walkContent(operation.requestBody.content, `${pointer}/requestBody/content`);
      for (const [status, response] of Object.entries(isRecord(operation.responses) ? operation.responses : {})) {
        if (isRecord(response)) walkContent(response.content, `${pointer}/responses/${escapePointerToken(status)}/content`);
      }
    }
  }
}

function checkSchema(document: Record<string, unknown>, schema: Record<string, unknown>, pointer: string, fail: Fail): void {
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  for (const type of types) {
    if (typeof type !== 'string' || !TYPES.has(type)) fail(`${pointer}/type`, `unknown type ${JSON.stringify(type)}`);
  }
  const open = schema['x-extensible-enum'];
  if (open !== undefined) {
    if (schema.enum !== undefined) fail(`${pointer}/x-extensible-enum`, 'conflicting extensions: "enum" (closed) and "x-extensible-enum" (open) on one schema');
    if (!Array.isArray(open) || open.length === 0 || !open.every((v) => typeof v === 'string')) {
      fail(`${pointer}/x-extensible-enum`, '"x-extensible-enum" must be a non-empty list of strings');
    }
  }
  if (Array.isArray(schema.enum) && types.length > 0) {
    schema.enum.forEach((value, index) => {
      if (!types.some((t) => matchesType(value, t as string))) {
        fail(`${pointer}/enum/${index}`, `enum value ${JSON.stringify(value)} is not of type ${types.join(' | ')}`);
      }
    });
  }
  if (schema['x-sensitive'] !== undefined && typeof schema['x-sensitive'] !== 'boolean') fail(`${pointer}/x-sensitive`, 'must be true or false');
  if (schema['x-sensitive'] === false && schema.format === 'password') {
    fail(`${pointer}/x-sensitive`, 'conflicting extensions: format "password" with "x-sensitive: false"');
  }
  checkRequiredNamesExist(document, schema, pointer, fail);
  checkXRules(document, schema, pointer, fail);
  checkUntypedAllOf(schema, pointer, fail);
  if (typeof schema.pattern === 'string') checkPattern(schema.pattern, `${pointer}/pattern`, fail);
}

/** Generated validators compile each pattern as a Unicode regular expression when the package loads. */
function checkPattern(pattern: string, pointer: string, fail: Fail): void {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    fail(pointer, `"pattern" is not a valid regular expression (ECMA-262, Unicode mode): ${(error as Error).message}`);
  }
}

/**
 * An `allOf` that merges several schemas, or adds rules to one, describes an object only when it says so: without
 * `type: object` the generator cannot tell an object composition from constraints on a scalar, and would lose it.
 */
function checkUntypedAllOf(schema: Record<string, unknown>, pointer: string, fail: Fail): void {
  if (schema.type !== undefined || isRecord(schema.properties) || !Array.isArray(schema.allOf)) return;
  const members = schema.allOf.filter((m) => !isRuleOnlyMember(m));
  const hasRules = members.length < schema.allOf.length || isRecord(schema.if) || schema['x-rules'] !== undefined;
  if (members.length >= 2 || (members.length === 1 && hasRules)) {
    fail(`${pointer}/allOf`, 'an "allOf" that combines schemas or adds rules must be stated on an object: add "type: object"');
  }
}

/** Mirrors the IR's view of `allOf` members that only carry rules (if/then/else, required, anyOf of required, x-rules). */
function isRuleOnlyMember(member: unknown): boolean {
  if (!isRecord(member)) return false;
  const keys = Object.keys(member);
  const isRequiredGroups = (list: unknown): boolean =>
    Array.isArray(list) && list.length > 0 && list.every((g) => isRecord(g) && Object.keys(g).length === 1 && Array.isArray(g.required));
  return keys.length > 0 && keys.every((k) => ['if', 'then', 'else', 'x-rules', 'required'].includes(k) || (k === 'anyOf' && isRequiredGroups(member.anyOf)));
}

function matchesType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'array':
      return Array.isArray(value);
    default:
      return isRecord(value);
  }
}

/** Property names an object schema declares, including those it takes from `allOf` members. */
export function declaredProperties(document: Record<string, unknown>, schema: Record<string, unknown>, depth = 0): Set<string> {
  const names = new Set<string>(isRecord(schema.properties) ? Object.keys(schema.properties) : []);
  if (depth > 20) return names;
  for (const member of Array.isArray(schema.allOf) ? schema.allOf : []) {
    const resolved = isRecord(member) && typeof member.$ref === 'string' ? getAtPointer(document, member.$ref.slice(1)) : member;
    if (isRecord(resolved)) for (const n of declaredProperties(document, resolved, depth + 1)) names.add(n);
  }
  return names;
}

/** `required` (and `required` of if/then/else/anyOf members without properties of their own) must name a property. */
function checkRequiredNamesExist(document: Record<string, unknown>, schema: Record<string, unknown>, pointer: string, fail: Fail): void {
  if (!isRecord(schema.properties) && !Array.isArray(schema.allOf)) return;
  const names = declaredProperties(document, schema);
  const check = (required: unknown, at: string): void => {
    if (!Array.isArray(required)) return;
    required.forEach((name, index) => {
      if (typeof name === 'string' && !names.has(name)) fail(`${at}/${index}`, `"required" names "${name}", which is not a property of this object`);
    });
  };
  check(schema.required, `${pointer}/required`);
  const conditional = (member: unknown, at: string): void => {
    if (!isRecord(member) || isRecord(member.properties) && member !== schema && Object.keys(member).includes('type')) return;
    check(member.required, `${at}/required`);
    for (const key of ['if', 'then', 'else']) conditional(member[key], `${at}/${key}`);
    for (const key of ['anyOf', 'oneOf', 'allOf']) {
      const list = member[key];
      if (Array.isArray(list)) list.forEach((m, i) => !(isRecord(m) && '$ref' in m) && conditional(m, `${at}/${key}/${i}`));
    }
  };
  for (const key of ['if', 'then', 'else']) conditional(schema[key], `${pointer}/${key}`);
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((m, i) => !(isRecord(m) && '$ref' in m) && conditional(m, `${pointer}/${key}/${i}`));
  }
}

function checkXRules(document: Record<string, unknown>, schema: Record<string, unknown>, pointer: string, fail: Fail): void {
  const rules = schema['x-rules'];
  if (rules === undefined) return;
  if (!Array.isArray(rules)) fail(`${pointer}/x-rules`, '"x-rules" must be a list');
  const names = declaredProperties(document, schema);
  (rules as unknown[]).forEach((rule, index) => {
    const at = `${pointer}/x-rules/${index}`;
    const pair = isRecord(rule) ? rule.lessOrEqual : undefined;
    if (!isRecord(rule) || Object.keys(rule).length !== 1 || !Array.isArray(pair) || pair.length !== 2) {
      fail(at, 'each x-rules entry must be { lessOrEqual: [smaller, larger] }');
    }
    for (const name of pair as unknown[]) {
      if (typeof name !== 'string' || !names.has(name)) fail(`${at}/lessOrEqual`, `x-rules names "${String(name)}", which is not a property of this object`);
    }
  });
}
