import type { GenerationInput } from '../ir/types.ts';
import { productNames, type ProductNames } from './product-names.ts';
import { baseClientName } from './client.ts';
import { lifecycleReadmeView } from './lifecycle-docs.ts';
import { cell, inline } from './markdown.ts';
import { markdownTable } from './markdown-table.ts';
import { featuredOperation } from './request-sample.ts';
import { callOptionsTable, clientOptionsTable } from './readme-options.ts';
import { hasTemplate, render } from './templates.ts';
import type { GeneratedFile } from './types.ts';

/** Package-level files: package.json, README.md, LICENSE, tsconfig.json and openapi.json. */
export function emitPackageFiles({ service, bundled }: GenerationInput): GeneratedFile[] {
  const featured = featuredOperation(service);
  const names = productNames(service);
  const view = {
    packageName: service.packageName,
    packageVersion: service.package.version,
    license: service.package.license,
    author: service.package.author,
    repository: service.package.repository,
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
    errorsTable: markdownTable(['Error', '`code`', 'When'], errorRows(names, (service.waiters ?? []).length > 0)),
    errorName: names.error,
    serviceErrorName: names.serviceError,
    eventPrefix: names.eventPrefix,
    clientOptionsTable: clientOptionsTable(names.eventPrefix),
    callOptionsTable: callOptionsTable(),
    buildsTable: markdownTable(['Where', 'Build', 'Transport and signing'], BUILDS),
    lifecycle: lifecycleReadmeView(service),
    example: featured ? { methodName: featured.methodName, requestType: featured.requestType, action: featured.action } : undefined,
  };
  return [
    { path: 'package.json', contents: canonicalJson(JSON.parse(render('package/package.json.hbs', view))) },
    { path: 'README.md', contents: render('package/README.md.hbs', view) },
    { path: 'LICENSE', contents: licenseText(service.package.license) },
    { path: 'tsconfig.json', contents: canonicalJson(JSON.parse(render('package/tsconfig.json.hbs', view))) },
    { path: 'openapi.json', contents: canonicalJson(bundled) },
  ];
}

/** The package's builds as its `exports` conditions (templates/package/package.json.hbs) select them. */
const BUILDS: string[][] = [
  ['Node.js 20 or later, `import`', '`dist/index.js` (ES module)', 'HTTP/1.1 over `node:net`/`node:tls` with keep-alive (`fetch` for the base client), `node:crypto`'],
  ['Node.js 20 or later, `require`', '`dist/cjs/index.js` (CommonJS)', 'the same'],
  [
    'browsers, web workers, edge runtimes (`browser`, `worker`, `workerd`, `edge-light`, or no condition that matches)',
    '`dist/index.browser.js`',
    '`fetch`, WebCrypto; no `node:` import, so it bundles without externals',
  ],
];

/**
 * Every error class the package exports (a test checks), with its code(s), under the names it exports them by;
 * `WaiterError` only with waiters (the waiters plugin ships it).
 */
const errorRows = (names: ProductNames, waiters: boolean): string[][] => [
  [`\`${names.serviceError}\``, 'the service\'s (`InvalidParameter`, …), or `Http<status>`', 'the service answered with an error: `statusCode`, `requestId`, `recommend` (a troubleshooting link), `retryable`'],
  ['`ValidationError`', '`ValidationError`', 'the request breaks the API\'s rules; nothing was sent; `issues` lists every problem'],
  ['`TimeoutError`', '`Timeout`', 'an attempt got no answer within `timeoutMs`'],
  ['`NetworkError`', '`NetworkError`', 'the connection failed: `causeCode` (`ECONNREFUSED`, …); `requestWritten: false` means the service cannot have acted'],
  ['`AbortError`', '`Aborted`', 'the call\'s `signal` fired'],
  ['`ResponseParseError`', '`MalformedResponse`', 'a 2xx answer whose body is not JSON; the service may have acted'],
  ['`CredentialsError`', '`MissingCredentials`', 'no credentials, incomplete ones, or a credentials source failed (`source` names it)'],
  ['`ResponseTooLargeError`', '`ResponseTooLarge`', 'the response body is larger than `maxResponseBytes`; never retried'],
  ['`RedirectError`', '`UnexpectedRedirect`', 'the service answered with a redirect, which is never followed; never retried'],
  ['`ConfigurationError`', '`InvalidConfiguration`', 'an option, the region or the endpoint is invalid (`option` names it); nothing was sent'],
  ['`HookError`', '`HookFailed`', 'a hook threw; its error is `cause`'],
  ...(waiters ? [['`WaiterError`', '`WaiterFailed`, `WaiterTimedOut`, `WaiterAborted`', 'a `waitUntil…` waiter ended without success: `reason`, the last `state` seen, `lastResponse`']] : []),
  [
    `\`${names.error}\``,
    '`MissingRegion`, `InvalidProxy`, `InvalidHeader`, `PaginationLoop`, `InvalidWaiterOptions`, `InvalidPaginatorOptions`',
    'no region; a proxy URL that is not `http://`; a header with CR or LF, or one the SDK sets; a service that repeats a page or token; waiter or paginator options out of range',
  ],
];

/** The license's full text, from `templates/licenses/<SPDX id>.txt`. */
function licenseText(spdxId: string): string {
  if (!hasTemplate(`licenses/${spdxId}.txt`)) {
    throw new Error(`x-acs-package.license "${spdxId}": no license text to ship as LICENSE (add templates/licenses/${spdxId}.txt)`);
  }
  return render(`licenses/${spdxId}.txt`, {});
}

/** JSON as written to disk: two-space indent, final newline (what prettier would leave unchanged for these files). */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
