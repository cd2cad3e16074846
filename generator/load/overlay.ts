import { createRequire } from 'node:module';
import { OverlayOrigins, type OverlayPlace } from './overlay-origins.ts';
import { escapePointerToken, isRecord, toPointer } from './pointer.ts';
import { SpecError, type Locator } from './spec-error.ts';

type JsonPath = typeof import('jsonpath-rfc9535');
let loadedJsonPath: JsonPath | undefined;

/** The JSONPath library, loaded only when a spec has overlays. */
function jsonPath(): JsonPath {
  return (loadedJsonPath ??= createRequire(import.meta.url)('jsonpath-rfc9535') as JsonPath);
}

/** One parsed overlay file (OpenAPI Overlay Specification 1.0): its data and the line of any pointer into it. */
export interface OverlayFile {
  displayPath: string;
  data: Record<string, unknown>;
  lineOf(pointer: string): number | undefined;
}

export interface OverlaidSpec {
  document: Record<string, unknown>;
  /** Locates pointers of the overlaid document: in the overlay that wrote a value, else in the spec files. */
  locator: OverlayOrigins;
}

interface Action {
  index: number;
  target: string;
  update: unknown;
  remove: boolean;
}

type PathToken = string | number;

const ROOT_FIELDS = new Set(['overlay', 'info', 'extends', 'actions']);
const ACTION_FIELDS = new Set(['target', 'description', 'update', 'remove']);

/**
 * Applies overlay files, in the order given and each one's actions in document order, to a copy of the document.
 * Stricter than Overlay 1.0 in one way, on purpose: a target that selects nothing is an error, since curation
 * whose target disappeared on re-import must be noticed rather than silently dropped.
 */
export function applyOverlays(document: Record<string, unknown>, overlays: readonly OverlayFile[], base: Locator): OverlaidSpec {
  const result = structuredClone(document);
  const origins = new OverlayOrigins(result, base);
  for (const overlay of overlays) {
    for (const action of readOverlay(overlay)) applyAction(result, action, overlay, origins);
  }
  return { document: result, locator: origins };
}

/** Checks the overlay document's shape (Overlay 1.0 fixed fields; `x-` extensions allowed) and lists its actions. */
export function readOverlay(overlay: OverlayFile): Action[] {
  const fail = (pointer: string, message: string): never => {
    throw new SpecError(message, overlay.displayPath, pointer, overlay.lineOf(pointer));
  };
  const data = overlay.data;
  const version = data.overlay;
  if (version === undefined) fail('', 'an overlay file must start with "overlay: 1.0.0"');
  if (typeof version !== 'string' || !/^1\.0\.\d+$/.test(version)) {
    fail('/overlay', `Overlay version ${JSON.stringify(version)} is not supported: use 1.0.x`);
  }
  assertKnownFields(data, ROOT_FIELDS, '', fail);
  const info = data.info;
  if (!isRecord(info)) fail('/info', 'an overlay needs "info" with "title" and "version"');
  for (const field of ['title', 'version']) {
    if (typeof (info as Record<string, unknown>)[field] !== 'string') fail(`/info/${field}`, `"info.${field}" must be a string`);
  }
  if (data.extends !== undefined && typeof data.extends !== 'string') fail('/extends', '"extends" must be a URI reference (a string)');
  const actions = data.actions;
  if (!Array.isArray(actions) || actions.length === 0) fail('/actions', '"actions" must be a list of at least one action');
  return (actions as unknown[]).map((raw, index) => {
    const at = `/actions/${index}`;
    if (!isRecord(raw)) return fail(at, 'an action must be an object with "target" and "update" or "remove"');
    assertKnownFields(raw, ACTION_FIELDS, at, fail);
    const target = raw.target;
    if (typeof target !== 'string' || !target.startsWith('$')) fail(`${at}/target`, '"target" must be a JSONPath expression starting with "$"');
    if (raw.description !== undefined && typeof raw.description !== 'string') fail(`${at}/description`, '"description" must be a string');
    if (raw.remove !== undefined && typeof raw.remove !== 'boolean') fail(`${at}/remove`, '"remove" must be true or false');
    if (raw.remove !== true && raw.update === undefined) fail(at, 'an action needs "update" or "remove: true"');
    return { index, target: target as string, update: raw.update, remove: raw.remove === true };
  });
}

function assertKnownFields(object: Record<string, unknown>, known: ReadonlySet<string>, at: string, fail: (pointer: string, message: string) => never): void {
  for (const key of Object.keys(object)) {
    if (!known.has(key) && !key.startsWith('x-')) fail(`${at}/${escapePointerToken(key)}`, `unexpected field "${key}"`);
  }
}

function applyAction(document: Record<string, unknown>, action: Action, overlay: OverlayFile, origins: OverlayOrigins): void {
  const at = `/actions/${action.index}`;
  const fail = (pointer: string, message: string): never => {
    throw new SpecError(message, overlay.displayPath, pointer, overlay.lineOf(pointer));
  };
  const matches = select(document, action.target, (message) => fail(`${at}/target`, `invalid JSONPath ${JSON.stringify(action.target)}: ${message}`));
  if (matches.length === 0) fail(`${at}/target`, `${JSON.stringify(action.target)} matches nothing in the spec`);
  const source = (pointer: string): OverlayPlace => ({ overlay, pointer });
  if (action.remove) {
    removeAll(document, matches, origins, { overlay, pointer: `${at}/target` }, () => fail(`${at}/target`, 'cannot remove the document root'));
    return;
  }
  for (const path of matches) {
    const node = valueAt(document, path);
    const pointer = toPointer(path);
    if (Array.isArray(node)) {
      // An array is concatenated, anything else appended as one item (Overlay 1.1 makes 1.0's intent explicit).
      const items = Array.isArray(action.update) ? action.update : [action.update];
      const itemPointer = (i: number): string => (Array.isArray(action.update) ? `${at}/update/${i}` : `${at}/update`);
      appendItems(node, items, itemPointer, origins, source);
    } else if (isRecord(node)) {
      if (!isRecord(action.update)) fail(`${at}/update`, `the target selects an object (${pointer || '$'}): "update" must be an object of properties to merge`);
      const merge = new Merger(origins, source, fail);
      merge.into(node, action.update as Record<string, unknown>, path, `${at}/update`);
    } else {
      fail(
        `${at}/target`,
        `selects a ${kindOf(node)} (${pointer}): Overlay 1.0 updates objects and arrays; select the object that holds it and set the property`,
      );
    }
  }
}

