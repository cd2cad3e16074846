/**
 * The default credential chain (Node), in the order of Alibaba's official credentials library: environment keys →
 * OIDC role (RRSA) → CLI profile → credentials file → ECS RAM role → credentials URI. The first source that yields
 * credentials is kept for the life of the client; when none does, the error lists why each was passed over.
 */
import { fromEcsRamRole } from './credentials-ecs.js';
import { fromOidcRole, oidcRoleFromEnv } from './credentials-oidc.js';
import {
  CLI_PROFILE_SOURCE,
  CREDENTIALS_FILE_SOURCE,
  fromCliProfile,
  fromCredentialsFile,
} from './credentials-profile.js';
import { fromCredentialsUri } from './credentials-uri.js';
import { fromEnv, missingEnvKeys, nodeOnly, type Credentials, type CredentialsProvider } from './credentials.js';
import { readEnv } from './env.js';
import { CredentialsError } from './errors.js';

/** Where the chain's STS and instance-metadata requests go (full URLs; plain http allowed), e.g. for tests or private networks. */
export interface CredentialEndpoints {
  /** Default ALIBABA_CLOUD_STS_ENDPOINT, then `https://sts.aliyuncs.com`. */
  sts?: string;
  /** Default ALIBABA_CLOUD_ECS_METADATA_ENDPOINT, then `http://100.100.100.200`. */
  ecsMetadata?: string;
}

interface Source {
  name: string;
  /** A provider, or why the source is not configured. */
  configure(): CredentialsProvider | string;
}

function isDisabled(variable: string): boolean {
  return readEnv(variable)?.toLowerCase() === 'true';
}

function sources(endpoints: CredentialEndpoints): Source[] {
  const profileEndpoints = { stsEndpoint: endpoints.sts, metadataEndpoint: endpoints.ecsMetadata };
  return [
    {
      name: 'environment',
      configure: () => {
        const missing = missingEnvKeys();
        return missing.length === 0 ? fromEnv() : `${missing.join(' and ')} not set`;
      },
    },
    {
      name: 'OIDC role',
      configure: () => {
        const options = oidcRoleFromEnv();
        if ('missing' in options) return `${options.missing.join(', ')} not set`;
        return fromOidcRole({ ...options, stsEndpoint: endpoints.sts });
      },
    },
    {
      name: CLI_PROFILE_SOURCE,
      configure: () =>
        isDisabled('ALIBABA_CLOUD_CLI_PROFILE_DISABLED')
          ? 'disabled by ALIBABA_CLOUD_CLI_PROFILE_DISABLED'
          : fromCliProfile(profileEndpoints),
    },
    { name: CREDENTIALS_FILE_SOURCE, configure: () => fromCredentialsFile(profileEndpoints) },
    {
      name: 'ECS RAM role',
      configure: () =>
        isDisabled('ALIBABA_CLOUD_ECS_METADATA_DISABLED')
          ? 'disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED'
          : fromEcsRamRole({ metadataEndpoint: endpoints.ecsMetadata }),
    },
    {
      name: 'credentials URI',
      configure: () => {
        const uri = readEnv('ALIBABA_CLOUD_CREDENTIALS_URI');
        return uri ? fromCredentialsUri(uri) : 'ALIBABA_CLOUD_CREDENTIALS_URI not set';
      },
    },
  ];
}

/**
 * The client's default when no `credentials` option is given (on Node). Configuration is read on the first call;
 * concurrent first calls share one search.
 */
export function defaultCredentialsChain(endpoints: CredentialEndpoints = {}): CredentialsProvider {
  // A ternary written out (not a helper call or an early return), so that a platform build drops the Node code.
  return typeof __CS_RUNTIME_PLATFORM__ === 'string' && __CS_RUNTIME_PLATFORM__ !== 'node'
    ? nodeOnly('default credential chain')
    : defaultCredentialsChainOnNode(endpoints);
}

function defaultCredentialsChainOnNode(endpoints: CredentialEndpoints): CredentialsProvider {
  let chosen: CredentialsProvider | undefined;
  let searching: Promise<Credentials> | undefined;

  const search = async (): Promise<Credentials> => {
    const passedOver: string[] = [];
    for (const source of sources(endpoints)) {
      const provider = source.configure();
      if (typeof provider === 'string') {
        passedOver.push(`${source.name} (${provider})`);
        continue;
      }
      try {
        const credentials = await provider();
        chosen = provider;
        return credentials;
      } catch (error) {
        // Only our own messages are quoted: they name the source and carry no secret.
        const reason = error instanceof CredentialsError ? error.message.replace(`${source.name}: `, '') : 'failed';
        passedOver.push(`${source.name} (${reason})`);
      }
    }
    throw new CredentialsError(
      `No credentials: pass \`credentials\` to the client or configure one of the default sources. Tried: ${passedOver.join('; ')}`,
    );
  };

  return async () => {
    if (chosen) return chosen();
    searching ??= search().finally(() => {
      searching = undefined;
    });
    return searching;
  };
}
