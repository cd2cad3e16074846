/**
 * A problem with the user's spec, reported as one line: `file:line: pointer: message`.
 * Every loader and normalizer failure is one of these, so the CLI never prints a stack trace for bad input.
 */
export class SpecError extends Error {
  override readonly name = 'SpecError';

  constructor(
    readonly detail: string,
    readonly file: string | undefined,
    readonly pointer: string | undefined,
    readonly line?: number,
  ) {
    super(formatSpecError(detail, file, pointer, line));
  }
}

function formatSpecError(detail: string, file?: string, pointer?: string, line?: number): string {
  const shownFile = file === undefined ? undefined : escapeControls(file);
  const where = shownFile === undefined ? '' : line === undefined ? `${shownFile}: ` : `${shownFile}:${line}: `;
  const at = pointer === undefined ? '' : `${pointer === '' ? '(document root)' : escapeControls(shortenTokens(pointer))}: `;
  return `${where}${at}${singleLine(detail)}`;
}

/** A pointer token past 100 characters (a runaway name) is shown by its start and length, keeping the line readable. */
function shortenTokens(pointer: string): string {
  return pointer
    .split('/')
    .map((token) => ([...token].length > 100 ? `${[...token].slice(0, 40).join('')}…(${[...token].length} characters)` : token))
    .join('/');
}

/** File names and pointers may hold any character: control characters are shown escaped (`\n`), keeping the line one line. */
function escapeControls(text: string): string {
  const short: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (char) => short[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function singleLine(text: string): string {
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').trim();
}

/** Something that can say where a JSON Pointer of the bundled document was written. */
export interface Locator {
  locate(pointer: string): { file: string; line?: number } | undefined;
  /** Context worth adding to an error at the pointer (e.g. the overlay that last changed the value there). */
  note?(pointer: string): string | undefined;
}

export function specErrorAt(locator: Locator, pointer: string, detail: string): SpecError {
  const where = locator.locate(pointer);
  const note = locator.note?.(pointer);
  return new SpecError(note === undefined ? detail : `${detail} (${note})`, where?.file, pointer, where?.line);
}
