import { type CredentialsProvider } from './credentials.js';
/** Where the chain's STS and instance-metadata requests go (full URLs; plain http allowed), e.g. for tests or private networks. */
export interface CredentialEndpoints {
    /** Default ALIBABA_CLOUD_STS_ENDPOINT, then `https://sts.aliyuncs.com`. */
    sts?: string;
    /** Default ALIBABA_CLOUD_ECS_METADATA_ENDPOINT, then `http://100.100.100.200`. */
    ecsMetadata?: string;
}
/**
 * The client's default when no `credentials` option is given (on Node). Configuration is read on the first call;
 * concurrent first calls share one search.
 */
export declare function defaultCredentialsChain(endpoints?: CredentialEndpoints): CredentialsProvider;
