/** Runtime detection and environment access that is safe in browsers (no Node global at module top level). */
export declare function isNode(): boolean;
/** Reads an environment variable at call time; undefined outside Node or when empty. */
export declare function readEnv(name: string): string | undefined;
