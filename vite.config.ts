import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * Stylesheets before scripts in the built index.html: the page arrives rendered and is shown as
 * soon as its styles are in, so on a slow line they must not share it with the scripts that
 * only make the page interactive.
 */
function stylesheetsFirst(): Plugin {
  return {
    name: 'samordna-stylesheets-first',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const sheets = html.match(/^\s*<link rel="stylesheet"[^>]*>\n?/gm) ?? [];
        if (sheets.length === 0) return html;
        const without = sheets.reduce((out, sheet) => out.replace(sheet, ''), html);
        const firstScript = without.search(/^\s*<(script|link rel="modulepreload")/m);
        return firstScript < 0 ? html : without.slice(0, firstScript) + sheets.join('') + without.slice(firstScript);
      },
    },
  };
}

/**
 * The browser client. The server's Content-Security-Policy allows no inline script or style,
 * so the build must emit every script and stylesheet as a file (Vite's default) and skip the
 * inline module-preload polyfill.
 */
export default defineConfig({
  root,
  publicDir: 'src/client/public',
  plugins: [react(), stylesheetsFirst()],
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // One stylesheet: it blocks the first paint, and on a slow line every further file costs a
    // round trip (the admin area's and the charts' few rules weigh less than that).
    cssCodeSplit: false,
    sourcemap: true,
    rolldownOptions: {
      treeshake: {
        // The design system's package does not declare its modules free of side effects, so every
        // component (and the combobox, popover and virtual-list code under them) would land in
        // the first page's script. Its own modules have none; the custom elements some of them
        // import still define themselves where those components are used.
        moduleSideEffects: [{ test: /node_modules[\\/]@digdir[\\/]designsystemet-react[\\/]/, sideEffects: false }],
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3050', changeOrigin: false } },
  },
});
