/**
 * The option tables of the generated README: every field of the runtime's `ClientOptions` and `CallOptions`, with its
 * default and meaning. A test checks that no field of either interface is missing here.
 */
import { markdownTable } from './markdown-table.ts';

const clientOptions = (eventPrefix: string): readonly (readonly [string, string, string])[] => [
  ['`region`', '`ALIBABA_CLOUD_REGION_ID`, else the API\'s default region', 'Region ID (`cn-beijing`); picks the endpoint'],
  ['`endpoint`', 'the region\'s HTTPS endpoint', 'A host (HTTPS) or a full URL used as is (`http://127.0.0.1:8080`)'],
  ['`credentials`', 'the default chain (the base client: the environment keys; see Credentials)', '`{ accessKeyId, accessKeySecret, securityToken? }`, or an async function returning them before every attempt'],
  ['`credentialEndpoints`', 'Alibaba Cloud\'s STS and instance metadata', '`{ sts?, ecsMetadata? }`: full URLs (plain `http` allowed) for the default credential chain, e.g. in private networks'],
  ['`maxResponseBytes`', '`16777216` (16 MiB)', 'Largest response body read; a larger one fails with `ResponseTooLargeError` and is not retried'],
  ['`timeoutMs`', '`30000`', 'Time limit of one attempt, in ms; a slower attempt fails with `TimeoutError`'],
  ['`maxRetries`', '`3`', 'Retries after the first attempt (see Errors); `0` turns retrying off'],
  ['`retryDelay`', '`{ baseMs: 200, maxMs: 20000 }`', 'Backoff: a random wait of up to `baseMs` before the first retry, doubling for each next one, never more than `maxMs` (Retry-After included)'],
  ['`validate`', '`true`', 'Check every request against the API\'s rules before sending it'],
  ['`userAgent`', 'none', 'Text appended to the SDK\'s User-Agent'],
  ['`proxy`', 'from `HTTPS_PROXY` / `HTTP_PROXY` / `NO_PROXY`', 'Node.js only: an `http://` proxy URL (`http://user:password@proxy:3128`) for every request, or `false` for direct connections (the base client: see Smallest bundles)'],
  ['`transport`', 'on Node.js HTTP/1.1 with keep-alive over `node:net` / `node:tls` (the base client: `fetch`), `fetch` elsewhere', 'Replaces the HTTP layer: `(request, { signal }) => Promise<response>`; `proxy` then does not apply'],
  ['`logger`', 'none', `Receives debug events (${['request', 'response', 'retry', 'error'].map((event) => `\`${eventPrefix}.${event}\``).join(', ')}); \`console\` will do (the base client: with the events feature)`],
  ['`hooks`', 'none', 'Hooks run around every attempt of every call (see Hooks; the base client: with the hooks feature)'],
];

const CALL_OPTIONS: readonly (readonly [string, string, string])[] = [
  ['`signal`', 'none', 'An `AbortSignal`; aborting fails the call with `AbortError`, also while it waits to retry'],
  ['`timeoutMs`', 'the client\'s', 'Time limit of each attempt of this call'],
  ['`validate`', 'the client\'s', 'Validate this request before sending it'],
  ['`headers`', 'none', 'Extra request headers; `x-acs-*` ones are signed; headers the SDK sets itself are refused'],
  ['`hooks`', 'none', 'Hooks for this call, run after the client\'s'],
];

/** `eventPrefix`: the product's debug event prefix (`cs` for `cs.request`). */
export function clientOptionsTable(eventPrefix: string): string {
  return markdownTable(['Option', 'Default', 'Meaning'], clientOptions(eventPrefix));
}

export function callOptionsTable(): string {
  return markdownTable(['Option', 'Default', 'Meaning'], CALL_OPTIONS);
}
