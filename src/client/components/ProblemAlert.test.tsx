import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ApiError } from '../app/api';
import { renderPage } from '../testing/render';
import { ProblemAlert } from './ProblemAlert';

describe('ProblemAlert', () => {
  it('says how long a held sign-in must wait, in whole minutes, in the reader’s language', () => {
    renderPage(<ProblemAlert error={new ApiError(429, 'RATE_LIMITED', { retryAfterSeconds: 841 })} />, { path: '/', url: '/' });
    expect(screen.getByRole('alert').textContent).toBe('For mange mislykkede forsøk. Prøv igjen om 15 minutter.');
  });

  it('says it in English and in the singular for the last minute', () => {
    renderPage(<ProblemAlert error={new ApiError(429, 'RATE_LIMITED', { retryAfterSeconds: 30 })} />, { path: '/en', url: '/en', locale: 'en' });
    expect(screen.getByRole('alert').textContent).toBe('Too many failed attempts. Try again in 1 minute.');
  });

  it('falls back to the general sentence when the answer does not say how long', () => {
    renderPage(<ProblemAlert error={new ApiError(429, 'RATE_LIMITED', {})} />, { path: '/', url: '/' });
    expect(screen.getByRole('alert').textContent).toBe('For mange forsøk. Vent litt og prøv igjen.');
  });
});
