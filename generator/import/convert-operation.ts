/** Builds one operation file: a path item with one method, plus the operation's own components. */
import type { AliApi } from './api-docs.ts';
import { refNameResolver, type ComponentPlan } from './convert-components.ts';
import { convertRequest } from './convert-parameters.ts';
import { convertResponses } from './convert-responses.ts';
import { deprecation, type SchemaContext } from './convert-schema.ts';
import { pointer } from './errors.ts';
import { compact, type JsonObject } from './json.ts';

const METHODS = new Set(['get', 'post', 'put', 'delete', 'patch', 'head']);

/**
 * The operation's HTTP method. Some actions list two (`["post", "delete"]`); the first is the one
 * Alibaba's SDKs send.
 */
export function httpMethod(api: AliApi, ptr: string, fail: SchemaContext['fail']): string {
  const method = api.methods[0]!.toLowerCase();
  if (!METHODS.has(method)) fail(`${ptr}/methods/0`, `unsupported HTTP method ${JSON.stringify(api.methods[0])}`);
  return method;
}

/** `DescribeClusterDetail` → `Describe cluster detail` (acronyms like `V1`, `ACK` keep their case). */
export function summaryFromAction(action: string): string {
  const words = action.split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/);
  return words.map((word, i) => (i === 0 || /^[A-Z0-9]{2,}$/.test(word) ? word : word.toLowerCase())).join(' ');
}

export interface OperationOptions {
  plan: ComponentPlan;
  withDescriptions: boolean;
  fail: SchemaContext['fail'];
}

function prose(api: AliApi, withDescriptions: boolean): { summary?: string; description?: string } {
  if (!withDescriptions) return {};
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
  return { summary: text(api.title) ?? text(api.summary), description: text(api.description) ?? text(api.summary) };
}

export function convertOperation(action: string, api: AliApi, options: OperationOptions): JsonObject {
  const { plan, withDescriptions, fail } = options;
  const base = pointer('apis', action);
  const context = (flavour: 'request' | 'response'): SchemaContext => ({
    flavour,
    withDescriptions,
    refName: refNameResolver(plan, flavour, fail),
    fail,
  });
  const method = httpMethod(api, base, fail);
  const request = convertRequest(action, api, context('request'), base);
  const { responses, responseComponent } = convertResponses(action, api, context('response'), base);
  const text = prose(api, withDescriptions);
  const operation = compact([
    ['operationId', action],
    ['summary', text.summary ?? summaryFromAction(action)],
    ['description', text.description],
    ...deprecation(api),
    ['parameters', request.parameters.length > 0 ? request.parameters : undefined],
    ['requestBody', request.requestBody],
    ['responses', responses],
  ]);
  const schemas: JsonObject = {};
  if (request.bodyComponent !== undefined) schemas[`${action}Body`] = request.bodyComponent;
  schemas[`${action}Response`] = responseComponent;
  return { paths: { [api.path]: { [method]: operation } }, components: { schemas } };
}
