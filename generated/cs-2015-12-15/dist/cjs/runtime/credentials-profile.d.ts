import { type CredentialsProvider } from './credentials.js';
export declare const CLI_PROFILE_SOURCE = "CLI profile";
export declare const CREDENTIALS_FILE_SOURCE = "credentials file";
/** Endpoint overrides handed down to the providers a profile may need. */
export interface ProfileEndpoints {
    stsEndpoint?: string;
    metadataEndpoint?: string;
}
/** The CLI profile named by ALIBABA_CLOUD_PROFILE, else the file's `current` profile. */
export declare function fromCliProfile(endpoints?: ProfileEndpoints): CredentialsProvider;
/** The section ALIBABA_CLOUD_PROFILE names (default `default`) of ALIBABA_CLOUD_CREDENTIALS_FILE or ~/.alibabacloud/credentials. */
export declare function fromCredentialsFile(endpoints?: ProfileEndpoints): CredentialsProvider;
/** `[section]` headers and `key = value` lines; `;` and `#` start comments; surrounding quotes are dropped. */
export declare function parseIni(text: string): Record<string, Record<string, string>>;
