/** Deterministic YAML output: no anchors, no line folding, strings that YAML 1.1 readers would misread quoted. */
import { Document, parse, visit } from 'yaml';
import type { JsonValue } from './json.ts';

const verdicts = new Map<string, boolean>();

/**
 * True when a plain one-line scalar would not read back as this exact string under YAML 1.1
 * (`2015-12-15` as a date, `yes` as a boolean, `0755` as octal). The `yaml` package already quotes
 * what YAML 1.2 would misread.
 */
function misreadByYaml11(value: string): boolean {
  if (value.includes('\n')) return false;
  let verdict = verdicts.get(value);
  if (verdict === undefined) {
    try {
      verdict = (parse(`k: ${value}`, { version: '1.1' }) as { k?: unknown } | null)?.k !== value;
    } catch {
      verdict = true;
    }
    verdicts.set(value, verdict);
  }
  return verdict;
}

export function toYaml(value: JsonValue): string {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && misreadByYaml11(node.value)) node.type = 'QUOTE_SINGLE';
    },
  });
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}
