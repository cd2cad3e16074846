/**
 * `npm run import -- --from <api-docs.json> (--ops A,B,… | --all) --out <spec root> [--with-descriptions]`
 *
 * Converts Alibaba api-docs metadata into OpenAPI 3.1 files under `<spec root>/<product>-<version>/`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { readApiDocs } from './api-docs.ts';
import { ImportError } from './errors.ts';
import { importApiDocs } from './import.ts';
import { fitIntoExisting } from './existing.ts';
import { writeSpecFiles } from './write.ts';

const USAGE = 'usage: import --from <api-docs.json> (--ops A,B,... | --all) --out <spec root> [--with-descriptions]';

interface CliOptions {
  from: string;
  out: string;
  ops?: string[];
  withDescriptions: boolean;
}

export function parseCliArgs(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: 'string' },
      out: { type: 'string' },
      ops: { type: 'string' },
      all: { type: 'boolean', default: false },
      'with-descriptions': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.from === undefined || values.out === undefined) throw new Error(`--from and --out are required; ${USAGE}`);
  if ((values.ops === undefined) === !values.all) throw new Error(`give exactly one of --ops and --all; ${USAGE}`);
  const ops = values.ops?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (ops !== undefined && ops.length === 0) throw new Error(`--ops names no operation; ${USAGE}`);
  return { from: values.from, out: values.out, ...(ops !== undefined ? { ops } : {}), withDescriptions: values['with-descriptions'] };
}

export async function main(argv: string[]): Promise<number> {
  const started = performance.now();
  try {
    const options = parseCliArgs(argv);
    const docs = readApiDocs(options.from);
    const result = importApiDocs(docs, { ops: options.ops, withDescriptions: options.withDescriptions, file: options.from });
    const { files, keptComponents, replaced } = fitIntoExisting(path.join(options.out, result.folder), result.documents);
    await writeSpecFiles(options.out, result.folder, files);
    const ms = Math.round(performance.now() - started);
    const note = options.withDescriptions ? ' (with Alibaba descriptions: local use only, do not commit)' : '';
    console.log(`imported ${result.operations.length} operations into ${options.out.replace(/\/$/, '')}/${result.folder}: ${files.size} files in ${ms} ms${note}`);
    if (replaced.length > 0) console.log(`  replaced: ${replaced.join(', ')}`);
    if (keptComponents.length > 0) console.log(`  kept your own definition of: ${keptComponents.join(', ')} (the imported ones differ; review the imported operations that use them)`);
    return 0;
  } catch (error) {
    const message = error instanceof ImportError || error instanceof Error ? error.message : String(error);
    console.error(`import: ${message.split('\n')[0]}`);
    return 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
