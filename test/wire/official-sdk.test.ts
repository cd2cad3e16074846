/**
 * Every operation we share with the official SDK (@alicloud/cs20151215) goes over the wire as the official client
 * sends it: same method, path, query, body and `x-acs-*` headers. Requests are synthesized from each operation's
 * schema (every declared field), sent by both clients to a local server that records them, and compared.
 * Where the official SDK follows another API vintage than the metadata we hold, the difference is listed in
 * KNOWN_DIFFERENCES with its reason; a new difference fails, and so does a listed one that no longer occurs.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as openApiCore from '@alicloud/openapi-core';
import * as csModule from '@alicloud/cs20151215';
import * as dara from '@darabonba/typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsClient } from '../../generated/cs-2015-12-15/src/index.ts';
import * as validators from '../../generated/cs-2015-12-15/src/validators.ts';
import { openapi } from '../validators/support.ts';
import { sampleRequest, type ValidateLike } from '../support/sample-request.ts';
import { KNOWN_DIFFERENCES } from './known-differences.ts';

type Json = Record<string, unknown>;

interface WireRequest {
  method: string;
  path: string;
  query: [string, string][];
  body: unknown;
  acsHeaders: Record<string, string>;
}

/**
 * Headers that differ on every request by design (nonce, clock), follow from the body (its hash, compared through
 * the body), or are the official SDK's own telemetry (which kind of credentials it used), not part of the API.
 */
const VOLATILE_HEADERS = new Set(['x-acs-signature-nonce', 'x-acs-date', 'x-acs-content-sha256', 'x-acs-credentials-provider']);

const lowerCamel = (action: string): string => action.charAt(0).toLowerCase() + action.slice(1);

/** JSON text with object keys sorted, so that JSON-style values compare by content rather than key order. */
function canonicalJson(text: string): string {
  if (!/^[[{]/.test(text)) return text;
  const sortKeys = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sortKeys)
      : typeof value === 'object' && value !== null
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sortKeys(v)]))
        : value;
  try {
    return JSON.stringify(sortKeys(JSON.parse(text)));
  } catch {
    return text;
  }
}

function sortedPairs(search: string): [string, string][] {
  return [...new URLSearchParams(search)]
    .map(([key, value]): [string, string] => [key, canonicalJson(value)])
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1));
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return undefined;
  if (contentType?.includes('application/x-www-form-urlencoded')) return sortedPairs(text);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function toWire(req: IncomingMessage, body: string): WireRequest {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const acsHeaders = Object.fromEntries(
    Object.entries(req.headers)
      .filter(([name]) => name.startsWith('x-acs-') && !VOLATILE_HEADERS.has(name))
      .map(([name, value]) => [name, String(value)]),
  );
  return {
    method: req.method ?? '',
    path: decodeURIComponent(url.pathname),
    query: sortedPairs(url.search),
    body: parseBody(body, req.headers['content-type']),
    acsHeaders,
  };
}

interface Operation {
  action: string;
  template: string;
  operation: Json;
}

function operationsOf(document: Json): Operation[] {
  const found: Operation[] = [];
  for (const [template, item] of Object.entries(document.paths as Record<string, Record<string, Json>>)) {
    for (const operation of Object.values(item)) {
      if (typeof operation.operationId === 'string') found.push({ action: operation.operationId, template, operation });
    }
  }
  return found.sort((a, b) => (a.action < b.action ? -1 : 1));
}

const officialModule = csModule as unknown as Record<string, unknown> & { default: unknown };
const OfficialClient = ((officialModule.default as { default?: unknown }).default ?? officialModule.default) as new (config: unknown) => Record<
  string,
  (...args: unknown[]) => Promise<unknown>
>;

