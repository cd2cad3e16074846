/**
 * Security Token Service (STS, API 2015-04-01): the endpoint, the RPC signature (HMAC-SHA1, signature version 1.0)
 * and one call that returns temporary credentials.
 */
import type { ExpiringCredentials } from './credentials-cache.js';
import { credentialsRequest, endpointUrl, formEncode, jsonBody, temporaryCredentials } from './credentials-http.js';
import { readEnv } from './env.js';
import { percentEncode } from './signer.js';

const STS_TIMEOUT_MS = 10_000;

/** Requested lifetime of a session, in seconds (STS accepts 900 up to the role's maximum). */
export const DEFAULT_SESSION_SECONDS = 3600;

/**
 * The STS base URL: the given override, else ALIBABA_CLOUD_STS_ENDPOINT, else the regional (or VPC) endpoint of
 * ALIBABA_CLOUD_STS_REGION (with ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED=true), else the central `sts.aliyuncs.com`.
 */
export function stsEndpoint(override?: string): string {
  const configured = override ?? readEnv('ALIBABA_CLOUD_STS_ENDPOINT');
  if (configured) return endpointUrl(configured);
  const region = readEnv('ALIBABA_CLOUD_STS_REGION');
  const vpc = readEnv('ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED')?.toLowerCase() === 'true';
  return `https://${region ? `sts${vpc ? '-vpc' : ''}.${region}.aliyuncs.com` : 'sts.aliyuncs.com'}`;
}

/** Seconds-precision UTC, as the RPC APIs expect (`2026-11-29T10:00:00Z`). */
export function rpcTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * base64(HMAC-SHA1(secret + "&", METHOD&%2F&encode(sorted, encoded query and form parameters))).
 */
export async function rpcSignature(
  method: string,
  params: Readonly<Record<string, string>>,
  accessKeySecret: string,
): Promise<string> {
  const canonical = Object.keys(params)
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key] as string)}`)
    .join('&');
  const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonical)}`;
  const { createHmac } = await import('node:crypto');
  return createHmac('sha1', `${accessKeySecret}&`).update(stringToSign, 'utf8').digest('base64');
}

/** Query parameters every STS call carries. */
export function stsQuery(action: 'AssumeRole' | 'AssumeRoleWithOIDC', timestamp: string): Record<string, string> {
  return { Version: '2015-04-01', Action: action, Format: 'JSON', Timestamp: timestamp };
}

/** POSTs one STS action (query in the URL, parameters as a form) and reads `Credentials` from the answer. */
export async function callSts(
  source: string,
  endpoint: string,
  query: Readonly<Record<string, string>>,
  form: Readonly<Record<string, string>>,
): Promise<ExpiringCredentials> {
  const response = await credentialsRequest(
    source,
    {
      method: 'POST',
      url: `${endpoint}/?${formEncode(query)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: formEncode(form),
    },
    STS_TIMEOUT_MS,
  );
  const body = jsonBody(source, `STS ${query.Action}`, response);
  return temporaryCredentials(source, `STS ${query.Action}`, body.Credentials);
}

/** A session name STS accepts (2–64 of `[\w.@-]`), unique enough to tell sessions apart in audit logs. */
export function defaultSessionName(): string {
  return `acs-sdk-ts-${Date.now()}`;
}
