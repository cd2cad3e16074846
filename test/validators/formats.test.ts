import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitModels } from '../../generator/emit/models.ts';
import { FORMAT_CHECKS } from '../../generator/emit/validators/formats.ts';
import { validatorsSource } from '../../generator/emit/validators.ts';
import type { Doc, Service } from '../../generator/ir/types.ts';
import { makeAjv, repoRoot } from './support.ts';

/** Every format the validators check agrees with ajv-formats (full mode) on the same strings and numbers. */

const doc: Doc = { summary: '', description: '', examples: [], deprecated: false, sensitive: false };
const formats = Object.entries(FORMAT_CHECKS);

const service: Service = {
  product: 'F',
  version: '2000-01-01',
  folderName: 'f-2000-01-01',
  packageName: 'f-2000-01-01',
  package: { version: '0.1.0', license: 'Apache-2.0' },
  clientName: 'FClient',
  title: 'Formats',
  description: '',
  style: 'ROA',
  endpointTemplate: 'f.{region}.example',
  regions: [],
  types: [],
  operations: formats.map(([format, check]) => ({
    action: `Check${format.replace(/[^A-Za-z0-9]/g, '')}`,
    methodName: 'check',
    summary: '',
    description: '',
    method: 'GET',
    path: '/',
    parameters: [
      {
        wireName: 'v',
        location: 'query',
        required: true,
        shape:
          check.appliesTo === 'string' ? { kind: 'string', format } : { kind: 'integer', format: format as 'int32' },
        style: 'form',
        explode: true,
        doc,
      },
    ],
    requestType: `Check${format.replace(/[^A-Za-z0-9]/g, '')}Request`,
    responseType: 'R',
    success: { status: '200', description: '', examples: [] },
    errors: [],
    idempotent: true,
    deprecated: false,
    requestExamples: [],
    source: '',
  })),
};

const samples: Record<string, string[]> = {
  byte: ['', 'MTEx', 'MTE=', 'MQ==', 'abc', 'ab=c', '====', 'a b='],
  date: ['2024-02-29', '2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-1-01', '2000-02-29', '1900-02-29'],
  'date-time': [
    '2024-02-29T12:00:00Z',
    '2024-02-29t12:00:00+08:00',
    '2024-02-29T12:00:00',
    '2016-12-31T23:59:60Z',
    '2024-02-29 12:00:00.5-01:30',
    '2024-02-29T24:00:00Z',
  ],
  email: ['a@b.co', 'a.b@c', 'a..b@c.d', '@c.d', 'x@-y.z', 'first.last+tag@example.com'],
  uri: ['https://example.com/a?b#c', 'urn:isbn:123', 'example.com', '/relative', 'http://[::1]:80/', 'a:b'],
  uuid: [
    '123e4567-e89b-12d3-a456-426614174000',
    'urn:uuid:123e4567-e89b-12d3-a456-426614174000',
    '123e4567e89b12d3a456426614174000',
    'G23e4567-e89b-12d3-a456-426614174000',
  ],
  ipv4: ['127.0.0.1', '256.1.1.1', '1.2.3', '01.2.3.4', '0.0.0.0'],
  ipv6: ['::1', '2001:db8::8a2e:370:7334', '::ffff:192.168.1.1', '1:2:3:4:5:6:7:8:9', 'gggg::1', '1::2::3'],
};
const numberSamples = [0, -(2 ** 31), 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 40];

let dir: string;
let module: Record<string, (value: unknown) => { ok: boolean }>;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'validators-formats-'));
  writeFileSync(path.join(dir, 'validators.ts'), validatorsSource(service));
  for (const file of emitModels({ service, bundled: {} }))
    writeFileSync(path.join(dir, path.basename(file.path)), file.contents);
  cpSync(path.join(repoRoot, 'generator/runtime'), path.join(dir, 'runtime'), { recursive: true });
  module = (await import(pathToFileURL(path.join(dir, 'validators.ts')).href)) as typeof module;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(formats)('format %s', (format, check) => {
  const ours = (value: unknown): boolean =>
    module[`validateCheck${format.replace(/[^A-Za-z0-9]/g, '')}Request`]!({ v: value }).ok;
  const ajv = makeAjv().compile(
    check.appliesTo === 'string' ? { type: 'string', format } : { type: 'integer', format },
  );

  it('agrees with ajv-formats on chosen samples', () => {
    for (const value of check.appliesTo === 'string' ? (samples[format] ?? []) : numberSamples) {
      expect(ours(value), `${format}: ${JSON.stringify(value)}`).toBe(ajv(value));
    }
  });

  it('agrees with ajv-formats on generated values', () => {
    // Printable ASCII only: with a line break ajv-formats' multi-line `byte` regex accepts any one valid line; we do not.
    const values =
      check.appliesTo === 'string' ? fc.string({ maxLength: 40 }) : fc.integer({ min: -(2 ** 33), max: 2 ** 33 });
    fc.assert(
      fc.property(values, (value) => {
        expect(ours(value), JSON.stringify(value)).toBe(ajv(value));
      }),
      { numRuns: 300 },
    );
  });
});

describe('byte', () => {
  it('is stricter than ajv-formats on multi-line strings', () => {
    const ours = module.validateCheckbyteRequest!;
    expect(ours({ v: 'MTEx\n!!' }).ok).toBe(false);
    expect(makeAjv().compile({ type: 'string', format: 'byte' })('MTEx\n!!')).toBe(true);
  });
});
