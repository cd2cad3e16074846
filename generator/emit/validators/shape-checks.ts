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

/** Where a value being checked sits and how its issues are reported. */
export interface Site {
  /** Identifier holding the value. */
  value: string;
  /** JS expressions of the JSON Pointer tokens from the current path (the module's path stack) to the value. */
  tokens: string[];
  /** Name of the issues variable to report into. */
  issues: string;
  /** The value is a secret: messages name no expected value either. */
  sensitive: boolean;
  /** False when a wrong JSON type is already reported elsewhere (checks are then skipped silently). */
  reportType: boolean;
  /** Appended to every message, e.g. ` when period_unit is "Week"`. */
  suffix: string;
}

/** Lists of more values than this are tested with a module-level Set instead of chained `===`. */
const MAX_INLINE_VALUES = 8;

/**
 * The statement reporting one issue. The message is spec text, optionally followed by the JSON type of a value
 * (`kindOf`, never the value itself), then the site's suffix.
 */
export function reportLine(site: Site, code: string, message: string, kindOfValue?: string): string {
  const parts =
    kindOfValue === undefined
      ? [JSON.stringify(message + site.suffix)]
      : [JSON.stringify(message), `kindOf(${kindOfValue})`];
  if (kindOfValue !== undefined && site.suffix) parts.push(JSON.stringify(site.suffix));
  return `${site.issues} = report(${site.issues}, at(${['path', ...site.tokens].join(', ')}), '${code}', ${parts.join(' + ')});`;
}

/** Statements checking the value at `site` against `shape`, reporting every issue found. */
export function shapeChecks(shape: Shape, site: Site, ctx: CheckContext): string[] {
  switch (shape.kind) {
    case 'string':
      return typeGuarded(site, `typeof ${site.value} !== 'string'`, 'string', stringChecks(shape, site, ctx), ctx);
    case 'integer':
      return typeGuarded(
        site,
        `typeof ${site.value} !== 'number' || !Number.isSafeInteger(${site.value})`,
        'integer',
        numberChecks(shape, site, ctx),
        ctx,
      );
    case 'number':
      return typeGuarded(
        site,
        `typeof ${site.value} !== 'number' || !Number.isFinite(${site.value})`,
        'number',
        numberChecks(shape, site, ctx),
        ctx,
      );
    case 'boolean': {
      const body =
        shape.const === undefined
          ? []
          : [`if (${site.value} !== ${shape.const}) {`, constLine(site, String(shape.const)), '}'];
      return typeGuarded(site, `typeof ${site.value} !== 'boolean'`, 'boolean', body, ctx);
    }
    case 'null':
      return typeGuarded(site, `${site.value} !== null`, 'null', [], ctx);
    case 'array':
      return typeGuarded(site, `!Array.isArray(${site.value})`, 'array', arrayChecks(shape, site, ctx), ctx);
    case 'map':
      return typeGuarded(site, notObject(site.value), 'object', mapChecks(shape, site, ctx), ctx);
    case 'ref':
      return refChecks(shape.name, site, ctx);
    case 'union':
      return callWithPath(unionFunction(shape, site.sensitive, ctx), site);
    case 'unknown':
      return [];
  }
}

export function notObject(value: string): string {
  return `typeof ${value} !== 'object' || ${value} === null || Array.isArray(${value})`;
}

/** A `type` issue through the module's `mistyped` helper: the message is built only when the check fails. */
export function typeIssueLine(site: Site, expected: string): string {
  const suffix = site.suffix ? `, ${JSON.stringify(site.suffix)}` : '';
  return `${site.issues} = mistyped(${site.issues}, at(${['path', ...site.tokens].join(', ')}), ${JSON.stringify(expected)}, ${site.value}${suffix});`;
}

function typeGuarded(site: Site, failure: string, expected: string, body: string[], ctx: CheckContext): string[] {
  if (!site.reportType) return body.length === 0 ? [] : [`if (${negate(failure)}) {`, ...body, '}'];
  const issue = typeIssueLine(site, expected);
  return body.length === 0 ? [`if (${failure}) {`, issue, '}'] : [`if (${failure}) {`, issue, '} else {', ...body, '}'];
}

function constLine(site: Site, expected: string): string {
  return reportLine(site, 'const', site.sensitive ? 'must equal the one allowed value' : `must be ${expected}`);
}

function oneOfCondition(value: string, literals: string[], ctx: CheckContext): string {
  if (literals.length > MAX_INLINE_VALUES)
    return `${ctx.constant('VALUES', `new Set<unknown>([${literals.join(', ')}])`)}.has(${value})`;
  return literals.map((literal) => `${value} === ${literal}`).join(' || ');
}

