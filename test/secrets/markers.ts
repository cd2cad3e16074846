/**
 * Unique secrets for the sweep, and the one check every test applies: no form of any of them (raw, a fragment of
 * the raw text, JSON-escaped, percent- or form-encoded) appears in anything a caller could print or log.
 */
import { inspect } from 'node:util';

export const ACCESS_KEY_ID = 'LTAIsweepAccessKeyId';
export const ACCESS_KEY_SECRET = 'AkSecret-SWEEP-5f0c9e27b1d4a8';
export const SECURITY_TOKEN = 'StsToken-SWEEP-c3a81f6e92d04b7';
/** At most 30 characters (the password's limit), with characters that the encodings treat differently. */
export const LOGIN_PASSWORD = "Pw!SWEEP#7e1(b9)'*~";

export const MARKERS = { ACCESS_KEY_SECRET, SECURITY_TOKEN, LOGIN_PASSWORD } as const;

/** A fragment this long of a marker counts as a leak (a secret cut short by truncation is still exposed). */
const FRAGMENT = 10;

function rfc3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Every form in which a marker could show up. */
function formsOf(secret: string): Record<string, string[]> {
  const fragments: string[] = [];
  for (let i = 0; i + FRAGMENT <= secret.length; i++) fragments.push(secret.slice(i, i + FRAGMENT));
  return {
    fragment: fragments,
    json: [JSON.stringify(secret).slice(1, -1)],
    uriComponent: [encodeURIComponent(secret)],
    rfc3986: [rfc3986(secret)],
    form: [new URLSearchParams({ s: secret }).toString().slice(2)],
  };
}

/** `MARKER (form)` for each marker found in the text. */
export function leaks(text: string): string[] {
  const found: string[] = [];
  for (const [name, secret] of Object.entries(MARKERS)) {
    for (const [form, needles] of Object.entries(formsOf(secret))) {
      if (needles.some((needle) => text.includes(needle))) found.push(`${name} (${form})`);
    }
  }
  return found;
}

/** Everything a caller could print about an error. */
export function renderings(error: unknown): Record<string, string> {
  const shown: Record<string, string> = {
    message: error instanceof Error ? error.message : '',
    string: String(error),
    stack: error instanceof Error ? String(error.stack) : '',
    json: JSON.stringify(error) ?? '',
    inspect: inspect(error, { depth: 10 }),
  };
  const issues = (error as { issues?: unknown }).issues;
  if (issues !== undefined) shown.issues = `${JSON.stringify(issues)}\n${inspect(issues, { depth: 10 })}`;
  return shown;
}

/** Where, in the renderings of an error, a marker shows up (empty when nowhere). */
export function leaksOf(error: unknown): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const [where, text] of Object.entries(renderings(error))) {
    const hits = leaks(text);
    if (hits.length > 0) found[where] = hits;
  }
  return found;
}

/** A debug logger that keeps everything it is given, rendered as a caller's log sink would. */
export function capturingLogger(): { logger: { debug(msg: string, data?: object): void }; lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    logger: {
      debug(msg, data) {
        lines.push(`${msg} ${JSON.stringify(data)} ${inspect(data, { depth: 10 })}`);
      },
    },
  };
}
