import type { NamedType } from '../../ir/types.ts';
import type { HelperName } from './helpers.ts';

/** A module-level check function: `function <name>(value: unknown, run: Run, depth: number): void { <body> }`. */
export interface CheckFunction {
  name: string;
  /** Statements of the body, one line each (prettier indents them). */
  body: string[];
}

/**
 * An `objectSpec(...)` constant as collected: laid out once every field handler is known, so that a handler written
 * for several fields becomes one named constant (`validators/shared-handlers.ts`).
 */
export interface SpecDeclaration {
  head: string;
  args: string[];
  handlers: string[] | undefined;
  declared: string | undefined;
}

/** Prefixes of the locals written inside check functions and field handlers (module-level names use others). */
const LOCAL_PREFIXES = ['v', 'a', 'i', 'e', 'm', 'k', 'key'];

/** Module-level pieces a generated validators file needs, collected while its functions are written. */
export class CheckContext {
  readonly types: ReadonlyMap<string, NamedType>;
  /** Declarations placed at module level, in first-use order, without duplicates (regexes, value lists, format helpers). */
  readonly declarations: string[] = [];
  /** Non-exported helper functions written on demand (one per union occurrence). */
  readonly helperFunctions: CheckFunction[] = [];
  /** Runtime helpers imported from `./runtime/validation.js`. */
  readonly runtimeImports = new Set<string>();
  /** `objectSpec(...)` constants, one per object type (after `declarations`, whose constants they name). */
  readonly specDeclarations: SpecDeclaration[] = [];
  /** The text of each field handler → a name describing its check, for when the handler is shared. */
  readonly handlerNames = new Map<string, string>();
  /** Module helpers (`helpers.ts`) the checks call. */
  readonly helpers = new Set<HelperName>();
  private readonly constantsByText = new Map<string, string>();
  private readonly counters = new Map<string, number>();

  constructor(types: readonly NamedType[]) {
    this.types = new Map(types.map((t) => [t.name, t]));
  }

  /** A fresh identifier with the given prefix (`v1`, `v2`, ...), unique within the module. */
  fresh(prefix: string): string {
    const next = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, next);
    return `${prefix}${next}`;
  }

  /**
   * Runs `write` with the locals numbered from 1 again (`v1`, `a1`, …), so that a field handler's text depends only
   * on its check and identical handlers can be shared. The handler is a function of its own: its locals shadow nothing.
   */
  withFreshLocals<T>(write: () => T): T {
    const saved = LOCAL_PREFIXES.map((prefix) => this.counters.get(prefix));
    LOCAL_PREFIXES.forEach((prefix) => this.counters.delete(prefix));
    try {
      return write();
    } finally {
      LOCAL_PREFIXES.forEach((prefix, index) => {
        const count = saved[index];
        if (count === undefined) this.counters.delete(prefix);
        else this.counters.set(prefix, count);
      });
    }
  }

  /** A module-level constant with this initializer (shared when the same initializer is asked twice). */
  constant(prefix: string, initializer: string, type?: string): string {
    const known = this.constantsByText.get(initializer);
    if (known) return known;
    const name = this.fresh(prefix);
    this.constantsByText.set(initializer, name);
    this.declarations.push(`const ${name}${type ? `: ${type}` : ''} = ${initializer};`);
    return name;
  }

  declare(declaration: string): void {
    if (!this.declarations.includes(declaration)) this.declarations.push(declaration);
  }

  /** Marks a module helper as called (it and the helpers it calls are emitted). */
  use(helper: HelperName): void {
    this.helpers.add(helper);
  }

  namedType(name: string): NamedType {
    const type = this.types.get(name);
    if (!type) throw new Error(`validators: reference to unknown type "${name}"`);
    return type;
  }
}

/** Name of the generated check function of a named type (or of a request). */
export function checkFunctionName(typeName: string): string {
  return `check${typeName.replace(/[^A-Za-z0-9_$]/g, '_')}`;
}
