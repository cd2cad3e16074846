import { transformSync, version as esbuildVersion } from 'esbuild';
import { ts } from 'ts-morph';
import { readCache, sha256, writeCache } from '../cache.ts';
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
 * the generated sources and the runtime are written so that each file can be compiled on its own, with
 * isolatedDeclarations). JavaScript comes from esbuild, declarations from TypeScript.
 */
export function transpileSources(files: GeneratedFile[]): GeneratedFile[] {
  return files
    .filter((f) => f.path.startsWith('src/') && f.path.endsWith('.ts'))
    .flatMap((f) => {
      const base = `dist/${f.path.slice('src/'.length, -'.ts'.length)}`;
      const { js, dts } = transpileCached(f);
      return [
        { path: `${base}.js`, contents: js },
        { path: `${base}.d.ts`, contents: dts },
      ];
    });
}

function transpileCached(file: GeneratedFile): { js: string; dts: string } {
  const key = sha256(`typescript@${ts.version}`, `esbuild@${esbuildVersion}`, file.path, file.contents);
  const cached = readCache('transpile', key);
  if (cached !== undefined) return JSON.parse(cached) as { js: string; dts: string };
  // esbuild strips types in milliseconds where ts.transpileModule takes seconds on the large validator files.
  const js = transformSync(file.contents, { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: file.path }).code;
  const dts = ts.transpileDeclaration(file.contents, { compilerOptions: COMPILER_OPTIONS, fileName: file.path }).outputText;
  writeCache('transpile', key, JSON.stringify({ js, dts }));
  return { js, dts };
}
