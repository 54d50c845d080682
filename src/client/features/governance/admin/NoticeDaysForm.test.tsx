import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { rememberCsrfToken } from '../../../app/api';
import { fakeApi, renderPage } from '../../../testing/render';
import { NoticeDaysForm } from './NoticeDaysForm';

const programmeId = '00000000-0000-4000-8000-000000000030';

describe('NoticeDaysForm', () => {
  beforeEach(() => rememberCsrfToken('token-1'));
  afterEach(() => vi.unstubAllGlobals());

  it('refuses a period outside 0–60 days beside the field, and saves one inside it', async () => {
    const api = fakeApi({ [`PUT /api/programmes/${programmeId}/governance-settings`]: { body: { noticeDays: 14 } } });
    vi.stubGlobal('fetch', api.fetch);
    renderPage(<NoticeDaysForm programmeId={programmeId} noticeDays={7} />, { path: '/', url: '/' });
    const field = screen.getByLabelText('Frist for møteinnkalling (dager før møtet)');
    expect((field as HTMLInputElement).value).toBe('7');

    fireEvent.change(field, { target: { value: '90' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre innstillingen' }));
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(0);

    fireEvent.change(field, { target: { value: '14' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre innstillingen' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Innstillingen er lagret.'));
    expect(api.calls.find((c) => c.method === 'PUT')!.body).toEqual({ noticeDays: 14 });
  });
});
