/**
 * Every credential source end to end against local servers on 127.0.0.1 (fake STS, fake instance metadata with
 * IMDSv2 enforced, a credentials URI) and configuration files under a temporary HOME: what each returns, caching and
 * refresh before expiry, one request for many concurrent calls, and failures that name the source and carry no secret.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromEcsRamRole } from '../../generator/runtime/credentials-ecs.ts';
import { fromOidcRole } from '../../generator/runtime/credentials-oidc.ts';
import { fromCliProfile, fromCredentialsFile, parseIni } from '../../generator/runtime/credentials-profile.ts';
import { fromRamRoleArn } from '../../generator/runtime/credentials-ram-role-arn.ts';
import { fromCredentialsUri } from '../../generator/runtime/credentials-uri.ts';
import type { Credentials, CredentialsProvider } from '../../generator/runtime/credentials.ts';
import { CredentialsError } from '../../generator/runtime/errors.ts';
import {
  startCredentialsUri,
  startFakeMetadata,
  startFakeSts,
  type FakeServer,
} from '../support/credential-servers.ts';

const BASE_ID = 'LTAIbaseKeyId0001';
const BASE_SECRET = 'base-secret-Zq8/+=';
const OIDC_TOKEN = 'eyJhbGciOiJSUzI1NiJ9.oidc-token-content.signature';
const ROLE_ARN = 'acs:ram::1234567890:role/node-pool-admin';
const PROVIDER_ARN = 'acs:ram::1234567890:oidc-provider/ack-rrsa-c123';

let home: string;
const servers: FakeServer[] = [];

async function serve<T extends FakeServer>(started: Promise<T>): Promise<T> {
  const server = await started;
  servers.push(server);
  return server;
}

function write(relative: string, contents: string): string {
  const file = path.join(home, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, contents);
  return file;
}

/** Every text of an error a user or a log could see. */
function visible(error: unknown): string {
  const e = error as Error;
  return [e.message, e.stack, String(e), JSON.stringify(e), inspect(e, { depth: 10, showHidden: true })].join('\n');
}

async function failure(provider: CredentialsProvider): Promise<CredentialsError> {
  const error = await provider().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CredentialsError);
  expect((error as CredentialsError).cause).toBeUndefined();
  return error as CredentialsError;
}

function expectNoSecret(error: unknown, secrets: readonly string[]): void {
  const text = visible(error);
  for (const secret of secrets) expect(text).not.toContain(secret);
}

beforeEach(() => {
  home = mkdtempSync(path.join(tmpdir(), 'creds-home-'));
  vi.stubEnv('HOME', home);
  for (const name of [
    'ALIBABA_CLOUD_STS_ENDPOINT',
    'ALIBABA_CLOUD_ECS_METADATA_ENDPOINT',
    'ALIBABA_CLOUD_PROFILE',
    'ALIBABA_CLOUD_CREDENTIALS_FILE',
  ]) {
    vi.stubEnv(name, '');
  }
  vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA', '');
  vi.stubEnv('ALIBABA_CLOUD_IMDSV1_DISABLED', '');
});

afterEach(async () => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
  await Promise.all(servers.splice(0).map((server) => server.close()));
  rmSync(home, { recursive: true, force: true });
});

