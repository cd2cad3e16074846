/** Code samples in the docs: the literal must build the same value the example holds. */
import { expect, it } from 'vitest';
import { tsLiteral } from '../../generator/emit/ts-literal.ts';
import type { JsonValue } from '../../generator/ir/types.ts';

it('a key named __proto__ stays an own property (a plain `__proto__:` in a literal would set the prototype)', () => {
  const value = JSON.parse('{"__proto__": {"polluted": true}, "constructor": 1, "name": "a"}') as JsonValue;
  const literal = tsLiteral(value);
  const rebuilt = new Function(`return (${literal});`)() as Record<string, unknown>;
  expect(Object.getPrototypeOf(rebuilt)).toBe(Object.prototype);
  expect(Object.keys(rebuilt)).toEqual(['__proto__', 'constructor', 'name']);
  expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(value));
});
