/**
 * Reads an Alibaba API reference page (the seed Markdown): its request-parameter table and its sample
 * requests, and works out where each flat table row sits in the request.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The seed page, committed with the metadata it belongs to (see metadata/cs-2015-12-15/SOURCE.md). */
export const SEED_PAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../metadata/cs-2015-12-15/seed/CreateClusterNodePool.md');

/** One row of the "Request parameters" table, unescaped. */
export interface SeedRow {
  name: string;
  /** As written: `String`, `Long`, `Boolean`, `Object`, `Array`, `Array of String`. */
  type: string;
  required: boolean;
  example: string;
  description: string;
}

/** A table row placed in the request: `pointer` is a JSON Pointer from the request root. */
export interface PlacedRow extends SeedRow {
  pointer: string;
  /** False when no sample request shows the field, so its parent was taken from the table order alone. */
  seenInSample: boolean;
}

export interface SampleRequest {
  /** The text line introducing the sample, when it has one. */
  intro: string;
  /** The JSON as printed: path parameters and body fields side by side. */
  json: Record<string, unknown>;
}

const TABLE_HEADER = '|Parameter|Type|Required|Example|Description|';

function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1').trim();
}

/** Splits a table row on unescaped pipes, dropping the empty cells outside the outer pipes. */
function splitCells(row: string): string[] {
  const cells = row.split(/(?<!\\)\|/);
  return cells.slice(1, cells.length - 1);
}

/** The section of `markdown` that starts at the line `heading` and ends before the next `## ` heading. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`seed has no "${heading}" section`);
  const bodyStart = start + heading.length + 2;
  const next = markdown.indexOf('\n## ', bodyStart);
  return markdown.slice(bodyStart, next < 0 ? undefined : next);
}

/** Parses the request-parameter table. Cells may span lines (lists inside descriptions). */
export function parseSeedTable(markdown: string): SeedRow[] {
  const text = section(markdown, '## Request parameters');
  const lines = text.split('\n');
  const headerIndex = lines.findIndex((line) => line.trim() === TABLE_HEADER);
  if (headerIndex < 0) throw new Error('seed request-parameter table header not found');

  const rawRows: string[] = [];
  for (const line of lines.slice(headerIndex + 2)) {
    if (line.startsWith('|')) rawRows.push(line);
    else if (rawRows.length > 0) rawRows[rawRows.length - 1] += `\n${line}`;
  }

  return rawRows.map((raw) => {
    const cells = splitCells(raw.trimEnd());
    if (cells.length !== 5) throw new Error(`seed table row has ${cells.length} cells: ${raw}`);
    const [name, type, required, example, description] = cells.map((cell) => unescapeMarkdown(cell)) as [
      string,
      string,
      string,
      string,
      string,
    ];
    return { name, type, required: required === 'Yes', example, description };
  });
}

/** Parses the JSON sample requests of the "Examples" section (not the sample responses). */
export function parseSampleRequests(markdown: string): SampleRequest[] {
  const examples = section(markdown, '## Examples');
  const requestsPart = examples.split('Sample success responses')[0] ?? '';
  const fences = [...requestsPart.matchAll(/```\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
  return fences.map((fence) => {
    const jsonStart = fence.search(/^\{/m);
    if (jsonStart < 0) throw new Error('sample request without JSON');
    const before = fence.slice(0, jsonStart).trim().split('\n');
    const json: unknown = JSON.parse(fence.slice(jsonStart));
    if (!isRecord(json)) throw new Error('sample request JSON is not an object');
    return { intro: before[before.length - 1] ?? '', json };
  });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Moves the body fields of a printed sample under `body`, leaving the path parameters on top. */
export function hoistSample(json: Record<string, unknown>, pathParameters: readonly string[]): Record<string, unknown> {
  const top: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (pathParameters.includes(key)) top[key] = value;
    else body[key] = value;
  }
  return { ...top, body };
}

/**
 * Every object in the samples, keyed by JSON Pointer (array elements under `/items`), with the names
 * of the fields it was seen with.
 */
export function sampleFieldsByPointer(samples: readonly unknown[]): Map<string, Set<string>> {
  const fields = new Map<string, Set<string>>();
  const visit = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) {
      for (const element of value) visit(element, `${pointer}/items`);
    } else if (isRecord(value)) {
      const names = fields.get(pointer) ?? new Set<string>();
      fields.set(pointer, names);
      for (const [key, child] of Object.entries(value)) {
        names.add(key);
        visit(child, `${pointer}/${key}`);
      }
    }
  };
  for (const sample of samples) visit(sample, '');
  return fields;
}

/** Row types that open a nested level: objects, and arrays whose items are objects. */
function childPointer(row: SeedRow, pointer: string): string | undefined {
  if (row.type === 'Object') return pointer;
  if (row.type === 'Array') return `${pointer}/items`;
  return undefined;
}

/**
 * Places the flat table rows. The table lists a container and then its members, so a stack of open
 * containers is kept; each row belongs to the innermost open container that the samples show with a
 * field of that name. A row no sample shows stays in the innermost open container.
 */
export function placeRows(rows: readonly SeedRow[], hoistedSamples: readonly unknown[]): PlacedRow[] {
  const seen = sampleFieldsByPointer(hoistedSamples);
  const open: string[] = [''];
  return rows.map((row) => {
    let depth = open.length - 1;
    while (depth >= 0 && !seen.get(open[depth] ?? '')?.has(row.name)) depth -= 1;
    const seenInSample = depth >= 0;
    if (seenInSample) open.length = depth + 1;
    const pointer = `${open[open.length - 1] ?? ''}/${row.name}`;
    const child = childPointer(row, pointer);
    if (child !== undefined) open.push(child);
    return { ...row, pointer, seenInSample };
  });
}
