/**
 * Shapes and small helpers shared by the generated validators.
 * Issue messages describe the rule and the JSON type of a value, never the value itself.
 */

/**
 * The rule an issue breaks (stable; the package README explains each). The list is `VALIDATION_CODES` of
 * generator/emit/validators.ts; a test keeps the two equal, and the generated validators only type-check with codes
 * from this union.
 */
export type ValidationCode =
  | 'type'
  | 'required'
  | 'enum'
  | 'const'
  | 'minimum'
  | 'maximum'
  | 'exclusive_minimum'
  | 'exclusive_maximum'
  | 'multiple_of'
  | 'min_length'
  | 'max_length'
  | 'pattern'
  | 'format'
  | 'min_items'
  | 'max_items'
  | 'unique_items'
  | 'unknown_property'
  | 'union'
  | 'conditional_required'
  | 'any_required'
  | 'less_or_equal'
  | 'depth'
  | 'path_segment'
  | 'header_value';

export interface ValidationIssue {
  /** JSON Pointer from the request root, e.g. `/body/scaling_group/period`. */
  path: string;
  /** The rule broken, e.g. `type`, `required`, `enum`, `maximum`, `unknown_property`. */
  code: ValidationCode;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export type Validator<T> = (value: unknown) => ValidationResult<T>;

/** Escapes one reference token for use in a JSON Pointer (RFC 6901): `~` → `~0`, `/` → `~1`. */
export function escapePointerToken(token: string | number): string {
  const text = String(token);
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}

/** Parses a JSON Pointer back into its tokens. */
export function parsePointer(path: string): string[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export type JsonTypeName =
  'null' | 'array' | 'object' | 'string' | 'integer' | 'number' | 'boolean' | 'undefined' | 'other';

/** Names a value's JSON type (integer when it is a whole number) without revealing the value. */
export function jsonTypeOf(value: unknown): JsonTypeName {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
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

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Standard base64 with padding (RFC 4648 §4); the empty string is valid. */
export function isBase64(value: string): boolean {
  return value.length % 4 === 0 && BASE64.test(value);
}

/** Length in Unicode code points, as JSON Schema counts `minLength`/`maxLength`. */
export function codePointLength(value: string): number {
  let length = 0;
  for (const _ of value) length++;
  return length;
}
