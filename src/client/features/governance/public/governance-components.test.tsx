import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderPage } from '../../../testing/render';
import { agendaCase, agendaItem, membership } from '../../../testing/fixtures/governance';
import { AgendaItemView } from './AgendaItemView';
import { DiffLegend, MandateDiffView } from './MandateDiffView';
import { MembersSection } from './MembersSection';

const parts = [
  { kind: 'same' as const, text: 'Faggruppa skal ' },
  { kind: 'removed' as const, text: 'gi råd' },
  { kind: 'added' as const, text: 'gi faglige råd' },
  { kind: 'same' as const, text: ' til styret.' },
];

describe('MandateDiffView', () => {
  it('marks removed and added words with <del> and <ins>, visible signs and words for screen readers', () => {
    const { container } = renderPage(<MandateDiffView parts={parts} layout="inline" lang={undefined} fromLabel="Versjon 1" toLabel="Versjon 2" />, { path: '/', url: '/' });
    const del = container.querySelector('del')!;
    const ins = container.querySelector('ins')!;
    expect(del.textContent).toBe('[−Fjernet tekst: gi råd (slutt på fjernet tekst)]');
    expect(ins.textContent).toBe('[+Ny tekst: gi faglige råd (slutt på ny tekst)]');
    // The whole text reads in order: nothing kept is lost around the changes.
    expect(container.querySelector('.diff-text')!.textContent).toContain('Faggruppa skal ');
    expect(container.querySelector('.diff-text')!.textContent).toMatch(/til styret\.$/);
  });

  it('side by side: the older text with what was removed, the newer with what was added', () => {
    renderPage(<MandateDiffView parts={parts} layout="side" lang="nb" fromLabel="Versjon 1" toLabel="Versjon 2" />, { path: '/', url: '/' });
    const older = screen.getByRole('region', { name: 'Versjon 1' });
    const newer = screen.getByRole('region', { name: 'Versjon 2' });
    expect(older.querySelector('del')?.textContent).toContain('gi råd');
    expect(older.querySelector('ins')).toBeNull();
    expect(newer.querySelector('ins')?.textContent).toContain('gi faglige råd');
    expect(newer.querySelector('del')).toBeNull();
    expect(newer.querySelector('.diff-text')?.getAttribute('lang')).toBe('nb');
  });

  it('says so when nothing changed, and explains its signs in words', () => {
    renderPage(
      <>
        <MandateDiffView parts={[{ kind: 'same', text: 'Lik tekst.' }]} layout="inline" lang={undefined} fromLabel="1" toLabel="2" />
        <DiffLegend />
      </>,
      { path: '/', url: '/' },
    );
    expect(screen.getByText('Versjonene har samme tekst.')).toBeTruthy();
    expect(screen.getByRole('deletion').textContent).toContain('tekst som er tatt ut');
    expect(screen.getByRole('insertion').textContent).toContain('tekst som er lagt til');
  });
});

describe('MembersSection', () => {
  it('lists a personal deputy under the member they stand in for, with whom each represents, and observers apart', () => {
    const member = membership({ name: 'Ola Medlem', organisation: { id: 'o1', name: 'Hamar kommune' } });
    const deputy = membership({ name: 'Per Vara', role: 'personal_deputy', deputyFor: { id: member.id, name: 'Ola Medlem' }, organisation: { id: 'o1', name: 'Hamar kommune' } });
    const observer = membership({ name: 'Lise Observatør', role: 'observer', hasVote: false, organisation: { id: 'o2', name: 'Statsforvalteren' } });
    const past = membership({ name: 'Gammel Leder', role: 'chair', isCurrent: false, validTo: '2023-12-31' });
    renderPage(<MembersSection members={[deputy, observer, member, past]} history={false} />, { path: '/', url: '/' });
    const deputies = screen.getByRole('list', { name: 'Personlig vara for Ola Medlem' });
    expect(within(deputies).getByText('Per Vara')).toBeTruthy();
    expect(deputies.closest('li')?.textContent).toContain('Ola Medlem – Medlem – for Hamar kommune');
    const observers = screen.getByRole('region', { name: 'Observatører' });
    expect(observers.textContent).toContain('Lise Observatør – for Statsforvalteren');
    expect(screen.queryByText('Gammel Leder')).toBeNull();
    expect(screen.getByRole('link', { name: 'Vis tidligere medlemmer' }).getAttribute('href')).toBe('/?historikk=1#members');
  });
});

