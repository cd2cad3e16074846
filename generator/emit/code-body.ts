import { commaList, PRINT_WIDTH, requoteStrings, width, type Layout } from './prettier-style.ts';

/**
 * The statements of a block (each a string of one or more lines, as the emitters write them) laid out as ts-morph
 * writes them and prettier then prints them: indented by braces and `case` labels, a blank line after a statement
 * ending in `}` (ts-morph's rule; prettier keeps it unless a `}` follows), prettier's quotes, and a call too long
 * for its line broken one argument per line.
 */
export function printBody(layout: Layout, statements: readonly string[], indent: string): string[] {
  const lines: { text: string; blankBefore: boolean }[] = [];
  let previous: string | undefined;
  for (const statement of statements) {
    const blankBefore = previous !== undefined && previous.trimEnd().endsWith('}');
    statement.split('\n').forEach((text, i) => lines.push({ text: text.trim(), blankBefore: blankBefore && i === 0 }));
    previous = statement;
  }
  const out: string[] = [];
  const frames: { isSwitch: boolean; inCase: boolean }[] = [];
  for (const { text, blankBefore } of lines) {
    if (text === '') continue;
    const closes = /^[}\])]/.test(text);
    if (closes) {
      if (frames.length === 0) {
        layout.unsure();
        return statements.flatMap((s) => s.split('\n').map((l) => `${indent}${l}`));
      }
      frames.pop();
    }
    const top = frames.at(-1);
    const isLabel = top?.isSwitch === true && /^(case\b.*|default):$/.test(text);
    if (isLabel) top!.inCase = true;
    const depth = frames.length + frames.filter((f) => f.isSwitch && f.inCase).length - (isLabel ? 1 : 0);
    const at = `${indent}${'  '.repeat(depth)}`;
    if (blankBefore && !closes && out.length > 0 && out.at(-1) !== '' && !out.at(-1)!.endsWith('{')) out.push('');
    out.push(...breakLong(layout, at, requoteStrings(text, layout)));
    if (text.endsWith('{')) frames.push({ isSwitch: /^switch\b/.test(text), inCase: false });
  }
  if (frames.length > 0) layout.unsure();
  return out;
}

/** A statement line: as is when it fits, else `callee(` + one argument per line + `);` where that is prettier's choice. */
function breakLong(layout: Layout, indent: string, text: string): string[] {
  const line = `${indent}${text}`;
  if (width(line) <= PRINT_WIDTH) return [line];
  const guarded = /^((?:if|for) \(.*?\)) ([^{].*;)$/.exec(text);
  if (guarded && isBalanced(guarded[1]!)) return [`${indent}${guarded[1]}`, ...breakLong(layout, `${indent}  `, guarded[2]!)];
  const conditional = /^return (.*);$/.exec(text);
  const branches = conditional ? conditionalParts(conditional[1]!) : undefined;
  if (branches && width(`${indent}    : ${branches[2]};`) <= PRINT_WIDTH && width(`${indent}    ? ${branches[1]}`) <= PRINT_WIDTH) {
    return [`${indent}return ${branches[0]}`, `${indent}  ? ${branches[1]}`, `${indent}  : ${branches[2]};`];
  }
  const call = /^((?:return |[\w$.]+ = |(?:const|let) [\w$]+ = )?[\w$.]+(?:<[^()]*>)?)\((.*)\);$/.exec(text);
  const args = call ? topLevelArguments(call[2]!) : undefined;
  if (!call || !args || args.some((a) => (/^[[{`]|=>/.test(a) && !isExpressionArrow(a)) || a.length === 0)) {
    layout.unsure(line);
    return [line];
  }
  // No argument is a block-bodied function (which prettier would hug): one argument per line, an arrow whose body
  // does not fit after it broken after the `=>`.
  const flat = `${indent}${call[1]}(${args.join(', ')});`;
  if (width(flat) <= PRINT_WIDTH) return [flat];
  const inner = `${indent}  `;
  const argumentLines = args.flatMap((arg) => {
    const arrow = isExpressionArrow(arg) ? /^(\([^()]*\) =>) (.*)$/.exec(arg) : null;
    if (!arrow || width(`${inner}${arg},`) <= PRINT_WIDTH) return [layout.fit(`${inner}${arg},`)];
    return [`${inner}${arrow[1]}`, layout.fit(`${inner}  ${arrow[2]},`)];
  });
  return [`${indent}${call[1]}(`, ...argumentLines, layout.fit(`${indent});`)];
}

/** `(a, b) => expression` with simple parameters and a body that is neither a block nor another literal. */
function isExpressionArrow(text: string): boolean {
  const arrow = /^\([\w$, ]*\) => (.*)$/.exec(text);
  return arrow !== null && !/^[[{`(]/.test(arrow[1]!) && !/=>| \? /.test(arrow[1]!) && topLevelArguments(arrow[1]!)?.length === 1;
}

/** Call arguments split at top-level commas, or undefined when the text is not one balanced argument list. */
function topLevelArguments(text: string): string[] | undefined {
  const args: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      const quote = c;
      for (i++; i < text.length && text[i] !== quote; i++) if (text[i] === '\\') i++;
      if (i >= text.length) return undefined;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (--depth < 0) return undefined;
    } else if (c === ',' && depth === 0) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  if (depth !== 0) return undefined;
  args.push(text.slice(start).trim());
  return args;
}

/** `test ? a : b` split at its top-level `?` and `:`, or undefined when the text is not one such expression. */
function conditionalParts(text: string): [string, string, string] | undefined {
  const marks: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && (c === '?' || c === ':') && text[i - 1] === ' ' && text[i + 1] === ' ') marks.push(i);
  }
  if (marks.length !== 2 || text[marks[0]!] !== '?' || text[marks[1]!] !== ':') return undefined;
  const [q, colon] = marks as [number, number];
  return [text.slice(0, q - 1), text.slice(q + 2, colon - 1), text.slice(colon + 2)];
}

/** Parentheses and brackets balance, outside string literals. */
function isBalanced(text: string): boolean {
  return topLevelArguments(text) !== undefined;
}
