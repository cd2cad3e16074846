import { ts } from 'ts-morph';
import type { GeneratedFile } from './emit/types.ts';
import type { Service } from './ir/types.ts';
import { specErrorAt, type Locator } from './load/spec-error.ts';

/**
 * Refuses a package whose generated names would not compile: the names are read from the emitted sources themselves
 * (every top-level declaration and import of every file, and what `src/index.ts` re-exports), so the check knows
 * every name the runtime and each emitter produce without a list to keep up to date.
 * - within one file, a declaration must not reuse a name the file declares or imports elsewhere;
 * - two public type-like (capitalised) names must not differ only in letter case (`Nodepool` / `NodePool`: unreadable, and they collide
 *   on case-insensitive file systems once anything is named after them);
 * - a generated class must not redeclare a member of a class it extends (a method named like one of ClientCore's
 *   would replace it);
 * - outside the hand-written runtime, a parameter must not shadow a top-level name of its file (an operation
 *   `Request` would make a function `request` that the methods, whose parameter is `request`, could not call).
 * A clash is reported at the spec location the generated name comes from.
 */
export function assertDistinctGeneratedNames(files: GeneratedFile[], service: Service, locator: Locator): void {
  const sources = new Map(files.filter((f) => f.path.endsWith('.ts') && !f.path.endsWith('.d.ts')).map((f) => [f.path, f.contents]));
  const fail = (name: string, detail: string): never => {
    const origin = originOf(name, service);
    throw specErrorAt(locator, origin, `generated name "${name}" ${detail}: rename it in the spec`);
  };
  for (const [file, text] of sources) {
    const seen = new Map<string, string>();
    for (const { name, how } of topLevelNames(file, text)) {
      const before = seen.get(name);
      if (before !== undefined) fail(name, `is both ${before} and ${how} in ${file}`);
      seen.set(name, how);
    }
  }
  // A name exported twice is refused earlier, by the package's symbol table (emit/symbol-table.ts).
  const publicNames = new Map<string, string>();
  for (const { module, names } of reexports('src/index.ts', sources.get('src/index.ts') ?? '')) {
    for (const name of names ?? exportedNames(module, sources.get(module) ?? '', sources)) publicNames.set(name, module);
  }
  const byFoldedCase = new Map<string, string>();
  // Type-like names (PascalCase types, classes, constants): a function `transport` beside a type `Transport` is fine.
  for (const name of [...publicNames.keys()].filter((n) => /^[A-Z]/.test(n)).sort()) {
    const other = byFoldedCase.get(name.toLowerCase());
    if (other !== undefined) fail(name, `differs from "${other}" only in letter case`);
    byFoldedCase.set(name.toLowerCase(), name);
  }
  const classes = new Map<string, ClassInfo>();
  for (const [file, text] of sources) for (const info of classesOf(file, text)) classes.set(info.name, info);
  for (const info of [...classes.values()].filter((c) => !c.file.startsWith('src/runtime/'))) {
    for (let base = info.extends && classes.get(info.extends), depth = 0; base && depth < 16; base = base.extends && classes.get(base.extends), depth++) {
      for (const member of info.members) {
        if (base.members.has(member)) fail(member, `is a member of ${info.name} and of the class it extends, ${base.name} (${base.file})`);
      }
    }
  }
  for (const [file, text] of sources) {
    if (file.startsWith('src/runtime/')) continue;
    const topLevel = new Set(topLevelNames(file, text).map((n) => n.name));
    for (const { functionName, parameter } of parametersOf(file, text)) {
      if (topLevel.has(parameter)) fail(parameter, `is a top-level name of ${file} and a parameter of ${functionName}, which hides it`);
    }
  }
}

interface ClassInfo {
  name: string;
  file: string;
  extends: string | undefined;
  members: Set<string>;
}

function classesOf(file: string, text: string): ClassInfo[] {
  const classes: ClassInfo[] = [];
  for (const statement of parse(file, text).statements) {
    if (!ts.isClassDeclaration(statement) || !statement.name) continue;
    const heritage = statement.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    const members = new Set<string>();
    for (const member of statement.members) {
      if (ts.isConstructorDeclaration(member)) {
        for (const parameter of member.parameters) {
          if (ts.getModifiers(parameter)?.length && ts.isIdentifier(parameter.name)) members.add(parameter.name.text);
        }
      } else if (member.name && (ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name) || ts.isStringLiteral(member.name))) {
        members.add(member.name.text);
      }
    }
    classes.push({ name: statement.name.text, file, extends: heritage && ts.isIdentifier(heritage) ? heritage.text : undefined, members });
  }
  return classes;
}

