import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../paths';

/**
 * The page renderer from the client's sources, as the build bundles it into dist/ssr: tests of
 * server rendering run the real thing without a build. (The one place server-side code reaches
 * into src/client; see eslint.config.js.)
 */
export { createPageRenderer } from '../../client/server-entry';

/** The build manifest's entries for the languages' messages, as Vite writes them. */
export const TEST_MANIFEST = {
  'src/client/app/messages/nb.ts': { file: 'assets/nb-1a2b.js', isDynamicEntry: true, imports: ['_merge-locale-9z.js'] },
  'src/client/app/messages/nn.ts': { file: 'assets/nn-3c4d.js', isDynamicEntry: true, imports: ['_merge-locale-9z.js'] },
  'src/client/app/messages/en.ts': { file: 'assets/en-5e6f.js', isDynamicEntry: true, imports: ['_merge-locale-9z.js'] },
  '_merge-locale-9z.js': { file: 'assets/merge-locale-9z.js' },
};

/**
 * A client folder as the build leaves it, with the sources' index.html as the page template and
 * a manifest that names the languages' files.
 */
export function clientDirForTests(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samordna-client-'));
  cpSync(path.join(ROOT_DIR, 'index.html'), path.join(dir, 'index.html'));
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  mkdirSync(path.join(dir, '.vite'));
  writeFileSync(path.join(dir, '.vite', 'manifest.json'), JSON.stringify(TEST_MANIFEST));
  return dir;
}
