import type { ArrayShape, Assertion, Field, FieldEquals, ObjectType, Rule, Shape } from '../../ir/types.ts';
import { checkFunctionName, type CheckContext, type CheckFunction } from './context.ts';
import {
  arrayChecks,
  constLine,
  enumLines,
  formatLines,
  jsonKindOf,
  mapChecks,
  negated,
  patternLines,
  pathPlace,
  rareNumberChecks,
  shapeChecks,
  reportLine,
  unionFunction,
  valuesConstant,
  type Site,
} from './shape-checks.ts';
import { formatCheck } from './formats.ts';
import { handlerName } from './shared-handlers.ts';
import { stringLiteral } from '../prettier-style.ts';

/** The identifier of the `Fields` of the object being checked (in check functions and field handlers). */
const FRAME = 'f';

/** A field as `checkFields` reads it: a kind letter, and the handler expression its kind needs. */
interface FieldKind {
  kind: string;
  handler?: string;
}

/**
 * The check of one object type: a module constant describing its fields (`objectSpec(...)`, run by the module's
 * `checkFields` loop: own keys only, fields in spec order, then unknown keys) and a check function that runs it,
 * then the object's additional properties and cross-field rules. Issues come in spec order: fields, unknown
 * properties, rules.
 */
export function objectCheckFunction(type: ObjectType, ctx: CheckContext): CheckFunction {
  const name = checkFunctionName(type.name);
  const declared = type.fields.map((field) => field.wireName);
  // A rule may name a field the object does not declare: it is read too, and still reported as unknown.
  const ruleOnly = [...new Set(type.rules.flatMap(ruleFieldNames))].filter((field) => !declared.includes(field));
  const extra = extraKeyLines(type, ctx);
  if (declared.length + ruleOnly.length === 0 && !type.closed && extra.length === 0) {
    ctx.use('isObjectAt');
    return { name, body: ['isObjectAt(value, run, depth);'] };
  }
  ctx.use('fieldsOf');
  ctx.use('checkFields');
  const kinds = [
    ...type.fields.map((field) => fieldKind(field, ctx)),
    ...ruleOnly.map((): FieldKind => ({ kind: 'u' })),
  ];
  const names = [...declared, ...ruleOnly];
  const handlers = kinds.flatMap((k) => (k.handler === undefined ? [] : [k.handler]));
  const args = [type.closed ? stringLiteral(type.name) : 'undefined', stringLiteral(fieldList(names, kinds))];
  const spec = `fields${name.slice('check'.length)}`;
  ctx.specDeclarations.push({
    head: `const ${spec} = /* @__PURE__ */ objectSpec`,
    args,
    handlers: handlers.length > 0 || ruleOnly.length > 0 ? handlers : undefined,
    declared: ruleOnly.length > 0 ? String(declared.length) : undefined,
  });
  const scope: RuleScope = {
    positions: new Map(names.map((field, index) => [field, index])),
    sensitive: new Set(type.fields.filter((f) => f.doc.sensitive).map((f) => f.wireName)),
    fieldKinds: new Map(type.fields.map((f) => [f.wireName, jsonKindOf(f.shape, ctx)])),
  };
  ctx.use('readField');
  return {
    name,
    body: [
      `const ${FRAME} = fieldsOf(value, run, depth, ${spec});`,
      `if (${FRAME} === undefined) return;`,
      // The loop over own keys is written in each check function, so that V8 optimizes it for that type's objects
      // (and recognizes `hasOwnProperty` of the key being enumerated).
      'const o = value as Record<string, unknown>;',
      'for (const key in o) if (Object.prototype.hasOwnProperty.call(o, key)) readField(f, key, o[key]);',
      `checkFields(${FRAME});`,
      ...extra,
      ...type.rules.flatMap((rule) => ruleChecks(rule, scope, ctx)),
    ],
  };
}

/** Each name preceded by a separator none of them contains and by its kind letter (the format `checkFields` reads). */
export function fieldList(names: readonly string[], kinds: readonly FieldKind[]): string {
  for (let code = 32; ; code++) {
    const separator = String.fromCharCode(code);
    if (names.every((name) => !name.includes(separator)))
      return names.map((name, index) => separator + (kinds[index]?.kind ?? 'u') + name).join('');
  }
}

