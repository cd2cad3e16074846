import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main, metadataFiles, parseCliArgs } from '../../generator/import/cli.ts';
import { SHAPES_KIND, type ResponseShapes } from '../../generator/import/sdk-response-shapes.ts';
import { IMPORT_HEADER } from '../../generator/import/owned-file.ts';
import { writeSpecFiles } from '../../generator/import/write.ts';
import { expectedDir, miniFile, repoRoot } from './support/fixtures.ts';

let out: string;
let stdout: string[];
let stderr: string[];

beforeEach(() => {
  out = mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
  stdout = [];
  stderr = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void stdout.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void stderr.push(args.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(out, { recursive: true, force: true });
});

const folder = () => path.join(out, 'mini-2020-01-01');

describe('import CLI', () => {
  it('parses its arguments', () => {
    expect(parseCliArgs(['--from', 'a.json', '--ops', 'A, B,', '--out', 'spec'])).toEqual({ from: ['a.json'], out: 'spec', ops: ['A', 'B'], withDescriptions: false, dryRun: false });
    expect(parseCliArgs(['--from', 'a.json', '--from', 'meta', '--all', '--out', 'spec', '--with-descriptions', '--dry-run'])).toEqual({
      from: ['a.json', 'meta'],
      out: 'spec',
      withDescriptions: true,
      dryRun: true,
    });
    expect(() => parseCliArgs(['--from', 'a.json', '--out', 'spec'])).toThrow('exactly one of --ops and --all');
    expect(() => parseCliArgs(['--from', 'a.json', '--all', '--ops', 'A', '--out', 'spec'])).toThrow('exactly one of --ops and --all');
    expect(() => parseCliArgs(['--all', '--out', 'spec'])).toThrow('--from and --out are required');
    expect(() => parseCliArgs(['--from', 'a.json', '--ops', ',', '--out', 'spec'])).toThrow('--ops names no operation');
  });

  it('imports --all, prints a summary and the change report, and writes the golden files', async () => {
    expect(await main(['--from', miniFile, '--all', '--out', out])).toBe(0);
    expect(stdout[0]).toMatch(/^imported 7 operations into .*mini-2020-01-01: 9 files in \d+ ms$/);
    expect(stdout[1]).toBe('7 changes against the spec already there (0 breaking):');
    expect(stdout[2]).toBe('  CreateWidget: operation added');
    expect(stdout).toHaveLength(9);
    const expected = path.join(expectedDir, 'mini-2020-01-01');
    expect(readdirSync(folder()).sort()).toEqual(readdirSync(expected).sort());
    for (const name of readdirSync(expected)) expect(readFileSync(path.join(folder(), name), 'utf8')).toBe(readFileSync(path.join(expected, name), 'utf8'));
    expect(readdirSync(out)).toEqual(['mini-2020-01-01']);
  });

  it('replaces its own files, never touches hand-written ones (and says so)', async () => {
    mkdirSync(folder(), { recursive: true });
    writeFileSync(path.join(folder(), 'CreateWidget.yaml'), `${IMPORT_HEADER}stale: true\n`);
    writeFileSync(path.join(folder(), 'DescribeWidget.yaml'), 'hand: edited\n');
    writeFileSync(path.join(folder(), 'notes.md'), 'keep me\n');
    expect(await main(['--from', miniFile, '--ops', 'CreateWidget,DescribeWidget', '--out', out])).toBe(0);
    expect(readFileSync(path.join(folder(), 'CreateWidget.yaml'), 'utf8')).toBe(readFileSync(path.join(expectedDir, 'mini-2020-01-01/CreateWidget.yaml'), 'utf8'));
    expect(readFileSync(path.join(folder(), 'DescribeWidget.yaml'), 'utf8')).toBe('hand: edited\n');
    expect(readFileSync(path.join(folder(), 'notes.md'), 'utf8')).toBe('keep me\n');
    expect(readdirSync(folder()).sort()).toEqual(['CreateWidget.yaml', 'DescribeWidget.yaml', 'components.yaml', 'notes.md', 'product.yaml']);
    expect(stdout).toContain('  left alone (no importer header, written by hand): DescribeWidget.yaml');
  });

  it('with --all removes its own files of operations gone from the metadata, and nothing else', async () => {
    mkdirSync(path.join(folder(), 'overlays'), { recursive: true });
    const retired = `${IMPORT_HEADER}paths:\n  /old:\n    get:\n      operationId: OldThing\n      responses: {}\n`;
    writeFileSync(path.join(folder(), 'OldThing.yaml'), retired);
    writeFileSync(path.join(folder(), 'HandMade.yaml'), 'paths:\n  /hand:\n    get:\n      operationId: HandMade\n      responses: {}\n');
    writeFileSync(path.join(folder(), 'overlays', 'OldThing.yaml'), `${IMPORT_HEADER}overlay: 1.0.0\n`);
    expect(await main(['--from', miniFile, '--ops', 'CreateWidget', '--out', out])).toBe(0);
    expect(readFileSync(path.join(folder(), 'OldThing.yaml'), 'utf8')).toBe(retired);
    stdout.length = 0;
    expect(await main(['--from', miniFile, '--all', '--out', out, '--dry-run'])).toBe(0);
    expect(stdout).toContain('  would remove (operations gone from the metadata): OldThing.yaml');
    expect(stdout).toContain('  **breaking** OldThing: operation removed');
    expect(readFileSync(path.join(folder(), 'OldThing.yaml'), 'utf8')).toBe(retired);
    expect(await main(['--from', miniFile, '--all', '--out', out])).toBe(0);
    expect(existsSync(path.join(folder(), 'OldThing.yaml'))).toBe(false);
    expect(readFileSync(path.join(folder(), 'HandMade.yaml'), 'utf8')).toContain('HandMade');
    expect(readFileSync(path.join(folder(), 'overlays', 'OldThing.yaml'), 'utf8')).toBe(`${IMPORT_HEADER}overlay: 1.0.0\n`);
  });

  it('--dry-run prints the report and writes nothing; a repeated import reports no changes', async () => {
    expect(await main(['--from', miniFile, '--all', '--out', out, '--dry-run'])).toBe(0);
    expect(stdout[0]).toMatch(/^would import 7 operations into .*: nothing written \(--dry-run\)$/);
    expect(readdirSync(out)).toEqual([]);
    expect(await main(['--from', miniFile, '--all', '--out', out])).toBe(0);
    stdout.length = 0;
    expect(await main(['--from', miniFile, '--all', '--out', out])).toBe(0);
    expect(stdout[1]).toBe('no changes against the spec already there');
  });

  it('reads every *.json of a --from folder, following symlinks, and refuses an empty folder', () => {
    const meta = path.join(out, 'meta');
    mkdirSync(meta);
    writeFileSync(path.join(meta, 'b.2025-12.json'), '{}');
    symlinkSync(miniFile, path.join(meta, 'a.2024-06.json'));
    writeFileSync(path.join(meta, 'notes.md'), '');
    expect(metadataFiles(meta)).toEqual([path.join(meta, 'a.2024-06.json'), path.join(meta, 'b.2025-12.json')]);
    expect(metadataFiles(miniFile)).toEqual([miniFile]);
    const empty = path.join(out, 'empty');
    mkdirSync(empty);
    expect(() => metadataFiles(empty)).toThrow(`${empty}#: the folder holds no *.json api-docs file`);
  });

  it('merges several vintages given by --from files or a folder, ordered by the date in their names', async () => {
    const meta = path.join(out, 'meta');
    mkdirSync(meta);
    const vintage = (label: string, properties: object): void =>
      writeFileSync(
        path.join(meta, `mini-2020-01-01.api-docs.${label}.json`),
        JSON.stringify({
          info: { product: 'Mini', version: '2020-01-01', style: 'ROA' },
          apis: { Put: { path: '/p', methods: ['post'], parameters: [{ name: 'body', in: 'body', schema: { type: 'object', properties } }] } },
        }),
      );
    vintage('2025-12', { size: { type: 'integer', format: 'int64' } });
    vintage('2024-06', { size: { type: 'string' }, zone: { type: 'string' } });
    const spec = path.join(out, 'spec');
    expect(await main(['--from', meta, '--all', '--out', spec])).toBe(0);
    expect(stdout[0]).toMatch(/^imported 1 operations \(merged vintages 2024-06, 2025-12\) into /);
    const body = parseYaml(readFileSync(path.join(spec, 'mini-2020-01-01', 'Put.yaml'), 'utf8')).components.schemas.PutBody;
    expect(body.properties).toEqual({
      size: { type: 'integer', format: 'int64' },
      zone: { type: 'string', deprecated: true, 'x-acs-deprecated-reason': 'in the 2024-06 metadata, absent from 2025-12' },
    });
    const files = readdirSync(meta).map((name) => path.join(meta, name));
    stdout.length = 0;
    expect(await main(['--from', files[0]!, '--from', files[1]!, '--all', '--out', spec])).toBe(0);
    expect(stdout[1]).toBe('no changes against the spec already there');
    writeFileSync(path.join(meta, 'undated.json'), readFileSync(files[0]!));
    expect(await main(['--from', meta, '--all', '--out', spec])).toBe(1);
    expect(stderr.pop()).toBe(`import: ${path.join(meta, 'undated.json')}#: cannot order several vintages: the file name carries no date (YYYY-MM or YYYY-MM-DD) besides the API version`);
  });

  it('keeps an existing product file and existing component schemas, adding only the missing schemas', async () => {
    expect(await main(['--from', miniFile, '--ops', 'CreateWidget', '--out', out])).toBe(0);
    const productText = '# my product file\n' + readFileSync(path.join(folder(), 'product.yaml'), 'utf8');
    writeFileSync(path.join(folder(), 'product.yaml'), productText);
    // A schema the imported operations use, so that keeping the user's version deserves a word in the summary.
    const operations = readdirSync(folder()).filter((n) => /^[A-Z]/.test(n)).map((n) => readFileSync(path.join(folder(), n), 'utf8'));
    const shared = Object.keys((parseYaml(readFileSync(path.join(folder(), 'components.yaml'), 'utf8')) as { components: { schemas: object } }).components.schemas);
    const first = operations.flatMap((text) => [...text.matchAll(/#\/components\/schemas\/(\w+)/g)].map((m) => m[1]!)).find((n) => shared.includes(n));
    expect(first).toBeDefined();
    // The user rewrites one imported schema and keeps a comment in the file; a later import must keep both.
    const edited = `# hand-tuned\ncomponents:\n  schemas:\n    ${first}:\n      type: object\n      description: mine\n`;
    writeFileSync(path.join(folder(), 'components.yaml'), edited);
    stdout.length = 0;
    expect(await main(['--from', miniFile, '--all', '--out', out])).toBe(0);
    expect(readFileSync(path.join(folder(), 'product.yaml'), 'utf8')).toBe(productText);
    expect(readFileSync(path.join(folder(), 'components.yaml'), 'utf8')).toBe(edited);
    const added = readFileSync(path.join(folder(), 'components.imported.yaml'), 'utf8');
    const schemas = (parseYaml(added) as { components: { schemas: Record<string, unknown> } }).components.schemas;
    expect(Object.keys(schemas)).not.toContain(first);
    expect(Object.keys(schemas).length).toBeGreaterThan(0);
    expect(stdout.join('\n')).toContain(`kept your own definition of: ${first}`);
    expect(stdout.join('\n')).toContain('left alone (no importer header, written by hand): product.yaml');
  });

  it('carries Alibaba prose only with --with-descriptions, and says so in the summary', async () => {
    expect(await main(['--from', miniFile, '--ops', 'CreateWidget', '--out', out, '--with-descriptions'])).toBe(0);
    expect(stdout[0]).toMatch(/ms \(with Alibaba descriptions: local use only, do not commit\)$/);
    const text = readFileSync(path.join(folder(), 'CreateWidget.yaml'), 'utf8');
    expect(text).toContain('summary: 创建部件');
    expect(text).toContain('title: 名称');
  });

  it('reports an unknown op with the file and JSON Pointer, exits 1 and writes nothing', async () => {
    expect(await main(['--from', miniFile, '--ops', 'CreateWidget,NoSuchOp', '--out', out])).toBe(1);
    expect(stderr).toEqual([`import: ${miniFile}#/apis/NoSuchOp: unknown operation "NoSuchOp"`]);
    expect(stdout).toEqual([]);
    expect(readdirSync(out)).toEqual([]);
  });

  it('reports unreadable and non-api-docs input in one line and writes nothing', async () => {
    const missing = path.join(out, 'missing.json');
    expect(await main(['--from', missing, '--all', '--out', out])).toBe(1);
    expect(stderr.pop()).toBe(`import: ${missing}#: cannot read file (ENOENT)`);
    const notDocs = path.join(out, 'package.json');
    writeFileSync(notDocs, JSON.stringify({ name: 'x' }));
    expect(await main(['--from', notDocs, '--all', '--out', out])).toBe(1);
    expect(stderr.pop()).toBe(`import: ${notDocs}#/info: not api-docs metadata: missing "info" object`);
    const broken = path.join(out, 'broken.json');
    writeFileSync(broken, '{"info": ');
    expect(await main(['--from', broken, '--all', '--out', out])).toBe(1);
    expect(stderr.pop()).toMatch(new RegExp(`^import: ${broken.replaceAll('.', '\\.')}#: not JSON \\(`));
    expect(readdirSync(out).sort()).toEqual(['broken.json', 'package.json']);
  });

  it('runs as `npm run import` and exits 1 on bad input', () => {
    const ok = spawnSync('npm', ['run', '-s', 'import', '--', '--from', miniFile, '--ops', 'RemoveTags', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim().split('\n')[0]).toMatch(/^imported 1 operations into .*: 3 files in \d+ ms$/);
    expect(existsSync(path.join(folder(), 'RemoveTags.yaml'))).toBe(true);
    const bad = spawnSync('npm', ['run', '-s', 'import', '--', '--from', miniFile, '--ops', 'Nope', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual([`import: ${miniFile}#/apis/Nope: unknown operation "Nope"`]);
  });
});

describe('writeSpecFiles', () => {
  it('stages beside the target and removes the staging folder even when a rename fails', async () => {
    mkdirSync(path.join(out, 'p-1', 'B.yaml'), { recursive: true });
    mkdirSync(path.join(out, 'p-1', 'B.yaml', 'occupied'));
    await expect(writeSpecFiles(out, 'p-1', new Map([['B.yaml', 'b: 1\n']]))).rejects.toThrow();
    expect(readdirSync(out)).toEqual(['p-1']);
    const written = await writeSpecFiles(out, 'p-2', new Map([['A.yaml', 'a: 1\n']]));
    expect(written).toEqual([path.join(out, 'p-2', 'A.yaml')]);
    expect(readFileSync(path.join(out, 'p-2', 'A.yaml'), 'utf8')).toBe('a: 1\n');
    expect(readdirSync(out).sort()).toEqual(['p-1', 'p-2']);
  });
});

describe('import CLI with a response-shapes file', () => {
  const writeShapes = (responses: ResponseShapes['responses']): string => {
    const mini = JSON.parse(readFileSync(miniFile, 'utf8')) as { info: { product: string; version: string } };
    const file = path.join(out, 'meta', 'mini.sdk-response-shapes.json');
    writeFileSync(file, JSON.stringify({ kind: SHAPES_KIND, source: 'mini-sdk@1.0.0', info: { product: mini.info.product, version: mini.info.version }, responses }));
    return file;
  };
  const operationWithout = (): string => {
    const mini = JSON.parse(readFileSync(miniFile, 'utf8')) as { apis: Record<string, { responses?: Record<string, { schema?: unknown }> }> };
    const action = Object.entries(mini.apis).find(([, api]) => !Object.entries(api.responses ?? {}).some(([s, r]) => /^2/.test(s) && r.schema !== undefined));
    if (action === undefined) throw new Error('the mini fixture has no operation without a response schema');
    return action[0];
  };

  it('reads the snapshot from the metadata folder and types the response it fills', async () => {
    const action = operationWithout();
    const meta = path.join(out, 'meta');
    mkdirSync(meta);
    copyFileSync(miniFile, path.join(meta, 'mini.api-docs.json'));
    writeShapes({ [action]: { type: 'object', properties: { task_id: { type: 'string' } } } });
    expect(await main(['--from', meta, '--all', '--out', path.join(out, 'spec')])).toBe(0);
    expect(stdout).toContain(`  responses of 1 operations without a schema in the api-docs taken from mini.sdk-response-shapes.json`);
    const [folder] = readdirSync(path.join(out, 'spec'));
    const document = parseYaml(readFileSync(path.join(out, 'spec', folder!, `${action}.yaml`), 'utf8')) as {
      components: { schemas: Record<string, unknown> };
    };
    expect(document.components.schemas[`${action}Response`]).toEqual({ type: 'object', properties: { task_id: { type: 'string' } } });
  });

  it('refuses a snapshot given without any api-docs file', async () => {
    mkdirSync(path.join(out, 'meta'));
    const file = writeShapes({});
    expect(await main(['--from', file, '--all', '--out', path.join(out, 'spec')])).toBe(1);
    expect(stderr).toEqual([`import: ${file}#: no api-docs metadata given: response shapes only fill in what an api-docs file describes`]);
  });
});
