/** Runtime detection and environment access that is safe in browsers (no Node global at module top level). */

interface ProcessLike {
  versions?: { node?: string };
  env?: Record<string, string | undefined>;
}

const processLike = (): ProcessLike | undefined => (globalThis as { process?: ProcessLike }).process;

declare global {
  /**
   * Set at bundle time in the package's platform builds (`dist/index.js` and `dist/cjs/index.js` for Node,
   * `dist/index.browser.js` for the rest) so that the bundler drops the other platform's transport and crypto; absent
   * when running from source. Code that loads a `node:*` module must sit behind a condition on it (written out, as in
   * `ClientCore.defaultTransport`) or be exported from `node.ts` only: the browser build refuses any `node:` import.
   */
  var __CS_RUNTIME_PLATFORM__: 'node' | 'web' | undefined;
}

export function isNode(): boolean {
  return typeof processLike()?.versions?.node === 'string';
}

/** Reads an environment variable at call time; undefined outside Node or when empty. */
export function readEnv(name: string): string | undefined {
  const value = processLike()?.env?.[name];
  return value === '' ? undefined : value;
}
