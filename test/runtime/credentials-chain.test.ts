/**
 * The default credential chain as the client uses it when no `credentials` option is given: each source alone, the
 * order when several are configured (environment → OIDC role → CLI profile → credentials file → ECS RAM role →
 * credentials URI, as in @alicloud/credentials 2.x), endpoint overrides from client options, one search for many
 * concurrent calls, and the error when nothing is configured. Servers are local (127.0.0.1); HOME is a temp folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allFeatures } from '../../generator/runtime/features.ts';
import { ClientCore, type OperationDescriptor } from '../../generator/runtime/client-core.ts';
import { defaultCredentialsChain } from '../../generator/runtime/credentials-chain.ts';
import { CredentialsError } from '../../generator/runtime/errors.ts';
import {
  startCredentialsUri,
  startFakeMetadata,
  startFakeSts,
  type FakeServer,
} from '../support/credential-servers.ts';
import { startMockServer, type MockServer } from '../support/mock-server.ts';

const OIDC_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.chain-oidc-token.sig';
const ROLE_ARN = 'acs:ram::1234567890:role/node-pool-admin';

const CHAIN_VARIABLES = [
  'ALIBABA_CLOUD_ACCESS_KEY_ID',
  'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  'ALIBABA_CLOUD_SECURITY_TOKEN',
  'ALIBABA_CLOUD_ROLE_ARN',
  'ALIBABA_CLOUD_OIDC_PROVIDER_ARN',
  'ALIBABA_CLOUD_OIDC_TOKEN_FILE',
  'ALIBABA_CLOUD_ROLE_SESSION_NAME',
  'ALIBABA_CLOUD_PROFILE',
  'ALIBABA_CLOUD_CLI_PROFILE_DISABLED',
  'ALIBABA_CLOUD_CREDENTIALS_FILE',
  'ALIBABA_CLOUD_ECS_METADATA',
  'ALIBABA_CLOUD_ECS_METADATA_DISABLED',
  'ALIBABA_CLOUD_IMDSV1_DISABLED',
  'ALIBABA_CLOUD_CREDENTIALS_URI',
  'ALIBABA_CLOUD_STS_ENDPOINT',
  'ALIBABA_CLOUD_ECS_METADATA_ENDPOINT',
];

let home: string;
let sts: FakeServer;
let metadata: FakeServer;
let uri: FakeServer;

function write(relative: string, contents: string): string {
  const file = path.join(home, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, contents);
  return file;
}

/** Configures each source with its own recognisable key id (or server). */
const configure = {
  environment: (): void => {
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', 'env-id');
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'env-secret');
  },
  oidc: (): void => {
    vi.stubEnv('ALIBABA_CLOUD_ROLE_ARN', ROLE_ARN);
    vi.stubEnv('ALIBABA_CLOUD_OIDC_PROVIDER_ARN', 'acs:ram::1234567890:oidc-provider/ack-rrsa');
    vi.stubEnv('ALIBABA_CLOUD_OIDC_TOKEN_FILE', write('oidc-token', OIDC_TOKEN));
  },
  cliProfile: (): void => {
    write(
      '.aliyun/config.json',
      JSON.stringify({
        current: 'p',
        profiles: [{ name: 'p', mode: 'AK', access_key_id: 'cli-id', access_key_secret: 'cli-secret' }],
      }),
    );
  },
  credentialsFile: (): void => {
    write(
      '.alibabacloud/credentials',
      '[default]\ntype = access_key\naccess_key_id = file-id\naccess_key_secret = file-secret\n',
    );
  },
  ecs: (): void => {
    vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA_DISABLED', '');
  },
  uri: (): void => {
    vi.stubEnv('ALIBABA_CLOUD_CREDENTIALS_URI', `${uri.url}/credentials`);
  },
};

