/**
 * The browser build in a real browser: headless Chromium (Debian's package; `.ci/run` installs it) loads a page from
 * one 127.0.0.1 origin that calls the mock CS server on another, so the call goes through a CORS preflight, is signed
 * with WebCrypto and sent with fetch, and the mock checks the signature.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/generate.ts';
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET, startMockServer, type MockServer } from '../support/mock-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What the page reports back: the typed response as the browser got it, and where it ran. */
interface PageResult {
  nodepoolId: unknown;
  requestId: unknown;
  attempts: unknown;
  processType: string;
  userAgent: string;
}

/** The consumer's code: imports the package by name, as an app would; the bundler picks the browser build. */
const APP = `
import { CsClient } from 'cs-2015-12-15';

window.createNodePool = async (endpoint, credentials) => {
  const client = new CsClient({ endpoint, credentials });
  const result = await client.createClusterNodePool({
    ClusterId: 'c61da77e8bfbc4c4c999af2b51b65',
    body: { nodepool_info: { name: 'browser-workers' }, scaling_group: { vswitch_ids: ['vsw-1'], instance_types: ['ecs.g7.xlarge'], key_pair: 'ops-key' } },
  });
  return {
    nodepoolId: result.nodepool_id,
    requestId: result.$metadata.requestId,
    attempts: result.$metadata.attempts,
    processType: typeof process,
    userAgent: navigator.userAgent,
  };
};
`;

const PAGE = '<!doctype html><html><head><meta charset="utf-8"><title>cs client</title><script src="/app.js"></script></head><body></body></html>';

let mock: MockServer;
let site: Server;
let siteUrl: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH`);
  }
  mock = await startMockServer({ cors: true });
  const bundle = await build({
    stdin: { contents: APP, resolveDir: repoRoot, sourcefile: 'app.js' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  const app = bundle.outputFiles[0]!.text;
  site = createServer((req, res) => {
    if (req.url === '/app.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(app);
    if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  // Root in a container has no user namespace for Chromium's sandbox.
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  await mock?.close();
});

describe('the browser build in headless Chromium', () => {
  it('creates a node pool against the mock: CORS preflight passes, the signature verifies, the typed response arrives', async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`${siteUrl}/`);
    const result = (await page.evaluate(
      (endpoint, credentials) => (window as unknown as { createNodePool: (e: string, c: object) => Promise<unknown> }).createNodePool(endpoint, credentials),
      mock.url,
      { accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: MOCK_ACCESS_KEY_SECRET },
    )) as PageResult;
    await page.close();

    expect(pageErrors).toEqual([]);
    expect(result.userAgent).toContain('HeadlessChrome');
    expect(result.processType).toBe('undefined');
    expect(result.nodepoolId).toMatch(/^np[0-9a-f]{30}$/);
    expect(result.attempts).toBe(1);

    // The preflight is answered by the CORS layer before anything is recorded: the call is the only request seen.
    const [call, ...others] = mock.requests;
    expect(others).toEqual([]);
    expect(call?.action).toBe('CreateClusterNodePool');
    expect(call?.headers.origin).toBe(siteUrl);
    expect(call?.signatureProblem).toBeUndefined();
    expect(call?.status).toBe(200);
    expect(mock.acted.CreateClusterNodePool).toBe(1);
    expect(result.requestId).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  });

  it('is refused by the browser when the server does not allow the origin: a NetworkError, and nothing is created', async () => {
    const closed = await startMockServer();
    try {
      const page = await browser.newPage();
      await page.goto(`${siteUrl}/`);
      const outcome = await page.evaluate(
        (endpoint, credentials) =>
          (window as unknown as { createNodePool: (e: string, c: object) => Promise<unknown> }).createNodePool(endpoint, credentials).then(
            () => 'resolved',
            (error: Error) => error.name,
          ),
        closed.url,
        { accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: MOCK_ACCESS_KEY_SECRET },
      );
      await page.close();
      expect(outcome).toBe('NetworkError');
      expect(closed.acted.CreateClusterNodePool).toBeUndefined();
      // Only the preflight reached it (unsigned, so rejected): the browser never sent the call itself.
      expect(closed.requests.map((r) => r.method)).toEqual(['OPTIONS']);
    } finally {
      await closed.close();
    }
  });
});
