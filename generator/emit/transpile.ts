import path from 'node:path';
import { build, version as esbuildVersion, type Plugin } from 'esbuild';
import { createRequire } from 'node:module';
import type { ts } from 'ts-morph';
import { readCache, sha256, writeCache } from '../cache.ts';
import type { GeneratedFile } from './types.ts';

/** The TypeScript compiler, loaded only when a declaration file has to be derived (emitters write most themselves). */
function typescript(): typeof ts {
  return (createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph')).ts;
}

function compilerOptions(): ts.CompilerOptions {
  const { ScriptTarget, ModuleKind, NewLineKind } = typescript();
  return {
    target: ScriptTarget.ES2022,
    module: ModuleKind.ESNext,
    declaration: true,
    isolatedDeclarations: true,
    removeComments: false,
    newLine: NewLineKind.LineFeed,
  };
}

/**
 * `dist/`: one bundled ES module, `dist/index.js` (one file loads faster than a graph of modules, and bundlers
 * still tree-shake it), plus declarations for every `src/**.ts`, file by file (no type-checking program needed:
 * the generated sources and the runtime are written for isolatedDeclarations).
 */
export async function transpileSources(files: GeneratedFile[]): Promise<GeneratedFile[]> {
  const sources = files.filter((f) => f.path.startsWith('src/') && f.path.endsWith('.ts'));
  if (!sources.some((f) => f.path === 'src/index.ts')) return [];
  // An emitter may write the declarations of its module itself; the others are derived from the source.
  const declarations = sources
    .map((f) => ({ source: f, path: `dist/${f.path.slice('src/'.length, -'.ts'.length)}.d.ts` }))
    .filter(({ path: target }) => !files.some((f) => f.path === target))
    .map(({ source, path: target }) => ({ path: target, contents: declarationsOf(source) }));
  // Both builds at once: esbuild runs them in parallel.
  const [node, web] = await Promise.all([bundleCached(sources, 'node'), bundleCached(sources, 'web')]);
  return [{ path: 'dist/index.js', contents: node }, { path: 'dist/index.browser.js', contents: web }, ...declarations];
}

export function declarationsOf(file: GeneratedFile): string {
  const ts = typescript();
  const key = sha256(`typescript@${ts.version}`, file.path, file.contents);
  const cached = readCache('declarations', key);
  if (cached !== undefined) return cached;
  const dts = ts.transpileDeclaration(file.contents, { compilerOptions: compilerOptions(), fileName: file.path }).outputText;
  writeCache('declarations', key, dts);
  return dts;
}

/** `node` keeps the node:http transport and node:crypto signing; `web` keeps fetch and WebCrypto. */
type Platform = 'node' | 'web';

async function bundleCached(sources: GeneratedFile[], platform: Platform): Promise<string> {
  const key = sha256(`esbuild@${esbuildVersion}`, platform, ...sources.flatMap((f) => [f.path, f.contents]));
  const cached = readCache('bundle', key);
  if (cached !== undefined) return cached;
  const code = await bundle(sources, platform);
  writeCache('bundle', key, code);
  return code;
}

/** esbuild over the in-memory sources: `./x.js` imports resolve to `x.ts` among them, `node:*` stays external. */
async function bundle(sources: GeneratedFile[], platform: Platform): Promise<string> {
  const byPath = new Map(sources.map((f) => [`/${f.path}`, f.contents]));
  const memory: Plugin = {
    name: 'generated-sources',
    setup(build) {
      build.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, external: true }));
      build.onResolve({ filter: /.*/ }, (args) => {
        const resolved = path.posix.join(args.importer ? path.posix.dirname(args.importer) : '/', args.path).replace(/\.js$/, '.ts');
        if (!byPath.has(resolved)) return { errors: [{ text: `generated import not found: ${args.path}` }] };
        return { path: resolved, namespace: 'generated' };
      });
      build.onLoad({ filter: /.*/, namespace: 'generated' }, (args) => ({ contents: byPath.get(args.path)!, loader: 'ts' }));
    },
  };
  const result = await build({
    entryPoints: ['/src/index.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    legalComments: 'none',
    define: { __CS_RUNTIME_PLATFORM__: JSON.stringify(platform) },
    logLevel: 'silent',
    plugins: [memory],
  });
  return result.outputFiles[0]!.text;
}
