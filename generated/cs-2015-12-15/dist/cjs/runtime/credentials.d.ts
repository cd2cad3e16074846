export interface Credentials {
    accessKeyId: string;
    accessKeySecret: string;
    /** STS token, when the key pair is temporary. */
    securityToken?: string;
}
/** Called before every attempt; cache inside if fetching credentials is expensive. */
export type CredentialsProvider = () => Promise<Credentials>;
/**
 * What a Node-only credential source (files, instance metadata, STS signing with node:crypto) returns elsewhere.
 * Each such source starts with `if (<platform is not node>) return nodeOnly(…)`, written out so that a platform build
 * folds the condition and drops the rest of the source, with its `node:` imports.
 */
export declare function nodeOnly(source: string): CredentialsProvider;
/** The environment variables of the key pair that are not set. */
export declare function missingEnvKeys(): string[];
/** Reads ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN when called, not when built. */
export declare function fromEnv(): CredentialsProvider;
/** The client option as a provider (static credentials are checked with every provider's answer, by the client). */
export declare function toCredentialsProvider(credentials: Credentials | CredentialsProvider): CredentialsProvider;
