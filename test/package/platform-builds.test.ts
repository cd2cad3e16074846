/** The generator's platform builds: what each entry exports, and the browser build's refusal of `node:` imports. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { transpileSources } from '../../generator/emit/transpile.ts';
import { repoRoot } from '../support/generate.ts';

const packageDir = path.join(repoRoot, 'generated', 'cs-2015-12-15');
const NODE_SPECIFIER = /["'`]node:[a-z_/]+["'`]/g;

describe('the generated package builds', () => {
  it('browser build: no node: import and no Node transport; Node builds: both', async () => {
    const browser = await readFile(path.join(packageDir, 'dist', 'index.browser.js'), 'utf8');
    const esm = await readFile(path.join(packageDir, 'dist', 'index.js'), 'utf8');
    const cjs = await readFile(path.join(packageDir, 'dist', 'cjs', 'index.js'), 'utf8');
    expect(browser.match(NODE_SPECIFIER) ?? []).toEqual([]);
    expect(browser.includes('createNodeTransport')).toBe(false);
    expect(esm.match(NODE_SPECIFIER)).toEqual(expect.arrayContaining(['"node:http"', '"node:crypto"']));
    expect(esm).toMatch(/export \{[^}]*\bcreateNodeTransport\b/);
    expect(cjs.match(NODE_SPECIFIER)).toEqual(expect.arrayContaining(['"node:http"', '"node:crypto"']));
    expect(cjs).toContain('module.exports = __toCommonJS(');
  });

  it('package.json sends browsers, workers and edge runtimes to the browser build and Node to the Node builds', async () => {
    const manifest = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8'));
    const root = manifest.exports['.'];
    for (const condition of ['browser', 'worker', 'workerd', 'edge-light', 'default']) {
      expect(root[condition]).toEqual({ types: './dist/index.d.ts', default: './dist/index.browser.js' });
    }
    expect(root.node).toEqual({
      import: { types: './dist/index.node.d.ts', default: './dist/index.js' },
      require: { types: './dist/cjs/index.node.d.ts', default: './dist/cjs/index.js' },
    });
    expect(Object.keys(root).at(-1)).toBe('default');
    expect(manifest.files).not.toContain('src');
  });
});

describe('the browser build', () => {
  it('refuses Node-only code that is reachable from the universal entry, naming the module', async () => {
    const sources = [
      { path: 'src/index.ts', contents: "export { home } from './paths.js';\n" },
      { path: 'src/paths.ts', contents: "import { homedir } from 'node:os';\nexport const home = (): string => homedir();\n" },
    ];
    await expect(transpileSources(sources)).rejects.toThrow(/browser build \(dist\/index\.browser\.js\) still imports node:os/);
  });

  it('accepts Node-only code behind the platform constant or exported by the Node entry only', async () => {
    const sources = [
      { path: 'src/index.ts', contents: "export { tmp } from './paths.js';\n" },
      {
        path: 'src/paths.ts',
        contents:
          "export const tmp = (): Promise<string> =>\n  typeof __CS_RUNTIME_PLATFORM__ === 'string' ? (__CS_RUNTIME_PLATFORM__ === 'node' ? import('node:os').then((os) => os.tmpdir()) : Promise.resolve('/tmp')) : Promise.resolve('/tmp');\ndeclare global { var __CS_RUNTIME_PLATFORM__: 'node' | 'web' | undefined; }\n",
      },
      { path: 'src/index.node.ts', contents: "export * from './index.js';\nexport { hostname } from 'node:os';\n" },
    ];
    const files = await transpileSources(sources);
    const browser = files.find((f) => f.path === 'dist/index.browser.js')!.contents;
    const node = files.find((f) => f.path === 'dist/index.js')!.contents;
    expect(browser.match(NODE_SPECIFIER) ?? []).toEqual([]);
    expect(node.match(NODE_SPECIFIER)).toEqual(['"node:os"', '"node:os"']);
  });
});
