import type { StatementStructures } from 'ts-morph';
import { Scope, StructureKind, VariableDeclarationKind } from './ts-kinds.ts';
import { toConstantCase } from '../ir/naming.ts';
import type { GenerationInput, Operation, Service, Shape } from '../ir/types.ts';
import { GENERATED_HEADER } from './header.ts';
import { commentSafe } from './jsdoc.ts';
import { tsFile } from './ts-source.ts';
import type { GeneratedFile } from './types.ts';
import { operationWire } from './wire-descriptor.ts';
import { featuredOperation } from './request-sample.ts';

/** Name of the exported wire descriptor of an operation. */
export function descriptorName(op: Operation): string {
  return `${op.action}Operation`;
}

/** `src/client.ts`: the service descriptor, one wire descriptor per operation, and the client class. */
export function emitClient({ service }: GenerationInput): GeneratedFile[] {
  const serviceConst = `${toConstantCase(service.product)}_SERVICE`;
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './runtime/client-core.js',
      namedImports: [
        'ClientCore',
        'type CallOptions',
        'type ClientFeatures',
        'type ClientOptions',
        'type OperationDescriptor',
        'type ServiceDescriptor',
        'type WithMetadata',
      ],
    },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/features.js', namedImports: ['allFeatures'] },
    {
      kind: StructureKind.ImportDeclaration,
      isTypeOnly: true,
      moduleSpecifier: './models.js',
      namedImports: service.operations.flatMap((op) => [op.requestType, op.responseType]),
    },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: './validators.js',
      namedImports: service.operations.map((op) => `validate${op.action}Request`),
    },
    constStatement(serviceConst, 'ServiceDescriptor', serviceDescriptor(service), `Where the ${service.product} API (version ${service.version}) is reached.`),
    ...service.operations.map((op) => constStatement(descriptorName(op), 'OperationDescriptor', operationDescriptor(op, service), `How \`${op.action}\` goes over the wire.`)),
    { kind: StructureKind.TypeAlias, isExported: true, name: `${service.clientName}Options`, type: 'ClientOptions', docs: [{ description: `Options of {@link ${service.clientName}}.` }] },
    baseClientClass(service, serviceConst),
    ...service.operations.map(operationFunction),
    clientClass(service),
  ];
  return [tsFile('src/client.ts', { leadingTrivia: GENERATED_HEADER, statements })];
}

function constStatement(name: string, type: string, initializer: string, description: string): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [{ description }],
    declarations: [{ name, type, initializer }],
  };
}

function serviceDescriptor(service: Service): string {
  // Only hosts that differ from the template are listed: the template covers the rest.
  const overrides = service.regions.filter((r) => r.host !== service.endpointTemplate.replace('{region}', r.regionId));
  return JSON.stringify({
    product: service.product,
    version: service.version,
    endpointTemplate: service.endpointTemplate,
    regions: Object.fromEntries(overrides.map((r) => [r.regionId, r.host])),
    ...(service.defaultRegion ? { defaultRegion: service.defaultRegion } : {}),
  });
}

function operationDescriptor(op: Operation, service: Service): string {
  const sensitive = op.body ? sensitivePointers(op.body.shape, '/body', service, new Set()) : [];
  for (const param of op.parameters) if (param.doc.sensitive) sensitive.push(`/${param.wireName}`);
  return JSON.stringify({
    ...operationWire(op),
    ...(sensitive.length > 0 ? { sensitive } : {}),
    ...(isTextResponse(op, service) ? { textResponse: true } : {}),
  });
}

/** Whether the success response is a bare string (a script, say), which the service sends as text. */
function isTextResponse(op: Operation, service: Service): boolean {
  let shape = op.success.shape;
  for (let hops = 0; shape?.kind === 'ref' && hops < 10; hops++) {
    const name = shape.name;
    const type = service.types.find((t) => t.name === name);
    shape = type?.kind === 'alias' ? type.shape : undefined;
  }
  return shape?.kind === 'string';
}

