// Production build: the client with Vite into dist/client, the server and CLI bundled with
// esbuild into dist/server (dependencies stay in node_modules), and the files the server reads at
// run time copied beside them, so that a built server never reads src/ (see src/server/paths.ts).
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { cpSync, rmSync, writeFileSync } from 'node:fs';

/** Folders below src/server that the server reads at run time, copied to the same place below dist/server. */
const SERVER_ASSETS = ['db/migrations', 'demo/geo'];

const started = Date.now();
rmSync('dist', { recursive: true, force: true });
await viteBuild({ logLevel: 'warn' });
await esbuild({
  entryPoints: { main: 'src/server/main.ts', cli: 'src/server/cli/main.ts' },
  outdir: 'dist/server',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
for (const dir of SERVER_ASSETS) cpSync(`src/server/${dir}`, `dist/server/${dir}`, { recursive: true });
writeFileSync('dist/.built', new Date().toISOString());
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
