import { isRecord } from '../load/pointer.ts';
import type { Doc, JsonValue } from './types.ts';

/** Documentation of a schema, parameter or operation, read from its standard and extension keywords. */
export function readDoc(node: Record<string, unknown>, fallback?: Record<string, unknown>): Doc {
  const description = text(node.description) || text(fallback?.description);
  const title = text(node.title) || text(node.summary);
  const doc: Doc = {
    summary: title || firstSentence(description),
    description,
    examples: readExamples(node),
    deprecated: node.deprecated === true,
    sensitive: isSensitive(node) || (fallback !== undefined && isSensitive(fallback)),
  };
  if (node.default !== undefined) doc.default = node.default as JsonValue;
  const reason = text(node['x-acs-deprecated-reason']);
  if (doc.deprecated && reason !== '') doc.deprecatedReason = reason;
  return doc;
}

export function isSensitive(schema: Record<string, unknown>): boolean {
  return schema.format === 'password' || schema['x-sensitive'] === true;
}

function readExamples(node: Record<string, unknown>): JsonValue[] {
  if (Array.isArray(node.examples)) return node.examples as JsonValue[];
  // Parameter/media `examples` is a map of Example Objects in OpenAPI; take their values.
  if (isRecord(node.examples)) {
    return Object.values(node.examples)
      .filter((e): e is Record<string, unknown> => isRecord(e) && 'value' in e)
      .map((e) => e.value as JsonValue);
  }
  return node.example === undefined ? [] : [node.example as JsonValue];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

export function firstSentence(description: string): string {
  const line = description.split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ').trim() ?? '';
  const end = line.search(/[.!?](\s|$)/);
  return end === -1 ? line : line.slice(0, end + 1);
}
