/**
 * esbuild bundles the sources without their doc comments (generator/emit/transpile.ts), so that editing an
 * operation's description reuses the cached bundles. Removing them must never touch code: on every source of the
 * committed package (generated and hand-written), the code tokens are the same with and without them, and every
 * `/**` block that had the shape of one is gone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutDocComments } from '../../generator/emit/transpile.ts';
import { tokenize } from '../../generator/ts-scan.ts';
import { repoRoot } from '../support/generate.ts';

const codeTokens = (text: string): string[] => tokenize(text).map((t) => text.slice(t.start, t.end));

describe('the sources esbuild bundles', () => {
  const folder = path.join(repoRoot, 'generated', 'cs-2015-12-15', 'src');
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));

  it('keep every code token of every source and drop its doc comments', () => {
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const code = withoutDocComments(text);
      expect(codeTokens(code), file).toEqual(codeTokens(text));
      expect(code.split('\n').filter((line) => line.trim().startsWith('/**')), file).toEqual([]);
    }
  });

  it('keep what is not a doc comment on lines of its own, and pure annotations', () => {
    const text = [
      'const a = /* @__PURE__ */ f();',
      '/** @__PURE__ */',
      'const s = `',
      '/** inside a template: kept, the block has no closing line of its own */`;',
      'const t = 1; /** after code */',
      '/**',
      ' * A doc.',
      ' */',
      'export function g(): void {}',
    ].join('\n');
    expect(withoutDocComments(text)).toBe(
      ['const a = /* @__PURE__ */ f();', '/** @__PURE__ */', 'const s = `', '/** inside a template: kept, the block has no closing line of its own */`;', 'const t = 1; /** after code */', 'export function g(): void {}'].join('\n'),
    );
  });
});
