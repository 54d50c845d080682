import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { call } from '../../../app/api';
import { meetingsRoutes } from '../../../../shared/contracts/routes';
import type { Case, CaseCreate } from '../../../../shared/contracts/governance-meetings';
import { pickText } from '../../../../shared/domain/localized';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { SelectField } from '../../../components/forms/SelectField';
import { useFormErrors } from '../../../components/forms/use-form-errors';
import { useBodies } from './governance-admin.queries';
import { RefusalAlert } from './RefusalAlert';

/**
 * Puts something to a body of the programme as a case whose decision has an effect (an
 * application decided, a project change approved): the secretariat chooses the body; the case,
 * with its effect, is made by `caseOf`. The body's page then puts it on a meeting's agenda.
 */
export function BoardCaseForm({ id, programmeId, heading, intro, button, caseOf, onCreated }: {
  id: string;
  programmeId: string;
  heading: string;
  intro: string;
  button: string;
  caseOf(): CaseCreate;
  onCreated(created: Case): void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const bodies = useBodies(programmeId);
  const create = useMutation({ mutationFn: ({ bodyId, body }: { bodyId: string; body: CaseCreate }) => call(meetingsRoutes.createCase, { params: { id: bodyId }, body }), onSuccess: onCreated });
  const form = useFormErrors();
  const [bodyId, setBodyId] = useState('');
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    if (!bodyId) return form.setMessages({ bodyId: { path: 'bodyId', keys: ['validation.required'] } });
    try {
      await create.mutateAsync({ bodyId, body: caseOf() });
    } catch {
      // Told by the alert above the form.
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate className="stack-sm subform">
      <Heading level={3} data-size="2xs">
        {heading}
      </Heading>
      <Paragraph data-size="sm">{intro}</Paragraph>
      {create.error ? <RefusalAlert error={create.error} /> : null}
      <SelectField id={`${id}-bodyId`} label={t('governanceAdmin.boardCase.body')} value={bodyId} onChange={(e) => setBodyId(e.target.value)} error={form.errorFor('bodyId')}>
        <option value="">{t('picker.choose')}</option>
        {(bodies.data?.bodies ?? []).map((b) => (
          <option key={b.id} value={b.id}>
            {pickText(b.name, locale).text}
          </option>
        ))}
      </SelectField>
      <div>
        <Button type="submit" disabled={create.isPending}>
          {button}
        </Button>
      </div>
    </form>
  );
}
