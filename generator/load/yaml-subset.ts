/**
 * A fast reader for the YAML that spec files are written in (what `npm run import` and people write: block mappings
 * and sequences, plain and quoted one-line scalars, folded plain scalars, `|` and `>` block scalars, `[]` and `{}`),
 * giving exactly the data the `yaml` library gives with the YAML 1.2 core schema. Anything else — anchors,
 * aliases, tags, flow collections with content, comments after a value, duplicate keys, tabs, several documents,
 * any doubt — returns undefined, and the caller parses the text with the `yaml` library, which also reports
 * errors and finds lines. test/load/yaml-subset.test.ts compares the two on every spec file and on random documents.
 */

interface Line {
  indent: number;
  /** The line without its indentation. */
  text: string;
}

class NotInSubset extends Error {}

const fail = (): never => {
  throw new NotInSubset();
};

/** The data of `text`, or undefined when it is not in the subset. */
export function parseYamlSubset(text: string): unknown {
  if (text.includes('\r') || text.includes('\t') || text.charCodeAt(0) === 0xfeff) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    // Trailing spaces would be content in a block scalar: left to the library.
    if (raw.endsWith(' ')) return undefined;
    const body = raw.trimStart();
    lines.push({ indent: raw.length - body.length, text: body });
  }
  try {
    const reader = new Reader(lines);
    const first = reader.peek();
    if (first === undefined || first.indent !== 0 || isSequenceItem(first.text)) return undefined;
    const value = reader.mapping(0);
    if (reader.peek() !== undefined) return undefined;
    return value;
  } catch (error) {
    if (error instanceof NotInSubset) return undefined;
    throw error;
  }
}

function isSequenceItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

function isBlank(line: Line): boolean {
  return line.text === '';
}

class Reader {
  private index = 0;

  constructor(private readonly lines: Line[]) {}

