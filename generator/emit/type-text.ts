import type { Shape } from '../ir/types.ts';
import { unionMembers } from './prettier-style.ts';

/** The TypeScript type of a shape. Objects and enums are referenced by their generated names. */
export function typeText(shape: Shape): string {
  switch (shape.kind) {
    case 'string':
      if (shape.const !== undefined) return JSON.stringify(shape.const);
      if (shape.enum) return unionOf([...shape.enum.values.map((v) => JSON.stringify(v)), ...(shape.enum.open ? ['(string & {})'] : [])]);
      return 'string';
    case 'integer':
    case 'number':
      if (shape.const !== undefined) return String(shape.const);
      if (shape.enum) return unionOf(shape.enum.map(String));
      return 'number';
    case 'boolean':
      return shape.const === undefined ? 'boolean' : String(shape.const);
    case 'array':
      return `${wrapForArray(typeText(shape.items))}[]`;
    case 'map':
      return `{ [key: string]: ${typeText(shape.values)} }`;
    case 'ref':
      return shape.name;
    case 'union':
      return unionOf(shape.variants.map(typeText));
    case 'null':
      return 'null';
    case 'unknown':
      return 'unknown';
  }
}

function unionOf(members: string[]): string {
  return [...new Set(members)].join(' | ') || 'never';
}

/** A top-level `A | B` and negative literals (`-1`) need parentheses before `[]` (`(A | B)[][]` needs no more). */
function wrapForArray(text: string): string {
  return unionMembers(text).length > 1 || text.startsWith('-') ? `(${text})` : text;
}

/** A property key as TypeScript must spell it: bare when it is a plain identifier, quoted otherwise. */
export function propertyKey(wireName: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(wireName) ? wireName : JSON.stringify(wireName);
}
