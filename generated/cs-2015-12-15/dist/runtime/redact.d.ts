export interface SecretGuard {
    /** The text cut to MAX_QUOTED_CHARS, or undefined when it repeats a secret. */
    quote(text: string): string | undefined;
    /** An identifier (error code, request id) kept as is, or undefined when it is not one or repeats a secret. */
    identifier(text: string): string | undefined;
}
export declare function createSecretGuard(secrets: readonly (string | undefined)[]): SecretGuard;
