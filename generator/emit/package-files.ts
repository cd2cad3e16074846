import type { StatementStructures } from 'ts-morph';
import { StructureKind } from './ts-kinds.ts';
import type { GenerationInput } from '../ir/types.ts';
import { GENERATED_HEADER } from './header.ts';
import { baseClientName } from './client.ts';
import { cell, inline } from './markdown.ts';
import { markdownTable } from './markdown-table.ts';
import { render } from './templates.ts';
import { tsFile } from './ts-source.ts';
import type { GeneratedFile } from './types.ts';

/** Package-level files: package.json, README.md, tsconfig.json, openapi.json and `src/index.ts`. */
export function emitPackageFiles({ service, bundled }: GenerationInput): GeneratedFile[] {
  const firstOperation = service.operations[0];
  const view = {
    packageName: service.packageName,
    product: service.product,
    version: service.version,
    title: inline(service.title),
    clientName: service.clientName,
    baseClientName: baseClientName(service),
    description: `${service.title} (${service.product} ${service.version}): typed models, validators and a signed client, with no dependencies.`,
    operationCount: service.operations.length,
    operationsTable: markdownTable(
      ['Method', 'Action', 'Summary'],
      service.operations.map((op) => [`\`${op.methodName}\``, `[${op.action}](./docs/${op.action}.md)`, cell(op.summary)]),
    ),
    errorsTable: markdownTable(['Error', 'When'], ERRORS),
    example: firstOperation ? { methodName: firstOperation.methodName, requestType: firstOperation.requestType, action: firstOperation.action } : undefined,
  };
  return [
    { path: 'package.json', contents: canonicalJson(JSON.parse(render('package/package.json.hbs', view))) },
    { path: 'README.md', contents: render('package/README.md.hbs', view) },
    { path: 'tsconfig.json', contents: canonicalJson(JSON.parse(render('package/tsconfig.json.hbs', view))) },
    { path: 'openapi.json', contents: canonicalJson(bundled) },
  ];
}

const ERRORS: string[][] = [
  ['`CsServiceError`', 'the service answered with an error: `statusCode`, `code`, `message`, `requestId`, `recommend`, `retryable`'],
  ['`ValidationError`', 'the request breaks the spec; nothing was sent; `issues` lists every problem'],
  ['`TimeoutError`', 'no answer within `timeoutMs`'],
  ['`NetworkError`', 'the connection failed'],
];

/** JSON as written to disk: two-space indent, final newline (what prettier would leave unchanged for these files). */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** `src/index.ts` re-exports the public modules among the files the other emitters produced. */
export function emitIndex(files: GeneratedFile[]): GeneratedFile {
  const publicModules = ['src/models.ts', 'src/validators.ts', 'src/client.ts', 'src/runtime/index.ts'];
  const statements: StatementStructures[] = publicModules
    .filter((path) => files.some((f) => f.path === path))
    .map((path) => ({ kind: StructureKind.ExportDeclaration, moduleSpecifier: `./${path.slice('src/'.length, -'.ts'.length)}.js` }));
  return tsFile('src/index.ts', { leadingTrivia: GENERATED_HEADER, statements });
}
