import { moduleExports } from './module-exports.ts';
import type { EmitterPlugin } from './plugin.ts';
import type { GeneratedFile } from './types.ts';

/** What one plugin contributed to a package: the files it wrote and the hand-written files it ships. */
export interface Contribution {
  plugin: EmitterPlugin;
  files: GeneratedFile[];
}

/** One name the package exports, and who owns it. */
export interface PackageSymbol {
  /** The name users import. */
  name: string;
  /** The name in its module, where the package exports it under another (`SdkError` as `CsError`). */
  localName: string;
  /** The package file it comes from (`src/waiters.ts`). */
  module: string;
  typeOnly: boolean;
  /** The plugin it comes from. */
  owner: string;
  /** `node`: only the Node entry exports it. */
  entry: 'all' | 'node';
}

/** Called with both owners of a name the package would export twice; it throws. */
export type Collision = (name: string, first: PackageSymbol, second: PackageSymbol) => never;

/**
 * Every name the package entries export, from the public modules of the plugins that contributed files, in plugin
 * order and by name within a module. `aliases` renames exports of the hand-written runtime (`SdkError` → `CsError`).
 * A name exported twice is refused through `collide`, which names both owners.
 */
export function symbolTable(contributions: readonly Contribution[], aliases: ReadonlyMap<string, string>, collide: Collision): PackageSymbol[] {
  const byName = new Map<string, PackageSymbol>();
  for (const { plugin, files } of contributions) {
    if (files.length === 0) continue;
    for (const { module, only, entry } of plugin.exports ?? []) {
      const file = files.find((f) => f.path === module);
      if (!file) throw new Error(`the ${plugin.name} plugin exports ${module}, a file it did not write`);
      const exports = moduleExports(file);
      const kept = only === undefined ? exports : only.map((name) => exports.find((e) => e.name === name) ?? missing(plugin, module, name));
      const handWritten = module.startsWith('src/runtime/');
      for (const { name: localName, typeOnly } of [...kept].sort((a, b) => compareNames(a.name, b.name))) {
        const name = (handWritten && aliases.get(localName)) || localName;
        const symbol: PackageSymbol = { name, localName, module, typeOnly, owner: plugin.name, entry: entry ?? 'all' };
        const other = byName.get(name);
        if (other) collide(name, other, symbol);
        byName.set(name, symbol);
      }
    }
  }
  return [...byName.values()];
}

/** `the models plugin (src/models.ts)`, `the runtime plugin (SdkError of src/runtime/index.ts)`: an owner in errors. */
export function ownerText(symbol: PackageSymbol): string {
  return `the ${symbol.owner} plugin (${symbol.name === symbol.localName ? '' : `${symbol.localName} of `}${symbol.module})`;
}

function missing(plugin: EmitterPlugin, module: string, name: string): never {
  throw new Error(`the ${plugin.name} plugin exports ${name} from ${module}, which does not export it`);
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
