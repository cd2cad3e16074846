/** Runtime detection and environment access that is safe in browsers (no Node global at module top level). */

interface ProcessLike {
  versions?: { node?: string };
  env?: Record<string, string | undefined>;
}

const processLike = (): ProcessLike | undefined => (globalThis as { process?: ProcessLike }).process;

export function isNode(): boolean {
  return typeof processLike()?.versions?.node === 'string';
}

/** Reads an environment variable at call time; undefined outside Node or when empty. */
export function readEnv(name: string): string | undefined {
  const value = processLike()?.env?.[name];
  return value === '' ? undefined : value;
}
