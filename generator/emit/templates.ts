import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { sha256 } from '../cache.ts';
import { generatorBuildDir, PROJECT_ROOT } from '../paths.ts';

const TEMPLATE_ROOT = path.join(PROJECT_ROOT, 'templates');
const require = createRequire(import.meta.url);

/** Set by generator/bin.mjs: the folder of the generator's build, where `precompileTemplates` left its result. */
const PRECOMPILED_FILE = 'templates.cjs';
const OPTIONS = { noEscape: true, strict: true } as const;

type Engine = typeof import('handlebars');
type Render = (view: object) => string;

/** Escaping is done in the view models, per context (Markdown cell, code block, JSON string), not by Handlebars' HTML rules. */
function withHelpers<T extends Pick<Engine, 'registerHelper'>>(engine: T): T {
  engine.registerHelper('json', (value: unknown) => JSON.stringify(value));
  return engine;
}

let runtime: Pick<Engine, 'template' | 'registerHelper'> | undefined;
let compiler: Engine | undefined;
const compiled = new Map<string, Render>();
let precompiled: Record<string, { hash: string; spec: unknown }> | undefined | null = null;

/**
 * Renders `templates/<name>` with a view model. The generator's build precompiles the templates (only Handlebars'
 * small runtime is loaded then); a template changed since, or a run without a build, is compiled on first use.
 */
export function render(name: string, view: object): string {
  let template = compiled.get(name);
  if (!template) {
    const source = readFileSync(path.join(TEMPLATE_ROOT, name), 'utf8');
    const prepared = precompiledTemplates()?.[name];
    if (prepared && prepared.hash === sha256(source)) {
      runtime ??= withHelpers((require('handlebars/runtime') as Engine).create());
      template = runtime.template(prepared.spec as never) as Render;
    } else {
      compiler ??= withHelpers((require('handlebars') as Engine).create());
      template = compiler.compile(source, OPTIONS);
    }
    compiled.set(name, template);
  }
  return template(view);
}

function precompiledTemplates(): Record<string, { hash: string; spec: unknown }> | undefined {
  if (precompiled !== null) return precompiled;
  const folder = generatorBuildDir();
  precompiled = undefined;
  if (folder !== undefined && existsSync(path.join(folder, PRECOMPILED_FILE))) {
    precompiled = createRequire(path.join(folder, 'index.cjs'))(`./${PRECOMPILED_FILE}`) as Record<string, { hash: string; spec: unknown }>;
  }
  return precompiled;
}

/** Run by generator/bin.mjs once per build: every template (licence texts too) precompiled, with the hash of its text. */
export function precompileTemplates(buildDir: string): void {
  const { precompile } = require('handlebars') as Engine;
  const names = existsSync(TEMPLATE_ROOT)
    ? readdirSync(TEMPLATE_ROOT, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(TEMPLATE_ROOT, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
        .sort()
    : [];
  const entries = names.map((name) => {
    const source = readFileSync(path.join(TEMPLATE_ROOT, name), 'utf8');
    return `  ${JSON.stringify(name)}: { hash: ${JSON.stringify(sha256(source))}, spec: ${precompile(source, OPTIONS) as unknown as string} },`;
  });
  writeFileSync(path.join(buildDir, PRECOMPILED_FILE), `module.exports = {\n${entries.join('\n')}\n};\n`);
}

/** Whether `templates/<name>` exists (e.g. the text of a license). */
export function hasTemplate(name: string): boolean {
  return existsSync(path.join(TEMPLATE_ROOT, name));
}
