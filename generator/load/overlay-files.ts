import path from 'node:path';
import { bundleRefs } from './bundle-refs.ts';
import type { MergedSpec } from './merge.ts';
import { applyOverlays } from './overlay.ts';
import { readSpecFile } from './read-spec-files.ts';
import { SpecError } from './spec-error.ts';

const OVERLAY_NAME = /\.overlay\.(ya?ml|json)$/i;

/**
 * Applies the overlay files (already in file-name order) to the merged spec. The overlaid document's `$ref`s are
 * checked again, since an overlay may add some; errors about values an overlay wrote point into that overlay.
 */
export async function applyOverlayFiles(merged: MergedSpec, overlayPaths: readonly string[], siblingFiles: ReadonlySet<string>): Promise<MergedSpec> {
  if (overlayPaths.length === 0) return merged;
  const overlays = await Promise.all(
    overlayPaths.map((file) => {
      if (!OVERLAY_NAME.test(path.basename(file))) {
        throw new SpecError('an overlay file must be named <name>.overlay.yaml or <name>.overlay.json', toDisplay(file), undefined);
      }
      return readSpecFile(file);
    }),
  );
  const { document, locator } = applyOverlays(merged.document, overlays, merged);
  bundleRefs(document, siblingFiles, locator);
  return { document, files: merged.files, locate: (pointer) => locator.locate(pointer), note: (pointer) => locator.note(pointer) };
}

function toDisplay(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
