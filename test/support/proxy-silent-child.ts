/**
 * Child process for the proxy test: one call through a proxy (given as argv[2]) that accepts the connection and never
 * answers the CONNECT. Prints the error code; the process must then exit by itself, the CONNECT still pending.
 */
import { ClientCore } from '../../generator/runtime/client-core.ts';
import { allFeatures } from '../../generator/runtime/features.ts';

const core = new ClientCore(
  { product: 'CS', version: '2015-12-15', endpointTemplate: 'cs.{region}.aliyuncs.com', regions: {} },
  { endpoint: 'https://127.0.0.1:9', proxy: process.argv[2], timeoutMs: 200, maxRetries: 0, credentials: { accessKeyId: 'id', accessKeySecret: 'secret' } },
  allFeatures,
);
const operation = { action: 'DescribeClusters', method: 'GET', path: '/clusters', params: [], body: false, idempotent: true } as const;
await core.send(operation, {}, undefined).catch((error: { code?: string }) => console.log(error.code));
