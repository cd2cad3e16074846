import { originOf } from '../check-names.ts';
import type { GenerationInput } from '../ir/types.ts';
import { specErrorAt, type Locator } from '../load/spec-error.ts';
import { emitPackageIndex } from './package-index.ts';
import type { EmitterPlugin, HandWritten } from './plugin.ts';
import { runtimeAliases } from './product-names.ts';
import { handWrittenFiles as preparedFolderFiles, MOCK_FOLDER, RUNTIME_FOLDER } from './runtime-files.ts';
import { ownerText, symbolTable, type Contribution } from './symbol-table.ts';
import type { GeneratedFile } from './types.ts';

/**
 * Every file of the package before formatting: what each plugin writes and ships, then the package entries derived
 * from the symbols they export. A name two plugins (or a plugin and the runtime) would both export is refused with
 * one line naming both owners, at the spec location the name comes from.
 */
export function emitPackage(plugins: readonly EmitterPlugin[], input: GenerationInput, locator: Locator): GeneratedFile[] {
  const contributions = runPlugins(plugins, input);
  const aliases = new Map(runtimeAliases(input.service).map(({ runtimeName, alias }) => [runtimeName, alias]));
  const symbols = symbolTable(contributions, aliases, (name, first, second) => {
    throw specErrorAt(locator, originOf(name, input.service), `generated name "${name}" is exported by both ${ownerText(first)} and ${ownerText(second)}: rename it in the spec`);
  });
  return [...contributions.flatMap((c) => c.files), ...emitPackageIndex(symbols)];
}

/** Runs each plugin's emitter; a plugin that writes files (or has no emitter) also ships its hand-written files. */
export function runPlugins(plugins: readonly EmitterPlugin[], input: GenerationInput): Contribution[] {
  const owned = ownedFiles(plugins);
  const folders = new Map<HandWritten['folder'], GeneratedFile[]>();
  const filesOf = (folder: HandWritten['folder']): GeneratedFile[] => {
    let files = folders.get(folder);
    if (!files) folders.set(folder, (files = handWrittenFiles(folder)));
    return files;
  };
  return plugins.map((plugin) => {
    const emitted = plugin.emit?.(input);
    if (emitted?.length === 0 || !plugin.handWritten) return { plugin, files: emitted ?? [] };
    const { folder, files: names } = plugin.handWritten;
    const mine = (name: string): boolean => (names ? names.includes(name) : !owned.has(`${folder}/${name}`));
    const handWritten = filesOf(folder).filter((f) => mine(handWrittenName(f.path, folder)));
    for (const name of names ?? []) {
      if (!handWritten.some((f) => handWrittenName(f.path, folder) === name)) throw new Error(`the ${plugin.name} plugin owns generator/${folder}/${name}, which does not exist`);
    }
    return { plugin, files: [...(emitted ?? []), ...handWritten] };
  });
}

/** The hand-written files plugins name, as `<folder>/<name>`; a file named by two plugins is a mistake. */
function ownedFiles(plugins: readonly EmitterPlugin[]): Set<string> {
  const owners = new Map<string, string>();
  for (const plugin of plugins) {
    for (const name of plugin.handWritten?.files ?? []) {
      const key = `${plugin.handWritten!.folder}/${name}`;
      const other = owners.get(key);
      if (other) throw new Error(`generator/${key} is owned by both the ${other} and the ${plugin.name} plugins`);
      owners.set(key, plugin.name);
    }
  }
  return new Set(owners.keys());
}

/** The files of a hand-written folder as the package holds them: `src/<folder>/…` and, prepared by the build, `dist/<folder>/…`. */
function handWrittenFiles(folder: HandWritten['folder']): GeneratedFile[] {
  return preparedFolderFiles(folder === 'runtime' ? RUNTIME_FOLDER : MOCK_FOLDER);
}

/** `waiter.ts` for `src/runtime/waiter.ts` and for its declarations `dist/runtime/waiter.d.ts`. */
function handWrittenName(file: string, folder: string): string {
  return file.slice(file.indexOf(`/${folder}/`) + folder.length + 2).replace(/\.d\.ts$/, '.ts');
}
