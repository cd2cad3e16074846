/**
 * Everything the generated client class is built with: the default credential chain, proxies from the environment (or
 * the `proxy` option), hooks and debug events. The generated base client leaves these out unless given, so that a
 * bundle of it and one operation carries none of them (see ClientFeatures in client-core.ts).
 */
import type { ClientFeatures } from './client-core.js';
import { defaultCredentialsChain } from './credentials-chain.js';
import { fromEnv } from './credentials.js';
import { isNode } from './env.js';
import { hookSupport } from './hooks.js';
import { debugEvents } from './log.js';
import { createFetchTransport } from './transport-fetch.js';
import { createNodeTransport } from './transport-node.js';

export const allFeatures: ClientFeatures = {
  // Written out (not a helper call) so that a platform build folds the condition and drops the other branch.
  credentials: (options) =>
    (typeof __CS_RUNTIME_PLATFORM__ === 'string' ? __CS_RUNTIME_PLATFORM__ === 'node' : isNode())
      ? defaultCredentialsChain(options.credentialEndpoints)
      : fromEnv(),
  transport: (options) =>
    (typeof __CS_RUNTIME_PLATFORM__ === 'string' ? __CS_RUNTIME_PLATFORM__ === 'node' : isNode())
      ? createNodeTransport(options.proxy === undefined ? {} : { proxy: options.proxy })
      : createFetchTransport(),
  hooks: hookSupport,
  events: debugEvents,
};
