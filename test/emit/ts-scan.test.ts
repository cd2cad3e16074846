/**
 * The names check (generator/check-names.ts) reads module facts with the scanner of generator/ts-scan.ts, not with
 * the TypeScript parser. TypeScript stays the authority: on every source file of the generated packages (the
 * committed one and the hostile fixture's) the scanner reads exactly what TypeScript's syntax tree says.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { scanModule, type ModuleFacts } from '../../generator/ts-scan.ts';
import { repoRoot } from '../support/generate.ts';

function typescriptFacts(text: string): ModuleFacts {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const facts: ModuleFacts = { topLevel: [], exported: [], reexports: [], classes: [], parameters: [] };
  const identifiers = (parameters: ts.NodeArray<ts.ParameterDeclaration>): ts.ParameterDeclaration[] => parameters.filter((p) => ts.isIdentifier(p.name));
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      const how = `imported from ${(statement.moduleSpecifier as ts.StringLiteral).text}`;
      const clause = statement.importClause;
      if (clause?.name) facts.topLevel.push({ name: clause.name.text, how });
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) facts.topLevel.push({ name: e.name.text, how });
      if (bindings && ts.isNamespaceImport(bindings)) facts.topLevel.push({ name: bindings.name.text, how });
      continue;
    }
    if (ts.isExportDeclaration(statement)) {
      if (!statement.moduleSpecifier) continue;
      const clause = statement.exportClause;
      facts.reexports.push({
        specifier: (statement.moduleSpecifier as ts.StringLiteral).text,
        names: clause && ts.isNamedExports(clause) ? clause.elements.map((e) => e.name.text) : undefined,
      });
      continue;
    }
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    const names: string[] = [];
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) names.push(d.name.text);
    } else if (
      (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isFunctionDeclaration(statement) || ts.isEnumDeclaration(statement) || ts.isModuleDeclaration(statement)) &&
      statement.name &&
      ts.isIdentifier(statement.name)
    ) {
      names.push(statement.name.text);
    }
    for (const name of names) facts.topLevel.push({ name, how: `declared (${ts.isVariableStatement(statement) ? "VariableStatement" : ts.SyntaxKind[statement.kind]})` });
    if (exported) facts.exported.push(...names);
    if (ts.isFunctionDeclaration(statement) && statement.name) {
      for (const p of identifiers(statement.parameters)) facts.parameters.push({ functionName: statement.name.text, parameter: (p.name as ts.Identifier).text });
    }
    if (ts.isClassDeclaration(statement) && statement.name) {
      const className = statement.name.text;
      const heritage = statement.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
      const members: string[] = [];
      for (const member of statement.members) {
        if (ts.isConstructorDeclaration(member)) {
          for (const p of member.parameters) if (ts.getModifiers(p)?.length && ts.isIdentifier(p.name)) members.push(p.name.text);
          for (const p of identifiers(member.parameters)) facts.parameters.push({ functionName: `${className}.constructor`, parameter: (p.name as ts.Identifier).text });
        } else if (member.name && (ts.isIdentifier(member.name) || ts.isPrivateIdentifier(member.name) || ts.isStringLiteral(member.name))) {
          members.push(member.name.text);
          if (ts.isMethodDeclaration(member) && ts.isIdentifier(member.name)) {
            for (const p of identifiers(member.parameters)) facts.parameters.push({ functionName: `${className}.${member.name.text}`, parameter: (p.name as ts.Identifier).text });
          }
        }
      }
      facts.classes.push({ name: className, extends: heritage && ts.isIdentifier(heritage) ? heritage.text : undefined, members });
    }
  }
  return facts;
}

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

describe('the module scanner', () => {
  const files = [
    ...sourcesUnder(path.join(repoRoot, 'generated')),
    ...sourcesUnder(path.join(repoRoot, 'generator', 'runtime')),
    ...sourcesUnder(path.join(repoRoot, 'generator', 'mock')),
  ];
  it('reads what TypeScript reads from every source of the generated package and the runtime', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(scanModule(text), path.relative(repoRoot, file)).toEqual(typescriptFacts(text));
    }
  });

  it('reads declarations, imports and re-exports in their less common forms', () => {
    const text = [
      "import Default, { a as b, type C, type D as E } from './x.js';",
      "import * as ns from 'node:path';",
      "export { f, type G as H } from './y.js';",
      "export * from './z.js';",
      "export * as all from './w.js';",
      'const re = /[/}]`/u, n = 1 / 2, t = `a ${`b ${{ c: 1 }.c}`} }`;',
      'export declare function over(x: number): void;',
      'export abstract class K<T extends { a: 1 }> extends Base<T> implements I {',
      '  static #count = 0;',
      "  'quoted': string = '}';",
      '  constructor(private readonly client: C, plain = { x: [1, 2] }) { super(); }',
      '  get size(): number { return 1; }',
      '  protected method<U>(first: Map<string, U>, ...rest: U[]): { r: U } { return { r: rest[0]! }; }',
      '  [key: string]: unknown;',
      '}',
      'export type Alias<T> = { [K in keyof T]: T[K] };',
      'export enum Color { Red }',
      'namespace Space { export const inner = 1; }',
      'if (re.test("x")) { const hidden = 2; }',
    ].join('\n');
    expect(scanModule(text)).toEqual(typescriptFacts(text));
  });
});