function enumLines(site: Site, literals: string[], ctx: CheckContext): string[] {
  const message = site.sensitive ? 'must be one of the allowed values' : `must be one of ${literals.join(', ')}`;
  return [`if (${negate(oneOfCondition(site.value, literals, ctx))}) {`, reportLine(site, 'enum', message), '}'];
}

function stringChecks(shape: StringShape, site: Site, ctx: CheckContext): string[] {
  const v = site.value;
  const lines: string[] = [];
  if (shape.const !== undefined)
    lines.push(`if (${v} !== ${JSON.stringify(shape.const)}) {`, constLine(site, JSON.stringify(shape.const)), '}');
  if (shape.enum && !shape.enum.open)
    lines.push(
      ...enumLines(
        site,
        shape.enum.values.map((s) => JSON.stringify(s)),
        ctx,
      ),
    );
  if (shape.minLength !== undefined && shape.minLength > 0) {
    ctx.runtimeImports.add('codePointLength');
    const min = shape.minLength;
    // UTF-16 length ≥ code points ≥ half of it: count code points only when the quick bounds cannot decide.
    lines.push(`if (${v}.length < ${min} || (${v}.length < ${2 * min} && codePointLength(${v}) < ${min})) {`);
    lines.push(reportLine(site, 'min_length', `must be at least ${min} character${min === 1 ? '' : 's'} long`), '}');
  }
  if (shape.maxLength !== undefined) {
    ctx.runtimeImports.add('codePointLength');
    const max = shape.maxLength;
    lines.push(`if (${v}.length > ${max} && codePointLength(${v}) > ${max}) {`);
    lines.push(reportLine(site, 'max_length', `must be at most ${max} character${max === 1 ? '' : 's'} long`), '}');
  }
  if (shape.pattern !== undefined) {
    const regex = ctx.constant('PATTERN', `new RegExp(${JSON.stringify(shape.pattern)}, 'u')`);
    lines.push(
      `if (!${regex}.test(${v})) {`,
      reportLine(site, 'pattern', `must match the pattern ${shape.pattern}`),
      '}',
    );
  }
  const format = formatCheck(shape.format, 'string');
  if (format) lines.push(...formatLines(format, site, ctx));
  return lines;
}

function formatLines(format: NonNullable<ReturnType<typeof formatCheck>>, site: Site, ctx: CheckContext): string[] {
  for (const declaration of format.declarations) ctx.declare(declaration);
  if (format.test('x').startsWith('isBase64(')) ctx.runtimeImports.add('isBase64');
  return [
    `if (${negate(format.test(site.value))}) {`,
    reportLine(site, 'format', `must be a valid ${format.description}`),
    '}',
  ];
}

function numberChecks(shape: IntegerShape | NumberShape, site: Site, ctx: CheckContext): string[] {
  const v = site.value;
  const lines: string[] = [];
  if (shape.const !== undefined)
    lines.push(`if (${v} !== ${shape.const}) {`, constLine(site, String(shape.const)), '}');
  if (shape.enum) lines.push(...enumLines(site, shape.enum.map(String), ctx));
  const bound = (condition: string, code: string, message: string): void => {
    lines.push(`if (${condition}) {`, reportLine(site, code, message), '}');
  };
  if (shape.minimum !== undefined)
    bound(`${v} < ${shape.minimum}`, 'minimum', `must be greater than or equal to ${shape.minimum}`);
  if (shape.maximum !== undefined)
    bound(`${v} > ${shape.maximum}`, 'maximum', `must be less than or equal to ${shape.maximum}`);
  if (shape.exclusiveMinimum !== undefined)
    bound(`${v} <= ${shape.exclusiveMinimum}`, 'exclusive_minimum', `must be greater than ${shape.exclusiveMinimum}`);
  if (shape.exclusiveMaximum !== undefined)
    bound(`${v} >= ${shape.exclusiveMaximum}`, 'exclusive_maximum', `must be less than ${shape.exclusiveMaximum}`);
  if (shape.multipleOf !== undefined)
    bound(`!Number.isInteger(${v} / ${shape.multipleOf})`, 'multiple_of', `must be a multiple of ${shape.multipleOf}`);
  const format = formatCheck(shape.format, 'number');
  if (format) lines.push(...formatLines(format, site, ctx));
  return lines;
}

