import type { ReactNode } from 'react';
import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { Benefit, BenefitMeasurement } from '../../../shared/contracts/benefits';
import type { RealisationStatus } from '../../../shared/domain/benefits';
import { useLocale } from '../../app/locale-context';
import { useTranslation } from '../../app/translation';
import { LocalizedInline, useLocalized } from '../../components/LocalizedText';
import { ScrollTable } from '../../components/ScrollTable';
import { benefitValue, dayOf, periodLabel } from './benefit-format';
import { BenefitChart, benefitSummary } from './BenefitChart';
import './benefits.css';

const STATUS_COLOUR: Record<RealisationStatus, 'success' | 'warning' | 'danger' | 'neutral'> = {
  realised: 'success',
  partly_realised: 'warning',
  not_realised: 'danger',
  not_measurable: 'neutral',
};

export function RealisationTag({ status }: { status: RealisationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-color={STATUS_COLOUR[status]} data-size="sm">
      {t(`benefits.status.${status}`)}
    </Tag>
  );
}

/** Where a figure came from: the import (source, when, which file), or who entered it. */
function Provenance({ m }: { m: BenefitMeasurement }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (m.source === 'manual') {
    const date = m.enteredAt ? dayOf(m.enteredAt, locale) : '';
    return <>{m.enteredBy ? t('benefits.enteredBy', { who: m.enteredBy, date }) : t('benefits.entered', { date })}</>;
  }
  if (m.importId && m.importedAt) {
    const source = m.sourceName ?? m.importTitle ?? '';
    return m.sourceUrl ? (
      <a href={m.sourceUrl}>{t('benefits.importedFrom', { source, date: dayOf(m.importedAt, locale), file: m.fileName ?? '' })}</a>
    ) : (
      <>{t('benefits.importedFrom', { source, date: dayOf(m.importedAt, locale), file: m.fileName ?? '' })}</>
    );
  }
  return <>{m.sourceName ?? ''}</>;
}

/** Baseline, expected and latest figure of a benefit, in its unit. */
export function BenefitFacts({ benefit }: { benefit: Benefit | Omit<Benefit, 'measurements'> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <dl className="benefit-facts">
      <div>
        <dt>{t('benefits.measuredBy')}</dt>
        <dd>
          {benefit.indicator ? (
            <>
              <LocalizedInline text={benefit.indicator.name} />
              {benefit.area ? `, ${benefit.area.name}` : ''}
              {benefit.breakdown ? ` (${benefit.breakdown})` : ''}
            </>
          ) : (
            benefit.measureName
          )}
        </dd>
      </div>
      <div>
        <dt>{t('benefits.baseline')}</dt>
        <dd>
          {benefitValue(benefit, benefit.baselineValue, locale)} ({periodLabel(benefit.baselinePeriod, locale)})
        </dd>
      </div>
      <div>
        <dt>{t('benefits.expected')}</dt>
        <dd>
          {benefitValue(benefit, benefit.expectedValue, locale)} ({dayOf(`${benefit.expectedBy}T12:00:00Z`, locale)})
        </dd>
      </div>
      <div>
        <dt>{t('benefits.latest')}</dt>
        <dd>{benefit.latest?.value != null ? `${benefitValue(benefit, benefit.latest.value, locale)} (${periodLabel(benefit.latest.period, locale)})` : '–'}</dd>
      </div>
      {benefit.owner.organisation || benefit.owner.name ? (
        <div>
          <dt>{t('benefits.owner')}</dt>
          <dd>{[benefit.owner.organisation?.name, benefit.owner.name].filter(Boolean).join(', ')}</dd>
        </div>
      ) : null}
      {benefit.followUpUntil ? (
        <div>
          <dt>{t('benefits.followUpUntil')}</dt>
          <dd>{dayOf(`${benefit.followUpUntil}T12:00:00Z`, locale)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/**
 * The figures of one benefit with their provenance, oldest first, between the plan's baseline and
 * its expected value: the data of the benefit's chart. A withheld cell is shown by its status,
 * never as a number. `actions` adds a cell per row (delete an entered measurement).
 */
export function FiguresTable({ benefit, caption, actions }: { benefit: Benefit; caption: string; actions?: (m: BenefitMeasurement) => ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const planRow = (key: string, when: string, value: number) => (
    <tr key={key} className="benefit-plan-row">
      <th scope="row">{when}</th>
      <td className="numeric">{benefitValue(benefit, value, locale)}</td>
      <td>{t('benefits.chart.plan')}</td>
      <td />
      {actions ? <td /> : null}
    </tr>
  );
  return (
    <ScrollTable label={caption}>
      <Table zebra data-size="sm" className="benefit-figures">
        <caption className="ds-sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('benefits.column.period')}</th>
            <th scope="col" className="numeric">
              {t('benefits.column.value')}
            </th>
            <th scope="col">{t('benefits.column.source')}</th>
            <th scope="col">{t('benefits.column.note')}</th>
            {actions ? <th scope="col">{t('benefits.measurement.removeShort')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {planRow('baseline', t('benefits.chart.baselineAt', { period: periodLabel(benefit.baselinePeriod, locale) }), benefit.baselineValue)}
          {benefit.measurements.map((m, i) => (
            <tr key={m.id ?? `${m.period}-${i}`}>
              <th scope="row">{periodLabel(m.period, locale)}</th>
              <td className="numeric">
                {m.value === null ? t('benefits.withheld', { status: t(`observationStatus.${m.status}`) }) : benefitValue(benefit, m.value, locale)}
                {m.value !== null && m.status !== 'none' ? ` (${t(`observationStatus.${m.status}`)})` : ''}
              </td>
              <td>
                <Provenance m={m} />
              </td>
              <td>{m.note ?? ''}</td>
              {actions ? <td>{actions(m)}</td> : null}
            </tr>
          ))}
          {planRow('expected', t('benefits.chart.expectedBy', { date: dayOf(`${benefit.expectedBy}T12:00:00Z`, locale) }), benefit.expectedValue)}
        </tbody>
      </Table>
    </ScrollTable>
  );
}

/**
 * A benefit's figures three ways: a sentence that says where it stands, a chart of its baseline,
 * expected value and measured figures, and the same figures as a table with their provenance.
 */
export function BenefitFiguresBlock({ benefit, actions }: { benefit: Benefit; actions?: (m: BenefitMeasurement) => ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const title = useLocalized(benefit.title);
  const summaryId = `benefit-${benefit.id}-summary`;
  return (
    <div className="stack-sm">
      <Paragraph id={summaryId} data-size="sm">
        {benefitSummary(benefit, t, locale)}
      </Paragraph>
      <BenefitChart benefit={benefit} label={t('benefits.chart.label', { title: title.text })} descriptionId={summaryId} />
      <FiguresTable benefit={benefit} caption={t('benefits.figures', { title: title.text })} actions={actions} />
    </div>
  );
}

/** A project's benefits as the public page shows them: each with its status, figures and provenance. */
export function BenefitList({ benefits, headingLevel = 3 }: { benefits: Benefit[]; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  if (benefits.length === 0) return <Paragraph>{t('benefits.none')}</Paragraph>;
  return (
    <ul className="plain-list stack">
      {benefits.map((b) => (
        <li key={b.id} className="stack-sm benefit">
          <Heading level={headingLevel} data-size="xs">
            <LocalizedInline text={b.title} /> <RealisationTag status={b.status} />
          </Heading>
          <BenefitFacts benefit={b} />
          <BenefitFiguresBlock benefit={b} />
        </li>
      ))}
    </ul>
  );
}
