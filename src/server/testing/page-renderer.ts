import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../paths';

/**
 * The page renderer from the client's sources, as the build bundles it into dist/ssr: tests of
 * server rendering run the real thing without a build. (The one place server-side code reaches
 * into src/client; see eslint.config.js.)
 */
export { createPageRenderer } from '../../client/server-entry';

/** A client folder as the build leaves it, with the sources' index.html as the page template. */
export function clientDirForTests(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samordna-client-'));
  cpSync(path.join(ROOT_DIR, 'index.html'), path.join(dir, 'index.html'));
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}
