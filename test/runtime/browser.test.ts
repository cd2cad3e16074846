/**
 * The runtime bundled for browsers runs where there is no `process`, `Buffer` or `require`: it must fall back to
 * fetch and WebCrypto, and its requests must still pass the mock server's signature check. (The generated package's
 * browser build in a real browser: test/package/chromium.test.ts.)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_ACCESS_KEY_ID, MOCK_ACCESS_KEY_SECRET, startMockServer, type MockServer } from '../support/mock-server.ts';
import { CREATE_NODE_POOL, CS_SERVICE } from '../support/descriptors.ts';

const runtimeIndex = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../generator/runtime/index.ts');

let server: MockServer;
beforeAll(async () => {
  server = await startMockServer();
});
afterAll(async () => {
  await server.close();
});

describe('runtime without Node globals', () => {
  it('signs with WebCrypto and sends with fetch', async () => {
    const bundle = await build({
      entryPoints: [runtimeIndex],
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'runtime',
      platform: 'browser',
      // As the package's browser build does: `node:` modules are external while the graph is resolved, then the
      // platform constant folds the Node-only branches away, and none of them may be left in the output.
      external: ['node:*'],
      define: { __CS_RUNTIME_PLATFORM__: '"web"' },
      minifySyntax: true,
      metafile: true,
      logLevel: 'silent',
    });
    expect(Object.values(bundle.metafile.outputs).flatMap((output) => output.imports.map((i) => i.path))).toEqual([]);
    const code = bundle.outputFiles[0]?.text ?? '';
    const sandbox = vm.createContext({
      fetch,
      crypto: globalThis.crypto,
      URL,
      TextEncoder,
      TextDecoder,
      AbortController,
      AbortSignal,
      setTimeout,
      clearTimeout,
    });
    vm.runInContext(code, sandbox);
    expect(vm.runInContext('typeof process + typeof Buffer + typeof require', sandbox)).toBe('undefinedundefinedundefined');
    sandbox.input = {
      service: CS_SERVICE,
      options: { endpoint: server.url, credentials: { accessKeyId: MOCK_ACCESS_KEY_ID, accessKeySecret: MOCK_ACCESS_KEY_SECRET } },
      op: CREATE_NODE_POOL,
    };
    const result = (await vm.runInContext(
      `new runtime.ClientCore(input.service, input.options).send(input.op, { ClusterId: 'c é*', body: { nodepool_info: { name: 'web' } } })`,
      sandbox,
    )) as { nodepool_id: string; $metadata: { attempts: number } };
    expect(result.nodepool_id).toMatch(/^np/);
    expect(server.requests.at(-1)?.signatureProblem).toBeUndefined();
    expect(server.requests.at(-1)?.headers['user-agent']).not.toContain('acs-sdk-ts');
    expect(server.acted.CreateClusterNodePool).toBe(1);
  });
});
