/**
 * Profiles of the Alibaba Cloud CLI (`~/.aliyun/config.json`, JSON) and of the shared credentials file
 * (`~/.alibabacloud/credentials`, INI). A profile is read once, on the first call, and turned into a provider.
 */
import { credentialsFailure } from './credentials-http.js';
import { fromEcsRamRole } from './credentials-ecs.js';
import { fromOidcRole } from './credentials-oidc.js';
import { fromRamRoleArn } from './credentials-ram-role-arn.js';
import { nodeOnly, type Credentials, type CredentialsProvider } from './credentials.js';
import { readEnv } from './env.js';
import { systemErrorCode } from './transport.js';

export const CLI_PROFILE_SOURCE = 'CLI profile';
export const CREDENTIALS_FILE_SOURCE = 'credentials file';

/** Endpoint overrides handed down to the providers a profile may need. */
export interface ProfileEndpoints {
  stsEndpoint?: string;
  metadataEndpoint?: string;
}

type Profile = Readonly<Record<string, unknown>>;

/** The CLI profile named by ALIBABA_CLOUD_PROFILE, else the file's `current` profile. */
export function fromCliProfile(endpoints: ProfileEndpoints = {}): CredentialsProvider {
  // A ternary written out (not a helper call or an early return), so that a platform build drops the Node code.
  return typeof __CS_RUNTIME_PLATFORM__ === 'string' && __CS_RUNTIME_PLATFORM__ !== 'node'
    ? nodeOnly(CLI_PROFILE_SOURCE)
    : cliProfileOnNode(endpoints);
}

function cliProfileOnNode(endpoints: ProfileEndpoints): CredentialsProvider {
  return lazily(async () => {
    const file = await homePath('.aliyun', 'config.json');
    let config: unknown;
    try {
      config = JSON.parse(await readText(CLI_PROFILE_SOURCE, file));
    } catch (error) {
      throw error instanceof SyntaxError ? credentialsFailure(CLI_PROFILE_SOURCE, `${file} is not valid JSON`) : error;
    }
    const profiles = (config as { profiles?: unknown } | null)?.profiles;
    if (!Array.isArray(profiles) || profiles.length === 0)
      throw credentialsFailure(CLI_PROFILE_SOURCE, `${file} has no profiles`);
    const byName = (name: unknown): Profile => {
      const found = profiles.find((p: Profile | null) => p?.name === name) as Profile | undefined;
      if (!found) throw credentialsFailure(CLI_PROFILE_SOURCE, `${file} has no profile named ${JSON.stringify(name)}`);
      return found;
    };
    const name = readEnv('ALIBABA_CLOUD_PROFILE') ?? (config as { current?: unknown }).current;
    return cliProfileProvider(byName(name), byName, endpoints, 0);
  });
}

function cliProfileProvider(
  p: Profile,
  byName: (name: unknown) => Profile,
  endpoints: ProfileEndpoints,
  depth: number,
): CredentialsProvider {
  const text = (key: string): string | undefined =>
    typeof p[key] === 'string' && p[key] !== '' ? (p[key] as string) : undefined;
  const seconds = (key: string): number | undefined =>
    typeof p[key] === 'number' && (p[key] as number) > 0 ? (p[key] as number) : undefined;
  const keys = (): Credentials =>
    staticKeys(CLI_PROFILE_SOURCE, text('access_key_id'), text('access_key_secret'), text('sts_token'));
  const assume = (credentials: Credentials | CredentialsProvider): CredentialsProvider =>
    fromRamRoleArn({
      credentials,
      roleArn: text('ram_role_arn') ?? '',
      roleSessionName: text('ram_session_name'),
      durationSeconds: seconds('expired_seconds'),
      stsEndpoint: text('sts_endpoint') ?? stsOverride(endpoints, text('sts_region')),
    });
  switch (p.mode) {
    case 'AK':
    case 'StsToken': {
      const credentials = keys();
      return async () => credentials;
    }
    case 'RamRoleArn':
      return assume(keys());
    case 'ChainableRamRoleArn':
      if (depth > 8) throw credentialsFailure(CLI_PROFILE_SOURCE, 'source_profile chain is too long (a cycle?)');
      return assume(cliProfileProvider(byName(p.source_profile), byName, endpoints, depth + 1));
    case 'EcsRamRole':
      return fromEcsRamRole({ roleName: text('ram_role_name'), metadataEndpoint: endpoints.metadataEndpoint });
    case 'OIDC':
      return fromOidcRole({
        roleArn: text('ram_role_arn') ?? '',
        oidcProviderArn: text('oidc_provider_arn') ?? '',
        oidcTokenFile: text('oidc_token_file') ?? '',
        roleSessionName: text('ram_session_name'),
        durationSeconds: seconds('duration_seconds') ?? seconds('expired_seconds'),
        stsEndpoint: stsOverride(endpoints, text('sts_region')),
      });
    default:
      throw credentialsFailure(
        CLI_PROFILE_SOURCE,
        `profile mode ${JSON.stringify(p.mode)} is not supported (AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC are)`,
      );
  }
}

