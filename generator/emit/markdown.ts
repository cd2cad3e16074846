/**
 * Longest text (in code points) a table cell shows. Every cell of a column is padded to the column's widest cell, so
 * one runaway description would otherwise be repeated as padding on every row; the full text stays in the JSDoc.
 */
export const MAX_CELL_LENGTH = 1000;

/**
 * Text placed in a Markdown table cell: one line, no column breaks, no live HTML, at most MAX_CELL_LENGTH long, runs
 * of spaces as one (as prettier prints them).
 */
export function cell(text: string): string {
  const points = [...text];
  const shown = points.length > MAX_CELL_LENGTH ? `${points.slice(0, MAX_CELL_LENGTH - 1).join('').trimEnd()}…` : text;
  return inline(shown).replace(/\|/g, '\\|').replace(/\n+/g, '<br>').replace(/[ \t]{2,}/g, ' ');
}

/** Prose placed in Markdown flow: HTML from a spec is shown, never rendered. */
export function inline(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').trim();
}

/** A fenced code block body cannot close its fence early. */
export function fenced(text: string): string {
  return text.replace(/```/g, '`\u200b``');
}
