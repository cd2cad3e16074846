import { describe, expect, it } from 'vitest';
import { changeReport, formatChangeReport } from '../../generator/import/change-report.ts';
import type { JsonObject } from '../../generator/import/json.ts';

/** A one-operation folder: `parameters`, a body component and a response component. */
function folder(action: string, parts: { parameters?: JsonObject[]; body?: JsonObject; response?: JsonObject; shared?: JsonObject }): Map<string, JsonObject> {
  const operation: JsonObject = {
    operationId: action,
    ...(parts.parameters ? { parameters: parts.parameters } : {}),
    ...(parts.body ? { requestBody: { content: { 'application/json': { schema: { $ref: `#/components/schemas/${action}Body` } } } } } : {}),
    responses: { '200': { description: 'Success', content: { 'application/json': { schema: { $ref: `#/components/schemas/${action}Response` } } } } },
  };
  const schemas: JsonObject = { [`${action}Response`]: parts.response ?? { type: 'object' } };
  if (parts.body) schemas[`${action}Body`] = parts.body;
  return new Map<string, JsonObject>([
    [`${action}.yaml`, { paths: { '/x': { post: operation } }, components: { schemas } }],
    ['components.yaml', { components: { schemas: parts.shared ?? {} } }],
  ]);
}
const closed = (properties: JsonObject, required?: string[]): JsonObject => ({ type: 'object', properties, ...(required ? { required } : {}), additionalProperties: false });
const summary = (before: Map<string, JsonObject>, after: Map<string, JsonObject>) =>
  changeReport(before, after).map((e) => `${e.breaking ? '!' : ' '} ${e.operation} ${e.kind}${e.path ? ` ${e.path}` : ''}${e.detail ? ` (${e.detail})` : ''}`);

describe('changeReport', () => {
  it('lists added and removed operations; a removed one is breaking', () => {
    const before = new Map([...folder('Old', {}), ['Kept.yaml', folder('Kept', {}).get('Kept.yaml')!]]);
    const after = new Map([...folder('New', {}), ['Kept.yaml', folder('Kept', {}).get('Kept.yaml')!]]);
    expect(summary(before, after)).toEqual(['  New operation added', '! Old operation removed']);
  });

  it('reports request fields at any depth, through $refs, by path', () => {
    const tag = (properties: JsonObject): JsonObject => ({ shared: { Tag: closed(properties) } });
    const before = folder('Op', { body: closed({ tags: { type: 'array', items: { $ref: '#/components/schemas/Tag' } }, gone: { type: 'string' } }), ...tag({ key: { type: 'string' } }) });
    const after = folder('Op', { body: closed({ tags: { type: 'array', items: { $ref: '#/components/schemas/Tag' } }, fresh: { type: 'string' } }), ...tag({ key: { type: 'string' }, value: { type: 'string' } }) });
    expect(summary(before, after)).toEqual(['  Op field added /body/fresh', '! Op field removed /body/gone', '  Op field added /body/tags/[]/value']);
  });

  it('marks a removed request field breaking only where the new parent is closed', () => {
    const before = folder('Op', { body: { type: 'object', properties: { a: { type: 'string' } } } });
    const after = folder('Op', { body: { type: 'object', properties: { b: { type: 'string' } } } });
    expect(summary(before, after)).toEqual(['  Op field removed /body/a', '  Op field added /body/b']);
  });

  it('reports narrowed and widened value lists, newly required fields and type changes', () => {
    const before = folder('Op', {
      parameters: [{ name: 'mode', in: 'query', schema: { type: 'string', enum: ['a', 'b'] } }, { name: 'n', in: 'query', schema: { type: 'string' } }],
      body: closed({ size: { type: 'integer' }, kind: { type: 'string', enum: ['x'] }, zone: { type: 'string' } }),
    });
    const after = folder('Op', {
      parameters: [{ name: 'mode', in: 'query', required: true, schema: { type: 'string', enum: ['a', 'c'] } }, { name: 'n', in: 'query', schema: { type: 'string', enum: ['1'] } }],
      body: closed({ size: { type: 'integer', format: 'int64' }, kind: { type: 'string', enum: ['x', 'y'] }, zone: { type: 'string' }, must: { type: 'string' } }, ['zone', 'must']),
    });
    expect(summary(before, after)).toEqual([
      '  Op values widened /body/kind (with "y")',
      '! Op field added /body/must (required)',
      '! Op type changed /body/size (integer → integer/int64)',
      '! Op became required /body/zone',
      '! Op became required /query/mode',
      '! Op values narrowed /query/mode (without "b")',
      '  Op values widened /query/mode (with "c")',
      '! Op values narrowed /query/n (now only "1")',
    ]);
  });

  it('marks a disappearing response field breaking, an added one not, and reports nothing under a removed field', () => {
    const before = folder('Op', { response: { type: 'object', properties: { task_id: { type: 'string' }, nodes: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } } } } });
    const after = folder('Op', { response: { type: 'object', properties: { task_id: { type: 'string' }, request_id: { type: 'string' } } } });
    expect(summary(before, after)).toEqual(['! Op field removed /response/nodes', '  Op field added /response/request_id']);
  });

  it('follows recursive schemas without looping, and reports nothing for identical folders', () => {
    const tree = folder('Op', { response: { $ref: '#/components/schemas/Node' }, shared: { Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } } } });
    expect(changeReport(tree, tree)).toEqual([]);
    expect(formatChangeReport([])).toEqual(['no changes against the spec already there']);
  });

  it('formats a count and one line per change, breaking ones marked', () => {
    const lines = formatChangeReport(changeReport(folder('Old', {}), folder('New', {})));
    expect(lines).toEqual(['2 changes against the spec already there (1 breaking):', '  New: operation added', '  **breaking** Old: operation removed']);
  });
});
