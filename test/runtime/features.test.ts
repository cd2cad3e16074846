/**
 * CsBaseClient is minimal unless given features: credentials from the option or the environment keys only, direct
 * connections, and the options only a feature honours (hooks, logger, proxy, credentialEndpoints, per-call hooks and
 * headers) refused rather than ignored. CsClient has every feature. (What bundlers keep: test/package/minimal-bundle.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  allFeatures,
  ConfigurationError,
  CredentialsError,
  CsBaseClient,
  CsClient,
  debugEvents,
  defaultCredentialsChain,
  describeClusterDetail,
  hookSupport,
  type CsClientOptions,
  type HttpRequest,
  type Transport,
} from '../../generated/cs-2015-12-15/src/index.node.ts';
import { startCredentialsUri, type FakeServer } from '../support/credential-servers.ts';

let uri: FakeServer;
const requests: HttpRequest[] = [];
const transport: Transport = async (request) => {
  requests.push(request);
  return { statusCode: 200, headers: {}, body: '{}' };
};
const keyIdOf = (request: HttpRequest | undefined): string | undefined => /Credential=([^,]+)/.exec(request?.headers.authorization ?? '')?.[1];

beforeEach(async () => {
  requests.length = 0;
  uri = await startCredentialsUri();
  // Only the credentials URI source of the default chain is configured.
  vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', '');
  vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', '');
  vi.stubEnv('ALIBABA_CLOUD_CREDENTIALS_URI', `${uri.url}/credentials`);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await uri.close();
});

describe('credentials without the `credentials` option', () => {
  it('CsBaseClient reads the environment keys only; CsClient goes down the default chain', async () => {
    const base = new CsBaseClient({ endpoint: 'h.example', transport });
    const error = await describeClusterDetail(base, { ClusterId: 'c1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    expect(error).toMatchObject({ source: 'environment' });
    expect(uri.counts).toEqual({});

    await new CsClient({ endpoint: 'h.example', transport }).describeClusterDetail({ ClusterId: 'c1' });
    expect(keyIdOf(requests[0])).toBe(uri.issued[0]?.AccessKeyId);
  });

  it('CsBaseClient uses the environment keys, the chain when given it, and allFeatures like CsClient', async () => {
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', 'env-id');
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'env-secret');
    await describeClusterDetail(new CsBaseClient({ endpoint: 'h.example', transport }), { ClusterId: 'c1' });
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', '');
    await describeClusterDetail(new CsBaseClient({ endpoint: 'h.example', transport, credentials: defaultCredentialsChain() }), { ClusterId: 'c1' });
    await describeClusterDetail(new CsBaseClient({ endpoint: 'h.example', transport }, allFeatures), { ClusterId: 'c1' });
    expect(requests.map(keyIdOf)).toEqual(['env-id', ...uri.issued.map((issued) => issued.AccessKeyId)]);
    expect(uri.issued).toHaveLength(2);
  });
});

describe('options only a feature honours', () => {
  const credentials = { accessKeyId: 'id', accessKeySecret: 'secret' };

  it.each<[string, CsClientOptions]>([
    ['hooks', { hooks: [{ onRequest: () => undefined }] }],
    ['logger', { logger: console }],
    ['proxy', { proxy: 'http://127.0.0.1:3128' }],
    ['credentialEndpoints', { credentials: undefined, credentialEndpoints: { sts: 'http://127.0.0.1:1' } }],
  ])('CsBaseClient refuses `%s` without its feature; CsClient accepts it', (option, options) => {
    let error: unknown;
    try {
      new CsBaseClient({ credentials, ...options });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ option });
    expect(() => new CsClient({ credentials, ...options }).destroy()).not.toThrow();
  });

  it('`proxy: false` (direct connections) and a proxy with an own transport are accepted', () => {
    expect(() => new CsBaseClient({ proxy: false })).not.toThrow();
    expect(() => new CsBaseClient({ proxy: 'http://127.0.0.1:3128', transport })).not.toThrow();
  });

  it('per-call hooks and headers need the hooks feature; logger the events feature', async () => {
    const base = new CsBaseClient({ endpoint: 'h.example', transport, credentials });
    for (const [option, call] of [
      ['CallOptions.headers', { headers: { 'x-acs-note': 'a' } }],
      ['CallOptions.hooks', { hooks: [] }],
    ] as const) {
      const error = await describeClusterDetail(base, { ClusterId: 'c1' }, call).catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'ConfigurationError', option });
    }
    expect(requests).toEqual([]);

    const events: string[] = [];
    const hooked = new CsBaseClient(
      { endpoint: 'h.example', transport, credentials, logger: { debug: (name) => void events.push(name) } },
      { hooks: hookSupport, events: debugEvents },
    );
    await describeClusterDetail(hooked, { ClusterId: 'c1' }, { headers: { 'x-acs-note': 'a' } });
    expect(requests[0]?.headers['x-acs-note']).toBe('a');
    expect(events).toEqual(['cs.request', 'cs.response']);
  });
});
