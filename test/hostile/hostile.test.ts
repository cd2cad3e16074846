/**
 * Valid but hostile input (test/fixtures/hostile/): property names that are keywords, prototype keys, not
 * identifiers or not ASCII; descriptions that close comments, open template literals, carry U+2028 or HTML; a
 * recursive type; enum values with quotes. The package must compile under --strict, keep every wire name exact,
 * and its validator must judge objects with those keys correctly without touching Object.prototype.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateToTemp, removeDir, repoRoot, typecheckPackages, type TempGeneration } from '../support/generate.ts';

const specDir = path.join(repoRoot, 'test', 'fixtures', 'hostile', 'hostile-2020-01-01');

interface Issue {
  path: string;
  code: string;
  message: string;
}
type Result = { ok: true; value: unknown } | { ok: false; issues: Issue[] };
type Validate = (value: unknown) => Result;

let generated: TempGeneration;
let validate: Validate;
let weirdSpec: { properties: Record<string, unknown>; required: string[] };
let moodSpec: { enum: string[] };

beforeAll(async () => {
  generated = await generateToTemp(specDir);
  const components = (parse(await readFile(path.join(specDir, 'product.yaml'), 'utf8')) as {
    components: { schemas: { Weird: typeof weirdSpec; Mood: typeof moodSpec } };
  }).components.schemas;
  weirdSpec = components.Weird;
  moodSpec = components.Mood;
  const validators = (await import(pathToFileURL(path.join(generated.packageDir, 'dist', 'index.js')).href)) as Record<string, unknown>;
  validate = validators.validatePutWeirdRequest as Validate;
});

afterAll(async () => {
  if (generated) await removeDir(generated.outDir);
});

/** Property names of an interface in a source file, as TypeScript reads them (quotes and escapes resolved). */
function interfaceKeys(source: string, name: string): string[] {
  const file = ts.createSourceFile('models.ts', source, ts.ScriptTarget.ES2022, true);
  const declaration = file.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name);
  if (!declaration) throw new Error(`no interface ${name}`);
  return declaration.members.map((member) => {
    const key = member.name;
    if (key && (ts.isIdentifier(key) || ts.isStringLiteral(key) || ts.isNumericLiteral(key))) return key.text;
    throw new Error(`unexpected member name in ${name}: ${member.getText()}`);
  });
}

