import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { readApiDocs } from '../../generator/import/api-docs.ts';
import { importApiDocs, renderDocuments } from '../../generator/import/import.ts';
import { expectedDir, miniFile } from './support/fixtures.ts';
import { mergeDocuments, readSpecFolder, unresolvedRefs } from './support/spec-folder.ts';

// Regenerate the expected files with: UPDATE_GOLDEN=1 npx vitest run test/import/golden.test.ts
const update = process.env['UPDATE_GOLDEN'] === '1';

describe('golden: mini.api-docs.json → expected/', () => {
  const result = importApiDocs(readApiDocs(miniFile), { file: miniFile });
  const files = renderDocuments(result.documents);
  const folder = path.join(expectedDir, result.folder);

  if (update) {
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    for (const [name, text] of files) writeFileSync(path.join(folder, name), text);
  }

  it('produces exactly the expected file set', () => {
    expect(result.folder).toBe('mini-2020-01-01');
    expect([...files.keys()].sort()).toEqual(readdirSync(folder).sort());
  });

  for (const [name, text] of files) {
    it(`matches expected/${result.folder}/${name}`, () => {
      expect(text).toBe(readFileSync(path.join(folder, name), 'utf8'));
    });
  }

  it('the expected files merge into a valid OpenAPI 3.1 document whose refs all resolve', async () => {
    const merged = mergeDocuments(readSpecFolder(folder));
    const validator = new Validator();
    const verdict = await validator.validate(merged);
    expect(verdict.errors).toBeUndefined();
    expect(verdict.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(unresolvedRefs(merged)).toEqual([]);
  });

  it('the validator used above does reject a broken document (sanity check)', async () => {
    const merged = mergeDocuments(readSpecFolder(folder));
    const paths = merged['paths'] as Record<string, Record<string, { parameters: { in: string }[] }>>;
    paths['/widgets/{WidgetId}']!['post']!.parameters[0]!.in = 'body';
    const verdict = await new Validator().validate(merged);
    expect(verdict.valid).toBe(false);
  });

  it('is deterministic: a second run renders byte-identical files', () => {
    const again = renderDocuments(importApiDocs(readApiDocs(miniFile), { file: miniFile }).documents);
    expect([...again]).toEqual([...files]);
  });

  it('carries no Alibaba prose by default (no CJK text anywhere)', () => {
    for (const [name, text] of files) expect(text, name).not.toMatch(/[\u3400-\u9fff]/);
  });
});
