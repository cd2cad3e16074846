/**
 * Converts an operation's api-docs parameters: path/query/header parameters become OpenAPI
 * parameters; `in: body`/`formData` parameters become the request body.
 */
import type { AliApi, AliParameter } from './api-docs.ts';
import { COMPONENT_REF_PREFIX, convertSchema, deprecation, schemaType, type SchemaContext } from './convert-schema.ts';
import { DEPRECATED_REASON } from './merge-vintages.ts';
import { pointer } from './errors.ts';
import { compact, type JsonObject, type JsonValue } from './json.ts';

export interface ConvertedRequest {
  parameters: JsonObject[];
  requestBody?: JsonObject;
  /** Schema to register as the `<Action>Body` component (absent when the body is a plain `$ref`). */
  bodyComponent?: JsonObject;
}

/** Placeholders of a path template, in order (`/a/{X}/b/{Y}` → X, Y). */
export function pathVariables(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}

/** OpenAPI serialisation keywords for Alibaba's parameter `style`. */
export function styleKeywords(parameter: AliParameter): [string, JsonValue][] {
  const isArray = parameter.schema?.type === 'array';
  switch (parameter.style) {
    case undefined:
    case '':
      return [];
    case 'json':
      return [['x-acs-style', 'json']];
    case 'flat':
      return [['x-acs-style', 'flat']];
    case 'repeatList':
      return [
        ['style', 'form'],
        ['explode', true],
      ];
    case 'simple':
      // Path parameters are `simple` by default; in a query an array is sent comma-separated.
      return parameter.in === 'query' && isArray
        ? [
            ['style', 'form'],
            ['explode', false],
          ]
        : [];
    default:
      return [['x-acs-style', parameter.style]];
  }
}

function convertParameter(parameter: AliParameter, ctx: SchemaContext, ptr: string): JsonObject {
  const schema = parameter.schema ?? {};
  const description = ctx.withDescriptions ? (schema.description ?? schema.title) : undefined;
  return compact([
    ['name', parameter.name],
    ['in', parameter.in],
    ['description', typeof description === 'string' && description !== '' ? description : undefined],
    ['required', parameter.in === 'path' || schema.required === true ? true : undefined],
    ...deprecation(schema),
    ...styleKeywords(parameter),
    ['schema', convertSchema({ ...schema, deprecated: undefined, [DEPRECATED_REASON]: undefined }, ctx, `${ptr}/schema`)],
  ]);
}

function isPlainRef(schema: JsonObject): boolean {
  return Object.keys(schema).length === 1 && typeof schema['$ref'] === 'string' && schema['$ref'].startsWith(COMPONENT_REF_PREFIX);
}

/**
 * The wire body of an operation:
 * - the parameter named `body` (`in: body`) is the JSON body itself;
 * - a lone other `in: body` parameter that is not an object (e.g. UnInstallClusterAddons' `addons`
 *   array) is also the body itself, as Alibaba's SDKs send it;
 * - otherwise each `in: body`/`formData` parameter is a property of a body object.
 */
function bodySchema(
  bodyParameters: { parameter: AliParameter; index: number }[],
  ctx: SchemaContext,
  base: string,
): { schema: JsonObject; required: boolean } {
  const schemaPtr = (index: number): string => `${base}/parameters/${index}/schema`;
  const named = bodyParameters.find(({ parameter }) => parameter.name === 'body' && parameter.in === 'body');
  const lone = bodyParameters.length === 1 ? bodyParameters[0]! : undefined;
  const loneIsValue =
    lone !== undefined &&
    lone.parameter.in === 'body' &&
    !['object', undefined].includes(schemaType(lone.parameter.schema ?? {}, schemaPtr(lone.index), ctx.fail));
  const whole = named ?? (loneIsValue ? lone : undefined);

  let schema: JsonObject = { type: 'object', additionalProperties: false };
  let required = false;
  if (whole !== undefined) {
    const source = whole.parameter.schema ?? {};
    schema = convertSchema(source, ctx, schemaPtr(whole.index));
    required = source.required === true;
  }
  const others = bodyParameters.filter((entry) => entry !== whole);
  if (others.length > 0) {
    if (schema['type'] !== 'object') ctx.fail(schemaPtr(whole!.index), 'other body parameters need an object body to join');
    // Built from entries, so that a parameter named `__proto__` is an own key like any other.
    const properties: JsonObject = Object.fromEntries([
      ...Object.entries((schema['properties'] as JsonObject | undefined) ?? {}),
      ...others.map(({ parameter, index }): [string, JsonValue] => [parameter.name, convertSchema(parameter.schema ?? {}, ctx, schemaPtr(index))]),
    ]);
    const names = [...((schema['required'] as string[] | undefined) ?? [])];
    for (const { parameter } of others) if (parameter.schema?.required === true) names.push(parameter.name);
    const { type, properties: _p, required: _r, additionalProperties, ...rest } = schema;
    schema = compact([
      ['type', type],
      ...Object.entries(rest),
      ['properties', properties],
      ['required', names.length > 0 ? names : undefined],
      ['additionalProperties', additionalProperties ?? false],
    ]);
  }
  // A body with required members must be sent even when the metadata marks the body itself optional.
  required ||= Array.isArray(schema['required']) && schema['required'].length > 0;
  return { schema, required };
}

export function convertRequest(action: string, api: AliApi, ctx: SchemaContext, base: string = pointer('apis', action)): ConvertedRequest {
  const parameters: JsonObject[] = [];
  const bodyParameters: { parameter: AliParameter; index: number }[] = [];
  const seen = new Set<string>();
  api.parameters.forEach((parameter, index) => {
    const ptr = `${base}/parameters/${index}`;
    const key = `${parameter.in}:${parameter.name}`;
    if (seen.has(key)) ctx.fail(ptr, `duplicate ${parameter.in} parameter ${JSON.stringify(parameter.name)}`);
    seen.add(key);
    if (parameter.in === 'body' || parameter.in === 'formData') bodyParameters.push({ parameter, index });
    else parameters.push(convertParameter(parameter, ctx, ptr));
  });
  const declaredPathNames = new Set(api.parameters.filter((p) => p.in === 'path').map((p) => p.name));
  const variables = pathVariables(api.path);
  for (const name of declaredPathNames) {
    if (!variables.includes(name)) ctx.fail(`${base}/path`, `path parameter ${JSON.stringify(name)} does not appear in the path`);
  }
  // A placeholder without a declared parameter is still a required string on the wire.
  for (const name of variables) {
    if (!declaredPathNames.has(name)) parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
  }
  if (bodyParameters.length === 0) return { parameters };

  const { schema, required } = bodySchema(bodyParameters, ctx, base);
  const formOnly = bodyParameters.every(({ parameter }) => parameter.in === 'formData');
  const mediaType = formOnly ? 'application/x-www-form-urlencoded' : 'application/json';
  const flat = bodyParameters.some(({ parameter }) => parameter.style === 'flat');
  const bodyRef = isPlainRef(schema) ? schema : { $ref: `${COMPONENT_REF_PREFIX}${action}Body` };
  const requestBody = compact([
    ['required', required ? true : undefined],
    ['x-acs-style', flat ? 'flat' : undefined],
    ['content', { [mediaType]: { schema: bodyRef } }],
  ]);
  return { parameters, requestBody, ...(isPlainRef(schema) ? {} : { bodyComponent: schema }) };
}
