/**
 * The overlay apply logic (generator/load/overlay.ts) on plain documents: merge rules, removal, JSONPath selection,
 * order, determinism, the shape check of overlay documents, and where errors and overlaid values are located.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { applyOverlays, readOverlay, type OverlayFile } from '../../generator/load/overlay.ts';
import { parseSpecText } from '../../generator/load/read-spec-files.ts';
import { SpecError, type Locator } from '../../generator/load/spec-error.ts';

/** A spec "file" whose every pointer is at line 1 of spec.yaml: enough to tell spec locations from overlay ones. */
const specLocator: Locator = { locate: () => ({ file: 'spec.yaml', line: 1 }) };

function overlayFile(yaml: string, name = 'curation.overlay.yaml'): OverlayFile {
  return parseSpecText(yaml, `overlays/${name}`, name);
}

/** An overlay document with the given actions (YAML, indented as list items under `actions:`). */
function overlay(actions: string, name?: string): OverlayFile {
  return overlayFile(`overlay: 1.0.0\ninfo:\n  title: Test\n  version: '1'\nactions:\n${actions}`, name);
}

function apply(document: Record<string, unknown>, ...overlays: OverlayFile[]): Record<string, unknown> {
  return applyOverlays(document, overlays, specLocator).document;
}

function refusal(action: () => unknown): SpecError {
  try {
    action();
  } catch (error) {
    if (error instanceof SpecError) return error;
    throw error;
  }
  throw new Error('expected a SpecError');
}

const spec = (): Record<string, unknown> => ({
  paths: {
    '/widgets': {
      post: { operationId: 'CreateWidget', tags: ['widgets'], parameters: [{ name: 'A', in: 'query' }, { name: 'B', in: 'query' }] },
      get: { operationId: 'ListWidgets', tags: ['widgets'] },
    },
    '/gadgets': { post: { operationId: 'CreateGadget', tags: ['gadgets'] } },
  },
  components: { schemas: { Color: { type: 'string', enum: ['red', 'green'], description: 'Colour.' } } },
});

describe('update', () => {
  it('merges an object into each selected object: new properties added, primitives replaced, objects merged recursively', () => {
    const result = apply(
      spec(),
      overlay(`  - target: $.components.schemas.Color
    update:
      description: Paint colour.
      x-curated: { by: hand, notes: { first: one } }
  - target: $.components.schemas.Color
    update:
      x-curated: { notes: { second: two } }
`),
    );
    expect(result.components).toEqual({
      schemas: {
        Color: {
          type: 'string',
          enum: ['red', 'green'],
          description: 'Paint colour.',
          'x-curated': { by: 'hand', notes: { first: 'one', second: 'two' } },
        },
      },
    });
  });

  it('appends to an array property named in an object update, and to a selected array (an array update is concatenated)', () => {
    const result = apply(
      spec(),
      overlay(`  - target: $.components.schemas.Color
    update:
      enum: [blue]
  - target: $.components.schemas.Color.enum
    update: yellow
  - target: $.components.schemas.Color.enum
    update: [black, white]
`),
    ) as { components: { schemas: { Color: { enum: string[] } } } };
    expect(result.components.schemas.Color.enum).toEqual(['red', 'green', 'blue', 'yellow', 'black', 'white']);
  });

  it('applies one action to every match, each getting its own copy of the update', () => {
    const result = apply(spec(), overlay(`  - target: $.paths.*.post\n    update:\n      x-meta: { reviewed: true }\n`)) as {
      paths: Record<string, { post: { 'x-meta': { reviewed: boolean } } }>;
    };
    expect(result.paths['/widgets']!.post['x-meta']).toEqual({ reviewed: true });
    expect(result.paths['/gadgets']!.post['x-meta']).toEqual({ reviewed: true });
    expect(result.paths['/widgets']!.post['x-meta']).not.toBe(result.paths['/gadgets']!.post['x-meta']);
  });

  it('selects operations with a filter expression (RFC 9535: the filter tests the children of what precedes it)', () => {
    const byFilter = `  - target: $.paths.*[?@.operationId=='CreateGadget']\n    update:\n      summary: Create a gadget.\n`;
    const result = apply(spec(), overlay(byFilter)) as { paths: Record<string, Record<string, { summary?: string }>> };
    expect(result.paths['/gadgets']!.post!.summary).toBe('Create a gadget.');
    expect(result.paths['/widgets']!.post!.summary).toBeUndefined();
    // Selecting the operation's members instead: each member's own operationId is tested, and none has one.
    const oneLevelTooDeep = `  - target: $.paths.*.*[?@.operationId=='CreateGadget']\n    update:\n      summary: x\n`;
    expect(refusal(() => apply(spec(), overlay(oneLevelTooDeep))).detail).toContain('matches nothing in the spec');
  });

  it('refuses an update that would merge an object into a primitive (or the reverse), naming both places', () => {
    const error = refusal(() =>
      apply(spec(), overlay(`  - target: $.components.schemas.Color\n    update:\n      description: { text: nope }\n`)),
    );
    expect(error.pointer).toBe('/actions/0/update/description');
    expect(error.line).toBe(8);
    expect(error.detail).toBe('cannot merge object into the string at /components/schemas/Color/description: remove it in an earlier action first');
  });

  it('refuses a target that selects a primitive (Overlay 1.0: select the containing object)', () => {
    const error = refusal(() => apply(spec(), overlay(`  - target: $.components.schemas.Color.description\n    update: New.\n`)));
    expect(error.pointer).toBe('/actions/0/target');
    expect(error.detail).toContain('selects a string (/components/schemas/Color/description)');
  });

  it('refuses a non-object update for an object target', () => {
    const error = refusal(() => apply(spec(), overlay(`  - target: $.components.schemas.Color\n    update: [a]\n`)));
    expect(error.pointer).toBe('/actions/0/update');
    expect(error.detail).toContain('"update" must be an object');
  });
});

