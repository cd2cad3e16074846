import type { StatementStructures } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from './ts-kinds.ts';
import type { GenerationInput, Operation, Parameter, Service, Shape } from '../ir/types.ts';
import { descriptorName } from './client.ts';
import { GENERATED_HEADER } from './header.ts';
import { responseSample } from './mock-samples.ts';
import { handWrittenFiles, MOCK_FOLDER } from './runtime-files.ts';
import { tsFile } from './ts-source.ts';
import type { GeneratedFile } from './types.ts';

/**
 * The package's `./mock` export (Node.js only): `src/mock/index.ts`, a routes table built from the same operations
 * as the client (each row the client's own operation descriptor, the request validator, the types of non-string
 * parameters and a response sample synthesized from the response shape) and `startMockServer`; plus the mock's
 * hand-written runtime from `generator/mock/`, copied verbatim next to it (with its declarations, which the
 * generator's build prepares: runtime-files.ts).
 */
export function emitMock({ service }: GenerationInput): GeneratedFile[] {
  return [mockIndex(service), ...mockRuntimeFiles(), NODE10_FALLBACK];
}

/** Resolvers that ignore `exports` (TypeScript's node10, old bundlers) find `<package>/mock` through this folder. */
const NODE10_FALLBACK: GeneratedFile = {
  path: 'mock/package.json',
  contents: JSON.stringify({ main: '../dist/cjs/mock/index.js', types: '../dist/cjs/mock/index.d.ts' }, null, 2) + '\n',
};

function mockRuntimeFiles(): GeneratedFile[] {
  return handWrittenFiles(MOCK_FOLDER);
}

function mockIndex(service: Service): GeneratedFile {
  const statements: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../client.js', namedImports: service.operations.map(descriptorName) },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../validators.js', namedImports: service.operations.map((op) => `validate${op.action}Request`) },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './api-mock.js',
      namedImports: ['startApiMock', 'type ApiRoute', 'type MockServer', 'type MockServerOptions'],
    },
    {
      kind: StructureKind.ExportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: './api-mock.js',
      namedExports: ['MockCredentials', 'MockFault', 'MockServer', 'MockServerOptions', 'MockStats'],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [{ description: `One route per operation of ${service.product} ${service.version}, from the model the client is generated from.` }],
      declarations: [{ name: 'MOCK_ROUTES', type: 'readonly ApiRoute[]', initializer: `[\n${service.operations.map((op) => routeRow(op, service)).join(',\n')}\n]` }],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'startMockServer',
      docs: [
        {
          description: [
            `Starts a local ${service.product} API on 127.0.0.1 for tests: it verifies signatures, validates requests with this`,
            'package\'s validators, keeps clusters, node pools and tasks (moving through their states as they are read), and',
            'answers every other operation from its response schema. Resolves with its `endpoint` and `credentials`.',
          ].join('\n'),
        },
      ],
      parameters: [{ name: 'options', type: 'MockServerOptions', initializer: '{}' }],
      returnType: 'Promise<MockServer>',
      statements: ['return startApiMock(MOCK_ROUTES, options);'],
    },
  ];
  return tsFile('src/mock/index.ts', { leadingTrivia: GENERATED_HEADER, statements });
}

function routeRow(op: Operation, service: Service): string {
  const types = op.parameters.flatMap((p) => wireTypeEntry(p, service));
  const fields = [
    `operation: ${descriptorName(op)}`,
    `validate: validate${op.action}Request`,
    ...(types.length > 0 ? [`types: ${JSON.stringify(types)}`] : []),
    `sample: ${JSON.stringify(JSON.stringify(responseSample(op, service)))}`,
  ];
  return `{ ${fields.join(', ')} }`;
}

/** `[name, type]` for a parameter whose value is not a plain string (see `WireType` in generator/mock/wire.ts). */
function wireTypeEntry(param: Parameter, service: Service): [string, string][] {
  const shape = resolved(param.shape, service);
  const kind = scalarKind(shape, service);
  if (kind === 'array') {
    const item = shape.kind === 'array' ? scalarKind(shape.items, service) : 'string';
    return [[param.wireName, `${item === 'integer' || item === 'number' || item === 'boolean' ? item : 'string'}[]`]];
  }
  return kind === 'integer' || kind === 'number' || kind === 'boolean' ? [[param.wireName, kind]] : [];
}

/** The shape behind named aliases. */
function resolved(shape: Shape, service: Service): Shape {
  const type = shape.kind === 'ref' ? service.types.find((t) => t.name === shape.name) : undefined;
  return type?.kind === 'alias' ? resolved(type.shape, service) : shape;
}

/** The JSON type of a shape, following aliases (enums are strings). */
function scalarKind(shape: Shape, service: Service): Shape['kind'] {
  const inner = resolved(shape, service);
  if (inner.kind !== 'ref') return inner.kind;
  return service.types.find((t) => t.name === inner.name)?.kind === 'enum' ? 'string' : 'ref';
}
