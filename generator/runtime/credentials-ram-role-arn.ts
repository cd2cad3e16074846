/** RAM role ARN: base credentials assume a role through STS AssumeRole; the session is cached and refreshed. */
import { refreshing } from './credentials-cache.js';
import { credentialsFailure } from './credentials-http.js';
import {
  callSts,
  DEFAULT_SESSION_SECONDS,
  defaultSessionName,
  rpcSignature,
  rpcTimestamp,
  stsEndpoint,
  stsQuery,
} from './credentials-sts.js';
import { nodeOnly, type Credentials, type CredentialsProvider } from './credentials.js';

const SOURCE = 'RAM role ARN';

export interface RamRoleArnOptions {
  /** The credentials allowed to assume the role: long-term keys, STS keys, or a provider of either. */
  credentials: Credentials | CredentialsProvider;
  /** `acs:ram::<account>:role/<name>`. */
  roleArn: string;
  /** Shows in the role's audit trail; default `acs-sdk-ts-<timestamp>`. */
  roleSessionName?: string;
  /** Default 3600; at least 900. */
  durationSeconds?: number;
  /** A policy (JSON text) further restricting the session. */
  policy?: string;
  externalId?: string;
  /** STS endpoint: a host (HTTPS) or a full URL; default ALIBABA_CLOUD_STS_ENDPOINT, then `sts.aliyuncs.com`. */
  stsEndpoint?: string;
}

/** What goes on the wire for one AssumeRole call: signed query parameters and form fields. */
export interface AssumeRoleRequest {
  query: Record<string, string>;
  form: Record<string, string>;
}

/** Builds and signs an AssumeRole request; `nonce` and `timestamp` are parameters so that the signature can be checked. */
export async function signedAssumeRole(
  credentials: Credentials,
  options: Omit<RamRoleArnOptions, 'credentials' | 'stsEndpoint'>,
  nonce: string,
  timestamp: string,
): Promise<AssumeRoleRequest> {
  const query: Record<string, string> = {
    ...stsQuery('AssumeRole', timestamp),
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: nonce,
    AccessKeyId: credentials.accessKeyId,
  };
  if (credentials.securityToken) query.SecurityToken = credentials.securityToken;
  const form: Record<string, string> = { RoleArn: options.roleArn };
  if (options.policy) form.Policy = options.policy;
  if (options.externalId) form.ExternalId = options.externalId;
  form.RoleSessionName = options.roleSessionName ?? defaultSessionName();
  form.DurationSeconds = String(options.durationSeconds ?? DEFAULT_SESSION_SECONDS);
  query.Signature = await rpcSignature('POST', { ...query, ...form }, credentials.accessKeySecret);
  return { query, form };
}

/** Temporary credentials of a RAM role, assumed with `options.credentials` and refreshed before they expire. */
export function fromRamRoleArn(options: RamRoleArnOptions): CredentialsProvider {
  // A ternary written out (not a helper call or an early return), so that a platform build drops the Node code.
  return typeof __CS_RUNTIME_PLATFORM__ === 'string' && __CS_RUNTIME_PLATFORM__ !== 'node'
    ? nodeOnly(SOURCE)
    : ramRoleArnOnNode(options);
}

function ramRoleArnOnNode(options: RamRoleArnOptions): CredentialsProvider {
  const base = options.credentials;
  const baseProvider: CredentialsProvider = typeof base === 'function' ? base : async () => base;
  const durationSeconds = options.durationSeconds ?? DEFAULT_SESSION_SECONDS;
  return refreshing(async () => {
    if (!options.roleArn) throw credentialsFailure(SOURCE, 'roleArn is required');
    if (durationSeconds < 900) throw credentialsFailure(SOURCE, 'durationSeconds must be at least 900');
    const credentials = await baseProvider();
    if (!credentials.accessKeyId || !credentials.accessKeySecret) {
      throw credentialsFailure(SOURCE, 'the base credentials lack an accessKeyId or accessKeySecret');
    }
    const { randomUUID } = await import('node:crypto');
    const { query, form } = await signedAssumeRole(
      credentials,
      { ...options, durationSeconds },
      randomUUID(),
      rpcTimestamp(),
    );
    return callSts(SOURCE, stsEndpoint(options.stsEndpoint), query, form);
  });
}
