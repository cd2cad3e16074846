/**
 * What a bundler keeps of the generated package for `CsBaseClient` and one standalone operation: none of the opt-in
 * features (default credential chain, proxies, hooks, debug events), each of which comes back only when the code
 * names it. The bundles are made with esbuild as a user would (bundle, minify, ESM, Node) from dist/index.js; the
 * strings checked are ones minification keeps (environment variable names, error codes, event names, header names).
 * Sizes are not asserted here: `npm run bench` reports them.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../generated/cs-2015-12-15/dist/index.js');

/** Strings only each feature's code carries. */
const FEATURE_MARKERS = {
  'credential chain': ['ALIBABA_CLOUD_ROLE_ARN', 'ALIBABA_CLOUD_CREDENTIALS_URI', 'ALIBABA_CLOUD_PROFILE', 'AssumeRoleWithOIDC', 'security-credentials'],
  proxies: ['https_proxy', 'no_proxy', 'to CONNECT', 'proxy-authorization', 'ERR_PROXY_TUNNEL', 'node:tls'],
  hooks: ['onRequest', 'onResponse', 'HookFailed', 'InvalidHeader'],
  'debug events': ['.request`', '.response`', '.retry`', '.error`'],
} as const;
type Feature = keyof typeof FEATURE_MARKERS;
const FEATURES = Object.keys(FEATURE_MARKERS) as Feature[];

/** What the minimal path itself must keep: signing, environment keys, the secret guard, the response cap. */
const CORE_MARKERS = ['ACS3-HMAC-SHA256', 'ALIBABA_CLOUD_ACCESS_KEY_ID', 'x-acs-content-sha256', 'ResponseTooLarge', 'UnexpectedRedirect', 'NFKC'];

async function bundle(lines: string[]): Promise<string> {
  const result = await build({
    stdin: { contents: [`import * as cs from ${JSON.stringify(entry)};`, ...lines].join('\n'), resolveDir: path.dirname(entry), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The features whose markers all appear in the bundle; throws when only some of a feature's do (a stale list). */
function featuresIn(code: string): Feature[] {
  return FEATURES.filter((feature) => {
    const found = FEATURE_MARKERS[feature].filter((marker) => code.includes(marker));
    if (found.length > 0 && found.length < FEATURE_MARKERS[feature].length) {
      throw new Error(`${feature}: only ${found.join(', ')} of its markers are in the bundle`);
    }
    return found.length > 0;
  });
}

const call = 'export const run = (request) => cs.describeClusterDetail(client, request);';

describe('bundle of CsBaseClient and one operation', () => {
  it('keeps none of the credential chain, proxy, hook or debug-event code, and all of the core', async () => {
    const code = await bundle([`const client = new cs.CsBaseClient({ region: 'cn-hangzhou' });`, call]);
    expect(featuresIn(code)).toEqual([]);
    for (const marker of CORE_MARKERS) expect(code, marker).toContain(marker);
  });

  it('the CsClient class keeps every feature (so the markers above do name them)', async () => {
    const code = await bundle([`const client = new cs.CsClient({ region: 'cn-hangzhou' });`, 'export const run = (request) => client.describeClusterDetail(request);']);
    expect(featuresIn(code)).toEqual(FEATURES);
  });

  it.each<[string, string, Feature[]]>([
    // The chain's own requests (STS, instance metadata) honour the proxy environment as CsClient's do.
    ['credentials: defaultCredentialsChain()', `new cs.CsBaseClient({ credentials: cs.defaultCredentialsChain() })`, ['credential chain', 'proxies']],
    ['transport: createNodeTransport()', `new cs.CsBaseClient({ transport: cs.createNodeTransport() })`, ['proxies']],
    ['the hooks feature', `new cs.CsBaseClient({ hooks: [] }, { hooks: cs.hookSupport })`, ['hooks']],
    ['the events feature', `new cs.CsBaseClient({ logger: console }, { events: cs.debugEvents })`, ['debug events']],
    ['allFeatures', `new cs.CsBaseClient({}, cs.allFeatures)`, FEATURES],
  ])('%s brings in exactly what it names', async (_name, construct, expected) => {
    const code = await bundle([`const client = ${construct};`, call]);
    expect(featuresIn(code)).toEqual(expected);
  });
});
