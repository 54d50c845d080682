import { useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ApplicationForm } from '../../../../shared/contracts/application-form';
import type { Application } from '../../../../shared/contracts/calls';
import { useTranslation } from '../../../app/translation';
import { useLocale } from '../../../app/locale-context';
import { LocalizedInline } from '../../../components/LocalizedText';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { ScrollTable } from '../../../components/ScrollTable';
import { SelectField } from '../../../components/forms/SelectField';
import { Section } from '../../governance/public/governance-parts';
import { formatDeadline } from '../call-format';
import { fieldByKey } from '../../../../shared/domain/application-form';
import { formatAnswer, type NameOf } from './answer-format';
import { useDiff, useVersion } from './applications.queries';

function Lines({ lines }: { lines: string[] }) {
  return lines.length === 1 ? <>{lines[0]}</> : <ul className="answer-lines">{lines.map((l, i) => <li key={i}>{l}</li>)}</ul>;
}

/** One submitted version, as it was submitted: each section's fields and answers. */
function VersionView({ application, form, version, nameOf }: { application: Application; form: ApplicationForm; version: number; nameOf: NameOf }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const v = useVersion(application.id, version);
  if (v.isPending) return <Loading />;
  if (v.error) return <LoadFailed error={v.error} />;
  return (
    <section aria-labelledby="version-view-heading" className="stack-sm version-view">
      <Heading level={3} data-size="xs" id="version-view-heading">
        {t(v.data.submittedBy ? 'applications.versions.itemBy' : 'applications.versions.item', { version, at: formatDeadline(v.data.submittedAt, locale), by: v.data.submittedBy })}
      </Heading>
      {form.sections.map((s) => (
        <div key={s.key} className="stack-sm">
          <Heading level={4} data-size="2xs">
            <LocalizedInline text={s.title} />
          </Heading>
          <dl className="answer-list">
            {s.fields.map((f) => (
              <div key={f.key}>
                <dt>
                  <LocalizedInline text={f.label} />
                </dt>
                <dd>
                  <Lines lines={formatAnswer(f.kind, v.data.answers[f.key], locale, f, nameOf)} />
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </section>
  );
}

/** What changed between two versions, field by field. */
function DiffView({ application, form, from, to, nameOf }: { application: Application; form: ApplicationForm; from: number; to: number; nameOf: NameOf }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const diff = useDiff(application.id, from, to);
  if (diff.isPending) return <Loading />;
  if (diff.error) return <LoadFailed error={diff.error} />;
  const caption = t('applications.versions.diffTitle', { from, to });
  if (diff.data.changes.length === 0) return <Paragraph role="status">{t('applications.versions.noChanges', { from, to })}</Paragraph>;
  return (
    <ScrollTable label={caption}>
      <table className="portfolio-table diff-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('applications.versions.field')}</th>
            <th scope="col">{t('applications.versions.before', { version: from })}</th>
            <th scope="col">{t('applications.versions.after', { version: to })}</th>
          </tr>
        </thead>
        <tbody>
          {diff.data.changes.map((c) => {
            const field = fieldByKey(form, c.fieldKey);
            return (
              <tr key={c.fieldKey}>
                <th scope="row">
                  <LocalizedInline text={c.label} />
                </th>
                <td className="diff-before">
                  <Lines lines={formatAnswer(c.kind, c.before, locale, field, nameOf)} />
                </td>
                <td className="diff-after">
                  <Lines lines={formatAnswer(c.kind, c.after, locale, field, nameOf)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}

/** The submitted versions of an application: each can be read, and any two compared. */
export function ApplicationVersions({ application, form, nameOf }: { application: Application; form: ApplicationForm; nameOf: NameOf }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const versions = application.versions;
  const [viewing, setViewing] = useState<number | null>(null);
  const last = versions.at(-1)?.version ?? 0;
  // Until chosen: the latest version against the one before it (versions appear as they are submitted).
  const [chosenFrom, setFrom] = useState<number | null>(null);
  const [chosenTo, setTo] = useState<number | null>(null);
  const to = chosenTo ?? last;
  const from = chosenFrom ?? Math.max(0, to - 1);
  const [comparing, setComparing] = useState<{ from: number; to: number } | null>(null);
  return (
    <Section id="application-versions" title={t('applications.versions.title')}>
      {versions.length === 0 ? (
        <Paragraph>{t('applications.versions.none')}</Paragraph>
      ) : (
        <>
          <ul className="version-list">
            {versions.map((v) => (
              <li key={v.version}>
                {t(v.submittedBy ? 'applications.versions.itemBy' : 'applications.versions.item', { version: v.version, at: formatDeadline(v.submittedAt, locale), by: v.submittedBy })}{' '}
                <Button variant="tertiary" data-size="sm" aria-pressed={viewing === v.version} onClick={() => setViewing(viewing === v.version ? null : v.version)}>
                  {t('applications.versions.show', { version: v.version })}
                </Button>
              </li>
            ))}
          </ul>
          {viewing !== null ? <VersionView application={application} form={form} version={viewing} nameOf={nameOf} /> : null}
          <form
            className="version-compare"
            onSubmit={(e) => {
              e.preventDefault();
              setComparing({ from, to });
            }}
          >
            <SelectField id="compare-from" label={t('applications.versions.from')} value={String(from)} onChange={(e) => setFrom(Number(e.target.value))}>
              <option value="0">{t('applications.versions.empty')}</option>
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {t('applications.versions.number', { version: v.version })}
                </option>
              ))}
            </SelectField>
            <SelectField id="compare-to" label={t('applications.versions.to')} value={String(to)} onChange={(e) => setTo(Number(e.target.value))}>
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {t('applications.versions.number', { version: v.version })}
                </option>
              ))}
            </SelectField>
            <div>
              <Button type="submit" variant="secondary">
                {t('applications.versions.compare')}
              </Button>
            </div>
          </form>
          {comparing ? <DiffView application={application} form={form} from={comparing.from} to={comparing.to} nameOf={nameOf} /> : null}
        </>
      )}
    </Section>
  );
}
