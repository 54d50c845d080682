import { useState, type FormEvent } from 'react';
import {
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import { ActionProgrammeCreate } from '../../../../shared/contracts/action-programmes';
import { LOCALES } from '../../../../shared/domain/localized';
import { useLocalePath } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { LocalizedTextFields } from '../../../components/forms/LocalizedTextFields';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { LoadFailed } from '../../../components/LoadFailed';
import { Loading } from '../../../components/Loading';
import { LocalizedInline } from '../../../components/LocalizedText';
import { ScrollTable } from '../../../components/ScrollTable';
import { emptyText, textPayload } from '../admin/form-support';
import { formatYears } from './action-programme-format';
import { useActionProgrammes, useCreateActionProgramme } from './action-programmes.queries';
import { actionProgrammeMessages, fieldsPayload, showRefusal } from './content-values';

/** The programme's action programmes for its secretariat: the list, and a new draft. */
export function ActionProgrammesSection({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation();
  const list = useActionProgrammes(programmeId);
  const [creating, setCreating] = useState(false);
  return (
    <section aria-labelledby="action-programmes-heading" className="stack">
      <Heading level={2} data-size="md" id="action-programmes-heading">
        {t('governanceAdmin.actionProgrammes.title')}
      </Heading>
      <Paragraph>{t('governanceAdmin.actionProgrammes.intro')}</Paragraph>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadFailed error={list.error} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <Paragraph>{t('governanceAdmin.actionProgrammes.empty')}</Paragraph>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <ScrollTable label={t('governanceAdmin.actionProgrammes.title')}>
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('governanceAdmin.actionProgramme.title')}</Table.HeaderCell>
                <Table.HeaderCell>{t('governanceAdmin.actionProgramme.period')}</Table.HeaderCell>
                <Table.HeaderCell>{t('governanceAdmin.actionProgrammes.status')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.data.items.map((ap) => (
                <Table.Row key={ap.id}>
                  <Table.Cell>
                    <AppLink to={`/admin/handlingsprogram/${ap.id}`}>
                      <LocalizedInline text={ap.title} />
                    </AppLink>
                  </Table.Cell>
                  <Table.Cell>{formatYears(ap.periodFrom, ap.periodTo)}</Table.Cell>
                  <Table.Cell>
                    <Tag
                      data-size="sm"
                      data-color={
                        ap.status === 'draft'
                          ? 'neutral'
                          : ap.status === 'adopted'
                            ? 'info'
                            : 'success'
                      }
                    >
                      {t(`governanceAdmin.actionProgrammeStatus.${ap.status}`)}
                    </Tag>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      ) : null}
      {creating ? (
        <NewActionProgramme programmeId={programmeId} onCancel={() => setCreating(false)} />
      ) : (
        <div>
          <Button variant="secondary" onClick={() => setCreating(true)}>
            {t('governanceAdmin.actionProgrammes.new')}
          </Button>
        </div>
      )}
    </section>
  );
}

function NewActionProgramme({ programmeId, onCancel }: { programmeId: string; onCancel(): void }) {
  const { t } = useTranslation();
  const href = useLocalePath();
  const navigate = useNavigate();
  const create = useCreateActionProgramme(programmeId);
  const form = useFormErrors();
  const formId = 'ap-new';
  const [v, setV] = useState({ title: emptyText(), periodFrom: '', periodTo: '' });
  const labels: Record<string, string> = {};
  for (const l of LOCALES)
    labels[`title.${l}`] = t('governanceAdmin.textIn', {
      field: t('governanceAdmin.actionProgramme.title'),
      language: t(`language.${l}`),
    });
  labels.periodFrom = t('governanceAdmin.actionProgramme.periodFrom');
  labels.periodTo = t('governanceAdmin.actionProgramme.periodTo');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const { periodFrom, periodTo } = fieldsPayload({
      ...v,
      challenges: emptyText(),
      priorities: [],
    });
    const parsed = validate(ActionProgrammeCreate, {
      title: textPayload(v.title),
      periodFrom,
      periodTo,
    });
    if (!parsed.ok) return form.setMessages(actionProgrammeMessages(parsed.messages));
    form.clear();
    try {
      const ap = await create.mutateAsync(parsed.data);
      void navigate(href(`/admin/handlingsprogram/${ap.id}`));
    } catch (err) {
      showRefusal(form, err);
    }
  };

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="stack form subform"
      aria-labelledby={`${formId}-heading`}
    >
      <Heading level={3} data-size="sm" id={`${formId}-heading`}>
        {t('governanceAdmin.actionProgrammes.new')}
      </Heading>
      <FormErrorSummary form={form} formId={formId} labels={labels} />
      <LocalizedTextFields
        formId={formId}
        field="title"
        legend={t('governanceAdmin.actionProgramme.title')}
        labels={labels}
        values={v.title}
        errorFor={form.errorFor}
        onChange={(lang, value) => setV((s) => ({ ...s, title: { ...s.title, [lang]: value } }))}
      />
      <Fieldset>
        <Fieldset.Legend>{t('governanceAdmin.actionProgramme.period')}</Fieldset.Legend>
        <div className="gov-pair">
          {(['periodFrom', 'periodTo'] as const).map((f) => (
            <Textfield
              key={f}
              id={fieldId(formId, f)}
              inputMode="numeric"
              label={labels[f]}
              value={v[f]}
              onChange={(e) => setV((s) => ({ ...s, [f]: e.target.value }))}
              error={form.errorFor(f)}
            />
          ))}
        </div>
      </Fieldset>
      <div className="form-actions">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending ? t('common.saving') : t('governanceAdmin.actionProgrammes.create')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
