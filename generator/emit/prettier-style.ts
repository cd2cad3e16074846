import { displayWidth } from './markdown-table.ts';

/**
 * The few layout rules of prettier (printWidth 120, single quotes, trailing commas) that the code we emit meets,
 * applied while printing instead of in a formatting pass. Each helper either returns text prettier would leave
 * unchanged or reports, through a `Layout`, that it cannot be sure; the file is then formatted by prettier itself
 * (test/formatting.test.ts proves the first case on every generated file).
 */
export const PRINT_WIDTH = 120;

/** Columns a line takes as prettier counts them (wide characters 2, combining marks 0). */
export function width(text: string): number {
  return displayWidth(text);
}

/** Collects whether everything printed so far is known to be in prettier's style. */
export class Layout {
  exact = true;

  /** `line` as is when it fits; otherwise marks the output as needing prettier. */
  fit(line: string): string {
    if (width(line) > PRINT_WIDTH) this.unsure(line);
    return line;
  }

  /** CS_GENERATOR_DEBUG_LAYOUT=1 prints what made a file fall back to prettier (to teach the printer that layout). */
  unsure(why?: string): void {
    if (process.env.CS_GENERATOR_DEBUG_LAYOUT) console.error(`not sure of prettier's layout: ${why ?? new Error().stack}`);
    this.exact = false;
  }
}

/**
 * A comma-separated list between `open` and `close`, after `head` and before `tail`: on one line when it fits,
 * otherwise one item per line with a trailing comma (imports, parameters, call arguments).
 */
export function commaList(layout: Layout, indent: string, head: string, open: string, items: string[], close: string, tail: string, spaced = false): string[] {
  const pad = spaced && items.length > 0 ? ' ' : '';
  const flat = `${indent}${head}${open}${pad}${items.join(', ')}${pad}${close}${tail}`;
  if (width(flat) <= PRINT_WIDTH || items.length === 0) return [layout.fit(flat)];
  return [`${indent}${head}${open}`, ...items.map((item) => layout.fit(`${indent}  ${item},`)), layout.fit(`${indent}${close}${tail}`)];
}

/** Splits type text at its top-level `|` (outside brackets, parentheses, braces and string literals). */
export function unionMembers(type: string): string[] {
  const members: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < type.length; i++) {
    const c = type[i]!;
    if (c === "'" || c === '"') {
      i = endOfString(type, i);
      if (i < 0) return [type];
    } else if (c === '(' || c === '[' || c === '{' || c === '<') depth++;
    else if (c === ')' || c === ']' || c === '}' || c === '>') depth--;
    else if (c === '|' && depth === 0 && type[i - 1] === ' ' && type[i + 1] === ' ') {
      members.push(type.slice(start, i - 1));
      start = i + 2;
    }
  }
  members.push(type.slice(start));
  return members;
}

/**
 * `head` + a type + `tail` (e.g. `export type X = ` … `;`, or `name?: ` … `;`): one line when it fits, otherwise a
 * union with one member per line (`| 'a'`), as prettier breaks long unions.
 */
export function typeAfter(layout: Layout, indent: string, head: string, type: string, tail: string): string[] {
  const text = requoteStrings(type, layout);
  // prettier prints `(-1)[]` as `-1[]`: such types are left to prettier.
  if (text.includes('(-')) layout.unsure(text);
  const flat = `${indent}${head}${text}${tail}`;
  if (width(flat) <= PRINT_WIDTH) return [flat];
  // A one-member object type (`{ [key: string]: V }`): prettier breaks it over three lines, the member ended by `;`.
  const objectMember = /^\{ ([^{};]+) \}$/.exec(text)?.[1];
  if (objectMember !== undefined) return [`${indent}${head}{`, layout.fit(`${indent}  ${objectMember};`), `${indent}}${tail}`];
  const members = unionMembers(text);
  if (members.length < 2) return [layout.fit(flat)];
  // prettier first moves the whole type to the next line, and breaks the union only when it does not fit there.
  const next = `${indent}  ${text}${tail}`;
  if (width(next) <= PRINT_WIDTH) return [`${indent}${head.trimEnd()}`, next];
  return [`${indent}${head.trimEnd()}`, ...members.map((m, i) => layout.fit(`${indent}  | ${m}${i === members.length - 1 ? tail : ''}`))];
}

