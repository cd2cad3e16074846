/** The client's resource limits and the helpers that enforce them. */
/** Default cap on a response body: 16 MiB (API answers are a few KB). */
export declare const DEFAULT_MAX_RESPONSE_BYTES: number;
/** The UTF-8 text of a body read in chunks; a leading byte-order mark is dropped (JSON.parse refuses it). */
export declare function decodeUtf8(chunks: readonly Uint8Array[], totalBytes: number): string;
/** The Content-Length a response declares, when it is a plain non-negative integer. */
export declare function declaredLength(value: string | null | undefined): number | undefined;
/** Longest text from the server quoted in an error (a message, a recommendation), in UTF-16 units. */
export declare const MAX_QUOTED_CHARS = 1024;
/** The text cut to MAX_QUOTED_CHARS, marked with an ellipsis when cut. */
export declare function cutText(text: string): string;
/** Largest allowed `maxResponseBytes`: 256 MiB keeps the decoded text below the engine's string limit. */
export declare const MAX_RESPONSE_BYTES_LIMIT: number;
