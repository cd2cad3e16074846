/** Runtime detection and environment access that is safe in browsers (no Node global at module top level). */
declare global {
    /**
     * Set at bundle time in the package's platform builds (`dist/index.js` for Node, `dist/index.browser.js` for the
     * rest) so that the bundler drops the other platform's transport and crypto; absent when running from source.
     */
    var __CS_RUNTIME_PLATFORM__: 'node' | 'web' | undefined;
}
export declare function isNode(): boolean;
/** Reads an environment variable at call time; undefined outside Node or when empty. */
export declare function readEnv(name: string): string | undefined;