describe('RAM role ARN (STS AssumeRole)', () => {
  it('assumes the role with a request the fake STS verifies, and signs with the session', async () => {
    const sts = await serve(startFakeSts({ keys: { [BASE_ID]: BASE_SECRET } }));
    const provider = fromRamRoleArn({
      credentials: { accessKeyId: BASE_ID, accessKeySecret: BASE_SECRET },
      roleArn: ROLE_ARN,
      stsEndpoint: sts.url,
    });
    const credentials = await provider();
    const issued = sts.issued[0]!;
    expect(credentials).toEqual({
      accessKeyId: issued.AccessKeyId,
      accessKeySecret: issued.AccessKeySecret,
      securityToken: issued.SecurityToken,
    });
    const form = new URLSearchParams(sts.requests[0]!.body);
    expect(form.get('RoleArn')).toBe(ROLE_ARN);
    expect(form.get('DurationSeconds')).toBe('3600');
    expect(form.get('RoleSessionName')).toMatch(/^[\w.@-]{2,64}$/);
  });

  it('passes the base STS token along and takes the endpoint from ALIBABA_CLOUD_STS_ENDPOINT', async () => {
    const sts = await serve(startFakeSts({ keys: { [BASE_ID]: BASE_SECRET } }));
    vi.stubEnv('ALIBABA_CLOUD_STS_ENDPOINT', sts.url);
    const provider = fromRamRoleArn({
      credentials: async () => ({
        accessKeyId: BASE_ID,
        accessKeySecret: BASE_SECRET,
        securityToken: 'base-sts-token',
      }),
      roleArn: ROLE_ARN,
      roleSessionName: 'nightly',
      policy: '{"Version":"1"}',
      externalId: 'ext-1',
    });
    await provider();
    const query = new URL(sts.requests[0]!.url, sts.url).searchParams;
    expect(query.get('SecurityToken')).toBe('base-sts-token');
    expect(Object.fromEntries(new URLSearchParams(sts.requests[0]!.body))).toMatchObject({
      RoleSessionName: 'nightly',
      Policy: '{"Version":"1"}',
      ExternalId: 'ext-1',
    });
  });

  it('a refused signature names the source and the STS code, never the keys or what STS echoed', async () => {
    const sts = await serve(startFakeSts({ keys: { [BASE_ID]: 'the-real-secret' } }));
    const token = 'base-sts-token-secret';
    const error = await failure(
      fromRamRoleArn({
        credentials: { accessKeyId: BASE_ID, accessKeySecret: BASE_SECRET, securityToken: token },
        roleArn: ROLE_ARN,
        stsEndpoint: sts.url,
      }),
    );
    expect(error.source).toBe('RAM role ARN');
    expect(error.message).toMatch(
      /^RAM role ARN: STS AssumeRole answered HTTP 403 \(SignatureDoesNotMatch, request id [\w-]+\)$/,
    );
    expectNoSecret(error, [BASE_ID, BASE_SECRET, token, 'the-real-secret']);
  });
});

describe('caching and refresh', () => {
  it('reuses credentials until less than 3 minutes are left, then refreshes once', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.parse('2026-11-29T10:00:00Z');
    vi.setSystemTime(start);
    const sts = await serve(startFakeSts({ keys: { [BASE_ID]: BASE_SECRET } }));
    const provider = fromRamRoleArn({
      credentials: { accessKeyId: BASE_ID, accessKeySecret: BASE_SECRET },
      roleArn: ROLE_ARN,
      stsEndpoint: sts.url,
    });
    const first = await provider();
    vi.setSystemTime(start + 56 * 60_000); // 4 minutes left
    expect(await provider()).toEqual(first);
    expect(sts.counts.AssumeRole).toBe(1);
    vi.setSystemTime(start + 58 * 60_000); // 2 minutes left
    const second = await provider();
    expect(sts.counts.AssumeRole).toBe(2);
    expect(second.accessKeyId).toBe(sts.issued[1]!.AccessKeyId);
    expect(second.accessKeyId).not.toBe(first.accessKeyId);
  });

  it('short-lived credentials are refreshed at half their lifetime', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.parse('2026-11-29T10:00:00Z');
    vi.setSystemTime(start);
    const uri = await serve(startCredentialsUri());
    uri.lifetimeMs = 60_000;
    const provider = fromCredentialsUri(`${uri.url}/credentials`);
    await provider();
    vi.setSystemTime(start + 29_000);
    await provider();
    expect(uri.counts.uri).toBe(1);
    vi.setSystemTime(start + 31_000);
    await provider();
    expect(uri.counts.uri).toBe(2);
  });

  it('keeps still-valid credentials when a refresh fails, and throws once they have expired', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.parse('2026-11-29T10:00:00Z');
    vi.setSystemTime(start);
    const uri = await serve(startCredentialsUri());
    const provider = fromCredentialsUri(`${uri.url}/credentials`);
    const first = await provider();
    await uri.close();
    vi.setSystemTime(start + 58 * 60_000);
    expect(await provider()).toEqual(first);
    vi.setSystemTime(start + 61 * 60_000);
    const error = await failure(provider);
    expect(error.message).toMatch(/^credentials URI: cannot reach http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)$/);
  });

  it('after a failed refresh, still-valid credentials are served for 10 s before the next attempt', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.parse('2026-11-29T10:00:00Z');
    vi.setSystemTime(start);
    const keys: Record<string, string> = { [BASE_ID]: BASE_SECRET };
    const sts = await serve(startFakeSts({ keys }));
    const provider = fromRamRoleArn({
      credentials: { accessKeyId: BASE_ID, accessKeySecret: BASE_SECRET },
      roleArn: ROLE_ARN,
      stsEndpoint: sts.url,
    });
    const first = await provider();
    delete keys[BASE_ID];
    const seen: number[] = [];
    for (const offsetMs of [58 * 60_000, 58 * 60_000 + 5_000, 58 * 60_000 + 11_000]) {
      vi.setSystemTime(start + offsetMs);
      expect(await provider()).toEqual(first);
      seen.push(sts.requests.length);
    }
    expect(seen).toEqual([2, 2, 3]);
    keys[BASE_ID] = BASE_SECRET;
    vi.setSystemTime(start + 58 * 60_000 + 22_000);
    expect((await provider()).accessKeyId).toBe(sts.issued[1]!.AccessKeyId);
  });

  it('20 concurrent calls share one request (STS, instance metadata, credentials URI)', async () => {
    const sts = await serve(startFakeSts({ keys: { [BASE_ID]: BASE_SECRET }, oidcToken: OIDC_TOKEN }));
    const metadata = await serve(startFakeMetadata('EcsNodeRole'));
    const uri = await serve(startCredentialsUri());
    const tokenFile = write('token', OIDC_TOKEN);
    const providers = {
      AssumeRole: [
        sts,
        fromRamRoleArn({
          credentials: { accessKeyId: BASE_ID, accessKeySecret: BASE_SECRET },
          roleArn: ROLE_ARN,
          stsEndpoint: sts.url,
        }),
      ],
      AssumeRoleWithOIDC: [
        sts,
        fromOidcRole({
          roleArn: ROLE_ARN,
          oidcProviderArn: PROVIDER_ARN,
          oidcTokenFile: tokenFile,
          stsEndpoint: sts.url,
        }),
      ],
      credentials: [metadata, fromEcsRamRole({ metadataEndpoint: metadata.url })],
      uri: [uri, fromCredentialsUri(`${uri.url}/credentials`)],
    } as const;
    for (const [kind, [server, provider]] of Object.entries(providers)) {
      const results = await Promise.all(Array.from({ length: 20 }, () => provider()));
      expect(server.counts[kind], kind).toBe(1);
      expect(new Set(results.map((c: Credentials) => c.accessKeyId)).size).toBe(1);
    }
  });
});

