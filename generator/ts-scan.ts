/**
 * What check-names.ts needs to know of a TypeScript module — the names it binds at its top level, what it exports,
 * its classes' members, its functions' parameters — read by a small scanner instead of the TypeScript parser, whose
 * loading alone would cost more than generating a package. It covers the code the generator and the runtime hold
 * (prettier-formatted, semicolons everywhere); test/emit/ts-scan.test.ts compares it with TypeScript's reading on
 * every source file of the generated packages.
 */

export interface ModuleFacts {
  /** Every name bound at the top level, with how (`declared (InterfaceDeclaration)`, `imported from ./x.js`). */
  topLevel: { name: string; how: string }[];
  /** Names of the top-level declarations marked `export`. */
  exported: string[];
  /** `export … from` statements: the module specifier and the names (undefined for `export *`). */
  reexports: { specifier: string; names: string[] | undefined }[];
  classes: { name: string; extends: string | undefined; members: string[] }[];
  /** Parameters of every top-level function and of every constructor and method of a top-level class. */
  parameters: { functionName: string; parameter: string }[];
}

type TokenKind = 'name' | 'private' | 'string' | 'number' | 'punct' | 'template' | 'regex';

interface Token {
  kind: TokenKind;
  text: string;
  /** Where the token starts and ends in the module's text. */
  start: number;
  end: number;
}

const REGEX_AFTER_KEYWORD = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);
const PUNCTUATION = ['>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '&&=', '||=', '??=', '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '**'];

const PUNCTUATION_START = new Set(PUNCTUATION.map((p) => p[0]!));

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isNameStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code === 36 || code >= 128;
}

function isNamePart(code: number): boolean {
  return isNameStart(code) || isDigit(code);
}

/** The tokens of a module, comments dropped; template literals and regular expressions each one token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Brace depth at which each open template substitution (`${`) resumes its template.
  const templates: number[] = [];
  let braces = 0;
  let i = 0;
  const n = text.length;
  const regexAllowed = (): boolean => {
    const last = tokens.at(-1);
    if (!last) return true;
    if (last.kind === 'name') return REGEX_AFTER_KEYWORD.has(last.text);
    if (last.kind === 'punct') return last.text !== ')' && last.text !== ']' && last.text !== '}';
    return false;
  };
  /** Reads template text from `i` (after a backtick or a substitution's `}`) to the closing backtick or the next `${`. */
  const templateRest = (): void => {
    for (; i < n; i++) {
      const c = text[i];
      if (c === '\\') i++;
      else if (c === '`') {
        i++;
        return;
      } else if (c === '$' && text[i + 1] === '{') {
        i += 2;
        templates.push(braces);
        braces++;
        return;
      }
    }
  };
  while (i < n) {
    const c = text[i]!;
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === '"' || c === "'") {
      const start = i;
      for (i++; i < n && text[i] !== c; i++) if (text[i] === '\\') i++;
      i++;
      tokens.push({ kind: 'string', text: unquote(text.slice(start + 1, i - 1)), start, end: i });
    } else if (c === '`') {
      const start = i;
      i++;
      templateRest();
      tokens.push({ kind: 'template', text: '`', start, end: i });
    } else if (c === '}' && templates.length > 0 && templates.at(-1) === braces - 1) {
      const start = i;
      templates.pop();
      braces--;
      i++;
      templateRest();
      tokens.push({ kind: 'template', text: '}`', start, end: i });
    } else if (c === '/' && regexAllowed()) {
      const start = i;
      let inClass = false;
      for (i++; i < n; i++) {
        const d = text[i];
        if (d === '\\') i++;
        else if (d === '[') inClass = true;
        else if (d === ']') inClass = false;
        else if (d === '/' && !inClass) break;
      }
      for (i++; i < n && text.charCodeAt(i) >= 97 && text.charCodeAt(i) <= 122; i++);
      tokens.push({ kind: 'regex', text: '/', start, end: i });
    } else if (isNameStart(text.charCodeAt(i)) || (c === '#' && isNameStart(text.charCodeAt(i + 1)))) {
      const start = i;
      for (i++; i < n && isNamePart(text.charCodeAt(i)); i++);
      tokens.push({ kind: c === '#' ? 'private' : 'name', text: text.slice(start, i), start, end: i });
    } else if (isDigit(text.charCodeAt(i)) || (c === '.' && isDigit(text.charCodeAt(i + 1)))) {
      const start = i;
      for (i++; i < n && (isNamePart(text.charCodeAt(i)) || text[i] === '.'); i++);
      tokens.push({ kind: 'number', text: text.slice(start, i), start, end: i });
    } else {
      const long = PUNCTUATION_START.has(c) ? PUNCTUATION.find((p) => text.startsWith(p, i)) : undefined;
      const punct = long ?? c;
      if (punct === '{') braces++;
      else if (punct === '}') braces--;
      tokens.push({ kind: 'punct', text: punct, start: i, end: i + punct.length });
      i += punct.length;
    }
  }
  return tokens;
}

