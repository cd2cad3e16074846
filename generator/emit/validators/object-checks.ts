import type { Assertion, Field, FieldEquals, ObjectType, Rule } from '../../ir/types.ts';
import { checkFunctionName, type CheckContext, type CheckFunction } from './context.ts';
import { jsonKindOf, negate, notObject, reportLine, shapeChecks, type Site } from './shape-checks.ts';

/** Local variables holding the own values of an object's fields (and of fields its rules name), by wire name. */
type Locals = Map<string, string>;

/**
 * The check function of one object type: fields, unknown properties, then cross-field rules.
 *
 * Field values are read in one pass over `Object.keys` (own keys only, so nothing is read through the
 * prototype chain, whatever the keys are), which also finds the unknown properties. This is faster than
 * an `Object.hasOwn` test per declared field. Issues come in spec order: fields, unknown properties, rules.
 */
export function objectCheckFunction(type: ObjectType, ctx: CheckContext): CheckFunction {
  const locals: Locals = new Map();
  const sensitive = new Set(type.fields.filter((f) => f.doc.sensitive).map((f) => f.wireName));
  const localFor = (wireName: string): string => {
    let local = locals.get(wireName);
    if (!local) {
      local = `f${locals.size + 1}`;
      locals.set(wireName, local);
    }
    return local;
  };
  const fieldLines = type.fields.flatMap((field) => fieldChecks(field, localFor(field.wireName), ctx));
  const fieldKinds = new Map(type.fields.map((f) => [f.wireName, jsonKindOf(f.shape, ctx)]));
  const ruleLines = type.rules.flatMap((rule) => ruleChecks(rule, { localFor, sensitive, fieldKinds }, ctx));
  const { loop, extra } = keyLoop(type, locals, ctx);
  return {
    name: checkFunctionName(type.name),
    body: [
      `if (${notObject('value')}) {`,
      `return mistyped(issues, at(path), 'object', value);`,
      '}',
      ...[...locals.values()].map((local) => `let ${local}: unknown;`),
      ...loop,
      ...fieldLines,
      ...extra,
      ...ruleLines,
      'return issues;',
    ],
  };
}

/**
 * One loop over the own keys: a declared (or rule-named) key fills its local; other keys are remembered and,
 * after the declared fields are checked, reported on closed objects or checked against `additional` on maps.
 * Returns the loop and the statements for the other keys.
 */
function keyLoop(type: ObjectType, locals: Locals, ctx: CheckContext): { loop: string[]; extra: string[] } {
  const site: Site = {
    value: 'extra',
    tokens: ['key'],
    issues: 'issues',
    sensitive: false,
    reportType: true,
    suffix: '',
  };
  const onExtra = type.closed
    ? [reportLine(site, 'unknown_property', `is not a property of ${type.name}`)]
    : shapeChecks(type.additional ?? { kind: 'unknown' }, site, ctx);
  if (locals.size === 0 && onExtra.length === 0) return { loop: [], extra: [] };
  const declared = new Set(type.fields.map((f) => f.wireName));
  const remember = onExtra.length === 0 ? [] : ['(others ??= []).push(key);'];
  const cases = [...locals].flatMap(([wireName, local]) => {
    const read = `${local} = o[${JSON.stringify(wireName)}];`;
    // A rule may name a field the object does not declare: read it, and still treat it as unknown.
    return [`case ${JSON.stringify(wireName)}:`, read, ...(declared.has(wireName) ? [] : remember), 'break;'];
  });
  const body =
    cases.length === 0
      ? remember
      : ['switch (key) {', ...cases, ...(remember.length > 0 ? ['default:', ...remember] : []), '}'];
  const loop = [
    'const o = value as Record<string, unknown>;',
    ...(remember.length > 0 ? ['let others: string[] | undefined;'] : []),
    'const keys = Object.keys(o);',
    'for (let i = 0; i < keys.length; i++) {',
    'const key = keys[i] as string;',
    ...body,
    '}',
  ];
  if (remember.length === 0) return { loop, extra: [] };
  if (type.closed) return { loop, extra: [`if (others !== undefined) issues = unknownProperties(issues, path, others, ${JSON.stringify(type.name)});`] };
  const usesValue = onExtra.some((l) => /\bextra\b/.test(l));
  const extra = [
    'if (others !== undefined) {',
    'for (let i = 0; i < others.length; i++) {',
    'const key = others[i] as string;',
    ...(usesValue ? ['const extra = o[key];'] : []),
    ...onExtra,
    '}',
    '}',
  ];
  return { loop, extra };
}

function fieldSite(wireName: string, local: string, sensitive: boolean): Site {
  return {
    value: local,
    tokens: [JSON.stringify(wireName)],
    issues: 'issues',
    sensitive,
    reportType: true,
    suffix: '',
  };
}