/** The checks of the keys an open object does not declare, against its `additional` shape (closed objects report them). */
function extraKeyLines(type: ObjectType, ctx: CheckContext): string[] {
  if (type.closed) return [];
  const site: Site = { value: 'extra', place: pathPlace('run', 'depth', 1), sensitive: false, reportType: true, suffix: '' };
  const checks = shapeChecks(type.additional ?? { kind: 'unknown' }, site, ctx);
  if (checks.length === 0) return [];
  return [
    `if (${FRAME}.unknown !== undefined) {`,
    `for (const key of ${FRAME}.unknown) {`,
    'const extra = (value as Record<string, unknown>)[key];',
    'run.path[depth] = key;',
    ...checks,
    '}',
    '}',
  ];
}

/** The kind of a field: a plain check `checkFields` does itself, or `x` with a handler written for the field. */
function fieldKind(field: Field, ctx: CheckContext): FieldKind {
  const simple = simpleKind(field.shape, field.doc.sensitive, ctx);
  const { kind, handler } = simple ?? { kind: 'x', handler: fieldHandler(field, ctx) };
  return { kind: field.required ? kind.toUpperCase() : kind, ...(handler === undefined ? {} : { handler }) };
}

function simpleKind(shape: Shape, sensitive: boolean, ctx: CheckContext): FieldKind | undefined {
  const plain = (keys: string[]): boolean => Object.keys(shape).every((key) => keys.includes(key));
  switch (shape.kind) {
    case 'string':
      if (shape.format !== undefined && formatCheck(shape.format, 'string') !== undefined) return undefined;
      if (plain(['kind', 'format'])) return { kind: 's' };
      if (plain(['kind', 'format', 'enum']) && shape.enum !== undefined && !sensitive)
        return shape.enum.open ? { kind: 's' } : { kind: 'e', handler: valuesConstant(shape.enum.values, ctx) };
      return undefined;
    case 'integer':
    case 'number':
      if (shape.format !== undefined && formatCheck(shape.format, 'number') !== undefined) return undefined;
      return plain(['kind', 'format']) ? { kind: shape.kind === 'integer' ? 'i' : 'n' } : undefined;
    case 'boolean':
      return shape.const === undefined ? { kind: 'b' } : undefined;
    case 'map':
      return shape.values.kind === 'unknown' ? { kind: 'm' } : undefined;
    case 'unknown':
      return { kind: 'u' };
    case 'ref': {
      const type = ctx.namedType(shape.name);
      if (type.kind !== 'enum') return { kind: 'o', handler: checkFunctionName(shape.name) };
      if (type.open) return { kind: 's' };
      return sensitive ? undefined : { kind: 'e', handler: valuesConstant(type.values, ctx) };
    }
    case 'union':
      return { kind: 'o', handler: unionFunction(shape, sensitive, ctx) };
    case 'array': {
      if (shape.uniqueItems || (shape.minItems ?? 0) > 0 || shape.maxItems !== undefined) return undefined;
      const items = simpleKind(shape.items, sensitive, ctx);
      if (items?.kind === 's' && shape.items.kind === 'string') return { kind: 'a' };
      if (items?.kind === 'o') return { kind: 'l', handler: items.handler as string };
      return undefined;
    }
    case 'null':
      return undefined;
  }
}

/**
 * A function `(f, i) => …` checking field `i` (present) where no plain kind fits. Its text depends only on the check
 * (its locals are numbered afresh), so that fields with the same check share one handler.
 */
function fieldHandler(field: Field, ctx: CheckContext): string {
  return ctx.withFreshLocals(() => {
    const check = fieldCheck(field.shape, fieldSite('i', field.doc.sensitive), ctx);
    const lines = 'test' in check ? (check.then.length === 0 ? [`${check.test};`] : [`if (${check.test}) {`, ...check.then, '}']) : check.statements;
    ctx.use('Fields');
    const handler = `(${FRAME}: Fields, i: number): void => {\n${lines.join('\n')}\n}`;
    if (!ctx.handlerNames.has(handler)) ctx.handlerNames.set(handler, handlerName(field.shape));
    return handler;
  });
}