describe('hostile names and texts', () => {
  it('compile under tsc --strict', async () => {
    const result = await typecheckPackages([generated.packageDir]);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, 120_000);

  it('keep every wire name exact in the emitted types', async () => {
    const models = await readFile(path.join(generated.packageDir, 'src', 'models.ts'), 'utf8');
    expect(interfaceKeys(models, 'Weird')).toEqual(Object.keys(weirdSpec.properties));
    expect(interfaceKeys(models, 'PutWeirdRequest')).toEqual(['ThingId', 'class', 'a-b', 'X-Trace*Id~', 'body']);
    expect(interfaceKeys(models, 'TreeNode')).toEqual(['name', 'children', 'parent']);
    const dist = (await import(pathToFileURL(path.join(generated.packageDir, 'dist', 'index.js')).href)) as Record<string, unknown>;
    expect(dist.MoodValues).toEqual(moodSpec.enum);
  });

  it('never let a description end a comment early', async () => {
    for (const file of ['models.ts', 'client.ts', 'validators.ts']) {
      const source = await readFile(path.join(generated.packageDir, 'src', file), 'utf8');
      const scanned = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true);
      // A comment that ended early would leave prose as code: statements TypeScript cannot parse.
      expect((scanned as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics, file).toEqual([]);
      expect(source).not.toContain('console.log(\'escaped\')\n');
    }
  });
});

describe('the validator with hostile keys', () => {
  const request = (body: string): unknown => JSON.parse(`{ "ThingId": "t-1", "class": "c", "a-b": 3, "body": ${body} }`);

  afterAll(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('accepts an object whose required keys are class, __proto__ and 名前 (own properties, as JSON.parse makes them)', () => {
    const value = request('{ "class": "x", "__proto__": "p", "名前": "n", "constructor": "c", "toString": 1.5, "hasOwnProperty": "h", "1st": true, "default": 2, "quote\'d": "q", "dq\\"key": "d", "back\\\\slash": "b", "ñ": "e", "mood": "it\'s" }');
    expect(validate(value)).toEqual({ ok: true, value });
  });

  it('reports a missing __proto__ even though every object inherits one', () => {
    const result = validate({ ThingId: 't', body: { class: 'x', 名前: 'n' } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([expect.objectContaining({ path: '/body/__proto__', code: 'required' })]);
  });

  it('rejects an object-valued __proto__ by type and never merges it into a prototype', () => {
    const result = validate(request('{ "class": "x", "名前": "n", "__proto__": { "polluted": true } }'));
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([['/body/__proto__', 'type']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('checks keys named like Object.prototype members by their own value only', () => {
    const result = validate(request('{ "class": "x", "__proto__": "p", "名前": "n", "constructor": 5, "toString": "s", "hasOwnProperty": false }'));
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['/body/constructor', 'type'],
      ['/body/toString', 'type'],
      ['/body/hasOwnProperty', 'type'],
    ]);
  });

  it('names unknown keys with escaped JSON Pointers, including "polluted" and keys with / and ~', () => {
    const result = validate(request('{ "class": "x", "__proto__": "p", "名前": "n", "polluted": 1, "a/b~c": 2 }'));
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([
      ['/body/polluted', 'unknown_property'],
      ['/body/a~1b~0c', 'unknown_property'],
    ]);
  });

  it('checks query parameters with non-identifier names and enum values with quotes', () => {
    const wrongQuery = validate({ ThingId: 't', 'a-b': 'three', body: JSON.parse('{ "class": "x", "__proto__": "p", "名前": "n" }') });
    expect(!wrongQuery.ok && wrongQuery.issues.map((i) => [i.path, i.code])).toEqual([['/a-b', 'type']]);
    for (const mood of moodSpec.enum) {
      expect(validate(request(`{ "class": "x", "__proto__": "p", "名前": "n", "mood": ${JSON.stringify(mood)} }`)).ok, mood).toBe(true);
    }
    const wrongMood = validate(request('{ "class": "x", "__proto__": "p", "名前": "n", "mood": "its" }'));
    expect(!wrongMood.ok && wrongMood.issues.map((i) => i.path)).toEqual(['/body/mood']);
  });

  it('follows a recursive type to any depth and reports the exact nested path', () => {
    const tree = { name: 'root', children: [{ name: 'a' }, { name: 'b', children: [{ name: 'c', parent: { name: 7 } }] }] };
    const body = JSON.parse('{ "class": "x", "__proto__": "p", "名前": "n" }') as Record<string, unknown>;
    body.tree = tree;
    const result = validate({ ThingId: 't', body });
    expect(!result.ok && result.issues.map((i) => [i.path, i.code])).toEqual([['/body/tree/children/1/children/0/parent/name', 'type']]);
    let deep: Record<string, unknown> = { name: 'leaf' };
    for (let i = 0; i < 200; i++) deep = { name: `n${i}`, children: [deep] };
    body.tree = deep;
    expect(validate({ ThingId: 't', body }).ok).toBe(true);
  });
});

describe('the client with hostile names', () => {
  it('sends hostile parameter names and values exactly, encoded where they travel', async () => {
    const client = (await import(pathToFileURL(path.join(generated.packageDir, 'dist', 'index.js')).href)) as {
      HostileClient: new (options: object) => { putWeird(request: object): Promise<Record<string, unknown>>; destroy(): void };
    };
    const sent: { method: string; url: string; headers: Record<string, string>; body?: string }[] = [];
    const transport = async (request: (typeof sent)[number]) => {
      sent.push(request);
      return { statusCode: 200, headers: { 'content-type': 'application/json', 'x-acs-request-id': 'r-1' }, body: '{"name":"root","children":[]}' };
    };
    const hostile = new client.HostileClient({
      region: 'cn-hangzhou',
      credentials: { accessKeyId: 'id', accessKeySecret: 'secret' },
      transport,
    });
    const body = JSON.parse('{ "class": "c */", "__proto__": "p", "名前": "名前", "a-b": "x&y=z" }') as object;
    const result = await hostile.putWeird({ ThingId: 'id/with ?#%', class: 'a&b=c', 'a-b': 3, 'X-Trace*Id~': 'trace', body });
    hostile.destroy();
    expect(result.name).toBe('root');
    expect(sent).toHaveLength(1);
    const url = new URL(sent[0]!.url);
    expect(url.pathname).toBe('/weird/id%2Fwith%20%3F%23%25');
    expect(url.searchParams.get('class')).toBe('a&b=c');
    expect(url.searchParams.get('a-b')).toBe('3');
    expect(sent[0]!.headers['x-trace*id~'] ?? sent[0]!.headers['X-Trace*Id~']).toBe('trace');
    expect(JSON.parse(sent[0]!.body!)).toEqual(body);
    expect(Object.keys(JSON.parse(sent[0]!.body!) as object)).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
