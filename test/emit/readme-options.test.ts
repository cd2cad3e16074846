/**
 * The generated README documents every client option, every call option and every error class the package exports:
 * read from the runtime's own source, so that an option or error added there without a row here fails this test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import * as pkg from '../../generated/cs-2015-12-15/src/index.ts';
import * as runtime from '../../generator/runtime/index.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const readme = readFileSync(path.join(root, 'generated', 'cs-2015-12-15', 'README.md'), 'utf8');
const project = new Project({ skipAddingFilesFromTsConfig: true });
const clientCore = project.addSourceFileAtPath(path.join(root, 'generator', 'runtime', 'client-core.ts'));

/** The first column of the first Markdown table after `afterText`. */
function firstColumn(afterText: string): string[] {
  const start = readme.indexOf(afterText);
  expect(start).toBeGreaterThanOrEqual(0);
  const lines = readme.slice(start).split('\n');
  const tableStart = lines.findIndex((line) => line.startsWith('|'));
  const rows: string[] = [];
  for (const line of lines.slice(tableStart + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|')[1]?.trim() ?? '');
  }
  return rows;
}

describe('generated README', () => {
  it('lists every ClientOptions field, in a table with defaults', () => {
    const fields = clientCore.getInterfaceOrThrow('ClientOptions').getProperties().map((p) => `\`${p.getName()}\``);
    expect(firstColumn('## Client options').sort()).toEqual(fields.sort());
  });

  it('lists every CallOptions field', () => {
    const fields = clientCore.getInterfaceOrThrow('CallOptions').getProperties().map((p) => `\`${p.getName()}\``);
    expect(firstColumn('Every operation also takes call options').sort()).toEqual(fields.sort());
  });

  it('lists every error class the package exports, under the name the package gives it', () => {
    const namesByClass = new Map<unknown, string[]>();
    for (const [name, value] of Object.entries(pkg)) {
      if (typeof value === 'function' && (value === pkg.CsError || value.prototype instanceof pkg.CsError)) {
        namesByClass.set(value, [...(namesByClass.get(value) ?? []), name]);
      }
    }
    // A runtime class the package exports under a product-specific name is documented under that name.
    const documented = [...namesByClass.values()].map((names) => `\`${names.find((n) => !(n in runtime)) ?? names[0]}\``);
    expect(documented).toContain('`CsServiceError`');
    expect(firstColumn('## Errors').sort()).toEqual(documented.sort());
  });
});
