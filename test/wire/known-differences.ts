/**
 * Where our wire request differs from the official SDK's, by operation, with the reason. Filled in below.
 */
export const KNOWN_DIFFERENCES: Record<string, string[]> = {};
