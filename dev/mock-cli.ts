/**
 * `npm run mock`: the generated package's mock server (`cs-2015-12-15/mock`) on PORT (default 8080) until
 * interrupted; TRANSITION_POLLS sets how many reads a cluster, node pool or task stays in a transitional state.
 */
import { startMockServer } from 'cs-2015-12-15/mock';

const server = await startMockServer({
  port: Number(process.env.PORT ?? 8080),
  ...(process.env.TRANSITION_POLLS === undefined ? {} : { transitionPolls: Number(process.env.TRANSITION_POLLS) }),
});
const { accessKeyId, accessKeySecret } = server.credentials;
console.log(`Mock CS server listening on ${server.endpoint}`);
// The mock's own fixed test key (or none other): printing it is the point.
console.log(`  credentials: ALIBABA_CLOUD_ACCESS_KEY_ID=${accessKeyId} ALIBABA_CLOUD_ACCESS_KEY_SECRET=${accessKeySecret}`);
console.log(`  client options: { endpoint: '${server.endpoint}', credentials: { accessKeyId, accessKeySecret } }`);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
