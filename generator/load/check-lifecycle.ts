/**
 * Checks of the lifecycle extensions: `x-acs-waiters` (document root) and `x-acs-pagination` (on an operation).
 * Every operation, request field and response path they name must exist, with a type that fits its use, so that a
 * curated waiter whose field disappeared on re-import stops generation instead of polling for a value that never comes.
 */
import { escapePointerToken, isRecord, parsePointer } from './pointer.ts';
import { declaredParameters, resolveRef } from './operation-parameters.ts';
import type { Fail } from './check-rules.ts';

type Node = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head'] as const;
const STATES = new Set(['success', 'failure', 'retry']);
const COMPARATORS = new Set(['stringEquals', 'anyStringEquals', 'allStringEquals', 'booleanEquals']);
const WAITER_FIELDS = new Set(['description', 'operation', 'input', 'acceptors', 'minDelay', 'maxDelay', 'maxWait']);
const PAGE_NUMBER_FIELDS = new Set(['style', 'pageNumber', 'pageSize', 'items', 'totalCount']);
const TOKEN_FIELDS = new Set(['style', 'token', 'pageSize', 'nextToken', 'items']);
const NAME = /^[A-Z][A-Za-z0-9]*$/;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

interface OperationRef {
  operation: Node;
  pointer: string;
  parameters: Map<string, Node>;
}

export function checkLifecycleExtensions(document: Node, fail: Fail): void {
  const operations = indexOperations(document);
  for (const { operation, pointer, parameters } of operations.values()) {
    if (operation['x-acs-pagination'] !== undefined) checkPagination(document, operation, parameters, `${pointer}/x-acs-pagination`, fail);
  }
  const waiters = document['x-acs-waiters'];
  if (waiters === undefined) return;
  if (!isRecord(waiters)) fail('/x-acs-waiters', '"x-acs-waiters" must map waiter names to waiter definitions');
  for (const [name, waiter] of Object.entries(waiters as Node)) {
    checkWaiter(document, operations, name, waiter, `/x-acs-waiters/${escapePointerToken(name)}`, fail);
  }
}

function indexOperations(document: Node): Map<string, OperationRef> {
  const byAction = new Map<string, OperationRef>();
  const paths = isRecord(document.paths) ? document.paths : {};
  for (const [template, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const method of METHODS) {
      const operation = item[method];
      if (!isRecord(operation) || typeof operation.operationId !== 'string') continue;
      const pointer = `/paths/${escapePointerToken(template)}/${method}`;
      const parameters = new Map<string, Node>();
      for (const { param } of declaredParameters(document, item, operation, pointer)) {
        if (typeof param.name === 'string') parameters.set(param.name, param);
      }
      byAction.set(operation.operationId, { operation, pointer, parameters });
    }
  }
  return byAction;
}

function checkWaiter(document: Node, operations: Map<string, OperationRef>, name: string, waiter: unknown, at: string, fail: Fail): void {
  if (!NAME.test(name)) fail(at, `waiter name "${name}" must be PascalCase letters and digits (it becomes waitUntil${name})`);
  if (!isRecord(waiter)) return fail(at, 'a waiter must be an object with "operation", "acceptors" and optionally "input", "minDelay", "maxDelay", "maxWait", "description"');
  for (const key of Object.keys(waiter)) if (!WAITER_FIELDS.has(key)) fail(`${at}/${escapePointerToken(key)}`, `unknown waiter field "${key}"`);
  if (waiter.description !== undefined && typeof waiter.description !== 'string') fail(`${at}/description`, 'must be a string');
  const action = waiter.operation;
  if (typeof action !== 'string') return fail(`${at}/operation`, 'must name the operation to poll (its operationId)');
  const polled = operations.get(action);
  if (!polled) return fail(`${at}/operation`, `operation "${action}" does not exist in the spec`);
  checkWaiterInput(polled, waiter.input, `${at}/input`, fail);
  checkDelays(waiter, at, fail);
  const response = successSchema(document, polled.operation);
  if (!Array.isArray(waiter.acceptors) || waiter.acceptors.length === 0) return fail(`${at}/acceptors`, 'must be a non-empty list of { state, matcher }');
  const states = new Set<string>();
  waiter.acceptors.forEach((acceptor, i) => {
    states.add(checkAcceptor(document, action, response, acceptor, `${at}/acceptors/${i}`, fail));
  });
  if (!states.has('success')) fail(`${at}/acceptors`, 'a waiter needs at least one acceptor with state "success"');
}

