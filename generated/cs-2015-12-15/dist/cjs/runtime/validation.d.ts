/**
 * Shapes and small helpers shared by the generated validators.
 * Issue messages describe the rule and the JSON type of a value, never the value itself.
 */
export interface ValidationIssue {
    /** JSON Pointer from the request root, e.g. `/body/scaling_group/period`. */
    path: string;
    /** Stable rule name, e.g. `type`, `required`, `enum`, `maximum`, `additionalProperties`. */
    code: string;
    message: string;
}
export type ValidationResult<T> = {
    ok: true;
    value: T;
} | {
    ok: false;
    issues: ValidationIssue[];
};
export type Validator<T> = (value: unknown) => ValidationResult<T>;
/** Escapes one reference token for use in a JSON Pointer (RFC 6901): `~` → `~0`, `/` → `~1`. */
export declare function escapePointerToken(token: string | number): string;
/** Appends one key or index to a JSON Pointer. */
export declare function pointer(base: string, token: string | number): string;
/** Parses a JSON Pointer back into its tokens. */
export declare function parsePointer(path: string): string[];
export type JsonTypeName = 'null' | 'array' | 'object' | 'string' | 'integer' | 'number' | 'boolean' | 'undefined' | 'other';
/** Names a value's JSON type (integer when it is a whole number) without revealing the value. */
export declare function jsonTypeOf(value: unknown): JsonTypeName;
/** A plain JSON object (not null, not an array). */
export declare function isPlainObject(value: unknown): value is Record<string, unknown>;
/** Standard base64 with padding (RFC 4648 §4); the empty string is valid. */
export declare function isBase64(value: string): boolean;
/** Length in Unicode code points, as JSON Schema counts `minLength`/`maxLength`. */
export declare function codePointLength(value: string): number;
export declare function issue(path: string, code: string, message: string): ValidationIssue;
/** The standard "wrong type" issue: names expected and actual JSON types only. */
export declare function typeIssue(path: string, expected: string, value: unknown): ValidationIssue;
export declare function valid<T>(value: T): ValidationResult<T>;
export declare function invalid<T>(issues: ValidationIssue[]): ValidationResult<T>;
