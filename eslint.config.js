import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

/*
 * Import boundaries. src/shared runs in the browser and in Node, so it imports neither side; the
 * client and the server never import each other; production code never imports test support
 * (src/server/testing, src/client/testing). Specifiers are relative (there are no path aliases),
 * so one that leaves its zone climbs to src/ and names the zone it enters: `../../server/…` from
 * shared, `../../../client/…` from a server feature. `./client` or `../db/client` stay inside.
 * Dynamic `import()` is held to the same rules as static imports and re-exports.
 */
const climbsInto = (zones) => `^(\\.\\./)+(${zones})(/|$)`;
const BOUNDARIES = {
  server: [climbsInto('server'), 'The client and shared code never import the server: put what both sides need in src/shared.'],
  client: [climbsInto('client'), 'The server and shared code never import the client: put what both sides need in src/shared.'],
  sharedZones: [climbsInto('server|client'), 'src/shared runs in the browser and in Node: it imports nothing from src/server or src/client.'],
  testing: ['(^|/)testing(/|$)', 'Production code never imports test support (src/server/testing, src/client/testing).'],
};
/** Tests and test support: everything under src that is not production code. */
const TESTS = ['**/*.test.{ts,tsx}', 'src/server/testing/**', 'src/client/testing/**'];

/** The boundary rules for one group of files, for static imports, re-exports and `import()`. */
function boundaries(...names) {
  const rules = names.map((n) => BOUNDARIES[n]);
  return {
    'no-restricted-imports': ['error', { patterns: rules.map(([regex, message]) => ({ regex, message })) }],
    'no-restricted-syntax': [
      'error',
      ...rules.map(([regex, message]) => ({ selector: `ImportExpression > Literal[value=/${regex.replaceAll('/', '\\/')}/]`, message })),
    ],
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'coverage/', 'test-results/', 'playwright-report/', '.tmp/', 'src/server/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.configs.recommended.rules },
  },
  { files: ['src/shared/**/*.{ts,tsx}'], rules: boundaries('sharedZones') },
  { files: ['src/server/**/*.{ts,tsx}'], ignores: TESTS, rules: boundaries('client', 'testing') },
  // page-renderer.ts hands tests the client's server-rendering entry, which production loads as
  // the build's bundle (dist/ssr): the one door from server-side code into src/client.
  { files: ['src/server/**/*.test.ts', 'src/server/testing/**'], ignores: ['src/server/testing/page-renderer.ts'], rules: boundaries('client') },
  { files: ['src/client/**/*.{ts,tsx}'], ignores: TESTS, rules: boundaries('server', 'testing') },
  { files: ['src/client/**/*.test.{ts,tsx}', 'src/client/testing/**'], rules: boundaries('server') },
  {
    // The browser calls endpoints through their routes (method and path, generated into
    // shared/contracts/routes.ts): a descriptor with its schemas would bring Zod and every schema
    // into the pages' script.
    files: ['src/client/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shared/contracts/*'],
              importNamePattern: '^[a-z]\\w*Api$',
              allowTypeImports: true,
              message: 'Call endpoints through shared/contracts/routes (npm run routes:generate); descriptors carry their schemas and Zod.',
            },
          ],
        },
      ],
    },
  },
  {
    // SQL lives in repos (and the kit in src/server/db): a service or a route holds rules and
    // permission checks and asks its repo, so a query is written once and found in one place.
    files: ['src/server/features/**/*.service.ts', 'src/server/features/**/*.routes.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'drizzle-orm', allowTypeImports: true, message: 'Queries live in the feature\'s repo; the service calls it.' }],
          patterns: [{ group: ['drizzle-orm/*'], allowTypeImports: true, message: 'Queries live in the feature\'s repo; the service calls it.' }],
        },
      ],
    },
  },
  {
    // The statistics formats library stands alone (see its README): it imports nothing from the
    // app nor from another workspace package, only from its own folder, Node and its packages.
    files: ['packages/statistics-formats/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./){2,}', message: 'The package imports nothing from outside its own folder.' },
            { regex: '^@samordna/', message: 'The package imports no workspace package (its own modules by relative path).' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', 'src/server/cli/**', 'e2e/**', 'bin/**'],
    rules: { 'no-console': 'off' },
  },
);
