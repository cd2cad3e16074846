/** Runtime detection and environment access that is safe in browsers (no Node global at module top level). */
const processLike = () => globalThis.process;
export function isNode() {
    return typeof processLike()?.versions?.node === 'string';
}
/** Reads an environment variable at call time; undefined outside Node or when empty. */
export function readEnv(name) {
    const value = processLike()?.env?.[name];
    return value === '' ? undefined : value;
}
