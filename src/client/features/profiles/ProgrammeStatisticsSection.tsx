import { localizeAreaNames } from '../../components/statistics/area-names';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import type { Programme } from '../../../shared/contracts/programmes';
import { pickText } from '../../../shared/domain/localized';
import { useLocale } from '../../app/locale-context';
import { AppLink } from '../../components/AppLink';
import { useProgrammeStatistics } from '../indicators/indicators.queries';
import { fillSlots, slot, useAreaNameList } from '../../components/statistics/AreaName';

/**
 * "Where are we?" on the public programme page: what the programme follows and a way in to the
 * statistics pages. Shown only when the programme follows indicators. It stays light (no
 * charts) because the programme page is part of the main bundle.
 */
export function ProgrammeStatisticsSection({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const statistics = useProgrammeStatistics(programme.id, (s) => localizeAreaNames(s, locale));
  const areaNames = useAreaNameList();
  const data = statistics.data;
  if (!data || data.indicators.length === 0) return null;
  const names = data.indicators.map((i) => pickText(i.name, locale).text);
  return (
    <section aria-labelledby="where-are-we" className="stack">
      <Heading level={2} data-size="md" id="where-are-we">
        {t('profiles.whereAreWe')}
      </Heading>
      <Paragraph>
        {t('profiles.section.indicators', { count: data.indicators.length })}
        {data.focusAreas.length > 0 ? ' ' : null}
        {data.focusAreas.length === 0
          ? null
          : data.referenceAreas.length > 0
            ? fillSlots(t('profiles.section.areasWithReferences', { count: data.focusAreas.length, list: slot('list') }), { list: areaNames(data.referenceAreas.map((a) => a.name)) })
            : t('profiles.section.areas', { count: data.focusAreas.length })}
      </Paragraph>
      <ul className="section-indicators">
        {names.map((n, i) => (
          <li key={data.indicators[i]!.id}>{n}</li>
        ))}
      </ul>
      <Paragraph>
        <AppLink to={`/program/${programme.slug}/statistikk`}>{t('profiles.section.link')}</AppLink>
      </Paragraph>
    </section>
  );
}
