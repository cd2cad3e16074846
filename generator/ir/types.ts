/**
 * The intermediate representation (IR): plain data that every emitter reads.
 *
 * The loader turns OpenAPI into this; no emitter ever looks at OpenAPI. Everything here is
 * JSON-serialisable, sorted deterministically, and carries wire names exactly as the API spells them.
 */

/** A JSON value as found in a spec (examples, defaults, consts). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Human documentation attached to a type, field or parameter. */
export interface Doc {
  /** One-line summary (first sentence of the description, or the title). */
  summary: string;
  /** Full description, Markdown allowed. Empty when the spec gives none. */
  description: string;
  /** Example values, in spec order. */
  examples: JsonValue[];
  /** Default value the server applies when the field is omitted. */
  default?: JsonValue;
  deprecated: boolean;
  /** Why it is deprecated (`x-acs-deprecated-reason`), when the spec says. */
  deprecatedReason?: string;
  /** Secret values (passwords, keys): never logged, never echoed in errors, masked in docs. */
  sensitive: boolean;
}

/** String formats the validators understand. Others are documented but not checked. */
export type StringFormat = 'byte' | 'password' | 'date-time' | 'date' | 'email' | 'uri' | 'uuid' | 'ipv4' | 'ipv6';

/**
 * A value shape. Objects and named enums are always referenced by name (`ref`), so every object
 * in the generated code has a named type.
 */
export type Shape =
  | StringShape
  | IntegerShape
  | NumberShape
  | BooleanShape
  | ArrayShape
  | MapShape
  | RefShape
  | UnionShape
  | NullShape
  | UnknownShape;

export interface StringShape {
  kind: 'string';
  /** Format as written in the spec (also ones we do not check). */
  format?: string;
  /** Inline value list. Closed lists reject other values; open lists only document them. */
  enum?: EnumValues;
  const?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
}

export interface EnumValues {
  values: string[];
  open: boolean;
}

