import type { AliasType, GenerationInput, NamedType, ObjectType, Operation, Service, Shape } from '../ir/types.ts';
import type { FunctionDeclarationStructure, OptionalKind, SourceFileStructure, StatementStructures } from 'ts-morph';
import { StructureKind } from './ts-kinds.ts';
import { GENERATED_HEADER } from './header.ts';
import { printStructure, tsFile } from './ts-source.ts';
import { checkFunctionName, CheckContext, type CheckFunction } from './validators/context.ts';
import { objectCheckFunction } from './validators/object-checks.ts';
import { shapeChecks } from './validators/shape-checks.ts';
import { typesOnCycles, withDepthGuard } from './validators/recursion.ts';
import type { GeneratedFile } from './types.ts';

/**
 * `src/validators.ts`: straight-line checks, one function per named type and per request, calling each other.
 *
 * Every operation gets `validate<Action>Request(value)` (returns `{ ok, value }` or `{ ok: false, issues }`)
 * and `assert<Action>Request(value)` (throws `ValidationError` carrying the issues). All issues are reported,
 * each `{ path, code, message }` with `path` a JSON Pointer from the request root. Messages are built from the
 * spec and from JSON type names only, never from the value checked; value lists of sensitive fields are not
 * named either.
 *
 * Issue codes: `VALIDATION_CODES` below is the one list. The runtime's `ValidationCode` union and the code table of
 * the repository README are checked against it (test/validators/codes.test.ts), and the generated validators
 * type-check only with codes of that union.
 *
 * Values restricted by an `if`/`then`/`else` rule (e.g. `period` by `period_unit`) report `enum` (or the
 * relevant code) with the condition in the message.
 *
 * Formats checked: those in `validators/formats.ts` (byte, date, date-time, email, uri, uuid, ipv4, ipv6 and
 * int32), each like ajv-formats; other formats (password, int64, ...) are not checked.
 */
export function emitValidators({ service }: GenerationInput): GeneratedFile[] {
  return [
    tsFile('src/validators.ts', validatorsStructure(service)),
    // The public surface is two signatures per operation: written here, it spares deriving declarations from the
    // largest source file of the package (most of the cost of dist/ otherwise).
    tsFile('dist/validators.d.ts', validatorsDeclarationsStructure(service)),
  ];
}

/** `dist/validators.d.ts`: the exported entry points, without the checks behind them. */
export function validatorsDeclarations(service: Service): string {
  return printStructure('dist/validators.d.ts', validatorsDeclarationsStructure(service));
}

function validatorsDeclarationsStructure(service: Service): OptionalKind<SourceFileStructure> {
  const modelImports = [...new Set(service.operations.map((op) => op.requestType))].sort();
  const statements: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './runtime/validation.js', namedImports: ['ValidationResult'] },
    ...(modelImports.length > 0
      ? [{ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './models.js', namedImports: modelImports }]
      : []),
    ...service.operations.flatMap(entryPoints).map((fn): FunctionDeclarationStructure => ({ ...fn, hasDeclareKeyword: true, statements: undefined })),
  ];
  return { statements };
}

/** Every issue code the generated validators can report. */
export const VALIDATION_CODES = [
  'type',
  'required',
  'enum',
  'const',
  'minimum',
  'maximum',
  'exclusive_minimum',
  'exclusive_maximum',
  'multiple_of',
  'min_length',
  'max_length',
  'pattern',
  'format',
  'min_items',
  'max_items',
  'unique_items',
  'unknown_property',
  'union',
  'conditional_required',
  'any_required',
  'less_or_equal',
  'depth',
  // Reported by the client itself, before sending, even with validation off (generator/runtime/options.ts).
  'path_segment',
  'header_value',
] as const;

export type ValidationCode = (typeof VALIDATION_CODES)[number];

