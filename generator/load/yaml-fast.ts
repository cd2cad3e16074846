/**
 * Spec files are read with js-yaml, faster than the `yaml` library, which the loader keeps for what
 * only it gives: errors with lines and columns, and the line a pointer was written on. Both read YAML 1.2's core
 * schema (no timestamps, no `yes`/`no` booleans). Whatever js-yaml refuses (duplicate keys among it) is left to the
 * `yaml` library, which reports it; test/load/yaml-fast.test.ts holds the two to the same data on every YAML file
 * of the repository, the whole imported product and random documents.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * Left to the library: a byte-order mark or document markers (its errors describe them), aliases (js-yaml has no
 * bound on their expansion, the library refuses an alias bomb) and a negative zero (js-yaml reads `-0` as 0).
 */
const DECLINED = /^\ufeff|^(?:---|\.\.\.)(?:\s|$)|(?:^[ \t]*|[:?-][ \t]+|[,[{][ \t]*)\*[^\s,\]}]|(?<![\w.])-0(?![\w.])/m;

/** The data of `text`, or undefined when js-yaml refuses it (the caller then parses with the `yaml` library). */
export function parseYamlFast(text: string): unknown {
  if (DECLINED.test(text)) return undefined;
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
}
