/** Names for generated code, derived deterministically from spec names. */

/** Type names that would shadow TypeScript built-ins used by generated code. */
const RESERVED_TYPE_NAMES = new Set([
  'Array', 'Boolean', 'Date', 'Error', 'Function', 'Map', 'Number', 'Object', 'Partial', 'Pick', 'Promise',
  'Readonly', 'Record', 'RegExp', 'Required', 'Set', 'String', 'Symbol', 'Uint8Array', 'Omit', 'Exclude',
]);

const NO_CASING: ReadonlyMap<string, string> = new Map();

/** The words of an action name: `DescribeClusterNodePools` → Describe, Cluster, Node, Pools. */
const actionWords = (action: string): string[] => action.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/);

/**
 * How the actions spell each run of one to three consecutive words, by its lowercase form: the spelling most actions
 * use, ties going to the alphabetically first (`nodepool` → `NodePool` when more actions say NodePool than Nodepool).
 */
export function actionWordCasing(actions: readonly string[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const action of actions) {
    const parts = actionWords(action);
    for (let start = 0; start < parts.length; start++) {
      for (let end = start + 1; end <= Math.min(parts.length, start + 3); end++) {
        const spelling = parts.slice(start, end).join('');
        const spellings = counts.get(spelling.toLowerCase()) ?? new Map<string, number>();
        spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
        counts.set(spelling.toLowerCase(), spellings);
      }
    }
  }
  const casing = new Map<string, string>();
  for (const [lower, spellings] of counts) {
    const ranked = [...spellings].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
    casing.set(lower, ranked[0]![0]);
  }
  return casing;
}

function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0);
}

/**
 * `scaling_group` → `ScalingGroup`, `instanceChargeType` → `InstanceChargeType`; never empty, never a built-in.
 * A lowercase word found in `casing` takes that spelling (`nodepool_info` → `NodePoolInfo` when the actions say
 * NodePool), so that inline type names spell a concept as the operation names do.
 */
export function toPascalCase(text: string, casing: ReadonlyMap<string, string> = NO_CASING): string {
  const joined = words(text)
    .map((w) => (/^[a-z][a-z0-9]*$/.test(w) ? casing.get(w) : undefined) ?? w[0]!.toUpperCase() + w.slice(1))
    .join('');
  const safe = joined === '' ? `X${hashName(text)}` : /^[0-9]/.test(joined) ? `N${joined}` : joined;
  return RESERVED_TYPE_NAMES.has(safe) ? `${safe}Model` : safe;
}

/** `CreateClusterNodePool` → `createClusterNodePool`; `DescribeClustersV1` → `describeClustersV1`. */
export function toLowerCamel(action: string): string {
  const match = /^[A-Z]+(?=[A-Z][a-z]|$|[0-9])/.exec(action);
  if (match && match[0].length > 1) return match[0].toLowerCase() + action.slice(match[0].length);
  return action[0]!.toLowerCase() + action.slice(1);
}

/** `ALL_CAPS` constant name of a type: `InstanceChargeType` → `INSTANCE_CHARGE_TYPE`. */
export function toConstantCase(name: string): string {
  return words(name)
    .map((w) => w.toUpperCase())
    .join('_');
}

/** A short stable suffix for names made of characters identifiers cannot hold (e.g. only non-ASCII). */
function hashName(text: string): string {
  let hash = 2166136261;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash.toString(36);
}

/** Words a generated function or method may not be called: JavaScript reserved words and the client's own members. */
const UNAVAILABLE_METHOD_NAMES = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum',
  'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null',
  'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
  'let', 'static', 'implements', 'interface', 'package', 'private', 'protected', 'public', 'await', 'arguments', 'eval',
  'constructor', 'send', 'destroy',
]);

/** The client method (and standalone function) of an action: lowerCamel, suffixed when that word is taken. */
export function toMethodName(action: string): string {
  const name = toLowerCamel(action);
  return UNAVAILABLE_METHOD_NAMES.has(name) ? `${name}Action` : name;
}
