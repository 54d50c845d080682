import { config, z } from 'zod';

/**
 * Zod as the contracts use it. In the browser it runs without compiling schemas: Zod would
 * otherwise probe once with an `eval` that the Content-Security-Policy forbids (and reports),
 * and the browser only validates small forms. This module is evaluated before any contract
 * builds a schema, which a setting made by the client's entry module would not be (the bundler
 * may evaluate a shared file first). The server keeps the compiled, faster parsing.
 */
if (typeof document !== 'undefined') config({ jitless: true });

export { z };
