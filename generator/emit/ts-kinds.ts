import type { Scope as MorphScope, StructureKind as MorphStructureKind, VariableDeclarationKind as MorphVariableDeclarationKind } from 'ts-morph';

/**
 * The values of ts-morph's enums the emitters use, typed as ts-morph's own: structures stay ts-morph structures,
 * while a generation run does not load ts-morph and the TypeScript compiler just to read these constants
 * (test/emit/ts-printer.test.ts checks they equal ts-morph's).
 */
export const StructureKind = {
  Class: 2 as MorphStructureKind.Class,
  ExportDeclaration: 11 as MorphStructureKind.ExportDeclaration,
  Function: 13 as MorphStructureKind.Function,
  ImportDeclaration: 16 as MorphStructureKind.ImportDeclaration,
  Interface: 19 as MorphStructureKind.Interface,
  SourceFile: 36 as MorphStructureKind.SourceFile,
  TypeAlias: 38 as MorphStructureKind.TypeAlias,
  VariableStatement: 41 as MorphStructureKind.VariableStatement,
} as const;

export const VariableDeclarationKind = { Const: 'const' as MorphVariableDeclarationKind.Const } as const;

export const Scope = { Public: 'public' as MorphScope.Public } as const;
