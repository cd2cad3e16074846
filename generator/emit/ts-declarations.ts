import type {
  ClassDeclarationStructure,
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  OptionalKind,
  ParameterDeclarationStructure,
  SourceFileStructure,
  StatementStructures,
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
} from 'ts-morph';
import { Layout, requoteStrings } from './prettier-style.ts';
import { printDocs } from './ts-printer.ts';
import { StructureKind } from './ts-kinds.ts';

const INDENT = '    ';

/**
 * The declaration file TypeScript derives (`transpileDeclaration`, as transpile.ts runs it) from the source file
 * printed from `structure`, written from the structure itself: TypeScript's own layout (four-space indents, no
 * blank lines, object types broken over lines), bodies and initializers dropped, unused imports elided. Returns
 * undefined for anything it does not cover, and the declarations are then derived by TypeScript
 * (test/emit/ts-declarations.test.ts compares the two on every generated package).
 */
export function declarationFile(structure: OptionalKind<SourceFileStructure>): string | undefined {
  if (!Array.isArray(structure.statements)) return undefined;
  const imports: ImportDeclarationStructure[] = [];
  const body: string[] = [];
  for (const statement of structure.statements as (string | StatementStructures)[]) {
    if (typeof statement === 'string') return undefined;
    if (statement.kind === StructureKind.ImportDeclaration) {
      imports.push(statement);
      continue;
    }
    const lines = declarationOf(statement);
    if (lines === undefined) return undefined;
    body.push(...lines);
  }
  // Names used outside comments: TypeScript keeps an import only when a declaration refers to it.
  const code = body.filter((line) => !/^\s*(\/\*\*|\*)/.test(line)).join('\n');
  const used = new Set(code.match(/[A-Za-z_$][\w$]*/g));
  const importLines: string[] = [];
  for (const i of imports) {
    const line = usedImport(i, used);
    if (line === null) return undefined;
    if (line !== undefined) importLines.push(line);
  }
  const all = [...importLines, ...body];
  return all.length === 0 ? 'export {};\n' : `${all.join('\n')}\n`;
}

/** The import as TypeScript keeps it: only the names the declarations use; undefined when none is; null when unsupported. */
function usedImport(s: ImportDeclarationStructure, identifiers: ReadonlySet<string>): string | undefined | null {
  if (s.defaultImport !== undefined || s.namespaceImport !== undefined || s.attributes !== undefined) return null;
  const names = s.namedImports ?? [];
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) return null;
  const used = (names as string[]).filter((n) => identifiers.has(n.replace(/^type /, '')));
  if (used.length === 0) return undefined;
  return `import ${s.isTypeOnly ? 'type ' : ''}{ ${used.join(', ')} } from ${requoteStrings(JSON.stringify(s.moduleSpecifier), new Layout())};`;
}

function declarationOf(statement: StatementStructures): string[] | undefined {
  if (statement.leadingTrivia !== undefined || statement.trailingTrivia !== undefined) return undefined;
  switch (statement.kind) {
    case StructureKind.ExportDeclaration: {
      const from = `from ${requoteStrings(JSON.stringify(statement.moduleSpecifier ?? ''), new Layout())};`;
      if (statement.namespaceExport !== undefined || statement.attributes !== undefined || statement.moduleSpecifier === undefined) return undefined;
      if (statement.namedExports === undefined) return statement.isTypeOnly ? undefined : [`export * ${from}`];
      const names = statement.namedExports;
      if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) return undefined;
      return [`export ${statement.isTypeOnly ? 'type ' : ''}{ ${(names as string[]).join(', ')} } ${from}`];
    }
    case StructureKind.VariableStatement:
      return variableDeclaration(statement);
    case StructureKind.TypeAlias:
      return typeAliasDeclaration(statement);
    case StructureKind.Interface:
      return interfaceDeclaration(statement);
    case StructureKind.Class:
      return classDeclaration(statement);
    case StructureKind.Function:
      return functionDeclaration(statement);
    default:
      return undefined;
  }
}

function variableDeclaration(s: VariableStatementStructure): string[] | undefined {
  const docs = printDocs(s.docs, '');
  const [d] = s.declarations;
  // A module's own constants are not part of its declarations.
  if (!s.isExported && !s.hasDeclareKeyword && s.declarations.every((v) => typeof v.initializer === 'string')) return [];
  if (!docs || s.declarations.length !== 1 || !d || !s.isExported || typeof d.type === 'function' || typeof d.initializer === 'function') return undefined;
  let type = d.type === undefined ? undefined : typeText(d.type, 0);
  if (type === undefined && d.initializer?.endsWith(' as const')) type = constTupleType(d.initializer.slice(0, -' as const'.length));
  if (type === undefined) return undefined;
  return [...docs, `export declare ${s.declarationKind ?? 'let'} ${d.name}: ${type};`];
}