describe('remove', () => {
  it('removes every selected node, array items included, without shifting the ones still to remove', () => {
    const result = apply(
      spec(),
      overlay(`  - target: $.paths['/widgets'].post.parameters[?@.in=='query']
    remove: true
  - target: $.paths['/gadgets']
    remove: true
  - target: $.components.schemas.Color.description
    remove: true
`),
    ) as { paths: Record<string, { post: { parameters: unknown[] } }>; components: { schemas: { Color: Record<string, unknown> } } };
    expect(result.paths['/widgets']!.post.parameters).toEqual([]);
    expect(Object.keys(result.paths)).toEqual(['/widgets']);
    expect(result.components.schemas.Color).toEqual({ type: 'string', enum: ['red', 'green'] });
  });

  it('removes only the selected item of an array', () => {
    const result = apply(spec(), overlay(`  - target: $.paths.*.post.parameters[?@.name=='A']\n    remove: true\n`)) as {
      paths: Record<string, { post: { parameters: { name: string }[] } }>;
    };
    expect(result.paths['/widgets']!.post.parameters.map((p) => p.name)).toEqual(['B']);
  });

  it('resolves every match before removing any: one removal never moves another, nested matches are fine', () => {
    const doc = { list: [{ name: 'a', tags: ['x'] }, { name: 'b', tags: ['y', 'z'] }, { name: 'c', tags: ['w'], x: { name: 'a' } }] };
    // Matches /list/0 (name a), /list/1/tags/0 ('y') and /list/2/x (name a, inside an item that stays).
    const result = apply(doc, overlay(`  - target: $..[?@=='y' || @.name=='a']\n    remove: true\n`));
    expect(result).toEqual({ list: [{ name: 'b', tags: ['z'] }, { name: 'c', tags: ['w'] }] });
    const nested = { a: { description: 'outer', b: { description: 'inner', c: { description: 'deepest' } } } };
    expect(apply(nested, overlay(`  - target: $..b\n    remove: true\n  - target: $..description\n    remove: true\n`))).toEqual({ a: {} });
    expect(apply(nested, overlay(`  - target: $..[?@.description]\n    remove: true\n`))).toEqual({});
  });

  it('lets a later action re-create what an earlier one removed (actions apply in order)', () => {
    const result = apply(
      spec(),
      overlay(`  - target: $.components.schemas.Color.enum
    remove: true
  - target: $.components.schemas.Color
    update:
      enum: [blue]
`),
    ) as { components: { schemas: { Color: { enum: string[] } } } };
    expect(result.components.schemas.Color.enum).toEqual(['blue']);
  });

  it('refuses to remove the document root', () => {
    expect(refusal(() => apply(spec(), overlay(`  - target: $\n    remove: true\n`))).detail).toBe('cannot remove the document root');
  });
});

