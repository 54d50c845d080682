import type { ReactNode } from 'react';
import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import type { Programme } from '../../../shared/contracts/programmes';
import { isApiError } from '../../app/api';
import { useMe } from '../../app/auth';
import { canInProgramme } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { LocalizedParagraphs, splitParagraphs, useLocalized } from '../../components/LocalizedText';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useProgramme, useProgrammes } from './programmes.queries';
import { ChildProgrammes, ContactGroups, ParticipationGroups } from './ProgrammeSections';
import { ProgrammeGoalsSection } from '../goals/ProgrammeGoalsSection';
import { ProgrammeStatisticsSection } from '../profiles/ProgrammeStatisticsSection';
import { ProgrammeGovernanceSection } from '../governance/public/ProgrammeGovernanceSection';
import { ProgrammePortfolioSection } from '../portfolio/public/ProgrammePortfolioSection';
import { ProgrammeStandardsSection } from '../standards/public/ProgrammeStandardsSection';
import { ProgrammeCallsSection } from '../calls/ProgrammeCallsSection';
import { ProgrammeContentSection } from '../content/ProgrammeContentSection';
import { ProgrammeDocumentsSection } from '../documents/public/ProgrammeDocumentsSection';
import { ProgrammeEventsSection } from '../events/ProgrammeEventsSection';
import { ProgrammeDevelopmentSection } from '../development/public/ProgrammeDevelopmentSection';

export function ProgrammePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const programme = useProgramme(slug);
  if (programme.isPending) return <Loading />;
  if (programme.isError) {
    if (isApiError(programme.error) && programme.error.code === 'NOT_FOUND') return <NotFoundPage />;
    return (
      <div className="stack">
        <PageHeading title={t('programme.loadFailed')} />
        <ProblemAlert error={programme.error} />
      </div>
    );
  }
  return <ProgrammeView programme={programme.data} />;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="stack">
      <Heading level={2} data-size="md" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

function hasText(text: Programme['purpose']): boolean {
  return splitParagraphs(text.nb).length > 0 || Boolean(text.nn?.trim()) || Boolean(text.en?.trim());
}

function ProgrammeView({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const me = useMe();
  const all = useProgrammes();
  const name = useLocalized(programme.name);
  const parentName = useLocalized(programme.parent?.name);
  const summary = useLocalized(programme.summary);
  const canEdit = canInProgramme(me.data?.user, 'programme.update', all.data ?? [], programme.id);

  return (
    <article className="stack programme-page">
      {programme.parent ? (
        <Paragraph data-size="sm">
          {t('programme.partOf')}{' '}
          <AppLink to={`/program/${programme.parent.slug}`} lang={parentName.lang}>
            {parentName.text}
          </AppLink>
        </Paragraph>
      ) : null}
      <PageHeading title={name.text} description={summary.text} lang={name.lang} />
      <div className="tags">
        <Tag data-color="info" data-size="sm">
          {t(`programmeKind.${programme.kind}`)}
        </Tag>
        {!programme.isPublished ? (
          <Tag data-color="warning" data-size="sm">
            {t('programme.unpublished')}
          </Tag>
        ) : null}
      </div>
      <LocalizedParagraphs text={programme.summary} lead />
      {canEdit ? (
        <Paragraph>
          <AppLink to={`/admin/program/${programme.slug}`}>{t('programme.editInAdmin')}</AppLink>
        </Paragraph>
      ) : null}

      {hasText(programme.purpose) ? (
        <Section id="purpose" title={t('programme.purpose')}>
          <LocalizedParagraphs text={programme.purpose} />
        </Section>
      ) : null}
      {hasText(programme.goalText) ? (
        <Section id="goal" title={t('programme.goal')}>
          <LocalizedParagraphs text={programme.goalText} />
        </Section>
      ) : null}
      <ProgrammeDevelopmentSection programme={programme} />
      <ProgrammeContentSection programme={programme} />
      <ProgrammeGoalsSection programme={programme} />
      <ProgrammeStatisticsSection programme={programme} />
      <ProgrammeGovernanceSection programme={programme} />
      <ProgrammeCallsSection programme={programme} />
      <ProgrammeEventsSection programme={programme} />
      <ProgrammeStandardsSection programme={programme} />
      <ProgrammePortfolioSection programme={programme} />
      <ProgrammeDocumentsSection programme={programme} />
      {programme.children.length > 0 ? (
        <Section id="sub-programmes" title={t('programme.subProgrammes')}>
          <ChildProgrammes items={programme.children} />
        </Section>
      ) : null}
      {programme.participations.length > 0 ? (
        <Section id="organisations" title={t('programme.organisations')}>
          <ParticipationGroups participations={programme.participations} />
        </Section>
      ) : null}
      <Section id="contacts" title={t('programme.contacts')}>
        {programme.contacts.length > 0 ? <ContactGroups contacts={programme.contacts} /> : <Paragraph>{t('programme.noContacts')}</Paragraph>}
      </Section>
    </article>
  );
}
