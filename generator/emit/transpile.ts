import path from 'node:path';
import { build, version as esbuildVersion, type Plugin } from 'esbuild';
import { createRequire } from 'node:module';
import type { ts } from 'ts-morph';
import { cacheEnabled, readCache, sha256, writeCache } from '../cache.ts';
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
 * `dist/`: one bundled module per platform and format (one file loads faster than a graph of modules, and bundlers
 * still tree-shake it), plus declarations for every `src/**.ts`, file by file (no type-checking program needed: the
 * generated sources and the runtime are written for isolatedDeclarations).
 *
 * - `dist/index.js`: ES module for Node (`src/index.node.ts`: node:http transport, node:crypto signing);
 * - `dist/cjs/index.js`: the same as CommonJS, for `require`; `dist/cjs/` holds a copy of the declarations, which
 *   TypeScript reads as CommonJS there (`dist/cjs/package.json` says so);
 * - `dist/index.browser.js`: ES module for browsers, workers and edge runtimes (`src/index.ts`: fetch, WebCrypto),
 *   with no `node:` import left.
 */
export async function transpileSources(files: GeneratedFile[]): Promise<GeneratedFile[]> {
  const sources = files.filter((f) => f.path.startsWith('src/') && f.path.endsWith('.ts'));
  if (!sources.some((f) => f.path === 'src/index.ts')) return [];
  const nodeEntry = sources.some((f) => f.path === 'src/index.node.ts') ? '/src/index.node.ts' : '/src/index.ts';
  const code = sources.map((f) => ({ path: f.path, contents: withoutDocComments(f.contents) }));
  // An emitter may write the declarations of its module itself; the others are derived from the source.
  const derived = sources
    .map((f) => ({ source: f, path: `dist/${f.path.slice('src/'.length, -'.ts'.length)}.d.ts` }))
    .filter(({ path: target }) => !files.some((f) => f.path === target))
    .map(({ source, path: target }) => ({ path: target, contents: declarationsOf(source) }));
  const declarations = [...files.filter((f) => f.path.startsWith('dist/') && f.path.endsWith('.d.ts')), ...derived];
  // Every build at once: esbuild runs them in parallel. The mock's entry shares the builds of the Node entry.
  const mockEntry = sources.some((f) => f.path === 'src/mock/index.ts') ? '/src/mock/index.ts' : undefined;
  const [[node, mockEsm], [web], [cjs, mockCjs]] = await Promise.all([
    bundleCached(code, { entries: [nodeEntry, mockEntry], platform: 'node', format: 'esm' }),
    bundleCached(code, { entries: ['/src/index.ts'], platform: 'web', format: 'esm' }),
    bundleCached(code, { entries: [nodeEntry, mockEntry], platform: 'node', format: 'cjs' }),
  ]);
  const mock =
    mockEsm === undefined || mockCjs === undefined
      ? []
      : [
          { path: 'dist/mock/index.js', contents: mockEsm },
          { path: 'dist/cjs/mock/index.js', contents: mockCjs },
        ];
  return [
    { path: 'dist/index.js', contents: node! },
    { path: 'dist/index.browser.js', contents: web! },
    { path: 'dist/cjs/index.js', contents: cjs! },
    { path: 'dist/cjs/package.json', contents: '{\n  "type": "commonjs"\n}\n' },
    ...mock,
    ...derived,
    ...declarations.map((d) => ({ path: `dist/cjs/${d.path.slice('dist/'.length)}`, contents: d.contents })),
  ];
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

interface BundleTarget {
  /**
   * Entry modules among the in-memory sources, e.g. `/src/index.ts`, each bundled on its own (one output each, in
   * order; an undefined entry gives an undefined output). One build for several entries parses the sources once.
   */
  entries: (string | undefined)[];
  platform: Platform;
  format: 'esm' | 'cjs';
}

/**
 * A source as esbuild gets it: without its doc comments (`/** … *\/` blocks on lines of their own, as the printer and
 * prettier write them). esbuild would keep those inside classes and object literals, so that the bundles changed
 * with every edit of a description; the declarations carry the docs. A block that does not have that shape is left
 * in place (the text is then bundled as it is).
 */
export function withoutDocComments(text: string): string {
  if (!text.includes('/**')) return text;
  const lines = text.split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line.startsWith('/**') || /__PURE__|__NO_SIDE_EFFECTS__/.test(line)) {
      kept.push(lines[i]!);
      continue;
    }
    if (line.endsWith('*/') && line.indexOf('*/') === line.length - 2) continue;
    let end = i + 1;
    while (end < lines.length && /^\*(?!\/)/.test(lines[end]!.trim()) && !lines[end]!.includes('*/') && !/__PURE__|__NO_SIDE_EFFECTS__/.test(lines[end]!)) end++;
    if (end < lines.length && lines[end]!.trim() === '*/' && !line.slice(3).includes('*/')) {
      i = end;
      continue;
    }
    kept.push(lines[i]!);
  }
  return kept.join('\n');
}

