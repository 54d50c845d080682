// Production build: the client with Vite into dist/client (and its pages for server rendering
// into dist/ssr), the server and CLI bundled with
// esbuild into dist/server (dependencies stay in node_modules, the workspace packages are bundled
// in), and the files the server reads at run time copied beside them, so that a built server never
// reads src/ (see src/server/paths.ts).
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';

/** Folders below src/server that the server reads at run time, copied to the same place below dist/server. */
const SERVER_ASSETS = ['db/migrations', 'demo/geo'];

/**
 * The workspace packages (`@samordna/*` in packages/, linked into node_modules) export their
 * TypeScript sources, which Node cannot load: left external like the other packages, the built
 * server would fail on its first import of one. They are resolved here (esbuild's own resolver
 * would honour `packages: 'external'`) and so bundled like the app's own code.
 */
const bundleWorkspacePackages = {
  name: 'bundle-workspace-packages',
  setup(build) {
    build.onResolve({ filter: /^@samordna\// }, (args) => ({ path: createRequire(args.importer).resolve(args.path) }));
  },
};

/** Files of the client the server sends compressed: a `.br` and a `.gz` copy beside each, made once here at the highest levels. */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|xml)$/;

function precompress(dir) {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    // .vite holds the build's manifest, which the server reads and never sends.
    if (name === '.vite') continue;
    if (statSync(file).isDirectory()) count += precompress(file);
    else if (COMPRESSIBLE.test(name) && statSync(file).size >= 1024) {
      const data = readFileSync(file);
      writeFileSync(`${file}.br`, brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }));
      writeFileSync(`${file}.gz`, gzipSync(data, { level: 9 }));
      count++;
    }
  }
  return count;
}

const started = Date.now();
rmSync('dist', { recursive: true, force: true });
await viteBuild({ logLevel: 'warn' });
const compressed = precompress('dist/client');
// The same pages for the server to render (src/client/server-entry.tsx). Its packages stay in
// node_modules, but for react-router: under Node it resolves to its development build, so it is
// bundled in, in its production build.
await viteBuild({
  logLevel: 'warn',
  ssr: { noExternal: ['react-router'] },
  build: { ssr: 'src/client/server-entry.tsx', outDir: 'dist/ssr', emptyOutDir: true, copyPublicDir: false, sourcemap: true },
});
await esbuild({
  // The statistics parse worker and the document text extraction worker are entries of their
  // own: the server starts them as worker threads from beside itself
  // (src/server/features/imports/source/statistics-reader.ts, features/documents/text-extraction.ts).
  entryPoints: {
    main: 'src/server/main.ts',
    cli: 'src/server/cli/main.ts',
    'parse-worker': 'src/server/features/imports/source/parse-worker.ts',
    'extract-worker': 'src/server/features/documents/extract-worker.ts',
  },
  outdir: 'dist/server',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  plugins: [bundleWorkspacePackages],
  sourcemap: true,
  logLevel: 'warning',
});
for (const dir of SERVER_ASSETS) cpSync(`src/server/${dir}`, `dist/server/${dir}`, { recursive: true });
writeFileSync('dist/.built', new Date().toISOString());
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s (${compressed} client files also as .br and .gz)`);
