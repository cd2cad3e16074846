import type {
  ClassDeclarationStructure,
  ExportDeclarationStructure,
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  JSDocStructure,
  OptionalKind,
  ParameterDeclarationStructure,
  SourceFileStructure,
  StatementStructures,
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
} from 'ts-morph';
import { printBody } from './code-body.ts';
import { commaList, Identifier, jsonExpression, Layout, parseLiteral, requoteStrings, typeAfter, width } from './prettier-style.ts';
import { StructureKind } from './ts-kinds.ts';

/** A printed file and whether it is known to be exactly what prettier would print. */
export interface PrintedSource {
  text: string;
  exact: boolean;
}

export type Statement = string | StatementStructures;
type Docs = readonly (OptionalKind<JSDocStructure> | string)[] | undefined;

/**
 * Prints a ts-morph source file structure the way ts-morph writes it and prettier then formats it, in one pass
 * and without a ts-morph Project. Covers the structures the emitters build; anything else, or any line it cannot
 * lay out as prettier would, comes back with `exact: false` (or undefined when unsupported), and the caller falls
 * back to ts-morph and prettier.
 */
export function printSourceFile(structure: OptionalKind<SourceFileStructure>, memo?: StatementMemo): PrintedSource | undefined {
  const statements = structure.statements;
  if (statements !== undefined && !Array.isArray(statements)) return undefined;
  const layout = new Layout();
  const out: string[] = [];
  for (const [index, statement] of ((statements ?? []) as Statement[]).entries()) {
    const lines = memo ? memo.print(statement, (s) => printExactly(layout, s)) : printStatement(layout, statement);
    if (lines === undefined) return undefined;
    if (index > 0 && blankLineBefore(statement, out.at(-1)!)) out.push('');
    out.push(...lines);
  }
  const leading = typeof structure.leadingTrivia === 'string' ? structure.leadingTrivia : '';
  if (structure.leadingTrivia !== undefined && typeof structure.leadingTrivia !== 'string') return undefined;
  return { text: `${leading}${out.join('\n')}\n`, exact: layout.exact };
}

/**
 * Remembers printed statements (ts-source.ts keeps them between runs): `print` is called on a miss only, and only
 * exact results are remembered.
 */
export interface StatementMemo {
  print(statement: Statement, print: (statement: Statement) => PrintedStatement | undefined): string[] | undefined;
}

export interface PrintedStatement {
  lines: string[];
  exact: boolean;
}

/** A statement's lines, and whether they are exact, kept apart from the rest of the file. */
function printExactly(file: Layout, statement: Statement): PrintedStatement | undefined {
  const own = new Layout();
  const lines = printStatement(own, statement);
  if (!own.exact) file.unsure();
  return lines && { lines, exact: own.exact };
}

/**
 * A blank line before every declaration (imports and re-exports stay together, see ts-source.ts) and, as ts-morph
 * writes them, after anything ending in `}`.
 */
function blankLineBefore(statement: Statement, previousLine: string): boolean {
  if (previousLine.endsWith('}')) return true;
  return typeof statement !== 'string' && !isImportOrExport(statement);
}

function isImportOrExport(statement: Statement): boolean {
  return typeof statement !== 'string' && (statement.kind === StructureKind.ImportDeclaration || statement.kind === StructureKind.ExportDeclaration);
}

function printStatement(layout: Layout, statement: Statement): string[] | undefined {
  if (typeof statement === 'string') {
    // Several lines of module-level code are written in their final layout (e.g. the validators' helpers).
    if (!statement.trim().includes('\n')) return printBody(layout, [statement], '');
    // prettier leaves a comment line, or a line holding one string argument, as long as it is.
    return statement
      .trim()
      .split('\n')
      .map((line) => (/^\s*(\/\*\*|\*|\/\/)|^\s*'([^'\\]|\\.)*',$/.test(line) ? line.trimEnd() : layout.fit(line.trimEnd())));
  }
  if (statement.leadingTrivia !== undefined || statement.trailingTrivia !== undefined) return undefined;
  switch (statement.kind) {
    case StructureKind.ImportDeclaration:
      return printImport(layout, statement);
    case StructureKind.ExportDeclaration:
      return printExport(layout, statement);
    case StructureKind.VariableStatement:
      return printVariableStatement(layout, statement);
    case StructureKind.TypeAlias:
      return printTypeAlias(layout, statement);
    case StructureKind.Interface:
      return printInterface(layout, statement);
    case StructureKind.Class:
      return printClass(layout, statement);
    case StructureKind.Function:
      return printFunction(layout, statement, '', statement.isExported ? 'export ' : '');
    default:
      return undefined;
  }
}

function quoted(text: string): string {
  return requoteStrings(JSON.stringify(text), new Layout());
}

