import { useState } from 'react';
import { Paragraph, Tag } from '@digdir/designsystemet-react';
import { useParams, useSearchParams } from 'react-router';
import type { BodyDetail } from '../../../../shared/contracts/governance-bodies';
import type { Meeting } from '../../../../shared/contracts/governance-meetings';
import { isApiError } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import { usePageFeeds } from '../../../app/page-info';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { LocalizedParagraphs, useLocalized } from '../../../components/LocalizedText';
import { NotFoundPage } from '../../../components/NotFoundPage';
import { PageHeading } from '../../../components/PageHeading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SectionNav } from '../../../components/SectionNav';
import { DecisionList } from './DecisionList';
import { formatDate } from './governance-format';
import { bodyPath, FileLink, governancePath, MeetingTable, PageLinks, Section, usePageNumber } from './governance-parts';
import { DECISIONS_PER_PAGE, governanceLinks, useBody, useBodyDecisions, useBodyMeetings } from './governance.queries';
import { MandateSection } from './MandateSection';
import { MembersSection } from './MembersSection';
import './governance-public.css';

/** A body: what it is, its mandate and its history, its members, meetings and decisions. */
export default function BodyPage() {
  const { bodyId = '', slug = '' } = useParams();
  const [params] = useSearchParams();
  const history = params.get('historikk') === '1';
  const detail = useBody(bodyId, history);
  if (detail.isPending) return <Loading />;
  if (detail.isError) {
    if (isApiError(detail.error) && (detail.error.code === 'NOT_FOUND' || detail.error.code === 'VALIDATION_FAILED')) return <NotFoundPage />;
    return <LoadFailed error={detail.error} />;
  }
  // A body is read under its own programme's address only.
  if (detail.data.programme.slug !== slug) return <NotFoundPage />;
  return <BodyView detail={detail.data} history={history} />;
}

