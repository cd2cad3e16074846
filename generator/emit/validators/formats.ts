/**
 * String and number formats the generated validators check. Each one behaves like the ajv-formats "full"
 * definition of the same name (regexes copied from ajv-formats, MIT), except `byte`, which is stricter than
 * ajv-formats on multi-line strings (ajv-formats compiles it with the `m` flag, so any one valid line passes).
 * Formats not listed here (`password`, `binary`, `int64`, `float`, `double`, unknown names) are not checked.
 */

export interface FormatCheck {
  /** Applies to strings or to numbers. */
  appliesTo: 'string' | 'number';
  /** Module-level declarations the check needs (joined into the generated file once). */
  declarations: string[];
  /** Boolean expression over the value identifier `v`. */
  test: (v: string) => string;
  /** Words for the issue message: "must be a valid <description>". */
  description: string;
}

const DATE_DECLARATIONS = [
  'const FORMAT_DATE = /^(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)$/;',
  'const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];',
  `function isDate(text: string): boolean {
  const match = FORMAT_DATE.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month] ?? 0));
}`,
];

const DATE_TIME_DECLARATIONS = [
  ...DATE_DECLARATIONS,
  'const FORMAT_TIME = /^(\\d\\d):(\\d\\d):(\\d\\d(?:\\.\\d+)?)(z|([+-])(\\d\\d)(?::?(\\d\\d))?)?$/i;',
  'const DATE_TIME_SEPARATOR = /t|\\s/i;',
  `function isTime(text: string): boolean {
  const match = FORMAT_TIME.exec(text);
  if (match === null) return false;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3]);
  const sign = match[5] === '-' ? -1 : 1;
  const zoneHour = Number(match[6] ?? 0);
  const zoneMinute = Number(match[7] ?? 0);
  if (zoneHour > 23 || zoneMinute > 59 || match[4] === undefined) return false;
  if (hour <= 23 && minute <= 59 && second < 60) return true;
  const utcMinute = minute - zoneMinute * sign;
  const utcHour = hour - zoneHour * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second < 61;
}`,
  `function isDateTime(text: string): boolean {
  const parts = text.split(DATE_TIME_SEPARATOR);
  return parts.length === 2 && isDate(parts[0] ?? '') && isTime(parts[1] ?? '');
}`,
];

const URI_REGEX =
  "/^(?:[a-z][a-z0-9+\\-.]*:)(?:\\/?\\/(?:(?:[a-z0-9\\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)\\.){3}(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\\.[a-z0-9\\-._~!$&'()*+,;=:]+)\\]|(?:(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)\\.){3}(?:25[0-5]|2[0-4]\\d|[01]?\\d\\d?)|(?:[a-z0-9\\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\\d*)?(?:\\/(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\\/(?:(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\\/(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\\/(?:[a-z0-9\\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\\?(?:[a-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i";

const IPV6_REGEX =
  '/^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}))|:)))$/i';

export const FORMAT_CHECKS: Readonly<Record<string, FormatCheck>> = {
  byte: {
    appliesTo: 'string',
    declarations: [],
    test: (v) => `isBase64(${v})`,
    description: 'base64 string (RFC 4648, padded)',
  },
  date: {
    appliesTo: 'string',
    declarations: DATE_DECLARATIONS,
    test: (v) => `isDate(${v})`,
    description: 'date (RFC 3339 full-date)',
  },
  'date-time': {
    appliesTo: 'string',
    declarations: DATE_TIME_DECLARATIONS,
    test: (v) => `isDateTime(${v})`,
    description: 'date-time (RFC 3339, with time zone)',
  },
  email: {
    appliesTo: 'string',
    declarations: [
      "const FORMAT_EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;",
    ],
    test: (v) => `FORMAT_EMAIL.test(${v})`,
    description: 'email address',
  },
  uri: {
    appliesTo: 'string',
    declarations: ['const URI_NOT_FRAGMENT = /\\/|:/;', `const FORMAT_URI = ${URI_REGEX};`],
    test: (v) => `URI_NOT_FRAGMENT.test(${v}) && FORMAT_URI.test(${v})`,
    description: 'absolute URI (RFC 3986)',
  },
  uuid: {
    appliesTo: 'string',
    declarations: ['const FORMAT_UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;'],
    test: (v) => `FORMAT_UUID.test(${v})`,
    description: 'UUID (RFC 4122)',
  },
  ipv4: {
    appliesTo: 'string',
    declarations: [
      'const FORMAT_IPV4 = /^(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$/;',
    ],
    test: (v) => `FORMAT_IPV4.test(${v})`,
    description: 'IPv4 address',
  },
  ipv6: {
    appliesTo: 'string',
    declarations: [`const FORMAT_IPV6 = ${IPV6_REGEX};`],
    test: (v) => `FORMAT_IPV6.test(${v})`,
    description: 'IPv6 address',
  },
  int32: {
    appliesTo: 'number',
    declarations: [],
    test: (v) => `${v} >= -2147483648 && ${v} <= 2147483647`,
    description: '32-bit integer (from -2^31 to 2^31-1)',
  },
};

/** The check for a format, or undefined when the format is documented only. */
export function formatCheck(format: string | undefined, kind: 'string' | 'number'): FormatCheck | undefined {
  if (format === undefined || !Object.hasOwn(FORMAT_CHECKS, format)) return undefined;
  const check = FORMAT_CHECKS[format];
  return check?.appliesTo === kind ? check : undefined;
}