/** Index of the closing quote of the string literal opening at `start`, or -1. */
function endOfString(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i;
    else if (text[i] === '\n') return -1;
  }
  return -1;
}

/** Where a `/` starts a regular expression rather than a division (enough for the code we emit). */
const BEFORE_REGEX = /[=(,:[!&|?{};]\s*$|^\s*$|\breturn\s*$/;

/**
 * Every string literal of a line of code in prettier's quotes: single unless the text holds more single than double
 * quotes, escapes of the other quote dropped. Template literals, regular expressions and comments are left alone.
 */
export function requoteStrings(code: string, layout: Layout): string {
  if (!code.includes('"') && !code.includes("'")) return code;
  let out = '';
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '"' || c === "'") {
      const end = endOfString(code, i);
      if (end < 0) {
        layout.unsure();
        return code;
      }
      out += prettierString(code.slice(i + 1, end));
      i = end;
    } else if (c === '`') {
      const end = code.indexOf('`', i + 1);
      if (end < 0 || code.slice(i, end).includes('${')) {
        layout.unsure();
        return code;
      }
      out += code.slice(i, end + 1);
      i = end;
    } else if (c === '/' && code[i + 1] === '/') {
      return out + code.slice(i);
    } else if (c === '/' && BEFORE_REGEX.test(code.slice(0, i))) {
      const end = endOfRegex(code, i);
      if (end < 0) {
        layout.unsure();
        return code;
      }
      out += code.slice(i, end + 1);
      i = end;
    } else {
      out += c;
    }
  }
  return out;
}

function endOfRegex(text: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return i;
  }
  return -1;
}