function arrayChecks(shape: ArrayShape, site: Site, ctx: CheckContext): string[] {
  const array = ctx.fresh('a');
  const index = ctx.fresh('i');
  const item = ctx.fresh('e');
  const lines = [`const ${array}: readonly unknown[] = ${site.value};`];
  const { minItems, maxItems } = shape;
  if (minItems !== undefined && minItems > 0) {
    lines.push(
      `if (${array}.length < ${minItems}) {`,
      reportLine(site, 'min_items', `must have at least ${minItems} item${minItems === 1 ? '' : 's'}`),
      '}',
    );
  }
  if (maxItems !== undefined) {
    lines.push(
      `if (${array}.length > ${maxItems}) {`,
      reportLine(site, 'max_items', `must have at most ${maxItems} item${maxItems === 1 ? '' : 's'}`),
      '}',
    );
  }
  const itemSite: Site = { ...site, value: item, tokens: [...site.tokens, index], reportType: true };
  const itemLines = shapeChecks(shape.items, itemSite, ctx);
  if (itemLines.length > 0) {
    lines.push(
      `for (let ${index} = 0; ${index} < ${array}.length; ${index}++) {`,
      `const ${item} = ${array}[${index}];`,
      ...itemLines,
      '}',
    );
  }
  if (shape.uniqueItems) {
    ctx.declare(DEEP_EQUAL);
    ctx.declare(HAS_DUPLICATES);
    lines.push(
      `if (hasDuplicates(${array})) {`,
      reportLine(site, 'unique_items', 'must not contain duplicate items'),
      '}',
    );
  }
  return lines;
}

function mapChecks(shape: MapShape, site: Site, ctx: CheckContext): string[] {
  const object = ctx.fresh('m');
  const keys = ctx.fresh('k');
  const index = ctx.fresh('i');
  const key = ctx.fresh('key');
  const entry = ctx.fresh('e');
  const entryLines = shapeChecks(
    shape.values,
    { ...site, value: entry, tokens: [...site.tokens, key], reportType: true },
    ctx,
  );
  if (entryLines.length === 0) return [];
  return [
    `const ${object} = ${site.value} as Record<string, unknown>;`,
    `const ${keys} = Object.keys(${object});`,
    `for (let ${index} = 0; ${index} < ${keys}.length; ${index}++) {`,
    `const ${key} = ${keys}[${index}] as string;`,
    `const ${entry} = ${object}[${key}];`,
    ...entryLines,
    '}',
  ];
}

function refChecks(name: string, site: Site, ctx: CheckContext): string[] {
  const type = ctx.namedType(name);
  if (type.kind === 'enum') return enumTypeChecks(type, site, ctx);
  return callWithPath(checkFunctionName(name), site);
}

/** Named enums are checked inline: a string, and for closed enums one of the listed values. */
function enumTypeChecks(type: EnumType, site: Site, ctx: CheckContext): string[] {
  const body = type.open
    ? []
    : enumLines(
        site,
        type.values.map((s) => JSON.stringify(s)),
        ctx,
      );
  return typeGuarded(site, `typeof ${site.value} !== 'string'`, 'string', body, ctx);
}

/** Calls a check function on the value: its tokens go on the path stack for the call. */
export function callWithPath(functionName: string, site: Site): string[] {
  const push = site.tokens.map((token) => `path.tokens[path.depth++] = ${token};`);
  const pop =
    site.tokens.length === 0 ? [] : [site.tokens.length === 1 ? 'path.depth--;' : `path.depth -= ${site.tokens.length};`];
  return [...push, `${site.issues} = ${functionName}(${site.value}, ${site.issues}, path);`, ...pop];
}

/** A helper function for one union: the value passes when any variant passes. */
function unionFunction(shape: UnionShape, sensitive: boolean, ctx: CheckContext): string {
  const name = ctx.fresh('union');
  const blocks = shape.variants.flatMap((variant) => {
    const site: Site = { value: 'value', tokens: [], issues: 'sub', sensitive, reportType: true, suffix: '' };
    return [
      '{',
      'let sub: Issues = null;',
      ...shapeChecks(variant, site, ctx),
      'if (sub === null) return issues;',
      '}',
    ];
  });
  const expected = shape.variants.map((v) => shapeLabel(v, ctx)).join(', ');
  ctx.helperFunctions.push({
    name,
    body: [
      ...blocks,
      `return report(issues, at(path), 'union', ${JSON.stringify(`must match one of: ${expected}; got `)} + kindOf(value));`,
    ],
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

/**
 * `!condition`, parenthesized only where the condition has a top-level operator: written as prettier writes it
 * (`!isBase64(v)`, `!(a || b)`).
 */
export function negate(condition: string): string {
  let depth = 0;
  for (let i = 0; i < condition.length; i++) {
    const c = condition[i]!;
    if (c === "'" || c === '"') {
      for (i++; i < condition.length && condition[i] !== c; i++) if (condition[i] === '\\') i++;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && !/[\w$.]/.test(c)) return `!(${condition})`;
  }
  return `!${condition}`;
}