/** The official call's arguments: path parameters in template order, the request model (query + body fields), headers, runtime. */
function officialArguments(op: Operation, request: Json): unknown[] {
  const pathNames = [...op.template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const args: unknown[] = pathNames.map((name) => request[name]);
  const Model = officialModule[`${op.action}Request`] as (new (map: object) => object) | undefined;
  if (Model) {
    const flat: Json = {};
    for (const [name, value] of Object.entries(request)) if (name !== 'body' && !pathNames.includes(name)) flat[name] = value;
    const body = request.body;
    if (Array.isArray(body)) {
      const names = (Model as unknown as { names(): Record<string, string> }).names();
      const arrayField = Object.values(names).find((wire) => !(wire in flat));
      if (arrayField) flat[arrayField] = body;
    } else if (body && typeof body === 'object') Object.assign(flat, body);
    args.push(dara.cast(flat, new Model({})));
  }
  args.push({}, new dara.RuntimeOptions({}));
  return args;
}

const CREDENTIALS = { accessKeyId: 'LTAI-wire-test', accessKeySecret: 'wire-test-secret' };
const generated = validators as unknown as Record<string, ValidateLike>;
const operations = operationsOf(openapi);
const officialMethods = new Set(Object.getOwnPropertyNames((OfficialClient as unknown as { prototype: object }).prototype));
const shared = operations.filter((op) => officialMethods.has(`${lowerCamel(op.action)}WithOptions`));

describe('wire requests against the official SDK', () => {
  let server: Server;
  let endpoint: string;
  const seen: WireRequest[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push(toWire(req, Buffer.concat(chunks).toString('utf8')));
        res.writeHead(200, { 'content-type': 'application/json', 'x-acs-request-id': 'wire-test' });
        res.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function capture(send: () => Promise<unknown>): Promise<WireRequest> {
    const before = seen.length;
    await send().catch(() => undefined); // only the request matters; a response model may reject `{}`
    expect(seen.length).toBe(before + 1);
    return seen[seen.length - 1]!;
  }

  it('shares (almost) every operation with the official SDK', () => {
    expect(shared.length).toBeGreaterThan(operations.length * 0.9);
  });

  it('sends what the official client sends, for every shared operation (differences listed with reasons)', async () => {
    const ours = new CsClient({ endpoint: `http://${endpoint}`, credentials: CREDENTIALS, maxRetries: 0 });
    const official = new OfficialClient(
      new openApiCore.$OpenApiUtil.Config({ ...CREDENTIALS, endpoint, protocol: 'http', readTimeout: 5000, connectTimeout: 5000 }),
    );
    const differences: Record<string, string[]> = {};
    for (const op of shared) {
      const validate = generated[`validate${op.action}Request`];
      if (!validate) throw new Error(`no validator for ${op.action}`);
      const request = sampleRequest(openapi, op.operation, validate, { full: true });
      const method = lowerCamel(op.action);
      const ourWire = await capture(() => (ours as unknown as Record<string, (r: unknown) => Promise<unknown>>)[method]!(structuredClone(request)));
      const theirWire = await capture(() => official[`${method}WithOptions`]!(...officialArguments(op, structuredClone(request))));
      const found = compareWire(ourWire, theirWire);
      if (found.length > 0) differences[op.action] = found;
    }
    ours.destroy();
    expect(differences).toEqual(KNOWN_DIFFERENCES);
  }, 120_000);
});

/** What differs between two wire requests, one line per aspect (method, path, query, body, a header). */
function compareWire(ours: WireRequest, theirs: WireRequest): string[] {
  const out: string[] = [];
  if (ours.method !== theirs.method) out.push(`method: ${ours.method} vs ${theirs.method}`);
  if (ours.path !== theirs.path) out.push(`path: ${ours.path} vs ${theirs.path}`);
  if (JSON.stringify(ours.query) !== JSON.stringify(theirs.query)) out.push(`query: ${JSON.stringify(ours.query)} vs ${JSON.stringify(theirs.query)}`);
  out.push(...bodyDifferences(ours.body, theirs.body, 'body'));
  for (const name of new Set([...Object.keys(ours.acsHeaders), ...Object.keys(theirs.acsHeaders)])) {
    if (ours.acsHeaders[name] !== theirs.acsHeaders[name]) out.push(`header ${name}: ${ours.acsHeaders[name]} vs ${theirs.acsHeaders[name]}`);
  }
  return out.sort();
}

/** Differences of two JSON values by path: a field only one side sends, or a different value. */
function bodyDifferences(ours: unknown, theirs: unknown, at: string): string[] {
  const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(ours) && isObject(theirs)) {
    return [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].flatMap((key) => {
      if (!(key in theirs)) return [`${at}/${key}: only ours sends it`];
      if (!(key in ours)) return [`${at}/${key}: only the official client sends it`];
      return bodyDifferences(ours[key], theirs[key], `${at}/${key}`);
    });
  }
  if (Array.isArray(ours) && Array.isArray(theirs) && ours.length === theirs.length) {
    return ours.flatMap((item, i) => bodyDifferences(item, theirs[i], `${at}/${i}`));
  }
  return JSON.stringify(ours) === JSON.stringify(theirs) ? [] : [`${at}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`];
}