/** `readonly ["a", "b"]`: the type TypeScript infers for an `as const` array of plain literals. */
function constTupleType(initializer: string): string | undefined {
  let values: unknown;
  try {
    values = JSON.parse(initializer);
  } catch {
    return undefined;
  }
  if (!Array.isArray(values)) return undefined;
  const literals: string[] = [];
  for (const v of values) {
    if (typeof v === 'string' && /^[\x20-\x7e]*$/.test(v) && !/["\\]/.test(v)) literals.push(`"${v}"`);
    else if (typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0) && Math.abs(v) < 1e21) literals.push(String(v));
    else if (typeof v === 'boolean') literals.push(String(v));
    else return undefined;
  }
  return `readonly [${literals.join(', ')}]`;
}

function typeAliasDeclaration(s: TypeAliasDeclarationStructure): string[] | undefined {
  const docs = printDocs(s.docs, '');
  if (!docs || typeof s.type !== 'string' || (s.typeParameters?.length ?? 0) > 0 || !s.isExported) return undefined;
  const type = typeText(s.type, 0);
  return type === undefined ? undefined : [...docs, `export type ${s.name} = ${type};`];
}

function interfaceDeclaration(s: InterfaceDeclarationStructure): string[] | undefined {
  const docs = printDocs(s.docs, '');
  if (!docs || !s.isExported || (s.extends?.length ?? 0) > 0 || (s.methods?.length ?? 0) > 0 || (s.indexSignatures?.length ?? 0) > 0) return undefined;
  if ((s.callSignatures?.length ?? 0) > 0 || (s.constructSignatures?.length ?? 0) > 0 || (s.typeParameters?.length ?? 0) > 0) return undefined;
  const properties = s.properties ?? [];
  const members: string[] = [];
  for (const p of properties) {
    const propertyDocs = printDocs(p.docs, INDENT);
    const type = typeof p.type === 'string' ? typeText(p.type, 1) : undefined;
    // A quoted name is written in the source as prettier spells it: left to TypeScript.
    if (!propertyDocs || type === undefined || p.isReadonly || /^["']/.test(p.name)) return undefined;
    members.push(...propertyDocs, `${INDENT}${p.name}${p.hasQuestionToken ? '?' : ''}: ${type};`);
  }
  return [...docs, `export interface ${s.name} {`, ...members, '}'];
}

function classDeclaration(s: ClassDeclarationStructure): string[] | undefined {
  const docs = printDocs(s.docs, '');
  if (!docs || !s.isExported || (s.properties?.length ?? 0) > 0 || (s.implements?.length ?? 0) > 0 || (s.typeParameters?.length ?? 0) > 0) return undefined;
  if ((s.getAccessors?.length ?? 0) > 0 || (s.setAccessors?.length ?? 0) > 0 || s.isAbstract || s.isDefaultExport || typeof s.extends === 'function') return undefined;
  const members: string[] = [];
  for (const ctor of s.ctors ?? []) {
    const ctorDocs = printDocs(ctor.docs, INDENT);
    const params = parameterList(ctor.parameters);
    if (!ctorDocs || params === undefined || ctor.scope) return undefined;
    members.push(...ctorDocs, `${INDENT}constructor(${params});`);
  }
  for (const method of s.methods ?? []) {
    const methodDocs = printDocs(method.docs, INDENT);
    const params = parameterList(method.parameters);
    const returns = typeof method.returnType === 'string' ? typeText(method.returnType, 1) : undefined;
    if (!methodDocs || params === undefined || returns === undefined || method.isStatic || method.isAbstract || method.overloads?.length) return undefined;
    if (method.scope !== undefined && method.scope !== 'public') return undefined;
    members.push(...methodDocs, `${INDENT}${method.name}(${params}): ${returns};`);
  }
  if (members.length === 0) return undefined;
  return [...docs, `export declare class ${s.name}${s.extends ? ` extends ${s.extends}` : ''} {`, ...members, '}'];
}

function functionDeclaration(s: FunctionDeclarationStructure): string[] | undefined {
  const docs = printDocs(s.docs, '');
  const params = parameterList(s.parameters);
  const returns = typeof s.returnType === 'string' ? typeText(s.returnType, 0) : undefined;
  if (!docs || params === undefined || returns === undefined || !s.isExported || s.isDefaultExport || s.isAsync || s.isGenerator) return undefined;
  if ((s.typeParameters?.length ?? 0) > 0 || (s.overloads?.length ?? 0) > 0) return undefined;
  return [...docs, `export declare function ${s.name}(${params}): ${returns};`];
}

/** Parameters as declared: a parameter with a default becomes optional. */
function parameterList(parameters: readonly OptionalKind<ParameterDeclarationStructure>[] | undefined): string | undefined {
  const out: string[] = [];
  for (const p of parameters ?? []) {
    const type = typeof p.type === 'string' ? typeText(p.type, 1) : undefined;
    if (type === undefined || p.isRestParameter || p.scope || p.isReadonly || p.decorators?.length || typeof p.initializer === 'function') return undefined;
    out.push(`${p.name}${p.hasQuestionToken || p.initializer !== undefined ? '?' : ''}: ${type}`);
  }
  return out.join(', ');
}

const MAP_OPEN = '{ [key: string]: ';

/**
 * Type text as TypeScript prints it in declarations: string literals keep the source's (prettier's) quotes, and
 * map types `{ [key: string]: T }` are broken over lines at `depth` levels of indentation. Undefined for object
 * types of any other form.
 */
export function typeText(type: string, depth: number): string | undefined {
  // TypeScript drops the parentheses of `(-1)[]`, which the source needs: left to TypeScript.
  if (type.includes('(-')) return undefined;
  const text = requoteStrings(type, new Layout());
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      const end = closingQuote(text, i);
      out += text.slice(i, end + 1);
      i = end;
    } else if (c === '{') {
      if (text.startsWith('{}', i)) {
        out += '{}';
        i++;
        continue;
      }
      if (!text.startsWith(MAP_OPEN, i)) return undefined;
      const close = matchingBrace(text, i);
      if (close < 0 || text[close - 1] !== ' ') return undefined;
      const inner = typeText(text.slice(i + MAP_OPEN.length, close - 1), depth + 1);
      if (inner === undefined) return undefined;
      out += `{\n${INDENT.repeat(depth + 1)}[key: string]: ${inner};\n${INDENT.repeat(depth)}}`;
      i = close;
    } else {
      out += c;
    }
  }
  return out;
}

function closingQuote(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === text[start]) return i;
  }
  return text.length - 1;
}

function matchingBrace(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "'" || c === '"') i = closingQuote(text, i);
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}