function fieldSite(index: string, sensitive: boolean, value = `${FRAME}.values[${index}]`): Site {
  return { value, place: { kind: 'field', frame: FRAME, index }, sensitive, reportType: true, suffix: '' };
}

/**
 * A field check as a test (a helper call that reports a present value of the wrong type and says whether the
 * value has the right one) with statements to run when it passes, or as statements alone.
 */
type FieldCheck = { test: string; then: string[] } | { statements: string[] };

function fieldCheck(shape: Shape, site: Site, ctx: CheckContext): FieldCheck {
  const index = (site.place as { index: string }).index;
  const call = (helper: 'stringField' | 'integerField' | 'numberField' | 'booleanField' | 'objectField'): string => {
    ctx.use(helper);
    return `${helper}(${FRAME}, ${index})`;
  };
  switch (shape.kind) {
    case 'string': {
      const typed = typedSite(site, 'string', ctx);
      const then = [
        ...(shape.const === undefined ? [] : [`if (${typed.site.value} !== ${JSON.stringify(shape.const)}) {`, constLine(typed.site, JSON.stringify(shape.const), ctx), '}']),
        ...(shape.enum && !shape.enum.open ? oneOfLines(typed.site, shape.enum.values, ctx) : []),
        ...lengthLines(shape.minLength, shape.maxLength, index, ctx),
        ...patternLines(shape, typed.site, ctx),
        ...formatLines(formatCheck(shape.format, 'string'), typed.site, ctx),
      ];
      return { test: call('stringField'), then: typed.declare(then) };
    }
    case 'integer':
    case 'number': {
      const typed = typedSite(site, 'number', ctx);
      const then = [
        ...(shape.const === undefined ? [] : [`if (${typed.site.value} !== ${shape.const}) {`, constLine(typed.site, String(shape.const), ctx), '}']),
        ...(shape.enum ? oneOfLines(typed.site, shape.enum, ctx) : []),
        ...boundLines('minimum', shape.minimum, index, ctx),
        ...boundLines('maximum', shape.maximum, index, ctx),
        ...rareNumberChecks(shape, typed.site, ctx),
      ];
      return { test: call(shape.kind === 'integer' ? 'integerField' : 'numberField'), then: typed.declare(then) };
    }
    case 'boolean': {
      const typed = typedSite(site, 'boolean', ctx);
      const then =
        shape.const === undefined ? [] : [`if (${typed.site.value} !== ${shape.const}) {`, constLine(typed.site, String(shape.const), ctx), '}'];
      return { test: call('booleanField'), then: typed.declare(then) };
    }
    case 'ref': {
      const type = ctx.namedType(shape.name);
      if (type.kind !== 'enum') return nestedCall(checkFunctionName(shape.name), index, ctx);
      const typed = typedSite(site, 'string', ctx);
      return { test: call('stringField'), then: type.open ? [] : typed.declare(oneOfLines(typed.site, type.values, ctx)) };
    }
    case 'union':
      return nestedCall(unionFunction(shape, site.sensitive, ctx), index, ctx);
    case 'map': {
      if (shape.values.kind === 'unknown') return { test: call('objectField'), then: [] };
      return { test: call('objectField'), then: mapChecks(shape, site, ctx) };
    }
    case 'array':
      return { statements: arrayFieldLines(shape, site, ctx) };
    case 'unknown':
      return { statements: [] };
    case 'null': {
      const value = ctx.fresh('v');
      const checks = shapeChecks(shape, { ...site, value }, ctx);
      return { statements: [`const ${value} = ${site.value};`, `if (${value} !== undefined) {`, ...checks, '}'] };
    }
  }
}

/** The site of a field value already known to be of `type`, and how to declare the local that holds it. */
function typedSite(site: Site, type: string, ctx: CheckContext): { site: Site; declare: (lines: string[]) => string[] } {
  const local = ctx.fresh('v');
  return {
    site: { ...site, value: local },
    declare: (lines) => (lines.some((line) => new RegExp(`\\b${local}\\b`).test(line)) ? [`const ${local} = ${site.value} as ${type};`, ...lines] : lines),
  };
}

