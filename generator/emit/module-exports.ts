import type { GeneratedFile } from './types.ts';

/** One name a module exports. */
export interface ModuleExport {
  /** The name importers use. */
  name: string;
  /** A type (interface, type alias, `export type { … }`): re-exported with `type`. */
  typeOnly: boolean;
}

const DECLARATION = /^export (?:declare )?(?:abstract )?(?:async )?(function\*?|const|let|var|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gm;
const NAMED = /^export (type )?\{([^}]*)\}/gm;
const STAR = /^export \* /m;

/**
 * The exports of a TypeScript module of the package, read from its text. Every such file is in prettier's layout
 * (printed so, or hand-written and formatted), so an export starts a line and nothing else does: a comment line starts
 * with `*` or `//` and a string never spans lines. test/emit/symbol-table.test.ts checks this reading against the
 * TypeScript parser for every public module; parsing the large modules instead would cost a tenth of a second.
 */
export function moduleExports(file: GeneratedFile): ModuleExport[] {
  if (STAR.test(file.contents)) throw new Error(`${file.path} re-exports a whole module: a public module must name what it exports`);
  const found: ModuleExport[] = [];
  for (const [, keyword, name] of file.contents.matchAll(DECLARATION)) {
    found.push({ name: name!, typeOnly: keyword === 'interface' || keyword === 'type' });
  }
  for (const [, allTypes, list] of file.contents.matchAll(NAMED)) {
    for (const specifier of list!.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
      const [, typeKeyword, local, alias] = /^(type\s+)?([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(specifier) ?? [];
      if (local === undefined) throw new Error(`${file.path}: cannot read the export specifier "${specifier}"`);
      found.push({ name: alias ?? local, typeOnly: allTypes !== undefined || typeKeyword !== undefined });
    }
  }
  return unique(found);
}

/** One entry per name (overloads, a merged interface and value): a type only when every declaration is one. */
function unique(found: ModuleExport[]): ModuleExport[] {
  const byName = new Map<string, ModuleExport>();
  for (const e of found) {
    const before = byName.get(e.name);
    byName.set(e.name, before ? { name: e.name, typeOnly: before.typeOnly && e.typeOnly } : e);
  }
  return [...byName.values()];
}