export interface IntegerShape {
  kind: 'integer';
  format?: 'int32' | 'int64';
  enum?: number[];
  const?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

export interface NumberShape {
  kind: 'number';
  format?: 'float' | 'double';
  enum?: number[];
  const?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;
}

export interface BooleanShape {
  kind: 'boolean';
  const?: boolean;
}

export interface ArrayShape {
  kind: 'array';
  items: Shape;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
}

/** An object used as a dictionary: `{ [key: string]: values }`. */
export interface MapShape {
  kind: 'map';
  values: Shape;
}

/** A reference to a named type (object, enum or alias) by its generated name. */
export interface RefShape {
  kind: 'ref';
  name: string;
}

/** One of several shapes (oneOf/anyOf of types). */
export interface UnionShape {
  kind: 'union';
  variants: Shape[];
}

export interface NullShape {
  kind: 'null';
}

/** Anything (a schema with no type): typed `unknown`, never `any`. */
export interface UnknownShape {
  kind: 'unknown';
}

/** A property of an object type. */
export interface Field {
  /** Exact wire name; also the TypeScript property name (quoted when not an identifier). */
  wireName: string;
  shape: Shape;
  required: boolean;
  doc: Doc;
}

/** A condition on sibling fields: every listed field is present and equals its value. */
export interface FieldEquals {
  field: string;
  equals: string | number | boolean;
  /** JSON Schema `if` without `required`: the condition also holds when the field is absent. */
  orAbsent: boolean;
}

/** What must hold when a conditional rule applies. */
export interface Assertion {
  /** Fields that become required. */
  required: string[];
  /** Extra constraints on fields (e.g. `period` ∈ {1,2,3,4} when `period_unit` is Week). */
  constraints: { field: string; shape: Shape }[];
}

/**
 * A rule spanning fields of one object. `conditional` and `anyRequired` come from standard
 * JSON Schema (`if`/`then`/`else`, `anyOf` of `required`); `lessOrEqual` from `x-rules`.
 */
export type Rule =
  | { kind: 'conditional'; when: FieldEquals[]; then: Assertion; else?: Assertion }
  | { kind: 'anyRequired'; groups: string[][] }
  | { kind: 'lessOrEqual'; left: string; right: string };

export interface ObjectType {
  kind: 'object';
  name: string;
  doc: Doc;
  /** Fields in spec order. */
  fields: Field[];
  /** `additionalProperties: false`: unknown properties are an error (request objects). */
  closed: boolean;
  /** Shape of extra properties when the object also acts as a map. */
  additional?: Shape;
  rules: Rule[];
  /** Where in the bundled document the type came from (JSON Pointer), for error messages. */
  source: string;
}

export interface EnumType {
  kind: 'enum';
  name: string;
  doc: Doc;
  values: string[];
  /** Open enums accept values beyond the known ones. */
  open: boolean;
  source: string;
}

/** A named non-object schema (e.g. a named array or string with constraints). */
export interface AliasType {
  kind: 'alias';
  name: string;
  doc: Doc;
  shape: Shape;
  source: string;
}

export type NamedType = ObjectType | EnumType | AliasType;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD';

/** A path, query or header parameter of an operation. */
export interface Parameter {
  wireName: string;
  location: 'path' | 'query' | 'header';
  required: boolean;
  shape: Shape;
  /** `json`: the value is sent JSON-encoded (Alibaba's `style: json`); `form`: as is / repeated. */
  style: 'simple' | 'form' | 'json';
  /** For arrays in `form` style: repeated `name=a&name=b` (true) or one comma-joined value (false). */
  explode: boolean;
  doc: Doc;
}

export interface RequestBody {
  shape: Shape;
  required: boolean;
  mediaType: string;
  doc: Doc;
}

export interface ResponseIR {
  /** HTTP status as written (`200`, `4XX`, `default`). */
  status: string;
  shape?: Shape;
  description: string;
  examples: JsonValue[];
}

export interface RequestExample {
  title: string;
  /** The request as a user passes it to the client: params at the top, JSON body under `body`. */
  value: { [key: string]: JsonValue };
}

export interface Operation {
  /** Alibaba action name, e.g. `CreateClusterNodePool`. */
  action: string;
  /** Client method name: lowerCamel of the action. */
  methodName: string;
  summary: string;
  description: string;
  method: HttpMethod;
  /** Path template with `{Name}` placeholders, e.g. `/clusters/{ClusterId}/nodepools`. */
  path: string;
  /** Path, query and header parameters in spec order. */
  parameters: Parameter[];
  body?: RequestBody;
  /** Name of the generated request type (`<Action>Request`). */
  requestType: string;
  /** Name of the generated response type (`<Action>Response`). */
  responseType: string;
  /** The success response (the lowest 2xx). */
  success: ResponseIR;
  /** Error responses (4xx, 5xx, default). */
  errors: ResponseIR[];
  /** Safe to repeat: retried on any transient failure. Non-idempotent calls retry only when provably not acted on. */
  idempotent: boolean;
  deprecated: boolean;
  requestExamples: RequestExample[];
  /** How the operation pages through a list (`x-acs-pagination`), when it does. */
  pagination?: Pagination;
  /** JSON Pointer of the operation in the bundled document. */
  source: string;
}

/**
 * A list operation's paging (`x-acs-pagination`). Request fields are wire names of the operation's parameters;
 * response paths are JSON Pointers into the success response body (`/page_info/total_count`).
 */
export type Pagination =
  | {
      style: 'pageNumber';
      pageNumberParam: string;
      pageSizeParam: string;
      itemsPath: string;
      /** Where the response says how many items there are in all, when it does. */
      totalCountPath?: string;
    }
  | {
      style: 'token';
      tokenParam: string;
      /** The request field that bounds a page, when the operation has one. */
      pageSizeParam?: string;
      /** Where the response gives the token of the next page (absent or empty on the last page). */
      nextTokenPath: string;
      itemsPath: string;
    };

/** How one poll's outcome is matched: a value in the response body, or the error code of a failed call. */
export type WaiterMatcher =
  | {
      kind: 'path';
      /** JSON Pointer into the response body; `*` steps through every item of an array. */
      path: string;
      comparator: 'stringEquals' | 'anyStringEquals' | 'allStringEquals' | 'booleanEquals';
      expected: string | boolean;
    }
  | { kind: 'errorType'; errorCode: string };

export interface WaiterAcceptor {
  state: 'success' | 'failure' | 'retry';
  matcher: WaiterMatcher;
}

/** A named wait for a resource to reach a state (`x-acs-waiters`), modelled on Smithy's waiters. */
export interface Waiter {
  /** PascalCase name; the function is `waitUntil<Name>`. */
  name: string;
  description: string;
  /** Action of the operation that is polled. */
  operation: string;
  /** The waiter's input fields and the request parameter (wire name) each one fills, in spec order. */
  input: { name: string; parameter: string }[];
  /** Checked in order; the first that matches decides. No match on a response means retry. */
  acceptors: WaiterAcceptor[];
  /** Delay bounds between polls, and the default total wait, in seconds. */
  minDelay: number;
  maxDelay: number;
  maxWait: number;
  /** JSON Pointer of the waiter in the bundled document. */
  source: string;
}

export interface RegionEndpoint {
  regionId: string;
  host: string;
}

/** The npm package facts, from `x-acs-package` of the product file or the generator's options. */
export interface PackageInfo {
  /** Semantic version. */
  version: string;
  /** SPDX license identifier; `templates/licenses/<id>.txt` is shipped as LICENSE. */
  license: string;
  /** Repository URL. */
  repository?: string;
  author?: string;
}

export interface Service {
  /** Product code, e.g. `CS`. */
  product: string;
  /** API version, e.g. `2015-12-15`. */
  version: string;
  /** Folder name under the output root: `<product lower>-<version>`. */
  folderName: string;
  /** npm package name, e.g. `cs-2015-12-15` or `@acme/cs-2015-12-15`. */
  packageName: string;
  /** The rest of what the generated package.json, README and LICENSE say about the package. */
  package: PackageInfo;
  /** Client class name, e.g. `CsClient`. */
  clientName: string;
  title: string;
  description: string;
  style: 'ROA' | 'RPC';
  /** Endpoint host template with a `{region}` placeholder. */
  endpointTemplate: string;
  /** Region-specific hosts from the spec (sorted by region id). */
  regions: RegionEndpoint[];
  defaultRegion?: string;
  /** Operations sorted by action. */
  operations: Operation[];
  /** Named types sorted by name. */
  types: NamedType[];
  /** Name of the named type describing Alibaba's error body, when the spec gives one. */
  errorType?: string;
  /** Waiters (`x-acs-waiters`), sorted by name. */
  waiters?: Waiter[];
}

/** What the pipeline hands to emitters: the IR plus the bundled document to ship verbatim. */
export interface GenerationInput {
  service: Service;
  /** The bundled OpenAPI document, as JSON, with keys in a stable order. */
  bundled: JsonValue;
}