function nestedCall(functionName: string, index: string, ctx: CheckContext): FieldCheck {
  ctx.use('nested');
  return { statements: [`nested(${FRAME}, ${index}, ${functionName});`] };
}

/** `oneOf` for lists whose values may be named in messages; inline checks for secrets. */
function oneOfLines(site: Site, values: readonly (string | number)[], ctx: CheckContext): string[] {
  if (site.sensitive || site.place.kind !== 'field') return enumLines(site, values, ctx);
  ctx.use('oneOf');
  return [`oneOf(${FRAME}, ${site.place.index}, ${valuesConstant(values, ctx)});`];
}

function lengthLines(minLength: number | undefined, maxLength: number | undefined, index: string, ctx: CheckContext): string[] {
  const lines: string[] = [];
  if (minLength !== undefined && minLength > 0) {
    ctx.use('minLength');
    lines.push(`minLength(${FRAME}, ${index}, ${minLength});`);
  }
  if (maxLength !== undefined) {
    ctx.use('maxLength');
    lines.push(`maxLength(${FRAME}, ${index}, ${maxLength});`);
  }
  return lines;
}

function boundLines(helper: 'minimum' | 'maximum', bound: number | undefined, index: string, ctx: CheckContext): string[] {
  if (bound === undefined) return [];
  ctx.use(helper);
  return [`${helper}(${FRAME}, ${index}, ${bound});`];
}

/** Arguments giving the item bounds of an array to `arrayField` and its callers (none when unbounded). */
function itemBounds(shape: ArrayShape): string {
  if (shape.maxItems !== undefined) return `, ${shape.minItems ?? 0}, ${shape.maxItems}`;
  return shape.minItems !== undefined && shape.minItems > 0 ? `, ${shape.minItems}` : '';
}

function arrayFieldLines(shape: ArrayShape, site: Site, ctx: CheckContext): string[] {
  const index = (site.place as { index: string }).index;
  const items = shape.items;
  if (!shape.uniqueItems && items.kind === 'string' && Object.keys(items).length === 1) {
    ctx.use('stringsField');
    return [`stringsField(${FRAME}, ${index}${itemBounds(shape)});`];
  }
  const itemFunction =
    items.kind === 'union'
      ? unionFunction(items, site.sensitive, ctx)
      : items.kind === 'ref' && ctx.namedType(items.name).kind !== 'enum'
        ? checkFunctionName(items.name)
        : undefined;
  if (!shape.uniqueItems && itemFunction !== undefined) {
    ctx.use('objectsField');
    return [`objectsField(${FRAME}, ${index}, ${itemFunction}${itemBounds(shape)});`];
  }
  ctx.use('arrayField');
  const array = ctx.fresh('a');
  const checks = arrayChecks({ ...shape, minItems: undefined, maxItems: undefined }, { ...site, value: array }, ctx, array);
  return [`const ${array} = arrayField(${FRAME}, ${index}${itemBounds(shape)});`, ...(checks.length === 0 ? [] : [`if (${array} !== undefined) {`, ...checks, '}'])];
}

interface RuleScope {
  /** Position of each field (declared or named by a rule) in `Fields.values`. */
  positions: Map<string, number>;
  sensitive: Set<string>;
  /** JSON type each declared field already checks. */
  fieldKinds: Map<string, string | undefined>;
}

function ruleFieldNames(rule: Rule): string[] {
  switch (rule.kind) {
    case 'anyRequired':
      return rule.groups.flat();
    case 'lessOrEqual':
      return [rule.left, rule.right];
    case 'conditional':
      return [
        ...rule.when.map((c) => c.field),
        ...[rule.then, rule.else].flatMap((a) => (a ? [...a.required, ...a.constraints.map((c) => c.field)] : [])),
      ];
  }
}

function positionOf(scope: RuleScope, field: string): number {
  const position = scope.positions.get(field);
  if (position === undefined) throw new Error(`validators: rule field "${field}" has no position`);
  return position;
}

