import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { PRETTIER_OPTIONS } from '../generator/emit/format.ts';
import { cell } from '../generator/emit/markdown.ts';
import { displayWidth, markdownTable } from '../generator/emit/markdown-table.ts';

const generated = process.env.CHECK_GENERATED_DIR ?? path.resolve(import.meta.dirname, '..', 'generated');

function filesUnder(folder: string, extensions: string[]): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => extensions.some((e) => f.endsWith(e)) && !f.includes('node_modules'))
    .map((f) => path.join(folder, f))
    .sort();
}

// Markdown is written pre-formatted (no prettier pass at generation time); prove prettier agrees.
describe('generated Markdown is prettier-formatted', () => {
  const files = filesUnder(generated, ['.md']);

  it('finds the files to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files.map((f) => [path.relative(generated, f), f]))('%s', async (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(await format(text, { ...PRETTIER_OPTIONS, parser: 'markdown' })).toBe(text);
  });
});

// TypeScript is printed in prettier's layout directly (generator/emit/ts-printer.ts); prove prettier agrees on every
// source of the package and on the declarations the validators emitter writes (the other declarations are
// TypeScript's own layout: test/emit/ts-printer.test.ts compares them with what TypeScript derives).
describe('generated TypeScript is prettier-formatted', () => {
  const files = filesUnder(generated, ['.ts']).filter((f) => /[\\/]src[\\/]/.test(f) || f.endsWith(`dist${path.sep}validators.d.ts`));

  it('finds the files to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(files.map((f) => [path.relative(generated, f), f]))('%s', async (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(await format(text, { ...PRETTIER_OPTIONS, parser: 'typescript' })).toBe(text);
  });
});

describe('generated JSON is canonical', () => {
  it.each(filesUnder(generated, ['.json']).map((f) => [path.relative(generated, f), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(JSON.stringify(JSON.parse(text), null, 2) + '\n').toBe(text);
  });
});

describe('markdownTable', () => {
  it('pads columns by display width, as prettier does, including wide and combining characters', async () => {
    const table = markdownTable(['名前', 'Type'], [['ñ', 'a\u0301b'], [cell('`x|y`'), '日本語テキスト']]);
    expect(await format(table + '\n', { ...PRETTIER_OPTIONS, parser: 'markdown' })).toBe(table + '\n');
  });

  it('prints runs of spaces in a cell as one, as prettier does (an example of indented JSON)', async () => {
    const table = markdownTable(['Example'], [[cell('{\n  "a":   1}')]]);
    expect(await format(table + '\n', { ...PRETTIER_OPTIONS, parser: 'markdown' })).toBe(table + '\n');
  });

  it('counts wide characters twice and combining marks not at all', () => {
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('abc')).toBe(3);
  });
});
