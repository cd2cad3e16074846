/**
 * The helpers a generated validators module defines once and every check function calls: the state of one
 * validation (`Run`), the one-pass reading of an object's own fields (`fieldsOf`), issue reporting, and one short
 * call per common field check (`stringField(f, 3)`), small enough for V8 to inline at each call site.
 *
 * A validation is reentrant: its issues and path live in the `Run` it creates, never in module state. The path is
 * a stack of tokens written as checks descend and turned into a JSON Pointer only when an issue is reported, so a
 * valid request builds no strings. Messages are built from the spec and from JSON type names, never from a value.
 *
 * Each helper is emitted only when the module uses it (with the helpers it calls), in the order of `HELPERS`.
 */

interface Helper {
  /** Helpers (and module constants) this one calls. */
  uses: string[];
  source: string;
}

const HELPERS = {
  Token: {
    uses: [],
    source: `/** A JSON Pointer reference token: a property name or an array index. */
type Token = string | number;`,
  },
  Run: {
    uses: ['Token'],
    source: `/** One validation: the issues found so far and the path tokens (from the request root) of the value being checked. */
interface Run {
  readonly issues: ValidationIssue[];
  readonly path: Token[];
}`,
  },
  Check: {
    uses: ['Run'],
    source: `/** Checks the value whose path is the first \`depth\` tokens of \`run.path\`. */
type Check = (value: unknown, run: Run, depth: number) => void;`,
  },
  Fields: {
    uses: ['Run'],
    source: `/** The own values of the fields an object declares, read in one pass over its keys. */
interface Fields {
  readonly run: Run;
  /** Path tokens of the object in \`run.path\`. */
  readonly depth: number;
  /** Own value of each declared (or rule-named) field, in declaration order; undefined when absent. */
  readonly values: unknown[];
  readonly names: readonly string[];
  /** Own keys that are not declared, in key order (shared between reads: never changed). */
  readonly unknown: readonly string[] | undefined;
}`,
  },
  issuesOf: {
    uses: ['Check'],
    source: `function issuesOf(value: unknown, check: Check): ValidationIssue[] {
  const run: Run = { issues: [], path: [] };
  check(value, run, 0);
  return run.issues;
}`,
  },
  resultOf: {
    uses: ['issuesOf'],
    source: `function resultOf<T>(value: unknown, check: Check): ValidationResult<T> {
  const issues = issuesOf(value, check);
  return issues.length === 0 ? { ok: true, value: value as T } : { ok: false, issues };
}`,
  },
  assertValid: {
    uses: ['issuesOf'],
    source: `function assertValid(value: unknown, check: Check): void {
  const issues = issuesOf(value, check);
  if (issues.length > 0) throw new ValidationError(issues);
}`,
  },
  pointerToken: {
    uses: ['Token'],
    source: `function pointerToken(token: Token): Token {
  if (typeof token === 'number' || (token.indexOf('~') === -1 && token.indexOf('/') === -1)) return token;
  return escapePointerToken(token);
}`,
  },
  report: {
    uses: ['Run', 'pointerToken'],
    source: `/** Adds an issue at the first \`depth\` tokens of the path, then \`last\` when given. Returns false, for \`||\` chains. */
function report(run: Run, depth: number, code: string, message: string, last?: Token): false {
  let path = '';
  for (let i = 0; i < depth; i++) path += '/' + pointerToken(run.path[i] ?? '');
  if (last !== undefined) path += '/' + pointerToken(last);
  run.issues.push({ path, code, message });
  return false;
}`,
  },
  fieldReport: {
    uses: ['Fields', 'report'],
    source: `/** Adds an issue at field \`i\` of an object. */
function fieldReport(f: Fields, i: number, code: string, message: string): false {
  return report(f.run, f.depth, code, message, f.names[i]);
}`,
  },
  kindOf: {
    uses: [],
    source: `/** The JSON type of a value for messages, never the value itself. */
function kindOf(value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'a non-finite number';
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return 'an integer beyond 2^53-1 in magnitude';
  }
  return jsonTypeOf(value);
}`,
  },
  expected: {
    uses: ['kindOf'],
    source: `/** The message of a \`type\` issue: what was expected and the JSON type found. */
function expected(type: string, value: unknown, suffix = ''): string {
  return 'expected ' + type + ', got ' + kindOf(value) + suffix;
}`,
  },
  FieldIndex: {
    uses: [],
    source: `/** How \`fieldsOf\` reads the objects of one type. */
interface FieldIndex {
  /** Field names (declared ones first, then names only rules read), in order. */
  readonly names: string[];
  readonly positions: Map<string, number>;
  /** Fields from this position on are read for rules but are not declared. */
  readonly declared: number;
  /**
   * The own keys of the last object read, the position of each (-1: not a field) and the undeclared ones: objects
   * of one type usually come with the same keys in the same order, which then need no lookup.
   */
  keys: string[];
  keyPositions: number[];
  unknown: string[] | undefined;
}`,
  },
  FIELD_INDEXES: {
    uses: ['FieldIndex'],
    source: `/** The \`FieldIndex\` of each object type, by the list of names \`fieldsOf\` is given (built on first use). */
const FIELD_INDEXES = new Map<string, FieldIndex>();`,
  },
  fieldsOf: {
    uses: ['Fields', 'report', 'expected', 'FIELD_INDEXES'],
    source: `/**
 * Reads the own fields of \`value\` named by \`list\` (the names, each preceded by the separator \`list[0]\`); names
 * from position \`declared\` on are read for rules but count as unknown. Reports a value that is not an object.
 */
function fieldsOf(value: unknown, run: Run, depth: number, list: string, declared = Infinity): Fields | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(run, depth, 'type', expected('object', value));
    return undefined;
  }
  const index = FIELD_INDEXES.get(list) ?? fieldIndex(list, declared);
  const object = value as Record<string, unknown>;
  const values = new Array<unknown>(index.names.length);
  const { keys, keyPositions } = index;
  let count = 0;
  for (const key in object) {
    if (!hasOwn.call(object, key)) continue;
    if (keys[count] !== key) return fieldsByLookup(object, run, depth, index);
    const position = keyPositions[count++] as number;
    if (position >= 0) values[position] = object[key];
  }
  if (count !== keys.length) return fieldsByLookup(object, run, depth, index);
  return { run, depth, values, names: index.names, unknown: index.unknown };
}

const hasOwn = Object.prototype.hasOwnProperty;

function fieldIndex(list: string, declared: number): FieldIndex {
  const names = list === '' ? [] : list.slice(1).split(list.charAt(0));
  const index: FieldIndex = {
    names,
    positions: new Map(names.map((name, position) => [name, position])),
    declared,
    keys: [],
    keyPositions: [],
    unknown: undefined,
  };
  FIELD_INDEXES.set(list, index);
  return index;
}

/** \`fieldsOf\` for an object whose keys differ from the last one's: looks each key up, and remembers them. */
function fieldsByLookup(object: Record<string, unknown>, run: Run, depth: number, index: FieldIndex): Fields {
  const values = new Array<unknown>(index.names.length);
  const keys = Object.keys(object);
  const keyPositions: number[] = [];
  let unknown: string[] | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const position = index.positions.get(key) ?? -1;
    keyPositions.push(position);
    if (position >= 0) values[position] = object[key];
    if (position < 0 || position >= index.declared) (unknown ??= []).push(key);
  }
  index.keys = keys;
  index.keyPositions = keyPositions;
  index.unknown = unknown;
  return { run, depth, values, names: index.names, unknown };
}`,
  },
  isObjectAt: {
    uses: ['report', 'expected'],
    source: `/** Whether \`value\` is a JSON object; reports it when not. */
function isObjectAt(value: unknown, run: Run, depth: number): boolean {
  return (typeof value === 'object' && value !== null && !Array.isArray(value)) || report(run, depth, 'type', expected('object', value));
}`,
  },
  requiredField: {
    uses: ['fieldReport'],
    source: `/** Whether field \`i\` is present; reports it missing when not. */
function requiredField(f: Fields, i: number): boolean {
  return f.values[i] !== undefined || fieldReport(f, i, 'required', 'is required');
}`,
  },
  stringField: {
    uses: ['fieldReport', 'expected'],
    source: `/** Whether field \`i\` is a string; reports any other present value. */
function stringField(f: Fields, i: number): boolean {
  const value = f.values[i];
  return typeof value === 'string' || (value !== undefined && fieldReport(f, i, 'type', expected('string', value)));
}`,
  },
  integerField: {
    uses: ['fieldReport', 'expected'],
    source: `/** Whether field \`i\` is a safe integer; reports any other present value. */
function integerField(f: Fields, i: number): boolean {
  const value = f.values[i];
  return Number.isSafeInteger(value) || (value !== undefined && fieldReport(f, i, 'type', expected('integer', value)));
}`,
  },
  numberField: {
    uses: ['fieldReport', 'expected'],
    source: `/** Whether field \`i\` is a finite number; reports any other present value. */
function numberField(f: Fields, i: number): boolean {
  const value = f.values[i];
  return Number.isFinite(value) || (value !== undefined && fieldReport(f, i, 'type', expected('number', value)));
}`,
  },
  booleanField: {
    uses: ['fieldReport', 'expected'],
    source: `/** Whether field \`i\` is a boolean; reports any other present value. */
function booleanField(f: Fields, i: number): boolean {
  const value = f.values[i];
  return typeof value === 'boolean' || (value !== undefined && fieldReport(f, i, 'type', expected('boolean', value)));
}`,
  },
  objectField: {
    uses: ['fieldReport', 'expected'],
    source: `/** Whether field \`i\` is a JSON object; reports any other present value. */
function objectField(f: Fields, i: number): boolean {
  const value = f.values[i];
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return true;
  return value !== undefined && fieldReport(f, i, 'type', expected('object', value));
}`,
  },
  nested: {
    uses: ['Fields', 'Check'],
    source: `/** Checks field \`i\`, when present, with the check function of its type. */
function nested(f: Fields, i: number, check: Check): void {
  const value = f.values[i];
  if (value === undefined) return;
  f.run.path[f.depth] = f.names[i] as string;
  check(value, f.run, f.depth + 1);
}`,
  },
  arrayField: {
    uses: ['fieldReport', 'expected'],
    source: `/** Field \`i\` when it is an array (its length checked), else undefined; reports any other present value. */
function arrayField(f: Fields, i: number, minItems = 0, maxItems = Infinity): readonly unknown[] | undefined {
  const value = f.values[i];
  if (!Array.isArray(value)) {
    if (value !== undefined) fieldReport(f, i, 'type', expected('array', value));
    return undefined;
  }
  if (value.length < minItems) fieldReport(f, i, 'min_items', 'must have at least ' + minItems + (minItems === 1 ? ' item' : ' items'));
  if (value.length > maxItems) fieldReport(f, i, 'max_items', 'must have at most ' + maxItems + (maxItems === 1 ? ' item' : ' items'));
  return value;
}`,
  },
  stringsField: {
    uses: ['arrayField', 'report', 'expected'],
    source: `/** Checks that field \`i\`, when present, is an array of strings. */
function stringsField(f: Fields, i: number, minItems?: number, maxItems?: number): void {
  const items = arrayField(f, i, minItems, maxItems);
  if (items === undefined) return;
  for (let j = 0; j < items.length; j++) {
    const item = items[j];
    if (typeof item !== 'string') {
      f.run.path[f.depth] = f.names[i] as string;
      report(f.run, f.depth + 1, 'type', expected('string', item), j);
    }
  }
}`,
  },
  objectsField: {
    uses: ['arrayField', 'Check'],
    source: `/** Checks that field \`i\`, when present, is an array, each item with the check function of its type. */
function objectsField(f: Fields, i: number, check: Check, minItems?: number, maxItems?: number): void {
  const items = arrayField(f, i, minItems, maxItems);
  if (items === undefined) return;
  const { run, depth } = f;
  run.path[depth] = f.names[i] as string;
  for (let j = 0; j < items.length; j++) {
    run.path[depth + 1] = j;
    check(items[j], run, depth + 2);
  }
}`,
  },
  oneOf: {
    uses: ['fieldReport'],
    source: `/** Checks that field \`i\` (of the right type) is one of a closed list of values. */
function oneOf(f: Fields, i: number, values: readonly (string | number)[]): void {
  if (!values.includes(f.values[i] as string | number))
    fieldReport(f, i, 'enum', 'must be one of ' + values.map((v) => JSON.stringify(v)).join(', '));
}`,
  },
  minimum: {
    uses: ['fieldReport'],
    source: `function minimum(f: Fields, i: number, bound: number): void {
  if ((f.values[i] as number) < bound) fieldReport(f, i, 'minimum', 'must be greater than or equal to ' + bound);
}`,
  },
  maximum: {
    uses: ['fieldReport'],
    source: `function maximum(f: Fields, i: number, bound: number): void {
  if ((f.values[i] as number) > bound) fieldReport(f, i, 'maximum', 'must be less than or equal to ' + bound);
}`,
  },
  minLength: {
    uses: ['fieldReport'],
    source: `/** Checks a string field's length in code points (UTF-16 length ≥ code points ≥ half of it: counted only when those bounds cannot decide). */
function minLength(f: Fields, i: number, min: number): void {
  const value = f.values[i] as string;
  if (value.length < min || (value.length < 2 * min && codePointLength(value) < min))
    fieldReport(f, i, 'min_length', 'must be at least ' + min + (min === 1 ? ' character' : ' characters') + ' long');
}`,
  },
  maxLength: {
    uses: ['fieldReport'],
    source: `function maxLength(f: Fields, i: number, max: number): void {
  const value = f.values[i] as string;
  if (value.length > max && codePointLength(value) > max)
    fieldReport(f, i, 'max_length', 'must be at most ' + max + (max === 1 ? ' character' : ' characters') + ' long');
}`,
  },
  unknownProperties: {
    uses: ['Fields', 'report'],
    source: `/** One \`unknown_property\` issue per own key a closed object does not declare. */
function unknownProperties(f: Fields, typeName: string): void {
  const keys = f.unknown;
  if (keys === undefined) return;
  for (let i = 0; i < keys.length; i++)
    report(f.run, f.depth, 'unknown_property', 'is not a property of ' + typeName, keys[i]);
}`,
  },
  lessOrEqual: {
    uses: ['fieldReport'],
    source: `/** \`x-rules\` \`lessOrEqual\`: field \`left\` must not exceed field \`right\` when both are numbers. */
function lessOrEqual(f: Fields, left: number, right: number): void {
  const a = f.values[left];
  const b = f.values[right];
  if (typeof a === 'number' && typeof b === 'number' && a > b)
    fieldReport(f, left, 'less_or_equal', 'must be less than or equal to ' + f.names[right]);
}`,
  },
} satisfies Record<string, Helper>;

export type HelperName = keyof typeof HELPERS;

/** Names the generated module imports from `./runtime/validation.js` for the helpers. */
const RUNTIME_IMPORTS: Partial<Record<HelperName, string[]>> = {
  pointerToken: ['escapePointerToken'],
  kindOf: ['jsonTypeOf'],
  minLength: ['codePointLength'],
  maxLength: ['codePointLength'],
};

/** The helpers in `used` and every helper they call, in a fixed order. */
export function helperClosure(used: Iterable<HelperName>): HelperName[] {
  const needed = new Set<HelperName>();
  const add = (name: HelperName): void => {
    if (needed.has(name)) return;
    needed.add(name);
    for (const dependency of HELPERS[name].uses) add(dependency as HelperName);
  };
  for (const name of used) add(name);
  return (Object.keys(HELPERS) as HelperName[]).filter((name) => needed.has(name));
}

export function helperSource(name: HelperName): string {
  return HELPERS[name].source;
}

export function helperRuntimeImports(names: readonly HelperName[]): string[] {
  return names.flatMap((name) => RUNTIME_IMPORTS[name] ?? []);
}
