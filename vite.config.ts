import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { withoutUnusedComponents } from './scripts/design-system-css';

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
 * The design system's component index imports its custom elements and global behaviours
 * (`@digdir/designsystemet-web`: combobox, popover, tabs, tooltips, dialogs, with floating-ui
 * under them) for every page that imports any component. The components that need those elements
 * import them themselves, and the forms import the global behaviours (`FormErrorSummary.tsx`), so
 * the index's import is dropped: a public page that shows headings, tables and links loads none.
 */
function designSystemElementsWhereUsed(): Plugin {
  const empty = '\0samordna-no-design-system-elements';
  return {
    name: 'samordna-design-system-elements-where-used',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== '@digdir/designsystemet-web' || !importer) return null;
      return /designsystemet-react[\\/]dist[\\/]esm[\\/]components[\\/]index\.js$/.test(importer) ? empty : null;
    },
    load(id) {
      return id === empty ? 'export {};' : null;
    },
  };
}

/** The design system's stylesheet without the components no page uses (see scripts/design-system-css.ts). */
function designSystemStylesUsed(): Plugin {
  return {
    name: 'samordna-design-system-styles-used',
    enforce: 'pre',
    transform(code, id) {
      if (!/designsystemet-css[\\/]dist[\\/]src[\\/]index\.css$/.test(id.split('?')[0]!)) return null;
      return { code: withoutUnusedComponents(code), map: null };
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
  plugins: [react(), stylesheetsFirst(), designSystemElementsWhereUsed(), designSystemStylesUsed()],
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // One stylesheet: it blocks the first paint, and on a slow line every further file costs a
    // round trip (the admin area's and the charts' few rules weigh less than that).
    cssCodeSplit: false,
    sourcemap: true,
    // The server reads which files hold each language's messages (see localeScripts).
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // The design system's custom elements (field, combobox, popover, tabs, tooltips,
              // with floating-ui under them) and the components that import them, in one chunk of
              // their own, loaded by the pages that use them (the forms); a public page that
              // shows headings, tables, links and selects loads none of it.
              name: 'design-system-forms',
              includeDependenciesRecursively: false,
              test: /node_modules[\\/](@digdir[\\/]designsystemet-web|@u-elements|@floating-ui|@digdir[\\/]designsystemet-react[\\/]dist[\\/]esm[\\/]components[\\/](field|breadcrumbs|details|pagination|popover|search|suggestion|tabs|tooltip)[\\/])/,
            },
            {
              // What every page needs before it runs, in one file: on a phone each further request
              // costs a round trip and the browser's work of fetching and compiling it.
              name: 'start',
              tags: ['$initial'],
            },
            {
              // The statistics pages' own code (profiles, indicator pages, their tables and
              // legends) in one file rather than a dozen small ones; the chart code (Plot, d3)
              // stays apart, loaded when a chart is drawn.
              name: 'statistics',
              test: (id: string) => /src[\\/]client[\\/](components[\\/]statistics|features[\\/]profiles)[\\/]/.test(id) && !/[\\/]charts\.ts$/.test(id),
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
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
