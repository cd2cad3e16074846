/** Text placed in a Markdown table cell: one line, no column breaks, no live HTML, runs of spaces as one (as prettier prints them). */
export function cell(text: string): string {
  return inline(text).replace(/\|/g, '\\|').replace(/\n+/g, '<br>').replace(/[ \t]{2,}/g, ' ');
}

/** Prose placed in Markdown flow: HTML from a spec is shown, never rendered. */
export function inline(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').trim();
}

/** A fenced code block body cannot close its fence early. */
export function fenced(text: string): string {
  return text.replace(/```/g, '`\u200b``');
}
