/**
 * What the mock reads off the wire: headers, path parameters, the query, and the request as the client's validators
 * expect it (typed values, not the strings the wire carries). Every map here has no prototype, so a name such as
 * `__proto__` or `constructor` is just a key.
 */
import type { IncomingMessage } from 'node:http';

/** A map with no prototype: own keys only. */
export type Dict<T> = Record<string, T>;

export function dict<T>(): Dict<T> {
  return Object.create(null) as Dict<T>;
}

export function flatHeaders(req: IncomingMessage): Dict<string> {
  const headers = dict<string>();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  return headers;
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function queryPairs(rawQuery: string): [string, string][] {
  if (rawQuery === '') return [];
  return rawQuery.split('&').map((part) => {
    const equals = part.indexOf('=');
    return equals < 0
      ? [safeDecode(part), '']
      : [safeDecode(part.slice(0, equals)), safeDecode(part.slice(equals + 1))];
  });
}

export function parseQuery(rawQuery: string): Dict<string | string[]> {
  const query = dict<string | string[]>();
  for (const [key, value] of queryPairs(rawQuery)) {
    const previous = query[key];
    query[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return query;
}

/** A compiled path template: `/clusters/{ClusterId}` → a matcher that yields the decoded parameters. */
export function pathMatcher(template: string): (rawPath: string) => Dict<string> | undefined {
  const names: string[] = [];
  const pattern = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  const regex = new RegExp(`^${pattern}$`);
  return (rawPath) => {
    const match = regex.exec(rawPath);
    if (!match) return undefined;
    const params = dict<string>();
    names.forEach((name, index) => (params[name] = safeDecode(match[index + 1] ?? '')));
    return params;
  };
}

/**
 * The JSON type of a parameter the validators expect, where it is not a plain string: `integer`, `number`,
 * `boolean`, or an array of those or of strings (`integer[]`, `string[]`, …).
 */
export type WireType = 'integer' | 'number' | 'boolean' | 'string[]' | 'integer[]' | 'number[]' | 'boolean[]';

/** How one parameter travels, as the client's operation descriptor says. */
export interface WireParam {
  name: string;
  in: 'path' | 'query' | 'header';
  style?: 'json' | 'simple' | 'form';
  explode?: boolean;
}

function scalar(raw: string, type: string): unknown {
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  if ((type === 'integer' || type === 'number') && raw.trim() !== '' && Number.isFinite(Number(raw)))
    return Number(raw);
  return raw;
}

/**
 * One parameter's wire text(s) as the value the client passed: `force=true` is true, `page_size=10` is 10, JSON
 * text its value, a comma-joined or repeated array an array. Text that does not parse stays text, so that the
 * validator names the problem.
 */
export function decodeParam(param: WireParam, raw: string | string[], type: WireType | undefined): unknown {
  const values = Array.isArray(raw) ? raw : [raw];
  if (param.style === 'json') {
    try {
      return JSON.parse(values[0] ?? '') as unknown;
    } catch {
      return values[0];
    }
  }
  if (type === undefined) return Array.isArray(raw) ? raw : values[0];
  if (type.endsWith('[]')) {
    const itemType = type.slice(0, -2);
    const items = param.explode === false || param.in === 'header' ? (values[0] ?? '').split(',') : values;
    return items.map((item) => scalar(item, itemType));
  }
  return Array.isArray(raw) ? raw : scalar(values[0] ?? '', type);
}
