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
    { section: 'client', note: `createClusterNodePool, HTTP (canned server): a minimal server in a forked process on 127.0.0.1 (bench/canned-server.ts) that reads each request and answers the same 200 JSON at once, checking nothing, so that the clients are the limit; ${p.concurrency} requests in flight over keep-alive connections; each client ${p.clientRounds}× ${p.roundMs / 1000} s, round-robin, median. Request: the spec's first CreateClusterNodePool example (seed sample 1), our validation and signing on. The official client keeps its default keep-alive agent; its request model is built once. The floor replays one request signed by our client through a node:http keep-alive agent. "µs CPU/req": CPU time of the benchmark process per request; "server % busy": share of one core the server used.` },
    { section: 'client', note: `createClusterNodePool, HTTP (signature-verifying mock): our client alone against the package's mock CS server in a forked process, verifying every signature (as before the canned server), same load.` },
    { section: 'client', note: `our CPU per request, by stage: each stage timed alone on the same request, sequential calls, mean (validate: the validator; serialize: JSON text of the body; sign: body hash + canonical request + HMAC over the captured headers; parse: JSON.parse of the answer); core: a whole call through a transport that answers at once, less those stages; transport: the CPU per request under load (canned server) less that whole call: our HTTP/1.1 client and the kernel's share of the socket writes and reads.` },
    { section: 'import', note: `cold import: performance.now() around \`await import('cs-2015-12-15')\` or \`require('@alicloud/cs20151215')\` in a fresh node process, median of ${p.importRuns}.` },
    { section: 'bundle', note: `bundle: esbuild --bundle --minify --format=esm --platform=node of a script that creates a \`CsBaseClient\` and calls the standalone \`createClusterNodePool\` ("runtime only": \`describeClusterDetail\` instead, whose validator checks one string; "create validator alone": a script that only re-exports \`validateCreateClusterNodePoolRequest\`; "ClientCore alone": the create sent through \`ClientCore\` with no validator; in the last line, the create through the \`CsClient\` class); gzip level 9.` },
  ];
}
