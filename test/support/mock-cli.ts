/** `npm run mock`: runs the mock CS server on PORT (default 8080) until interrupted. */
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET, startMockServer } from './mock-server.ts';

const port = Number(process.env.PORT ?? 8080);
const server = await startMockServer({ port });
console.log(`Mock CS server listening on ${server.url}`);
console.log(`  credentials: ALIBABA_CLOUD_ACCESS_KEY_ID=${MOCK_ACCESS_KEY_ID} ALIBABA_CLOUD_ACCESS_KEY_SECRET=${MOCK_ACCESS_KEY_SECRET}`);
console.log(`  client option: endpoint: '${server.url}'`);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
