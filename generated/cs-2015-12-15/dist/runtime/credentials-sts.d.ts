/**
 * Security Token Service (STS, API 2015-04-01): the endpoint, the RPC signature (HMAC-SHA1, signature version 1.0)
 * and one call that returns temporary credentials.
 */
import type { ExpiringCredentials } from './credentials-cache.js';
/** Requested lifetime of a session, in seconds (STS accepts 900 up to the role's maximum). */
export declare const DEFAULT_SESSION_SECONDS = 3600;
/**
 * The STS base URL: the given override, else ALIBABA_CLOUD_STS_ENDPOINT, else the regional (or VPC) endpoint of
 * ALIBABA_CLOUD_STS_REGION (with ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED=true), else the central `sts.aliyuncs.com`.
 */
export declare function stsEndpoint(override?: string): string;
/** Seconds-precision UTC, as the RPC APIs expect (`2026-11-29T10:00:00Z`). */
export declare function rpcTimestamp(date?: Date): string;
/**
 * base64(HMAC-SHA1(secret + "&", METHOD&%2F&encode(sorted, encoded query and form parameters))).
 */
export declare function rpcSignature(method: string, params: Readonly<Record<string, string>>, accessKeySecret: string): Promise<string>;
/** Query parameters every STS call carries. */
export declare function stsQuery(action: 'AssumeRole' | 'AssumeRoleWithOIDC', timestamp: string): Record<string, string>;
/** POSTs one STS action (query in the URL, parameters as a form) and reads `Credentials` from the answer. */
export declare function callSts(source: string, endpoint: string, query: Readonly<Record<string, string>>, form: Readonly<Record<string, string>>): Promise<ExpiringCredentials>;
/** A session name STS accepts (2–64 of `[\w.@-]`), unique enough to tell sessions apart in audit logs. */
export declare function defaultSessionName(): string;
