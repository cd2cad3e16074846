/**
 * What the mock reads off the wire: headers, path parameters, the query, and the request as the client's validators
 * expect it (typed values, not the strings the wire carries). Every map here has no prototype, so a name such as
 * `__proto__` or `constructor` is just a key.
 */
import type { IncomingMessage } from 'node:http';
/** A map with no prototype: own keys only. */
export type Dict<T> = Record<string, T>;
export declare function dict<T>(): Dict<T>;
export declare function flatHeaders(req: IncomingMessage): Dict<string>;
export declare function safeDecode(text: string): string;
export declare function queryPairs(rawQuery: string): [string, string][];
export declare function parseQuery(rawQuery: string): Dict<string | string[]>;
/** A compiled path template: `/clusters/{ClusterId}` → a matcher that yields the decoded parameters. */
export declare function pathMatcher(template: string): (rawPath: string) => Dict<string> | undefined;
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
/**
 * One parameter's wire text(s) as the value the client passed: `force=true` is true, `page_size=10` is 10, JSON
 * text its value, a comma-joined or repeated array an array. Text that does not parse stays text, so that the
 * validator names the problem.
 */
export declare function decodeParam(param: WireParam, raw: string | string[], type: WireType | undefined): unknown;
