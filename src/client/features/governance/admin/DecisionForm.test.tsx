import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { Membership } from '../../../../shared/contracts/governance-bodies';
import type { AgendaItem, MeetingDetail } from '../../../../shared/contracts/governance-meetings';
import { rememberCsrfToken } from '../../../app/api';
import { fakeApi, renderPage } from '../../../testing/render';
import { DecisionForm } from './DecisionForm';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const member = (n: number, name: string): Membership =>
  ({ id: id(n), bodyId: id(90), person: { id: id(n + 50), name, title: null }, organisation: null, role: 'member', deputyFor: null, hasVote: true, validFrom: '2026-01-01', validTo: null, isCurrent: true }) as Membership;
const members = [member(1, 'Per Berg'), member(2, 'Kari Dal')];
const item = { id: id(10), number: '3/2026', outcome: null, decisionText: null, forwardedTo: null, votes: null, case: { proposedDecision: { nb: 'Mandatet vedtas.' } } } as unknown as AgendaItem;
const detail = { meeting: { id: id(20), body: { id: id(90) } }, programme: { id: id(30) } } as unknown as MeetingDetail;

describe('DecisionForm', () => {
  beforeEach(() => rememberCsrfToken('token-1'));
  afterEach(() => vi.unstubAllGlobals());

  it('sends the proposed decision and the votes, and shows a refused vote beside the member', async () => {
    const api = fakeApi({
      [`GET /api/programmes/${id(30)}/bodies`]: { body: { programmeId: id(30), noticeDays: 7, bodies: [], canManage: true } },
      [`POST /api/agenda-items/${id(10)}/decision`]: {
        status: 400,
        body: { code: 'VALIDATION_FAILED', status: 400, errors: [{ path: 'votes.0.membershipId', code: 'disqualifiedVote', message: 'Per Berg is disqualified on this item and cannot vote on it' }] },
      },
    });
    vi.stubGlobal('fetch', api.fetch);
    renderPage(<DecisionForm item={item} detail={detail} members={members} />, { path: '/', url: '/' });

    fireEvent.change(screen.getByLabelText('Utfall'), { target: { value: 'adopted' } });
    fireEvent.change(screen.getByLabelText('Stemmen til Kari Dal'), { target: { value: 'for' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre vedtaket' }));

    await waitFor(() => expect(api.calls.some((c) => c.method === 'POST')).toBe(true));
    const sent = api.calls.find((c) => c.method === 'POST')!.body;
    expect(sent).toEqual({ outcome: 'adopted', decisionText: { nb: 'Mandatet vedtas.' }, forwardedToBodyId: null, votes: [{ membershipId: id(2), vote: 'for' }] });
    // The server names the first vote sent: Kari Dal's, not the first member's.
    const kari = screen.getByLabelText('Stemmen til Kari Dal');
    await waitFor(() => expect(kari.getAttribute('aria-invalid')).toBe('true'));
    const described = (kari.getAttribute('aria-describedby') ?? '').split(' ').map((d) => document.getElementById(d)?.textContent).join(' ');
    expect(described).toContain('Medlemmet er inhabilt i denne saken og kan ikke stemme.');
    expect(screen.getByLabelText('Stemmen til Per Berg').getAttribute('aria-invalid')).toBeNull();
  });
});
