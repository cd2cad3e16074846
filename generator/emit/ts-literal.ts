import type { JsonValue } from '../ir/types.ts';
import { propertyKey } from './type-text.ts';

/** A JSON value written as a TypeScript literal the way prettier would print it (for code samples in docs). */
export function tsLiteral(value: JsonValue, indent = ''): string {
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? quote(value) : String(value);
  const inner = indent + '  ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const flat = `[${value.map((v) => tsLiteral(v, inner)).join(', ')}]`;
    if (!flat.includes('\n') && indent.length + flat.length <= 100) return flat;
    return `[\n${value.map((v) => `${inner}${tsLiteral(v, inner)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${literalKey(k)}: ${tsLiteral(v, inner)},`).join('\n')}\n${indent}}`;
}

/** In an object literal, a plain `__proto__:` key sets the prototype; the computed form makes an own property. */
function literalKey(key: string): string {
  return key === '__proto__' ? "['__proto__']" : propertyKey(key);
}

function quote(text: string): string {
  const json = JSON.stringify(text);
  return text.includes("'") ? json : `'${json.slice(1, -1).replace(/\\"/g, '"')}'`;
}
