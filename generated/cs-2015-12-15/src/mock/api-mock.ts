/**
 * `startMockServer` of a generated package (its `./mock` export, Node.js only): the HTTP mock with one route per
 * operation of the package's routes table (src/mock/index.ts, generated from the same model as the client), the
 * package's own validators on every request, and the stateful resource lifecycle.
 */
import { inspect } from 'node:util';
import {
  startMockHttpServer,
  type MockFault,
  type MockRoute,
  type MockStats,
  type ValidationResultLike,
} from './http-server.js';
import { ResourceLifecycle, type Json } from './lifecycle.js';
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET } from './signature.js';
import { decodeParam, dict, type Dict, type WireParam, type WireType } from './wire.js';

export type { MockFault, MockStats } from './http-server.js';

/** How one operation goes over the wire: the client's operation descriptor. */
export interface MockOperation {
  action: string;
  method: string;
  path: string;
  params: readonly WireParam[];
}

/** One row of the routes table the generator writes. */
export interface ApiRoute {
  operation: MockOperation;
  validate: (value: unknown) => ValidationResultLike;
  /** `[name, type]` of each parameter whose values are not plain strings (pairs: any name is safe, `__proto__` too). */
  types?: readonly (readonly [string, WireType])[];
  /** JSON text of a success response, synthesized from the response schema when the package was generated. */
  sample: string;
}

export interface MockServerOptions {
  /** Default 0: a free port. */
  port?: number;
  /** Reads a cluster, node pool or task stays in its transitional state (`initial`, `scaling`, …). Default 2. */
  transitionPolls?: number;
  /** A fault for the next request(s) from the start, e.g. `{ kind: 'status', status: 503, code: 'ServiceUnavailable', times: 2 }`. */
  fault?: MockFault;
  /** The access key the mock accepts. Default: a fixed test key (see `credentials` of the result). */
  credentials?: MockCredentials;
  /** Larger request bodies are answered 413. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Clusters, node pools and tasks kept at most (each). Default 10 000. */
  maxResources?: number;
  /** false: no clusters, node pools or tasks are kept; every operation answers from its response sample. Default true. */
  stateful?: boolean;
}

export interface MockCredentials {
  accessKeyId: string;
  accessKeySecret: string;
}

export interface MockServer {
  /** `http://127.0.0.1:<port>`: pass it as the client's `endpoint`. */
  endpoint: string;
  port: number;
  /** The access key the mock accepts: pass it as the client's `credentials`. */
  credentials: MockCredentials;
  /** Injects a fault into the next request(s); null clears it. */
  setFault(fault: MockFault | null): void;
  /** Counts of requests handled and signatures checked or rejected. */
  stats: MockStats;
  close(): Promise<void>;
}

const DEFAULT_TRANSITION_POLLS = 2;
const DEFAULT_MAX_RESOURCES = 10_000;

export async function startApiMock(routes: readonly ApiRoute[], options: MockServerOptions = {}): Promise<MockServer> {
  const credentials = options.credentials ?? {
    accessKeyId: MOCK_ACCESS_KEY_ID,
    accessKeySecret: MOCK_ACCESS_KEY_SECRET,
  };
  const server = await startMockHttpServer({
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.fault === undefined ? {} : { fault: options.fault }),
    ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
    routes: httpRoutes(routes, options),
    credentials: { [credentials.accessKeyId]: credentials.accessKeySecret },
    cors: true,
  });
  return {
    endpoint: server.url,
    port: server.port,
    credentials: redacted(credentials),
    setFault: server.setFault,
    stats: server.stats,
    close: server.close,
  };
}

/**
 * The HTTP routes of a routes table, by action: each decodes the wire's strings, validates with the package's
 * validator and answers through one resource lifecycle (or, with `stateful: false`, from the samples alone).
 */
export function httpRoutes(
  routes: readonly ApiRoute[],
  options: Pick<MockServerOptions, 'transitionPolls' | 'maxResources' | 'stateful'> = {},
): Record<string, MockRoute> {
  const samples = new Map<string, string>(routes.map((route) => [route.operation.action, route.sample]));
  const lifecycle = new ResourceLifecycle({
    transitionPolls: Math.max(0, Math.floor(options.transitionPolls ?? DEFAULT_TRANSITION_POLLS)),
    maxResources: options.maxResources ?? DEFAULT_MAX_RESOURCES,
    stateful: options.stateful ?? true,
    sample: (action) => sampleValue(samples.get(action)),
  });
  const table = dict<MockRoute>();
  for (const route of routes) {
    const { action, method, path } = route.operation;
    const types = new Map(route.types ?? []);
    table[action] = {
      method,
      path,
      decode: (input, headers) => typedInput(route.operation.params, types, input, headers),
      validate: route.validate,
      respond: (request) => lifecycle.respond(action, method, request.input),
    };
  }
  return table;
}

/** The request as the client passed it: path, query and header parameters typed, the body as parsed. */
function typedInput(
  params: readonly WireParam[],
  types: ReadonlyMap<string, WireType>,
  input: Dict<unknown>,
  headers: Readonly<Dict<string>>,
): Dict<unknown> {
  const typed = Object.assign(dict<unknown>(), input);
  for (const param of params) {
    const raw = param.in === 'header' ? headers[param.name.toLowerCase()] : input[param.name];
    if (typeof raw !== 'string' && !Array.isArray(raw)) continue;
    typed[param.name] = decodeParam(param, raw as string | string[], types.get(param.name));
  }
  return typed;
}

/** A fresh copy of a sample (parsed anew, so that answers never share objects). */
function sampleValue(sample: string | undefined): Json {
  return sample === undefined ? {} : (JSON.parse(sample) as Json);
}

/** The credentials, with the secret masked when the object is printed (console.log, util.inspect). */
function redacted(credentials: MockCredentials): MockCredentials {
  const copy = { ...credentials };
  Object.defineProperty(copy, inspect.custom, {
    enumerable: false,
    value: () => ({ accessKeyId: copy.accessKeyId, accessKeySecret: '<redacted>' }),
  });
  return copy;
}
