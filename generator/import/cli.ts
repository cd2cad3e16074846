/**
 * `npm run import -- --from <api-docs.json | folder> [--from …] (--ops A,B,… | --all) --out <spec root>
 *  [--dry-run] [--with-descriptions]`
 *
 * Converts Alibaba api-docs metadata (one vintage or several, merged) into OpenAPI 3.1 files under
 * `<spec root>/<product>-<version>/`, and prints what changed against the spec already there.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { checkApiDocs, readJsonFile, type ApiDocs } from './api-docs.ts';
import { changeReport, formatChangeReport } from './change-report.ts';
import { ImportError } from './errors.ts';
import { importApiDocs } from './import.ts';
import { fitIntoExisting } from './existing.ts';
import { mergeVintages, orderVintages, vintageLabel, type Vintage } from './merge-vintages.ts';
import { checkResponseShapes, fillResponses, isResponseShapes, type ResponseShapes } from './sdk-response-shapes.ts';
import { writeSpecFiles } from './write.ts';

const USAGE =
  'usage: import --from <api-docs.json | folder> [--from ...] (--ops A,B,... | --all) --out <spec root> [--dry-run] [--with-descriptions]';

interface CliOptions {
  from: string[];
  out: string;
  ops?: string[];
  withDescriptions: boolean;
  dryRun: boolean;
}

export function parseCliArgs(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      from: { type: 'string', multiple: true },
      out: { type: 'string' },
      ops: { type: 'string' },
      all: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      'with-descriptions': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.from === undefined || values.out === undefined) throw new Error(`--from and --out are required; ${USAGE}`);
  if ((values.ops === undefined) === !values.all) throw new Error(`give exactly one of --ops and --all; ${USAGE}`);
  const ops = values.ops?.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (ops !== undefined && ops.length === 0) throw new Error(`--ops names no operation; ${USAGE}`);
  return {
    from: values.from,
    out: values.out,
    ...(ops !== undefined ? { ops } : {}),
    withDescriptions: values['with-descriptions'],
    dryRun: values['dry-run'],
  };
}

/** The metadata files a `--from` names: the file itself, or every `*.json` directly in a folder (sorted; symlinks followed). */
export function metadataFiles(from: string): string[] {
  let isFolder = false;
  try {
    isFolder = statSync(from).isDirectory();
  } catch {
    return [from]; // reading it reports the problem
  }
  if (!isFolder) return [from];
  const files = readdirSync(from)
    .filter((name) => name.endsWith('.json'))
    .map((name) => path.join(from, name))
    .filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile() ?? true)
    .sort();
  if (files.length === 0) throw new ImportError(from, '', 'the folder holds no *.json api-docs file');
  return files;
}

/** A response-shapes snapshot (sdk-response-shapes.ts) given beside the api-docs vintages. */
export interface ShapesFile {
  file: string;
  shapes: ResponseShapes;
}

export interface Metadata {
  /** Oldest first. */
  vintages: Vintage[];
  shapes: ShapesFile[];
}

/**
 * Reads every metadata file: api-docs vintages (ordered oldest first; one file needs no date in its name) and
 * response-shapes snapshots, told apart by their `kind`.
 */
export function readMetadata(froms: string[]): Metadata {
  // The same file named twice (`a.json` and `./a.json`) counts once; errors name it as it was given.
  const files = [...new Map(froms.flatMap(metadataFiles).map((file) => [path.resolve(file), file])).values()];
  const read = files.map((file) => ({ file, raw: readJsonFile(file) }));
  const shapes = read.filter(({ raw }) => isResponseShapes(raw)).map(({ file, raw }) => ({ file, shapes: checkResponseShapes(raw, file) }));
  const apiDocs = read.filter(({ raw }) => !isResponseShapes(raw));
  if (apiDocs.length === 0) throw new ImportError(files[0]!, '', 'no api-docs metadata given: response shapes only fill in what an api-docs file describes');
  const vintages = apiDocs.map(({ file, raw }) => {
    const docs = checkApiDocs(raw, file);
    const label = vintageLabel(file, docs.info.version);
    if (label === undefined && apiDocs.length > 1) {
      throw new ImportError(file, '', 'cannot order several vintages: the file name carries no date (YYYY-MM or YYYY-MM-DD) besides the API version');
    }
    return { file, docs, label: label ?? 'given' };
  });
  return { vintages: orderVintages(vintages), shapes };
}

/** Merges the vintages, then fills in the responses they leave without a schema from the snapshots. */
export function mergeMetadata({ vintages, shapes }: Metadata): { docs: ApiDocs; filled: { file: string; actions: string[] }[] } {
  let docs = mergeVintages(vintages);
  const filled: { file: string; actions: string[] }[] = [];
  for (const { file, shapes: snapshot } of shapes) {
    const result = fillResponses(docs, snapshot, file);
    docs = result.docs;
    filled.push({ file, actions: result.filled });
  }
  return { docs, filled };
}

export async function main(argv: string[]): Promise<number> {
  const started = performance.now();
  try {
    const options = parseCliArgs(argv);
    const metadata = readMetadata(options.from);
    const vintages = metadata.vintages;
    const newest = vintages.at(-1)!;
    const { docs, filled } = mergeMetadata(metadata);
    const result = importApiDocs(docs, { ops: options.ops, withDescriptions: options.withDescriptions, file: newest.file });
    const fitted = fitIntoExisting(path.join(options.out, result.folder), result.documents, { all: options.ops === undefined });
    const target = `${options.out.replace(/\/$/, '')}/${result.folder}`;
    const merged = vintages.length > 1 ? ` (merged vintages ${vintages.map((v) => v.label).join(', ')})` : '';
    const note = options.withDescriptions ? ' (with Alibaba descriptions: local use only, do not commit)' : '';
    if (!options.dryRun) await writeSpecFiles(options.out, result.folder, fitted.files, fitted.removed);
    const ms = Math.round(performance.now() - started);
    const verb = options.dryRun ? 'would import' : 'imported';
    const written = options.dryRun ? 'nothing written (--dry-run)' : `${fitted.files.size} files in ${ms} ms`;
    console.log(`${verb} ${result.operations.length} operations${merged} into ${target}: ${written}${note}`);
    for (const { file, actions } of filled) {
      if (actions.length > 0) console.log(`  responses of ${actions.length} operations without a schema in the api-docs taken from ${path.basename(file)}`);
    }
    if (fitted.removed.length > 0) console.log(`  ${options.dryRun ? 'would remove' : 'removed'} (operations gone from the metadata): ${fitted.removed.join(', ')}`);
    if (fitted.leftAlone.length > 0) console.log(`  left alone (no importer header, written by hand): ${fitted.leftAlone.join(', ')}`);
    if (fitted.keptComponents.length > 0) {
      console.log(`  kept your own definition of: ${fitted.keptComponents.join(', ')} (the imported ones differ; review the imported operations that use them)`);
    }
    for (const line of formatChangeReport(changeReport(fitted.before, fitted.after))) console.log(line);
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
