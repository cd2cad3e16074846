/**
 * The HTTP example of each operation page shows what the client sends: for every request example, the page's request
 * line, Host, header parameters, Content-Type and body equal the request the generated client hands its transport for
 * the same example (the body compared as sent, the page showing it indented). Checked on the committed package and on
 * a package whose example needs every kind of encoding (path, query, JSON-style query, array, header, reserved and
 * non-ASCII characters).
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OperationDescriptor, ServiceDescriptor } from '../../generator/runtime/client-core.ts';
import type { HttpRequest, HttpResponse, Transport } from '../../generator/runtime/transport.ts';
import { normalize } from '../../generator/ir/normalize.ts';
import type { Operation } from '../../generator/ir/types.ts';
import { loadSpecFolder } from '../../generator/load/index.ts';
import { docsRequestExamples, ExampleIndex } from '../../generator/emit/request-sample.ts';
import { generatePackage } from '../../generator/pipeline.ts';
import { generateToTemp, makeTempDir, removeDir, repoRoot } from '../support/generate.ts';

interface GeneratedModule {
  ClientCore: new (service: ServiceDescriptor, options: object) => {
    send(op: OperationDescriptor, request: object, validator: undefined, options?: object): Promise<unknown>;
  };
  [name: string]: unknown;
}

/** The request the package's client sends for `request`, captured at its transport. */
async function sentRequest(pkg: GeneratedModule, service: ServiceDescriptor, op: Operation, request: object): Promise<HttpRequest> {
  let sent: HttpRequest | undefined;
  const transport: Transport = async (req): Promise<HttpResponse> => {
    sent = req;
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{}' };
  };
  const client = new pkg.ClientCore(service, {
    region: service.defaultRegion ?? 'cn-hangzhou',
    credentials: { accessKeyId: 'id', accessKeySecret: 'secret' },
    transport,
    maxRetries: 0,
  });
  await client.send(pkg[`${op.action}Operation`] as OperationDescriptor, request, undefined);
  if (!sent) throw new Error(`${op.action}: nothing was sent`);
  return sent;
}