function BodyFacts({ detail }: { detail: BodyDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { body, parent, children } = detail;
  const frequency = useLocalized(body.meetingFrequency);
  const parentName = useLocalized(parent?.name);
  const slug = detail.programme.slug;
  const period =
    body.activeFrom && body.activeTo
      ? t('governancePublic.body.periodRange', { from: formatDate(body.activeFrom, locale), to: formatDate(body.activeTo, locale) })
      : body.activeFrom
        ? t('governancePublic.body.periodFrom', { from: formatDate(body.activeFrom, locale) })
        : body.activeTo
          ? t('governancePublic.body.periodTo', { to: formatDate(body.activeTo, locale) })
          : null;
  return (
    <dl className="facts">
      <div>
        <dt>{t('governancePublic.body.kind')}</dt>
        <dd>{t(`governancePublic.kind.${body.kind}`)}</dd>
      </div>
      {period ? (
        <div>
          <dt>{t('governancePublic.body.period')}</dt>
          <dd>{period}</dd>
        </div>
      ) : null}
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
      {parent ? (
        <div>
          <dt>{t('governancePublic.body.partOf')}</dt>
          <dd>
            <AppLink to={bodyPath(slug, parent.id)} lang={parentName.lang}>
              {parentName.text}
            </AppLink>
          </dd>
        </div>
      ) : null}
      {children.length > 0 ? (
        <div>
          <dt>{t('governancePublic.body.children')}</dt>
          <dd>
            <ul className="plain-list">
              {children.map((c) => (
                <ChildLink key={c.id} slug={slug} child={c} />
              ))}
            </ul>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

function ChildLink({ slug, child }: { slug: string; child: BodyDetail['children'][number] }) {
  const name = useLocalized(child.name);
  return (
    <li>
      <AppLink to={bodyPath(slug, child.id)} lang={name.lang}>
        {name.text}
      </AppLink>
    </li>
  );
}

function BodyMeetings({ bodyId, slug, name }: { bodyId: string; slug: string; name: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const meetings = useBodyMeetings(bodyId);
  // The moment the page was first drawn splits the meetings; it stays put while the page is read.
  const [now] = useState(() => Date.now());
  const all: Meeting[] = meetings.data?.meetings ?? [];
  const upcoming = all.filter((m) => Date.parse(m.startsAt) >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = all.filter((m) => Date.parse(m.startsAt) < now).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <Section id="meetings" title={t('governancePublic.meetings.title')}>
      <Paragraph>
        <FileLink href={governanceLinks.bodyCalendar(bodyId, locale)} format="iCalendar">
          {t('governancePublic.feeds.bodyCalendar')}
        </FileLink>
      </Paragraph>
      {meetings.isError ? <ProblemAlert error={meetings.error} /> : null}
      {meetings.isSuccess && all.length === 0 ? <Paragraph>{t('governancePublic.meetings.none')}</Paragraph> : null}
      {upcoming.length > 0 ? <MeetingTable meetings={upcoming} slug={slug} caption={t('governancePublic.meetings.upcomingCaption', { name })} showBody={false} /> : null}
      {past.length > 0 ? <MeetingTable meetings={past} slug={slug} caption={t('governancePublic.meetings.pastCaption', { name })} showBody={false} /> : null}
    </Section>
  );
}

function BodyDecisions({ bodyId, slug }: { bodyId: string; slug: string }) {
  const { t } = useTranslation();
  const page = usePageNumber();
  const decisions = useBodyDecisions(bodyId, (page - 1) * DECISIONS_PER_PAGE);
  return (
    <Section id="decisions" title={t('governancePublic.decisions.title')}>
      {decisions.isError ? <ProblemAlert error={decisions.error} /> : null}
      {decisions.data && decisions.data.total === 0 ? <Paragraph>{t('governancePublic.decisions.none')}</Paragraph> : null}
      {decisions.data ? (
        <>
          <DecisionList decisions={decisions.data.items} slug={slug} level={3} showBody={false} />
          <PageLinks page={page} total={decisions.data.total} perPage={DECISIONS_PER_PAGE} label={t('governancePublic.decisions.paging')} hash="#decisions" />
        </>
      ) : null}
    </Section>
  );
}

function BodyView({ detail, history }: { detail: BodyDetail; history: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { body } = detail;
  const name = useLocalized(body.name);
  const programmeName = useLocalized(detail.programme.name);
  const description = useLocalized(body.description);
  const slug = detail.programme.slug;
  usePageFeeds([{ type: 'text/calendar', title: t('governancePublic.feeds.bodyCalendarTitle', { name: name.text }), href: governanceLinks.bodyCalendar(body.id, locale) }]);

  return (
    <article className="stack governance-page">
      <Paragraph data-size="sm">
        <AppLink to={governancePath(slug)}>{t('governancePublic.backToGovernance', { name: programmeName.text })}</AppLink>
      </Paragraph>
      <PageHeading title={`${name.text} – ${programmeName.text}`} description={description.text || t(`governancePublic.kind.${body.kind}`)} lang={name.lang}>
        {name.text}
      </PageHeading>
      <div className="tags">
        <Tag data-color="info" data-size="sm">
          {t(`governancePublic.kind.${body.kind}`)}
        </Tag>
        {!body.isActive ? (
          <Tag data-color="warning" data-size="sm">
            {t('governancePublic.body.inactive')}
          </Tag>
        ) : null}
      </div>
      <LocalizedParagraphs text={body.description} lead />
      <BodyFacts detail={detail} />
      <SectionNav
        label={t('governancePublic.body.sections')}
        sections={[
          { id: 'mandate', title: t('governancePublic.mandate.title') },
          { id: 'members', title: t('governancePublic.members.title') },
          { id: 'meetings', title: t('governancePublic.meetings.title') },
          { id: 'decisions', title: t('governancePublic.decisions.title') },
        ]}
      />
      <MandateSection detail={detail} />
      <MembersSection members={detail.members} history={history} />
      <BodyMeetings bodyId={body.id} slug={slug} name={name.text} />
      <BodyDecisions bodyId={body.id} slug={slug} />
    </article>
  );
}
