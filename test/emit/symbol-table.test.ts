/**
 * The package index comes from one symbol table built from what the plugins export: every public name once, from the
 * plugin that owns it, and a name two owners would export is refused with one line naming both. The plugins' runtime
 * files ship only with a package the plugin contributes to.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ts } from 'ts-morph';
import { afterEach, describe, expect, it } from 'vitest';
import { PLUGINS } from '../../generator/emit/index.ts';
import { moduleExports } from '../../generator/emit/module-exports.ts';
import { runPlugins } from '../../generator/emit/run-plugins.ts';
import type { GeneratedFile } from '../../generator/emit/types.ts';
import { normalize } from '../../generator/ir/normalize.ts';
import type { JsonValue } from '../../generator/ir/types.ts';
import { loadSpecFolder } from '../../generator/load/index.ts';
import { generatePackage } from '../../generator/pipeline.ts';
import { makeTempDir, removeDir, repoRoot } from '../support/generate.ts';

const widgets = path.join(repoRoot, 'test', 'fixtures', 'lifecycle', 'widgets', 'cs-2015-12-15');
const committed = path.join(repoRoot, 'generated', 'cs-2015-12-15');

/** What the TypeScript parser says a module exports: name → type only. */
function parsedExports(file: GeneratedFile): Map<string, boolean> {
  const source = ts.createSourceFile(file.path, file.contents, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found = new Map<string, boolean>();
  const add = (name: string, typeOnly: boolean): void => void found.set(name, (found.get(name) ?? true) && typeOnly);
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause)) for (const e of clause.elements) add(e.name.text, statement.isTypeOnly || e.isTypeOnly);
      continue;
    }
    if (!ts.canHaveModifiers(statement) || !ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    const typeOnly = ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement);
    if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name)) add(d.name.text, false);
    } else {
      const name = (statement as ts.Statement & { name?: ts.Identifier }).name;
      if (name) add(name.text, typeOnly);
    }
  }
  return found;
}

/** The specifiers of the index's `export { … }` statements: exported name → module. */
function indexSpecifiers(text: string): { name: string; module: string }[] {
  const source = ts.createSourceFile('index.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return source.statements.filter(ts.isExportDeclaration).flatMap((statement) => {
    const clause = statement.exportClause;
    const module = (statement.moduleSpecifier as ts.StringLiteral).text;
    return clause && ts.isNamedExports(clause) ? clause.elements.map((e) => ({ name: e.name.text, module })) : [{ name: '*', module }];
  });
}

async function publicModules(folder: string): Promise<GeneratedFile[]> {
  const merged = await loadSpecFolder(folder);
  const contributions = runPlugins(PLUGINS, { service: normalize(merged.document, merged), bundled: merged.document as JsonValue });
  return contributions.flatMap(({ plugin, files }) => (plugin.exports ?? []).flatMap(({ module }) => files.filter((f) => f.path === module)));
}

describe('reading what a module exports', () => {
  it.each([
    ['the committed spec', path.join(repoRoot, 'spec', 'cs-2015-12-15')],
    ['the widgets fixture', widgets],
    ['the hostile fixture', path.join(repoRoot, 'test', 'fixtures', 'hostile', 'hostile-2020-01-01')],
  ])('agrees with the TypeScript parser on every public module of %s', async (_, folder) => {
    const modules = await publicModules(folder);
    expect(modules.map((m) => m.path)).toEqual(expect.arrayContaining(['src/models.ts', 'src/client.ts', 'src/runtime/index.ts']));
    for (const module of modules) {
      const read = new Map(moduleExports(module).map((e) => [e.name, e.typeOnly]));
      expect(read, module.path).toEqual(parsedExports(module));
    }
  });
});

