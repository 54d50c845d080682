import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ApplicationForm, FormField } from '../../../shared/contracts/application-form';
import { urlOf } from '../../app/api';
import { useLocale } from '../../app/locale-context';
import { useTranslation } from '../../app/translation';
import { LocalizedInline, LocalizedParagraphs } from '../../components/LocalizedText';
import { fileSize } from '../../components/file-size';
import { applicationsRoutes } from '../../../shared/contracts/routes';
import { formatKroner } from '../governance/action-programmes/action-programme-format';
import { formatDate } from '../portfolio/portfolio-format';

type Answers = Record<string, unknown>;

/**
 * A submitted application as its reader sees it beside the form: each section with its fields'
 * labels and the answers given, "not answered" where a field was left empty.
 */
export function VersionAnswers({ form, answers, applicationId, headingLevel = 2 }: { form: ApplicationForm; answers: Answers; applicationId: string; headingLevel?: 2 | 3 }) {
  return (
    <div className="stack">
      {form.sections.map((section) => (
        <section key={section.key} className="stack-sm" aria-labelledby={`answers-${section.key}`}>
          <Heading level={headingLevel} data-size="xs" id={`answers-${section.key}`}>
            <LocalizedInline text={section.title} />
          </Heading>
          <dl className="answers">
            {section.fields.map((field) => (
              <div key={field.key}>
                <dt>
                  <LocalizedInline text={field.label} />
                </dt>
                <dd>
                  <Answer field={field} value={answers[field.key]} applicationId={applicationId} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

function Answer({ field, value, applicationId }: { field: FormField; value: unknown; applicationId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const empty = value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
  if (empty) return <span className="muted">{t('reviews.answers.empty')}</span>;
  switch (field.kind) {
    case 'long_text':
      return <LocalizedParagraphs text={{ nb: String(value) }} />;
    case 'amount':
      return <>{formatKroner(Number(value), locale)}</>;
    case 'date':
      return <>{formatDate(String(value), locale)}</>;
    case 'choice': {
      const chosen = Array.isArray(value) ? value : [value];
      return <>{chosen.map((v) => field.options.find((o) => o.value === v)).flatMap((o) => (o ? [o] : [])).map((o, i) => <span key={o.value}>{i ? ', ' : ''}<LocalizedInline text={o.label} /></span>)}</>;
    }
    case 'reach':
      return (
        <ul className="plain-list">
          {(value as { targetGroup: string; count: number }[]).map((r, i) => (
            <li key={i}>{t('reviews.answers.reach', { group: r.targetGroup, count: r.count })}</li>
          ))}
        </ul>
      );
    case 'goals':
    case 'efforts':
      return <>{t('reviews.answers.chosen', { count: (value as unknown[]).length })}</>;
    case 'attachment':
      return (
        <ul className="plain-list">
          {(value as { fileId: string; name: string; size: number }[]).map((f) => (
            <li key={f.fileId}>
              <a className="ds-link" href={urlOf(applicationsRoutes.attachment, { params: { id: applicationId, fileId: f.fileId } })}>
                {f.name}
              </a>{' '}
              ({fileSize(f.size, locale)})
            </li>
          ))}
        </ul>
      );
    default:
      return <Paragraph>{String(value)}</Paragraph>;
  }
}
