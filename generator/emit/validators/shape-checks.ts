import type {
  ArrayShape,
  EnumType,
  IntegerShape,
  MapShape,
  NumberShape,
  Shape,
  StringShape,
  UnionShape,
} from '../../ir/types.ts';
import { checkFunctionName, type CheckContext } from './context.ts';
import { formatCheck } from './formats.ts';

/**
 * Where a value being checked sits. A field of an object is `index` of the `Fields` named `frame` (its path is
 * the object's path and the field's name); any other value has the first `depth` tokens of `run.path` as its path.
 */
export type Place = { kind: 'field'; frame: string; index: string } | { kind: 'path'; run: string; depth: Depth };

/** A depth expression: `base + offset`. */
export interface Depth {
  base: string;
  offset: number;
}

/** A value being checked and how its issues are reported. */
export interface Site {
  /** Expression of the value (never `undefined` where the checks run). */
  value: string;
  place: Place;
  /** The value is a secret: messages name no expected value either. */
  sensitive: boolean;
  /** False when a wrong JSON type is already reported elsewhere (checks are then skipped silently). */
  reportType: boolean;
  /** Appended to every message, e.g. ` when period_unit is "Week"`. */
  suffix: string;
}

export function depthText(depth: Depth): string {
  return depth.offset === 0 ? depth.base : `${depth.base} + ${depth.offset}`;
}

/** The place of a value whose path is the first `base + offset` tokens of `run.path`. */
export function pathPlace(run: string, base: string, offset = 0): Place {
  return { kind: 'path', run, depth: { base, offset } };
}

/** The statement reporting one issue; `message` is spec text, followed by the site's suffix. */
export function reportLine(site: Site, code: string, message: string, ctx: CheckContext): string {
  return reportStatement(site.place, code, JSON.stringify(message + site.suffix), ctx);
}

function reportStatement(place: Place, code: string, messageExpression: string, ctx: CheckContext): string {
  if (place.kind === 'field') {
    ctx.use('fieldReport');
    return `fieldReport(${place.frame}, ${place.index}, '${code}', ${messageExpression});`;
  }
  ctx.use('report');
  return `report(${place.run}, ${depthText(place.depth)}, '${code}', ${messageExpression});`;
}

/** A `type` issue: what was expected and the JSON type found (never the value). */
function typeIssueLine(site: Site, expected: string, ctx: CheckContext): string {
  ctx.use('expected');
  const suffix = site.suffix ? `, ${JSON.stringify(site.suffix)}` : '';
  return reportStatement(site.place, 'type', `expected(${JSON.stringify(expected)}, ${site.value}${suffix})`, ctx);
}

/**
 * Statements that make the path of the value at `place` the first tokens of a run's path, followed by `token`
 * (an array index or map key), and the place of the value under that token.
 */
export function childPlace(place: Place, token: string): { setup: string[]; place: Place } {
  if (place.kind === 'field') {
    const { frame, index } = place;
    return {
      setup: [`${frame}.run.path[${frame}.depth] = ${frame}.names[${index}] as string;`, `${frame}.run.path[${frame}.depth + 1] = ${token};`],
      place: pathPlace(`${frame}.run`, `${frame}.depth`, 2),
    };
  }
  const { run, depth } = place;
  return {
    setup: [`${run}.path[${depthText(depth)}] = ${token};`],
    place: { kind: 'path', run, depth: { base: depth.base, offset: depth.offset + 1 } },
  };
}

/** Statements checking the value at `site` against `shape`, reporting every issue found. */
export function shapeChecks(shape: Shape, site: Site, ctx: CheckContext): string[] {
  const v = site.value;
  switch (shape.kind) {
    case 'string':
      return typeGuarded(site, `typeof ${v} !== 'string'`, 'string', stringChecks(shape, site, ctx), ctx);
    case 'integer':
      return typeGuarded(
        site,
        `typeof ${v} !== 'number' || !Number.isSafeInteger(${v})`,
        'integer',
        numberChecks(shape, site, ctx),
        ctx,
      );
    case 'number':
      return typeGuarded(site, `typeof ${v} !== 'number' || !Number.isFinite(${v})`, 'number', numberChecks(shape, site, ctx), ctx);
    case 'boolean': {
      const body = shape.const === undefined ? [] : [`if (${v} !== ${shape.const}) {`, constLine(site, String(shape.const), ctx), '}'];
      return typeGuarded(site, `typeof ${v} !== 'boolean'`, 'boolean', body, ctx);
    }
    case 'null':
      return typeGuarded(site, `${v} !== null`, 'null', [], ctx);
    case 'array':
      return typeGuarded(site, `!Array.isArray(${v})`, 'array', arrayChecks(shape, site, ctx), ctx);
    case 'map':
      return typeGuarded(site, notObject(v), 'object', mapChecks(shape, site, ctx), ctx);
    case 'ref':
      return refChecks(shape.name, site, ctx);
    case 'union':
      return callLines(unionFunction(shape, site.sensitive, ctx), site, ctx);
    case 'unknown':
      return [];
  }
}

