import { readEnv } from './env.js';
import { CredentialsError } from './errors.js';

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
export function nodeOnly(source: string): CredentialsProvider {
  return async () => {
    throw new CredentialsError(`${source}: only available on Node.js`, { source });
  };
}

/** The environment variables of the key pair that are not set. */
export function missingEnvKeys(): string[] {
  return ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET'].filter((name) => !readEnv(name));
}

/** Reads ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN when called, not when built. */
export function fromEnv(): CredentialsProvider {
  return async () => {
    const missing = missingEnvKeys();
    if (missing.length > 0) {
      throw new CredentialsError(
        `No credentials: pass \`credentials\` to the client or set ${missing.join(' and ')} in the environment`,
        {
          source: 'environment',
        },
      );
    }
    const accessKeyId = readEnv('ALIBABA_CLOUD_ACCESS_KEY_ID') as string;
    const accessKeySecret = readEnv('ALIBABA_CLOUD_ACCESS_KEY_SECRET') as string;
    const securityToken = readEnv('ALIBABA_CLOUD_SECURITY_TOKEN');
    return securityToken ? { accessKeyId, accessKeySecret, securityToken } : { accessKeyId, accessKeySecret };
  };
}

/** The client option as a provider (static credentials are checked with every provider's answer, by the client). */
export function toCredentialsProvider(credentials: Credentials | CredentialsProvider): CredentialsProvider {
  return typeof credentials === 'function' ? credentials : async () => credentials;
}
