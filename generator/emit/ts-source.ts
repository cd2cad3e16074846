import { IndentationText, Project, QuoteKind, StructureKind, type SourceFileStructure, type OptionalKind } from 'ts-morph';

let project: Project | undefined;

/** One in-memory ts-morph project reused by every emitter (creating one is the expensive part). */
function sharedProject(): Project {
  project ??= new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    skipFileDependencyResolution: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  return project;
}

/**
 * Prints a source file from a ts-morph structure. ts-morph escapes nothing: it prints a name or comment text as given
 * (`interface Bad Name`, a `*\/` inside a comment). What comes from the spec is made safe before it gets here, each by
 * its guard: comment text by `commentSafe` (jsdoc.ts), property keys by `propertyKey` (type-text.ts), type names by
 * `toPascalCase`, function names by `toMethodName` (ir/naming.ts) from action names the loader restricts to letters and
 * digits.
 */
export function printStructure(path: string, structure: OptionalKind<SourceFileStructure>): string {
  const file = sharedProject().createSourceFile(`/${path}`, withBlankLines(structure), { overwrite: true });
  const text = file.getFullText();
  sharedProject().removeSourceFile(file);
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
