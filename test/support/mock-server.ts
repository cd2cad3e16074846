/**
 * The tests' view of the mock CS server (generator/mock/http-server.ts, the code the generated package ships as
 * `<package>/mock`): the same server, plus a record of every request for assertions, and a default route for
 * CreateClusterNodePool so that client tests need no generated package.
 */
import { randomUUID } from 'node:crypto';
import {
  startMockHttpServer,
  type MockHttpOptions,
  type MockHttpServer,
  type MockRoute,
  type ObservedRequest,
} from '../../generator/mock/http-server.ts';

export { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET, verifySignature } from '../../generator/mock/signature.ts';
export { DEFAULT_MAX_BODY_BYTES as MAX_BODY_BYTES, seededRandom } from '../../generator/mock/http-server.ts';
export type {
  MockFault,
  MockReply,
  MockRequest,
  MockRoute,
  MockStats,
  RandomFaults,
  RequestFault,
  ValidationIssueLike,
  ValidationResultLike,
} from '../../generator/mock/http-server.ts';

export type RecordedRequest = ObservedRequest;

export interface MockServerOptions extends Omit<MockHttpOptions, 'observe' | 'routes'> {
  /** Extra routes; they replace the defaults of the same action. */
  routes?: Record<string, MockRoute>;
}

export interface MockServer extends MockHttpServer {
  /** Every request received (none in bench mode). */
  requests: RecordedRequest[];
}

export const defaultRoutes: Record<string, MockRoute> = {
  CreateClusterNodePool: {
    method: 'POST',
    path: '/clusters/{ClusterId}/nodepools',
    respond: () => ({ status: 200, body: { nodepool_id: `np${randomUUID().replace(/-/g, '').slice(0, 30)}`, request_id: randomUUID().toUpperCase() } }),
  },
};

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const requests: RecordedRequest[] = [];
  const server = await startMockHttpServer({
    ...options,
    cors: options.cors ?? false,
    routes: { ...defaultRoutes, ...options.routes },
    ...(options.bench ? {} : { observe: (request: ObservedRequest) => requests.push(request) }),
  });
  return Object.assign(server, { requests });
}
