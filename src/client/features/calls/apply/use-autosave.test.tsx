import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ApplicationForm } from '../../../../shared/contracts/application-form';
import type { Application } from '../../../../shared/contracts/calls';
import { fakeApi, renderPage } from '../../../testing/render';
import { localCopyKey, useAutosave } from './use-autosave';

const ID = '11111111-1111-4111-8111-111111111111';
const FORM: ApplicationForm = {
  sections: [{ key: 'project', title: { nb: 'Prosjektet' }, fields: [{ kind: 'short_text', key: 'summary', label: { nb: 'Sammendrag' }, required: true, maxLength: 200 }] }],
};

function application(p: Partial<Application> = {}): Application {
  return {
    id: ID,
    callId: ID,
    callTitle: { nb: 'Utlysning' },
    organisation: { id: ID, name: 'Bydel Sagene' },
    title: 'Ungdomsråd',
    status: 'draft',
    currentVersion: 0,
    submittedAt: null,
    revision: 2,
    updatedAt: '2026-12-03T10:00:00.000Z',
    updatedBy: 'Hanne Lie',
    requestedAmount: null,
    programmeId: ID,
    partners: [],
    answers: { summary: 'Først' },
    missing: [],
    versions: [],
    deadline: null,
    returnComment: null,
    createdBy: 'Hanne Lie',
    createdAt: '2026-12-03T10:00:00.000Z',
    canEdit: true,
    decision: null,
    ...p,
  };
}

function Harness({ app }: { app: Application }) {
  const a = useAutosave(app, FORM, 'nb');
  return (
    <div>
      <label>
        Sammendrag
        <input value={String(a.answers.summary ?? '')} onChange={(e) => a.setAnswer('summary', e.target.value)} onBlur={() => void a.flush()} />
      </label>
      <p>status:{a.status}</p>
      <p>revision:{a.revision}</p>
      {a.theirs ? <button onClick={a.loadTheirs}>theirs</button> : null}
      {a.mine ? <p>mine:{String(a.mine.summary)}</p> : null}
    </div>
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

const saved = (body: unknown) => (body as { revision: number; answers: Record<string, unknown> });

describe('useAutosave', () => {
  it('saves on leaving a field with its revision, and keeps nothing in the browser once saved', async () => {
    const api = fakeApi({ [`PUT /api/applications/${ID}/answers`]: (body) => ({ body: application({ revision: saved(body).revision + 1, answers: saved(body).answers }) }) });
    vi.stubGlobal('fetch', api.fetch);
    renderPage(<Harness app={application()} />, { path: '/', url: '/' });
    fireEvent.change(screen.getByLabelText('Sammendrag'), { target: { value: 'Andre' } });
    expect(JSON.parse(window.localStorage.getItem(localCopyKey(ID))!)).toEqual({ answers: { summary: 'Andre' }, revision: 2 });
    fireEvent.blur(screen.getByLabelText('Sammendrag'));
    await screen.findByText('revision:3');
    expect(api.calls.find((c) => c.method === 'PUT')?.body).toEqual({ answers: { summary: 'Andre' }, revision: 2 });
    expect(screen.getByText('status:saved')).toBeTruthy();
    expect(window.localStorage.getItem(localCopyKey(ID))).toBeNull();
  });

  it("offers the other person's version when they saved meanwhile, and keeps the user's own text after loading it", async () => {
    const api = fakeApi({
      [`PUT /api/applications/${ID}/answers`]: { status: 409, body: { code: 'STATE_CHANGED', status: 409 } },
      [`GET /api/applications/${ID}`]: { body: application({ revision: 3, answers: { summary: 'Deres' }, updatedBy: 'Jonas Berg' }) },
    });
    vi.stubGlobal('fetch', api.fetch);
    renderPage(<Harness app={application()} />, { path: '/', url: '/' });
    fireEvent.change(screen.getByLabelText('Sammendrag'), { target: { value: 'Min' } });
    fireEvent.blur(screen.getByLabelText('Sammendrag'));
    await screen.findByText('status:conflict');
    // Typing on does not save over theirs unasked.
    fireEvent.change(screen.getByLabelText('Sammendrag'), { target: { value: 'Min tekst' } });
    fireEvent.blur(screen.getByLabelText('Sammendrag'));
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'theirs' }));
    expect((screen.getByLabelText('Sammendrag') as HTMLInputElement).value).toBe('Deres');
    expect(screen.getByText('mine:Min tekst')).toBeTruthy();
    expect(screen.getByText('revision:3')).toBeTruthy();
  });

  it('saves a copy left by a closed page at once; a newer save that says the same is no conflict', async () => {
    window.localStorage.setItem(localCopyKey(ID), JSON.stringify({ answers: { summary: 'Ulagret' }, revision: 2 }));
    const api = fakeApi({
      [`PUT /api/applications/${ID}/answers`]: { status: 409, body: { code: 'STATE_CHANGED', status: 409 } },
      [`GET /api/applications/${ID}`]: { body: application({ revision: 3, answers: { summary: 'Ulagret' } }) },
    });
    vi.stubGlobal('fetch', api.fetch);
    renderPage(<Harness app={application()} />, { path: '/', url: '/' });
    expect((screen.getByLabelText('Sammendrag') as HTMLInputElement).value).toBe('Ulagret');
    await waitFor(() => expect(screen.getByText('status:saved')).toBeTruthy());
    expect(screen.getByText('revision:3')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'theirs' })).toBeNull();
    expect(window.localStorage.getItem(localCopyKey(ID))).toBeNull();
  });
});
