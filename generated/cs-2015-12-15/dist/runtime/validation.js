/**
 * Shapes and small helpers shared by the generated validators.
 * Issue messages describe the rule and the JSON type of a value, never the value itself.
 */
/** Escapes one reference token for use in a JSON Pointer (RFC 6901): `~` → `~0`, `/` → `~1`. */
export function escapePointerToken(token) {
    const text = String(token);
    return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}
/** Appends one key or index to a JSON Pointer. */
export function pointer(base, token) {
    return `${base}/${escapePointerToken(token)}`;
}
/** Parses a JSON Pointer back into its tokens. */
export function parsePointer(path) {
    if (path === '')
        return [];
    return path
        .slice(1)
        .split('/')
        .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** Names a value's JSON type (integer when it is a whole number) without revealing the value. */
export function jsonTypeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    switch (typeof value) {
        case 'string':
            return 'string';
        case 'boolean':
            return 'boolean';
        case 'number':
            return Number.isInteger(value) ? 'integer' : 'number';
        case 'object':
            return 'object';
        case 'undefined':
            return 'undefined';
        default:
            return 'other';
    }
}
/** A plain JSON object (not null, not an array). */
export function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Standard base64 with padding (RFC 4648 §4); the empty string is valid. */
export function isBase64(value) {
    return value.length % 4 === 0 && BASE64.test(value);
}
/** Length in Unicode code points, as JSON Schema counts `minLength`/`maxLength`. */
export function codePointLength(value) {
    let length = 0;
    for (const _ of value)
        length++;
    return length;
}
export function issue(path, code, message) {
    return { path, code, message };
}
/** The standard "wrong type" issue: names expected and actual JSON types only. */
export function typeIssue(path, expected, value) {
    return { path, code: 'type', message: `expected ${expected}, got ${jsonTypeOf(value)}` };
}
export function valid(value) {
    return { ok: true, value };
}
export function invalid(issues) {
    return { ok: false, issues };
}
