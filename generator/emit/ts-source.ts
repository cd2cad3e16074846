import { createRequire } from 'node:module';
import { basename } from 'node:path';
import type { OptionalKind, Project, SourceFileStructure } from 'ts-morph';
import { cacheEnabled, readCache, sha256, writeCache } from '../cache.ts';
import { rememberFacts } from '../ts-scan.ts';
import { generatorBuildDir } from '../paths.ts';
import { structureFacts } from './structure-facts.ts';
import { declarationFile } from './ts-declarations.ts';
import { printSourceFile, type PrintedStatement, type Statement, type StatementMemo } from './ts-printer.ts';
import { StructureKind } from './ts-kinds.ts';
import type { GeneratedFile } from './types.ts';

/**
 * A TypeScript file of the package from a ts-morph structure (names and comments escaped by construction), printed
 * directly in prettier's style. Structures or lines the direct printer cannot lay out exactly are printed by ts-morph
 * instead and marked `unformatted`, so that the pipeline passes them through prettier.
 */
export function tsFile(path: string, structure: OptionalKind<SourceFileStructure>): GeneratedFile {
  const memo = PersistentMemo.forFile(path);
  const printed = printSourceFile(structure, memo);
  if (!printed?.exact) return { path, contents: printWithTsMorph(path, structure), unformatted: true };
  memo?.save();
  const facts = path.endsWith('.d.ts') ? undefined : structureFacts(structure);
  if (facts) rememberFacts(printed.text, facts);
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
    const key = `${file.path}\0${file.contents}`;
    const declarations = declarationsBySource.get(key);
    declarationsBySource.delete(key);
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

/**
 * ts-morph (and with it the TypeScript compiler) is loaded only when a structure needs it. ts-morph escapes nothing:
 * it prints a name or comment text as given (`interface Bad Name`, a `*\/` inside a comment). What comes from the
 * spec is made safe before it gets here, each by its guard: comment text by `commentSafe` (jsdoc.ts), property keys
 * by `propertyKey` (type-text.ts), type names by `toPascalCase`, function names by `toMethodName` (ir/naming.ts)
 * from action names the loader restricts to letters and digits.
 */
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

/** Set by generator/bin.mjs: the build folder, named by a hash of the generator's sources and tools. */

/**
 * Printed statements of the previous run of this generator build, per file, by the hash of each statement's
 * structure: printing is a pure function of the structure, so after editing one operation only its statements are
 * printed again. Kept in the cache (never with CS_GENERATOR_CACHE=off, nor without a build to name the printer).
 */
class PersistentMemo implements StatementMemo {
  private readonly used = new Map<string, string[]>();
  private misses = 0;

  constructor(
    private readonly key: string,
    private readonly known: Map<string, string[]>,
  ) {}

  static forFile(path: string): PersistentMemo | undefined {
    const build = generatorBuildDir();
    if (!cacheEnabled() || build === undefined) return undefined;
    const key = sha256('printed-statements', basename(build), path);
    const stored = readCache('printed', key);
    let known = new Map<string, string[]>();
    try {
      if (stored !== undefined) known = new Map(Object.entries(JSON.parse(stored) as Record<string, string[]>));
    } catch {
      // An unreadable entry is only a miss.
    }
    return new PersistentMemo(key, known);
  }

  print(statement: Statement, print: (statement: Statement) => PrintedStatement | undefined): string[] | undefined {
    const json = structureJson(statement);
    const hash = json === undefined ? undefined : sha256(json);
    const remembered = hash === undefined ? undefined : this.known.get(hash);
    if (remembered) {
      this.used.set(hash!, remembered);
      return remembered;
    }
    const printed = print(statement);
    if (printed?.exact && hash !== undefined) {
      this.used.set(hash, printed.lines);
      this.misses++;
    }
    return printed?.lines;
  }

  /**
   * Keeps what this run used and, up to as many again, what earlier runs used (another product generated between
   * two runs of this one does not empty the entry; the entry stays bounded).
   */
  save(): void {
    if (this.misses === 0) return;
    const kept = new Map(this.used);
    for (const [hash, lines] of this.known) {
      if (kept.size >= 2 * this.used.size) break;
      if (!kept.has(hash)) kept.set(hash, lines);
    }
    writeCache('printed', this.key, JSON.stringify(Object.fromEntries(kept)));
  }
}

/** The structure as JSON, or undefined when it holds a function (a writer), which JSON would silently drop. */
function structureJson(statement: Statement): string | undefined {
  if (typeof statement === 'string') return JSON.stringify(statement);
  let hasFunction = false;
  const json = JSON.stringify(statement, (_key, value: unknown) => {
    if (typeof value === 'function') hasFunction = true;
    return value;
  });
  return hasFunction ? undefined : json;
}
