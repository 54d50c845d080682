import { useMemo, useState } from 'react';
import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import type {
  AreaRef,
  IndicatorSummary,
  ProgrammeStatistics,
} from '../../../shared/contracts/indicators';
import { ProgrammeStatisticsUpdate } from '../../../shared/contracts/indicators';
import { indicatorsRoutes } from '../../../shared/contracts/routes';
import type { Programme } from '../../../shared/contracts/programmes';
import { call, isApiError } from '../../app/api';
import { useLocale } from '../../app/locale-context';
import { canInProgramme, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { FormErrorSummary } from '../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../components/forms/form-errors';
import { useFormErrors } from '../../components/forms/use-form-errors';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { LocalizedInline, useLocalized } from '../../components/LocalizedText';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { StatusMessage } from '../../components/StatusMessage';
import { useAreaSource } from '../areas/areas.queries';
import { useProgramme, useProgrammes } from '../programmes/programmes.queries';
import { pickText } from '../../../shared/domain/localized';
import { showIndicatorFailure, withIndicatorKeys } from './indicator-form-values';
import {
  fetchArea,
  indicatorCodeSource,
  indicatorKeys,
  useProgrammeStatistics,
  useSaveProgrammeStatistics,
} from './indicators.queries';
import { OrderedListEditor } from './OrderedListEditor';
import { sameOrder } from './ordered-list';

const FORM_ID = 'programme-statistics';
/** The contract's limits (ProgrammeStatisticsUpdate). */
const MAX = { indicators: 200, focusAreas: 500, referenceAreas: 10 };

export function ProgrammeStatisticsPage({ user }: { user: MeUser }) {
  const { slug = '' } = useParams();
  const programme = useProgramme(slug);
  const programmes = useProgrammes();
  const statistics = useProgrammeStatistics(programme.data?.id);

  if (programme.isPending || programmes.isPending) return <Loading />;
  if (programme.isError) {
    if (isApiError(programme.error) && programme.error.code === 'NOT_FOUND')
      return <NotFoundPage />;
    return <LoadFailed error={programme.error} />;
  }
  if (programmes.isError) return <LoadFailed error={programmes.error} />;
  if (statistics.isPending) return <Loading />;
  if (statistics.isError) return <LoadFailed error={statistics.error} />;
  const canEdit = canInProgramme(user, 'programme.manageStatistics', programmes.data, programme.data.id);
  const canAdminister = canInProgramme(user, 'programme.update', programmes.data, programme.data.id);
  return (
    <SettingsEditor
      key={programme.data.id}
      programme={programme.data}
      saved={statistics.data}
      canEdit={canEdit}
      canAdminister={canAdminister}
    />
  );
}

interface EditorProps {
  programme: Programme;
  saved: ProgrammeStatistics;
  canEdit: boolean;
  canAdminister: boolean;
}

function areaName(a: AreaRef): string {
  return `${a.name} (${a.code})`;
}

function SettingsEditor({ programme, saved, canEdit, canAdminister }: EditorProps) {
  const { t } = useTranslation();
  const areaSource = useAreaSource();
  const locale = useLocale();
  const qc = useQueryClient();
  const save = useSaveProgrammeStatistics(programme.id);
  const form = useFormErrors();
  const name = useLocalized(programme.name);
  const [indicators, setIndicators] = useState<IndicatorSummary[]>(saved.indicators);
  const [focusAreas, setFocusAreas] = useState<AreaRef[]>(saved.focusAreas);
  const [referenceAreas, setReferenceAreas] = useState<AreaRef[]>(saved.referenceAreas);
  const [announcement, setAnnouncement] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const indicatorSource = useMemo(() => indicatorCodeSource(locale), [locale]);
  const dirty =
    !sameOrder(indicators, saved.indicators) ||
    !sameOrder(focusAreas, saved.focusAreas) ||
    !sameOrder(referenceAreas, saved.referenceAreas);

  const labels = {
    indicatorIds: t('indicators.programme.indicators'),
    focusAreaIds: t('indicators.programme.focusAreas'),
    referenceAreaIds: t('indicators.programme.referenceAreas'),
  };
  const indicatorName = (i: IndicatorSummary) => `${pickText(i.name, locale).text} (${i.code})`;
  const announce = (text: string) => {
    setMessage(null);
    // The same words twice (two moves in a row) must still be read out: clear, then set.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(text));
  };

  const resolveIndicator = async (code: string): Promise<IndicatorSummary> => {
    const i = await qc.fetchQuery({
      queryKey: indicatorKeys.one(code),
      queryFn: () => call(indicatorsRoutes.get, { params: { code } }),
    });
    return {
      id: i.id,
      code: i.code,
      name: i.name,
      unit: i.unit,
      decimals: i.decimals,
      direction: i.direction,
      topic: i.topic,
      isIllustrative: i.isIllustrative,
    };
  };
  const resolveArea = async (id: string): Promise<AreaRef> => {
    const a = await fetchArea(id);
    return { id: a.id, code: a.code, name: a.name, kind: a.kind };
  };

  const onSave = () => {
    setMessage(null);
    const parsed = validate(ProgrammeStatisticsUpdate, {
      indicatorIds: indicators.map((i) => i.id),
      focusAreaIds: focusAreas.map((a) => a.id),
      referenceAreaIds: referenceAreas.map((a) => a.id),
    });
    if (!parsed.ok) return form.setMessages(withIndicatorKeys(parsed.messages));
    form.clear();
    save.mutate(parsed.data, {
      onSuccess: (result) => {
        setIndicators(result.indicators);
        setFocusAreas(result.focusAreas);
        setReferenceAreas(result.referenceAreas);
        setMessage(t('common.saved'));
      },
      onError: (err) => showIndicatorFailure(form, err),
    });
  };

  const areaItem = (a: AreaRef) => (
    <>
      {areaName(a)}{' '}
      <Tag data-size="sm" data-color="neutral">
        {t(`areaKind.${a.kind}`)}
      </Tag>
    </>
  );

  return (
    <div className="stack">
      <PageHeading title={t('indicators.programme.title', { name: name.text })} />
      <ul className="plain-list stack-sm">
        <li>
          {canAdminister ? (
            <AppLink to={`/admin/program/${programme.slug}`}>
              {t('indicators.programme.backToProgramme', { name: name.text })}
            </AppLink>
          ) : (
            <AppLink to={`/program/${programme.slug}`}>
              {t('indicators.programme.programmePage', { name: name.text })}
            </AppLink>
          )}
        </li>
        <li>
          <AppLink to={`/program/${programme.slug}/statistikk`}>
            {t('indicators.programme.publicStatistics')}
          </AppLink>
        </li>
        <li>
          <AppLink to="/admin/indikatorer">{t('indicators.programme.toCatalogue')}</AppLink>
        </li>
      </ul>
      <Paragraph>
        {canEdit ? t('indicators.programme.intro') : t('indicators.programme.readOnly')}
      </Paragraph>
      <StatusMessage message={message} />
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      {/* Not a <form>: Enter in a search field of the pickers must not save the whole page. */}
      <div className="stack form">
        <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
        <OrderedListEditor
          id={fieldId(FORM_ID, 'indicatorIds')}
          title={labels.indicatorIds}
          description={t('indicators.programme.indicatorsHelp')}
          emptyText={t('indicators.programme.noIndicators')}
          items={indicators}
          onChange={setIndicators}
          itemName={indicatorName}
          renderItem={(i) => (
            <>
              <LocalizedInline text={i.name} /> <code>{i.code}</code>
            </>
          )}
          announce={announce}
          readOnly={!canEdit}
          max={MAX.indicators}
          error={form.errorFor('indicatorIds')}
          picker={{
            label: t('indicators.programme.indicatorToAdd'),
            searchLabel: t('indicators.programme.searchIndicator'),
            source: indicatorSource,
            resolve: resolveIndicator,
          }}
        />
        <OrderedListEditor
          id={fieldId(FORM_ID, 'focusAreaIds')}
          title={labels.focusAreaIds}
          description={t('indicators.programme.focusAreasHelp')}
          emptyText={t('indicators.programme.noFocusAreas')}
          items={focusAreas}
          onChange={setFocusAreas}
          itemName={areaName}
          renderItem={areaItem}
          announce={announce}
          readOnly={!canEdit}
          max={MAX.focusAreas}
          error={form.errorFor('focusAreaIds')}
          picker={{
            label: t('indicators.programme.focusAreaToAdd'),
            searchLabel: t('indicators.programme.searchFocusArea'),
            source: areaSource,
            resolve: resolveArea,
          }}
        />
        <OrderedListEditor
          id={fieldId(FORM_ID, 'referenceAreaIds')}
          title={labels.referenceAreaIds}
          description={t('indicators.programme.referenceAreasHelp', { count: MAX.referenceAreas })}
          emptyText={t('indicators.programme.noReferenceAreas')}
          items={referenceAreas}
          onChange={setReferenceAreas}
          itemName={areaName}
          renderItem={areaItem}
          announce={announce}
          readOnly={!canEdit}
          max={MAX.referenceAreas}
          error={form.errorFor('referenceAreaIds')}
          picker={{
            label: t('indicators.programme.referenceAreaToAdd'),
            searchLabel: t('indicators.programme.searchReferenceArea'),
            source: areaSource,
            resolve: resolveArea,
          }}
        />
        {canEdit ? (
          <div className="form-actions">
            <Button disabled={save.isPending} onClick={onSave}>
              {save.isPending ? t('common.saving') : t('indicators.programme.save')}
            </Button>
            {dirty ? <span className="muted">{t('indicators.programme.unsaved')}</span> : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
