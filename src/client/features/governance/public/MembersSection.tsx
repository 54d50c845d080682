import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useSearchParams } from 'react-router';
import type { Membership } from '../../../../shared/contracts/governance-bodies';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { ScrollTable } from '../../../components/ScrollTable';
import { formatDate } from './governance-format';
import { groupMembers, type Seat } from './governance-logic';
import { Section } from './governance-parts';

function Person({ member, withRole }: { member: Membership; withRole: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="governance-member-name">{member.person.name}</span>
      {member.person.title ? <span className="muted">, {member.person.title}</span> : null}
      {withRole ? <> – {t(`governancePublic.role.${member.role}`)}</> : null}
      {member.organisation ? <> – {t('governancePublic.members.represents', { organisation: member.organisation.name })}</> : null}
      {!member.hasVote && member.role !== 'observer' && member.role !== 'secretary' && member.role !== 'personal_deputy' ? <> ({t('governancePublic.members.noVote')})</> : null}
    </>
  );
}

function SeatList({ seats, withRole }: { seats: readonly Seat[]; withRole: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list stack-sm governance-members">
      {seats.map((s) => (
        <li key={s.member.id}>
          <Person member={s.member} withRole={withRole} />
          {s.deputies.length > 0 ? (
            <ul className="plain-list governance-deputies" aria-label={t('governancePublic.members.deputiesOf', { name: s.member.person.name })}>
              {s.deputies.map((d) => (
                <li key={d.id}>
                  {t('governancePublic.members.personalDeputy')}: <Person member={d} withRole={false} />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function PastMembers({ members }: { members: readonly Membership[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const caption = t('governancePublic.members.pastCaption');
  if (members.length === 0) return <Paragraph>{t('governancePublic.members.noPast')}</Paragraph>;
  return (
    <ScrollTable label={caption}>
      <Table zebra className="governance-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('governancePublic.members.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governancePublic.members.role')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governancePublic.members.organisation')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governancePublic.members.period')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {members.map((m) => (
            <Table.Row key={m.id}>
              <Table.HeaderCell scope="row">{m.person.name}</Table.HeaderCell>
              <Table.Cell>{t(`governancePublic.role.${m.role}`)}</Table.Cell>
              <Table.Cell>{m.organisation?.name ?? ''}</Table.Cell>
              <Table.Cell>
                {formatDate(m.validFrom, locale)}–{m.validTo ? formatDate(m.validTo, locale) : ''}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}

/** The body's members by role, deputies under their member, observers apart; past ones on request. */
export function MembersSection({ members, history }: { members: readonly Membership[]; history: boolean }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const groups = groupMembers(members.filter((m) => m.isCurrent));
  const next = new URLSearchParams(params);
  if (history) next.delete('historikk');
  else next.set('historikk', '1');
  const toggle = `${pathname}${next.toString() ? `?${next.toString()}` : ''}#members`;
  const sub = (id: string, title: string, seats: readonly Seat[], withRole: boolean) =>
    seats.length > 0 ? (
      <section aria-labelledby={id} className="stack-sm">
        <Heading level={3} data-size="sm" id={id}>
          {title}
        </Heading>
        <SeatList seats={seats} withRole={withRole} />
      </section>
    ) : null;
  return (
    <Section id="members" title={t('governancePublic.members.title')}>
      {groups.members.length + groups.observers.length + groups.secretaries.length === 0 ? <Paragraph>{t('governancePublic.members.none')}</Paragraph> : null}
      {sub('members-seats', t('governancePublic.members.seats'), groups.members, true)}
      {groups.otherDeputies.length > 0 ? sub('members-deputies', t('governancePublic.members.deputies'), groups.otherDeputies.map((member) => ({ member, deputies: [] })), true) : null}
      {sub('members-observers', t('governancePublic.members.observers'), groups.observers, false)}
      {sub('members-secretaries', t('governancePublic.members.secretaries'), groups.secretaries, false)}
      <Paragraph>
        <Link asChild>
          <RouterLink to={toggle} preventScrollReset>
            {t(history ? 'governancePublic.members.hidePast' : 'governancePublic.members.showPast')}
          </RouterLink>
        </Link>
      </Paragraph>
      {history ? (
        <section aria-labelledby="members-past" className="stack-sm">
          <Heading level={3} data-size="sm" id="members-past">
            {t('governancePublic.members.past')}
          </Heading>
          <PastMembers members={members.filter((m) => !m.isCurrent)} />
        </section>
      ) : null}
    </Section>
  );
}
