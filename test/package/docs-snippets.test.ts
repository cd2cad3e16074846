/**
 * The TypeScript in the package's docs compiles against the package: every `ts` block of every docs page (the
 * request syntax, each sample request, each waiter and paginator example), type-checked by tsc under strict settings
 * with the package resolved by its name, as a user's project would. (The package README's blocks are fragments that
 * name the reader's own variables, and are not checked.)
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { repoRoot } from '../support/generate.ts';

const run = promisify(execFile);
const packageDir = path.join(repoRoot, 'generated', 'cs-2015-12-15');
const { name: packageName } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as { name: string };

/** The `ts` blocks of a Markdown page. */
function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

/**
 * A snippet as a module of its own: a complete example as it is; a sample request (`await client.x(…)`) with the
 * client declared; the request syntax with `request` declared of the type its comment names.
 */
function asModule(snippet: string): string {
  const declared = /\/\/ request: (\w+), result: (\w+)/.exec(snippet);
  if (declared) return `import type { ${declared[1]} } from '${packageName}';\ndeclare const request: ${declared[1]};\n${snippet}\nexport {};\n`;
  if (snippet.startsWith('import ')) return `${snippet}\nexport {};\n`;
  return `import type { CsClient } from '${packageName}';\ndeclare const client: CsClient;\n${snippet}\nexport {};\n`;
}

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('every TypeScript block of the docs pages type-checks against the package (strict)', async () => {
  dir = await mkdtemp(path.join(repoRoot, 'node_modules', '.docs-snippets-'));
  const pages = (await readdir(path.join(packageDir, 'docs'))).filter((f) => f.endsWith('.md')).sort().map((f) => path.join('docs', f));
  const files: string[] = [];
  for (const page of pages) {
    const blocks = tsBlocks(await readFile(path.join(packageDir, page), 'utf8'));
    for (const [i, block] of blocks.entries()) {
      const file = `${path.basename(page, '.md')}.${i}.mts`;
      await writeFile(path.join(dir, file), asModule(block));
      files.push(file);
    }
  }
  // A request-syntax block, a sample request and a response per operation page at least.
  expect(files.length).toBeGreaterThan(2 * 134);
  const compilerOptions = { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom'], types: [], strict: true, noEmit: true, skipLibCheck: true };
  await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }));
  const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const output = await run(process.execPath, [tsc, '-p', dir], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }).then(
    () => '',
    (error: { stdout?: string }) => error.stdout || String(error),
  );
  expect(output).toBe('');
}, 120_000);