function valueOf(scope: RuleScope, field: string): string {
  return `${FRAME}.values[${positionOf(scope, field)}]`;
}

function ruleChecks(rule: Rule, scope: RuleScope, ctx: CheckContext): string[] {
  switch (rule.kind) {
    case 'anyRequired': {
      // prettier's parentheses: around a group of several fields only.
      const condition = rule.groups
        .map((group) => group.map((f) => `${valueOf(scope, f)} !== undefined`).join(' && '))
        .map((test, _, all) => (all.length > 1 && test.includes(' && ') ? `(${test})` : test))
        .join(' || ');
      const words = rule.groups.map((group) => group.join(' and ')).join(' or ');
      const site: Site = { value: 'value', place: pathPlace('run', 'depth'), sensitive: false, reportType: true, suffix: '' };
      return [`if (!(${condition})) {`, reportLine(site, 'any_required', `at least one of ${words} must be set`, ctx), '}'];
    }
    case 'lessOrEqual':
      ctx.use('lessOrEqual');
      return [`lessOrEqual(${FRAME}, ${positionOf(scope, rule.left)}, ${positionOf(scope, rule.right)});`];
    case 'conditional': {
      const condition = rule.when.map((c) => conditionExpression(c, valueOf(scope, c.field))).join(' && ');
      const words = rule.when.map((c) => conditionWords(c, scope.sensitive)).join(' and ');
      const thenLines = assertionChecks(rule.then, ` when ${words}`, scope, ctx);
      const elseLines = rule.else ? assertionChecks(rule.else, ` unless ${words}`, scope, ctx) : [];
      if (thenLines.length === 0 && elseLines.length === 0) return [];
      if (elseLines.length === 0) return [`if (${condition}) {`, ...thenLines, '}'];
      if (thenLines.length === 0) return [`if (${negated(condition)}) {`, ...elseLines, '}'];
      return [`if (${condition}) {`, ...thenLines, '} else {', ...elseLines, '}'];
    }
  }
}

/** JSON Schema `if` semantics: a `properties` condition holds when the field is absent unless it is also `required`. */
function conditionExpression(condition: FieldEquals, value: string): string {
  const equals = `${value} === ${JSON.stringify(condition.equals)}`;
  return condition.orAbsent ? `(${value} === undefined || ${equals})` : equals;
}

function conditionWords(condition: FieldEquals, sensitive: Set<string>): string {
  const value = sensitive.has(condition.field) ? 'set to a particular value' : `is ${JSON.stringify(condition.equals)}`;
  return `${condition.field} ${value}${condition.orAbsent ? ' (or absent)' : ''}`;
}

function assertionChecks(assertion: Assertion, suffix: string, scope: RuleScope, ctx: CheckContext): string[] {
  const lines: string[] = [];
  for (const name of assertion.required) {
    const site = { ...fieldSite(String(positionOf(scope, name)), scope.sensitive.has(name)), suffix };
    lines.push(`if (${site.value} === undefined) {`, reportLine(site, 'conditional_required', 'is required', ctx), '}');
  }
  for (const constraint of assertion.constraints) {
    const local = ctx.fresh('v');
    const covered = typeAlreadyChecked(scope.fieldKinds.get(constraint.field), jsonKindOf(constraint.shape, ctx));
    const site: Site = {
      ...fieldSite(String(positionOf(scope, constraint.field)), scope.sensitive.has(constraint.field), local),
      suffix,
      reportType: !covered,
    };
    const checks = shapeChecks(constraint.shape, site, ctx);
    if (checks.length > 0) lines.push(`const ${local} = ${valueOf(scope, constraint.field)};`, `if (${local} !== undefined) {`, ...checks, '}');
  }
  return lines;
}

/**
 * Whether every value of the field's own JSON type also has the constraint's type: then a value of the wrong
 * type is already reported by the field's check, and the constraint need not report it again.
 */
function typeAlreadyChecked(fieldKind: string | undefined, constraintKind: string | undefined): boolean {
  if (fieldKind === undefined || constraintKind === undefined) return false;
  return fieldKind === constraintKind || (fieldKind === 'integer' && constraintKind === 'number');
}
