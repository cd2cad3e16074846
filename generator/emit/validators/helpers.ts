/**
 * The helpers a generated validators module defines once: the state of one validation (`Run`), the field tables of
 * object types (`objectSpec`) and the loop that checks an object against its table (`fieldsOf`, `readField`,
 * `checkFields`), issue reporting, and small field checks the handlers of constrained fields call
 * (`integerField(f, i)`, `minimum(f, i, 0)`, ...).
 *
 * A validation is reentrant: its issues and path live in the `Run` it creates, never in module state (the field
 * tables cache only how the keys of the last object of their type were ordered). The path is a stack of tokens
 * written as checks descend and turned into a JSON Pointer only when an issue is reported, so a valid request
 * builds no strings. Messages are built from the spec and from JSON type names, never from a value.
 *
 * Each helper is emitted only when the module uses it (with the helpers it uses), in the order of `HELPERS`.
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
    uses: ['Run', 'ObjectSpec'],
    source: `/** One object being checked: its own field values, read in one pass over its keys, and where it sits. */
interface Fields {
  readonly run: Run;
  /** Path tokens of the object in \`run.path\`. */
  readonly depth: number;
  readonly spec: ObjectSpec;
  readonly object: Record<string, unknown>;
  readonly names: readonly string[];
  /** Own value of each field, in list order; undefined when absent. */
  values: unknown[];
  /** The keys expected in this order (the last object's of the type), with their positions. */
  readonly keys: readonly string[];
  readonly positions: readonly number[];
  /** The fields to check for those keys, in list order: the declared ones among them and the required ones. */
  visit: readonly number[];
  /** Own keys read so far, and whether they came in the expected order. */
  count: number;
  inOrder: boolean;
  /** Own keys that are not declared, in key order (shared between objects: never changed). */
  unknown: readonly string[] | undefined;
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
    source: `/** A JSON Pointer reference token (RFC 6901): \`~\` → \`~0\`, \`/\` → \`~1\`. */
function pointerToken(token: Token): string {
  if (typeof token === 'number' || (token.indexOf('~') === -1 && token.indexOf('/') === -1)) return String(token);
  return token.replace(/~/g, '~0').replace(/\\//g, '~1');
}`,
  },
  report: {
    uses: ['Run', 'pointerToken'],
    source: `/** Adds an issue at the first \`depth\` tokens of the path, then \`last\` when given. Returns false, for \`||\` chains. */
function report(run: Run, depth: number, code: ValidationCode, message: string, last?: Token): false {
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
function fieldReport(f: Fields, i: number, code: ValidationCode, message: string): false {
  return report(f.run, f.depth, code, message, f.names[i]);
}`,
  },
  kindOf: {
    uses: [],
    source: `/** The JSON type of a value for messages, never the value itself. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'a non-finite number';
    if (!Number.isInteger(value)) return 'number';
    return Number.isSafeInteger(value) ? 'integer' : 'an integer beyond 2^53-1 in magnitude';
  }
  const type = typeof value;
  return type === 'string' || type === 'boolean' || type === 'object' || type === 'undefined' ? type : 'other';
}`,
  },
  expected: {
    uses: ['kindOf'],
    source: `/** The message of a \`type\` issue: what was expected and the JSON type found. */
function expected(type: string, value: unknown, suffix = ''): string {
  return 'expected ' + type + ', got ' + kindOf(value) + suffix;
}`,
  },
  ObjectSpec: {
    uses: ['Check'],
    source: `/**
 * The fields of one object type: \`list\` gives each as a separator (\`list[0]\`), a kind letter and the name. Kinds:
 * \`s\` string, \`i\` integer, \`n\` number, \`b\` boolean, \`m\` object, \`a\` array of strings, \`u\` anything; with a
 * handler, in field order: \`e\` one of a closed list of strings (the list), \`o\` a named type (its check function),
 * \`l\` an array of a named type (its check function), \`x\` checked by a function of the \`Fields\` and the field's
 * position. An upper-case kind marks a required field.
 */
interface ObjectSpec {
  /** Names the type in \`unknown_property\` messages; undefined for an open object (unknown keys are allowed). */
  readonly typeName: string | undefined;
  readonly list: string;
  readonly handlers: readonly Handler[];
  /** Fields from this position on are read for rules only (and count as unknown); -1: none is. */
  readonly declared: number;
  /** Parsed from \`list\` on first use. */
  table: FieldTable | undefined;
  /**
   * The own keys of the last object read, the position of each (-1: not a field) and the undeclared ones: objects
   * of one type mostly come with the same keys in the same order, which then need no lookup.
   */
  keys: readonly string[];
  positions: readonly number[];
  visit: readonly number[] | undefined;
  unknown: readonly string[] | undefined;
}

type Handler = Check | readonly string[] | ((f: Fields, i: number) => void);

interface FieldTable {
  readonly names: string[];
  /** Kind letters as lower-case character codes. */
  readonly kinds: number[];
  readonly required: boolean[];
  readonly handlers: (Handler | undefined)[];
  /** The \`enum\` message of each \`e\` field. */
  readonly enumMessages: (string | undefined)[];
  readonly positions: Map<string, number>;
  /** \`undefined\` for each field: copied for the values of each object. */
  readonly absent: readonly unknown[];
  /** How many fields are declared (the others are read for rules only). */
  readonly declared: number;
  /** Positions of the required fields. */
  readonly requiredPositions: readonly number[];
}

function objectSpec(
  typeName: string | undefined,
  list: string,
  handlers: readonly Handler[] = [],
  declared = -1,
): ObjectSpec {
  return {
    typeName,
    list,
    handlers,
    declared,
    table: undefined,
    keys: [],
    positions: [],
    visit: undefined,
    unknown: undefined,
  };
}

function fieldTable({ list, handlers, declared }: ObjectSpec): FieldTable {
  const entries = list === '' ? [] : list.slice(1).split(list.charAt(0));
  const names = entries.map((entry) => entry.slice(1));
  // Letters differ from their upper case in bit 5 only.
  const kinds = entries.map((entry) => entry.charCodeAt(0) | 32);
  const required = entries.map((entry) => (entry.charCodeAt(0) & 32) === 0);
  let next = 0;
  const fieldHandlers = kinds.map((kind) =>
    'eolx'.includes(String.fromCharCode(kind)) ? handlers[next++] : undefined,
  );
  return {
    names,
    kinds,
    required,
    requiredPositions: required.flatMap((isRequired, position) => (isRequired ? [position] : [])),
    handlers: fieldHandlers,
    enumMessages: kinds.map((kind, i) =>
      kind === 101
        ? 'must be one of ' + (fieldHandlers[i] as readonly string[]).map((v) => JSON.stringify(v)).join(', ')
        : undefined,
    ),
    positions: new Map(names.map((name, position) => [name, position])),
    absent: names.map(() => undefined),
    declared: declared < 0 ? names.length : declared,
  };
}`,
  },
  fieldsOf: {
    uses: ['Fields', 'report', 'expected', 'ObjectSpec'],
    source: `/** The \`Fields\` of \`value\` before its keys are read; reports a value that is not an object. */
function fieldsOf(value: unknown, run: Run, depth: number, spec: ObjectSpec): Fields | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    report(run, depth, 'type', expected('object', value));
    return undefined;
  }
  const table = (spec.table ??= fieldTable(spec));
  const { keys, positions, unknown } = spec;
  const visit = spec.visit ?? table.requiredPositions;
  const object = value as Record<string, unknown>;
  const values = table.absent.slice();
  return {
    run,
    depth,
    spec,
    object,
    names: table.names,
    values,
    keys,
    positions,
    visit,
    count: 0,
    inOrder: true,
    unknown,
  };
}`,
  },
  readField: {
    uses: ['Fields'],
    source: `/** Takes the next own key of the object and its value. */
function readField(f: Fields, key: string, value: unknown): void {
  const i = f.count++;
  if (f.keys[i] !== key) f.inOrder = false;
  else {
    const position = f.positions[i] as number;
    if (position >= 0) f.values[position] = value;
  }
}`,
  },
  checkFields: {
    uses: ['Fields', 'report', 'fieldReport', 'expected'],
    source: `/** Checks the fields of an object (its keys read) in list order, then reports its unknown keys. */
function checkFields(f: Fields): void {
  if (!f.inOrder || f.count !== f.keys.length) readByName(f);
  const { run, depth, spec, values, names, visit } = f;
  const { kinds, required, handlers, enumMessages } = spec.table as FieldTable;
  for (let v = 0; v < visit.length; v++) {
    const i = visit[v] as number;
    const field = values[i];
    if (field === undefined) {
      if (required[i]) fieldReport(f, i, 'required', 'is required');
      continue;
    }
    const handler = handlers[i];
    switch (kinds[i]) {
      case 115: // s
        if (typeof field !== 'string') fieldReport(f, i, 'type', expected('string', field));
        break;
      case 105: // i
        if (!Number.isSafeInteger(field)) fieldReport(f, i, 'type', expected('integer', field));
        break;
      case 110: // n
        if (!Number.isFinite(field)) fieldReport(f, i, 'type', expected('number', field));
        break;
      case 98: // b
        if (typeof field !== 'boolean') fieldReport(f, i, 'type', expected('boolean', field));
        break;
      case 109: // m
        if (typeof field !== 'object' || field === null || Array.isArray(field))
          fieldReport(f, i, 'type', expected('object', field));
        break;
      case 101: // e
        if (typeof field !== 'string') fieldReport(f, i, 'type', expected('string', field));
        else if (!(handler as readonly string[]).includes(field)) fieldReport(f, i, 'enum', enumMessages[i] as string);
        break;
      case 111: // o
        run.path[depth] = names[i] as string;
        (handler as Check)(field, run, depth + 1);
        break;
      case 97: // a
        if (!Array.isArray(field)) {
          fieldReport(f, i, 'type', expected('array', field));
          break;
        }
        for (let j = 0; j < field.length; j++) {
          const item: unknown = field[j];
          if (typeof item === 'string') continue;
          run.path[depth] = names[i] as string;
          report(run, depth + 1, 'type', expected('string', item), j);
        }
        break;
      case 108: // l
        if (!Array.isArray(field)) {
          fieldReport(f, i, 'type', expected('array', field));
          break;
        }
        run.path[depth] = names[i] as string;
        for (let j = 0; j < field.length; j++) {
          run.path[depth + 1] = j;
          (handler as Check)(field[j], run, depth + 2);
        }
        break;
      case 120: // x
        (handler as (f: Fields, i: number) => void)(f, i);
    }
  }
  const unknown = f.unknown;
  if (spec.typeName !== undefined && unknown !== undefined)
    for (let i = 0; i < unknown.length; i++)
      report(run, depth, 'unknown_property', 'is not a property of ' + spec.typeName, unknown[i]);
}

/** Reads an object whose keys differ from the last one's of its type: looks each key up, and remembers them. */
function readByName(f: Fields): void {
  const { spec, object } = f;
  const table = spec.table as FieldTable;
  const values = table.absent.slice();
  const keys = Object.keys(object);
  const positions: number[] = [];
  let unknown: string[] | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const position = table.positions.get(key) ?? -1;
    positions.push(position);
    if (position >= 0) values[position] = object[key];
    if (position < 0 || position >= table.declared) (unknown ??= []).push(key);
  }
  const visit = [...new Set([...table.requiredPositions, ...positions.filter((p) => p >= 0 && p < table.declared)])];
  visit.sort((a, b) => a - b);
  spec.keys = keys;
  spec.positions = positions;
  spec.visit = visit;
  spec.unknown = unknown;
  f.values = values;
  f.visit = visit;
  f.unknown = unknown;
}`,
  },
  isObjectAt: {
    uses: ['report', 'expected'],
    source: `/** Whether \`value\` is a JSON object; reports it when not. */
function isObjectAt(value: unknown, run: Run, depth: number): boolean {
  return (typeof value === 'object' && value !== null && !Array.isArray(value)) || report(run, depth, 'type', expected('object', value));
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
  if (value.length < minItems)
    fieldReport(f, i, 'min_items', 'must have at least ' + minItems + (minItems === 1 ? ' item' : ' items'));
  if (value.length > maxItems)
    fieldReport(f, i, 'max_items', 'must have at most ' + maxItems + (maxItems === 1 ? ' item' : ' items'));
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