/** The request of an operation as an object type: parameters by wire name, the JSON body under `body`. */
export function requestObject(op: Operation): ObjectType {
  const params = op.parameters.map((p) => ({ wireName: p.wireName, shape: p.shape, required: p.required, doc: p.doc }));
  const body = op.body
    ? [{ wireName: 'body', shape: op.body.shape, required: op.body.required, doc: op.body.doc }]
    : [];
  return {
    kind: 'object',
    name: op.requestType,
    doc: { summary: '', description: '', examples: [], deprecated: false, sensitive: false },
    fields: [...params, ...body],
    closed: true,
    rules: [],
    source: op.source,
  };
}

export function validatorsSource(service: Service): string {
  return printStructure('src/validators.ts', validatorsStructure(service));
}

function validatorsStructure(service: Service): OptionalKind<SourceFileStructure> {
  const requests = service.operations.map(requestObject);
  const reachable = reachableTypeNames(requests, service.types);
  const objectTypes = service.types.filter(
    (t): t is ObjectType | AliasType => t.kind !== 'enum' && reachable.has(t.name),
  );
  assertDistinctFunctionNames([...objectTypes.map((t) => t.name), ...requests.map((r) => r.name)]);

  const ctx = new CheckContext(service.types);
  const requestFunctions = requests.map((r) => objectCheckFunction(r, ctx));
  const cyclic = typesOnCycles(service.types);
  const typeFunctions = objectTypes.map((type) => {
    const fn = type.kind === 'object' ? objectCheckFunction(type, ctx) : aliasCheckFunction(type.name, type.shape, ctx);
    return cyclic.has(type.name) ? withDepthGuard(fn) : fn;
  });
  const runtimeImports = [...new Set(['escapePointerToken', 'jsonTypeOf', ...ctx.runtimeImports])].sort();
  const modelImports = [...new Set(service.operations.map((op) => op.requestType))].sort();

  const statements: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/errors.js', namedImports: ['ValidationError'] },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime/validation.js',
      namedImports: [...runtimeImports, 'type ValidationCode', 'type ValidationIssue', 'type ValidationResult'],
    },
    ...(modelImports.length > 0
      ? [{ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './models.js', namedImports: modelImports }]
      : []),
    ...service.operations.flatMap(entryPoints),
  ];
  const rawStatements = [MODULE_HELPERS, ...ctx.declarations];
  const functions = [...requestFunctions, ...typeFunctions, ...ctx.helperFunctions].map(checkFunctionStructure);
  return { leadingTrivia: GENERATED_HEADER, statements: [...statements, ...rawStatements, ...functions] };
}

function checkFunctionStructure(fn: CheckFunction): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: fn.name,
    parameters: [
      { name: 'value', type: 'unknown' },
      { name: 'issues', type: 'Issues' },
      { name: 'path', type: 'Path' },
    ],
    returnType: 'Issues',
    statements: fn.body,
  };
}

/** The check function of a named non-object type: the value sits at the current path. */
function aliasCheckFunction(name: string, shape: Shape, ctx: CheckContext): CheckFunction {
  const site = { value: 'value', tokens: [], issues: 'issues', sensitive: false, reportType: true, suffix: '' };
  return { name: checkFunctionName(name), body: [...shapeChecks(shape, site, ctx), 'return issues;'] };
}

/** Names of the named types the requests lead to (responses and unused components get no check function). */
function reachableTypeNames(requests: ObjectType[], types: readonly NamedType[]): Set<string> {
  const byName = new Map(types.map((t) => [t.name, t]));
  const seen = new Set<string>();
  const visitShape = (shape: Shape): void => {
    switch (shape.kind) {
      case 'ref': {
        if (seen.has(shape.name)) return;
        seen.add(shape.name);
        const type = byName.get(shape.name);
        if (type?.kind === 'object') visitObject(type);
        if (type?.kind === 'alias') visitShape(type.shape);
        return;
      }
      case 'array':
        return visitShape(shape.items);
      case 'map':
        return visitShape(shape.values);
      case 'union':
        return shape.variants.forEach(visitShape);
      default:
        return;
    }
  };
  const visitObject = (type: ObjectType): void => {
    type.fields.forEach((f) => visitShape(f.shape));
    if (type.additional) visitShape(type.additional);
    for (const rule of type.rules) {
      if (rule.kind !== 'conditional') continue;
      for (const assertion of [rule.then, rule.else]) assertion?.constraints.forEach((c) => visitShape(c.shape));
    }
  };
  requests.forEach(visitObject);
  return seen;
}

