/**
 * What guards the generated TypeScript against spec text: not ts-morph (it prints names and comments as given), but
 * one guard per kind of text. README and ts-source.ts say so; this proves both halves.
 */
import { StructureKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { commentSafe } from '../../generator/emit/jsdoc.ts';
import { printStructure } from '../../generator/emit/ts-source.ts';
import { propertyKey } from '../../generator/emit/type-text.ts';
import { toMethodName, toPascalCase } from '../../generator/ir/naming.ts';

describe('ts-morph alone', () => {
  it('prints a bad name and a comment terminator unchanged', () => {
    const text = printStructure('src/x.ts', {
      statements: [{ kind: StructureKind.Interface, name: 'Bad Name', docs: [{ description: 'ends */ here' }] }],
    });
    expect(text).toContain('interface Bad Name');
    expect(text).toContain('ends */ here');
  });
});

describe('the guards', () => {
  it('commentSafe keeps spec prose inside its comment', () => {
    expect(commentSafe('ends */ here @param x')).not.toMatch(/\*\/|(?<!\\)@param/);
  });

  it('propertyKey quotes what is not an identifier', () => {
    expect(propertyKey('bad name')).toBe('"bad name"');
    expect(propertyKey('__proto__')).toBe('__proto__');
    expect(propertyKey('scaling_group')).toBe('scaling_group');
  });

  it('toPascalCase makes an identifier of any text; toMethodName avoids reserved words (actions are letters and digits, the loader checks)', () => {
    expect(toPascalCase('bad name */')).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
    expect(toPascalCase('')).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
    expect(toMethodName('Delete')).toBe('deleteAction');
  });
});
