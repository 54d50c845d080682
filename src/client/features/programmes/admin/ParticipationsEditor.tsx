import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PARTICIPATION_ROLES, ParticipationCreate, type Programme } from '../../../../shared/contracts/programmes';
import { EntityPicker } from '../../../components/forms/EntityPicker';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId, orNull, validate } from '../../../components/forms/form-errors';
import { SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { ScrollTable } from '../../../components/ScrollTable';
import { organisationSource } from '../../organisations/organisations.queries';
import { useAddParticipation, useRemoveParticipation } from '../programmes.queries';

const FORM_ID = 'participation-new';

/** The organisations taking part in the programme and their part, with add and remove. */
export function ParticipationsEditor({ programme, onMessage }: { programme: Programme; onMessage(text: string): void }) {
  const { t } = useTranslation();
  const add = useAddParticipation(programme.id);
  const remove = useRemoveParticipation(programme.id);
  const form = useFormErrors();
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [role, setRole] = useState('');
  const [note, setNote] = useState('');
  const labels = {
    organisationId: t('participations.organisation'),
    role: t('participations.role'),
    note: t('participations.note'),
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = validate(ParticipationCreate, { organisationId: organisationId ?? undefined, role: role || undefined, note: orNull(note) });
    if (!parsed.ok) return form.setMessages(parsed.messages);
    form.clear();
    add.mutate(parsed.data, {
      onSuccess: () => {
        setOrganisationId(null);
        setNote('');
        onMessage(t('participations.added'));
      },
      onError: form.setFailure,
    });
  };

  return (
    <section aria-labelledby="participations-heading" className="stack">
      <Heading level={2} data-size="md" id="participations-heading">
        {t('participations.title')}
      </Heading>
      {programme.participations.length === 0 ? (
        <Paragraph>{t('participations.none')}</Paragraph>
      ) : (
        <ScrollTable label={t('participations.title')}>
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{labels.organisationId}</Table.HeaderCell>
                <Table.HeaderCell>{labels.role}</Table.HeaderCell>
                <Table.HeaderCell>{labels.note}</Table.HeaderCell>
                <Table.HeaderCell>{t('common.actions')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {programme.participations.map((p) => (
                <Table.Row key={p.id}>
                  <Table.Cell>{p.organisationName}</Table.Cell>
                  <Table.Cell>{t(`participationRole.${p.role}`)}</Table.Cell>
                  <Table.Cell>{p.note}</Table.Cell>
                  <Table.Cell>
                    <Button
                      variant="tertiary"
                      data-size="sm"
                      data-color="danger"
                      disabled={remove.isPending}
                      aria-label={t('participations.removeNamed', { name: p.organisationName, role: t(`participationRole.${p.role}`) })}
                      onClick={() =>
                        remove.mutate(p.id, {
                          onSuccess: () => onMessage(t('participations.removed', { name: p.organisationName })),
                          onError: form.setFailure,
                        })
                      }
                    >
                      {t('common.remove')}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
      <form onSubmit={onSubmit} noValidate className="stack form subform" aria-labelledby="participation-add-heading">
        <Heading level={3} data-size="xs" id="participation-add-heading">
          {t('participations.add')}
        </Heading>
        <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
        <EntityPicker
          id={fieldId(FORM_ID, 'organisationId')}
          label={labels.organisationId}
          searchLabel={t('participations.searchOrganisation')}
          source={organisationSource}
          value={organisationId}
          onChange={setOrganisationId}
          error={form.errorFor('organisationId')}
          allowEmpty={false}
        />
        <SelectField id={fieldId(FORM_ID, 'role')} label={labels.role} value={role} onChange={(e) => setRole(e.target.value)} error={form.errorFor('role')}>
          <option value="">{t('picker.choose')}</option>
          {PARTICIPATION_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`participationRole.${r}`)}
            </option>
          ))}
        </SelectField>
        <Textfield id={fieldId(FORM_ID, 'note')} label={labels.note} value={note} onChange={(e) => setNote(e.target.value)} error={form.errorFor('note')} />
        <div className="form-actions">
          <Button type="submit" variant="secondary" disabled={add.isPending}>
            {add.isPending ? t('common.saving') : t('participations.addButton')}
          </Button>
        </div>
      </form>
    </section>
  );
}
