import { ts } from 'ts-morph';
import type { GeneratedFile } from './types.ts';

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  declaration: true,
  isolatedDeclarations: true,
  removeComments: false,
  newLine: ts.NewLineKind.LineFeed,
};

/**
 * `dist/`: JavaScript and declarations for every `src/**.ts`, file by file (no type-checking program needed:
 * the generated sources and the runtime are written so that each file can be compiled on its own).
 */
export function transpileSources(files: GeneratedFile[]): GeneratedFile[] {
  return files
    .filter((f) => f.path.startsWith('src/') && f.path.endsWith('.ts'))
    .flatMap((f) => {
      const base = `dist/${f.path.slice('src/'.length, -'.ts'.length)}`;
      const js = ts.transpileModule(f.contents, { compilerOptions: COMPILER_OPTIONS, fileName: f.path }).outputText;
      const dts = ts.transpileDeclaration(f.contents, { compilerOptions: COMPILER_OPTIONS, fileName: f.path }).outputText;
      return [
        { path: `${base}.js`, contents: js },
        { path: `${base}.d.ts`, contents: dts },
      ];
    });
}
