import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { GatheringCreate, type CohortDetail } from '../../../../shared/contracts/development';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { AppLink } from '../../../components/AppLink';
import { ActionStatus } from '../../../components/forms/ActionStatus';
import { FormErrorSummary } from '../../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../../components/forms/form-errors';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { ScrollTable } from '../../../components/ScrollTable';
import { formatEventTime } from '../../events/event-format';
import { eventPath } from '../../events/events.queries';
import { fromLocalInput } from '../../governance/admin/form-support';
import { useAddGathering } from '../development.queries';
import { showFailure, withOwnMessages } from './office-forms';

const FORM_ID = 'gathering-new';
const FIELDS = ['title', 'startsAt', 'endsAt', 'place', 'address'] as const;
const empty = { title: '', lead: '', startsAt: '', endsAt: '', place: '', address: '', talks: '' };
type Values = typeof empty;

/** "09:30 | Velkommen | KS" per line: a gathering's programme of talks. */
export function talksOf(text: string) {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const [time = '', title = '', speaker = ''] = l.split('|').map((p) => p.trim());
      return { time, title, speaker };
    });
}

/** The cohort's gatherings, each an event of the programme whose talks, video and materials the events admin keeps. */
export function Gatherings({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="stack">
      {cohort.gatherings.length === 0 ? (
        <Paragraph>{t('development.office.gathering.none')}</Paragraph>
      ) : (
        <ScrollTable label={t('development.office.gathering.title')}>
          <Table data-size="sm">
            <caption className="visually-hidden">{t('development.office.gathering.title')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('development.office.gathering.name')}</Table.HeaderCell>
                <Table.HeaderCell>{t('development.office.gathering.when')}</Table.HeaderCell>
                <Table.HeaderCell>{t('development.office.gathering.place')}</Table.HeaderCell>
                <Table.HeaderCell>{t('development.office.gathering.state')}</Table.HeaderCell>
                <Table.HeaderCell>{t('development.office.gathering.content')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {cohort.gatherings.map((g) => (
                <Table.Row key={g.eventId}>
                  <Table.Cell>
                    <AppLink to={eventPath(cohort.programmeSlug, g.eventId)}>{g.title}</AppLink>
                  </Table.Cell>
                  <Table.Cell>{formatEventTime(g.startsAt, g.endsAt, locale)}</Table.Cell>
                  <Table.Cell>{[g.place, g.address].filter(Boolean).join(', ')}</Table.Cell>
                  <Table.Cell>
                    <Tag data-size="sm" data-color={g.isHeld ? 'neutral' : 'info'}>
                      {g.isHeld ? t('development.office.gathering.held') : t('development.office.gathering.ahead')}
                    </Tag>
                  </Table.Cell>
                  <Table.Cell>
                    <AppLink to={`/admin/arrangementer/${g.eventId}`} aria-label={t('development.office.gathering.editContentOf', { title: g.title })}>
                      {t('development.office.gathering.editContent')}
                    </AppLink>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollTable>
      )}
      <GatheringForm cohortId={cohort.id} />
    </div>
  );
}

function GatheringForm({ cohortId }: { cohortId: string }) {
  const { t } = useTranslation();
  const form = useFormErrors();
  const add = useAddGathering(cohortId);
  const [v, setV] = useState<Values>(empty);
  const [status, setStatus] = useState<string | null>(null);
  const labels: Record<string, string> = {};
  for (const f of FIELDS) labels[f] = t(`development.office.gathering.field.${f}`);
  labels.lead = t('development.office.gathering.field.lead');
  labels.talks = t('development.office.gathering.field.talks');
  const set = (f: keyof Values) => (e: { target: { value: string } }) => setV((x) => ({ ...x, [f]: e.target.value }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const parsed = validate(GatheringCreate, { title: v.title, lead: v.lead, startsAt: fromLocalInput(v.startsAt) ?? '', endsAt: fromLocalInput(v.endsAt), place: v.place, address: v.address, talks: talksOf(v.talks) });
    if (!parsed.ok) return form.setMessages(withOwnMessages(onTalks(parsed.messages)));
    form.clear();
    try {
      const created = await add.mutateAsync(parsed.data);
      setV(empty);
      setStatus(t('development.office.gathering.added', { title: created.title }));
    } catch (err) {
      showFailure(form, err, (p) => (p.startsWith('talks.') ? 'talks' : p));
    }
  };

  return (
    <section aria-labelledby={`${FORM_ID}-heading`} className="stack-sm">
      <Heading level={3} data-size="sm" id={`${FORM_ID}-heading`}>
        {t('development.office.gathering.new')}
      </Heading>
      <Paragraph data-size="sm">{t('development.office.gathering.newHelp')}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="stack form">
        <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
        <Textfield id={fieldId(FORM_ID, 'title')} label={labels.title} value={v.title} onChange={set('title')} error={form.errorFor('title')} />
        <Textfield id={fieldId(FORM_ID, 'lead')} label={labels.lead} multiline rows={2} value={v.lead} onChange={set('lead')} error={form.errorFor('lead')} />
        <div className="development-pair">
          {(['startsAt', 'endsAt'] as const).map((f) => (
            <Textfield key={f} id={fieldId(FORM_ID, f)} type="datetime-local" label={labels[f]} value={v[f]} onChange={set(f)} error={form.errorFor(f)} />
          ))}
        </div>
        <Textfield id={fieldId(FORM_ID, 'place')} label={labels.place} value={v.place} onChange={set('place')} error={form.errorFor('place')} />
        <Textfield id={fieldId(FORM_ID, 'address')} label={labels.address} value={v.address} onChange={set('address')} error={form.errorFor('address')} />
        <Textfield
          id={fieldId(FORM_ID, 'talks')}
          label={labels.talks}
          description={t('development.office.gathering.field.talksHelp')}
          multiline
          rows={4}
          value={v.talks}
          onChange={set('talks')}
          error={form.errorFor('talks')}
        />
        <div className="form-actions">
          <Button type="submit" disabled={add.isPending}>
            {t('development.office.gathering.add')}
          </Button>
          <ActionStatus message={status} />
        </div>
      </form>
    </section>
  );
}

/** A talk's error (talks.2.title) is shown on the talks' text area. */
function onTalks<M extends Record<string, { path: string }>>(messages: M): M {
  const out: Record<string, { path: string }> = {};
  for (const m of Object.values(messages)) {
    const path = m.path.startsWith('talks.') ? 'talks' : m.path;
    if (!out[path]) out[path] = { ...m, path };
  }
  return out as M;
}
