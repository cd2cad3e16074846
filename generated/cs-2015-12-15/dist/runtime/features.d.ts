/**
 * Everything the generated client class is built with: the default credential chain, proxies from the environment (or
 * the `proxy` option), hooks and debug events. The generated base client leaves these out unless given, so that a
 * bundle of it and one operation carries none of them (see ClientFeatures in client-core.ts).
 */
import type { ClientFeatures } from './client-core.js';
export declare const allFeatures: ClientFeatures;
