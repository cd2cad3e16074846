import type { StatementStructures } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from './ts-kinds.ts';
import type { AliasType, EnumType, GenerationInput, NamedType, ObjectType, Operation } from '../ir/types.ts';
import { jsDocFor } from './jsdoc.ts';
import { GENERATED_HEADER } from './header.ts';
import { tsFile } from './ts-source.ts';
import { propertyKey, typeText } from './type-text.ts';
import type { GeneratedFile } from './types.ts';

/** `src/models.ts`: one named type per request, body, response, nested object and enum. */
export function emitModels({ service }: GenerationInput): GeneratedFile[] {
  const statements: StatementStructures[] = [
    ...service.operations.flatMap(operationTypes),
    ...service.types.flatMap(namedTypeStatements),
  ];
  return [tsFile('src/models.ts', { leadingTrivia: GENERATED_HEADER, statements })];
}

/** Name of the exported `as const` list of an enum's values. */
function enumValuesName(enumName: string): string {
  return `${enumName}Values`;
}

function namedTypeStatements(type: NamedType): StatementStructures[] {
  switch (type.kind) {
    case 'object':
      return [objectInterface(type)];
    case 'enum':
      return enumStatements(type);
    case 'alias':
      return [aliasStatement(type)];
  }
}

function objectInterface(type: ObjectType): StatementStructures {
  const rules = type.closed ? [] : ['Unknown properties returned by the service are kept as received.'];
  return {
    kind: StructureKind.Interface,
    name: type.name,
    isExported: true,
    docs: jsDocFor(type.doc, rules),
    properties: type.fields.map((field) => ({
      name: propertyKey(field.wireName),
      type: typeText(field.shape),
      hasQuestionToken: !field.required,
      docs: jsDocFor(field.doc),
    })),
    indexSignatures: type.additional ? [{ keyName: 'key', keyType: 'string', returnType: 'unknown' }] : [],
  };
}

function enumStatements(type: EnumType): StatementStructures[] {
  const literals = type.values.map((v) => JSON.stringify(v));
  const union = [...literals, ...(type.open ? ['(string & {})'] : [])].join(' | ') || 'never';
  const note = type.open ? 'Known values are listed; the service may accept others.' : 'No other value is accepted.';
  return [
    { kind: StructureKind.TypeAlias, name: type.name, isExported: true, type: union, docs: jsDocFor(type.doc, [note]) },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: `${type.open ? 'The known values' : 'Every value'} of {@link ${type.name}}.` }],
      declarations: [{ name: enumValuesName(type.name), initializer: `[${literals.join(', ')}] as const` }],
    },
  ];
}

function aliasStatement(type: AliasType): StatementStructures {
  return { kind: StructureKind.TypeAlias, name: type.name, isExported: true, type: typeText(type.shape), docs: jsDocFor(type.doc) };
}

function operationTypes(op: Operation): StatementStructures[] {
  const statements: StatementStructures[] = [requestInterface(op)];
  const success = op.success.shape;
  if (!(success?.kind === 'ref' && success.name === op.responseType)) {
    statements.push({
      kind: StructureKind.TypeAlias,
      name: op.responseType,
      isExported: true,
      type: success ? typeText(success) : '{ [key: string]: unknown }',
      docs: [{ description: `The body of a successful ${op.action} response.` }],
    });
  }
  return statements;
}

function requestInterface(op: Operation): StatementStructures {
  const params = op.parameters.map((param) => ({
    name: propertyKey(param.wireName),
    type: typeText(param.shape),
    hasQuestionToken: !param.required,
    docs: jsDocFor(param.doc, [`Sent in the ${param.location}${param.style === 'json' ? ', JSON-encoded' : ''}.`]),
  }));
  const body = op.body
    ? [{ name: 'body', type: typeText(op.body.shape), hasQuestionToken: !op.body.required, docs: jsDocFor(op.body.doc, ['The JSON request body.']) }]
    : [];
  return {
    kind: StructureKind.Interface,
    name: op.requestType,
    isExported: true,
    docs: [{ description: `Input of \`${op.action}\`: path and query parameters by wire name, the JSON body under \`body\`.` }],
    properties: [...params, ...body],
  };
}
