/**
 * What a path template may be: `/`-separated segments of literal URL path characters and `{name}` parameters.
 * Refused, each with its reason: a query (`?`) or fragment (`#`), characters a URL path cannot hold raw, empty,
 * `.` and `..` segments (clients and servers normalise them away, so the request would reach another path), stray
 * or nested braces, and a parameter named twice. Returns the problem, or undefined when the template is sound.
 */
export function pathTemplateProblem(template: string): string | undefined {
  if (!template.startsWith('/')) return 'must start with "/"';
  if (template.includes('?')) return 'must not hold a query ("?"): declare query parameters with "in: query"';
  if (template.includes('#')) return 'must not hold a fragment ("#")';
  const segments = template.slice(1).split('/');
  if (segments.at(-1) === '' && segments.length > 1) segments.pop(); // one trailing slash is a real, distinct path
  const names = new Set<string>();
  for (const segment of segments) {
    if (segment === '' && template !== '/') return 'has an empty segment ("//")';
    if (segment === '.' || segment === '..') return `has a "${segment}" segment, which URL normalisation would remove`;
    const withoutParams = segment.replace(PARAMETER, '');
    if (/[{}]/.test(withoutParams)) return 'has a stray or nested brace: parameters are written {Name}';
    const bad = /%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@%]/.exec(withoutParams);
    if (bad) return `has a character a URL path cannot hold raw: ${JSON.stringify(bad[0])}`;
    for (const match of segment.matchAll(PARAMETER)) {
      const name = match[1]!;
      if (names.has(name)) return `names the parameter {${name}} twice`;
      names.add(name);
    }
  }
  return undefined;
}

const PARAMETER = /\{([A-Za-z_][A-Za-z0-9_.-]*)\}/g;
