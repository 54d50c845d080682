import { screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { renderPage } from '../render';

/**
 * Fails on purpose. `npm test` runs it (SAMORDNA_SELF_CHECK=1) before the suite and stops unless
 * the run exits non-zero: proof that a failing client test fails the run.
 */
it('planted failure', () => {
  renderPage(<p>planted</p>, { path: '/', url: '/' });
  expect(screen.getByText('planted').textContent).toBe('not what it says');
});
