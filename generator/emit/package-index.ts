import { rememberFacts, type ModuleFacts } from '../ts-scan.ts';
import { GENERATED_HEADER } from './header.ts';
import type { PackageSymbol } from './symbol-table.ts';
import type { GeneratedFile } from './types.ts';

/** prettier's printWidth (format.ts): an export list longer than this is broken, one name a line. */
const PRINT_WIDTH = 120;

/**
 * The package entries from the symbol table: `src/index.ts` names every symbol of every platform, module by module;
 * `src/index.node.ts` re-exports it and adds the Node-only ones. Both are written in prettier's layout, with the
 * declarations TypeScript derives from them (an entry holds nothing but re-exports), so that neither is formatted
 * nor compiled during a generation.
 */
export function emitPackageIndex(symbols: readonly PackageSymbol[]): GeneratedFile[] {
  const universalSymbols = symbols.filter((s) => s.entry === 'all');
  const universal = exportStatements('src/index.ts', universalSymbols);
  const files = [
    { path: 'src/index.ts', contents: remembered(`${GENERATED_HEADER}${universal.join('')}`, 'src/index.ts', universalSymbols) },
    { path: 'dist/index.d.ts', contents: universal.map(asDeclaration).join('') },
  ];
  const nodeOnly = symbols.filter((s) => s.entry === 'node');
  if (nodeOnly.length > 0) {
    const node = [`export * from './index.js';\n`, ...exportStatements('src/index.node.ts', nodeOnly)];
    files.push(
      { path: 'src/index.node.ts', contents: remembered(`${GENERATED_HEADER}${node.join('')}`, 'src/index.node.ts', nodeOnly, ['./index.js']) },
      { path: 'dist/index.node.d.ts', contents: node.map(asDeclaration).join('') },
    );
  }
  return files;
}

/**
 * Records what the names check would otherwise scan the entry for: its re-exports (`export *` of `stars`, then the
 * exported names of each module).
 */
function remembered(contents: string, entry: string, symbols: readonly PackageSymbol[], stars: readonly string[] = []): string {
  const reexports: ModuleFacts['reexports'] = stars.map((specifier) => ({ specifier, names: undefined }));
  for (const [module, names] of groupByModule(symbols, (symbol) => symbol.name)) reexports.push({ specifier: relativeSpecifier(entry, module), names });
  rememberFacts(contents, { topLevel: [], exported: [], reexports, classes: [], parameters: [] });
  return contents;
}

/** Values of the symbols by module, modules in the table's order. */
function groupByModule(symbols: readonly PackageSymbol[], value: (symbol: PackageSymbol) => string): Map<string, string[]> {
  const byModule = new Map<string, string[]>();
  for (const symbol of symbols) {
    const values = byModule.get(symbol.module);
    if (values) values.push(value(symbol));
    else byModule.set(symbol.module, [value(symbol)]);
  }
  return byModule;
}

/** One `export { … } from './module.js';` per module, in the table's order. */
function exportStatements(entry: string, symbols: readonly PackageSymbol[]): string[] {
  const byModule = groupByModule(symbols, (symbol) => `${symbol.typeOnly ? 'type ' : ''}${symbol.localName}${symbol.name === symbol.localName ? '' : ` as ${symbol.name}`}`);
  return [...byModule].map(([module, specifiers]) => exportStatement(specifiers, relativeSpecifier(entry, module)));
}

function exportStatement(specifiers: string[], from: string): string {
  const oneLine = `export { ${specifiers.join(', ')} } from '${from}';\n`;
  if (oneLine.length - 1 <= PRINT_WIDTH) return oneLine;
  return `export {\n${specifiers.map((s) => `  ${s},\n`).join('')}} from '${from}';\n`;
}

/** `./runtime/waiter.js` for `src/runtime/waiter.ts` from an entry in `src/`. */
function relativeSpecifier(entry: string, module: string): string {
  const folder = entry.slice(0, entry.lastIndexOf('/') + 1);
  if (!module.startsWith(folder)) throw new Error(`${module} is outside the folder of ${entry}`);
  return `./${module.slice(folder.length, -'.ts'.length)}.js`;
}

/** TypeScript's declaration of a re-export: the statement on one line (keeping the trailing comma of a broken list). */
function asDeclaration(statement: string): string {
  return statement.replace(/\{\n([\s\S]*?),\n\}/, (_, list: string) => `{ ${list.split(',\n').map((s) => s.trim()).join(', ')}, }`);
}