describe('OIDC role (RRSA)', () => {
  it('exchanges the token file for the role, reading the file again on refresh', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2026-11-29T10:00:00Z'));
    const sts = await serve(startFakeSts({ oidcToken: OIDC_TOKEN }));
    const tokenFile = write('var/run/secrets/token', 'stale-token');
    const provider = fromOidcRole({
      roleArn: ROLE_ARN,
      oidcProviderArn: PROVIDER_ARN,
      oidcTokenFile: tokenFile,
      roleSessionName: 'pod-1',
      stsEndpoint: sts.url,
    });
    const refused = await failure(provider);
    expect(refused.message).toBe(
      'OIDC role: STS AssumeRoleWithOIDC answered HTTP 403 (AuthenticationFail.OIDCToken.Invalid, request id ' +
        refused.message.split('request id ')[1],
    );
    expectNoSecret(refused, ['stale-token', OIDC_TOKEN]);
    write('var/run/secrets/token', `${OIDC_TOKEN}\n`);
    const credentials = await provider();
    expect(credentials.securityToken).toBe(sts.issued[0]!.SecurityToken);
    const form = Object.fromEntries(new URLSearchParams(sts.requests.at(-1)!.body));
    expect(form).toMatchObject({
      RoleArn: ROLE_ARN,
      OIDCProviderArn: PROVIDER_ARN,
      RoleSessionName: 'pod-1',
      DurationSeconds: '3600',
    });
    expect(new URL(sts.requests.at(-1)!.url, sts.url).searchParams.get('Action')).toBe('AssumeRoleWithOIDC');
  });

  it('a missing token file is named, without a token', async () => {
    const error = await failure(
      fromOidcRole({
        roleArn: ROLE_ARN,
        oidcProviderArn: PROVIDER_ARN,
        oidcTokenFile: path.join(home, 'absent'),
        stsEndpoint: 'http://127.0.0.1:9',
      }),
    );
    expect(error.message).toBe(`OIDC role: cannot read the OIDC token file ${path.join(home, 'absent')} (ENOENT)`);
  });
});