function unquote(raw: string): string {
  return raw.replace(/\\(.)/g, '$1');
}

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);
const MEMBER_MODIFIERS = new Set(['public', 'private', 'protected', 'readonly', 'static', 'abstract', 'override', 'declare', 'async', 'accessor']);
const DECLARATION_KINDS: Record<string, string> = {
  interface: 'InterfaceDeclaration',
  type: 'TypeAliasDeclaration',
  class: 'ClassDeclaration',
  function: 'FunctionDeclaration',
  enum: 'EnumDeclaration',
  namespace: 'ModuleDeclaration',
  module: 'ModuleDeclaration',
  global: 'ModuleDeclaration',
};

/** Facts known without scanning (from the structure a module was printed from, or prepared by the build), by text. */
const knownFacts = new Map<string, ModuleFacts>();

/** Records the facts of a module's text, for `takeKnownFacts`. */
export function rememberFacts(text: string, facts: ModuleFacts): void {
  knownFacts.set(text, facts);
}

/** The facts recorded for a module's text, if any (forgotten once taken). */
export function takeKnownFacts(text: string): ModuleFacts | undefined {
  const facts = knownFacts.get(text);
  knownFacts.delete(text);
  return facts;
}

/** The facts of one module's text. */
export function scanModule(text: string): ModuleFacts {
  const t = tokenize(text);
  const facts: ModuleFacts = { topLevel: [], exported: [], reexports: [], classes: [], parameters: [] };
  const is = (i: number, text: string): boolean => t[i]?.kind === 'punct' && t[i]!.text === text;
  const isName = (i: number, text?: string): boolean => t[i]?.kind === 'name' && (text === undefined || t[i]!.text === text);
  /** Index after the bracket closing the one opening at `i`. */
  const skipGroup = (i: number): number => {
    let depth = 0;
    for (; i < t.length; i++) {
      if (t[i]!.kind !== 'punct') continue;
      if (OPEN.has(t[i]!.text)) depth++;
      else if (CLOSE.has(t[i]!.text) && --depth === 0) return i + 1;
    }
    return i;
  };
  /** Index after the end of the statement or member starting at `i`: its `;` or its block's `}` at depth 0. */
  const skipStatement = (i: number, blockEnds: boolean): number => {
    for (; i < t.length; i++) {
      if (is(i, ';')) return i + 1;
      if (is(i, '}')) return i; // the end of the enclosing block
      if (t[i]!.kind === 'punct' && OPEN.has(t[i]!.text)) {
        const opensBlock = is(i, '{');
        i = skipGroup(i) - 1;
        if (opensBlock && blockEnds) return i + 1;
      }
    }
    return i;
  };
  /** Parameter names of the list opening at `i` (`(`), and the index after it. */
  const parameterList = (i: number): { names: string[]; modified: string[]; end: number } => {
    const end = skipGroup(i);
    const names: string[] = [];
    const modified: string[] = [];
    let j = i + 1;
    while (j < end - 1) {
      let hasModifier = false;
      while (isName(j) && MEMBER_MODIFIERS.has(t[j]!.text) && (isName(j + 1) || t[j + 1]?.kind === 'punct' && (is(j + 1, '{') || is(j + 1, '[')))) {
        hasModifier = true;
        j++;
      }
      if (is(j, '...')) j++;
      if (isName(j)) {
        names.push(t[j]!.text);
        if (hasModifier) modified.push(t[j]!.text);
      }
      j = topLevelComma(j, end - 1, false) + 1;
    }
    return { names, modified, end };
  };
  /** Index of the `(` of a signature starting at `i` (after optional type parameters), or -1. */
  const openParen = (i: number): number => {
    if (is(i, '<')) {
      let angle = 0;
      for (; i < t.length; i++) {
        if (is(i, '<')) angle++;
        else if (is(i, '>') && --angle === 0) return is(i + 1, '(') ? i + 1 : -1;
        else if (is(i, '>>')) {
          angle -= 2;
          if (angle <= 0) return is(i + 1, '(') ? i + 1 : -1;
        }
      }
      return -1;
    }
    return is(i, '(') ? i : -1;
  };
  const classBody = (name: string, i: number): { members: string[]; end: number } => {
    const members: string[] = [];
    const end = skipGroup(i);
    let j = i + 1;
    while (j < end - 1) {
      if (is(j, ';')) {
        j++;
        continue;
      }
      const start = j;
      while (isName(j) && MEMBER_MODIFIERS.has(t[j]!.text) && !is(j + 1, '(') && !is(j + 1, '<') && !is(j + 1, ':') && !is(j + 1, '=') && !is(j + 1, '?') && !is(j + 1, ';')) j++;
      if (is(j, '{')) {
        j = skipGroup(j); // static block
        continue;
      }
      let accessor = false;
      if ((isName(j, 'get') || isName(j, 'set')) && (t[j + 1]?.kind === 'name' || t[j + 1]?.kind === 'private' || t[j + 1]?.kind === 'string' || is(j + 1, '['))) {
        accessor = true;
        j++;
      }
      const token = t[j];
      const memberName = token && (token.kind === 'name' || token.kind === 'private' || token.kind === 'string') ? token.text : undefined;
      if (memberName === 'constructor' && token!.kind === 'name') {
        const paren = openParen(j + 1);
        if (paren >= 0) {
          const list = parameterList(paren);
          members.push(...list.modified);
          for (const parameter of list.names) facts.parameters.push({ functionName: `${name}.constructor`, parameter });
        }
      } else if (memberName !== undefined) {
        members.push(memberName);
        let k = j + 1;
        if (is(k, '?') || is(k, '!')) k++;
        const paren = openParen(k);
        if (paren >= 0 && !accessor && token!.kind === 'name') {
          for (const parameter of parameterList(paren).names) facts.parameters.push({ functionName: `${name}.${memberName}`, parameter });
        }
      } else if (is(j, '[')) {
        j = skipGroup(j) - 1; // index signature or computed name
      }
      j = Math.max(skipMember(j), start + 1);
    }
    return { members, end };
  };
  /** Index after a class member or declaration starting at `i`: its body (not an object type), or its `;`. */
  const skipMember = (i: number): number => {
    for (; i < t.length; i++) {
      if (is(i, ';')) return i + 1;
      if (is(i, '}')) return i;
      if (is(i, '(')) {
        i = skipGroup(i) - 1;
        continue;
      }
      if (is(i, '{')) {
        // A method's body follows its signature; an object type or literal follows `:`, `=`, `|`, `&`, `<`, `,`, `=>`.
        const previous = t[i - 1];
        const valueOrType = previous?.kind === 'punct' && [':', '=', '|', '&', '<', ',', '=>', '(', '[', '?', '??', '||', '&&'].includes(previous.text);
        i = skipGroup(i);
        if (!valueOrType) return i;
        i--;
        continue;
      }
      if (is(i, '[')) i = skipGroup(i) - 1;
    }
    return i;
  };

  let i = 0;
  while (i < t.length) {
    const start = i;
    if (is(i, ';')) {
      i++;
      continue;
    }
    if (isName(i, 'import') && !is(i + 1, '(') && !is(i + 1, '.')) {
      i = importStatement(i + 1);
      continue;
    }
    let exported = false;
    if (isName(i, 'export')) {
      exported = true;
      i++;
      if (is(i, '*') || is(i, '{') || (isName(i, 'type') && (is(i + 1, '{') || is(i + 1, '*')))) {
        i = exportFrom(i);
        continue;
      }
      if (isName(i, 'default')) i++;
    }
    while (isName(i, 'declare') || isName(i, 'abstract') || isName(i, 'async')) i++;
    const keyword = t[i]?.kind === 'name' ? t[i]!.text : '';
    if (keyword === 'const' || keyword === 'let' || keyword === 'var') {
      i = variableStatement(i + 1, exported);
      continue;
    }
    if (keyword === 'function' && is(i + 1, '*')) i++;
    const kind = DECLARATION_KINDS[keyword];
    if (keyword === 'global' && is(i + 1, '{')) {
      facts.topLevel.push({ name: 'global', how: 'declared (ModuleDeclaration)' });
      i = skipGroup(i + 1);
      continue;
    }
    if (kind !== undefined && keyword !== 'global' && (isName(i + 1) || t[i + 1]?.kind === 'string')) {
      const name = t[i + 1]!.text;
      const bindsName = !(kind === 'ModuleDeclaration' && t[i + 1]!.kind !== 'name');
      if (bindsName && !(keyword === 'type' && !is(i + 2, '=') && !is(i + 2, '<'))) {
        facts.topLevel.push({ name, how: `declared (${kind})` });
        if (exported) facts.exported.push(name);
      }
      if (keyword === 'function') {
        const paren = openParen(i + 2);
        if (paren >= 0) for (const parameter of parameterList(paren).names) facts.parameters.push({ functionName: name, parameter });
      }
      if (keyword === 'class') {
        let j = i + 2;
        let base: string | undefined;
        if (is(j, '<')) j = openParenOrBrace(j);
        if (isName(j, 'extends')) {
          base = isName(j + 1) && !is(j + 2, '.') ? t[j + 1]!.text : undefined;
        }
        while (j < t.length && !is(j, '{')) j = t[j]!.kind === 'punct' && (is(j, '(') || is(j, '[')) ? skipGroup(j) : j + 1;
        const body = classBody(name, j);
        facts.classes.push({ name, extends: base, members: body.members });
        i = body.end;
        continue;
      }
      i = kind === 'TypeAliasDeclaration' ? skipStatement(i + 2, false) : skipMember(i + 2);
      if (is(i, '}')) i++;
      continue;
    }
    i = skipStatement(i, /^(if|for|while|do|try|switch|class|function|namespace|module|enum|interface)$/.test(keyword) || is(i, '{'));
    if (is(i, '}')) i++;
    if (i === start) i++;
  }
  return facts;

  function openParenOrBrace(j: number): number {
    let angle = 0;
    for (; j < t.length; j++) {
      if (is(j, '<')) angle++;
      else if (is(j, '>') && --angle === 0) return j + 1;
      else if (is(j, '>>') && (angle -= 2) <= 0) return j + 1;
      else if (is(j, '(') || is(j, '[') || is(j, '{')) j = skipGroup(j) - 1;
    }
    return j;
  }

  function importStatement(j: number): number {
    if (isName(j, 'type') && !is(j + 1, ',') && !isName(j + 1, 'from')) j++;
    const names: string[] = [];
    if (isName(j) && !isName(j, 'from')) {
      names.push(t[j]!.text);
      j++;
      if (is(j, ',')) j++;
    }
    if (is(j, '*') && isName(j + 1, 'as')) {
      names.push(t[j + 2]!.text);
      j += 3;
    } else if (is(j, '{')) {
      const end = skipGroup(j);
      names.push(...specifierNames(j + 1, end - 1));
      j = end;
    }
    let specifier = '';
    if (isName(j, 'from') && t[j + 1]?.kind === 'string') {
      specifier = t[j + 1]!.text;
      j += 2;
    } else if (t[j]?.kind === 'string') {
      specifier = t[j]!.text;
      j++;
    }
    for (const name of names) facts.topLevel.push({ name, how: `imported from ${specifier}` });
    return skipStatement(j, false);
  }

  /** `a, type b as c` between `from` and `to`: the names bound (an import's local names, an export's exported names). */
  function specifierNames(from: number, to: number): string[] {
    const names: string[] = [];
    let current: string[] = [];
    const flush = (): void => {
      const words = current.filter((w) => w !== 'type' || current.length === 1 || current.length === 3);
      if (words.length > 0) names.push(words.at(-1)!);
      current = [];
    };
    for (let j = from; j < to; j++) {
      if (is(j, ',')) flush();
      else if (t[j]!.kind === 'name' || t[j]!.kind === 'string') {
        if (t[j]!.text !== 'as') current.push(t[j]!.text);
      }
    }
    flush();
    return names;
  }

  function exportFrom(j: number): number {
    if (isName(j, 'type')) j++;
    let names: string[] | undefined;
    if (is(j, '{')) {
      const end = skipGroup(j);
      names = specifierNames(j + 1, end - 1);
      j = end;
    } else {
      j++; // `*`
      if (isName(j, 'as')) j += 2;
    }
    if (isName(j, 'from') && t[j + 1]?.kind === 'string') {
      facts.reexports.push({ specifier: t[j + 1]!.text, names });
      j += 2;
    }
    return skipStatement(j, false);
  }

  function variableStatement(j: number, exported: boolean): number {
    for (;;) {
      if (isName(j)) {
        facts.topLevel.push({ name: t[j]!.text, how: 'declared (VariableStatement)' });
        if (exported) facts.exported.push(t[j]!.text);
      }
      // to the next declarator or the end of the statement
      j = topLevelComma(j, t.length, true);
      if (is(j, ';')) return j + 1;
      if (is(j, '}') || j >= t.length) return j;
      j++;
    }
  }

  /**
   * Index of the next comma at depth 0 (outside brackets and type arguments) from `j`, or `end`; with
   * `atStatementEnd`, a `;` or `}` met first ends the search there instead.
   */
  function topLevelComma(j: number, end: number, atStatementEnd: boolean): number {
    let angle = 0;
    for (; j < end; j++) {
      if (atStatementEnd && (is(j, ';') || is(j, '}'))) return j;
      if (t[j]!.kind !== 'punct') continue;
      const p = t[j]!.text;
      if (OPEN.has(p)) j = skipGroup(j) - 1;
      else if (p === '<') angle++;
      else if (p === '>' && angle > 0) angle--;
      else if (p === ',' && angle === 0) return j;
    }
    return j;
  }
}
