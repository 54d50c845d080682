import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import type { Programme } from '../../../../shared/contracts/programmes';
import type { ReportOverviewQuery } from '../../../../shared/contracts/reports';
import { STATUS_REPORT_STATES } from '../../../../shared/domain/reports';
import { useLocale } from '../../../app/locale-context';
import type { MeUser } from '../../../app/permissions';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { ChoiceFilter, ListFilters } from '../../../components/ListFilters';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { LocalizedInline, useLocalized } from '../../../components/LocalizedText';
import { PageHeading } from '../../../components/PageHeading';
import { ProgrammeGate } from '../../../components/ProgrammeGate';
import { ScrollTable } from '../../../components/ScrollTable';
import { useDebounced } from '../../../components/use-debounced';
import { formatDate } from '../../portfolio/portfolio-format';
import { useLessons, useReportOverview } from '../reports.queries';
import { RagTag, StateTag } from '../report-tags';
import { Snippet } from '../Snippet';
import '../reports.css';
import '../../governance/admin/governance-admin.css';

/** The secretariat's table of every report due across the programme's projects, and its lessons learned. */
export function ReportOverviewPage({ user }: { user: MeUser }) {
  return <ProgrammeGate user={user} action="programme.readInternal">{(programme) => <Overview programme={programme} />}</ProgrammeGate>;
}

const LATE = ['true', 'false'] as const;

function Overview({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = useLocalized(programme.name);
  const [params, setParams] = useSearchParams();
  const state = STATUS_REPORT_STATES.find((s) => s === params.get('status'));
  const late = LATE.find((l) => l === params.get('forsinket'));
  const query: ReportOverviewQuery = { ...(state ? { state } : {}), ...(late ? { late } : {}) };
  const overview = useReportOverview(programme.id, query);
  const setParam = (key: string, value: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  return (
    <div className="stack gov-admin">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${programme.slug}`}>{t('governanceAdmin.backToProgramme', { name: name.text })}</AppLink> ·{' '}
        <AppLink to={`/admin/program/${programme.slug}/prosjekter`}>{t('portfolio.admin.title')}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('reports.overview.title')} – ${name.text}`}>{t('reports.overview.title')}</PageHeading>
      <Paragraph>{t('reports.overview.lead')}</Paragraph>
      <ListFilters className="reports-filters">
        <ChoiceFilter id="reports-state" label={t('reports.status.state')} allLabel={t('reports.overview.anyState')} choices={STATUS_REPORT_STATES} choiceLabel={(s) => t(`reports.states.${s}`)} value={state ?? ''} onChange={(v) => setParam('status', v)} />
        <ChoiceFilter id="reports-late" label={t('reports.states.late')} allLabel={t('reports.overview.anyLate')} choices={LATE} choiceLabel={(l) => t(`reports.overview.late.${l}`)} value={late ?? ''} onChange={(v) => setParam('forsinket', v)} />
      </ListFilters>
      {overview.isPending ? (
        <Loading />
      ) : overview.isError ? (
        <LoadFailed error={overview.error} />
      ) : (
        <>
          <ul className="reports-counts" aria-label={t('reports.overview.counts')}>
            {(['due', 'late', 'draft', 'submitted', 'returned', 'approved'] as const).map((k) => (
              <li key={k}>
                {t(`reports.states.${k}`)}: <strong>{overview.data.counts[k]}</strong>
              </li>
            ))}
          </ul>
          <Paragraph role="status">{t('reports.overview.count', { count: overview.data.items.length })}</Paragraph>
          {overview.data.items.length ? (
            <ScrollTable label={t('reports.overview.title')}>
              <table className="reports-table">
                <thead>
                  <tr>
                    <th scope="col">{t('reports.overview.project')}</th>
                    <th scope="col">{t('reports.overview.owner')}</th>
                    <th scope="col">{t('reports.status.dueOn')}</th>
                    <th scope="col">{t('reports.status.state')}</th>
                    <th scope="col">{t('reports.status.rag')}</th>
                  </tr>
                </thead>
                <tbody>
                  {overview.data.items.map((r) => (
                    <tr key={`${r.project.id}-${r.dueOn}`}>
                      <th scope="row">
                        <AppLink to={`/admin/prosjekter/${r.project.id}`}>
                          <LocalizedInline text={r.project.title} />
                        </AppLink>
                      </th>
                      <td>{r.owner.name}</td>
                      <td>{formatDate(r.dueOn, locale)}</td>
                      <td>
                        <StateTag state={r.state} late={r.late} />
                      </td>
                      <td>{r.rag ? <RagTag rag={r.rag} /> : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          ) : null}
        </>
      )}
      <LessonsSearch programme={programme} />
    </div>
  );
}

function LessonsSearch({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const debounced = useDebounced(q.trim(), 300);
  const lessons = useLessons(programme.id, debounced ? { q: debounced } : {});
  return (
    <section aria-labelledby="lessons-heading" className="stack-sm">
      <Heading level={2} data-size="sm" id="lessons-heading">
        {t('reports.lessons.title')}
      </Heading>
      <Paragraph data-size="sm">
        {t('reports.lessons.adminLead')} <AppLink to={`/program/${programme.slug}/erfaringer`}>{t('reports.lessons.publicPage')}</AppLink>
      </Paragraph>
      <Textfield
        id="lessons-admin-q"
        type="search"
        label={t('reports.lessons.words')}
        description={t('reports.lessons.wordsHelp')}
        value={q}
        onChange={(e) =>
          setParams((p) => {
            const next = new URLSearchParams(p);
            if (e.target.value) next.set('q', e.target.value);
            else next.delete('q');
            return next;
          })
        }
      />
      {lessons.data ? (
        <>
          <Paragraph role="status">{t('reports.lessons.count', { count: lessons.data.total })}</Paragraph>
          <ul className="lessons-hits">
            {lessons.data.items.map((h, i) => (
              <li key={i}>
                <strong>
                  {t(`reports.lessonKinds.${h.kind}`)} – <LocalizedInline text={h.project.title} />
                </strong>
                <br />
                <span lang="nb">
                  <Snippet text={h.snippet} />
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
