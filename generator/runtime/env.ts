/** Runtime detection and environment access that is safe in browsers (no Node global at module top level). */

export function isNode(): boolean {
  return typeof globalThis.process?.versions?.node === 'string';
}

/** Reads an environment variable at call time; undefined outside Node or when empty. */
export function readEnv(name: string): string | undefined {
  const value = globalThis.process?.env?.[name];
  return value === '' ? undefined : value;
}
