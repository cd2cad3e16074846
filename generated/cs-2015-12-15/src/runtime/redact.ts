/**
 * What the client may quote from a server's answer in an error or a log line.
 *
 * A server may echo the request (its password, the STS token) back in any encoding, and masking the echoes in
 * place would always miss one. So nothing is masked: a field from the server is either quoted whole (cut to
 * MAX_QUOTED_CHARS) or not at all. It is withheld when any secret of the request shows up in it after decoding, up
 * to three layers deep, percent-encoding (either case, repeated), form encoding, base64 and base64url (at any
 * alignment), hex, HTML character references, JSON/JavaScript backslash escapes (`\u00e9`, `\/`), Unicode
 * normalization (NFD/NFKC) and any change of letter case. Codes and request ids are kept only when they are plain
 * identifiers. A secret in an encoding not listed here (say, encrypted or cut in pieces) is not recognized.
 */
import { MAX_QUOTED_CHARS, cutText } from './limits.js';

export interface SecretGuard {
  /** The text cut to MAX_QUOTED_CHARS, or undefined when it repeats a secret. */
  quote(text: string): string | undefined;
  /** An identifier (error code, request id) kept as is, or undefined when it is not one or repeats a secret. */
  identifier(text: string): string | undefined;
}

const IDENTIFIER = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const DECODE_DEPTH = 3;
/** Bounds the work on one field: decoded views beyond this many are not explored. */
const MAX_VIEWS = 200;

export function createSecretGuard(secrets: readonly (string | undefined)[]): SecretGuard {
  const present = [...new Set(secrets.filter((s): s is string => typeof s === 'string' && s !== ''))];
  const folded = present.map(fold);
  const base64Cores = present.flatMap(base64Needles);
  const hexNeedles = present.map((s) => toHex(utf8(s)));
  // A secret straddling the cut is caught whole: the check reads this far past it (the widest encoding above,
  // double-escaped HTML or percent-encoding of a 4-byte character, takes under 24 characters per UTF-16 unit).
  const margin = 24 * Math.max(0, ...present.map((s) => s.length)) + 64;

  const reveals = (text: string): boolean => {
    if (present.length === 0) return false;
    for (const view of decodedViews(text)) {
      const foldedView = fold(view);
      if (folded.some((needle) => foldedView.includes(needle))) return true;
      if (hexNeedles.some((needle) => foldedView.includes(needle))) return true;
      if (base64Cores.some((needle) => view.includes(needle))) return true;
    }
    return false;
  };
  return {
    quote: (text) => (reveals(text.slice(0, MAX_QUOTED_CHARS + margin)) ? undefined : cutText(text)),
    identifier: (text) => (IDENTIFIER.test(text) && !reveals(text) ? text : undefined),
  };
}

/** Letter case and Unicode composition erased: `ß`, `SS` and `ss` fold alike, as do NFC and NFD forms. */
function fold(text: string): string {
  return text.normalize('NFKC').toUpperCase().toLowerCase();
}

/** The text and what it reads as after up to DECODE_DEPTH rounds of decoding. */
function decodedViews(text: string): string[] {
  const seen = new Set<string>([text]);
  let frontier = [text];
  for (let depth = 0; depth < DECODE_DEPTH && frontier.length > 0 && seen.size < MAX_VIEWS; depth++) {
    const next: string[] = [];
    for (const view of frontier) {
      for (const decode of DECODERS) {
        const decoded = decode(view);
        if (decoded !== view && !seen.has(decoded) && seen.size < MAX_VIEWS) {
          seen.add(decoded);
          next.push(decoded);
        }
      }
    }
    frontier = next;
  }
  return [...seen];
}

const DECODERS: readonly ((text: string) => string)[] = [
  (text) => text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => fromUtf8(hexBytes(run.replace(/%/g, '')))),
  (text) => text.replace(/\+/g, ' '),
  (text) =>
    text.replace(
      /&(?:#[xX]([0-9A-Fa-f]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos|nbsp));?/g,
      (match, hex?: string, dec?: string, name?: string) => {
        if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? match;
        return codePoint(hex !== undefined ? parseInt(hex, 16) : Number(dec)) ?? match;
      },
    ),
  (text) =>
    text.replace(
      /\\(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|([^ux]))/g,
      (match, braced?: string, u?: string, x?: string, other?: string) => {
        const hex = braced ?? u ?? x;
        if (hex !== undefined)
          return hex === u ? String.fromCharCode(parseInt(hex, 16)) : (codePoint(parseInt(hex, 16)) ?? match);
        return SIMPLE_ESCAPES[other as string] ?? (other as string);
      },
    ),
  (text) =>
    text.replace(/[A-Za-z0-9+/_-]{8,}={0,2}/g, (run) =>
      [0, 1, 2, 3].map((offset) => fromBase64(run.slice(offset))).join(' '),
    ),
  (text) =>
    text.replace(/[0-9A-Fa-f]{8,}/g, (run) => [0, 1].map((offset) => fromUtf8(hexBytes(run.slice(offset)))).join(' ')),
];

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

function codePoint(value: number): string | undefined {
  return value <= 0x10ffff ? String.fromCodePoint(value) : undefined;
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function fromUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

function hexBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Decodes base64 or base64url (padding optional, a trailing partial group ignored); '' when it is not base64. */
function fromBase64(text: string): string {
  let clean = text.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (clean.length % 4 === 1) clean = clean.slice(0, -1);
  try {
    const binary = atob(clean + '='.repeat((4 - (clean.length % 4)) % 4));
    return fromUtf8(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The base64 (and base64url) characters a secret is sure to produce wherever it sits inside a longer encoded text:
 * for each of the three byte alignments, the encoding of the whole 3-byte groups the secret fills alone.
 */
function base64Needles(secret: string): string[] {
  const bytes = utf8(secret);
  const needles: string[] = [];
  for (let skip = 0; skip < 3; skip++) {
    const whole = Math.floor((bytes.length - skip) / 3) * 3;
    if (whole < 3) continue;
    const core = toBase64(bytes.subarray(skip, skip + whole));
    needles.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return needles;
}
