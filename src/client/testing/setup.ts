import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { loadAllLocales } from '../app/i18n';

// jsdom lacks CSS.escape, which the design system's elements use to find labels and fields.
const g = globalThis as { CSS?: { escape?: (value: string) => string } };
if (!g.CSS) g.CSS = {};
if (!g.CSS.escape) {
  g.CSS.escape = (value: string) => String(value).replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
}

// jsdom lacks document.getAnimations, which the design system's spinner calls.
if (!('getAnimations' in document)) Object.assign(document, { getAnimations: () => [] });

afterEach(() => cleanup());

// Every language's messages, as the browser would have loaded the page's.
await loadAllLocales();