describe('ECS RAM role (instance metadata)', () => {
  it('gets an IMDSv2 token, discovers the role and reads its credentials with the token', async () => {
    const metadata = await serve(startFakeMetadata('EcsNodeRole'));
    vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA_ENDPOINT', metadata.url);
    const credentials = await fromEcsRamRole()();
    expect(credentials.accessKeyId).toBe(metadata.issued[0]!.AccessKeyId);
    expect(metadata.counts).toEqual({ token: 1, role: 1, credentials: 1 });
    expect(metadata.requests[0]).toMatchObject({ method: 'PUT', url: '/latest/api/token' });
    expect(metadata.requests[0]!.headers['x-aliyun-ecs-metadata-token-ttl-seconds']).toBe('21600');
  });

  it('uses the role named by ALIBABA_CLOUD_ECS_METADATA without asking for it', async () => {
    const metadata = await serve(startFakeMetadata('NamedRole'));
    vi.stubEnv('ALIBABA_CLOUD_ECS_METADATA', 'NamedRole');
    await fromEcsRamRole({ metadataEndpoint: metadata.url })();
    expect(metadata.counts).toEqual({ token: 1, credentials: 1 });
  });

  it('falls back to reads without a token on a service without IMDSv2, unless ALIBABA_CLOUD_IMDSV1_DISABLED', async () => {
    const metadata = await serve(startFakeMetadata('OldRole', { v1Only: true }));
    expect((await fromEcsRamRole({ metadataEndpoint: metadata.url })()).accessKeyId).toBe(
      metadata.issued[0]!.AccessKeyId,
    );
    expect(metadata.requests.map((r) => r.headers['x-aliyun-ecs-metadata-token'])).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    vi.stubEnv('ALIBABA_CLOUD_IMDSV1_DISABLED', 'true');
    const refused = await failure(fromEcsRamRole({ metadataEndpoint: metadata.url }));
    expect(refused.message).toBe(`ECS RAM role: the metadata token request at ${metadata.url} answered HTTP 404`);
  });

  it('a role that does not exist, or an unreachable service, names the source', async () => {
    const metadata = await serve(startFakeMetadata('EcsNodeRole'));
    const wrong = await failure(fromEcsRamRole({ roleName: 'Other', metadataEndpoint: metadata.url }));
    expect(wrong.message).toBe(`ECS RAM role: the role credentials at ${metadata.url} answered HTTP 404`);
    await metadata.close();
    const down = await failure(fromEcsRamRole({ metadataEndpoint: metadata.url }));
    expect(down.source).toBe('ECS RAM role');
    expect(down.message).toMatch(/cannot reach http:\/\/127\.0\.0\.1:\d+ \(ECONNREFUSED\)/);
  });
});

describe('CLI profile (~/.aliyun/config.json)', () => {
  const config = (current: string, profiles: object[]): void =>
    void write('.aliyun/config.json', JSON.stringify({ current, profiles }));

  it('AK and StsToken modes; ALIBABA_CLOUD_PROFILE picks a profile over `current`', async () => {
    config('dev', [
      { name: 'dev', mode: 'AK', access_key_id: 'cli-id', access_key_secret: 'cli-secret' },
      {
        name: 'sts',
        mode: 'StsToken',
        access_key_id: 'sts-id',
        access_key_secret: 'sts-secret',
        sts_token: 'sts-token',
      },
    ]);
    expect(await fromCliProfile()()).toEqual({ accessKeyId: 'cli-id', accessKeySecret: 'cli-secret' });
    vi.stubEnv('ALIBABA_CLOUD_PROFILE', 'sts');
    expect(await fromCliProfile()()).toEqual({
      accessKeyId: 'sts-id',
      accessKeySecret: 'sts-secret',
      securityToken: 'sts-token',
    });
  });

  it('RamRoleArn, ChainableRamRoleArn, EcsRamRole and OIDC modes reach their servers', async () => {
    const sts = await serve(startFakeSts({ keys: { [BASE_ID]: BASE_SECRET }, oidcToken: OIDC_TOKEN }));
    const metadata = await serve(startFakeMetadata('CliRole'));
    const tokenFile = write('token', OIDC_TOKEN);
    config('arn', [
      {
        name: 'arn',
        mode: 'RamRoleArn',
        access_key_id: BASE_ID,
        access_key_secret: BASE_SECRET,
        ram_role_arn: ROLE_ARN,
        ram_session_name: 'cli',
      },
      { name: 'base', mode: 'AK', access_key_id: BASE_ID, access_key_secret: BASE_SECRET },
      { name: 'chain', mode: 'ChainableRamRoleArn', source_profile: 'base', ram_role_arn: ROLE_ARN },
      { name: 'ecs', mode: 'EcsRamRole', ram_role_name: 'CliRole' },
      {
        name: 'oidc',
        mode: 'OIDC',
        ram_role_arn: ROLE_ARN,
        oidc_provider_arn: PROVIDER_ARN,
        oidc_token_file: tokenFile,
      },
    ]);
    const endpoints = { stsEndpoint: sts.url, metadataEndpoint: metadata.url };
    expect((await fromCliProfile(endpoints)()).accessKeyId).toBe(sts.issued[0]!.AccessKeyId);
    for (const name of ['chain', 'ecs', 'oidc']) {
      vi.stubEnv('ALIBABA_CLOUD_PROFILE', name);
      await fromCliProfile(endpoints)();
    }
    expect(sts.counts).toEqual({ AssumeRole: 2, AssumeRoleWithOIDC: 1 });
    expect(metadata.counts).toEqual({ token: 1, credentials: 1 });
  });

  it('a broken file, a missing profile or an unsupported mode is named without the file content', async () => {
    write('.aliyun/config.json', '{ "profiles": [ { "access_key_secret": "leaked-secret" ');
    const broken = await failure(fromCliProfile());
    expect(broken.message).toBe(`CLI profile: ${path.join(home, '.aliyun/config.json')} is not valid JSON`);
    expectNoSecret(broken, ['leaked-secret']);
    config('x', [{ name: 'sso', mode: 'CloudSSO', access_token: 'sso-secret' }]);
    expect((await failure(fromCliProfile())).message).toContain('has no profile named "x"');
    vi.stubEnv('ALIBABA_CLOUD_PROFILE', 'sso');
    const unsupported = await failure(fromCliProfile());
    expect(unsupported.message).toContain('profile mode "CloudSSO" is not supported');
    expectNoSecret(unsupported, ['sso-secret']);
  });
});

