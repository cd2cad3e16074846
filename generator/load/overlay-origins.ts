import { escapePointerToken, parsePointer } from './pointer.ts';
import type { Locator } from './spec-error.ts';

/** Where a value of the overlaid document was written: in an overlay file, or (no overlay) in the merged spec. */
export interface Origin {
  overlay?: { displayPath: string; lineOf(pointer: string): number | undefined };
  /** Pointer into the overlay file, or into the merged spec as it was before any overlay. */
  pointer: string;
}

/** A place in an overlay file. */
export type OverlayPlace = Required<Origin>;

/**
 * Remembers which overlay wrote which value, so that an error about the overlaid document names the overlay file
 * and line for values an overlay added or replaced, and the spec file for everything else.
 * Only changes are recorded (per container and key); any other value inherits its origin from its parent, so the
 * cost is proportional to what the overlays do, not to the size of the spec.
 */
export class OverlayOrigins implements Locator {
  private readonly byKey = new WeakMap<object, Map<string, Origin>>();
  /** The last overlay action that added, replaced or removed something directly inside a container. */
  private readonly lastChange = new WeakMap<object, OverlayPlace>();

  constructor(
    private readonly root: Record<string, unknown>,
    private readonly base: Locator,
  ) {}

  /** `container[key]` now holds a value written at `origin`. */
  set(container: object, key: string, origin: Origin): void {
    let keys = this.byKey.get(container);
    if (!keys) this.byKey.set(container, (keys = new Map()));
    keys.set(key, origin);
  }

  removedKey(container: object, key: string): void {
    this.byKey.get(container)?.delete(key);
  }

  changed(container: object, by: OverlayPlace): void {
    this.lastChange.set(container, by);
  }

  /**
   * Items are about to be removed from the array at `arrayPath`, so the ones after them move down: carry their
   * origins along (a spec item keeps its original pointer). Called while the document is still unchanged.
   */
  beforeArrayRemoval(array: unknown[], arrayPath: readonly (string | number)[], removed: ReadonlySet<number>): void {
    const kept = array.map((_item, i) => this.originOfPath([...arrayPath, i])).filter((_origin, i) => !removed.has(i));
    this.byKey.set(array, new Map(kept.map((origin, i) => [String(i), origin])));
  }

  locate(pointer: string): { file: string; line?: number } | undefined {
    const origin = this.originOfPath(parsePointer(pointer));
    if (!origin.overlay) return this.base.locate(origin.pointer);
    const line = origin.overlay.lineOf(origin.pointer);
    return line === undefined ? { file: origin.overlay.displayPath } : { file: origin.overlay.displayPath, line };
  }

  /**
   * Names the overlay that last changed the value at the pointer or the object holding it, when that value is still
   * located in a spec file (e.g. an overlay removed a field the spec then misses): the file alone would mislead.
   */
  note(pointer: string): string | undefined {
    const tokens = parsePointer(pointer);
    if (this.originOfPath(tokens).overlay) return undefined;
    const node = this.nodeAt(tokens);
    const parent = tokens.length > 0 ? this.nodeAt(tokens.slice(0, -1)) : undefined;
    const change = (node && this.lastChange.get(node)) ?? (parent && this.lastChange.get(parent));
    if (!change) return undefined;
    const line = change.overlay.lineOf(change.pointer);
    return `last changed by ${change.overlay.displayPath}${line === undefined ? '' : `:${line}`}`;
  }

  private nodeAt(tokens: readonly string[]): object | undefined {
    let node: unknown = this.root;
    for (const token of tokens) {
      if (typeof node !== 'object' || node === null || !Object.hasOwn(node, token)) return undefined;
      node = (node as Record<string, unknown>)[token];
    }
    return typeof node === 'object' && node !== null ? node : undefined;
  }

  private originOfPath(tokens: readonly (string | number)[]): Origin {
    let node: unknown = this.root;
    let origin: Origin = { pointer: '' };
    for (const token of tokens) {
      const key = String(token);
      const container = typeof node === 'object' && node !== null ? node : undefined;
      const recorded = container ? this.byKey.get(container)?.get(key) : undefined;
      origin = recorded ?? { ...origin, pointer: `${origin.pointer}/${escapePointerToken(key)}` };
      node = container && Object.hasOwn(container, key) ? (container as Record<string, unknown>)[key] : undefined;
    }
    return origin;
  }
}
