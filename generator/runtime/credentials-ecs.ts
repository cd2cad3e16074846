/**
 * ECS RAM role: the instance metadata service hands out the attached role's temporary credentials. IMDSv2 first (a
 * session token from `PUT /latest/api/token`, sent with every read); plain reads only when no token can be had and
 * ALIBABA_CLOUD_IMDSV1_DISABLED is not `true`.
 */
import { refreshing } from './credentials-cache.js';
import {
  credentialsFailure,
  credentialsRequest,
  endpointUrl,
  jsonBody,
  originOf,
  temporaryCredentials,
} from './credentials-http.js';
import { nodeOnly, type CredentialsProvider } from './credentials.js';
import { readEnv } from './env.js';
import type { HttpResponse } from './transport.js';

const SOURCE = 'ECS RAM role';
const DEFAULT_METADATA_ENDPOINT = 'http://100.100.100.200';
/** The metadata service answers within milliseconds on an instance; elsewhere the address does not answer at all. */
const METADATA_TIMEOUT_MS = 1000;
const TOKEN_TTL_SECONDS = '21600';
const CREDENTIALS_PATH = '/latest/meta-data/ram/security-credentials/';

export interface EcsRamRoleOptions {
  /** The role attached to the instance; default ALIBABA_CLOUD_ECS_METADATA, else asked from the metadata service. */
  roleName?: string;
  /** Metadata service base URL; default ALIBABA_CLOUD_ECS_METADATA_ENDPOINT, then `http://100.100.100.200`. */
  metadataEndpoint?: string;
}

/** Temporary credentials of the instance's RAM role, refreshed before they expire. */
export function fromEcsRamRole(options: EcsRamRoleOptions = {}): CredentialsProvider {
  // A ternary written out (not a helper call or an early return), so that a platform build drops the Node code.
  return typeof __CS_RUNTIME_PLATFORM__ === 'string' && __CS_RUNTIME_PLATFORM__ !== 'node'
    ? nodeOnly(SOURCE)
    : ecsRamRoleOnNode(options);
}

function ecsRamRoleOnNode(options: EcsRamRoleOptions): CredentialsProvider {
  return refreshing(async () => {
    const base = endpointUrl(
      options.metadataEndpoint ?? readEnv('ALIBABA_CLOUD_ECS_METADATA_ENDPOINT') ?? DEFAULT_METADATA_ENDPOINT,
      'http',
    );
    const token = await metadataToken(base);
    const read = async (path: string, what: string): Promise<HttpResponse> => {
      const headers: Record<string, string> = token === undefined ? {} : { 'x-aliyun-ecs-metadata-token': token };
      const response = await credentialsRequest(
        SOURCE,
        { method: 'GET', url: `${base}${path}`, headers },
        METADATA_TIMEOUT_MS,
      );
      if (response.statusCode !== 200)
        throw credentialsFailure(SOURCE, `${what} at ${originOf(base)} answered HTTP ${response.statusCode}`);
      return response;
    };
    const roleName =
      options.roleName ??
      readEnv('ALIBABA_CLOUD_ECS_METADATA') ??
      (await read(CREDENTIALS_PATH, 'the role name')).body.trim().split('\n')[0];
    if (!roleName) throw credentialsFailure(SOURCE, `no RAM role is attached to the instance (${originOf(base)})`);
    const response = await read(`${CREDENTIALS_PATH}${encodeURIComponent(roleName)}`, 'the role credentials');
    const body = jsonBody(SOURCE, 'the metadata service', response);
    if (body.Code !== 'Success') throw credentialsFailure(SOURCE, 'the metadata service did not return Code "Success"');
    return temporaryCredentials(SOURCE, 'the metadata service', body);
  });
}

/**
 * The IMDSv2 session token, or undefined to read without one (refused when IMDSv1 is disabled). A service that does
 * not answer at all fails here: a read without a token would not be answered either.
 */
async function metadataToken(base: string): Promise<string | undefined> {
  const response = await credentialsRequest(
    SOURCE,
    {
      method: 'PUT',
      url: `${base}/latest/api/token`,
      headers: { 'x-aliyun-ecs-metadata-token-ttl-seconds': TOKEN_TTL_SECONDS },
    },
    METADATA_TIMEOUT_MS,
  );
  if (response.statusCode === 200 && response.body) return response.body;
  if (readEnv('ALIBABA_CLOUD_IMDSV1_DISABLED')?.toLowerCase() === 'true') {
    throw credentialsFailure(
      SOURCE,
      `the metadata token request at ${originOf(base)} answered HTTP ${response.statusCode}`,
    );
  }
  return undefined;
}
