import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { Contact, Participation, ProgrammeSummary } from '../../../shared/contracts/programmes';
import { CONTACT_ROLES, PARTICIPATION_ROLES } from '../../../shared/domain/programme-roles';
import { AppLink } from '../../components/AppLink';
import { LocalizedInline, useLocalized } from '../../components/LocalizedText';

/** Organisations grouped by their part in the programme, in the order of the governance model. */
export function ParticipationGroups({ participations }: { participations: readonly Participation[] }) {
  const { t } = useTranslation();
  const groups = PARTICIPATION_ROLES.map((role) => ({ role, items: participations.filter((p) => p.role === role) })).filter(
    (g) => g.items.length > 0,
  );
  return (
    <div className="stack">
      {groups.map((g) => (
        <div key={g.role} className="stack-sm">
          <Heading level={3} data-size="xs">
            {t(`participationGroup.${g.role}`)}
          </Heading>
          <ul className="plain-list">
            {g.items.map((p) => (
              <li key={p.id}>
                {p.organisationName}
                {p.note ? (
                  <span className="muted">
                    {' – '}
                    {/* In the reader's language where written so; else the bokmål note, marked as such. */}
                    <LocalizedInline text={{ nb: p.note, nn: p.noteNn, en: p.noteEn }} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** Phone numbers in `tel:` links may hold only digits and a leading plus. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function ContactGroups({ contacts }: { contacts: readonly Contact[] }) {
  const { t } = useTranslation();
  const groups = CONTACT_ROLES.map((role) => ({
    role,
    items: contacts.filter((c) => c.role === role).sort((a, b) => a.sortOrder - b.sortOrder),
  })).filter((g) => g.items.length > 0);
  return (
    <div className="stack">
      {groups.map((g) => (
        <div key={g.role} className="stack-sm">
          <Heading level={3} data-size="xs">
            {t(`contactGroup.${g.role}`)}
          </Heading>
          <ul className="card-grid">
            {g.items.map((c) => (
              <li key={c.id}>
                <Card data-color="neutral" className="contact-card">
                  <Paragraph className="contact-name">{c.name}</Paragraph>
                  {c.title ? (
                    <Paragraph data-size="sm">
                      <LocalizedInline text={{ nb: c.title, nn: c.titleNn, en: c.titleEn }} />
                    </Paragraph>
                  ) : null}
                  {c.organisationName ? <Paragraph data-size="sm">{c.organisationName}</Paragraph> : null}
                  <dl className="contact-details">
                    {c.email ? (
                      <div>
                        <dt>{t('programme.email')}</dt>
                        <dd>
                          <Link href={`mailto:${c.email}`}>{c.email}</Link>
                        </dd>
                      </div>
                    ) : null}
                    {c.phone ? (
                      <div>
                        <dt>{t('programme.phone')}</dt>
                        <dd>
                          <Link href={telHref(c.phone)}>{c.phone}</Link>
                        </dd>
                      </div>
                    ) : null}
                  </dl>
                </Card>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

export function ChildProgrammes({ items }: { items: readonly ProgrammeSummary[] }) {
  return (
    <ul className="card-grid">
      {items.map((p) => (
        <li key={p.id}>
          <ChildCard programme={p} />
        </li>
      ))}
    </ul>
  );
}

function ChildCard({ programme }: { programme: ProgrammeSummary }) {
  const name = useLocalized(programme.name);
  const summary = useLocalized(programme.summary);
  return (
    <Card data-color="neutral">
      <Heading level={3} data-size="xs">
        <AppLink to={`/program/${programme.slug}`} lang={name.lang}>
          {name.text}
        </AppLink>
      </Heading>
      {summary.text ? (
        <Paragraph data-size="sm" lang={summary.lang}>
          {summary.text}
        </Paragraph>
      ) : null}
    </Card>
  );
}