function printImport(layout: Layout, s: ImportDeclarationStructure): string[] | undefined {
  if (s.defaultImport !== undefined || s.namespaceImport !== undefined || s.attributes !== undefined) return undefined;
  const names = s.namedImports ?? [];
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) return undefined;
  return commaList(layout, '', `import ${s.isTypeOnly ? 'type ' : ''}`, '{', names as string[], '}', ` from ${quoted(s.moduleSpecifier)};`, true);
}

function printExport(layout: Layout, s: ExportDeclarationStructure): string[] | undefined {
  if (s.namespaceExport !== undefined || s.attributes !== undefined || s.moduleSpecifier === undefined) return undefined;
  if (s.namedExports === undefined) return s.isTypeOnly ? undefined : [`export * from ${quoted(s.moduleSpecifier)};`];
  const names = s.namedExports;
  if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) return undefined;
  return commaList(layout, '', `export ${s.isTypeOnly ? 'type ' : ''}`, '{', names as string[], '}', ` from ${quoted(s.moduleSpecifier)};`, true);
}

/** JSDoc as ts-morph writes it (`/** text *\/` on one line, else one ` * ` line each), lines trimmed as prettier does. */
export function printDocs(docs: Docs, indent: string): string[] | undefined {
  const out: string[] = [];
  for (const doc of docs ?? []) {
    if (typeof doc === 'string' || typeof doc.description === 'function') return undefined;
    const tags = doc.tags ?? [];
    if (tags.some((t) => typeof t.text === 'function')) return undefined;
    const tagText = tags.map((t) => `@${t.tagName}${t.text ? ` ${t.text as string}` : ''}`).join('\n');
    const text = [doc.description ?? '', tagText].filter((p) => p !== '').join('\n');
    const lines = text.split(/\r?\n/);
    if (lines[0] === '') lines.shift();
    if (lines.length <= 1) {
      out.push(lines[0] ? `${indent}/** ${lines[0]} */` : `${indent}/** */`);
      continue;
    }
    out.push(`${indent}/**`, ...lines.map((l) => `${indent} *${l.length > 0 ? ` ${l}` : ''}`.trimEnd()), `${indent} */`);
  }
  return out;
}

function printVariableStatement(layout: Layout, s: VariableStatementStructure): string[] | undefined {
  const docs = printDocs(s.docs, '');
  if (!docs || s.declarations.length !== 1) return undefined;
  const [d] = s.declarations;
  if (!d || typeof d.initializer === 'function' || typeof d.type === 'function' || d.hasExclamationToken) return undefined;
  const head = `${s.isExported ? 'export ' : ''}${s.hasDeclareKeyword ? 'declare ' : ''}${s.declarationKind ?? 'let'} ${d.name}${d.type ? `: ${d.type}` : ''}`;
  if (d.initializer === undefined) return [...docs, layout.fit(`${head};`)];
  const asConst = d.initializer.endsWith(' as const');
  const source = asConst ? d.initializer.slice(0, -' as const'.length) : d.initializer;
  const tail = `${asConst ? ' as const' : ''};`;
  // Literals (JSON, and arrays or objects of names and literals: the mock's routes) are laid out here; other
  // expressions as statements.
  const value = parseLiteral(source);
  if (value === undefined || value instanceof Identifier) return [...docs, ...printBody(layout, [`${head} = ${d.initializer};`], '')];
  const expression = jsonExpression(layout, value, '', width(head) + 3, tail.length);
  return [...docs, ...`${head} = ${expression}${tail}`.split('\n')];
}

function printTypeAlias(layout: Layout, s: TypeAliasDeclarationStructure): string[] | undefined {
  const docs = printDocs(s.docs, '');
  if (!docs || typeof s.type !== 'string' || (s.typeParameters?.length ?? 0) > 0) return undefined;
  return [...docs, ...typeAfter(layout, '', `${s.isExported ? 'export ' : ''}type ${s.name} = `, s.type, ';')];
}

