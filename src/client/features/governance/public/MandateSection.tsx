import { useId } from 'react';
import { Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import type { BodyDetail, MandateVersion } from '../../../../shared/contracts/governance-bodies';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { splitParagraphs, useLocalized } from '../../../components/LocalizedText';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { ScrollTable } from '../../../components/ScrollTable';
import { SelectField } from '../../../components/forms/SelectField';
import { formatDate, formatDay } from './governance-format';
import { comparisonLanguage, currentMandate, defaultComparison, mandateText, osloToday } from './governance-logic';
import { meetingPath, Section } from './governance-parts';
import { useMandateDiff } from './governance.queries';
import { DiffLegend, MandateDiffView } from './MandateDiffView';

/** "Vedtatt i sak 12/2017 i styringsgruppa" (a link to the decision), or the cited source. */
function AdoptedBy({ version, slug }: { version: MandateVersion; slug: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const body = useLocalized(version.adoptedBy?.bodyName);
  if (version.adoptedBy) {
    const a = version.adoptedBy;
    return (
      <AppLink to={`${meetingPath(slug, a.meetingId)}#sak-${a.itemId}`}>
        {t('governancePublic.mandate.adoptedIn', { number: a.caseNumber, body: body.text, date: formatDay(a.date, locale) })}
      </AppLink>
    );
  }
  if (version.citedSource) return <>{t('governancePublic.mandate.citedSource', { source: version.citedSource })}</>;
  if (version.status === 'draft') return <>{t('governancePublic.mandate.draft')}</>;
  return null;
}

function CurrentMandate({ version, slug }: { version: MandateVersion; slug: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = mandateText(version, locale);
  return (
    <div className="stack-sm">
      <dl className="facts">
        {version.effectiveFrom ? (
          <div>
            <dt>{t('governancePublic.mandate.effectiveFrom')}</dt>
            <dd>{formatDate(version.effectiveFrom, locale)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('governancePublic.mandate.adopted')}</dt>
          <dd>
            <AdoptedBy version={version} slug={slug} />
          </dd>
        </div>
      </dl>
      {text.fallback ? <Paragraph data-size="sm" className="muted">{t('governancePublic.mandate.onlyInBokmal')}</Paragraph> : null}
      <div lang={text.fallback ? text.lang : undefined} className="governance-mandate-text">
        {splitParagraphs(text.text).map((p, i) => (
          <Paragraph key={i} className="keep-lines">
            {p}
          </Paragraph>
        ))}
      </div>
    </div>
  );
}

function VersionTable({ versions, current, slug }: { versions: readonly MandateVersion[]; current: MandateVersion | undefined; slug: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const caption = t('governancePublic.mandate.versionsCaption');
  return (
    <ScrollTable label={caption}>
      <Table zebra className="governance-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('governancePublic.mandate.version')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governancePublic.mandate.effectiveFrom')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('governancePublic.mandate.adopted')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {versions.map((v) => (
            <Table.Row key={v.id}>
              <Table.HeaderCell scope="row">
                {t('governancePublic.mandate.versionNumber', { version: v.version })}{' '}
                {v.id === current?.id ? (
                  <Tag data-size="sm" data-color="success">
                    {t('governancePublic.mandate.current')}
                  </Tag>
                ) : null}
              </Table.HeaderCell>
              <Table.Cell>{v.effectiveFrom ? formatDate(v.effectiveFrom, locale) : '–'}</Table.Cell>
              <Table.Cell>
                <AdoptedBy version={v} slug={slug} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollTable>
  );
}

/**
 * Two versions compared. The choice lives in the URL (`?fra=…&til=…&visning=side`), so the form
 * works before the page's script runs and a comparison can be linked to.
 */
function Comparison({ detail }: { detail: BodyDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const ids = { from: useId(), to: useId(), layout: useId() };
  const versions = detail.mandate.filter((v) => v.status === 'adopted');
  const fallback = defaultComparison(versions);
  const find = (id: string | null) => versions.find((v) => v.id === id);
  const from = find(params.get('fra')) ?? find(fallback?.from ?? null);
  const to = find(params.get('til')) ?? find(fallback?.to ?? null);
  const layout = params.get('visning') === 'side' ? 'side' : 'inline';
  const lang = from && to ? comparisonLanguage(from, to, locale) : locale;
  const diff = useMandateDiff(detail.body.id, from && to && from.id !== to.id ? { from: from.id, to: to.id, lang } : undefined);
  if (versions.length < 2 || !from || !to) return null;
  const label = (v: MandateVersion) => t('governancePublic.mandate.versionNumber', { version: v.version });

  return (
    <section aria-labelledby="mandate-compare" className="stack-sm">
      <Heading level={3} data-size="sm" id="mandate-compare">
        {t('governancePublic.mandate.compare')}
      </Heading>
      <form
        method="get"
        className="governance-compare-form"
        aria-label={t('governancePublic.mandate.compare')}
        onSubmit={(e) => {
          // With the script, the comparison changes in place; without it, the form loads the page.
          e.preventDefault();
          const next = new URLSearchParams(params);
          new FormData(e.currentTarget).forEach((value, key) => next.set(key, String(value)));
          setParams(next, { replace: true, preventScrollReset: true });
        }}
      >
        {params.get('historikk') ? <input type="hidden" name="historikk" value={params.get('historikk')!} /> : null}
        <SelectField id={ids.from} name="fra" label={t('governancePublic.mandate.compareFrom')} defaultValue={from.id} key={`f${from.id}`}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {label(v)}
            </option>
          ))}
        </SelectField>
        <SelectField id={ids.to} name="til" label={t('governancePublic.mandate.compareTo')} defaultValue={to.id} key={`t${to.id}`}>
          {versions.map((v) => (
            <option key={v.id} value={v.id}>
              {label(v)}
            </option>
          ))}
        </SelectField>
        <SelectField id={ids.layout} name="visning" label={t('governancePublic.mandate.layout')} defaultValue={layout} key={`l${layout}`}>
          <option value="inline">{t('governancePublic.mandate.layoutInline')}</option>
          <option value="side">{t('governancePublic.mandate.layoutSide')}</option>
        </SelectField>
        <Button type="submit" variant="secondary" data-size="sm">
          {t('governancePublic.mandate.compareButton')}
        </Button>
      </form>
      {from.id === to.id ? <Paragraph>{t('governancePublic.mandate.sameVersion')}</Paragraph> : null}
      {diff.isError ? <ProblemAlert error={diff.error} /> : null}
      {diff.data && from.id !== to.id ? (
        <div className="stack-sm" aria-live="polite">
          <Paragraph>{t('governancePublic.mandate.comparing', { from: label(diff.data.from), to: label(diff.data.to) })}</Paragraph>
          {diff.data.lang !== locale ? <Paragraph data-size="sm" className="muted">{t('governancePublic.mandate.compareInBokmal')}</Paragraph> : null}
          <DiffLegend />
          <MandateDiffView parts={diff.data.parts} layout={layout} lang={diff.data.lang === locale ? undefined : diff.data.lang} fromLabel={label(diff.data.from)} toLabel={label(diff.data.to)} />
        </div>
      ) : null}
    </section>
  );
}

/** The body's mandate: the version in force, every version, and a comparison of two. */
export function MandateSection({ detail }: { detail: BodyDetail }) {
  const { t } = useTranslation();
  const slug = detail.programme.slug;
  const current = currentMandate(detail.mandate, osloToday());
  return (
    <Section id="mandate" title={t('governancePublic.mandate.title')}>
      {current ? <CurrentMandate version={current} slug={slug} /> : <Paragraph>{t('governancePublic.mandate.none')}</Paragraph>}
      {detail.mandate.length > 0 ? (
        <section aria-labelledby="mandate-versions" className="stack-sm">
          <Heading level={3} data-size="sm" id="mandate-versions">
            {t('governancePublic.mandate.versions')}
          </Heading>
          <VersionTable versions={detail.mandate} current={current} slug={slug} />
        </section>
      ) : null}
      <Comparison detail={detail} />
    </Section>
  );
}
