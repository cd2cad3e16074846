import type { AliasType, GenerationInput, NamedType, ObjectType, Operation, Service, Shape } from '../ir/types.ts';
import type { FunctionDeclarationStructure, OptionalKind, SourceFileStructure, StatementStructures } from 'ts-morph';
import { StructureKind } from './ts-kinds.ts';
import { GENERATED_HEADER } from './header.ts';
import { printStructure, tsFile } from './ts-source.ts';
import { checkFunctionName, CheckContext, type CheckFunction } from './validators/context.ts';
import { helperClosure, helperRuntimeImports, helperSource } from './validators/helpers.ts';
import { objectCheckFunction } from './validators/object-checks.ts';
import { layOutSpecs } from './validators/shared-handlers.ts';
import { pathPlace, shapeChecks, type Site } from './validators/shape-checks.ts';
import { typesOnCycles, withDepthGuard } from './validators/recursion.ts';
import type { GeneratedFile } from './types.ts';

/**
 * `src/validators.ts`: one check function per named type and per request, calling each other. An object type is a
 * field table (`objectSpec`: kind letters and names, handlers for nested types and constrained fields) that the
 * module's `checkFields` loop runs (`validators/helpers.ts`, `validators/object-checks.ts`); a handler that several
 * fields need is one named constant (`validators/shared-handlers.ts`).
 *
 * Every operation gets `validate<Action>Request(value)` (returns `{ ok, value }` or `{ ok: false, issues }`)
 * and `assert<Action>Request(value)` (throws `ValidationError` carrying the issues). All issues are reported,
 * each `{ path, code, message }` with `path` a JSON Pointer from the request root. Messages are built from the
 * spec and from JSON type names only, never from the value checked; value lists of sensitive fields are not
 * named either.
 *
 * Issue codes (stable; documented for users in the package README):
 *
 * | code                   | meaning                                                                        | path points at        |
 * | ---------------------- | ------------------------------------------------------------------------------ | --------------------- |
 * | `type`                 | wrong JSON type; integers must be safe integers, numbers finite                | the value             |
 * | `required`             | a required field or parameter is missing (`undefined` counts as missing)      | the missing field     |
 * | `enum`                 | not one of a closed list of values (open lists accept any string)             | the value             |
 * | `const`                | not the single allowed value                                                   | the value             |
 * | `minimum`, `maximum`   | number below / above an inclusive bound                                        | the value             |
 * | `exclusive_minimum`, `exclusive_maximum` | number not strictly above / below a bound                     | the value             |
 * | `multiple_of`          | number not a multiple of the given factor                                      | the value             |
 * | `min_length`, `max_length` | string shorter / longer than allowed (counted in Unicode code points)      | the value             |
 * | `pattern`              | string does not match the spec's regular expression (`u` flag)                 | the value             |
 * | `format`               | string not in the declared format (`byte` = base64, date-time, uri, ...)       | the value             |
 * | `min_items`, `max_items` | array with too few / too many items                                          | the array             |
 * | `unique_items`         | array with two equal items                                                     | the array             |
 * | `unknown_property`     | property not declared by a closed (request) object                             | the unknown property  |
 * | `union`                | value matches none of the alternatives of a `oneOf`/`anyOf`/type list          | the value             |
 * | `conditional_required` | field required by an `if`/`then`/`else` rule is missing                        | the missing field     |
 * | `any_required`         | none of the fields (or groups) of an "at least one of" rule is set             | the object            |
 * | `less_or_equal`        | `x-rules` `lessOrEqual: [a, b]` with both numbers present and a > b            | field `a`             |
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
    ...service.operations.flatMap((op) => entryPoints(op, new CheckContext([]))).map((fn): FunctionDeclarationStructure => ({ ...fn, hasDeclareKeyword: true, statements: undefined })),
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
  const entryFunctions = service.operations.flatMap((op) => entryPoints(op, ctx));
  const requestFunctions = requests.map((r) => objectCheckFunction(r, ctx));
  const cyclic = typesOnCycles(service.types);
  const typeFunctions = objectTypes.map((type) => {
    const fn = type.kind === 'object' ? objectCheckFunction(type, ctx) : aliasCheckFunction(type.name, type.shape, ctx);
    return cyclic.has(type.name) ? withDepthGuard(fn, ctx) : fn;
  });
  const helpers = helperClosure(ctx.helpers);
  const runtimeImports = [...new Set([...helperRuntimeImports(helpers), ...ctx.runtimeImports])].sort();
  const modelImports = [...new Set(service.operations.map((op) => op.requestType))].sort();

  const statements: StatementStructures[] = [
    ...(helpers.includes('assertValid')
      ? [{ kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/errors.js', namedImports: ['ValidationError'] }]
      : []),
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime/validation.js',
      namedImports: [...runtimeImports, 'type ValidationCode', 'type ValidationIssue', 'type ValidationResult'],
    },
    ...(modelImports.length > 0
      ? [{ kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './models.js', namedImports: modelImports }]
      : []),
    ...entryFunctions,
  ];
  const checkFunctions = [...requestFunctions, ...typeFunctions, ...ctx.helperFunctions];
  const reserved = new Set([
    ...helpers,
    ...checkFunctions.map((fn) => fn.name),
    ...[...ctx.declarations, ...ctx.specDeclarations.map((spec) => spec.head)].map((text) => /^(?:const|function) (\w+)/.exec(text)?.[1] ?? ''),
  ]);
  const specs = layOutSpecs(ctx.specDeclarations, ctx.handlerNames, reserved);
  const rawStatements = [...helpers.map(helperSource), ...ctx.declarations, ...specs.shared, ...specs.specs];
  const functions = checkFunctions.map(checkFunctionStructure);
  return { leadingTrivia: GENERATED_HEADER, statements: [...statements, ...rawStatements, ...functions] };
}

function checkFunctionStructure(fn: CheckFunction): FunctionDeclarationStructure {
  return {
    kind: StructureKind.Function,
    name: fn.name,
    parameters: [
      { name: 'value', type: 'unknown' },
      { name: 'run', type: 'Run' },
      { name: 'depth', type: 'number' },
    ],
    returnType: 'void',
    statements: fn.body,
  };
}

/** The check function of a named non-object type: the value sits at the current path. */
function aliasCheckFunction(name: string, shape: Shape, ctx: CheckContext): CheckFunction {
  const site: Site = { value: 'value', place: pathPlace('run', 'depth'), sensitive: false, reportType: true, suffix: '' };
  return { name: checkFunctionName(name), body: shapeChecks(shape, site, ctx) };
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

function entryPoints(op: Operation, ctx: CheckContext): FunctionDeclarationStructure[] {
  const type = op.requestType;
  const check = checkFunctionName(type);
  ctx.use('resultOf');
  ctx.use('assertValid');
  return [
    {
      kind: StructureKind.Function,
      isExported: true,
      name: `validate${type}`,
      docs: [{ description: `Checks a \`${op.action}\` request without throwing: every issue found, or the request typed.` }],
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `ValidationResult<${type}>`,
      statements: [`return resultOf<${type}>(value, ${check});`],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: `assert${type}`,
      docs: [{ description: `Throws a \`ValidationError\` listing every issue when \`value\` is not a valid \`${op.action}\` request.` }],
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `asserts value is ${type}`,
      statements: [`assertValid(value, ${check});`],
    },
  ];
}
