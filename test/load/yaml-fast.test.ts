/**
 * Spec files are read with js-yaml (generator/load/yaml-fast.ts), the `yaml` library taking over for whatever
 * js-yaml refuses, and for errors and lines. The library stays the authority: on every YAML file of the repository
 * (spec, overlays, fixtures — the invalid ones of the bad-spec corpus among them), on the whole imported product and
 * on random documents written in many styles, js-yaml gives the library's data or declines; it never accepts a
 * document the library refuses.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseDocument, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseYamlFast } from '../../generator/load/yaml-fast.ts';
import { makeTempDir, removeDir, repoRoot } from '../support/generate.ts';

/** What the loader gets from the library (read-spec-files.ts), or undefined when the library reports an error. */
function library(text: string): { data: unknown } | undefined {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, strict: true });
  if (doc.errors.length > 0) return undefined;
  try {
    return { data: doc.toJS({ maxAliasCount: 1000 }) };
  } catch {
    return undefined;
  }
}

function yamlFilesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function expectSameOrDeclined(text: string, label: string): boolean {
  const fast = parseYamlFast(text);
  if (fast === undefined) return false;
  const expected = library(text);
  expect(expected, `${label}: the library refuses what the reader accepted`).toBeDefined();
  expect(fast, label).toEqual(expected!.data);
  return true;
}

describe('reading spec YAML with js-yaml', () => {
  let imported: string;
  beforeAll(async () => {
    imported = await makeTempDir('yaml-fast-');
    execFileSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'generator/import/cli.ts'), '--from', path.join(repoRoot, 'metadata/cs-2015-12-15'), '--all', '--out', imported], { cwd: repoRoot });
  }, 120_000);
  afterAll(async () => {
    await removeDir(imported);
  });

  it('reads every file of the imported product as the library does (and declines none of them)', () => {
    const files = yamlFilesUnder(imported);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expect(expectSameOrDeclined(readFileSync(file, 'utf8'), file), file).toBe(true);
  });

  it('reads the spec, overlays and fixtures as the library does, or declines', () => {
    const files = [...yamlFilesUnder(path.join(repoRoot, 'spec')), ...yamlFilesUnder(path.join(repoRoot, 'test', 'fixtures'))];
    let read = 0;
    for (const file of files) if (expectSameOrDeclined(readFileSync(file, 'utf8'), path.relative(repoRoot, file))) read++;
    // Most files are read by js-yaml: every operation file of the committed spec, and the overlays without aliases.
    expect(read).toBeGreaterThan(files.length / 2);
    const withAliases = ['node-pool-family.overlay.yaml'];
    for (const file of yamlFilesUnder(path.join(repoRoot, 'spec', 'cs-2015-12-15')).filter((f) => !withAliases.includes(path.basename(f)))) {
      expect(parseYamlFast(readFileSync(file, 'utf8')), file).toBeDefined();
    }
  });

  it('reads random documents in every style the library writes, or declines', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('$ref', '200', 'true', 'null', 'a: b', '- x', '#c', ' padded ', 'x #y', '__proto__'));
    const scalar = fc.oneof(
      fc.string(),
      fc.constantFrom('', 'null', '~', 'True', 'FALSE', '0o17', '0x1F', '-0', '+5', '1e3', '.5', '-.inf', '.NaN', '1_000', '12:30', 'a\nb', 'a\n\nb\n', ' lead', 'trail ', "it's", 'say "hi"', '\\', '\t'),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    const document = fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 });
    const options = fc.record({
      lineWidth: fc.constantFrom(0, 20, 80),
      indentSeq: fc.boolean(),
      indent: fc.constantFrom(2, 4),
      defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
      defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE'),
      collectionStyle: fc.constantFrom('any', 'block', 'flow'),
      flowCollectionPadding: fc.boolean(),
    });
    let read = 0;
    fc.assert(
      fc.property(document, options, (data, opts) => {
        const text = stringify(data, opts as never);
        if (expectSameOrDeclined(text, text)) read++;
      }),
      { numRuns: 3000 },
    );
    // Declining is always allowed, so the comparison means something only if most documents are read (about 95%).
    expect(read).toBeGreaterThan(2000);
  });

  it('reads flow collections, comments and asterisks in text as the library does; declines aliases, duplicate keys and several documents', () => {
    for (const text of ['a: &x 1\n', 'a: {b: [1]}\n', 'a: [{b: 1}]\n', 'a: 1 # one\n', 'a: "x\n  y"\n', "a: 'masked ****'\n", 'a: x*y\n', 'a: id-****\n']) {
      expect(expectSameOrDeclined(text, text), text).toBe(true);
    }
    for (const text of ['a: &x 1\nb: *x\n', 'a: [*x]\n', '- *x\n', 'a: 1\na: 2\n', '---\na: 1\n', 'a: 1\n---\nb: 2\n', '\ufeffa: 1\n']) {
      expect(parseYamlFast(text), text).toBeUndefined();
    }
  });
});
