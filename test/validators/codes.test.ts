/**
 * One list of issue codes: `VALIDATION_CODES` of the validators emitter. The runtime's `ValidationCode` union (which
 * the generated validators must type-check against) and the README's code table say the same, no more, no less.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, expectTypeOf, it } from 'vitest';
import { VALIDATION_CODES, type ValidationCode as GeneratorCode } from '../../generator/emit/validators.ts';
import type { ValidationCode as RuntimeCode } from '../../generator/runtime/validation.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const sorted = [...VALIDATION_CODES].sort();

it('the runtime union is the generator list', () => {
  expectTypeOf<RuntimeCode>().toEqualTypeOf<GeneratorCode>();
  const source = readFileSync(path.join(root, 'generator', 'runtime', 'validation.ts'), 'utf8');
  const union = /export type ValidationCode =([^;]+);/.exec(source)?.[1] ?? '';
  expect([...union.matchAll(/'([a-z_]+)'/g)].map((m) => m[1]).sort()).toEqual(sorted);
});

it('the README table lists exactly the generator list', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| code | meaning | path points at |'));
  const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
  const codes = rows.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([a-z_]+)`/g)].map((m) => m[1]));
  expect(codes.sort()).toEqual(sorted);
});