/** JSON Pointers (with `*` for any array index or map key) of every secret field reachable from a shape. */
function sensitivePointers(shape: Shape, at: string, service: Service, visiting: Set<string>): string[] {
  switch (shape.kind) {
    case 'array':
      return sensitivePointers(shape.items, `${at}/*`, service, visiting);
    case 'map':
      return sensitivePointers(shape.values, `${at}/*`, service, visiting);
    case 'union':
      return [...new Set(shape.variants.flatMap((v) => sensitivePointers(v, at, service, visiting)))];
    case 'ref': {
      const type = service.types.find((t) => t.name === shape.name);
      if (!type || type.kind === 'enum' || visiting.has(type.name)) return [];
      const inner = new Set(visiting).add(type.name);
      if (type.kind === 'alias') return sensitivePointers(type.shape, at, service, inner);
      return type.fields.flatMap((f) => {
        const pointer = `${at}/${f.wireName.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        return f.doc.sensitive ? [pointer] : sensitivePointers(f.shape, pointer, service, inner);
      });
    }
    default:
      return [];
  }
}

/** Name of the client without per-operation methods, used with the standalone operation functions. */
export function baseClientName(service: Service): string {
  return service.clientName.replace(/Client$/, 'BaseClient');
}

/** The client configuration alone: a bundle that calls one operation through it carries only that operation. */
function baseClientClass(service: Service, serviceConst: string): StatementStructures {
  return {
    kind: StructureKind.Class,
    name: baseClientName(service),
    isExported: true,
    extends: 'ClientCore',
    docs: [
      {
        description: [
          `The ${service.product} client without operation methods: pass it to the standalone operation functions`,
          `(\`${featuredOperation(service)?.methodName ?? 'operation'}(client, request)\`) so that bundlers keep only the operations you call.`,
          '',
          'Minimal unless told otherwise: credentials from the `credentials` option or the ALIBABA_CLOUD_* keys, direct',
          'connections. The default credential chain, proxies, hooks and debug events come with `features` (`allFeatures`',
          `for everything ${service.clientName} has) or, for the first two, with \`credentials: defaultCredentialsChain()\` and`,
          '`transport: createNodeTransport()`.',
        ].join('\n'),
      },
    ],
    ctors: [
      {
        parameters: [
          { name: 'options', type: `${service.clientName}Options`, initializer: '{}' },
          { name: 'features', type: 'ClientFeatures', initializer: '{}' },
        ],
        statements: [`super(${serviceConst}, options, features);`],
      },
    ],
  };
}

function operationFunction(op: Operation): StatementStructures {
  return {
    kind: StructureKind.Function,
    isExported: true,
    name: op.methodName,
    docs: [{ description: methodDoc(op), tags: op.deprecated ? [{ tagName: 'deprecated' }] : [] }],
    parameters: [
      { name: 'client', type: 'ClientCore' },
      { name: 'request', type: op.requestType },
      { name: 'options', type: 'CallOptions', hasQuestionToken: true },
    ],
    returnType: `Promise<WithMetadata<${op.responseType}>>`,
    statements: [`return client.send(${descriptorName(op)}, request, validate${op.action}Request, options);`],
  };
}

function clientClass(service: Service): StatementStructures {
  return {
    kind: StructureKind.Class,
    name: service.clientName,
    isExported: true,
    extends: baseClientName(service),
    docs: [
      {
        description: [
          `Client for ${commentSafe(service.title)} (${service.product} ${service.version}): one method per operation.`,
          '',
          'Requests are validated before they are sent, signed with ACS3-HMAC-SHA256 and retried when that is safe.',
          'Credentials come from the default credential chain and the region from ALIBABA_CLOUD_REGION_ID unless given;',
          'proxies, hooks and debug events are supported (`allFeatures`).',
        ].join('\n'),
      },
    ],
    ctors: [
      {
        parameters: [{ name: 'options', type: `${service.clientName}Options`, initializer: '{}' }],
        statements: ['super(options, allFeatures);'],
      },
    ],
    methods: service.operations.map((op) => ({
      name: op.methodName,
      scope: Scope.Public,
      docs: [{ description: methodDoc(op), tags: op.deprecated ? [{ tagName: 'deprecated' }] : [] }],
      parameters: [
        { name: 'request', type: op.requestType },
        { name: 'options', type: 'CallOptions', hasQuestionToken: true },
      ],
      returnType: `Promise<WithMetadata<${op.responseType}>>`,
      statements: [`return ${op.methodName}(this, request, options);`],
    })),
  };
}

function methodDoc(op: Operation): string {
  const lines = [commentSafe(op.summary || op.action), '', `\`${op.method} ${commentSafe(op.path)}\` — see docs/${op.action}.md.`];
  lines.push(op.idempotent ? 'Retried on throttling, 502/503/504 and network errors.' : 'Not idempotent: retried only when the service provably did not act on it.');
  return lines.join('\n');
}
