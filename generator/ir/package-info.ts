import { isRecord } from '../load/pointer.ts';
import { SpecError, specErrorAt, type Locator } from '../load/spec-error.ts';
import type { PackageInfo } from './types.ts';

/** What the generator's options may override (`--package-name`, `--package-version`). */
export interface PackageOverrides {
  name?: string;
  version?: string;
}

/** npm's rules for a package name: lowercase, URL-safe, optionally scoped (`@scope/name`), at most 214 characters. */
const NPM_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;
/** Semantic Versioning 2.0.0, as npm accepts it (no leading `v`). */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/** A single SPDX license identifier (expressions such as `MIT OR Apache-2.0` have no one text to ship). */
const SPDX_ID = /^[A-Za-z0-9][A-Za-z0-9.+-]*$/;

const DEFAULT_VERSION = '0.1.0';
const DEFAULT_LICENSE = 'Apache-2.0';

/**
 * The npm package facts: the generator's overrides win over `x-acs-package` of the product file, which wins over the
 * defaults (`<product>-<version>`, 0.1.0, Apache-2.0). Every value used is checked; a bad one is a one-line error
 * naming the option, or the product file, line and JSON Pointer.
 */
export function readPackageInfo(document: Record<string, unknown>, locator: Locator, defaultName: string, overrides: PackageOverrides = {}): { name: string; info: PackageInfo } {
  const declared = document['x-acs-package'];
  if (declared !== undefined && !isRecord(declared)) throw specErrorAt(locator, '/x-acs-package', '"x-acs-package" must be an object (name, version, license, repository, author)');
  const spec = (declared ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(spec)) {
    if (!['name', 'version', 'license', 'repository', 'author'].includes(key)) {
      throw specErrorAt(locator, `/x-acs-package/${key}`, `unknown package field "${key}" (known: name, version, license, repository, author)`);
    }
  }
  const text = (key: string): string | undefined => {
    const value = spec[key];
    if (value !== undefined && (typeof value !== 'string' || value.trim() === '')) throw specErrorAt(locator, `/x-acs-package/${key}`, 'must be a non-empty string');
    return value;
  };
  const name = overrides.name ?? text('name') ?? defaultName;
  const version = overrides.version ?? text('version') ?? DEFAULT_VERSION;
  const license = text('license') ?? DEFAULT_LICENSE;
  const repository = text('repository');
  const author = text('author');
  // A bad override names the option; a bad product-file value names the file, line and pointer.
  const fail = (key: 'name' | 'version', option: string, message: string): never => {
    throw overrides[key] !== undefined ? new SpecError(`${option}: ${message}`, undefined, undefined) : specErrorAt(locator, `/x-acs-package/${key}`, message);
  };
  if (name.length > 214 || !NPM_NAME.test(name)) fail('name', '--package-name', `"${name}" is not a valid npm package name (lowercase, optionally @scope/name)`);
  if (!SEMVER.test(version)) fail('version', '--package-version', `"${version}" is not a semantic version (e.g. 1.2.3)`);
  if (!SPDX_ID.test(license)) throw specErrorAt(locator, '/x-acs-package/license', `"${license}" is not a single SPDX license identifier (e.g. Apache-2.0)`);
  return { name, info: { version, license, ...(repository ? { repository } : {}), ...(author ? { author } : {}) } };
}