/** `!test`, parenthesized unless the test is one call (as prettier prints it). */
export function negated(test: string): string {
  return /^[\w$.]+\((?:[^()]|\([^()]*\))*\)$/.test(test) ? `!${test}` : `!(${test})`;
}

export function notObject(value: string): string {
  return `typeof ${value} !== 'object' || ${value} === null || Array.isArray(${value})`;
}

function typeGuarded(site: Site, failure: string, expected: string, body: string[], ctx: CheckContext): string[] {
  if (!site.reportType) return body.length === 0 ? [] : [`if (${negated(failure)}) {`, ...body, '}'];
  const issue = typeIssueLine(site, expected, ctx);
  return body.length === 0 ? [`if (${failure}) {`, issue, '}'] : [`if (${failure}) {`, issue, '} else {', ...body, '}'];
}

export function constLine(site: Site, expected: string, ctx: CheckContext): string {
  return reportLine(site, 'const', site.sensitive ? 'must equal the one allowed value' : `must be ${expected}`, ctx);
}

/** The module constant listing a closed set of values (shared by every field with the same list). */
export function valuesConstant(values: readonly (string | number)[], ctx: CheckContext): string {
  const type = typeof values[0] === 'number' ? 'readonly number[]' : 'readonly string[]';
  return ctx.constant('VALUES', `[${values.map((value) => JSON.stringify(value)).join(', ')}]`, type);
}

/** Lines reporting an `enum` issue when the value (of the right type) is not one of `values`. */
export function enumLines(site: Site, values: readonly (string | number)[], ctx: CheckContext): string[] {
  const list = valuesConstant(values, ctx);
  const literals = values.map((value) => JSON.stringify(value)).join(', ');
  const message = site.sensitive ? 'must be one of the allowed values' : `must be one of ${literals}`;
  return [`if (!${list}.includes(${site.value})) {`, reportLine(site, 'enum', message, ctx), '}'];
}

function stringChecks(shape: StringShape, site: Site, ctx: CheckContext): string[] {
  const v = site.value;
  const lines: string[] = [];
  if (shape.const !== undefined)
    lines.push(`if (${v} !== ${JSON.stringify(shape.const)}) {`, constLine(site, JSON.stringify(shape.const), ctx), '}');
  if (shape.enum && !shape.enum.open) lines.push(...enumLines(site, shape.enum.values, ctx));
  if (shape.minLength !== undefined && shape.minLength > 0) {
    ctx.runtimeImports.add('codePointLength');
    const min = shape.minLength;
    // UTF-16 length ≥ code points ≥ half of it: count code points only when the quick bounds cannot decide.
    lines.push(`if (${v}.length < ${min} || (${v}.length < ${2 * min} && codePointLength(${v}) < ${min})) {`);
    lines.push(reportLine(site, 'min_length', `must be at least ${min} character${min === 1 ? '' : 's'} long`, ctx), '}');
  }
  if (shape.maxLength !== undefined) {
    ctx.runtimeImports.add('codePointLength');
    const max = shape.maxLength;
    lines.push(`if (${v}.length > ${max} && codePointLength(${v}) > ${max}) {`);
    lines.push(reportLine(site, 'max_length', `must be at most ${max} character${max === 1 ? '' : 's'} long`, ctx), '}');
  }
  lines.push(...patternLines(shape, site, ctx), ...formatLines(formatCheck(shape.format, 'string'), site, ctx));
  return lines;
}

export function patternLines(shape: StringShape, site: Site, ctx: CheckContext): string[] {
  if (shape.pattern === undefined) return [];
  const regex = ctx.constant('PATTERN', `/* @__PURE__ */ new RegExp(${JSON.stringify(shape.pattern)}, 'u')`);
  return [`if (!${regex}.test(${site.value})) {`, reportLine(site, 'pattern', `must match the pattern ${shape.pattern}`, ctx), '}'];
}

