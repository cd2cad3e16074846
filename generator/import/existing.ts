/**
 * Fits an import into a product folder that may already hold spec files.
 *
 * Every file the importer writes starts with IMPORT_HEADER (owned-file.ts); such files are the importer's and a re-import replaces
 * them. A file without the header was written by hand and is never touched (the run reports it): not the product
 * file, not an operation file, not a components.yaml. Where the folder has its own components.yaml, imported schemas
 * go to components.imported.yaml, and a schema the folder already defines by hand is kept. With `--all`, an
 * importer-owned operation file whose operation no longer exists in the metadata is removed. Sub-folders (such as
 * `overlays/`, where curation lives) are never read or written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { ImportError } from './errors.ts';
import type { JsonObject, JsonValue } from './json.ts';
import { isImporterOwned, renderOwnedFile } from './owned-file.ts';

export interface FittedImport {
  /** File name → text to write. */
  files: Map<string, string>;
  /** Importer-owned files to delete (operations gone from the metadata; only with `--all`). */
  removed: string[];
  /** Hand-written files (no importer header) the import would have written: left as they are. */
  leftAlone: string[];
  /** Schemas the folder defines by hand that the import would have defined differently: the hand-written ones stay. */
  keptComponents: string[];
  /** The folder's spec documents before and after the import, for the change report. */
  before: Map<string, JsonObject>;
  after: Map<string, JsonObject>;
}

/** Where imported schemas go when the folder has a hand-written components.yaml. */
export const IMPORTED_COMPONENTS = 'components.imported.yaml';

const SPEC_FILE = /\.(ya?ml|json)$/i;

interface ExistingFile {
  data: JsonObject;
  owned: boolean;
}

const schemasOf = (document: JsonObject | undefined): JsonObject =>
  (((document?.components as JsonObject | undefined)?.schemas ?? {}) as JsonObject);

export function fitIntoExisting(folder: string, documents: Map<string, JsonObject>, options: { all: boolean }): FittedImport {
  const existing = readExisting(folder);
  const files = new Map<string, string>();
  const written = new Map<string, JsonObject>();
  const handWritten = [...existing].filter(([, file]) => !file.owned);
  const defined = new Map<string, JsonValue>(handWritten.flatMap(([, file]) => Object.entries(schemasOf(file.data))));
  const leftAlone: string[] = [];
  const keptComponents: string[] = [];
  const write = (name: string, document: JsonObject): void => {
    written.set(name, document);
    files.set(name, renderOwnedFile(document));
  };

  for (const [name, document] of documents) {
    if (name === 'components.yaml') continue;
    if (existing.get(name)?.owned === false) leftAlone.push(name);
    else write(name, document);
  }

  const imported = schemasOf(documents.get('components.yaml'));
  const missing: JsonObject = {};
  for (const [schemaName, schema] of Object.entries(imported)) {
    if (!defined.has(schemaName)) missing[schemaName] = schema;
    else if (JSON.stringify(defined.get(schemaName)) !== JSON.stringify(schema)) keptComponents.push(schemaName);
  }
  const target = existing.get('components.yaml')?.owned === false ? IMPORTED_COMPONENTS : 'components.yaml';
  // With --ops, schemas written by earlier imports stay (operations imported then may use them).
  const previous = options.all ? {} : schemasOf(existing.get(target)?.data);
  const schemas = Object.fromEntries(Object.entries({ ...previous, ...missing }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  if (Object.keys(schemas).length > 0) write(target, { components: { schemas } });

  const removed = options.all
    ? [...existing]
        .filter(([name, file]) => file.owned && !files.has(name) && (file.data.paths !== undefined || name === target))
        .map(([name]) => name)
    : [];

  const before = new Map([...existing].map(([name, file]) => [name, file.data]));
  const after = new Map([...before, ...written].filter(([name]) => !removed.includes(name)));
  return { files, removed: removed.sort(), leftAlone: leftAlone.sort(), keptComponents: keptComponents.sort(), before, after };
}

function readExisting(folder: string): Map<string, ExistingFile> {
  const found = new Map<string, ExistingFile>();
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && SPEC_FILE.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return found;
  }
  for (const name of names) {
    const text = readFileSync(path.join(folder, name), 'utf8');
    const document = parseDocument(text);
    const data = document.errors.length === 0 ? (document.toJS() as unknown) : undefined;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new ImportError(path.join(folder, name), '', 'an existing spec file could not be read; fix it before importing into this folder');
    }
    found.set(name, { data: data as JsonObject, owned: isImporterOwned(text) });
  }
  return found;
}
