import { type ApiRoute, type MockServer, type MockServerOptions } from './api-mock.js';
export type { MockCredentials, MockFault, MockServer, MockServerOptions, MockStats } from './api-mock.js';
/** One route per operation of CS 2015-12-15, from the model the client is generated from. */
export declare const MOCK_ROUTES: readonly ApiRoute[];
/**
 * Starts a local CS API on 127.0.0.1 for tests: it verifies signatures, validates requests with this
 * package's validators, keeps clusters, node pools and tasks (moving through their states as they are read), and
 * answers every other operation from its response schema. Resolves with its `endpoint` and `credentials`.
 */
export declare function startMockServer(options?: MockServerOptions): Promise<MockServer>;
