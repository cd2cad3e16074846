/** Builds the product file: document root, endpoints, security and the shared error shapes. */
import type { AliEndpoint, ApiDocs } from './api-docs.ts';
import type { JsonObject } from './json.ts';

export const DEFAULT_REGION = 'cn-hangzhou';

/** `<product lower>-<version>`, e.g. `cs-2015-12-15`. */
export function productFolder(docs: ApiDocs): string {
  return `${docs.info.product.toLowerCase()}-${docs.info.version}`;
}

/**
 * The host template most endpoints follow (their host with the region id replaced by `{region}`);
 * `<product>.{region}.aliyuncs.com` when no endpoint names its region.
 */
export function endpointTemplate(product: string, endpoints: AliEndpoint[]): string {
  const counts = new Map<string, number>();
  for (const { regionId, endpoint } of endpoints) {
    if (regionId === '' || !endpoint.includes(regionId)) continue;
    const template = endpoint.replace(regionId, '{region}');
    counts.set(template, (counts.get(template) ?? 0) + 1);
  }
  const ranked = [...counts].sort(([ta, a], [tb, b]) => b - a || (ta < tb ? -1 : ta > tb ? 1 : 0));
  return ranked[0]?.[0] ?? `${product.toLowerCase()}.{region}.aliyuncs.com`;
}

export function sortedEndpoints(endpoints: AliEndpoint[]): JsonObject {
  const sorted = [...endpoints].sort((a, b) => (a.regionId < b.regionId ? -1 : a.regionId > b.regionId ? 1 : 0));
  return Object.fromEntries(sorted.map(({ regionId, endpoint }) => [regionId, endpoint]));
}

export function errorBodySchema(): JsonObject {
  return {
    type: 'object',
    properties: {
      code: { type: 'string' },
      message: { type: 'string' },
      requestId: { type: 'string' },
      recommend: { type: 'string' },
    },
  };
}

export function convertProduct(docs: ApiDocs): JsonObject {
  const { product, version, style } = docs.info;
  const template = endpointTemplate(product, docs.endpoints);
  const regions = docs.endpoints.map((e) => e.regionId);
  const defaultRegion = regions.includes(DEFAULT_REGION) ? DEFAULT_REGION : undefined;
  const serverRegion = defaultRegion ?? [...regions].sort()[0] ?? DEFAULT_REGION;
  return {
    openapi: '3.1.0',
    info: { title: product, version },
    servers: [{ url: `https://${template}`, variables: { region: { default: serverRegion } } }],
    security: [{ AK: [] }],
    'x-acs-product': product,
    'x-acs-version': version,
    'x-acs-style': style,
    'x-acs-endpoint': template,
    'x-acs-endpoints': sortedEndpoints(docs.endpoints),
    ...(defaultRegion !== undefined ? { 'x-acs-default-region': defaultRegion } : {}),
    components: {
      securitySchemes: { AK: { type: 'http', scheme: 'ACS3-HMAC-SHA256' } },
      schemas: { ErrorBody: errorBodySchema() },
      responses: {
        Error: {
          description: 'Error',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
        },
      },
    },
  };
}
