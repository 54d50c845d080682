import { useState } from 'react';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import type { Indicator } from '../../../shared/contracts/indicators';
import { formatNumber } from '../../../shared/domain/format-value';
import { isApiError } from '../../app/api';
import { useLocale, useLocalePath } from '../../app/locale-context';
import { can, canOnOwned, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useLocalized } from '../../components/LocalizedText';
import { NoAccess } from '../../components/NoAccess';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { StatusMessage } from '../../components/StatusMessage';
import { IllustrativeTag, IndicatorFacts } from '../../components/statistics/IndicatorFacts';
import { periodSpan } from '../../components/statistics/format';
import { IndicatorForm } from './IndicatorForm';
import { indicatorValues, type IndicatorPrefill } from './indicator-form-values';
import { useDeleteIndicator, useIndicator, useSaveIndicator } from './indicators.queries';
import { OwnerFact, useOwnerChoice } from '../programmes/owner';
import { useProgrammes } from '../programmes/programmes.queries';

const FORM_ID = 'indicator';

export function IndicatorEditPage({ user }: { user: MeUser }) {
  const { code } = useParams();
  const { t } = useTranslation();
  const indicator = useIndicator(code);
  const programmes = useProgrammes();
  if (code === undefined) {
    if (!can(user, 'indicator.create')) return <NoAccess message={t('indicators.noAccess')} />;
    return <NewIndicator user={user} />;
  }
  if (indicator.isPending || programmes.isPending) return <Loading />;
  if (indicator.isError) {
    if (isApiError(indicator.error) && indicator.error.code === 'NOT_FOUND')
      return <NotFoundPage />;
    return <LoadFailed error={indicator.error} />;
  }
  // Only those who keep the indicator change it: its owner programme's analysts and secretariat.
  const keeps = (action: 'indicator.update' | 'indicator.delete') => canOnOwned(user, action, programmes.data ?? [], indicator.data.ownerProgrammeId);
  if (!keeps('indicator.update')) return <IndicatorView indicator={indicator.data} />;
  return <IndicatorEditor key={indicator.data.id} user={user} indicator={indicator.data} canDelete={keeps('indicator.delete')} />;
}

function BackLink() {
  const { t } = useTranslation();
  return <AppLink to="/admin/indikatorer">{t('indicators.backToList')}</AppLink>;
}

function NewIndicator({ user }: { user: MeUser }) {
  const { t } = useTranslation();
  const owner = useOwnerChoice(user, 'indicator.create');
  const href = useLocalePath();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const save = useSaveIndicator(undefined);
  // The import wizard links here with what the file says of a metric it cannot map yet.
  const prefill: IndicatorPrefill = {
    code: params.get('kode') ?? undefined,
    name: params.get('navn') ?? undefined,
    publisher: params.get('utgiver') ?? undefined,
    url: params.get('url') ?? undefined,
  };
  if (!owner.ready) return <Loading />;
  return (
    <div className="stack">
      <PageHeading title={t('indicators.new')} />
      <Paragraph>{t('indicators.newIntro')}</Paragraph>
      <IndicatorForm
        formId={FORM_ID}
        mode="create"
        owner={owner}
        initial={indicatorValues(undefined, prefill)}
        saving={save.isPending}
        onSave={async (data) => {
          const saved = await save.mutateAsync(data);
          navigate(href(`/admin/indikatorer/${encodeURIComponent(saved.code)}`), {
            state: { created: true },
          });
        }}
        actions={<BackLink />}
      />
    </div>
  );
}

function IndicatorView({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const name = useLocalized(indicator.name);
  return (
    <div className="stack">
      <PageHeading title={name.text} lang={name.lang} />
      <Paragraph>{t('indicators.readOnly')}</Paragraph>
      <dl className="facts">
        <OwnerFact ownerProgrammeId={indicator.ownerProgrammeId} />
      </dl>
      <IndicatorFacts indicator={indicator} detail="full" />
      <Paragraph>
        <BackLink />
      </Paragraph>
    </div>
  );
}

function IndicatorEditor({ user, indicator, canDelete }: { user: MeUser; indicator: Indicator; canDelete: boolean }) {
  // Its keepers can hand it over to another programme where they keep indicators.
  const owner = useOwnerChoice(user, 'indicator.create', undefined, indicator.ownerProgrammeId);
  const { t } = useTranslation();
  const locale = useLocale();
  const href = useLocalePath();
  const navigate = useNavigate();
  const location = useLocation();
  const save = useSaveIndicator(indicator.code);
  const remove = useDeleteIndicator(indicator.code);
  const name = useLocalized(indicator.name);
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const [message, setMessage] = useState<string | null>(created ? t('indicators.created') : null);
  const inUse = isApiError(remove.error) && remove.error.code === 'IN_USE';

  return (
    <div className="stack">
      <PageHeading title={name.text} lang={name.lang} />
      {indicator.source.isIllustrative ? (
        <div>
          <IllustrativeTag />
        </div>
      ) : null}
      <Paragraph>
        {indicator.observationCount === 0
          ? t('indicators.noObservations')
          : t('indicators.observationSpan', {
              count: indicator.observationCount,
              n: formatNumber(indicator.observationCount, 0, locale),
              span: periodSpan(indicator.firstPeriod, indicator.lastPeriod, locale),
            })}
      </Paragraph>
      {owner.offered ? null : (
        <dl className="facts">
          <OwnerFact ownerProgrammeId={indicator.ownerProgrammeId} />
        </dl>
      )}
      <StatusMessage message={message} />
      <IndicatorForm
        formId={FORM_ID}
        mode="edit"
        owner={owner.offered ? owner : undefined}
        initial={indicatorValues(indicator)}
        saving={save.isPending}
        onSave={async (data) => {
          setMessage(null);
          const saved = await save.mutateAsync(data);
          if (saved.code !== indicator.code) {
            navigate(href(`/admin/indikatorer/${encodeURIComponent(saved.code)}`), {
              replace: true,
              state: { saved: true },
            });
          }
          setMessage(t('common.saved'));
        }}
        actions={<BackLink />}
      />
      {canDelete ? (
        <section aria-labelledby="delete-heading" className="stack">
          <Heading level={2} data-size="md" id="delete-heading">
            {t('indicators.delete')}
          </Heading>
          {indicator.observationCount > 0 ? (
            <Paragraph>
              {t('indicators.cannotDeleteObservations', {
                count: indicator.observationCount,
                n: formatNumber(indicator.observationCount, 0, locale),
              })}
            </Paragraph>
          ) : (
            <>
              <Paragraph>{t('indicators.deleteHelp')}</Paragraph>
              {inUse ? (
                <Alert data-color="warning" role="alert">
                  <Paragraph>{t('indicators.inUse')}</Paragraph>
                </Alert>
              ) : null}
              <ConfirmDelete
                name={name.text}
                pending={remove.isPending}
                error={inUse ? null : remove.error}
                onConfirm={() =>
                  remove.mutate(undefined, {
                    onSuccess: () =>
                      navigate(href('/admin/indikatorer'), { state: { deleted: name.text } }),
                  })
                }
              />
            </>
          )}
        </section>
      ) : null}
    </div>
  );
}
