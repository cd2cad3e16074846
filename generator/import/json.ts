import type { JsonValue } from '../ir/types.ts';

export type { JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Builds an object from entries, leaving out undefined values; key order is entry order. */
export function compact(entries: [string, JsonValue | undefined][]): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of entries) if (value !== undefined) out[key] = value;
  return out;
}

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