describe('AgendaItemView', () => {
  it('shows an exempt case to the public with only its number, public title and legal basis', () => {
    const item = agendaItem({
      number: '4/2026',
      case: agendaCase({ title: { nb: 'Søknad om tilskudd' }, isExempt: true, exemptionBasis: 'offl. § 13 jf. fvl. § 13', restricted: true }),
    });
    renderPage(
      <ol>
        <AgendaItemView item={item} slug="kultur-for-laering" showMinutes={false} />
      </ol>,
      { path: '/', url: '/' },
    );
    const article = screen.getByRole('article', { name: 'Sak 4/2026 Søknad om tilskudd' });
    expect(within(article).getByText('Unntatt offentlighet, offl. § 13 jf. fvl. § 13')).toBeTruthy();
    expect(within(article).queryByRole('heading', { name: 'Saksframlegg' })).toBeNull();
    expect(within(article).queryByRole('heading', { name: 'Forslag til vedtak' })).toBeNull();
  });

  it("links an open case's attachments with their size, and none of a restricted case's", () => {
    const attachment = { id: '00000000-0000-4000-8000-000000000077', name: 'Budsjett 2027.pdf', contentType: 'application/pdf', size: 2.5 * 1024 * 1024, createdAt: '2026-03-01T09:00:00.000Z' };
    renderPage(
      <ol>
        <AgendaItemView item={agendaItem({ number: '5/2026', case: agendaCase({ attachments: [attachment] }) })} slug="kultur-for-laering" showMinutes={false} />
        <AgendaItemView item={agendaItem({ number: '6/2026', case: agendaCase({ title: { nb: 'Unntatt' }, isExempt: true, exemptionBasis: 'offl. § 13', restricted: true, attachments: [] }) })} slug="kultur-for-laering" showMinutes={false} />
      </ol>,
      { path: '/', url: '/' },
    );
    const link = screen.getByRole('link', { name: 'Budsjett 2027.pdf' });
    expect(link.getAttribute('href')).toBe(`/api/case-attachments/${attachment.id}/file`);
    expect(link.parentElement!.textContent).toContain('2,5 MB');
    expect(screen.getAllByRole('heading', { name: 'Vedlegg' })).toHaveLength(1);
  });

  it('shows an open case its paper and proposal, and once decided the outcome, text and excerpt', () => {
    const conflict = { id: 'c1', itemId: 'i1', membershipId: 'm1', memberName: 'Ahmed Rahimi', reason: 'Søkeren er egen arbeidsgiver (fvl. § 6 annet ledd).', declaredAt: '2026-03-12T09:00:00.000Z', ruling: 'disqualified' as const, deputy: { membershipId: 'm2', name: 'Knut Moe' } };
    const item = agendaItem({ number: '12/2026', outcome: 'adopted', decisionText: { nb: 'Budsjettet er vedtatt.' }, decidedAt: '2026-03-12T11:00:00.000Z', conflicts: [conflict] });
    renderPage(
      <ol>
        <AgendaItemView item={item} slug="kultur-for-laering" showMinutes />
      </ol>,
      { path: '/', url: '/' },
    );
    expect(screen.getByText('Saksframlegget om budsjettet.')).toBeTruthy();
    expect(screen.getByText('Budsjettet vedtas.')).toBeTruthy();
    const decision = screen.getByRole('region', { name: 'Vedtak' });
    expect(decision.textContent).toContain('Vedtatt');
    expect(decision.textContent).toContain('Budsjettet er vedtatt.');
    expect(screen.getByRole('region', { name: 'Habilitet' }).textContent).toBe(
      'HabilitetAhmed Rahimi meldte mulig inhabilitet: Søkeren er egen arbeidsgiver (fvl. § 6 annet ledd). Erklært inhabil. Knut Moe møtte i stedet.',
    );
    expect(screen.getByRole('link', { name: 'Utskrift av sak 12/2026 (PDF)' }).getAttribute('href')).toBe(`/api/agenda-items/${item.id}/excerpt.pdf?lang=nb`);
  });
});