  /** The next line that holds something (comments and blank lines skipped), not consumed. */
  peek(): Line | undefined {
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      if (line.text === '' || line.text.startsWith('#')) this.index++;
      else if (line.text.startsWith('---') || line.text.startsWith('...') || line.text.startsWith('%')) return fail();
      else return line;
    }
    return undefined;
  }

  mapping(indent: number): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    for (let line = this.peek(); line !== undefined && line.indent === indent && !isSequenceItem(line.text); line = this.peek()) {
      const { key, rest } = splitKey(line.text);
      if (key === undefined || Object.prototype.hasOwnProperty.call(object, key)) return fail();
      this.index++;
      object[key] = this.valueAfterIndicator(rest, indent, true);
    }
    const next = this.peek();
    if (next !== undefined && next.indent > indent) return fail();
    return object;
  }

  sequence(indent: number): unknown[] {
    const items: unknown[] = [];
    for (let line = this.peek(); line !== undefined && line.indent === indent && isSequenceItem(line.text); line = this.peek()) {
      const rest = line.text.slice(1);
      const content = rest.trimStart();
      if (content !== '' && (isSequenceItem(content) || looksLikeEntry(content))) {
        if (isSequenceItem(content)) return fail();
        // A mapping that starts on the item's line: its keys line up with the first one.
        line.indent = indent + 1 + (rest.length - content.length);
        line.text = content;
        items.push(this.mapping(line.indent));
        continue;
      }
      this.index++;
      items.push(this.valueAfterIndicator(content, indent, false));
    }
    const next = this.peek();
    if (next !== undefined && next.indent > indent) return fail();
    return items;
  }

  /** The value after `key:` or `-` on a line of the block at `indent` (`rest` trimmed, possibly empty). */
  private valueAfterIndicator(rest: string, indent: number, inMapping: boolean): unknown {
    if (rest === '') {
      const next = this.peek();
      if (next === undefined) return null;
      if (next.indent > indent) return isSequenceItem(next.text) ? this.sequence(next.indent) : this.mapping(next.indent);
      // `key:` followed by a sequence at the key's own indentation.
      if (inMapping && next.indent === indent && isSequenceItem(next.text)) return this.sequence(indent);
      return null;
    }
    return this.scalar(rest, indent);
  }

  private scalar(text: string, indent: number): unknown {
    const c = text[0]!;
    if ((c === '"' || c === "'") && quotedEnd(text) < 0) return this.multiLineQuoted(text, indent);
    if (c === '"') return doubleQuoted(text);
    if (c === "'") return singleQuoted(text);
    if (c === '|' || c === '>') return this.blockScalar(text, indent);
    if (text === '[]') return [];
    if (text === '{}') return {};
    if (c === '[' && text.endsWith(']')) return flowSequence(text.slice(1, -1));
    if (c === '{' && text.endsWith('}')) return flowMapping(text.slice(1, -1));
    if ('[]{}&*!%@`?,#:-'.includes(c) && !(c === '-' && /^-[0-9.]/.test(text))) return fail();
    if (text.includes(': ') || text.includes(' #') || text.endsWith(':')) return fail();
    // A plain scalar may go on over more indented lines (folded: one space per line break, a newline per blank line).
    const parts = [text];
    let blanks = 0;
    for (let i = this.index; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (isBlank(line)) {
        blanks++;
        continue;
      }
      if (line.indent <= indent) break;
      if (line.text.startsWith('#') || isSequenceItem(line.text) || line.text.includes(': ') || line.text.includes(' #') || line.text.endsWith(':')) return fail();
      parts.push(blanks > 0 ? '\n'.repeat(blanks) : ' ', line.text);
      blanks = 0;
      this.index = i + 1;
    }
    return parts.length === 1 ? resolvePlain(text) : parts.join('');
  }

  /**
   * A quoted scalar over several lines, each more indented than the block: a line break folds to one space, blank
   * lines to one line break each, and in double quotes a `\` at the end of a line joins the lines without a space.
   */
  private multiLineQuoted(first: string, indent: number): string {
    const quote = first[0]!;
    const parts = [first];
    for (;;) {
      const line = this.lines[this.index];
      if (line === undefined) return fail();
      this.index++;
      if (isBlank(line)) {
        parts.push('');
        continue;
      }
      if (line.indent <= indent) return fail();
      parts.push(line.text);
      const joined = parts.join('\n');
      const end = quotedEnd(joined);
      if (end >= 0) {
        if (end !== joined.length - 1) return fail();
        break;
      }
    }
    let folded = parts[0]!;
    let blanks = 0;
    for (const part of parts.slice(1)) {
      if (part === '') {
        blanks++;
        continue;
      }
      const escapedBreak = quote === '"' && /(^|[^\\])(\\\\)*\\$/.test(folded);
      if (escapedBreak && blanks > 0) return fail();
      if (escapedBreak) folded = `${folded.slice(0, -1)}${part}`;
      else if (blanks === 0) folded += ` ${part}`;
      else folded += `${quote === '"' ? '\\n'.repeat(blanks) : '\n'.repeat(blanks)}${part}`;
      blanks = 0;
    }
    return quote === '"' ? doubleQuoted(folded) : singleQuoted(folded);
  }

  /** `|`, `|-`, `|+`, `>`, `>-`, `>+`: the lines more indented than the block, until one that is not. */
  private blockScalar(header: string, indent: number): string {
    const match = /^([|>])([-+]?)$/.exec(header) ?? fail();
    const [, style, chomping] = match as unknown as [string, string, string];
    const body: string[] = [];
    let blockIndent: number | undefined;
    let i = this.index;
    for (; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      if (isBlank(line)) {
        body.push('');
        continue;
      }
      if (blockIndent === undefined) {
        if (line.indent <= indent) break;
        blockIndent = line.indent;
      }
      if (line.indent < blockIndent) break;
      if (line.indent > blockIndent && style === '>') return fail();
      body.push(`${' '.repeat(line.indent - blockIndent)}${line.text}`);
    }
    let last = body.length - 1;
    while (last >= 0 && body[last] === '') last--;
    if (last < 0) return fail();
    // Blank lines after the block's last line belong to what follows, unless kept.
    this.index = i - (body.length - 1 - last);
    if (body.slice(0, last + 1).some((l, k) => l === '' && k === 0)) return fail();
    const content = body.slice(0, last + 1);
    let text: string;
    if (style === '|') text = content.join('\n');
    else {
      text = '';
      let blanks = 0;
      for (const line of content) {
        if (line === '') blanks++;
        else {
          text += text === '' ? line : blanks > 0 ? `${'\n'.repeat(blanks)}${line}` : ` ${line}`;
          blanks = 0;
        }
      }
    }
    if (chomping === '-') return text;
    if (chomping === '+') return `${text}\n${'\n'.repeat(body.length - 1 - last)}`;
    return `${text}\n`;
  }
}

