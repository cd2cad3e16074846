import { type Credentials, type CredentialsProvider } from './credentials.js';
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
export declare function signedAssumeRole(credentials: Credentials, options: Omit<RamRoleArnOptions, 'credentials' | 'stsEndpoint'>, nonce: string, timestamp: string): Promise<AssumeRoleRequest>;
/** Temporary credentials of a RAM role, assumed with `options.credentials` and refreshed before they expire. */
export declare function fromRamRoleArn(options: RamRoleArnOptions): CredentialsProvider;
