import type { Assertion, NamedType, ObjectType, Rule, Service, Shape } from '../ir/types.ts';

/** Reads shapes the way the API reference does: type labels like `Long` or `Array of String`, constraint prose. */
export class ShapeDescriber {
  private readonly types: Map<string, NamedType>;

  constructor(service: Service) {
    this.types = new Map(service.types.map((t) => [t.name, t]));
  }

  typeOf(name: string): NamedType | undefined {
    return this.types.get(name);
  }

  /** The object a shape leads to (through refs and arrays), for flattening nested parameters. */
  objectOf(shape: Shape, seen: ReadonlySet<string> = new Set()): { object: ObjectType; viaArray: boolean } | undefined {
    if (shape.kind === 'array') {
      const inner = this.objectOf(shape.items, seen);
      return inner ? { object: inner.object, viaArray: true } : undefined;
    }
    if (shape.kind !== 'ref' || seen.has(shape.name)) return undefined;
    const type = this.types.get(shape.name);
    if (type?.kind === 'object') return { object: type, viaArray: false };
    if (type?.kind === 'alias') return this.objectOf(type.shape, new Set(seen).add(shape.name));
    return undefined;
  }

  /** Aliases are followed once: a type defined through itself (`Tree = Tree[]`) is named, not expanded forever. */
  label(shape: Shape, seen: ReadonlySet<string> = new Set()): string {
    switch (shape.kind) {
      case 'string':
        return 'String';
      case 'integer':
        return shape.format === 'int64' ? 'Long' : 'Integer';
      case 'number':
        return shape.format === 'float' ? 'Float' : 'Double';
      case 'boolean':
        return 'Boolean';
      case 'array':
        return `Array of ${this.label(shape.items, seen)}`;
      case 'map':
        return `Map of ${this.label(shape.values, seen)}`;
      case 'null':
        return 'Null';
      case 'unknown':
        return 'Any';
      case 'union':
        return shape.variants.map((v) => this.label(v, seen)).join(' or ');
      case 'ref': {
        const type = this.types.get(shape.name);
        if (!type || seen.has(type.name)) return shape.name;
        return type.kind === 'object' ? 'Object' : type.kind === 'enum' ? 'String' : this.label(type.shape, new Set(seen).add(type.name));
      }
    }
  }

  /** Sentences about the values a shape accepts: value lists, bounds, formats. */
  constraints(shape: Shape, seen: ReadonlySet<string> = new Set()): string[] {
    const notes: string[] = [];
    if (shape.kind === 'ref') {
      const type = this.types.get(shape.name);
      if (type?.kind === 'enum') notes.push(valueList(type.values, type.open));
      if (type?.kind === 'alias' && !seen.has(type.name)) notes.push(...this.constraints(type.shape, new Set(seen).add(type.name)));
      return notes;
    }
    if (shape.kind === 'string') {
      if (shape.enum) notes.push(valueList(shape.enum.values, shape.enum.open));
      if (shape.const !== undefined) notes.push(`Must be \`${shape.const}\`.`);
      if (shape.format === 'byte') notes.push('Base64-encoded.');
      else if (shape.format && shape.format !== 'password') notes.push(`Format: ${shape.format}.`);
      notes.push(...bounds('Length', shape.minLength, shape.maxLength));
      if (shape.pattern) notes.push(`Pattern: \`${shape.pattern}\`.`);
    }
    if (shape.kind === 'integer' || shape.kind === 'number') {
      if (shape.enum) notes.push(valueList(shape.enum.map(String), false));
      if (shape.const !== undefined) notes.push(`Must be \`${shape.const}\`.`);
      notes.push(...bounds('Value', shape.minimum ?? shape.exclusiveMinimum, shape.maximum ?? shape.exclusiveMaximum));
      if (shape.multipleOf !== undefined) notes.push(`Multiple of ${shape.multipleOf}.`);
    }
    if (shape.kind === 'array') {
      notes.push(...bounds('Items', shape.minItems, shape.maxItems));
      if (shape.uniqueItems) notes.push('Items must be unique.');
      const itemNotes = this.constraints(shape.items, seen);
      if (itemNotes.length > 0) notes.push(`Each item: ${itemNotes.join(' ')}`);
    }
    return notes;
  }
}

function valueList(values: string[], open: boolean): string {
  const list = values.map((v) => `\`${v}\``).join(', ');
  return open ? `Known values: ${list} (others are accepted).` : `Valid values: ${list}.`;
}

function bounds(what: string, min: number | undefined, max: number | undefined): string[] {
  if (min !== undefined && max !== undefined) return [`${what}: ${min} to ${max}.`];
  if (min !== undefined) return [`${what}: at least ${min}.`];
  if (max !== undefined) return [`${what}: at most ${max}.`];
  return [];
}

/** A cross-field rule in words, for the docs. */
export function describeRule(rule: Rule, describer: ShapeDescriber): string {
  const code = (name: string): string => `\`${name}\``;
  const list = (names: string[]): string => {
    const coded = names.map(code);
    return coded.length <= 1 ? coded.join('') : `${coded.slice(0, -1).join(', ')} and ${coded.at(-1)}`;
  };
  switch (rule.kind) {
    case 'anyRequired':
      return `At least one of ${rule.groups.map((g) => list(g)).join(' or ')} must be set.`;
    case 'lessOrEqual':
      return `${code(rule.left)} must not exceed ${code(rule.right)}.`;
    case 'conditional': {
      const when = rule.when.map((c) => `${code(c.field)} is ${code(String(c.equals))}${c.orAbsent ? ' (or not set)' : ''}`).join(' and ');
      const assertion = (a: Assertion): string => {
        const parts: string[] = [];
        if (a.required.length > 0) parts.push(`${list(a.required)} ${a.required.length === 1 ? 'is' : 'are'} required`);
        for (const c of a.constraints) parts.push(`${code(c.field)} must be ${constraintPhrase(describer.constraints(c.shape))}`);
        return parts.join('; ');
      };
      const otherwise = rule.else ? ` Otherwise, ${assertion(rule.else)}.` : '';
      return `When ${when}, ${assertion(rule.then)}.${otherwise}`;
    }
  }
}

/** `Valid values: `1`, `2`.` → `one of `1`, `2``, other notes lower-cased: fits after "must be". */
function constraintPhrase(notes: string[]): string {
  return notes
    .map((note) => note.replace(/\.$/, '').replace(/^Valid values: /, 'one of ').replace(/^Known values: /, 'typically one of ').replace(/^Value: /, 'from ').replace(/^Must be /, ''))
    .join(', ');
}
