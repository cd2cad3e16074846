/**
 * The mark of a file the importer owns: its first line. A re-import replaces (or, with `--all`, removes) such files;
 * a file without it was written by hand and is never touched.
 */
import type { JsonObject } from './json.ts';
import { toYaml } from './yaml.ts';

export const IMPORT_HEADER =
  '# Written by `npm run import`: a re-import replaces this file. Curate in overlay files under overlays/ beside it, not here.\n';

const HEADER_START = '# Written by `npm run import`';

export const isImporterOwned = (text: string): boolean => text.startsWith(HEADER_START);

export const renderOwnedFile = (document: JsonObject): string => IMPORT_HEADER + toYaml(document);