function fieldChecks(field: Field, local: string, ctx: CheckContext): string[] {
  const site = fieldSite(field.wireName, local, field.doc.sensitive);
  const checks = shapeChecks(field.shape, site, ctx);
  if (!field.required) return checks.length === 0 ? [] : [`if (${local} !== undefined) {`, ...checks, '}'];
  const missing = reportLine(site, 'required', 'is required');
  return checks.length === 0
    ? [`if (${local} === undefined) {`, missing, '}']
    : [`if (${local} === undefined) {`, missing, '} else {', ...checks, '}'];
}

interface RuleScope {
  localFor: (name: string) => string;
  sensitive: Set<string>;
  /** JSON type each declared field already checks. */
  fieldKinds: Map<string, string | undefined>;
}

function ruleChecks(rule: Rule, scope: RuleScope, ctx: CheckContext): string[] {
  const { localFor, sensitive } = scope;
  switch (rule.kind) {
    case 'anyRequired': {
      const condition = rule.groups
        .map((group) => {
          const all = group.map((f) => `${localFor(f)} !== undefined`).join(' && ');
          return group.length > 1 ? `(${all})` : all;
        })
        .join(' || ');
      const words = rule.groups.map((group) => group.join(' and ')).join(' or ');
      const site: Site = {
        value: 'value',
        tokens: [],
        issues: 'issues',
        sensitive: false,
        reportType: true,
        suffix: '',
      };
      return [`if (${negate(condition)}) {`, reportLine(site, 'any_required', `at least one of ${words} must be set`), '}'];
    }
    case 'lessOrEqual': {
      const left = localFor(rule.left);
      const right = localFor(rule.right);
      const site = fieldSite(rule.left, left, sensitive.has(rule.left));
      return [
        `if (typeof ${left} === 'number' && typeof ${right} === 'number' && ${left} > ${right}) {`,
        reportLine(site, 'less_or_equal', `must be less than or equal to ${rule.right}`),
        '}',
      ];
    }
    case 'conditional': {
      const conditions = rule.when.map((c) => conditionExpression(c, localFor(c.field)));
      // One parenthesized condition alone is written without its parentheses, as prettier writes it.
      const condition = conditions.length === 1 ? conditions[0]!.replace(/^\((.*)\)$/, '$1') : conditions.join(' && ');
      const words = rule.when.map((c) => conditionWords(c, sensitive)).join(' and ');
      const thenLines = assertionChecks(rule.then, ` when ${words}`, scope, ctx);
      const elseLines = rule.else ? assertionChecks(rule.else, ` unless ${words}`, scope, ctx) : [];
      if (thenLines.length === 0 && elseLines.length === 0) return [];
      if (elseLines.length === 0) return [`if (${condition}) {`, ...thenLines, '}'];
      if (thenLines.length === 0) return [`if (${negate(condition)}) {`, ...elseLines, '}'];
      return [`if (${condition}) {`, ...thenLines, '} else {', ...elseLines, '}'];
    }
  }
}

/** JSON Schema `if` semantics: a `properties` condition holds when the field is absent unless it is also `required`. */
function conditionExpression(condition: FieldEquals, local: string): string {
  const equals = `${local} === ${JSON.stringify(condition.equals)}`;
  return condition.orAbsent ? `(${local} === undefined || ${equals})` : equals;
}

function conditionWords(condition: FieldEquals, sensitive: Set<string>): string {
  const value = sensitive.has(condition.field) ? 'set to a particular value' : `is ${JSON.stringify(condition.equals)}`;
  return `${condition.field} ${value}${condition.orAbsent ? ' (or absent)' : ''}`;
}

function assertionChecks(assertion: Assertion, suffix: string, scope: RuleScope, ctx: CheckContext): string[] {
  const { localFor, sensitive } = scope;
  const lines: string[] = [];
  for (const name of assertion.required) {
    const local = localFor(name);
    const site = fieldSite(name, local, sensitive.has(name));
    lines.push(`if (${local} === undefined) {`, reportLine(site, 'conditional_required', `is required${suffix}`), '}');
  }
  for (const constraint of assertion.constraints) {
    const local = localFor(constraint.field);
    const covered = typeAlreadyChecked(scope.fieldKinds.get(constraint.field), jsonKindOf(constraint.shape, ctx));
    const site: Site = {
      ...fieldSite(constraint.field, local, sensitive.has(constraint.field)),
      suffix,
      reportType: !covered,
    };
    const checks = shapeChecks(constraint.shape, site, ctx);
    if (checks.length > 0) lines.push(`if (${local} !== undefined) {`, ...checks, '}');
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