/** A string literal's raw content (escapes as written) re-enclosed as prettier does. */
export function prettierString(raw: string): string {
  let singles = 0;
  let doubles = 0;
  for (const c of raw) {
    if (c === "'") singles++;
    else if (c === '"') doubles++;
  }
  const quote = singles > doubles ? '"' : "'";
  const other = quote === '"' ? "'" : '"';
  const body = raw.replace(/\\(.)|(["'])/gs, (_match, escaped: string | undefined, bare: string | undefined) => {
    if (escaped === other) return escaped;
    if (bare === quote) return `\\${bare}`;
    if (bare) return bare;
    return `\\${escaped}`;
  });
  return `${quote}${body}${quote}`;
}

/** A JSON string value as prettier writes the literal. */
export function stringLiteral(value: string): string {
  return prettierString(JSON.stringify(value).slice(1, -1));
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A name in a literal expression (`{ operation: DescribeOperation }`), printed as it is. */
export class Identifier {
  constructor(readonly name: string) {}
}

/** A JSON value whose leaves may also be identifiers: the literal expressions the emitters write. */
export type Literal = null | boolean | number | string | Identifier | Literal[] | { [key: string]: Literal };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A JSON value as a TypeScript expression laid out by prettier's rules for object and array literals: on one line
 * when it fits (from `column`, with `tail` after it), otherwise broken one entry per line. An array whose entries
 * are all objects or arrays with more than one entry always breaks, as in prettier, and so does everything around it.
 */
export function jsonExpression(layout: Layout, value: Literal, indent: string, column: number, tail: number): string {
  const flat = flatJson(layout, value);
  if (column + width(flat) + tail <= PRINT_WIDTH && !holdsForcedBreak(value)) return flat;
  if (value === null || typeof value !== 'object' || value instanceof Identifier) return layout.fit(flat);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => typeof v === 'number')) layout.unsure(); // prettier fills number arrays
    const items = value.map((v) => `${inner}${typeof v === 'string' ? stringLiteral(v) : jsonExpression(layout, v, inner, inner.length, 1)},`);
    // A string too long for its line stays there (prettier never breaks a string); anything else must fit.
    items.forEach((item, i) => typeof value[i] !== 'string' && layout.fit(item.split('\n')[0]!));
    return `[\n${items.join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const keys = objectKeys(layout, entries.map(([k]) => k));
  const items = entries.map(([, v], i) => {
    const head = `${inner}${keys[i]}: `;
    const printed = typeof v === 'string' ? stringLiteral(v) : jsonExpression(layout, v, inner, width(head), 1);
    if (typeof v !== 'string') return `${head}${printed},`;
    // A string that does not fit after its key goes to the next line (where it may still be too long: prettier
    // never breaks a string), unless the key is too short for that to help.
    if (width(head) + width(printed) + 1 > PRINT_WIDTH && width(keys[i]!) >= 5) return `${inner}${keys[i]}:\n${inner}  ${printed},`;
    return `${head}${printed},`;
  });
  entries.forEach(([, v], i) => typeof v !== 'string' && layout.fit(items[i]!.split('\n')[0]!));
  return `{\n${items.join('\n')}\n${indent}}`;
}

function flatJson(layout: Layout, value: Literal): string {
  if (value instanceof Identifier) return value.name;
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? stringLiteral(value) : String(value);
  if (Array.isArray(value)) return `[${value.map((v) => flatJson(layout, v)).join(', ')}]`;
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const keys = objectKeys(layout, entries.map(([k]) => k));
  return `{ ${entries.map(([, v], i) => `${keys[i]}: ${flatJson(layout, v)}`).join(', ')} }`;
}

/** Keys unquoted when every one can be (prettier's `quoteProps: 'as-needed'` for keys written quoted). */
function objectKeys(layout: Layout, keys: string[]): string[] {
  if (keys.every((k) => IDENTIFIER.test(k))) return keys;
  if (keys.some((k) => IDENTIFIER.test(k) || /^\d/.test(k))) layout.unsure();
  return keys.map(stringLiteral);
}

function isCollection(value: Literal): value is Literal[] | { [key: string]: Literal } {
  return value !== null && typeof value === 'object' && !(value instanceof Identifier);
}

function mustBreak(value: Literal): boolean {
  if (!Array.isArray(value) || value.length < 2) return false;
  const isArray = Array.isArray(value[0]);
  return value.every((v) => isCollection(v) && Array.isArray(v) === isArray && (Array.isArray(v) ? v.length : Object.keys(v).length) > 1);
}

/** Whether the value or anything in it must break (prettier breaks every enclosing literal then). */
function holdsForcedBreak(value: Literal): boolean {
  if (!isCollection(value)) return false;
  if (mustBreak(value)) return true;
  return (Array.isArray(value) ? value : Object.values(value)).some(holdsForcedBreak);
}

/**
 * The literal expression of `text` (JSON, with identifiers and single-quoted strings allowed as values, identifiers
 * as keys), or undefined when it is anything else.
 */
export function parseLiteral(text: string): Literal | undefined {
  let i = 0;
  const space = (): void => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const fail = (): never => {
    throw new SyntaxError('not a literal');
  };
  const string = (): string => {
    const quote = text[i]!;
    let end = i + 1;
    for (; end < text.length && text[end] !== quote; end++) if (text[end] === '\\') end++;
    if (end >= text.length) fail();
    const raw = text.slice(i + 1, end);
    i = end + 1;
    // A single-quoted literal: its escapes as JSON would write them.
    return JSON.parse(quote === '"' ? `"${raw}"` : `"${raw.replace(/\\'/g, "'").replace(/"/g, '\\"')}"`) as string;
  };
  const value = (): Literal => {
    space();
    const c = text[i];
    if (c === '[') {
      i++;
      const items: Literal[] = [];
      space();
      while (text[i] !== ']') {
        items.push(value());
        space();
        if (text[i] === ',') i++;
        else if (text[i] !== ']') fail();
        space();
      }
      i++;
      return items;
    }
    if (c === '{') {
      i++;
      const object: { [key: string]: Literal } = {};
      space();
      while (text[i] !== '}') {
        let key: string;
        if (text[i] === '"' || text[i] === "'") key = string();
        else {
          const name = /^[A-Za-z_$][\w$]*/.exec(text.slice(i))?.[0] ?? fail();
          i += name.length;
          key = name;
        }
        space();
        if (text[i++] !== ':' || key === '__proto__') fail();
        object[key] = value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') fail();
        space();
      }
      i++;
      return object;
    }
    if (c === '"' || c === "'") return string();
    const word = /^(-?\d+(\.\d+)?([eE][+-]?\d+)?|[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*)/.exec(text.slice(i))?.[0] ?? fail();
    i += word.length;
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    if (/^-?\d/.test(word)) return Number(word);
    return new Identifier(word);
  };
  try {
    const result = value();
    space();
    return i === text.length ? result : undefined;
  } catch {
    return undefined;
  }
}