/** The `http` blocks of an operation page's examples, in order. */
function docsExamples(page: string): string[] {
  const examples = page.slice(page.indexOf('## Examples'));
  return [...examples.matchAll(/### Sample request: [^\n]*\n\n```http\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

/** What the page should show for a sent request: its head exactly, and the body sent (compared parsed, then as text). */
function expectPageShows(shown: string, sent: HttpRequest, op: Operation): void {
  const [head, ...rest] = shown.split('\n\n');
  const url = new URL(sent.url);
  const headerParams = op.parameters.filter((p) => p.location === 'header').map((p) => p.wireName.toLowerCase());
  const expectedHead = [
    `${sent.method} ${sent.url.slice(url.origin.length)} HTTP/1.1`,
    `Host: ${sent.headers.host}`,
    ...Object.entries(sent.headers)
      .filter(([name]) => headerParams.includes(name))
      .map(([name, value]) => `${name}: ${value}`),
    ...(sent.body === undefined ? [] : [`Content-Type: ${sent.headers['content-type']}`]),
  ].join('\n');
  expect(head, op.action).toBe(expectedHead);
  if (sent.body === undefined) {
    expect(rest, op.action).toEqual([]);
  } else {
    const body = rest.join('\n\n');
    expect(JSON.stringify(JSON.parse(body)), op.action).toBe(sent.body);
    expect(body, op.action).toBe(JSON.stringify(JSON.parse(sent.body), null, 2));
  }
}

/**
 * Every sample request of every page (the spec's, or the required-parameters sample built where it has none) is
 * what the client sends for it, and passes the operation's validator. Returns how many were checked.
 */
async function checkEveryExample(folder: string, packageDir: string, pkg: GeneratedModule): Promise<number> {
  const merged = await loadSpecFolder(folder);
  const service = normalize(merged.document, merged);
  const descriptor = pkg[`${service.product.toUpperCase()}_SERVICE`] as ServiceDescriptor;
  const index = new ExampleIndex(service);
  let checked = 0;
  for (const op of service.operations) {
    const page = await readFile(path.join(packageDir, 'docs', `${op.action}.md`), 'utf8');
    const shown = docsExamples(page);
    const examples = docsRequestExamples(op, index);
    expect(shown.length, op.action).toBe(examples.length);
    for (const [i, example] of examples.entries()) {
      expectPageShows(shown[i]!, await sentRequest(pkg, descriptor, op, example.value), op);
      const validate = pkg[`validate${op.action}Request`] as (value: unknown) => { ok: boolean; issues?: unknown };
      expect(validate(example.value), `${op.action}: ${example.title}`).toEqual({ ok: true, value: example.value });
      checked++;
    }
  }
  return checked;
}

describe('the HTTP examples of the docs', () => {
  let tmp: string | undefined;
  afterAll(async () => {
    if (tmp) await removeDir(tmp);
  });

  it('show a valid request, as the committed package’s client sends it, for every operation (built where the spec has none)', async () => {
    const pkg = (await import('../../generated/cs-2015-12-15/src/index.ts')) as unknown as GeneratedModule;
    const checked = await checkEveryExample(path.join(repoRoot, 'spec', 'cs-2015-12-15'), path.join(repoRoot, 'generated', 'cs-2015-12-15'), pkg);
    expect(checked).toBeGreaterThanOrEqual(134);
  });

  it('show, where the spec has no sample response, the sample the package’s mock answers from', async () => {
    const merged = await loadSpecFolder(path.join(repoRoot, 'spec', 'cs-2015-12-15'));
    const service = normalize(merged.document, merged);
    const { MOCK_ROUTES } = await import('../../generated/cs-2015-12-15/src/mock/index.ts');
    const mockSample = new Map(MOCK_ROUTES.map((route) => [route.operation.action, route.sample]));
    let built = 0;
    for (const op of service.operations) {
      const page = await readFile(path.join(repoRoot, 'generated', 'cs-2015-12-15', 'docs', `${op.action}.md`), 'utf8');
      const section = /### Sample success response\n\n(Built from the response schema[^\n]*\n\n)?```json\n([\s\S]*?)\n```/.exec(page);
      if (op.success.examples.length > 0) expect(section?.[1], op.action).toBeUndefined();
      else if (op.success.shape) {
        expect(section?.[1], op.action).toBeDefined();
        expect(JSON.parse(section![2]!), op.action).toEqual(JSON.parse(mockSample.get(op.action)!));
        built++;
      } else expect(section, op.action).toBeNull();
    }
    expect(built).toBeGreaterThan(100);
  });

  it('show every kind of parameter encoding as the client sends it', async () => {
    tmp = await makeTempDir('docs-http-');
    const spec = path.join(tmp, 'spec', 'cs-2015-12-15');
    await cp(path.join(repoRoot, 'test', 'fixtures', 'lifecycle', 'widgets', 'cs-2015-12-15'), spec, { recursive: true });
    await writeFile(path.join(spec, 'PutGadget.yaml'), GADGET);
    const { packageDir: out } = await generateToTemp(spec, path.join(tmp, 'out'));
    const pkg = (await import(path.join(out, 'src', 'index.ts'))) as GeneratedModule;
    // PutGadget's own example, and a required-parameters sample for each of the fixture's three operations.
    expect(await checkEveryExample(spec, out, pkg)).toBe(4);
    const page = await readFile(path.join(out, 'docs', 'PutGadget.md'), 'utf8');
    // The runtime's encoding, where encodeURIComponent would differ: `*`, `'`, `(`, `)`, `!` and a space.
    expect(page).toContain('PUT /gadgets/a%2Ab%27c%28d%29%21%20e%2F%E5%90%8D?label=x%2Ay%20z&filter=%7B%22size%22%3A%5B1%2C2%5D%7D&tag=a&tag=b&ids=1%2C2 HTTP/1.1');
    expect(page).toContain('x-gadget-trace: t*1');
  });
});

const GADGET = `paths:
  /gadgets/{GadgetId}:
    put:
      operationId: PutGadget
      summary: Store a gadget.
      parameters:
        - name: GadgetId
          in: path
          required: true
          schema:
            type: string
        - name: label
          in: query
          schema:
            type: string
        - name: filter
          in: query
          x-acs-style: json
          schema:
            type: object
            properties:
              size:
                type: array
                items:
                  type: integer
        - name: tag
          in: query
          schema:
            type: array
            items:
              type: string
        - name: ids
          in: query
          style: form
          explode: false
          schema:
            type: array
            items:
              type: integer
        - name: X-Gadget-Trace
          in: header
          schema:
            type: string
      requestBody:
        content:
          application/json:
            schema:
              type: object
              additionalProperties: false
              properties:
                name:
                  type: string
      responses:
        '200':
          description: Stored.
      x-acs-request-examples:
        - title: Every encoding
          value:
            GadgetId: "a*b'c(d)! e/名"
            label: x*y z
            filter: { size: [1, 2] }
            tag: [a, b]
            ids: [1, 2]
            X-Gadget-Trace: t*1
            body: { name: "名 \\"quoted\\"" }
`;

describe('a request example the client could not send', () => {
  it('is refused in one line naming the example', async () => {
    const tmp = await makeTempDir('docs-http-bad-');
    try {
      const spec = path.join(tmp, 'cs-2015-12-15');
      await cp(path.join(repoRoot, 'test', 'fixtures', 'lifecycle', 'widgets', 'cs-2015-12-15'), spec, { recursive: true });
      await writeFile(path.join(spec, 'PutGadget.yaml'), GADGET.replace(`GadgetId: "a*b'c(d)! e/名"`, 'GadgetId: ".."'));
      const error = await generatePackage(spec).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.message).toMatch(/^\/paths\/~1gadgets~1\{GadgetId\}\/put\/x-acs-request-examples\/0\/value: request example of PutGadget cannot be sent: .*GadgetId/);
      expect(error?.message).not.toContain('\n');
    } finally {
      await removeDir(tmp);
    }
  });
});
