import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { SpecError } from './load/spec-error.ts';

/**
 * Refuses an output root that is the spec root, inside it, or around it: regeneration replaces files under the
 * output root, so the two must never overlap. Compared by real path (symlinks resolved; the output root need not
 * exist yet).
 */
export async function assertSeparateRoots(specRoot: string, outRoot: string): Promise<void> {
  const spec = await realpath(specRoot);
  const out = await realpathOfMaybeMissing(outRoot);
  const relation = spec === out ? 'is the spec root' : isInside(out, spec) ? 'is inside the spec root' : isInside(spec, out) ? 'contains the spec root' : undefined;
  if (relation) {
    throw new SpecError(`the output root ${relation} (${specRoot}): choose an --out folder apart from the spec files`, outRoot, undefined);
  }
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative !== '' && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
}

/** The real path of the deepest existing ancestor, with the missing rest appended. */
async function realpathOfMaybeMissing(target: string): Promise<string> {
  const absolute = path.resolve(target);
  let existing = absolute;
  const missing: string[] = [];
  for (;;) {
    const real = await realpath(existing).catch(() => undefined);
    if (real !== undefined) return path.join(real, ...missing);
    const parent = path.dirname(existing);
    if (parent === existing) return absolute;
    missing.unshift(path.basename(existing));
    existing = parent;
  }
}
