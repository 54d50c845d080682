import { useState } from 'react';
import { Button, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { INDICATOR_TOPICS, type IndicatorTopic } from '../../../shared/contracts/indicators';
import { formatNumber } from '../../../shared/domain/format-value';
import { useLocale, useLocalePath } from '../../app/locale-context';
import { canManageStatistics, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { SelectField } from '../../components/forms/SelectField';
import { Loading } from '../../components/Loading';
import { LocalizedInline } from '../../components/LocalizedText';
import { PageHeading } from '../../components/PageHeading';
import { Pager } from '../../components/Pager';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollTable } from '../../components/ScrollTable';
import { StatusMessage } from '../../components/StatusMessage';
import { useDebounced } from '../../components/use-debounced';
import { IllustrativeTag, usePeriodSpan } from './IndicatorFacts';
import { useIndicators } from './indicators.queries';

const PAGE = 25;

export function IndicatorListPage({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalePath();
  const location = useLocation();
  const span = usePeriodSpan();
  const [q, setQ] = useState('');
  const [topic, setTopic] = useState<IndicatorTopic | ''>('');
  const [offset, setOffset] = useState(0);
  const query = useDebounced(q.trim());
  const list = useIndicators({ q: query, topic, limit: PAGE, offset });
  const editable = canManageStatistics(user);
  const deleted = (location.state as { deleted?: string } | null)?.deleted;

  return (
    <div className="stack">
      <PageHeading title={t('indicators.title')} />
      <Paragraph>{t('indicators.intro')}</Paragraph>
      <StatusMessage message={deleted ? t('indicators.deleted', { name: deleted }) : null} />
      {editable ? (
        <div className="form-actions">
          <Button asChild variant="secondary">
            <RouterLink to={href('/admin/indikatorer/ny')}>{t('indicators.new')}</RouterLink>
          </Button>
          <AppLink to="/admin/import">{t('indicators.toImports')}</AppLink>
        </div>
      ) : null}
      <div role="search" aria-label={t('common.filters')} className="filters">
        <Textfield
          id="indicators-q"
          type="search"
          label={t('common.search')}
          description={t('indicators.searchHelp')}
          value={q}
          onChange={(e) => {
            setQ(e.target.value);
            setOffset(0);
          }}
        />
        <SelectField
          id="indicators-topic"
          label={t('indicators.form.topic')}
          value={topic}
          onChange={(e) => {
            setTopic(e.target.value as IndicatorTopic | '');
            setOffset(0);
          }}
        >
          <option value="">{t('indicators.allTopics')}</option>
          {INDICATOR_TOPICS.map((k) => (
            <option key={k} value={k}>
              {t(`indicatorTopic.${k}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ProblemAlert error={list.error} /> : null}
      {list.data ? (
        <>
          <Pager
            label={t('common.pages')}
            total={list.data.total}
            limit={PAGE}
            offset={offset}
            onChange={setOffset}
          />
          {list.data.items.length > 0 ? (
            <ScrollTable label={t('indicators.title')}>
              <Table zebra className="indicator-table">
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('indicators.form.code')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('indicators.form.name')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('indicators.form.unit')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('indicators.form.direction')}</Table.HeaderCell>
                    <Table.HeaderCell className="numeric">
                      {t('indicators.observations')}
                    </Table.HeaderCell>
                    <Table.HeaderCell>{t('indicators.periods')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {list.data.items.map((i) => (
                    <Table.Row key={i.id}>
                      <Table.Cell>
                        <code>{i.code}</code>
                      </Table.Cell>
                      <Table.Cell>
                        <AppLink to={`/admin/indikatorer/${encodeURIComponent(i.code)}`}>
                          <LocalizedInline text={i.name} />
                        </AppLink>
                        {i.isIllustrative ? (
                          <div>
                            <IllustrativeTag />
                          </div>
                        ) : null}
                      </Table.Cell>
                      <Table.Cell>{t(`indicatorUnit.${i.unit}`)}</Table.Cell>
                      <Table.Cell>{t(`direction.${i.direction}`)}</Table.Cell>
                      <Table.Cell className="numeric">
                        {formatNumber(i.observationCount, 0, locale)}
                      </Table.Cell>
                      <Table.Cell>
                        {span(i.firstPeriod, i.lastPeriod) || (
                          <span className="muted">{t('indicators.noPeriods')}</span>
                        )}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollTable>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
