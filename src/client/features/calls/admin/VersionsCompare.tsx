import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Application, DiffQuery } from '../../../../shared/contracts/calls';
import type { ApplicationForm, FormField } from '../../../../shared/contracts/application-form';
import { fieldByKey } from '../../../../shared/domain/application-form';
import { diffWords } from '../../../../shared/domain/word-diff';
import { useTranslation } from '../../../app/translation';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { LocalizedInline } from '../../../components/LocalizedText';
import { ScrollTable } from '../../../components/ScrollTable';
import { SelectField } from '../../../components/forms/SelectField';
import { AnswerValue } from '../components/AnswersView';
import { useApplicationDiff } from './calls-admin.queries';
import '../../governance/public/governance-public.css';

/** A text answer's change word by word: removed words struck through, added ones underlined, both said in words too. */
function TextChange({ before, after }: { before: string; after: string }) {
  const { t } = useTranslation();
  return (
    <p className="answer-text">
      {diffWords(before, after).map((p, i) =>
        p.kind === 'removed' ? (
          <del key={i} className="diff-removed">
            <span className="visually-hidden">{t('callsAdmin.compare.removed')} </span>
            {p.text}
          </del>
        ) : p.kind === 'added' ? (
          <ins key={i} className="diff-added">
            <span className="visually-hidden">{t('callsAdmin.compare.added')} </span>
            {p.text}
          </ins>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

const TEXT_KINDS = new Set(['short_text', 'long_text']);

/** Two submitted versions of an application compared field by field. */
export function VersionsCompare({ application: a, form }: { application: Application; form: ApplicationForm | null }) {
  const { t } = useTranslation();
  const versions = a.versions.map((v) => v.version);
  const [from, setFrom] = useState(versions.at(-2) ?? 0);
  const [to, setTo] = useState(versions.at(-1) ?? 1);
  const [query, setQuery] = useState<DiffQuery | null>(null);
  const diff = useApplicationDiff(a.id, query);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setQuery({ from, to });
  };
  return (
    <section aria-labelledby="compare-heading" className="stack-sm call-part">
      <Heading level={2} data-size="sm" id="compare-heading">
        {t('callsAdmin.compare.heading')}
      </Heading>
      <form onSubmit={submit} className="gov-pair call-compare-form">
        <SelectField id="compare-from" label={t('callsAdmin.compare.from')} value={String(from)} onChange={(e) => setFrom(Number(e.target.value))}>
          {versions.map((v) => (
            <option key={v} value={v}>
              {t('callsAdmin.compare.version', { version: v })}
            </option>
          ))}
        </SelectField>
        <SelectField id="compare-to" label={t('callsAdmin.compare.to')} value={String(to)} onChange={(e) => setTo(Number(e.target.value))}>
          {versions.map((v) => (
            <option key={v} value={v}>
              {t('callsAdmin.compare.version', { version: v })}
            </option>
          ))}
        </SelectField>
        <div className="call-compare-button">
          <Button type="submit">{t('callsAdmin.compare.show')}</Button>
        </div>
      </form>
      {query && diff.isPending ? <Loading /> : null}
      {diff.isError ? <LoadFailed error={diff.error} /> : null}
      {diff.data && diff.data.changes.length === 0 ? <Paragraph role="status">{t('callsAdmin.compare.same')}</Paragraph> : null}
      {diff.data && diff.data.changes.length > 0 ? (
        <ScrollTable label={t('callsAdmin.compare.caption', { from: diff.data.from, to: diff.data.to })}>
          <table className="portfolio-table call-diff">
            <caption>{t('callsAdmin.compare.caption', { from: diff.data.from, to: diff.data.to })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('callsAdmin.compare.field')}</th>
                <th scope="col">{t('callsAdmin.compare.version', { version: diff.data.from })}</th>
                <th scope="col">{t('callsAdmin.compare.version', { version: diff.data.to })}</th>
              </tr>
            </thead>
            <tbody>
              {diff.data.changes.map((c) => {
                const field = (form && fieldByKey(form, c.fieldKey)) ?? ({ kind: c.kind, key: c.fieldKey, label: c.label, required: false, options: [] } as unknown as FormField);
                const texts = TEXT_KINDS.has(c.kind) && typeof (c.before ?? '') === 'string' && typeof (c.after ?? '') === 'string';
                return (
                  <tr key={c.fieldKey}>
                    <th scope="row">
                      <LocalizedInline text={c.label} />
                    </th>
                    {texts ? (
                      <td colSpan={2}>
                        <TextChange before={String(c.before ?? '')} after={String(c.after ?? '')} />
                      </td>
                    ) : (
                      <>
                        <td>
                          <AnswerValue field={field} value={c.before} applicationId={a.id} />
                        </td>
                        <td>
                          <AnswerValue field={field} value={c.after} applicationId={a.id} />
                        </td>
                      </>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </section>
  );
}
