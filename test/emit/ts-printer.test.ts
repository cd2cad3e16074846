/**
 * TypeScript is printed directly in prettier's layout (generator/emit/ts-printer.ts) and declarations are written
 * from the same structures (ts-declarations.ts): prettier and TypeScript stay the authorities. For the committed
 * spec, the hostile fixture and (when ../shared is present) the whole imported CS product, formatting a generated
 * file with prettier changes nothing, and every declaration file equals what TypeScript derives from its source.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { format } from 'prettier';
import * as morph from 'ts-morph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFile, PRETTIER_OPTIONS } from '../../generator/emit/format.ts';
import { PLUGINS } from '../../generator/emit/index.ts';
import { emitPackage } from '../../generator/emit/run-plugins.ts';
import { declarationsOf } from '../../generator/emit/transpile.ts';
import { Scope, StructureKind, VariableDeclarationKind } from '../../generator/emit/ts-kinds.ts';
import { tsFile, writtenDeclarations } from '../../generator/emit/ts-source.ts';
import type { GeneratedFile } from '../../generator/emit/types.ts';
import { normalize } from '../../generator/ir/normalize.ts';
import type { JsonValue } from '../../generator/ir/types.ts';
import { loadSpecFolder } from '../../generator/load/index.ts';
import { makeTempDir, removeDir, repoRoot } from '../support/generate.ts';

const METADATA = path.join(repoRoot, 'metadata', 'cs-2015-12-15');

async function emitTypeScript(folder: string): Promise<GeneratedFile[]> {
  const merged = await loadSpecFolder(folder);
  const service = normalize(merged.document, merged);
  // The hand-written runtime is prettier-formatted when the generator is built (prepare-runtime.ts), not printed.
  const emitted = emitPackage(PLUGINS, { service, bundled: merged.document as JsonValue }, merged).filter((f) => !/^(src|dist)\/runtime\//.test(f.path));
  emitted.push(...writtenDeclarations(emitted));
  return emitted.filter((f) => f.path.endsWith('.ts'));
}

const prettier = (text: string): Promise<string> => format(text, { ...PRETTIER_OPTIONS, parser: 'babel-ts' });

/** The files the pipeline writes as prettier-formatted sources (the other .d.ts are TypeScript's layout). */
const isFormattedSource = (file: GeneratedFile): boolean => file.path.startsWith('src/') || file.path === 'dist/validators.d.ts';

function checkProduct(name: string, folder: () => string, directOnly: boolean): void {
  describe(name, () => {
    let files: GeneratedFile[];
    beforeAll(async () => {
      files = await emitTypeScript(folder());
    }, 120_000);

    if (directOnly) {
      it('prints every TypeScript file directly, without falling back to prettier', () => {
        expect(files.filter((f) => f.unformatted).map((f) => f.path)).toEqual([]);
        expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['src/models.ts', 'src/validators.ts', 'src/client.ts', 'src/index.ts']));
      });
    }

    it('writes sources that prettier leaves unchanged', async () => {
      for (const file of files.filter(isFormattedSource)) {
        const written = (await formatFile(file)).contents;
        expect(await prettier(written), file.path).toBe(written);
      }
    }, 120_000);

    it('writes the declarations TypeScript derives from each source', async () => {
      const written = files.filter((f) => f.path.startsWith('dist/') && f.path !== 'dist/validators.d.ts');
      if (directOnly) {
        // Every emitted module's declarations are written from its structure (the mock's hand-written files get
        // theirs from the generator's build): TypeScript is not loaded to derive them.
        const emittedModules = files.filter((f) => f.path.startsWith('src/') && (!f.path.startsWith('src/mock/') || f.path === 'src/mock/index.ts'));
        const expected = emittedModules.map((f) => `dist/${f.path.slice('src/'.length, -'.ts'.length)}.d.ts`).filter((p) => p !== 'dist/validators.d.ts');
        expect(written.map((f) => f.path).sort()).toEqual(expected.sort());
        expect(expected).toEqual(expect.arrayContaining(['dist/client.d.ts', 'dist/index.d.ts', 'dist/models.d.ts', 'dist/mock/index.d.ts']));
      }
      for (const declarations of written) {
        const source = files.find((f) => f.path === `src/${declarations.path.slice('dist/'.length, -'.d.ts'.length)}.ts`)!;
        expect(declarations.contents, declarations.path).toBe(declarationsOf(await formatFile(source)));
      }
    }, 120_000);
  });
}

checkProduct('the committed spec', () => path.join(repoRoot, 'spec', 'cs-2015-12-15'), true);
checkProduct('the hostile fixture', () => path.join(repoRoot, 'test', 'fixtures', 'hostile', 'hostile-2020-01-01'), false);

describe('the whole CS product (import --all of the committed metadata, both vintages merged)', () => {
  let tmp: string;
  beforeAll(async () => {
    tmp = await makeTempDir('ts-printer-');
    execFileSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'generator/import/cli.ts'), '--from', METADATA, '--all', '--out', tmp], { cwd: repoRoot });
  }, 120_000);
  afterAll(async () => {
    await removeDir(tmp);
  });
  checkProduct('134 operations', () => path.join(tmp, 'cs-2015-12-15'), true);
});

describe('the direct printer', () => {
  it('uses the values of ts-morph’s own enums', () => {
    for (const [name, value] of Object.entries(StructureKind)) expect(value, name).toBe(morph.StructureKind[name as keyof typeof morph.StructureKind]);
    expect(VariableDeclarationKind.Const).toBe(morph.VariableDeclarationKind.Const);
    expect(Scope.Public).toBe(morph.Scope.Public);
  });

  it('breaks a long call, a long guarded statement and a long union as prettier does', async () => {
    const long = 'x'.repeat(60);
    const file = tsFile('src/a.ts', {
      statements: [
        { kind: StructureKind.TypeAlias, isExported: true, name: 'Letters', type: ['"a"', '"b"', `"${long}"`, `"${long}"`].join(' | ') },
        {
          kind: StructureKind.Function,
          name: 'f',
          parameters: [{ name: 'value', type: 'unknown' }],
          returnType: 'string',
          statements: [`if (value === "${long}") return String(value, "${long}", 'one more argument');`, `return JSON.stringify(value, "${long}", "${long}");`],
        },
      ],
    });
    expect(file.unformatted).toBeUndefined();
    expect(await prettier(file.contents)).toBe(file.contents);
  });

  it('falls back to ts-morph and prettier for what it does not print itself', async () => {
    const file = tsFile('src/b.ts', {
      statements: [{ kind: morph.StructureKind.Enum, name: 'Color', isExported: true, members: [{ name: 'Red' }, { name: 'Green' }] }],
    });
    expect(file.unformatted).toBe(true);
    const formatted = await formatFile(file);
    expect(formatted.unformatted).toBeUndefined();
    expect(formatted.contents).toBe(await prettier(formatted.contents));
    expect(formatted.contents).toContain('export enum Color {');
  });
});
