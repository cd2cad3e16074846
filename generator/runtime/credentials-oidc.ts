/** OIDC role (RRSA in ACK pods): an OIDC token file is exchanged for a role's credentials by STS AssumeRoleWithOIDC. */
import { refreshing } from './credentials-cache.js';
import { credentialsFailure } from './credentials-http.js';
import {
  callSts,
  DEFAULT_SESSION_SECONDS,
  defaultSessionName,
  rpcTimestamp,
  stsEndpoint,
  stsQuery,
} from './credentials-sts.js';
import { nodeOnly, type CredentialsProvider } from './credentials.js';
import { readEnv } from './env.js';
import { systemErrorCode } from './transport.js';

const SOURCE = 'OIDC role';

export interface OidcRoleOptions {
  roleArn: string;
  oidcProviderArn: string;
  /** Read again on every refresh: the platform rotates it. */
  oidcTokenFile: string;
  roleSessionName?: string;
  /** Default 3600; at least 900. */
  durationSeconds?: number;
  policy?: string;
  /** STS endpoint: a host (HTTPS) or a full URL; default ALIBABA_CLOUD_STS_ENDPOINT, then `sts.aliyuncs.com`. */
  stsEndpoint?: string;
}

/**
 * The OIDC role configured by ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE
 * (and optionally ALIBABA_CLOUD_ROLE_SESSION_NAME), or the names of the variables missing.
 */
export function oidcRoleFromEnv(): OidcRoleOptions | { missing: string[] } {
  const roleArn = readEnv('ALIBABA_CLOUD_ROLE_ARN');
  const oidcProviderArn = readEnv('ALIBABA_CLOUD_OIDC_PROVIDER_ARN');
  const oidcTokenFile = readEnv('ALIBABA_CLOUD_OIDC_TOKEN_FILE');
  if (!roleArn || !oidcProviderArn || !oidcTokenFile) {
    const named = {
      ALIBABA_CLOUD_ROLE_ARN: roleArn,
      ALIBABA_CLOUD_OIDC_PROVIDER_ARN: oidcProviderArn,
      ALIBABA_CLOUD_OIDC_TOKEN_FILE: oidcTokenFile,
    };
    return { missing: Object.keys(named).filter((name) => !named[name as keyof typeof named]) };
  }
  const options: OidcRoleOptions = { roleArn, oidcProviderArn, oidcTokenFile };
  const roleSessionName = readEnv('ALIBABA_CLOUD_ROLE_SESSION_NAME');
  if (roleSessionName) options.roleSessionName = roleSessionName;
  return options;
}

/** Temporary credentials of the role, refreshed before they expire. The token's content never appears in an error. */
export function fromOidcRole(options: OidcRoleOptions): CredentialsProvider {
  // A ternary written out (not a helper call or an early return), so that a platform build drops the Node code.
  return typeof __CS_RUNTIME_PLATFORM__ === 'string' && __CS_RUNTIME_PLATFORM__ !== 'node'
    ? nodeOnly(SOURCE)
    : oidcRoleOnNode(options);
}

function oidcRoleOnNode(options: OidcRoleOptions): CredentialsProvider {
  const durationSeconds = options.durationSeconds ?? DEFAULT_SESSION_SECONDS;
  return refreshing(async () => {
    if (!options.roleArn || !options.oidcProviderArn || !options.oidcTokenFile) {
      throw credentialsFailure(SOURCE, 'roleArn, oidcProviderArn and oidcTokenFile are all required');
    }
    if (durationSeconds < 900) throw credentialsFailure(SOURCE, 'durationSeconds must be at least 900');
    const { readFile } = await import('node:fs/promises');
    const token = await readFile(options.oidcTokenFile, 'utf8').catch((error: unknown) => {
      throw credentialsFailure(
        SOURCE,
        `cannot read the OIDC token file ${options.oidcTokenFile} (${systemErrorCode(error) ?? 'error'})`,
      );
    });
    const form: Record<string, string> = {
      OIDCProviderArn: options.oidcProviderArn,
      OIDCToken: token.trim(),
      RoleArn: options.roleArn,
    };
    if (options.policy) form.Policy = options.policy;
    form.RoleSessionName = options.roleSessionName ?? defaultSessionName();
    form.DurationSeconds = String(durationSeconds);
    return callSts(SOURCE, stsEndpoint(options.stsEndpoint), stsQuery('AssumeRoleWithOIDC', rpcTimestamp()), form);
  });
}
