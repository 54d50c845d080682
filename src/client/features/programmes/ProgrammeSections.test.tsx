import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderPage } from '../../testing/render';
import type { Contact } from '../../../shared/contracts/programmes';
import { ContactGroups, ParticipationGroups } from './ProgrammeSections';

const contact = (id: string, title: string, titleNn: string | null, titleEn: string | null): Contact => ({
  id,
  personId: id,
  name: `Person ${id}`,
  title,
  titleNn,
  titleEn,
  email: null,
  phone: null,
  organisationName: null,
  role: 'programme_leader',
  sortOrder: 0,
});

describe('the contacts of a programme', () => {
  it('give each title in the reader’s language, and a title kept only in bokmål marked as such', () => {
    renderPage(<ContactGroups contacts={[contact('1', 'Programleder', 'Programleiar', 'Programme manager'), contact('2', 'Oppvekstsjef', null, null)]} />, { path: '/', url: '/', locale: 'en' });
    expect(screen.getByText('Programme manager').getAttribute('lang')).toBeNull();
    expect(screen.getByText('Oppvekstsjef').getAttribute('lang')).toBe('nb');
    expect(screen.queryByText('Programleder')).toBeNull();
  });

  it('in nynorsk', () => {
    renderPage(<ContactGroups contacts={[contact('1', 'Programleder', 'Programleiar', 'Programme manager')]} />, { path: '/', url: '/', locale: 'nn' });
    expect(screen.getAllByText('Programleiar').some((el) => el.tagName === 'SPAN')).toBe(true);
    expect(screen.queryByText('Programleder')).toBeNull();
  });
});

describe('the organisations taking part', () => {
  it('give each note in the reader’s language, and a note kept only in bokmål marked as such', () => {
    const part = (id: string, note: string, noteEn: string | null) => ({
      id,
      organisationId: id,
      organisationName: `Bydel ${id}`,
      organisationKind: 'city_district' as const,
      role: 'operative_board_member' as const,
      note,
      noteNn: null,
      noteEn,
    });
    renderPage(<ParticipationGroups participations={[part('1', 'Oppvekstsjef', 'Head of childhood and youth services'), part('2', 'Bydelsdirektør', null)]} />, { path: '/', url: '/', locale: 'en' });
    expect(screen.getByText('Head of childhood and youth services').getAttribute('lang')).toBeNull();
    expect(screen.getByText('Bydelsdirektør').getAttribute('lang')).toBe('nb');
    expect(screen.queryByText('Oppvekstsjef')).toBeNull();
  });
});