function checkWaiterInput(polled: OperationRef, input: unknown, at: string, fail: Fail): void {
  if (input === undefined) return;
  if (!isRecord(input)) return fail(at, 'must map the waiter\'s input names to request parameters of the polled operation');
  const filled = new Set<string>();
  for (const [name, parameter] of Object.entries(input)) {
    const fieldAt = `${at}/${escapePointerToken(name)}`;
    if (!IDENTIFIER.test(name)) fail(fieldAt, `input name "${name}" must be an identifier`);
    if (typeof parameter !== 'string' || !polled.parameters.has(parameter)) {
      fail(fieldAt, `request parameter "${String(parameter)}" does not exist in ${String(polled.operation.operationId)}`);
    }
    filled.add(parameter as string);
  }
  for (const [name, param] of polled.parameters) {
    if ((param.required === true || param.in === 'path') && !filled.has(name)) {
      fail(at, `required parameter "${name}" of ${String(polled.operation.operationId)} is not filled by the waiter's input`);
    }
  }
}

function checkDelays(waiter: Node, at: string, fail: Fail): void {
  for (const key of ['minDelay', 'maxDelay', 'maxWait'] as const) {
    const value = waiter[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)) fail(`${at}/${key}`, 'must be a positive number of seconds');
  }
  const min = typeof waiter.minDelay === 'number' ? waiter.minDelay : undefined;
  const max = typeof waiter.maxDelay === 'number' ? waiter.maxDelay : undefined;
  if (min !== undefined && max !== undefined && min > max) fail(`${at}/minDelay`, `minDelay (${min}) exceeds maxDelay (${max})`);
}

function checkAcceptor(document: Node, action: string, response: Node | undefined, acceptor: unknown, at: string, fail: Fail): string {
  if (!isRecord(acceptor)) return fail(at, 'an acceptor must be an object { state, matcher }');
  if (typeof acceptor.state !== 'string' || !STATES.has(acceptor.state)) fail(`${at}/state`, 'must be success, failure or retry');
  const matcher = acceptor.matcher;
  if (!isRecord(matcher)) return fail(`${at}/matcher`, 'must be { path, comparator, expected } or { errorType }');
  if (matcher.errorType !== undefined) {
    if (typeof matcher.errorType !== 'string' || matcher.errorType === '') fail(`${at}/matcher/errorType`, 'must be an error code, such as ErrorNodePoolNotFound');
    if (Object.keys(matcher).length > 1) fail(`${at}/matcher`, 'an errorType matcher has no other fields');
    return acceptor.state as string;
  }
  const { path, comparator, expected } = matcher;
  if (typeof comparator !== 'string' || !COMPARATORS.has(comparator)) {
    fail(`${at}/matcher/comparator`, 'must be stringEquals, anyStringEquals, allStringEquals or booleanEquals');
  }
  const wantsBoolean = comparator === 'booleanEquals';
  if (wantsBoolean ? typeof expected !== 'boolean' : typeof expected !== 'string') {
    fail(`${at}/matcher/expected`, `must be a ${wantsBoolean ? 'boolean' : 'string'} for ${String(comparator)}`);
  }
  const leaf = schemaAtPath(document, response, path, action, `${at}/matcher/path`, fail);
  const overArray = (path as string).split('/').includes('*');
  const many = comparator === 'anyStringEquals' || comparator === 'allStringEquals';
  if (many !== overArray) {
    fail(`${at}/matcher/path`, many ? `${String(comparator)} needs a path through an array ("*")` : `${String(comparator)} needs a path to one value (no "*")`);
  }
  expectType(leaf, wantsBoolean ? 'boolean' : 'string', action, path as string, `${at}/matcher/path`, fail);
  return acceptor.state as string;
}