function assertDistinctFunctionNames(names: string[]): void {
  const seen = new Map<string, string>();
  for (const name of names) {
    const fn = checkFunctionName(name);
    const other = seen.get(fn);
    if (other !== undefined)
      throw new Error(`validators: types "${other}" and "${name}" would share the check function ${fn}`);
    seen.set(fn, name);
  }
}

function entryPoints(op: Operation): FunctionDeclarationStructure[] {
  const type = op.requestType;
  const check = checkFunctionName(type);
  return [
    {
      kind: StructureKind.Function,
      isExported: true,
      name: `validate${type}`,
      docs: [{ description: `Checks a \`${op.action}\` request without throwing: every issue found, or the request typed.` }],
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `ValidationResult<${type}>`,
      statements: [
        `const issues = ${check}(value, null, { tokens: [], depth: 0 });`,
        `return issues === null ? { ok: true, value: value as ${type} } : { ok: false, issues };`,
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: `assert${type}`,
      docs: [{ description: `Throws a \`ValidationError\` listing every issue when \`value\` is not a valid \`${op.action}\` request.` }],
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `asserts value is ${type}`,
      statements: [`const issues = ${check}(value, null, { tokens: [], depth: 0 });`, 'if (issues !== null) throw new ValidationError(issues);'],
    },
  ];
}

/**
 * Helpers of every validators module, written in prettier's layout (they are printed as they are). The path of the
 * value being checked lives on a stack (`Path`) that each validation creates and passes down, so validators are
 * reentrant (a getter that validates another request cannot disturb the outer one); it is turned into a JSON Pointer
 * only when an issue is reported.
 */
const MODULE_HELPERS = `type Issues = ValidationIssue[] | null;

/** The keys and indexes from the request root to the value being checked: \`tokens[0..depth)\`. */
interface Path {
  tokens: (string | number)[];
  depth: number;
}

/** JSON Pointer of the current path, extended by \`tokens\`. */
function at(path: Path, ...tokens: (string | number)[]): string {
  let pointer = '';
  for (let i = 0; i < path.depth; i++) pointer += '/' + pointerToken(path.tokens[i] ?? '');
  for (let i = 0; i < tokens.length; i++) pointer += '/' + pointerToken(tokens[i] ?? '');
  return pointer;
}

function pointerToken(token: string | number): string | number {
  if (typeof token === 'number' || (token.indexOf('~') === -1 && token.indexOf('/') === -1)) return token;
  return escapePointerToken(token);
}

function report(issues: Issues, path: string, code: ValidationCode, message: string): ValidationIssue[] {
  const found: ValidationIssue = { path, code, message };
  if (issues === null) return [found];
  issues.push(found);
  return issues;
}

/** A \`type\` issue: what was expected and the JSON type found (never the value). */
function mistyped(issues: Issues, path: string, expected: string, value: unknown, suffix = ''): ValidationIssue[] {
  return report(issues, path, 'type', 'expected ' + expected + ', got ' + kindOf(value) + suffix);
}

/** One \`unknown_property\` issue per key a closed object does not declare. */
function unknownProperties(issues: Issues, path: Path, keys: string[], typeName: string): ValidationIssue[] | null {
  for (let i = 0; i < keys.length; i++)
    issues = report(issues, at(path, keys[i] as string), 'unknown_property', 'is not a property of ' + typeName);
  return issues;
}

/** The JSON type of a value for messages, never the value itself. */
function kindOf(value: unknown): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'a non-finite number';
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) return 'an integer beyond 2^53-1 in magnitude';
  }
  return jsonTypeOf(value);
}
`;
