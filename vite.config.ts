import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The browser client. The server's Content-Security-Policy allows no inline script or style,
 * so the build must emit every script and stylesheet as a file (Vite's default) and skip the
 * inline module-preload polyfill.
 */
export default defineConfig({
  root,
  publicDir: 'src/client/public',
  plugins: [react()],
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3050', changeOrigin: false } },
  },
});
