import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT_DIR } from '../../paths';

/** The version in package.json, written into a backup's header for the operator's information. */
export function samordnaVersion(): string {
  try {
    const { version } = JSON.parse(readFileSync(path.join(ROOT_DIR, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? version : 'unknown';
  } catch {
    return 'unknown';
  }
}
