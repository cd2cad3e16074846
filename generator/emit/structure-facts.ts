import type { OptionalKind, ParameterDeclarationStructure, SourceFileStructure, StatementStructures } from 'ts-morph';
import { scanModule, type ModuleFacts } from '../ts-scan.ts';
import { StructureKind } from './ts-kinds.ts';

/**
 * What the names check reads from a module (ts-scan.ts), taken from the structure the module was printed from
 * instead of scanning its text: the declarations, imports, re-exports, classes and parameters the structure names
 * (statements written as text are scanned). Undefined for a structure holding what this does not cover.
 * test/emit/structure-facts.test.ts compares it with the scanner on every file of the generated packages.
 */
export function structureFacts(structure: OptionalKind<SourceFileStructure>): ModuleFacts | undefined {
  if (!Array.isArray(structure.statements)) return undefined;
  const facts: ModuleFacts = { topLevel: [], exported: [], reexports: [], classes: [], parameters: [] };
  for (const statement of structure.statements as (string | StatementStructures)[]) {
    if (typeof statement === 'string') {
      const scanned = scanModule(statement);
      for (const key of Object.keys(facts) as (keyof ModuleFacts)[]) (facts[key] as unknown[]).push(...scanned[key]);
      continue;
    }
    if (!addStatement(facts, statement)) return undefined;
  }
  return facts;
}

/** A name in an import or export list: `type X` → X, `a as b` → b. */
function boundName(specifier: string): string {
  return specifier.replace(/^type\s+/, '').split(/\s+as\s+/).at(-1)!.trim();
}

function parameterNames(parameters: readonly OptionalKind<ParameterDeclarationStructure>[] | undefined): string[] | undefined {
  const names = (parameters ?? []).map((p) => p.name);
  return names.every((n) => /^[A-Za-z_$][\w$]*$/.test(n)) ? names : undefined;
}

function addStatement(facts: ModuleFacts, s: StatementStructures): boolean {
  const declare = (name: string, kind: string, exported: boolean | undefined): void => {
    facts.topLevel.push({ name, how: `declared (${kind})` });
    if (exported) facts.exported.push(name);
  };
  switch (s.kind) {
    case StructureKind.ImportDeclaration: {
      if (s.defaultImport !== undefined || s.namespaceImport !== undefined || !Array.isArray(s.namedImports)) return s.namedImports === undefined && s.defaultImport === undefined && s.namespaceImport === undefined;
      if (s.namedImports.some((n) => typeof n !== 'string')) return false;
      for (const name of s.namedImports as string[]) facts.topLevel.push({ name: boundName(name), how: `imported from ${s.moduleSpecifier}` });
      return true;
    }
    case StructureKind.ExportDeclaration: {
      if (s.moduleSpecifier === undefined || s.namespaceExport !== undefined) return false;
      if (s.namedExports === undefined) {
        facts.reexports.push({ specifier: s.moduleSpecifier, names: undefined });
        return true;
      }
      if (!Array.isArray(s.namedExports) || s.namedExports.some((n) => typeof n !== 'string')) return false;
      facts.reexports.push({ specifier: s.moduleSpecifier, names: (s.namedExports as string[]).map(boundName) });
      return true;
    }
    case StructureKind.VariableStatement:
      for (const d of s.declarations) if (/^[A-Za-z_$][\w$]*$/.test(d.name)) declare(d.name, 'VariableStatement', s.isExported);
      return true;
    case StructureKind.TypeAlias:
      declare(s.name, 'TypeAliasDeclaration', s.isExported);
      return true;
    case StructureKind.Interface:
      declare(s.name, 'InterfaceDeclaration', s.isExported);
      return true;
    case StructureKind.Function: {
      if (s.name === undefined || (s.overloads?.length ?? 0) > 0) return false;
      const names = parameterNames(s.parameters);
      if (!names) return false;
      declare(s.name, 'FunctionDeclaration', s.isExported || s.isDefaultExport);
      for (const parameter of names) facts.parameters.push({ functionName: s.name, parameter });
      return true;
    }
    case StructureKind.Class: {
      if (s.name === undefined || typeof s.extends === 'function' || (s.getAccessors?.length ?? 0) > 0 || (s.setAccessors?.length ?? 0) > 0) return false;
      declare(s.name, 'ClassDeclaration', s.isExported || s.isDefaultExport);
      const members: string[] = [];
      for (const ctor of s.ctors ?? []) {
        const names = parameterNames(ctor.parameters);
        if (!names || (ctor.overloads?.length ?? 0) > 0) return false;
        for (const p of ctor.parameters ?? []) if (p.scope !== undefined || p.isReadonly) members.push(p.name);
        for (const parameter of names) facts.parameters.push({ functionName: `${s.name}.constructor`, parameter });
      }
      for (const property of s.properties ?? []) members.push(property.name.replace(/^['"]|['"]$/g, ''));
      for (const method of s.methods ?? []) {
        const names = parameterNames(method.parameters);
        if (!names || (method.overloads?.length ?? 0) > 0 || !/^#?[A-Za-z_$][\w$]*$/.test(method.name)) return false;
        members.push(method.name);
        if (!method.name.startsWith('#')) for (const parameter of names) facts.parameters.push({ functionName: `${s.name}.${method.name}`, parameter });
      }
      const base = typeof s.extends === 'string' && /^[A-Za-z_$][\w$]*(<.*>)?$/.test(s.extends) ? s.extends.replace(/<.*$/, '') : undefined;
      facts.classes.push({ name: s.name, extends: base, members });
      return true;
    }
    default:
      return false;
  }
}