describe('order and determinism', () => {
  it('applies overlays in the order given and actions in document order', () => {
    const first = overlay(`  - target: $.components.schemas.Color\n    update:\n      description: first\n`, 'a.overlay.yaml');
    const second = overlay(`  - target: $.components.schemas.Color\n    update:\n      description: second\n`, 'b.overlay.yaml');
    const describeColor = (doc: Record<string, unknown>): unknown =>
      (doc as { components: { schemas: { Color: { description: string } } } }).components.schemas.Color.description;
    expect(describeColor(apply(spec(), first, second))).toBe('second');
    expect(describeColor(apply(spec(), second, first))).toBe('first');
    const inOne = overlay(
      `  - target: $.components.schemas.Color\n    update:\n      description: one\n  - target: $.components.schemas.Color\n    update:\n      description: two\n`,
    );
    expect(describeColor(apply(spec(), inOne))).toBe('two');
  });

  it('leaves its input untouched and gives byte-identical output on every run', () => {
    const input = spec();
    const before = JSON.stringify(input);
    const curation = overlay(`  - target: $..[?@.tags]\n    update:\n      x-seen: true\n      tags: [all]\n`);
    const outputs = [apply(input, curation), apply(input, curation), apply(spec(), curation)].map((d) => JSON.stringify(d));
    expect(JSON.stringify(input)).toBe(before);
    expect(new Set(outputs).size).toBe(1);
    expect(outputs[0]).toContain('"tags":["widgets","all"],"x-seen":true');
  });

  it('keeps __proto__ as an ordinary key', () => {
    const result = apply(spec(), overlay(`  - target: $.components\n    update:\n      __proto__: { polluted: true }\n`));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(result.components as object, '__proto__')).toBe(true);
  });
});

describe('errors name the overlay file, the line and the pointer', () => {
  it('a target that matches nothing', () => {
    const error = refusal(() => apply(spec(), overlay(`  - target: $.components.schemas.Colour\n    update:\n      description: x\n`)));
    expect(error.message).toBe('overlays/curation.overlay.yaml:6: /actions/0/target: "$.components.schemas.Colour" matches nothing in the spec');
  });

  it('an invalid JSONPath', () => {
    const error = refusal(() => apply(spec(), overlay(`  - target: $.paths[?@.x==\n    remove: true\n`)));
    expect(error.pointer).toBe('/actions/0/target');
    expect(error.line).toBe(6);
    expect(error.detail).toMatch(/^invalid JSONPath "\$\.paths\[\?@\.x==": Expected .+ but end of input found\.$/);
  });

  it.each([
    ['overlay: 1.1.0\ninfo: { title: T, version: "1" }\nactions: [{ target: $, remove: true }]\n', '/overlay', 1, 'Overlay version "1.1.0" is not supported: use 1.0.x'],
    ['overlay: 1\ninfo: { title: T, version: "1" }\nactions: [{ target: $, remove: true }]\n', '/overlay', 1, 'Overlay version 1 is not supported: use 1.0.x'],
    ['info: { title: T, version: "1" }\nactions: [{ target: $, remove: true }]\n', '', 1, 'an overlay file must start with "overlay: 1.0.0"'],
    ['overlay: 1.0.0\nactions: [{ target: $, remove: true }]\n', '/info', 1, 'an overlay needs "info" with "title" and "version"'],
    ['overlay: 1.0.0\ninfo: { title: T }\nactions: [{ target: $, remove: true }]\n', '/info/version', 2, '"info.version" must be a string'],
    ['overlay: 1.0.0\ninfo: { title: T, version: "1" }\nactions: []\n', '/actions', 3, '"actions" must be a list of at least one action'],
    ['overlay: 1.0.0\ninfo: { title: T, version: "1" }\nactions:\n  - target: $.paths\n    description: nothing to do\n', '/actions/0', 4, 'an action needs "update" or "remove: true"'],
    ['overlay: 1.0.0\ninfo: { title: T, version: "1" }\nactions:\n  - target: $.paths\n    remove: false\n', '/actions/0', 4, 'an action needs "update" or "remove: true"'],
    ['overlay: 1.0.0\ninfo: { title: T, version: "1" }\nactions:\n  - target: paths\n    remove: true\n', '/actions/0/target', 4, '"target" must be a JSONPath expression starting with "$"'],
    ['overlay: 1.0.0\ninfo: { title: T, version: "1" }\nactions:\n  - target: $.paths\n    remove: "yes"\n', '/actions/0/remove', 5, '"remove" must be true or false'],
    ['overlay: 1.0.0\ninfo: { title: T, version: "1" }\nactions:\n  - target: $.paths\n    updates: {}\n', '/actions/0/updates', 5, 'unexpected field "updates"'],
    ['overlay: 1.0.0\ninfo: { title: T, version: "1" }\nextends: 3\nactions: [{ target: $, remove: true }]\n', '/extends', 3, '"extends" must be a URI reference'],
  ])('a malformed overlay document (%#)', (yaml, pointer, line, message) => {
    const error = refusal(() => readOverlay(overlayFile(yaml)));
    expect(error.file).toBe('overlays/curation.overlay.yaml');
    expect(error.pointer).toBe(pointer);
    expect(error.line).toBe(line);
    expect(error.detail).toContain(message);
  });

  it('accepts extensions, a description, extends and any 1.0.x version', () => {
    const actions = readOverlay(
      overlayFile(
        "overlay: 1.0.7\nx-owner: team\ninfo: { title: T, version: '1', x-note: n }\nextends: ../openapi.json\nactions:\n  - target: $.paths\n    description: why\n    x-ticket: 1\n    remove: true\n",
      ),
    );
    expect(actions).toEqual([{ index: 0, target: '$.paths', update: undefined, remove: true }]);
  });
});

