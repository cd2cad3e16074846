/**
 * The TypeScript in the docs compiles against the package: every `ts` block of this project's README, of the
 * package's README and of every docs page (the request syntax, each sample request, each waiter and paginator
 * example), type-checked by tsc under strict settings with the package resolved by its name, as a user's project
 * would. Fragments may use the reader's
 * own `client`, `request` and `input` without defining them; nothing else.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { packageDir } from '../../dev/spec-operations.ts';
import { repoRoot } from '../support/generate.ts';
import { run } from '../support/packed.ts';

const { name: packageName } = JSON.parse(await readFile(path.join(packageDir, 'package.json'), 'utf8')) as { name: string };

/** The `ts` blocks of a Markdown page. */
function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

/**
 * A snippet as a module of its own, with the reader's own variables it uses but does not define declared first:
 * `client` (the client), `request` (of the type `requestType`, or the one a `// request: X` comment names) and
 * `input` (anything). The imports stay first.
 */
function asModule(snippet: string, requestType: string): string {
  const named = /\/\/ request: (\w+)/.exec(snippet)?.[1] ?? requestType;
  const free: Record<string, string> = { client: 'CsClient', request: named, input: 'unknown' };
  const uses = (name: string): boolean => new RegExp(`\\b${name}\\b`).test(snippet) && !new RegExp(`\\bconst ${name}\\b`).test(snippet);
  const missing = Object.entries(free).filter(([name]) => uses(name));
  const types = [...new Set(missing.map(([, type]) => type).filter((type) => type !== 'unknown'))];
  const lines = snippet.split('\n');
  const imports = lines.filter((line) => line.startsWith('import '));
  const body = lines.filter((line) => !line.startsWith('import '));
  return [
    ...imports,
    ...(types.length > 0 ? [`import type { ${types.join(', ')} } from '${packageName}';`] : []),
    ...missing.map(([name, type]) => `declare const ${name}: ${type};`),
    ...body,
    'export {};',
    '',
  ].join('\n');
}

let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

it('every TypeScript block of the READMEs and the docs pages type-checks against the package (strict)', async () => {
  dir = await mkdtemp(path.join(repoRoot, 'node_modules', '.docs-snippets-'));
  const readme = await readFile(path.join(packageDir, 'README.md'), 'utf8');
  // The README's examples call one operation, and name its request type once.
  const requestType = /\/\/ request: (\w+)/.exec(readme)?.[1];
  expect(requestType).toBeDefined();
  const pages = (await readdir(path.join(packageDir, 'docs'))).filter((f) => f.endsWith('.md')).sort();
  const sources: [string, string][] = [
    ['project-README', await readFile(path.join(repoRoot, 'README.md'), 'utf8')],
    ['README', readme],
    ...(await Promise.all(
      pages.map(async (page): Promise<[string, string]> => [path.basename(page, '.md'), await readFile(path.join(packageDir, 'docs', page), 'utf8')]),
    )),
  ];
  const files: string[] = [];
  for (const [name, markdown] of sources) {
    const blocks = tsBlocks(markdown);
    for (const [i, block] of blocks.entries()) {
      const file = `${name}.${i}.mts`;
      await writeFile(path.join(dir, file), asModule(block, requestType!));
      files.push(file);
    }
  }
  // A request-syntax block and a sample request per operation page at least.
  expect(files.length).toBeGreaterThan(2 * 134);
  const compilerOptions = {
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    lib: ['es2022', 'dom'],
    types: ['node'],
    typeRoots: [path.join(repoRoot, 'node_modules', '@types')],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  };
  await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }));
  const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const output = await run(process.execPath, [tsc, '-p', dir], { cwd: dir, maxBuffer: 64 * 1024 * 1024 }).then(
    () => '',
    (error: { stdout?: string }) => error.stdout || String(error),
  );
  expect(output).toBe('');
}, 120_000);
