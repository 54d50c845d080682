import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import type { LanguageOverview, StandardDetail } from '../../../../shared/contracts/standards';
import { LANGUAGE_INFO, type LanguageStatus, type TranslationStatus } from '../../../../shared/domain/standards';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { QueryFailure } from '../../../components/ProgrammeGate';
import { ScrollTable } from '../../../components/ScrollTable';
import { dateTimeFormat } from '../../../../shared/domain/intl';
import { showFailure } from '../../governance/admin/form-support';
import { standardPath } from '../public/standard-paths';
import { usePublishStandard, useStandard } from '../standards.queries';
import { SourceEditor } from './SourceEditor';
import { TimelineEditor } from './TimelineEditor';
import '../public/standards.css';

const COLOR: Record<LanguageStatus, 'success' | 'warning' | 'neutral' | 'info'> = { current: 'success', outdated: 'warning', partial: 'info', missing: 'neutral' };

export function StatusTag({ status }: { status: LanguageStatus | TranslationStatus }) {
  const { t } = useTranslation();
  return (
    <Tag data-size="sm" data-color={COLOR[status]}>
      {t(`standards.status.${status}`)}
    </Tag>
  );
}

/** One standard for the secretariat (source, timeline, publishing) and its translators (the overview). */
export function StandardAdminPage() {
  const { id = '' } = useParams();
  const standard = useStandard(id);
  if (standard.isPending) return <Loading />;
  if (standard.isError) return <QueryFailure error={standard.error} />;
  return <StandardAdmin standard={standard.data} />;
}

function StandardAdmin({ standard }: { standard: StandardDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [saved, setSaved] = useState<string | null>(null);
  const date = dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Oslo' });
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${standard.programmeSlug}/standarder`}>{t('standards.admin.back')}</AppLink>
      </Paragraph>
      <PageHeading title={`${standard.title} – ${t('standards.admin.title')}`}>{standard.title}</PageHeading>
      {standard.basedOn ? (
        <Paragraph>
          {t(standard.basedOn.superseded ? 'standards.public.basedOnSuperseded' : 'standards.public.basedOn', { version: standard.basedOn.version })} {standard.basedOn.title}
        </Paragraph>
      ) : null}
      <section aria-labelledby="standard-versions" className="stack-sm">
        <Heading level={2} data-size="sm" id="standard-versions">
          {t('standards.admin.versions')}
        </Heading>
        {standard.versions.length === 0 ? (
          <Paragraph>{t('standards.admin.notPublished')}</Paragraph>
        ) : (
          <ul>
            {standard.versions.map((v) => (
              <li key={v.number}>
                {t('standards.public.versionOf', { number: v.number, date: date.format(new Date(v.publishedAt)) })}
                {v.note ? ` – ${v.note}` : ''}
              </li>
            ))}
          </ul>
        )}
        {standard.latestVersion ? (
          <Paragraph data-size="sm">
            <AppLink to={standardPath(standard.programmeSlug, standard.id)}>{t('standards.admin.publicPage')}</AppLink>
          </Paragraph>
        ) : null}
      </section>
      <ActionStatus message={saved} />
      {standard.canManage ? <PublishForm standard={standard} onPublished={() => setSaved(t('standards.admin.published'))} /> : null}
      <Overview standard={standard} />
      {standard.canManage ? (
        <>
          <SourceEditor key={`s${standard.revision}`} standard={standard} onSaved={() => setSaved(t('standards.admin.saved'))} />
          <TimelineEditor key={`t${standard.revision}`} standard={standard} onSaved={() => setSaved(t('standards.admin.saved'))} />
        </>
      ) : null}
    </div>
  );
}

function PublishForm({ standard, onPublished }: { standard: StandardDetail; onPublished(): void }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const publish = usePublishStandard(standard.id);
  const [note, setNote] = useState('');
  const id = 'standard-publish';
  const labels = { note: t('standards.admin.fields.note') };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    try {
      await publish.mutateAsync({ note, revision: standard.revision });
      setNote('');
      onPublished();
    } catch (err) {
      showFailure(form, err);
    }
  };
  return (
    <section aria-labelledby={`${id}-heading`} className="stack-sm">
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('standards.admin.publish')}
      </Heading>
      <Paragraph data-size="sm">{standard.draftChanged ? t('standards.admin.publishIntro') : t('standards.admin.nothingToPublish')}</Paragraph>
      {standard.draftChanged ? (
        <form onSubmit={submit} noValidate className="stack form subform">
          <FormErrorSummary form={form} formId={id} labels={labels} />
          <Textfield id={fieldId(id, 'note')} label={labels.note} value={note} onChange={(e) => setNote(e.target.value)} error={form.errorFor('note')} />
          <div>
            <Button type="submit" disabled={publish.isPending}>
              {t('standards.admin.publishButton', { number: (standard.latestVersion?.number ?? 0) + 1 })}
            </Button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

/** Every language × every section of the latest version, at a glance; each language links to its editor. */
function Overview({ standard }: { standard: StandardDetail }) {
  const { t } = useTranslation();
  const latest = standard.versions.at(-1);
  if (!latest) return null;
  const keys = standard.overview[0]?.sections.map((s) => s.key) ?? [];
  return (
    <section aria-labelledby="standard-overview" className="stack-sm">
      <Heading level={2} data-size="sm" id="standard-overview">
        {t('standards.admin.overview')}
      </Heading>
      <Paragraph data-size="sm">{t('standards.admin.overviewIntro', { number: latest.number })}</Paragraph>
      <ScrollTable label={t('standards.admin.overview')}>
        <Table data-size="sm">
          <caption className="visually-hidden">{t('standards.admin.overview')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('standards.admin.language')}</Table.HeaderCell>
              <Table.HeaderCell>{t('standards.admin.whole')}</Table.HeaderCell>
              {keys.map((k) => (
                <Table.HeaderCell key={k}>
                  <code>{k}</code>
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {standard.overview.map((o) => (
              <OverviewRow key={o.language} standard={standard} o={o} />
            ))}
          </Table.Body>
        </Table>
      </ScrollTable>
    </section>
  );
}

function OverviewRow({ standard, o }: { standard: StandardDetail; o: LanguageOverview }) {
  const { t } = useTranslation();
  const info = LANGUAGE_INFO[o.language];
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        <AppLink to={`/admin/standarder/${standard.id}/${o.language}`}>
          <span lang={o.language} dir={info.dir}>
            {info.name}
          </span>{' '}
          <span className="visually-hidden">{o.canEdit ? t('standards.admin.edit') : t('standards.admin.read')}</span>
        </AppLink>
      </Table.HeaderCell>
      <Table.Cell>
        <StatusTag status={o.status} />
      </Table.Cell>
      {o.sections.map((s) => (
        <Table.Cell key={s.key}>
          <StatusTag status={s.status} />
        </Table.Cell>
      ))}
    </Table.Row>
  );
}
