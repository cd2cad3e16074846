import { type CredentialsProvider } from './credentials.js';
/** Temporary credentials from `uri` (`{ AccessKeyId, AccessKeySecret, SecurityToken, Expiration }`), refreshed before they expire. */
export declare function fromCredentialsUri(uri: string): CredentialsProvider;