/** The parameters of every top-level function and of every method of a top-level class. */
function parametersOf(file: string, text: string): { functionName: string; parameter: string }[] {
  const found: { functionName: string; parameter: string }[] = [];
  const add = (functionName: string, parameters: ts.NodeArray<ts.ParameterDeclaration>): void => {
    for (const parameter of parameters) if (ts.isIdentifier(parameter.name)) found.push({ functionName, parameter: parameter.name.text });
  };
  for (const statement of parse(file, text).statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) add(statement.name.text, statement.parameters);
    if (ts.isClassDeclaration(statement) && statement.name) {
      for (const member of statement.members) {
        if (ts.isConstructorDeclaration(member)) add(`${statement.name.text}.constructor`, member.parameters);
        else if (ts.isMethodDeclaration(member) && ts.isIdentifier(member.name)) add(`${statement.name.text}.${member.name.text}`, member.parameters);
      }
    }
  }
  return found;
}

interface TopLevelName {
  name: string;
  /** e.g. `declared (interface)` or `imported from ./runtime/client-core.js`. */
  how: string;
}

function parse(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
}

/** Every name a file binds at its top level: its declarations and its imports. */
function topLevelNames(file: string, text: string): TopLevelName[] {
  const names: TopLevelName[] = [];
  for (const statement of parse(file, text).statements) {
    if (ts.isImportDeclaration(statement)) {
      const from = `imported from ${(statement.moduleSpecifier as ts.StringLiteral).text}`;
      const clause = statement.importClause;
      if (clause?.name) names.push({ name: clause.name.text, how: from });
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.push({ name: element.name.text, how: from });
      if (bindings && ts.isNamespaceImport(bindings)) names.push({ name: bindings.name.text, how: from });
    } else {
      for (const name of declaredNames(statement)) names.push({ name, how: `declared (${ts.SyntaxKind[statement.kind]})` });
    }
  }
  // A class and an interface of one name merge legally; nothing the emitters write relies on that.
  return names;
}

function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  }
  const named = statement as ts.Statement & { name?: ts.Node };
  const isDeclaration =
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isFunctionDeclaration(statement) ||
    ts.isEnumDeclaration(statement) ||
    ts.isModuleDeclaration(statement);
  return isDeclaration && named.name && ts.isIdentifier(named.name) ? [named.name.text] : [];
}

function reexports(file: string, text: string): { module: string; names: string[] | undefined }[] {
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  const result: { module: string; names: string[] | undefined }[] = [];
  for (const statement of parse(file, text).statements) {
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier) continue;
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    const module = normalizePath(folder + specifier.replace(/^\.\//, '').replace(/\.js$/, '.ts'));
    const clause = statement.exportClause;
    result.push({ module, names: clause && ts.isNamedExports(clause) ? clause.elements.map((e) => e.name.text) : undefined });
  }
  return result;
}

function normalizePath(file: string): string {
  const parts: string[] = [];
  for (const part of file.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** What a module exports: its exported declarations and the names it re-exports (`export { a, type B } from`). */
function exportedNames(module: string, text: string, sources: Map<string, string>, depth = 0): string[] {
  const names: string[] = [];
  for (const statement of parse(module, text).statements) {
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exported) names.push(...declaredNames(statement));
  }
  for (const reexport of reexports(module, text)) {
    if (reexport.names) names.push(...reexport.names);
    else if (depth < 8) names.push(...exportedNames(reexport.module, sources.get(reexport.module) ?? '', sources, depth + 1));
  }
  return names;
}

/** The spec pointer a generated name comes from: its named type, else the operation whose action it is built on. */
export function originOf(name: string, service: Service): string {
  const type = service.types.find((t) => t.name === name);
  if (type) return type.source;
  const lower = name.toLowerCase();
  const operation = [...service.operations]
    .sort((a, b) => b.action.length - a.action.length)
    .find((op) => lower.includes(op.action.toLowerCase()));
  return operation ? `${operation.source}/operationId` : '';
}
