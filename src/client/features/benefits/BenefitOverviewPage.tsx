import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Programme } from '../../../shared/contracts/programmes';
import type { BenefitOverview } from '../../../shared/contracts/benefits';
import { REALISATION_STATUSES, type RealisationCounts } from '../../../shared/domain/benefits';
import { useLocale } from '../../app/locale-context';
import type { MeUser } from '../../app/permissions';
import { useTranslation } from '../../app/translation';
import { AppLink } from '../../components/AppLink';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { LocalizedInline, useLocalized } from '../../components/LocalizedText';
import { PageHeading } from '../../components/PageHeading';
import { ProgrammeGate } from '../../components/ProgrammeGate';
import { ScrollTable } from '../../components/ScrollTable';
import { RealisationTag } from './BenefitFigures';
import { benefitValue, periodLabel } from './benefit-format';
import { useBenefitOverview } from './benefits.queries';
import './benefits.css';

/** The realisation of benefits across the programme's portfolio, for its secretariat and board members. */
export function BenefitOverviewPage({ user }: { user: MeUser }) {
  return <ProgrammeGate user={user} action="portfolio.readBenefits">{(programme) => <Overview programme={programme} />}</ProgrammeGate>;
}

function Overview({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const name = useLocalized(programme.name);
  const overview = useBenefitOverview(programme.id);
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${programme.slug}`}>{t('benefits.overview.back')}</AppLink>
      </Paragraph>
      <PageHeading title={`${t('benefits.overview.title')} – ${name.text}`}>{t('benefits.overview.title')}</PageHeading>
      <Paragraph>{t('benefits.overview.lead')}</Paragraph>
      {overview.isPending ? <Loading /> : overview.isError ? <LoadFailed error={overview.error} /> : <OverviewTables overview={overview.data} />}
    </div>
  );
}

function CountsHead({ first }: { first: string }) {
  const { t } = useTranslation();
  return (
    <Table.Head>
      <Table.Row>
        <Table.HeaderCell>{first}</Table.HeaderCell>
        {REALISATION_STATUSES.map((s) => (
          <Table.HeaderCell key={s} className="numeric">
            {t(`benefits.status.${s}`)}
          </Table.HeaderCell>
        ))}
      </Table.Row>
    </Table.Head>
  );
}

const countCells = (counts: RealisationCounts) =>
  REALISATION_STATUSES.map((s) => (
    <Table.Cell key={s} className="numeric">
      {counts[s]}
    </Table.Cell>
  ));

function OverviewTables({ overview }: { overview: BenefitOverview }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (overview.items.length === 0) return <Paragraph>{t('benefits.overview.none')}</Paragraph>;
  return (
    <>
      <section aria-labelledby="benefits-totals" className="stack-sm">
        <Heading level={2} data-size="sm" id="benefits-totals">
          {t('benefits.overview.totals')}
        </Heading>
        <ul className="plain-list benefit-totals">
          {REALISATION_STATUSES.map((s) => (
            <li key={s}>
              <RealisationTag status={s} /> <strong>{overview.totals[s]}</strong>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="benefits-by-goal" className="stack-sm">
        <Heading level={2} data-size="sm" id="benefits-by-goal">
          {t('benefits.overview.byGoal')}
        </Heading>
        {overview.byGoal.length === 0 ? (
          <Paragraph>{t('benefits.overview.noGoals')}</Paragraph>
        ) : (
          <ScrollTable label={t('benefits.overview.byGoal')}>
            <Table zebra data-size="sm" className="benefit-counts">
              <CountsHead first={t('benefits.overview.goal')} />
              <Table.Body>
                {overview.byGoal.map((g) => (
                  <Table.Row key={g.goal.id}>
                    <Table.HeaderCell scope="row">
                      <LocalizedInline text={g.goal.title} />
                    </Table.HeaderCell>
                    {countCells(g.counts)}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollTable>
        )}
      </section>
      <section aria-labelledby="benefits-by-project" className="stack-sm">
        <Heading level={2} data-size="sm" id="benefits-by-project">
          {t('benefits.overview.byProject')}
        </Heading>
        <ScrollTable label={t('benefits.overview.byProject')}>
          <Table zebra data-size="sm" className="benefit-counts">
            <CountsHead first={t('benefits.overview.project')} />
            <Table.Body>
              {overview.byProject.map((p) => (
                <Table.Row key={p.project.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink to={`/admin/prosjekter/${p.project.id}`}>
                      <LocalizedInline text={p.project.title} />
                    </AppLink>
                  </Table.HeaderCell>
                  {countCells(p.counts)}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      </section>
      <section aria-labelledby="benefits-items" className="stack-sm">
        <Heading level={2} data-size="sm" id="benefits-items">
          {t('benefits.overview.items')}
        </Heading>
        <ScrollTable label={t('benefits.overview.items')}>
          <Table zebra data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('benefits.overview.benefit')}</Table.HeaderCell>
                <Table.HeaderCell>{t('benefits.overview.project')}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{t('benefits.baseline')}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{t('benefits.latest')}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{t('benefits.expected')}</Table.HeaderCell>
                <Table.HeaderCell>{t('benefits.column.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {overview.items.map((b) => (
                <Table.Row key={b.id}>
                  <Table.HeaderCell scope="row">
                    <LocalizedInline text={b.title} />
                  </Table.HeaderCell>
                  <Table.Cell>
                    <LocalizedInline text={b.project.title} />
                  </Table.Cell>
                  <Table.Cell className="numeric">
                    {benefitValue(b, b.baselineValue, locale)} ({periodLabel(b.baselinePeriod, locale)})
                  </Table.Cell>
                  <Table.Cell className="numeric">{b.latest?.value != null ? `${benefitValue(b, b.latest.value, locale)} (${periodLabel(b.latest.period, locale)})` : '–'}</Table.Cell>
                  <Table.Cell className="numeric">{benefitValue(b, b.expectedValue, locale)}</Table.Cell>
                  <Table.Cell>
                    <RealisationTag status={b.status} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      </section>
    </>
  );
}
