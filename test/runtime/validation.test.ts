import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  escapePointerToken,
  isBase64,
  jsonTypeOf,
  parsePointer,
} from '../../generator/runtime/validation.ts';

describe('JSON Pointer helpers', () => {
  it('escapes ~ and / (RFC 6901)', () => {
    expect(escapePointerToken('a~b/c')).toBe('a~0b~1c');
    expect(escapePointerToken('~1')).toBe('~01');
    expect(escapePointerToken(0)).toBe('0');
  });

  it('round-trips any keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (tokens) => {
        const path = tokens.map((token) => `/${escapePointerToken(token)}`).join('');
        expect(parsePointer(path)).toEqual(tokens);
      }),
    );
  });
});

describe('value descriptions', () => {
  it('names JSON types without the value', () => {
    expect([null, [], {}, 's', 1, 1.5, true, undefined, 1n].map(jsonTypeOf)).toEqual([
      'null', 'array', 'object', 'string', 'integer', 'number', 'boolean', 'undefined', 'other',
    ]);
  });

  it('checks base64 strictly', () => {
    expect(isBase64('')).toBe(true);
    expect(isBase64('MTEx')).toBe(true);
    expect(isBase64('dGhpcyBpcyBhIGV4YW1wbGU=')).toBe(true);
    expect(isBase64('abc')).toBe(false);
    expect(isBase64('ab=c')).toBe(false);
    expect(isBase64('a b=')).toBe(false);
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        expect(isBase64(Buffer.from(bytes).toString('base64'))).toBe(true);
      }),
    );
  });

  it('counts code points', () => {
    expect(codePointLength('a😀')).toBe(2);
  });
});