describe('locations of overlaid values', () => {
  it('points into the overlay for what it wrote and into the spec for the rest, across array removals', () => {
    const curation = overlay(`  - target: $.components.schemas.Color
    update:
      description: Paint colour.
      x-rules:
        - lessOrEqual: [a, b]
  - target: $.components.schemas.Color.enum
    update: [blue]
  - target: $.paths['/widgets'].post.parameters[?@.name=='A']
    remove: true
  - target: $.paths['/widgets'].post.parameters
    update: { name: C, in: query }
`);
    const { locator } = applyOverlays(spec(), [curation], { locate: (pointer) => ({ file: 'spec.yaml', line: pointer.length }) });
    const inOverlay = (line: number) => ({ file: 'overlays/curation.overlay.yaml', line });
    expect(locator.locate('/components/schemas/Color/description')).toEqual(inOverlay(8));
    expect(locator.locate('/components/schemas/Color/x-rules/0/lessOrEqual/1')).toEqual(inOverlay(10));
    expect(locator.locate('/components/schemas/Color/enum/2')).toEqual(inOverlay(12));
    // Spec values keep their spec pointer (the fake spec locator answers the pointer's length as the line).
    expect(locator.locate('/components/schemas/Color/enum/1')).toEqual({ file: 'spec.yaml', line: '/components/schemas/Color/enum/1'.length });
    // Parameter B moved from index 1 to 0: still located where it was written; C (index 1) is the overlay's.
    expect(locator.locate('/paths/~1widgets/post/parameters/0/name')).toEqual({ file: 'spec.yaml', line: '/paths/~1widgets/post/parameters/1/name'.length });
    expect(locator.locate('/paths/~1widgets/post/parameters/1/name')).toEqual(inOverlay(16));
  });
});

describe('the example in docs/spec-conventions.md', () => {
  it('is a valid overlay document', async () => {
    const docs = await readFile(new URL('../../docs/spec-conventions.md', import.meta.url), 'utf8');
    const example = /```yaml\n(overlay: 1\.0\.0\n[\s\S]*?)```/.exec(docs)?.[1];
    expect(example).toBeDefined();
    const actions = readOverlay(overlayFile(example!));
    expect(actions.map((a) => (a.remove ? 'remove' : 'update'))).toEqual(['update', 'update', 'update', 'remove', 'update']);
  });
});
