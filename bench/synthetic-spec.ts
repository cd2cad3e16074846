/**
 * A synthetic product of any size for the scale benchmark: the real product's operation files replicated under new
 * names. Copy k (k ≥ 2) of `Action.yaml` is `Action<k>.yaml` with operationId `Action<k>`, every path under
 * `/copy<k>` (its `x-acs-action` renamed alike), and each schema the file defines renamed `<Name>Copy<k>` (with the references to it); shared files
 * (product.yaml, components.yaml, …) are kept once. Operations are taken in file order, copy after copy, until
 * there are `count`.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type SpecFile = { paths?: Record<string, Record<string, Json>>; components?: { schemas?: Record<string, Json> } & Record<string, Json> } & Record<string, Json>;

/** Writes a product-version folder with `count` operations into `target`; returns the operation ids written. */
export async function writeSyntheticSpec(sourceFolder: string, target: string, count: number): Promise<string[]> {
  const names = (await readdir(sourceFolder)).filter((n) => /\.(ya?ml|json)$/.test(n)).sort();
  const files = await Promise.all(names.map(async (name) => ({ name, data: parse(await readFile(path.join(sourceFolder, name), 'utf8')) as SpecFile })));
  const operations = files.filter((f) => f.data.paths !== undefined && Object.keys(f.data.paths).length > 0);
  if (operations.length === 0) throw new Error(`${sourceFolder} has no operation files`);
  await mkdir(target, { recursive: true });
  for (const shared of files.filter((f) => !operations.includes(f))) await writeFile(path.join(target, shared.name), stringify(shared.data));
  const written: string[] = [];
  for (let copy = 1; written.length < count; copy++) {
    for (const file of operations) {
      const ids = operationIds(file.data);
      if (written.length + ids.length > count) return written;
      const replica = copy === 1 ? file.data : replicate(file.data, copy);
      const extension = path.extname(file.name);
      const name = copy === 1 ? file.name : `${path.basename(file.name, extension)}${copy}${extension}`;
      await writeFile(path.join(target, name), stringify(replica));
      written.push(...operationIds(replica));
    }
  }
  return written;
}

function operationIds(data: SpecFile): string[] {
  return Object.values(data.paths ?? {}).flatMap((item) =>
    Object.values(item).flatMap((op) => (op && typeof op === 'object' && !Array.isArray(op) && typeof op.operationId === 'string' ? [op.operationId] : [])),
  );
}

/** Copy `copy` of an operation file: new operation ids, paths and names for the schemas it defines. */
function replicate(data: SpecFile, copy: number): SpecFile {
  const own = Object.keys(data.components?.schemas ?? {});
  const renamed = new Map(own.map((name) => [name, `${name}Copy${copy}`]));
  const rewritten = rewrite(data, renamed, copy) as SpecFile;
  rewritten.paths = Object.fromEntries(Object.entries(rewritten.paths ?? {}).map(([p, item]) => [`/copy${copy}${p}`, item]));
  if (rewritten.components?.schemas) {
    rewritten.components.schemas = Object.fromEntries(Object.entries(rewritten.components.schemas).map(([name, schema]) => [renamed.get(name) ?? name, schema]));
  }
  return rewritten;
}

function rewrite(value: Json | SpecFile, renamed: Map<string, string>, copy: number): Json {
  if (Array.isArray(value)) return value.map((v) => rewrite(v, renamed, copy));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, Json> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '$ref' && typeof v === 'string') {
      const name = /^#\/components\/schemas\/(.+)$/.exec(v)?.[1];
      out[key] = name && renamed.has(name) ? `#/components/schemas/${renamed.get(name)}` : v;
    } else if ((key === 'operationId' || key === 'x-acs-action') && typeof v === 'string') {
      out[key] = `${v}${copy}`;
    } else {
      out[key] = rewrite(v as Json, renamed, copy);
    }
  }
  return out;
}