function printInterface(layout: Layout, s: InterfaceDeclarationStructure): string[] | undefined {
  const docs = printDocs(s.docs, '');
  if (!docs || (s.extends?.length ?? 0) > 0 || (s.methods?.length ?? 0) > 0 || (s.callSignatures?.length ?? 0) > 0) return undefined;
  if ((s.constructSignatures?.length ?? 0) > 0 || (s.typeParameters?.length ?? 0) > 0) return undefined;
  const members: string[] = [];
  const index = s.indexSignatures ?? [];
  const properties = s.properties ?? [];
  // ts-morph writes index signatures first, then a blank line before the properties.
  if (index.length > 0 && properties.length > 0) layout.unsure();
  for (const sig of index) {
    if (sig.docs?.length) return undefined;
    members.push(...typeAfter(layout, '  ', `[${sig.keyName ?? 'key'}: ${sig.keyType ?? 'string'}]: `, String(sig.returnType), ';'));
  }
  for (const p of properties) {
    const propertyDocs = printDocs(p.docs, '  ');
    if (!propertyDocs || typeof p.type !== 'string' || p.isReadonly) return undefined;
    // prettier unquotes some quoted names and requotes others (quoteProps 'as-needed'): left to prettier.
    if (/^["']/.test(p.name)) layout.unsure(p.name);
    members.push(...propertyDocs, ...typeAfter(layout, '  ', `${p.name}${p.hasQuestionToken ? '?' : ''}: `, p.type, ';'));
  }
  const head = `${s.isExported ? 'export ' : ''}interface ${s.name} {`;
  return members.length === 0 ? [...docs, `${head}}`] : [...docs, head, ...members, '}'];
}

function printClass(layout: Layout, s: ClassDeclarationStructure): string[] | undefined {
  const docs = printDocs(s.docs, '');
  if (!docs || (s.properties?.length ?? 0) > 0 || (s.implements?.length ?? 0) > 0 || (s.typeParameters?.length ?? 0) > 0) return undefined;
  if ((s.getAccessors?.length ?? 0) > 0 || (s.setAccessors?.length ?? 0) > 0 || s.isAbstract || s.isDefaultExport) return undefined;
  if (typeof s.extends === 'function') return undefined;
  const members: string[][] = [];
  for (const ctor of s.ctors ?? []) {
    const printed = printFunctionLike(layout, '  ', 'constructor', ctor.parameters, undefined, ctor.statements, ctor.docs);
    if (!printed) return undefined;
    members.push(printed);
  }
  for (const method of s.methods ?? []) {
    if (method.isStatic || method.isAsync || method.isGenerator || method.isAbstract || method.overloads?.length) return undefined;
    const name = `${method.scope ? `${method.scope} ` : ''}${method.name}`;
    const printed = printFunctionLike(layout, '  ', name, method.parameters, method.returnType, method.statements, method.docs);
    if (!printed) return undefined;
    members.push(printed);
  }
  const head = `${s.isExported ? 'export ' : ''}class ${s.name}${s.extends ? ` extends ${s.extends}` : ''} {`;
  if (members.length === 0) return [...docs, `${head}}`];
  return [...docs, head, ...members.flatMap((m, i) => (i === 0 ? m : ['', ...m])), '}'];
}

function printFunction(layout: Layout, s: FunctionDeclarationStructure, indent: string, modifiers: string): string[] | undefined {
  if (s.isAsync || s.isGenerator || s.isDefaultExport || (s.typeParameters?.length ?? 0) > 0 || (s.overloads?.length ?? 0) > 0) return undefined;
  const prefix = `${modifiers}${s.hasDeclareKeyword ? 'declare ' : ''}function ${s.name ?? ''}`;
  return printFunctionLike(layout, indent, prefix, s.parameters, s.returnType, s.hasDeclareKeyword ? undefined : (s.statements ?? []), s.docs);
}

/** Signature (parameters broken one per line when too long, as prettier does) and body, or `;` without a body. */
function printFunctionLike(
  layout: Layout,
  indent: string,
  prefix: string,
  parameters: readonly OptionalKind<ParameterDeclarationStructure>[] | undefined,
  returnType: unknown,
  statements: unknown,
  docs: Docs,
): string[] | undefined {
  const printedDocs = printDocs(docs, indent);
  if (!printedDocs || (returnType !== undefined && typeof returnType !== 'string')) return undefined;
  const params: string[] = [];
  for (const p of parameters ?? []) {
    if (typeof p.type === 'function' || typeof p.initializer === 'function' || p.isRestParameter || p.scope || p.isReadonly || p.decorators?.length) return undefined;
    params.push(`${p.name}${p.hasQuestionToken ? '?' : ''}${p.type ? `: ${p.type}` : ''}${p.initializer ? ` = ${requoteStrings(p.initializer, layout)}` : ''}`);
  }
  const returns = returnType ? `: ${returnType}` : '';
  if (statements === undefined) return [...printedDocs, ...commaList(layout, indent, prefix, '(', params, ')', `${returns};`)];
  const body = typeof statements === 'string' ? [statements] : statements;
  if (!Array.isArray(body) || body.some((b) => typeof b !== 'string')) return undefined;
  const signature = commaList(layout, indent, prefix, '(', params, ')', `${returns} {`);
  if (body.length === 0) return [...printedDocs, ...signature.slice(0, -1), `${signature.at(-1)}}`];
  return [...printedDocs, ...signature, ...printBody(layout, body as string[], `${indent}  `), `${indent}}`];
}
