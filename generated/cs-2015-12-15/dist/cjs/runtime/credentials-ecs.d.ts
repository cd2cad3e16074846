import { type CredentialsProvider } from './credentials.js';
export interface EcsRamRoleOptions {
    /** The role attached to the instance; default ALIBABA_CLOUD_ECS_METADATA, else asked from the metadata service. */
    roleName?: string;
    /** Metadata service base URL; default ALIBABA_CLOUD_ECS_METADATA_ENDPOINT, then `http://100.100.100.200`. */
    metadataEndpoint?: string;
}
/** Temporary credentials of the instance's RAM role, refreshed before they expire. */
export declare function fromEcsRamRole(options?: EcsRamRoleOptions): CredentialsProvider;