describe('credentials file (~/.alibabacloud/credentials)', () => {
  it('parses INI sections, comments and quotes', () => {
    expect(parseIni('; c\n[default]\ntype = access_key\n# c\naccess_key_id = "a=b"\n\n[ other ]\nk=v\n')).toEqual({
      default: { type: 'access_key', access_key_id: 'a=b' },
      other: { k: 'v' },
    });
  });

  it('access_key from [default]; ALIBABA_CLOUD_PROFILE and ALIBABA_CLOUD_CREDENTIALS_FILE choose others', async () => {
    write(
      '.alibabacloud/credentials',
      '[default]\ntype = access_key\naccess_key_id = file-id\naccess_key_secret = file-secret\n',
    );
    expect(await fromCredentialsFile()()).toEqual({ accessKeyId: 'file-id', accessKeySecret: 'file-secret' });
    const sts = await serve(startFakeSts({ keys: { [BASE_ID]: BASE_SECRET } }));
    const other = write(
      'elsewhere.ini',
      `[ops]\ntype = ram_role_arn\naccess_key_id = ${BASE_ID}\naccess_key_secret = ${BASE_SECRET}\nrole_arn = ${ROLE_ARN}\nrole_session_name = ops\n`,
    );
    vi.stubEnv('ALIBABA_CLOUD_CREDENTIALS_FILE', other);
    vi.stubEnv('ALIBABA_CLOUD_PROFILE', 'ops');
    expect((await fromCredentialsFile({ stsEndpoint: sts.url })()).accessKeyId).toBe(sts.issued[0]!.AccessKeyId);
    expect(new URLSearchParams(sts.requests[0]!.body).get('RoleSessionName')).toBe('ops');
  });

  it('ecs_ram_role goes to the metadata service; an unknown type is named', async () => {
    const metadata = await serve(startFakeMetadata('FileRole'));
    write(
      '.alibabacloud/credentials',
      '[default]\ntype = ecs_ram_role\nrole_name = FileRole\n[bad]\ntype = bearer\naccess_key_secret = s3cr3t\n',
    );
    await fromCredentialsFile({ metadataEndpoint: metadata.url })();
    expect(metadata.counts.credentials).toBe(1);
    vi.stubEnv('ALIBABA_CLOUD_PROFILE', 'bad');
    const error = await failure(fromCredentialsFile());
    expect(error.message).toContain('has type "bearer"');
    expectNoSecret(error, ['s3cr3t']);
  });
});

describe('credentials URI', () => {
  it('reads temporary credentials; a bad answer names the source, not the URL path or query', async () => {
    const uri = await serve(startCredentialsUri());
    expect((await fromCredentialsUri(`${uri.url}/credentials`)()).securityToken).toBe(uri.issued[0]!.SecurityToken);
    const error = await failure(fromCredentialsUri(`${uri.url}/elsewhere?token=uri-secret`));
    expect(error.message).toBe('credentials URI: the credentials URI answered HTTP 404');
    expectNoSecret(error, ['uri-secret', '/elsewhere']);
  });
});