beforeEach(async () => {
  home = mkdtempSync(path.join(tmpdir(), 'chain-home-'));
  for (const name of CHAIN_VARIABLES) vi.stubEnv(name, '');
  vi.stubEnv('HOME', home);
  vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA_DISABLED', 'true');
  [sts, metadata, uri] = await Promise.all([
    startFakeSts({ oidcToken: OIDC_TOKEN }),
    startFakeMetadata('ChainRole'),
    startCredentialsUri(),
  ]);
  vi.stubEnv('ALIBABA_CLOUD_STS_ENDPOINT', sts.url);
  vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA_ENDPOINT', metadata.url);
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all([sts.close(), metadata.close(), uri.close()]);
  rmSync(home, { recursive: true, force: true });
});

describe('default credential chain', () => {
  it('higher sources win; each one is skipped when it is not configured', async () => {
    for (const setup of Object.values(configure)) setup();
    const winners: string[] = [];
    const unconfigure = [
      () => vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_ID', ''),
      () => vi.stubEnv('ALIBABA_CLOUD_ROLE_ARN', ''),
      () => vi.stubEnv('ALIBABA_CLOUD_CLI_PROFILE_DISABLED', 'true'),
      () => vi.stubEnv('ALIBABA_CLOUD_CREDENTIALS_FILE', path.join(home, 'no-such-file')),
      () => vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA_DISABLED', 'true'),
    ];
    for (let step = 0; step <= unconfigure.length; step++) {
      winners.push((await defaultCredentialsChain()()).accessKeyId);
      unconfigure[step]?.();
    }
    expect(winners).toEqual([
      'env-id',
      sts.issued[0]!.AccessKeyId,
      'cli-id',
      'file-id',
      metadata.issued[0]!.AccessKeyId,
      uri.issued[0]!.AccessKeyId,
    ]);
  });

  it('each source alone signs the client request, which the mock CS server verifies', async () => {
    const accepted: Record<string, string> = {
      'env-id': 'env-secret',
      'cli-id': 'cli-secret',
      'file-id': 'file-secret',
    };
    const tokens: string[] = [];
    for (const server of [sts, metadata, uri]) {
      server.onIssue = (issued) => {
        accepted[issued.AccessKeyId] = issued.AccessKeySecret;
        tokens.push(issued.SecurityToken);
      };
    }
    const cs: MockServer = await startMockServer({
      credentials: accepted,
      securityTokens: tokens,
      routes: {
        DescribeClusterNodePools: {
          method: 'GET',
          path: '/clusters/{ClusterId}/nodepools',
          respond: () => ({ status: 200, body: { nodepools: [] } }),
        },
      },
    });
    try {
      const used: string[] = [];
      for (const [name, setup] of Object.entries(configure)) {
        for (const variable of CHAIN_VARIABLES.filter((v) => !v.endsWith('_ENDPOINT'))) vi.stubEnv(variable, '');
        vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA_DISABLED', 'true');
        rmSync(path.join(home, '.aliyun'), { recursive: true, force: true });
        rmSync(path.join(home, '.alibabacloud'), { recursive: true, force: true });
        setup();
        const client = new ClientCore(service, { endpoint: cs.url, maxRetries: 0 }, allFeatures);
        const result = await client.send(DescribeClusterNodePools, { ClusterId: 'c1' }, undefined);
        expect(result.$metadata.httpStatusCode, name).toBe(200);
        used.push(/Credential=([^,]+)/.exec(cs.requests.at(-1)?.headers.authorization ?? '')?.[1] ?? '');
        client.destroy();
      }
      expect(used).toEqual([
        'env-id',
        sts.issued[0]!.AccessKeyId,
        'cli-id',
        'file-id',
        metadata.issued[0]!.AccessKeyId,
        uri.issued[0]!.AccessKeyId,
      ]);
    } finally {
      await cs.close();
    }
  });

  it('endpoint overrides from client options win over the environment', async () => {
    configure.oidc();
    vi.stubEnv('ALIBABA_CLOUD_STS_ENDPOINT', 'http://127.0.0.1:9');
    vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA_ENDPOINT', 'http://127.0.0.1:9');
    const chain = defaultCredentialsChain({ sts: sts.url, ecsMetadata: metadata.url });
    expect((await chain()).accessKeyId).toBe(sts.issued[0]!.AccessKeyId);
    vi.stubEnv('ALIBABA_CLOUD_ROLE_ARN', '');
    configure.ecs();
    expect((await defaultCredentialsChain({ sts: sts.url, ecsMetadata: metadata.url })()).accessKeyId).toBe(
      metadata.issued[0]!.AccessKeyId,
    );
  });

  it('20 concurrent first calls search once and send one STS request', async () => {
    configure.oidc();
    const chain = defaultCredentialsChain();
    const results = await Promise.all(Array.from({ length: 20 }, () => chain()));
    expect(sts.counts).toEqual({ AssumeRoleWithOIDC: 1 });
    expect(new Set(results.map((c) => c.securityToken)).size).toBe(1);
  });

  it('nothing configured: one error listing every source in order, why it was passed over, and no value', async () => {
    vi.stubEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'lonely-secret');
    vi.stubEnv('ALIBABA_CLOUD_OIDC_TOKEN_FILE', write('oidc-token', OIDC_TOKEN));
    const error = await defaultCredentialsChain()().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CredentialsError);
    const message = (error as Error).message;
    const order = [
      'environment (',
      'OIDC role (',
      'CLI profile (',
      'credentials file (',
      'ECS RAM role (',
      'credentials URI (',
    ].map((s) => message.indexOf(s));
    expect(order.every((position, i) => position > 0 && (i === 0 || position > order[i - 1]!))).toBe(true);
    expect(message).toContain('environment (ALIBABA_CLOUD_ACCESS_KEY_ID not set)');
    expect(message).toContain('OIDC role (ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN not set)');
    expect(message).toContain(`CLI profile (${path.join(home, '.aliyun/config.json')} does not exist)`);
    expect(message).toContain('ECS RAM role (disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED)');
    expect(message).toContain('credentials URI (ALIBABA_CLOUD_CREDENTIALS_URI not set)');
    const visible = [message, inspect(error, { showHidden: true, depth: 10 }), JSON.stringify(error)].join('\n');
    expect(visible).not.toContain('lonely-secret');
    expect(visible).not.toContain(OIDC_TOKEN);
  });

  it('a configured source that fails is passed over, its reason kept, its secrets not', async () => {
    configure.oidc();
    write('oidc-token', 'rejected-oidc-token');
    configure.uri();
    expect((await defaultCredentialsChain()()).accessKeyId).toBe(uri.issued[0]!.AccessKeyId);
    vi.stubEnv('ALIBABA_CLOUD_CREDENTIALS_URI', '');
    const error = (await defaultCredentialsChain()().catch((e: unknown) => e)) as CredentialsError;
    expect(error.message).toMatch(
      /OIDC role \(STS AssumeRoleWithOIDC answered HTTP 403 \(AuthenticationFail\.OIDCToken\.Invalid, request id [\w-]+\)\)/,
    );
    expect(inspect(error, { showHidden: true, depth: 10 })).not.toContain('rejected-oidc-token');
  });

  it('the client falls back to the chain only without a `credentials` option', async () => {
    configure.environment();
    const requests: string[] = [];
    const transport = async (request: { headers: Record<string, string> }) => {
      requests.push(request.headers.authorization ?? '');
      return { statusCode: 200, headers: {}, body: '{}' };
    };
    await new ClientCore(service, { endpoint: 'h', transport }, allFeatures).send(
      DescribeClusterNodePools,
      { ClusterId: 'c' },
      undefined,
    );
    await new ClientCore(service, { endpoint: 'h', transport, credentials: { accessKeyId: 'static-id', accessKeySecret: 's' } }, allFeatures).send(DescribeClusterNodePools, { ClusterId: 'c' }, undefined);
    expect(requests.map((a) => a.match(/Credential=([^,]+)/)?.[1])).toEqual(['env-id', 'static-id']);
  });
});

const service = { product: 'CS', version: '2015-12-15', endpointTemplate: 'cs.{region}.aliyuncs.com', regions: {} };

const DescribeClusterNodePools: OperationDescriptor = {
  action: 'DescribeClusterNodePools',
  method: 'GET',
  path: '/clusters/{ClusterId}/nodepools',
  params: [{ name: 'ClusterId', in: 'path' }],
  body: false,
  idempotent: true,
};
