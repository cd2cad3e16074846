import type { GeneratedFile } from './emit/types.ts';
import type { Service } from './ir/types.ts';
import { specErrorAt, type Locator } from './load/spec-error.ts';
import { cacheEnabled, readCache, sha256, writeCache } from './cache.ts';
import { scanModule, takeKnownFacts, tokenize, type ModuleFacts } from './ts-scan.ts';

/**
 * Refuses a package whose generated names would not compile: the names are read from the emitted sources themselves
 * (every top-level declaration and import of every file, and what `src/index.ts` re-exports; ts-scan.ts reads them),
 * so the check knows
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
  try {
    assertDistinct(files, service, locator);
  } finally {
    factsByText.clear();
  }
}

function assertDistinct(files: GeneratedFile[], service: Service, locator: Locator): void {
  const sources = new Map(files.filter((f) => f.path.endsWith('.ts') && !f.path.endsWith('.d.ts')).map((f) => [f.path, f.contents]));
  const fail = (name: string, detail: string): never => {
    const origin = originOf(name, service);
    throw specErrorAt(locator, origin, `generated name "${name}" ${detail}: rename it in the spec`);
  };
  for (const [file, text] of sources) {
    const seen = new Map<string, string>();
    for (const { name, how } of topLevelNames(text)) {
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
    const topLevel = new Set(topLevelNames(text).map((n) => n.name));
    for (const { functionName, parameter } of parametersOf(text)) {
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

/** Each file's facts during one check, read once (a file is looked at by several of the rules). */
const factsByText = new Map<string, ModuleFacts>();

function facts(text: string): ModuleFacts {
  let found = factsByText.get(text);
  if (!found) {
    found = takeKnownFacts(text) ?? (cacheEnabled() ? cachedFacts(text) : scanModule(text));
    factsByText.set(text, found);
  }
  return found;
}

let scannerKey: string | undefined;

/** The facts of a module by the hash of its text and of the scanner's code: a regeneration scans only what changed. */
function cachedFacts(text: string): ModuleFacts {
  scannerKey ??= sha256(scanModule.toString(), tokenize.toString());
  const key = sha256('module-facts', scannerKey, text);
  const stored = readCache('module-facts', key);
  if (stored !== undefined) {
    try {
      return JSON.parse(stored) as ModuleFacts;
    } catch {
      // An unreadable entry is only a miss.
    }
  }
  const found = scanModule(text);
  writeCache('module-facts', key, JSON.stringify(found));
  return found;
}

function classesOf(file: string, text: string): ClassInfo[] {
  return facts(text).classes.map((c) => ({ name: c.name, file, extends: c.extends, members: new Set(c.members) }));
}

/** The parameters of every top-level function and of every method of a top-level class. */
function parametersOf(text: string): { functionName: string; parameter: string }[] {
  return facts(text).parameters;
}

interface TopLevelName {
  name: string;
  /** e.g. `declared (InterfaceDeclaration)` or `imported from ./runtime/client-core.js`. */
  how: string;
}

/** Every name a file binds at its top level: its declarations and its imports. */
function topLevelNames(text: string): TopLevelName[] {
  // A class and an interface of one name merge legally; nothing the emitters write relies on that.
  return facts(text).topLevel;
}

function reexports(file: string, text: string): { module: string; names: string[] | undefined }[] {
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  return facts(text).reexports.map(({ specifier, names }) => ({
    module: normalizePath(folder + specifier.replace(/^\.\//, '').replace(/\.js$/, '.ts')),
    names,
  }));
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
  const names = [...facts(text).exported];
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