/** `[a, 'b c', 1]` on one line: scalars only. */
function flowSequence(inner: string): unknown[] {
  const items: unknown[] = [];
  let i = 0;
  while (i < inner.length) {
    while (inner[i] === ' ') i++;
    let end: number;
    let item: unknown;
    if (inner[i] === '"' || inner[i] === "'") {
      end = quotedEnd(inner.slice(i)) + i;
      if (end < i) return fail();
      item = inner[i] === '"' ? doubleQuoted(inner.slice(i, end + 1)) : singleQuoted(inner.slice(i, end + 1));
      end++;
    } else {
      end = inner.indexOf(',', i);
      if (end < 0) end = inner.length;
      const text = inner.slice(i, end).trim();
      if (text === '' || /[[\]{}:]| #/.test(text) || /^[#"'&*!%@`?|>,]/.test(text) || (text[0] === '-' && !/^-[0-9.]/.test(text))) return fail();
      item = resolvePlain(text);
    }
    items.push(item);
    while (inner[end] === ' ') end++;
    if (end < inner.length && inner[end] !== ',') return fail();
    i = end + 1;
    if (end < inner.length && inner.slice(i).trim() === '') return fail(); // a trailing comma
  }
  return items;
}

/** `{ a: 1, 'b c': x }` on one line: string keys, scalar values. */
function flowMapping(inner: string): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  const entries = splitFlow(inner);
  for (const entry of entries) {
    const { key, rest } = splitKey(entry);
    if (key === undefined || rest === '' || Object.prototype.hasOwnProperty.call(object, key)) return fail();
    [object[key]] = flowSequence(rest);
  }
  return object;
}

/** The entries of a one-line flow collection, split at commas outside quotes (no nested collections). */
function splitFlow(inner: string): string[] {
  const entries: string[] = [];
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '"' || c === "'") {
      const end = quotedEnd(inner.slice(i));
      if (end < 0) return fail();
      i += end;
    } else if (c === '[' || c === ']' || c === '{' || c === '}') return fail();
    else if (c === ',') {
      entries.push(inner.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = inner.slice(start).trim();
  if (last === '' || entries.some((e) => e === '')) return fail();
  entries.push(last);
  return entries;
}

/** `key: rest` → the key (undefined when not a plain string key of the subset) and the trimmed rest. */
function splitKey(text: string): { key: string | undefined; rest: string } {
  if (text[0] === '"' || text[0] === "'") {
    const end = quotedEnd(text);
    if (end < 0 || text[end + 1] !== ':' || (text.length > end + 2 && text[end + 2] !== ' ')) return { key: undefined, rest: '' };
    const key = text[0] === '"' ? doubleQuoted(text.slice(0, end + 1)) : singleQuoted(text.slice(0, end + 1));
    return { key: key === '__proto__' ? undefined : key, rest: text.slice(end + 2).trim() };
  }
  const colon = text.endsWith(':') && !text.includes(': ') ? text.length - 1 : text.indexOf(': ');
  if (colon <= 0) return { key: undefined, rest: '' };
  const key = text.slice(0, colon);
  const plain = !'[]{}&*!%@`?,#|>-:\'"'.includes(key[0]!) && !key.includes(' #') && key.trimEnd() === key && key !== '<<' && key !== '__proto__';
  return { key: plain && typeof resolvePlain(key) === 'string' ? key : undefined, rest: text.slice(colon + 1).trim() };
}

function looksLikeEntry(text: string): boolean {
  if (text[0] === '"' || text[0] === "'") {
    const end = quotedEnd(text);
    return end >= 0 && text[end + 1] === ':';
  }
  return text.includes(': ') || text.endsWith(':');
}

/** Index of the quote closing the scalar that `text` opens, or -1. */
function quotedEnd(text: string): number {
  const quote = text[0];
  for (let i = 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function doubleQuoted(text: string): string {
  if (quotedEnd(text) !== text.length - 1) return fail();
  const inner = text.slice(1, -1);
  // JSON's escapes are YAML's too; YAML's others (\x, \e, \N, …) are left to the library.
  if (/\\[^"\\/bfnrtu]/.test(inner) || /[\u0000-\u001f]/.test(inner)) return fail();
  return JSON.parse(`"${inner}"`) as string;
}

function singleQuoted(text: string): string {
  if (quotedEnd(text) !== text.length - 1) return fail();
  return text.slice(1, -1).replace(/''/g, "'");
}

/** A one-line plain scalar as the YAML 1.2 core schema resolves it (as the `yaml` library does). */
function resolvePlain(text: string): unknown {
  if (/^(?:~|[Nn]ull|NULL)?$/.test(text)) return null;
  if (/^(?:[Tt]rue|TRUE)$/.test(text)) return true;
  if (/^(?:[Ff]alse|FALSE)$/.test(text)) return false;
  if (/^0o[0-7]+$/.test(text)) return parseInt(text.slice(2), 8);
  if (/^[-+]?[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^0x[0-9a-fA-F]+$/.test(text)) return parseInt(text.slice(2), 16);
  if (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? -Infinity : Infinity;
  if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text) || /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text)) return parseFloat(text);
  return text;
}
