import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { ActionProgrammeSummary } from '../../../../shared/contracts/action-programmes';
import type { BodyList } from '../../../../shared/contracts/governance-bodies';
import type { Meeting } from '../../../../shared/contracts/governance-meetings';
import type { Programme } from '../../../../shared/contracts/programmes';
import { isApiError } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { useLocalized } from '../../../components/LocalizedText';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { useProgramme } from '../../programmes/programmes.queries';
import { groupBodies, type BodyNode } from './governance-logic';
import { bodyPath, decisionsPath, FileLink, MeetingTable, Section, useProgrammeFeeds } from './governance-parts';
import { governanceLinks, useBodies, useProgrammeMeetings } from './governance.queries';
import { actionProgrammePath, formatYears } from '../action-programmes/action-programme-format';
import { useActionProgrammes } from '../action-programmes/action-programmes.queries';
import './governance-public.css';

type ListedBody = BodyList['bodies'][number];

/** The governance of a programme: its public bodies by kind, the meetings ahead, the feeds. */
export default function GovernancePage() {
  const { slug = '' } = useParams();
  const programme = useProgramme(slug);
  const bodies = useBodies(programme.data?.id);
  const meetings = useProgrammeMeetings(programme.data?.id, true);
  const actionProgrammes = useActionProgrammes(programme.data?.id);
  if (programme.isPending || (programme.isSuccess && (bodies.isPending || meetings.isPending || actionProgrammes.isPending))) return <Loading />;
  const error = programme.error ?? bodies.error ?? meetings.error ?? actionProgrammes.error;
  if (error) {
    if (isApiError(error) && error.code === 'NOT_FOUND') return <NotFoundPage />;
    return <LoadFailed error={error} />;
  }
  return <GovernanceView programme={programme.data!} bodies={bodies.data!} meetings={meetings.data!.meetings} actionProgrammes={actionProgrammes.data!.items.filter((a) => a.status === 'published')} />;
}

function GovernanceView({ programme, bodies, meetings, actionProgrammes }: { programme: Programme; bodies: BodyList; meetings: Meeting[]; actionProgrammes: ActionProgrammeSummary[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = useLocalized(programme.name);
  useProgrammeFeeds(programme.id, name.text);
  const groups = groupBodies(bodies.bodies);

  return (
    <article className="stack governance-page">
      <Paragraph data-size="sm">
        <AppLink to={`/program/${programme.slug}`} lang={name.lang}>
          {t('governancePublic.backTo', { name: name.text })}
        </AppLink>
      </Paragraph>
      <PageHeading title={`${t('governancePublic.overview.title')} – ${name.text}`} description={t('governancePublic.overview.intro')}>
        {t('governancePublic.overview.title')}
      </PageHeading>
      <Paragraph>{t('governancePublic.overview.intro')}</Paragraph>
      <ul className="plain-list governance-links">
        <li>
          <AppLink to={decisionsPath(programme.slug)}>{t('governancePublic.overview.allDecisions')}</AppLink>
        </li>
        <li>
          <FileLink href={governanceLinks.decisionFeed(programme.id, locale)} format="RSS">
            {t('governancePublic.feeds.decisions')}
          </FileLink>
        </li>
        <li>
          <FileLink href={governanceLinks.programmeCalendar(programme.id, locale)} format="iCalendar">
            {t('governancePublic.feeds.calendar')}
          </FileLink>
        </li>
      </ul>

      <Section id="bodies" title={t('governancePublic.overview.bodies')}>
        {groups.length === 0 ? <Paragraph>{t('governancePublic.overview.noBodies')}</Paragraph> : null}
        {groups.map((g) => (
          <section key={g.kind} aria-labelledby={`kind-${g.kind}`} className="stack-sm">
            <Heading level={3} data-size="sm" id={`kind-${g.kind}`}>
              {t(`governancePublic.kindGroup.${g.kind}`)}
            </Heading>
            <ul className="plain-list stack-sm">
              {g.nodes.map((n) => (
                <BodyCard key={n.body.id} node={n} slug={programme.slug} />
              ))}
            </ul>
          </section>
        ))}
      </Section>

      <Section id="upcoming" title={t('governancePublic.overview.upcoming')}>
        {meetings.length === 0 ? (
          <Paragraph>{t('governancePublic.overview.noUpcoming')}</Paragraph>
        ) : (
          <MeetingTable meetings={meetings} slug={programme.slug} caption={t('governancePublic.overview.upcomingCaption', { name: name.text })} showBody />
        )}
      </Section>

      {actionProgrammes.length > 0 ? (
        <Section id="action-programmes" title={t('governancePublic.overview.actionProgrammes')}>
          <ul className="plain-list stack-sm">
            {actionProgrammes.map((a) => (
              <ActionProgrammeLink key={a.id} ap={a} slug={programme.slug} />
            ))}
          </ul>
        </Section>
      ) : null}
    </article>
  );
}

function BodyFacts({ body }: { body: ListedBody }) {
  const { t } = useTranslation();
  const frequency = useLocalized(body.meetingFrequency);
  return (
    <dl className="facts">
      {body.meetingFrequency ? (
        <div>
          <dt>{t('governancePublic.body.frequency')}</dt>
          <dd lang={frequency.lang}>{frequency.text}</dd>
        </div>
      ) : null}
      {body.secretariatOrganisation ? (
        <div>
          <dt>{t('governancePublic.body.secretariat')}</dt>
          <dd>{body.secretariatOrganisation.name}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('governancePublic.body.members')}</dt>
        <dd>{body.memberCount}</dd>
      </div>
    </dl>
  );
}

function BodyCard({ node, slug, nested = false }: { node: BodyNode<ListedBody>; slug: string; nested?: boolean }) {
  const { t } = useTranslation();
  const name = useLocalized(node.body.name);
  const link = (
    <AppLink to={bodyPath(slug, node.body.id)} lang={name.lang}>
      {name.text}
    </AppLink>
  );
  return (
    <li className={nested ? 'governance-body governance-body-nested' : 'governance-body'}>
      {nested ? (
        <Paragraph className="governance-body-name">
          <span className="muted">{t(`governancePublic.kind.${node.body.kind}`)}: </span>
          {link}
        </Paragraph>
      ) : (
        <Heading level={4} data-size="xs">
          {link}
        </Heading>
      )}
      {!node.body.isActive ? (
        <Tag data-size="sm" data-color="warning">
          {t('governancePublic.body.inactive')}
        </Tag>
      ) : null}
      <BodyFacts body={node.body} />
      {node.children.length > 0 ? (
        <ul className="plain-list governance-body-children" aria-label={t('governancePublic.body.childrenOf', { name: name.text })}>
          {node.children.map((c) => (
            <BodyCard key={c.body.id} node={c} slug={slug} nested />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function ActionProgrammeLink({ ap, slug }: { ap: ActionProgrammeSummary; slug: string }) {
  const title = useLocalized(ap.title);
  return (
    <li>
      <AppLink to={actionProgrammePath(slug, ap.id)} lang={title.lang}>
        {title.text}
      </AppLink>{' '}
      <span className="muted">({formatYears(ap.periodFrom, ap.periodTo)})</span>
    </li>
  );
}
