import type { JSDocStructure, OptionalKind } from 'ts-morph';
import type { Doc, JsonValue } from '../ir/types.ts';

/** Makes spec prose safe inside a block comment: it can neither close the comment nor break lines oddly. */
export function commentSafe(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/@(?=[A-Za-z])/g, '\\@')
    .trim();
}

function exampleText(value: JsonValue, sensitive: boolean): string {
  return sensitive ? '(sensitive: not shown)' : JSON.stringify(value);
}

/** JSDoc for a documented element: description, sensitivity note, `@example`, `@defaultValue`, `@deprecated`. */
export function jsDocFor(doc: Doc, extraLines: string[] = []): OptionalKind<JSDocStructure>[] {
  const parts = [doc.description || doc.summary, ...extraLines].map(commentSafe).filter((p) => p !== '');
  if (doc.sensitive) parts.push('Sensitive: the client never logs this value or includes it in error messages.');
  const tags: { tagName: string; text?: string }[] = [];
  for (const example of doc.examples.slice(0, 1)) tags.push({ tagName: 'example', text: commentSafe(exampleText(example, doc.sensitive)) });
  if (doc.default !== undefined) tags.push({ tagName: 'defaultValue', text: commentSafe(JSON.stringify(doc.default)) });
  if (doc.deprecated) tags.push({ tagName: 'deprecated', ...(doc.deprecatedReason !== undefined ? { text: commentSafe(doc.deprecatedReason) } : {}) });
  if (parts.length === 0 && tags.length === 0) return [];
  return [{ description: parts.join('\n\n'), tags }];
}
