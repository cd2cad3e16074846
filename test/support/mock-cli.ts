/**
 * `npm run mock`: runs the mock CS server on PORT (default 8080) until interrupted, serving every operation of the
 * generated package (PACKAGE_DIR, default generated/cs-2015-12-15) with its validators and response examples.
 */
import path from 'node:path';
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET, startMockServer } from './mock-server.ts';
import { specRoutes } from './spec-routes.ts';

const port = Number(process.env.PORT ?? 8080);
const packageDir = process.env.PACKAGE_DIR ?? path.resolve(import.meta.dirname, '..', '..', 'generated', 'cs-2015-12-15');
const routes = await specRoutes(packageDir);
const server = await startMockServer({ port, routes });
console.log(`  operations: ${Object.keys(routes).sort().join(', ')}`);
console.log(`Mock CS server listening on ${server.url}`);
console.log(`  credentials: ALIBABA_CLOUD_ACCESS_KEY_ID=${MOCK_ACCESS_KEY_ID} ALIBABA_CLOUD_ACCESS_KEY_SECRET=${MOCK_ACCESS_KEY_SECRET}`);
console.log(`  client option: endpoint: '${server.url}'`);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
