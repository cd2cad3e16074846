import { createRequire } from 'node:module';
import type { OptionalKind, Project, SourceFileStructure } from 'ts-morph';
import { declarationFile } from './ts-declarations.ts';
import { printSourceFile } from './ts-printer.ts';
import { StructureKind } from './ts-kinds.ts';
import type { GeneratedFile } from './types.ts';

/**
 * A TypeScript file of the package from a ts-morph structure (names and comments escaped by construction), printed
 * directly in prettier's style. Structures or lines the direct printer cannot lay out exactly are printed by ts-morph
 * instead and marked `unformatted`, so that the pipeline passes them through prettier.
 */
export function tsFile(path: string, structure: OptionalKind<SourceFileStructure>): GeneratedFile {
  const printed = printSourceFile(structure);
  if (!printed?.exact) return { path, contents: printWithTsMorph(path, structure), unformatted: true };
  if (path.startsWith('src/')) {
    const declarations = declarationFile(structure);
    if (declarations !== undefined) declarationsBySource.set(`${path}\0${printed.text}`, declarations);
  }
  return { path, contents: printed.text };
}

/** Declarations written from the structures of the sources `tsFile` printed, by path and text of the source. */
const declarationsBySource = new Map<string, string>();

/**
 * `dist/*.d.ts` of the sources among `files` that `tsFile` printed and whose declarations it could write itself
 * (exactly what TypeScript would derive from that text), where no emitter wrote them already. The others are
 * derived by TypeScript in transpile.ts.
 */
export function writtenDeclarations(files: readonly GeneratedFile[]): GeneratedFile[] {
  const existing = new Set(files.map((f) => f.path));
  const out: GeneratedFile[] = [];
  for (const file of files) {
    const declarations = declarationsBySource.get(`${file.path}\0${file.contents}`);
    const target = `dist/${file.path.slice('src/'.length, -'.ts'.length)}.d.ts`;
    if (declarations !== undefined && !existing.has(target)) out.push({ path: target, contents: declarations });
  }
  return out;
}

/** The text of a source file structure: prettier's layout when printed directly, else ts-morph's (unformatted). */
export function printStructure(path: string, structure: OptionalKind<SourceFileStructure>): string {
  return tsFile(path, structure).contents;
}

let project: Project | undefined;

/** ts-morph (and with it the TypeScript compiler) is loaded only when a structure needs it. */
function printWithTsMorph(path: string, structure: OptionalKind<SourceFileStructure>): string {
  if (!project) {
    const morph = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');
    project = new morph.Project({
      useInMemoryFileSystem: true,
      skipLoadingLibFiles: true,
      skipFileDependencyResolution: true,
      manipulationSettings: { indentationText: morph.IndentationText.TwoSpaces, quoteKind: morph.QuoteKind.Single },
    });
  }
  const file = project.createSourceFile(`/${path}`, withBlankLines(structure), { overwrite: true });
  const text = file.getFullText();
  project.removeSourceFile(file);
  return text;
}

/** A blank line before every top-level declaration (imports stay together); prettier folds any doubles. */
function withBlankLines(structure: OptionalKind<SourceFileStructure>): OptionalKind<SourceFileStructure> {
  if (!Array.isArray(structure.statements)) return structure;
  const statements = structure.statements.map((statement, index) =>
    index > 0 && typeof statement === 'object' && statement.kind !== StructureKind.ImportDeclaration && statement.kind !== StructureKind.ExportDeclaration
      ? { ...statement, leadingTrivia: '\n' }
      : statement,
  );
  return { ...structure, statements };
}
