/**
 * `npm run import:sdk-shapes -- --from <metadata folder or files> --package <official SDK package> --out <file.json>`
 *
 * Snapshots, from the official SDK's model classes, the success-body shape of every operation that no api-docs
 * vintage gives a response schema for (sdk-response-shapes.ts). Run it when the metadata or the SDK changes, commit
 * the file beside the metadata, then re-import.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { hasResponseSchema, mergeVintages } from './merge-vintages.ts';
import { readMetadata } from './cli.ts';
import { responseShapesOf, SHAPES_KIND, type ResponseShapes } from './sdk-response-shapes.ts';

const USAGE = 'usage: import:sdk-shapes --from <api-docs.json | folder> [--from ...] --package <npm package> --out <file.json>';

export function extractShapes(froms: string[], packageName: string): ResponseShapes {
  const docs = mergeVintages(readMetadata(froms).vintages);
  const missing = Object.entries(docs.apis)
    .filter(([, api]) => !hasResponseSchema(api))
    .map(([action]) => action);
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  const models = require(packageName) as Record<string, unknown>;
  const { version } = require(`${packageName}/package.json`) as { version: string };
  return {
    kind: SHAPES_KIND,
    source: `${packageName}@${version}`,
    info: { product: docs.info.product, version: docs.info.version },
    responses: responseShapesOf(models, missing, Object.keys(docs.components.schemas)),
  };
}

export function main(argv: string[]): number {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { from: { type: 'string', multiple: true }, package: { type: 'string' }, out: { type: 'string' } },
      strict: true,
    });
    if (values.from === undefined || values.package === undefined || values.out === undefined) throw new Error(USAGE);
    const shapes = extractShapes(values.from, values.package);
    writeFileSync(values.out, `${JSON.stringify(shapes, null, 2)}\n`);
    console.log(`wrote the response shapes of ${Object.keys(shapes.responses).length} operations from ${shapes.source} to ${values.out}`);
    return 0;
  } catch (error) {
    console.error(`import:sdk-shapes: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    return 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
