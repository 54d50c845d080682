// Production build: the client with Vite into dist/client, the server and CLI bundled with
// esbuild into dist/server (dependencies stay in node_modules).
import { build as viteBuild } from 'vite';
import { build as esbuild } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';

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
writeFileSync('dist/.built', new Date().toISOString());
console.log(`built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
