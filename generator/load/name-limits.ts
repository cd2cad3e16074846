import { escapePointerToken, isRecord } from './pointer.ts';

/**
 * Bounds on the names the generator turns into identifiers, file names and documentation table cells: a name past
 * these is refused with its pointer rather than failing later (ENAMETOOLONG) or bloating every page it appears on.
 */
export const MAX_ACTION_NAME = 100;
/** Product code and version make the package folder name. */
export const MAX_PACKAGE_PART = 50;
export const MAX_SCHEMA_NAME = 100;
export const MAX_FIELD_NAME = 128;

/** The first over-long name in the document: its pointer and a message; undefined when all are within bounds. */
export function overlongName(document: Record<string, unknown>): { pointer: string; message: string } | undefined {
  const tooLong = (what: string, name: string, max: number): string =>
    `${what} is ${[...name].length} characters long (at most ${max}): "${[...name].slice(0, 40).join('')}…"`;
  for (const key of ['x-acs-product', 'x-acs-version']) {
    const value = document[key];
    if (typeof value === 'string' && [...value].length > MAX_PACKAGE_PART) return { pointer: `/${key}`, message: tooLong(key, value, MAX_PACKAGE_PART) };
  }
  const paths = isRecord(document.paths) ? document.paths : {};
  for (const [template, item] of Object.entries(paths)) {
    if (!isRecord(item)) continue;
    for (const [method, operation] of Object.entries(item)) {
      const id = isRecord(operation) ? operation.operationId : undefined;
      if (typeof id === 'string' && [...id].length > MAX_ACTION_NAME) {
        return { pointer: `/paths/${escapePointerToken(template)}/${method}/operationId`, message: tooLong('operationId', id, MAX_ACTION_NAME) };
      }
    }
  }
  const components = isRecord(document.components) ? document.components : {};
  for (const [kind, map] of Object.entries(components)) {
    if (!isRecord(map)) continue;
    for (const name of Object.keys(map)) {
      if ([...name].length > MAX_SCHEMA_NAME) return { pointer: `/components/${kind}/${escapePointerToken(name)}`, message: tooLong('component name', name, MAX_SCHEMA_NAME) };
    }
  }
  return overlongField(document, '');
}

/** Property and parameter names anywhere in the document. */
function overlongField(node: unknown, pointer: string): { pointer: string; message: string } | undefined {
  if (Array.isArray(node)) {
    for (const [index, item] of node.entries()) {
      const found = overlongField(item, `${pointer}/${index}`);
      if (found) return found;
    }
    return undefined;
  }
  if (!isRecord(node)) return undefined;
  if (typeof node.in === 'string' && typeof node.name === 'string' && [...node.name].length > MAX_FIELD_NAME) {
    return { pointer: `${pointer}/name`, message: `parameter name is ${[...node.name].length} characters long (at most ${MAX_FIELD_NAME})` };
  }
  for (const [key, value] of Object.entries(node)) {
    const at = `${pointer}/${escapePointerToken(key)}`;
    if (key === 'properties' && isRecord(value)) {
      for (const name of Object.keys(value)) {
        if ([...name].length > MAX_FIELD_NAME) {
          return { pointer: `${at}/${escapePointerToken(name)}`, message: `property name is ${[...name].length} characters long (at most ${MAX_FIELD_NAME})` };
        }
      }
    }
    if (key === 'example' || key === 'examples' || key === 'default' || key === 'const' || key === 'enum') continue;
    const found = overlongField(value, at);
    if (found) return found;
  }
  return undefined;
}