/** The normalized paths of the matches, each once, in the order the query returns them. */
function select(document: Record<string, unknown>, target: string, invalid: (message: string) => never): PathToken[][] {
  const seen = new Set<string>();
  const matches: PathToken[][] = [];
  try {
    jsonPath().exec(document as Parameters<JsonPath['exec']>[0], target, (_value, path) => {
      const tokens = path.map((t) => (typeof t === 'number' ? t : fromNormalizedKey(t)));
      const key = toPointer(tokens);
      if (!seen.has(key)) {
        seen.add(key);
        matches.push(tokens);
      }
    });
  } catch (error) {
    invalid(((error as Error).message.split('\n')[0] ?? 'syntax error').trim());
  }
  return matches;
}

/** The library reports member names escaped as in an RFC 9535 normalized path (`\'`, `\\`, `\n`, `\u0000`). */
function fromNormalizedKey(key: string): string {
  const simple: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', "'": "'", '\\': '\\' };
  return key.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_all, escape: string) =>
    escape.length === 5 ? String.fromCharCode(Number.parseInt(escape.slice(1), 16)) : (simple[escape] ?? escape),
  );
}

function valueAt(root: unknown, path: readonly PathToken[]): unknown {
  let node = root;
  for (const token of path) node = typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[token] : undefined;
  return node;
}

/**
 * Removes every match. All matches are resolved before anything changes, so that removing one never moves another;
 * array items go from the highest index down.
 */
function removeAll(
  document: Record<string, unknown>,
  matches: PathToken[][],
  origins: OverlayOrigins,
  by: OverlayPlace,
  rootRemoved: () => never,
): void {
  if (matches.some((path) => path.length === 0)) rootRemoved();
  const fromArrays = new Map<unknown[], { path: PathToken[]; indices: number[] }>();
  const fromObjects: [Record<string, unknown>, string][] = [];
  for (const path of matches) {
    const parentPath = path.slice(0, -1);
    const parent = valueAt(document, parentPath);
    const key = path[path.length - 1]!;
    if (Array.isArray(parent) && typeof key === 'number') {
      const entry = fromArrays.get(parent) ?? { path: parentPath, indices: [] };
      fromArrays.set(parent, entry);
      entry.indices.push(key);
    } else if (isRecord(parent)) {
      fromObjects.push([parent, String(key)]);
    }
  }
  for (const [array, { path, indices }] of fromArrays) origins.beforeArrayRemoval(array, path, new Set(indices));
  for (const [array, { indices }] of fromArrays) {
    for (const index of [...indices].sort((a, b) => b - a)) array.splice(index, 1);
    origins.changed(array, by);
  }
  for (const [object, key] of fromObjects) {
    origins.removedKey(object, key);
    delete object[key];
    origins.changed(object, by);
  }
}

function appendItems(
  target: unknown[],
  items: readonly unknown[],
  itemPointer: (index: number) => string,
  origins: OverlayOrigins,
  source: (pointer: string) => OverlayPlace,
): void {
  items.forEach((item, i) => {
    const origin = source(itemPointer(i));
    origins.set(target, String(target.length), origin);
    origins.changed(target, origin);
    target.push(structuredClone(item));
  });
}

/**
 * Overlay's recursive merge (as Overlay 1.1 spells out what 1.0 means): a new property is inserted, a primitive
 * replaces a primitive, an array is appended to an array, an object merges into an object; anything else is an error.
 */
class Merger {
  constructor(
    private readonly origins: OverlayOrigins,
    private readonly source: (pointer: string) => OverlayPlace,
    private readonly fail: (pointer: string, message: string) => never,
  ) {}

  into(target: Record<string, unknown>, update: Record<string, unknown>, path: PathToken[], updatePointer: string): void {
    for (const [key, value] of Object.entries(update)) {
      const at = `${updatePointer}/${escapePointerToken(key)}`;
      const childPath = [...path, key];
      const current = Object.hasOwn(target, key) ? target[key] : undefined;
      if (current === undefined) {
        this.setProperty(target, key, value, at);
      } else if (isRecord(current) && isRecord(value)) {
        this.into(current, value, childPath, at);
      } else if (Array.isArray(current) && Array.isArray(value)) {
        appendItems(current, value, (i) => `${at}/${i}`, this.origins, this.source);
      } else if (!isContainer(current) && !isContainer(value)) {
        this.setProperty(target, key, value, at);
      } else {
        this.fail(at, `cannot merge ${kindOf(value)} into the ${kindOf(current)} at ${toPointer(childPath)}: remove it in an earlier action first`);
      }
    }
  }

  private setProperty(target: Record<string, unknown>, key: string, value: unknown, at: string): void {
    const origin = this.source(at);
    this.origins.set(target, key, origin);
    this.origins.changed(target, origin);
    // Keys come from the user's files: define own properties, so that `__proto__` stays an ordinary name.
    Object.defineProperty(target, key, { value: structuredClone(value), writable: true, enumerable: true, configurable: true });
  }
}

function isContainer(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}
