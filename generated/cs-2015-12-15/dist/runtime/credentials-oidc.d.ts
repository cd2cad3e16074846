import { type CredentialsProvider } from './credentials.js';
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
export declare function oidcRoleFromEnv(): OidcRoleOptions | {
    missing: string[];
};
/** Temporary credentials of the role, refreshed before they expire. The token's content never appears in an error. */
export declare function fromOidcRole(options: OidcRoleOptions): CredentialsProvider;