describe('the package index of the committed package', () => {
  it('names every public symbol exactly once, each from the module that declares it', async () => {
    const index = await readFile(path.join(committed, 'src', 'index.ts'), 'utf8');
    const specifiers = indexSpecifiers(index);
    expect(specifiers.filter((s) => s.name === '*')).toEqual([]);
    const names = specifiers.map((s) => s.name);
    expect(names.length).toBeGreaterThan(1000);
    expect(new Set(names).size).toBe(names.length);
    for (const [module, file] of [
      ['./models.js', 'models.ts'],
      ['./validators.js', 'validators.ts'],
      ['./client.js', 'client.ts'],
      ['./waiters.js', 'waiters.ts'],
      ['./paginators.js', 'paginators.ts'],
    ] as const) {
      const declared = [...parsedExports({ path: file, contents: await readFile(path.join(committed, 'src', file), 'utf8') }).keys()];
      expect(specifiers.filter((s) => s.module === module).map((s) => s.name), module).toEqual([...declared].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    }
  });

  it('exports the runtime error classes under the product names only, and the plugins’ runtime symbols from their files', async () => {
    const index = await readFile(path.join(committed, 'src', 'index.ts'), 'utf8');
    const specifiers = indexSpecifiers(index);
    expect(index).toContain('  SdkError as CsError,\n');
    expect(index).toContain('  ServiceError as CsServiceError,\n');
    expect(specifiers.map((s) => s.name)).not.toContain('SdkError');
    expect(specifiers.find((s) => s.name === 'WaiterError')?.module).toBe('./runtime/waiter.js');
    expect(specifiers.find((s) => s.name === 'paginate')?.module).toBe('./runtime/paginator.js');
    const nodeIndex = await readFile(path.join(committed, 'src', 'index.node.ts'), 'utf8');
    expect(indexSpecifiers(nodeIndex)).toEqual([
      { name: '*', module: './index.js' },
      { name: 'NodeTransport', module: './runtime/node.js' },
      { name: 'NodeTransportOptions', module: './runtime/node.js' },
      { name: 'createNodeTransport', module: './runtime/node.js' },
    ]);
  });
});

describe('a name two owners would export', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await removeDir(dir);
    dir = undefined;
  });

  /** The widgets fixture with `extra` added as a spec file. */
  async function widgetsWith(file: string, extra: string): Promise<string> {
    dir = await makeTempDir('symbols-');
    const folder = path.join(dir, 'cs-2015-12-15');
    await cp(widgets, folder, { recursive: true });
    await writeFile(path.join(folder, file), extra);
    return folder;
  }

  async function refusal(folder: string): Promise<string> {
    const error = await generatePackage(folder).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    return message;
  }

  it('refuses a model type named like a waiter input type, naming the models and waiters plugins', async () => {
    const folder = await widgetsWith('Extra.yaml', 'components:\n  schemas:\n    WidgetReadyWaiterInput:\n      type: object\n      properties:\n        id:\n          type: string\n');
    expect(await refusal(folder)).toBe(
      `${folder}/Extra.yaml:3: /components/schemas/WidgetReadyWaiterInput: generated name "WidgetReadyWaiterInput" is exported by both the models plugin (src/models.ts) and the waiters plugin (src/waiters.ts): rename it in the spec`,
    );
  });

  it('refuses an operation whose client function is named like a paginator, naming the client and paginators plugins', async () => {
    const operation = [
      'paths:',
      '  /widgets/paginate:',
      '    get:',
      '      operationId: PaginateListWidgets',
      '      responses:',
      "        '200':",
      '          description: Nothing.',
      '',
    ].join('\n');
    const message = await refusal(await widgetsWith('PaginateListWidgets.yaml', operation));
    expect(message).toMatch(/\/PaginateListWidgets\.yaml:4: \/paths\/~1widgets~1paginate\/get\/operationId: /);
    expect(message).toContain('generated name "paginateListWidgets" is exported by both the client plugin (src/client.ts) and the paginators plugin (src/paginators.ts)');
  });

  it('refuses a model type named like a runtime export a plugin owns', async () => {
    const folder = await widgetsWith('Extra.yaml', 'components:\n  schemas:\n    WaiterError:\n      type: string\n');
    expect(await refusal(folder)).toContain(
      'generated name "WaiterError" is exported by both the models plugin (src/models.ts) and the waiters plugin (src/runtime/waiter.ts)',
    );
  });

  it('refuses a model type named like the product name of a runtime error class, naming the runtime class', async () => {
    const folder = await widgetsWith('Extra.yaml', 'components:\n  schemas:\n    CsServiceError:\n      type: string\n');
    expect(await refusal(folder)).toContain(
      'generated name "CsServiceError" is exported by both the models plugin (src/models.ts) and the runtime plugin (ServiceError of src/runtime/index.ts)',
    );
  });
});

describe('plugins and their hand-written files', () => {
  const input = async (): Promise<Parameters<typeof runPlugins>[1]> => {
    const merged = await loadSpecFolder(widgets);
    return { service: normalize(merged.document, merged), bundled: merged.document as JsonValue };
  };

  it('ships a runtime file with the plugin that owns it, and the rest with the runtime plugin', async () => {
    const contributions = runPlugins(PLUGINS, await input());
    const owner = (file: string): string[] => contributions.filter((c) => c.files.some((f) => f.path === file)).map((c) => c.plugin.name);
    expect(owner('src/runtime/waiter.ts')).toEqual(['waiters']);
    expect(owner('src/runtime/paginator.ts')).toEqual(['paginators']);
    expect(owner('src/runtime/client-core.ts')).toEqual(['runtime']);
    expect(owner('src/mock/api-mock.ts')).toEqual(['mock']);
  });

  it('refuses a plugin that owns a file the folder does not have, and a file two plugins own', async () => {
    const ghost = [...PLUGINS, { name: 'ghost', emit: () => [{ path: 'src/ghost.ts', contents: '' }], handWritten: { folder: 'runtime' as const, files: ['ghost.ts'] } }];
    await expect(input().then((i) => runPlugins(ghost, i))).rejects.toThrow('the ghost plugin owns generator/runtime/ghost.ts, which does not exist');
    const twice = [...PLUGINS, { name: 'again', handWritten: { folder: 'runtime' as const, files: ['waiter.ts'] } }];
    await expect(input().then((i) => runPlugins(twice, i))).rejects.toThrow('generator/runtime/waiter.ts is owned by both the waiters and the again plugins');
  });
});