function checkPagination(document: Node, operation: Node, parameters: Map<string, Node>, at: string, fail: Fail): void {
  const pagination = operation['x-acs-pagination'];
  if (!isRecord(pagination)) return fail(at, '"x-acs-pagination" must be an object with "style"');
  const action = String(operation.operationId);
  const style = pagination.style;
  if (style !== 'pageNumber' && style !== 'token') return fail(`${at}/style`, 'must be pageNumber or token');
  const allowed = style === 'pageNumber' ? PAGE_NUMBER_FIELDS : TOKEN_FIELDS;
  for (const key of Object.keys(pagination)) if (!allowed.has(key)) fail(`${at}/${escapePointerToken(key)}`, `unknown field "${key}" for style ${style}`);
  const response = successSchema(document, operation);
  const requestField = (key: string, type: string | string[], required: boolean): void => {
    const name = pagination[key];
    if (name === undefined && !required) return;
    if (typeof name !== 'string') return fail(`${at}/${key}`, `must name a request parameter of ${action}`);
    const param = parameters.get(name);
    if (!param) return fail(`${at}/${key}`, `request parameter "${name}" does not exist in ${action}`);
    if (param.in !== 'query') fail(`${at}/${key}`, `request parameter "${name}" must be a query parameter`);
    expectType(resolveRef(document, param.schema), type, action, name, `${at}/${key}`, fail, 'request parameter');
  };
  const responsePath = (key: string, type: string, required: boolean): void => {
    const path = pagination[key];
    if (path === undefined && !required) return;
    const leaf = schemaAtPath(document, response, path, action, `${at}/${key}`, fail);
    if (String(path).split('/').includes('*')) fail(`${at}/${key}`, 'must point at one value (no "*")');
    expectType(leaf, type, action, String(path), `${at}/${key}`, fail);
  };
  if (style === 'pageNumber') {
    // Some list operations declare their page fields as strings (DescribeClusterNodes): the numbers are sent as text.
    requestField('pageNumber', ['integer', 'string'], true);
    requestField('pageSize', ['integer', 'string'], true);
    responsePath('totalCount', 'integer', false);
  } else {
    requestField('token', 'string', true);
    requestField('pageSize', ['integer', 'string'], false);
    responsePath('nextToken', 'string', true);
  }
  responsePath('items', 'array', true);
}

/** The schema of the lowest 2xx JSON response, `$ref`s followed. */
function successSchema(document: Node, operation: Node): Node | undefined {
  const responses = isRecord(operation.responses) ? operation.responses : {};
  const status = Object.keys(responses).sort().find((s) => /^2(\d\d|XX)$/i.test(s));
  if (status === undefined) return undefined;
  const content = resolveRef(document, responses[status]).content;
  const media = isRecord(content) ? content['application/json'] : undefined;
  return isRecord(media) && isRecord(media.schema) ? resolveRef(document, media.schema) : undefined;
}

/** Walks a JSON Pointer (with `*` for array items) through a response schema; fails naming the first missing step. */
function schemaAtPath(document: Node, response: Node | undefined, path: unknown, action: string, at: string, fail: Fail): Node {
  if (typeof path !== 'string' || !path.startsWith('/')) return fail(at, 'must be a JSON Pointer into the response body, such as /status/state');
  if (!response) return fail(at, `${action} has no JSON response schema to find "${path}" in`);
  let schema = response;
  let walked = '';
  for (const token of parsePointer(path)) {
    if (token === '*') {
      if (schema.type !== 'array' || !isRecord(schema.items)) return fail(at, `"${path}" does not exist in the response of ${action}: ${walked || 'the body'} is not an array`);
      schema = resolveRef(document, schema.items);
    } else {
      const properties = isRecord(schema.properties) ? schema.properties : {};
      if (!isRecord(properties[token])) {
        return fail(at, `"${path}" does not exist in the response of ${action}: ${walked || 'the body'} has no property "${token}"`);
      }
      schema = resolveRef(document, properties[token]);
    }
    walked += `/${escapePointerToken(token)}`;
  }
  return schema;
}

function expectType(schema: Node, type: string | string[], action: string, path: string, at: string, fail: Fail, what = 'response field'): void {
  const wanted = Array.isArray(type) ? type : [type];
  const actual = schema.type;
  if (typeof actual === 'string' && wanted.includes(actual)) return;
  fail(at, `${what} "${path}" of ${action} is ${typeof actual === 'string' ? withArticle(actual) : 'untyped'}, not ${wanted.map(withArticle).join(' or ')}`);
}

function withArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

