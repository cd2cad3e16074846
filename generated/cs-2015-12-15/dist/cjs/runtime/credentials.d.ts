export interface Credentials {
    accessKeyId: string;
    accessKeySecret: string;
    /** STS token, when the key pair is temporary. */
    securityToken?: string;
}
/** Called before every attempt; cache inside if fetching credentials is expensive. */
export type CredentialsProvider = () => Promise<Credentials>;
/** Reads ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN when called, not when built. */
export declare function fromEnv(): CredentialsProvider;
/** Normalises the client option into a provider; static credentials are checked once. */
export declare function toCredentialsProvider(credentials: Credentials | CredentialsProvider | undefined): CredentialsProvider;
