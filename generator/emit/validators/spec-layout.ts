import { printBody } from '../code-body.ts';
import { Layout, PRINT_WIDTH, width } from '../prettier-style.ts';

/**
 * `const fieldsX = /* @__PURE__ *\/ objectSpec(name, list, [handlers], declared);` laid out as prettier prints it,
 * so that the validators module needs no formatting pass:
 * - on one line when it fits and no handler is a function;
 * - else, when the handlers are the last argument and the line up to their `[` fits, the other arguments stay on
 *   it and the handlers follow one per line (prettier's "hug the last argument");
 * - else one argument per line, the handlers' array on one line when it fits and holds no function.
 * A handler is a name or an arrow function with a block body (`(f: Fields, i: number): void => {` + lines + `}`).
 * Returns the single-line text (left to prettier) when some line cannot be laid out exactly.
 */
export function specDeclaration(head: string, args: readonly string[], handlers: readonly string[] | undefined, declared: string | undefined): string {
  const handlersFlat = handlers ? `[${handlers.join(', ')}]` : undefined;
  const flat = `${head}(${[...args, ...(handlersFlat ? [handlersFlat] : []), ...(declared ? [declared] : [])].join(', ')});`;
  const layout = new Layout();
  const lines = specLines(layout, flat, head, args, handlers, declared);
  return layout.exact ? lines.join('\n') : flat;
}

function specLines(layout: Layout, flat: string, head: string, args: readonly string[], handlers: readonly string[] | undefined, declared: string | undefined): string[] {
  const hasFunction = handlers?.some(isFunction) ?? false;
  const handlersFlat = handlers ? `[${handlers.join(', ')}]` : undefined;
  if (!hasFunction && width(flat) <= PRINT_WIDTH) return [flat];
  if (width(head) > PRINT_WIDTH) layout.unsure(head);
  if (handlers && handlers.length > 0 && declared === undefined) {
    const hugged = `${head}(${args.join(', ')}, [`;
    if (width(hugged) <= PRINT_WIDTH) return [hugged, ...handlers.flatMap((h) => handlerLines(layout, h, '  ')), ']);'];
  }
  const argumentLines = args.map((arg) => `  ${arg},`);
  // A string argument too long for its line stays there: prettier never breaks a string.
  argumentLines.forEach((line) => /^\s*'.*',$/.test(line) || layout.fit(line));
  const handlerBlock =
    handlers === undefined
      ? []
      : handlers.length === 0 || (!hasFunction && width(`  ${handlersFlat},`) <= PRINT_WIDTH)
        ? [`  ${handlersFlat},`]
        : ['  [', ...handlers.flatMap((h) => handlerLines(layout, h, '    ')), '  ],'];
  return [`${head}(`, ...argumentLines, ...handlerBlock, ...(declared ? [`  ${declared},`] : []), ');'];
}

/**
 * `const <name> = <handler>;` for a field handler shared by several fields, laid out as prettier prints it (or on
 * one line, left to prettier, when some line cannot be laid out exactly).
 */
export function sharedHandlerDeclaration(name: string, handler: string): string {
  const layout = new Layout();
  const lines = handlerLines(layout, handler, '');
  const head = `const ${name} = ${(lines[0] as string).trimStart()}`;
  layout.fit(head);
  const text = [head, ...lines.slice(1, -1), '};'].join('\n');
  return layout.exact ? text : `const ${name} = ${handler.replace(/\n/g, ' ')};`;
}

const FUNCTION_HEAD = /^(\([^)]*\): \w+ => \{)\n/;

export function isFunction(handler: string): boolean {
  return FUNCTION_HEAD.test(handler);
}

/** An array element: a name, or a function whose body is laid out as statements. */
function handlerLines(layout: Layout, handler: string, indent: string): string[] {
  const head = FUNCTION_HEAD.exec(handler);
  if (!head) return [layout.fit(`${indent}${handler},`)];
  const body = handler.slice(head[0].length, handler.lastIndexOf('\n}'));
  return [layout.fit(`${indent}${head[1]}`), ...printBody(layout, body.split('\n'), `${indent}  `), `${indent}},`];
}
