/**
 * The names check takes a printed module's facts from the structure it was printed from
 * (generator/emit/structure-facts.ts) rather than scanning its text. On every module the emitters print for the
 * committed spec and for the hostile fixture, those facts are exactly what the scanner reads from the text (which
 * test/emit/ts-scan.test.ts holds to TypeScript's reading).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLUGINS } from '../../generator/emit/index.ts';
import { emitPackage } from '../../generator/emit/run-plugins.ts';
import { normalize } from '../../generator/ir/normalize.ts';
import type { JsonValue } from '../../generator/ir/types.ts';
import { loadSpecFolder } from '../../generator/load/index.ts';
import { scanModule, takeKnownFacts } from '../../generator/ts-scan.ts';
import { repoRoot } from '../support/generate.ts';

describe.each([
  ['the committed spec', path.join(repoRoot, 'spec', 'cs-2015-12-15'), 7],
  ['the hostile fixture', path.join(repoRoot, 'test', 'fixtures', 'hostile', 'hostile-2020-01-01'), 3],
])('facts from structures: %s', (_name, folder, printedModules) => {
  it('equal what the scanner reads from each printed module', async () => {
    const merged = await loadSpecFolder(folder);
    const service = normalize(merged.document, merged);
    const emitted = emitPackage(PLUGINS, { service, bundled: merged.document as JsonValue }, merged);
    const modules = emitted.filter((f) => f.path.endsWith('.ts') && !f.path.endsWith('.d.ts'));
    let fromStructures = 0;
    for (const file of modules) {
      const known = takeKnownFacts(file.contents);
      if (known === undefined) continue;
      fromStructures++;
      expect(known, file.path).toEqual(scanModule(file.contents));
    }
    expect(fromStructures).toBeGreaterThanOrEqual(printedModules);
  }, 60_000);
});