async function bundleCached(sources: GeneratedFile[], target: BundleTarget): Promise<(string | undefined)[]> {
  const entries = target.entries.filter((e): e is string => e !== undefined);
  const key = cacheEnabled() ? bundleKey(sources, entries, target) : undefined;
  const cached = key === undefined ? undefined : readCache('bundle', key);
  let outputs: string[] | undefined;
  try {
    outputs = cached === undefined ? undefined : (JSON.parse(cached) as string[]);
  } catch {
    outputs = undefined;
  }
  if (outputs === undefined) {
    outputs = await bundle(sources, { ...target, entries });
    if (key !== undefined) writeCache('bundle', key, JSON.stringify(outputs));
  }
  let next = 0;
  return target.entries.map((e) => (e === undefined ? undefined : outputs[next++]));
}

/** The cache key of a bundle: its options and every source as esbuild gets it. */
function bundleKey(sources: GeneratedFile[], entries: string[], target: BundleTarget): string {
  return sha256(`esbuild@${esbuildVersion}`, ...entries, target.platform, target.format, ...sources.flatMap((f) => [f.path, f.contents]));
}

/**
 * esbuild over the in-memory sources: `./x.js` imports resolve to `x.ts` among them, `node:*` stays external. The web
 * build folds `__CS_RUNTIME_PLATFORM__` conditions (minifySyntax) so that Node-only branches and their lazy
 * `import('node:…')` disappear, and fails when any `node:` import is left: a browser bundler could not resolve it.
 */
async function bundle(sources: GeneratedFile[], { entries, platform, format }: { entries: string[]; platform: Platform; format: 'esm' | 'cjs' }): Promise<string[]> {
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
    // One output folder per entry (`/out/0/index.js`, …): the entries' names may clash, and the CommonJS exports
    // object is named after the output file, as in a build of that entry alone.
    entryPoints: entries.map((entry, i) => ({ in: entry, out: `${i}/${path.posix.basename(entry, '.ts')}` })),
    outdir: '/out',
    bundle: true,
    write: false,
    // Only the browser build's imports are checked.
    metafile: platform === 'web',
    format,
    // `node` lets esbuild annotate the CommonJS exports so that Node can also name them when an ES module imports it.
    platform: format === 'cjs' ? 'node' : 'neutral',
    target: 'es2022',
    minifySyntax: platform === 'web',
    legalComments: 'none',
    define: { __CS_RUNTIME_PLATFORM__: JSON.stringify(platform) },
    logLevel: 'silent',
    plugins: [memory],
  });
  if (platform === 'web') {
    const nodeImports = Object.values(result.metafile!.outputs).flatMap((output) => output.imports.map((i) => i.path).filter((p) => p.startsWith('node:')));
    if (nodeImports.length > 0) {
      throw new Error(
        `The browser build (dist/index.browser.js) still imports ${[...new Set(nodeImports)].join(', ')}: ` +
          'Node-only code must be exported from src/runtime/node.ts or sit behind a __CS_RUNTIME_PLATFORM__ condition',
      );
    }
  }
  const outputs = new Map(result.outputFiles.map((f) => [f.path, f.text]));
  return entries.map((entry, i) => outputs.get(`/out/${i}/${path.posix.basename(entry, '.ts')}.js`) ?? '');
}
