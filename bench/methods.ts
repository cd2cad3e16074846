/** How each line of the table was measured: printed under it, so that a pasted table carries its method. */
export interface MethodParameters {
  generateRuns: number;
  concurrency: number;
  clientRounds: number;
  roundMs: number;
  importRuns: number;
}

export function methodNotes(p: MethodParameters): { section: string; note: string }[] {
  return [
    { section: 'generate', note: `generate, cold: \`npm run generate\` (its command, without npm) in a fresh process into an empty folder with CS_GENERATOR_CACHE=off, median of ${p.generateRuns}, run round-robin with the peers; wall time around the process, peak RSS from GNU time. Spec: \`import --all\` of the committed api-docs vintages (merged, no overlays); the line "generate spec/" is the committed spec with its overlays. The peers read the openapi.json our generation bundled: openapi-typescript's CLI (types only) and @hey-api/openapi-ts's CLI with \`-c @hey-api/client-fetch -p @hey-api/typescript @hey-api/sdk zod\` (types + SDK + zod).` },
    { section: 'generate', note: `generate, warm cache: the same with the generator's cache filled (formatting and transpiling served from it). No-op: same spec, output already current.` },
    { section: 'generate', note: `generate, one operation edited: the output current and the cache warm, one operation's spec file changed (its summary), then \`npm run generate\` in a fresh process, median of ${p.generateRuns}; the output is checked byte-identical to a cold generation of the edited spec.` },
    { section: 'scale', note: `scale: cold generation (as above) of the imported product and of synthetic products of 1,000 and 2,000 operations (its operation files replicated under new operation ids, paths and schema names: bench/synthetic-spec.ts), median of ${p.generateRuns}; ms/op and KB RSS/op are the cost per operation, (×n) its ratio to the imported product's.` },
    { section: 'validators', note: `validate: bench/validators.ts (tinybench), validations per second of CreateClusterNodePool requests.` },
    { section: 'client', note: `createClusterNodePool, HTTP: the mock CS server in a forked process on 127.0.0.1 verifying every signature; ${p.concurrency} requests in flight over keep-alive connections; each client ${p.clientRounds}× ${p.roundMs / 1000} s, round-robin, median. Request: the spec's first CreateClusterNodePool example (seed sample 1), our validation on. The official client keeps its default keep-alive agent; its request model is built once. The floor replays one request signed by our client through a node:http keep-alive agent. "µs CPU/req": CPU time of the benchmark process per request; "mock % busy": share of one core the mock used.` },
    { section: 'client', note: `validate+serialize+sign: our client with a transport that answers a canned response at once, sequential calls, mean.` },
    { section: 'import', note: `cold import: performance.now() around \`await import('cs-2015-12-15')\` or \`require('@alicloud/cs20151215')\` in a fresh node process, median of ${p.importRuns}.` },
    { section: 'bundle', note: `bundle: esbuild --bundle --minify --format=esm --platform=node of a script that creates a \`CsBaseClient\` and calls the standalone \`createClusterNodePool\` ("runtime only": \`describeClusterDetail\` instead, whose validator checks one string; in the last line, the create through the \`CsClient\` class); gzip level 9.` },
  ];
}
