/** The client's resource limits and the helpers that enforce them. */

/** Default cap on a response body: 16 MiB (API answers are a few KB). */
export const DEFAULT_MAX_RESPONSE_BYTES: number = 16 * 1024 * 1024;

/** The UTF-8 text of a body read in chunks; a leading byte-order mark is dropped (JSON.parse refuses it). */
export function decodeUtf8(chunks: readonly Uint8Array[], totalBytes: number): string {
  const bytes = new Uint8Array(totalBytes);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

/** The Content-Length a response declares, when it is a plain non-negative integer. */
export function declaredLength(value: string | null | undefined): number | undefined {
  return value !== null && value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

/** Longest text from the server quoted in an error (a message, a recommendation), in UTF-16 units. */
export const MAX_QUOTED_CHARS = 1024;

/** The text cut to MAX_QUOTED_CHARS, marked with an ellipsis when cut. */
export function cutText(text: string): string {
  return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text;
}

/** Largest allowed `maxResponseBytes`: 256 MiB keeps the decoded text below the engine's string limit. */
export const MAX_RESPONSE_BYTES_LIMIT: number = 256 * 1024 * 1024;
