import { Heading, Link } from '@digdir/designsystemet-react';
import type { ApplicationForm, FormField } from '../../../../shared/contracts/application-form';
import { isEmptyAnswer } from '../../../../shared/domain/application-form';
import { applicationsRoutes } from '../../../../shared/contracts/routes';
import { urlOf } from '../../../app/api';
import { useLocale } from '../../../app/locale-context';
import { numberFormat } from '../../../app/locale';
import { useTranslation } from '../../../app/translation';
import { LocalizedInline } from '../../../components/LocalizedText';
import { fileSize } from '../../../components/file-size';
import { formatDate, formatMoney } from '../../portfolio/portfolio-format';

type Answers = Readonly<Record<string, unknown>>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One answer as a reader sees it, by the kind of its field: an amount in kroner, a date written
 * out, the chosen options' labels, reach rows as "target group: count", attachments as links.
 */
export function AnswerValue({ field, value, applicationId }: { field: FormField; value: unknown; applicationId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (isEmptyAnswer(value)) return <span className="muted">{t('answersView.notAnswered')}</span>;
  switch (field.kind) {
    case 'amount':
      return <>{typeof value === 'number' ? formatMoney(value, 'NOK', locale) : String(value)}</>;
    case 'number':
      return <>{typeof value === 'number' ? numberFormat(locale, {}).format(value) : String(value)}</>;
    case 'date':
      return <>{typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, locale) : String(value)}</>;
    case 'choice': {
      const chosen = (Array.isArray(value) ? value : [value]).map((v) => field.options.find((o) => o.value === v));
      return (
        <>
          {chosen.map((o, i) => (
            <span key={i}>
              {i > 0 ? ', ' : ''}
              {o ? <LocalizedInline text={o.label} /> : String((Array.isArray(value) ? value : [value])[i])}
            </span>
          ))}
        </>
      );
    }
    case 'reach':
      return (
        <ul className="plain-list">
          {(Array.isArray(value) ? value : []).filter(isRecord).map((row, i) => (
            <li key={i}>{t('answersView.reachRow', { group: String(row.targetGroup ?? ''), n: typeof row.count === 'number' ? numberFormat(locale, {}).format(row.count) : '' })}</li>
          ))}
        </ul>
      );
    case 'goals':
    case 'efforts':
      return <>{t(`answersView.${field.kind}Chosen`, { count: Array.isArray(value) ? value.length : 0 })}</>;
    case 'attachment':
      return (
        <ul className="plain-list">
          {(Array.isArray(value) ? value : []).filter(isRecord).map((ref) => (
            <li key={String(ref.fileId)}>
              <Link href={urlOf(applicationsRoutes.attachment, { params: { id: applicationId, fileId: String(ref.fileId) } })}>{String(ref.name)}</Link>
              {typeof ref.size === 'number' ? ` (${String(ref.type ?? '').toUpperCase()}, ${fileSize(ref.size, locale)})` : ''}
            </li>
          ))}
        </ul>
      );
    default:
      return <span className="answer-text">{String(value)}</span>;
  }
}

/**
 * An application's answers read-only, beside the form's labels: each section with its title, each
 * field's label (and whether it was required) and the answer given.
 */
export function AnswersView({ form, answers, applicationId, headingLevel = 3 }: { form: ApplicationForm; answers: Answers; applicationId: string; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  return (
    <div className="stack answers-view">
      {form.sections.map((s) => (
        <section key={s.key} aria-labelledby={`answers-${s.key}`} className="stack-sm">
          <Heading level={headingLevel} data-size="xs" id={`answers-${s.key}`}>
            <LocalizedInline text={s.title} />
          </Heading>
          <dl className="answers-list">
            {s.fields.map((f) => (
              <div key={f.key} className="answers-row">
                <dt>
                  <LocalizedInline text={f.label} />
                  {f.required ? <span className="muted"> ({t('answersView.required')})</span> : null}
                </dt>
                <dd>
                  <AnswerValue field={f} value={Object.hasOwn(answers, f.key) ? answers[f.key] : undefined} applicationId={applicationId} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
