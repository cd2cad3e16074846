/**
 * The generated package's own mock routes (src/mock/index.ts: one per operation, from the model the client is
 * generated from), stateless: every operation answers from its response sample, whatever ids it is given.
 */
import { httpRoutes } from '../../generated/cs-2015-12-15/src/mock/api-mock.ts';
import { MOCK_ROUTES } from '../../generated/cs-2015-12-15/src/mock/index.ts';
import type { MockRoute } from './mock-server.ts';

export function specRoutes(): Record<string, MockRoute> {
  return httpRoutes(MOCK_ROUTES, { stateful: false });
}