export function formatLines(format: ReturnType<typeof formatCheck>, site: Site, ctx: CheckContext): string[] {
  if (format === undefined) return [];
  for (const declaration of format.declarations) ctx.declare(declaration);
  if (format.test('x').startsWith('isBase64(')) ctx.runtimeImports.add('isBase64');
  return [`if (${negated(format.test(site.value))}) {`, reportLine(site, 'format', `must be a valid ${format.description}`, ctx), '}'];
}

function numberChecks(shape: IntegerShape | NumberShape, site: Site, ctx: CheckContext): string[] {
  const v = site.value;
  const lines: string[] = [];
  if (shape.const !== undefined) lines.push(`if (${v} !== ${shape.const}) {`, constLine(site, String(shape.const), ctx), '}');
  if (shape.enum) lines.push(...enumLines(site, shape.enum, ctx));
  const bound = (condition: string, code: string, message: string): void => {
    lines.push(`if (${condition}) {`, reportLine(site, code, message, ctx), '}');
  };
  if (shape.minimum !== undefined) bound(`${v} < ${shape.minimum}`, 'minimum', `must be greater than or equal to ${shape.minimum}`);
  if (shape.maximum !== undefined) bound(`${v} > ${shape.maximum}`, 'maximum', `must be less than or equal to ${shape.maximum}`);
  lines.push(...rareNumberChecks(shape, site, ctx));
  return lines;
}

/** Exclusive bounds, `multipleOf` and formats of a number (the checks no field helper covers). */
export function rareNumberChecks(shape: IntegerShape | NumberShape, site: Site, ctx: CheckContext): string[] {
  const v = site.value;
  const lines: string[] = [];
  const bound = (condition: string, code: string, message: string): void => {
    lines.push(`if (${condition}) {`, reportLine(site, code, message, ctx), '}');
  };
  if (shape.exclusiveMinimum !== undefined)
    bound(`${v} <= ${shape.exclusiveMinimum}`, 'exclusive_minimum', `must be greater than ${shape.exclusiveMinimum}`);
  if (shape.exclusiveMaximum !== undefined)
    bound(`${v} >= ${shape.exclusiveMaximum}`, 'exclusive_maximum', `must be less than ${shape.exclusiveMaximum}`);
  if (shape.multipleOf !== undefined)
    bound(`!Number.isInteger(${v} / ${shape.multipleOf})`, 'multiple_of', `must be a multiple of ${shape.multipleOf}`);
  lines.push(...formatLines(formatCheck(shape.format, 'number'), site, ctx));
  return lines;
}

/** Item bounds, items and `uniqueItems` of the array held by `array` (already known to be an array). */
export function arrayChecks(shape: ArrayShape, site: Site, ctx: CheckContext, array = ctx.fresh('a')): string[] {
  const lines = array === site.value ? [] : [`const ${array}: readonly unknown[] = ${site.value};`];
  const { minItems, maxItems } = shape;
  if (minItems !== undefined && minItems > 0) {
    lines.push(
      `if (${array}.length < ${minItems}) {`,
      reportLine(site, 'min_items', `must have at least ${minItems} item${minItems === 1 ? '' : 's'}`, ctx),
      '}',
    );
  }
  if (maxItems !== undefined) {
    lines.push(
      `if (${array}.length > ${maxItems}) {`,
      reportLine(site, 'max_items', `must have at most ${maxItems} item${maxItems === 1 ? '' : 's'}`, ctx),
      '}',
    );
  }
  return [...lines, ...itemChecks(shape, site, array, ctx)];
}

/** The items and `uniqueItems` checks of an array held by `array`. */
export function itemChecks(shape: ArrayShape, site: Site, array: string, ctx: CheckContext): string[] {
  const lines: string[] = [];
  const index = ctx.fresh('i');
  const item = ctx.fresh('e');
  const child = childPlace(site.place, index);
  const itemSite: Site = { ...site, value: item, place: child.place, reportType: true };
  const itemLines = shapeChecks(shape.items, itemSite, ctx);
  if (itemLines.length > 0) {
    lines.push(
      `for (let ${index} = 0; ${index} < ${array}.length; ${index}++) {`,
      `const ${item} = ${array}[${index}];`,
      ...child.setup,
      ...itemLines,
      '}',
    );
  }
  if (shape.uniqueItems) {
    ctx.declare(DEEP_EQUAL);
    ctx.declare(HAS_DUPLICATES);
    lines.push(`if (hasDuplicates(${array})) {`, reportLine(site, 'unique_items', 'must not contain duplicate items', ctx), '}');
  }
  return lines;
}

