import { useState } from 'react';
import { Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import type { MandateVersion } from '../../../../shared/contracts/governance-bodies';
import { LOCALES, type Locale } from '../../../../shared/domain/localized';
import { useLocale } from '../../../app/locale-context';
import { Loading } from '../../../components/Loading';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { SelectField } from '../../../components/forms/SelectField';
import { useMandateDiff } from './governance-admin.queries';

/** Compares two versions of the mandate word by word: removed words struck out, added ones marked. */
export function MandateDiffView({ bodyId, versions }: { bodyId: string; versions: readonly MandateVersion[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const [from, setFrom] = useState<string>(sorted.at(-2)?.id ?? '');
  const [to, setTo] = useState<string>(sorted.at(-1)?.id ?? '');
  const [lang, setLang] = useState<Locale>(locale);
  const diff = useMandateDiff(bodyId, from || null, to || null, lang);
  if (sorted.length < 2) return null;
  const option = (v: MandateVersion) => (
    <option key={v.id} value={v.id}>
      {t('governanceAdmin.mandate.versionName', { version: v.version })} ({t(`governanceAdmin.mandate.status.${v.status}`)})
    </option>
  );
  return (
    <div className="stack-sm">
      <Heading level={3} data-size="sm" id="mandate-compare-heading">
        {t('governanceAdmin.mandate.compare')}
      </Heading>
      <Fieldset>
        <Fieldset.Legend>{t('governanceAdmin.mandate.compareChoose')}</Fieldset.Legend>
        <div className="gov-pair">
          <SelectField id="mandate-diff-from" label={t('governanceAdmin.mandate.compareFrom')} value={from} onChange={(e) => setFrom(e.target.value)}>
            {sorted.map(option)}
          </SelectField>
          <SelectField id="mandate-diff-to" label={t('governanceAdmin.mandate.compareTo')} value={to} onChange={(e) => setTo(e.target.value)}>
            {sorted.map(option)}
          </SelectField>
          <SelectField id="mandate-diff-lang" label={t('governanceAdmin.mandate.compareLanguage')} value={lang} onChange={(e) => setLang(e.target.value as Locale)}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </Fieldset>
      {from === to ? <Paragraph>{t('governanceAdmin.mandate.compareSame')}</Paragraph> : null}
      {diff.isFetching && !diff.data ? <Loading /> : null}
      {diff.isError ? <ProblemAlert error={diff.error} /> : null}
      {diff.data && from !== to ? (
        <div className="gov-diff" lang={diff.data.lang} aria-live="polite">
          <Paragraph data-size="sm" className="muted">
            {t('governanceAdmin.mandate.compareLegend')}
          </Paragraph>
          <p className="gov-diff-text">
            {diff.data.parts.map((p, i) =>
              p.kind === 'removed' ? <del key={i}>{p.text}</del> : p.kind === 'added' ? <ins key={i}>{p.text}</ins> : <span key={i}>{p.text}</span>,
            )}
          </p>
        </div>
      ) : null}
    </div>
  );
}