/** The section ALIBABA_CLOUD_PROFILE names (default `default`) of ALIBABA_CLOUD_CREDENTIALS_FILE or ~/.alibabacloud/credentials. */
export function fromCredentialsFile(endpoints: ProfileEndpoints = {}): CredentialsProvider {
  // A ternary written out (not a helper call or an early return), so that a platform build drops the Node code.
  return typeof __CS_RUNTIME_PLATFORM__ === 'string' && __CS_RUNTIME_PLATFORM__ !== 'node'
    ? nodeOnly(CREDENTIALS_FILE_SOURCE)
    : credentialsFileOnNode(endpoints);
}

function credentialsFileOnNode(endpoints: ProfileEndpoints): CredentialsProvider {
  return lazily(async () => {
    const file = readEnv('ALIBABA_CLOUD_CREDENTIALS_FILE') ?? (await homePath('.alibabacloud', 'credentials'));
    const name = readEnv('ALIBABA_CLOUD_PROFILE') ?? 'default';
    const section = parseIni(await readText(CREDENTIALS_FILE_SOURCE, file))[name];
    if (!section) throw credentialsFailure(CREDENTIALS_FILE_SOURCE, `${file} has no section [${name}]`);
    const keys = (): Credentials =>
      staticKeys(CREDENTIALS_FILE_SOURCE, section.access_key_id, section.access_key_secret, undefined);
    switch (section.type) {
      case 'access_key': {
        const credentials = keys();
        return async () => credentials;
      }
      case 'ecs_ram_role':
        return fromEcsRamRole({ roleName: section.role_name, metadataEndpoint: endpoints.metadataEndpoint });
      case 'ram_role_arn':
        return fromRamRoleArn({
          credentials: keys(),
          roleArn: section.role_arn ?? '',
          roleSessionName: section.role_session_name,
          policy: section.policy,
          stsEndpoint: endpoints.stsEndpoint,
        });
      default:
        throw credentialsFailure(
          CREDENTIALS_FILE_SOURCE,
          `section [${name}] of ${file} has type ${JSON.stringify(section.type ?? '')}; access_key, ecs_ram_role and ram_role_arn are supported`,
        );
    }
  });
}

/** `[section]` headers and `key = value` lines; `;` and `#` start comments; surrounding quotes are dropped. */
export function parseIni(text: string): Record<string, Record<string, string>> {
  const sections: Record<string, Record<string, string>> = Object.create(null) as Record<
    string,
    Record<string, string>
  >;
  let current: Record<string, string> | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      current = sections[(header[1] as string).trim()] ??= Object.create(null) as Record<string, string>;
      continue;
    }
    const equals = line.indexOf('=');
    if (!current || equals < 1) continue;
    const value = line.slice(equals + 1).trim();
    current[line.slice(0, equals).trim()] = /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
  }
  return sections;
}

/** Builds the provider on the first call (single-flight) and keeps it; a failed build is tried again next time. */
function lazily(build: () => Promise<CredentialsProvider>): CredentialsProvider {
  let provider: Promise<CredentialsProvider> | undefined;
  return async () => {
    provider ??= build().catch((error: unknown) => {
      provider = undefined;
      throw error;
    });
    return (await provider)();
  };
}

function staticKeys(
  source: string,
  accessKeyId: string | undefined,
  accessKeySecret: string | undefined,
  securityToken: string | undefined,
): Credentials {
  if (!accessKeyId || !accessKeySecret)
    throw credentialsFailure(source, 'the profile lacks access_key_id or access_key_secret');
  return securityToken ? { accessKeyId, accessKeySecret, securityToken } : { accessKeyId, accessKeySecret };
}

/** The client's STS override wins; else a profile's `sts_region` picks the regional endpoint. */
function stsOverride(endpoints: ProfileEndpoints, region: string | undefined): string | undefined {
  return (
    endpoints.stsEndpoint ??
    readEnv('ALIBABA_CLOUD_STS_ENDPOINT') ??
    (region ? `sts.${region}.aliyuncs.com` : undefined)
  );
}

async function homePath(...parts: string[]): Promise<string> {
  const { homedir } = await import('node:os');
  return [homedir(), ...parts].join('/');
}

async function readText(source: string, file: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  return readFile(file, 'utf8').catch((error: unknown) => {
    const code = systemErrorCode(error);
    throw credentialsFailure(
      source,
      code === 'ENOENT' ? `${file} does not exist` : `cannot read ${file} (${code ?? 'error'})`,
    );
  });
}
