/**
 * A generated package as its users get it: packed by npm into a tarball, and installed from that tarball into a
 * fresh consumer project (no registry involved: the package has no dependencies).
 */
import { execFile } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeTempDir, repoRoot } from './generate.ts';

export const run = promisify(execFile);

/** The npm CLI next to this Node (npm's own JavaScript entry, so no shell is needed). */
export const npmCli = path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js');

export function npm(args: string[], cwd: string): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [npmCli, ...args], { cwd, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, npm_config_update_notifier: 'false' } });
}

export interface PackedFile {
  path: string;
  size: number;
}

/** `npm pack --dry-run --json`: the files the tarball would hold. */
export async function packList(packageDir: string): Promise<PackedFile[]> {
  const { stdout } = await npm(['pack', '--dry-run', '--json', '--ignore-scripts'], packageDir);
  return (JSON.parse(stdout) as { files: PackedFile[] }[])[0]!.files;
}

/** `npm pack` into `destination`; the tarball's path. */
export async function pack(packageDir: string, destination: string): Promise<string> {
  const { stdout } = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', destination], packageDir);
  return path.join(destination, (JSON.parse(stdout) as { filename: string }[])[0]!.filename);
}

/** The repository's spec folder copied to a temp folder, with `x-acs-package` (when fields are given) added to its product file. */
export async function specWithPackage(fields: Record<string, string>): Promise<string> {
  const dir = path.join(await makeTempDir('acs-spec-'), 'cs-2015-12-15');
  await cp(path.join(repoRoot, 'spec', 'cs-2015-12-15'), dir, { recursive: true });
  const product = path.join(dir, 'product.yaml');
  if (Object.keys(fields).length === 0) return dir;
  const lines = Object.entries(fields).map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`);
  await writeFile(product, `${await readFile(product, 'utf8')}\nx-acs-package:\n${lines.join('\n')}\n`);
  return dir;
}

/** A consumer project in a temp folder with the tarball installed (offline: nothing to fetch). */
export async function consumerProject(tarball: string): Promise<string> {
  const dir = await makeTempDir('acs-consumer-');
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2));
  await npm(['install', tarball, '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], dir);
  return dir;
}
