import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { AuditEntry } from '../../../shared/contracts/audit';
import { renderPage } from '../../testing/render';
import { AuditTable } from './AuditTable';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-12-02T10:00:00.000Z',
  actorId: null,
  actorName: 'Kari Sekretær',
  action: 'update',
  entityType: 'programme_statistics',
  entityId: '00000000-0000-4000-8000-000000000001',
  programmeId: '00000000-0000-4000-8000-000000000001',
  before: {},
  after: {},
  requestId: null,
  label: { nb: 'Delprogram oppvekst og utdanning', en: 'Sub-programme for childhood and education' },
  changes: [],
  ...over,
});

describe('the audit table', () => {
  it('tells what changed in words: names, lists added to and taken from, and before and after', () => {
    renderPage(
      <AuditTable
        items={[
          entry({
            changes: [
              { field: 'focusAreas', before: null, after: null, added: ['Bydel Sagene (030103)'], removed: ['Bydel Alna (030112)'] },
              { field: 'organisationId', before: 'Bydel Sagene', after: null, added: [], removed: [] },
              { field: 'summary.en', before: 'Old text', after: 'New text', added: [], removed: [] },
              { field: 'someNewField', before: 1, after: 2, added: [], removed: [] },
            ],
          }),
        ]}
      />,
      { path: '/', url: '/' },
    );
    expect(screen.getByText('Delprogram oppvekst og utdanning')).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'Fokusområder: la til Bydel Sagene (030103); fjernet Bydel Alna (030112)',
      'Organisasjon: Bydel Sagene → (tomt)',
      'Sammendrag (engelsk): Old text → New text',
      // A field without a name in the messages shows as stored, to be noticed.
      'someNewField: 1 → 2',
    ]);
    expect(screen.getByText('someNewField').tagName).toBe('CODE');
    // The English text on a Norwegian page is marked as English.
    expect(screen.getByText(/Old text/).closest('[lang]')?.getAttribute('lang')).toBe('en');
  });
});
