import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { PROJECT_ROOT } from '../paths.ts';

const TEMPLATE_ROOT = path.join(PROJECT_ROOT, 'templates');
const engine = Handlebars.create();
const compiled = new Map<string, HandlebarsTemplateDelegate>();

// Escaping is done in the view models, per context (Markdown cell, code block, JSON string), not by Handlebars' HTML rules.
engine.registerHelper('json', (value: unknown) => JSON.stringify(value));

/** Renders `templates/<name>` with a view model. Templates are compiled once per process. */
export function render(name: string, view: object): string {
  let template = compiled.get(name);
  if (!template) {
    template = engine.compile(readFileSync(path.join(TEMPLATE_ROOT, name), 'utf8'), { noEscape: true, strict: true });
    compiled.set(name, template);
  }
  return template(view);
}

/** Whether `templates/<name>` exists (e.g. the text of a license). */
export function hasTemplate(name: string): boolean {
  return existsSync(path.join(TEMPLATE_ROOT, name));
}
