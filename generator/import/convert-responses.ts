/**
 * Converts an operation's responses. The lowest 2xx response gets the `<Action>Response` component
 * (an open object when the metadata gives no schema); error statuses and `default` use the product's
 * shared `Error` response, since Alibaba's error body is the same for every operation.
 */
import type { AliApi, AliSchema } from './api-docs.ts';
import { COMPONENT_REF_PREFIX, convertSchema, type SchemaContext } from './convert-schema.ts';
import { pointer } from './errors.ts';
import type { JsonObject } from './json.ts';

export const ERROR_RESPONSE_REF = '#/components/responses/Error';

export interface ConvertedResponses {
  responses: JsonObject;
  /** Schema to register as the `<Action>Response` component. */
  responseComponent: JsonObject;
}

const isSuccess = (status: string): boolean => /^2/.test(status);

/** Status keys in OpenAPI's order: numeric codes and ranges ascending, `default` last. */
export function compareStatus(a: string, b: string): number {
  const rank = (s: string): string => (s === 'default' ? '9ZZ' : s.toUpperCase());
  return rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0;
}

/**
 * The metadata sometimes describes a body that is an array as an object whose only property is `body` (the
 * official SDK reads such a response as the array itself): the body is that property.
 */
function unwrapBody(schema: AliSchema | undefined): AliSchema | undefined {
  const names = Object.keys(schema?.properties ?? {});
  return schema?.type === 'object' && names.length === 1 && names[0] === 'body' ? schema.properties!['body'] : schema;
}

export function convertResponses(action: string, api: AliApi, ctx: SchemaContext, base: string = pointer('apis', action)): ConvertedResponses {
  const statuses = Object.keys(api.responses ?? {}).map((s) => s.toUpperCase().replace(/^DEFAULT$/, 'default'));
  const original = (status: string): string => Object.keys(api.responses ?? {}).find((s) => s.toUpperCase() === status.toUpperCase())!;
  const successes = statuses.filter(isSuccess).sort(compareStatus);
  const primary = successes[0] ?? '200';
  const responses: JsonObject = {};
  let responseComponent: JsonObject = { type: 'object' };
  for (const status of [...new Set([primary, ...statuses, 'default'])].sort(compareStatus)) {
    if (!isSuccess(status)) {
      responses[status] = { $ref: ERROR_RESPONSE_REF };
      continue;
    }
    const source = unwrapBody(statuses.includes(status) ? api.responses?.[original(status)]?.schema : undefined);
    const schema = source !== undefined ? convertSchema(source, ctx, `${base}/responses/${original(status)}/schema`) : { type: 'object' };
    const description = status === '204' ? 'No content' : 'Success';
    if (status === primary) {
      responseComponent = schema;
      responses[status] = { description, content: { 'application/json': { schema: { $ref: `${COMPONENT_REF_PREFIX}${action}Response` } } } };
    } else {
      responses[status] = { description, content: { 'application/json': { schema } } };
    }
  }
  return { responses, responseComponent };
}
