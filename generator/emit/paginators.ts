import type { StatementStructures } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from './ts-kinds.ts';
import { toConstantCase } from '../ir/naming.ts';
import type { GenerationInput, Operation, Pagination } from '../ir/types.ts';
import { GENERATED_HEADER } from './header.ts';
import { commentSafe } from './jsdoc.ts';
import { tsFile } from './ts-source.ts';
import type { GeneratedFile } from './types.ts';

/** Name of the paginator of a list operation: `paginateDescribeClustersV1`. */
export function paginatorName(op: Operation): string {
  return `paginate${op.action}`;
}

/** The list operations, in action order, with their pagination. */
export function paginatedOperations(operations: readonly Operation[]): (Operation & { pagination: Pagination })[] {
  return operations.filter((op): op is Operation & { pagination: Pagination } => op.pagination !== undefined);
}

/** Whether the paginator takes a `pageSize` option (token-style operations may have no page size field). */
export function takesPageSize(pagination: Pagination): boolean {
  return pagination.pageSizeParam !== undefined;
}

/**
 * `src/paginators.ts`: one `paginate<Action>(client, request?, options?)` per operation with `x-acs-pagination`, an
 * async iterable of its pages, each a thin call into the runtime's `paginate`.
 */
export function emitPaginators({ service }: GenerationInput): GeneratedFile[] {
  const operations = paginatedOperations(service.operations);
  if (operations.length === 0) return [];
  const statements: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './runtime/paginator.js', namedImports: ['paginate', 'type PageConfig', 'type PaginatorOptions'] },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './runtime/client-core.js', namedImports: ['ClientCore', 'WithMetadata'] },
    { kind: StructureKind.ImportDeclaration, isTypeOnly: true, moduleSpecifier: './models.js', namedImports: operations.flatMap((op) => [op.requestType, op.responseType]) },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './client.js', namedImports: operations.map((op) => op.methodName) },
    ...operations.flatMap(paginatorStatements),
  ];
  return [tsFile('src/paginators.ts', { leadingTrivia: GENERATED_HEADER, statements })];
}

function paginatorStatements(op: Operation & { pagination: Pagination }): StatementStructures[] {
  const configName = `${toConstantCase(op.action)}_PAGES`;
  const optional = !op.parameters.some((p) => p.required) && op.body?.required !== true;
  return [
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: configName, type: 'PageConfig', initializer: JSON.stringify(pageConfig(op)) }],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: paginatorName(op),
      docs: [{ description: paginatorDoc(op) }],
      parameters: [
        { name: 'client', type: 'ClientCore' },
        { name: 'request', type: op.requestType, ...(optional ? { initializer: '{}' } : {}) },
        { name: 'options', type: takesPageSize(op.pagination) ? 'PaginatorOptions' : "Omit<PaginatorOptions, 'pageSize'>", initializer: '{}' },
      ],
      returnType: `AsyncGenerator<WithMetadata<${op.responseType}>, void, undefined>`,
      statements: [`return paginate((pageRequest, callOptions) => ${op.methodName}(client, pageRequest, callOptions), request, options, ${configName});`],
    },
  ];
}

function pageConfig(op: Operation & { pagination: Pagination }): object {
  const p = op.pagination;
  const isText = (name: string | undefined): boolean => op.parameters.find((param) => param.wireName === name)?.shape.kind === 'string';
  const numbersAsText = p.style === 'pageNumber' ? isText(p.pageNumberParam) || isText(p.pageSizeParam) : isText(p.pageSizeParam);
  const text = numbersAsText ? { numbersAsText: true } : {};
  return p.style === 'pageNumber'
    ? { style: p.style, action: op.action, pageNumber: p.pageNumberParam, pageSize: p.pageSizeParam, items: p.itemsPath, ...(p.totalCountPath ? { totalCount: p.totalCountPath } : {}), ...text }
    : { style: p.style, action: op.action, token: p.tokenParam, ...(p.pageSizeParam ? { pageSize: p.pageSizeParam } : {}), nextToken: p.nextTokenPath, items: p.itemsPath, ...text };
}

/** How an operation pages, in words (also used by the docs page). */
export function paginationText(pagination: Pagination): string {
  return pagination.style === 'pageNumber'
    ? `pages by \`${pagination.pageNumberParam}\`/\`${pagination.pageSizeParam}\`; items at \`${pagination.itemsPath}\`` +
        (pagination.totalCountPath ? `, total at \`${pagination.totalCountPath}\`` : '')
    : `pages by the token \`${pagination.tokenParam}\` (next at \`${pagination.nextTokenPath}\`)` +
        (pagination.pageSizeParam ? `, page size \`${pagination.pageSizeParam}\`` : '') +
        `; items at \`${pagination.itemsPath}\``;
}

function paginatorDoc(op: Operation & { pagination: Pagination }): string {
  return [
    `Every page of ${op.action}, one response per page: ${commentSafe(paginationText(op.pagination))}.`,
    '',
    'Stops after the last page; a service that repeats a page or a token ends it with a `PaginationLoop` error.',
    takesPageSize(op.pagination) ? '`options.pageSize` sets the page size; the other options apply to every request.' : 'The options apply to every request.',
    `See docs/waiters-and-paginators.md.`,
  ].join('\n');
}
