import { readFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'prettier';
import { ts } from 'ts-morph';
import { expect, it } from 'vitest';
import { PRETTIER_OPTIONS } from '../../generator/emit/format.ts';

const pkg = path.resolve(import.meta.dirname, '..', '..', 'generated', 'cs-2015-12-15');

// dist/validators.d.ts is written by the validators emitter instead of being derived from the (large) source:
// it must say exactly what TypeScript would derive.
it('the hand-written validator declarations equal what TypeScript derives from the source', async () => {
  const source = readFileSync(path.join(pkg, 'src', 'validators.ts'), 'utf8');
  const derived = ts.transpileDeclaration(source, {
    compilerOptions: { declaration: true, isolatedDeclarations: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    fileName: 'validators.ts',
  }).outputText;
  const written = readFileSync(path.join(pkg, 'dist', 'validators.d.ts'), 'utf8');
  // Equal up to layout: comments on their own lines, blank lines and `import { type X }` vs `import type { X }`.
  const normalize = async (text: string): Promise<string> =>
    (await format(text.replace(/^\/\/.*\n/gm, '').replace(/import \{ type (\w+) \}/g, 'import type { $1 }'), { ...PRETTIER_OPTIONS, parser: 'typescript' }))
      .replace(/\n{2,}/g, '\n');
  expect(await normalize(written)).toBe(await normalize(derived));
});