/** Checks of the entries of the map held by `site.value` (already known to be an object). */
export function mapChecks(shape: MapShape, site: Site, ctx: CheckContext): string[] {
  const object = ctx.fresh('m');
  const keys = ctx.fresh('k');
  const index = ctx.fresh('i');
  const key = ctx.fresh('key');
  const entry = ctx.fresh('e');
  const child = childPlace(site.place, key);
  const entryLines = shapeChecks(shape.values, { ...site, value: entry, place: child.place, reportType: true }, ctx);
  if (entryLines.length === 0) return [];
  return [
    `const ${object} = ${site.value} as Record<string, unknown>;`,
    `const ${keys} = Object.keys(${object});`,
    `for (let ${index} = 0; ${index} < ${keys}.length; ${index}++) {`,
    `const ${key} = ${keys}[${index}] as string;`,
    `const ${entry} = ${object}[${key}];`,
    ...child.setup,
    ...entryLines,
    '}',
  ];
}

function refChecks(name: string, site: Site, ctx: CheckContext): string[] {
  const type = ctx.namedType(name);
  if (type.kind === 'enum') return enumTypeChecks(type, site, ctx);
  return callLines(checkFunctionName(name), site, ctx);
}

/** Named enums are checked inline: a string, and for closed enums one of the listed values. */
function enumTypeChecks(type: EnumType, site: Site, ctx: CheckContext): string[] {
  const body = type.open ? [] : enumLines(site, type.values, ctx);
  return typeGuarded(site, `typeof ${site.value} !== 'string'`, 'string', body, ctx);
}

/** Calls a check function (of a named type or a union) on the value at `site`. */
export function callLines(functionName: string, site: Site, ctx: CheckContext): string[] {
  const { place } = site;
  if (place.kind === 'field') {
    ctx.use('nested');
    return [`nested(${place.frame}, ${place.index}, ${functionName});`];
  }
  return [`${functionName}(${site.value}, ${place.run}, ${depthText(place.depth)});`];
}

/** A helper function for one union: the value passes when any variant passes. */
export function unionFunction(shape: UnionShape, sensitive: boolean, ctx: CheckContext): string {
  const name = ctx.fresh('union');
  ctx.use('Run');
  ctx.use('report');
  ctx.use('kindOf');
  const blocks = shape.variants.flatMap((variant) => {
    const site: Site = { value: 'value', place: pathPlace('sub', 'depth'), sensitive, reportType: true, suffix: '' };
    return [
      '{',
      'const sub: Run = { issues: [], path: run.path };',
      ...shapeChecks(variant, site, ctx),
      'if (sub.issues.length === 0) return;',
      '}',
    ];
  });
  const expected = shape.variants.map((v) => shapeLabel(v, ctx)).join(', ');
  ctx.helperFunctions.push({
    name,
    body: [...blocks, `report(run, depth, 'union', ${JSON.stringify(`must match one of: ${expected}; got `)} + kindOf(value));`],
  });
  return name;
}

/** A short name of a shape for messages. */
export function shapeLabel(shape: Shape, ctx: CheckContext): string {
  switch (shape.kind) {
    case 'array':
      return `array of ${shapeLabel(shape.items, ctx)}`;
    case 'map':
      return 'object';
    case 'ref':
      return ctx.namedType(shape.name).kind === 'enum' ? 'string' : shape.name;
    case 'union':
      return shape.variants.map((v) => shapeLabel(v, ctx)).join(' or ');
    default:
      return shape.kind;
  }
}

/** The JSON type a shape accepts, through refs (`undefined` for unions and unknown). */
export function jsonKindOf(shape: Shape, ctx: CheckContext): string | undefined {
  switch (shape.kind) {
    case 'ref': {
      const type = ctx.namedType(shape.name);
      return type.kind === 'enum' ? 'string' : type.kind === 'object' ? 'object' : jsonKindOf(type.shape, ctx);
    }
    case 'map':
      return 'object';
    case 'union':
    case 'unknown':
      return undefined;
    default:
      return shape.kind;
  }
}

const DEEP_EQUAL = `function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  for (const key of keys) if (!Object.hasOwn(right, key) || !deepEqual(left[key], right[key])) return false;
  return true;
}`;

const HAS_DUPLICATES = `function hasDuplicates(items: readonly unknown[]): boolean {
  for (let i = 1; i < items.length; i++) {
    for (let j = 0; j < i; j++) if (deepEqual(items[i], items[j])) return true;
  }
  return false;
}`;
