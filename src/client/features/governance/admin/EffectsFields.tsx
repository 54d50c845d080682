import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../../app/translation';
import { EFFECT_KINDS } from '../../../../shared/domain/governance';
import { pickText, type LocalizedText } from '../../../../shared/domain/localized';
import { useLocale } from '../../../app/locale-context';
import { fieldId } from '../../../components/forms/form-errors';
import { ChoiceOptions, SelectField } from '../../../components/forms/SelectField';
import type { EffectValues } from './case-form-values';

export interface EffectTargets {
  /** Mandate drafts that a decision may adopt, with their body's name. */
  drafts: readonly { id: string; version: number; bodyName: LocalizedText }[];
  bodies: readonly { id: string; name: LocalizedText }[];
  /** The programme's draft action programmes, which a decision may adopt. */
  actionProgrammes: readonly { id: string; title: LocalizedText }[];
}

const TARGET_LABEL = { adopt_mandate_version: 'effectDraft', adopt_action_programme: 'effectActionProgramme', establish_body: 'effectBody', dissolve_body: 'effectBody', decide_application: 'effectApplication', decide_project_change: 'effectProjectChange' } as const;

/**
 * The effects this form prepares. A decision on an application is prepared from the application's
 * reviews, and one on a project change request from the project's page: each names its target there.
 */
const FORM_EFFECT_KINDS = EFFECT_KINDS.filter((k) => k !== 'decide_application' && k !== 'decide_project_change');

/** What the case's decision will change when adopted: adopt a mandate draft, establish or dissolve a body. */
export function EffectsFields({ formId, effects, targets, errorFor, onChange }: { formId: string; effects: EffectValues[]; targets: EffectTargets; errorFor(path: string): string | undefined; onChange(effects: EffectValues[]): void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const set = (i: number, patch: Partial<EffectValues>) => onChange(effects.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  return (
    <Fieldset>
      <Fieldset.Legend>{t('governanceAdmin.case.effects')}</Fieldset.Legend>
      <Fieldset.Description>{t('governanceAdmin.case.effectsHelp')}</Fieldset.Description>
      {effects.length === 0 ? <Paragraph data-size="sm">{t('governanceAdmin.case.noEffects')}</Paragraph> : null}
      {effects.map((e, i) => (
        <div key={i} className="gov-effect stack-sm">
          <SelectField id={fieldId(formId, `effects.${i}.kind`)} label={t('governanceAdmin.case.effectKind', { n: i + 1 })} value={e.kind} onChange={(ev) => set(i, { kind: ev.target.value as EffectValues['kind'], targetId: '' })} error={errorFor(`effects.${i}.kind`)}>
            <ChoiceOptions values={FORM_EFFECT_KINDS} label={(k) => t(`governanceAdmin.effectKind.${k}`)} />
          </SelectField>
          {e.kind ? (
            <SelectField id={fieldId(formId, `effects.${i}.targetId`)} label={t(`governanceAdmin.case.${TARGET_LABEL[e.kind]}`)} value={e.targetId} onChange={(ev) => set(i, { targetId: ev.target.value })} error={errorFor(`effects.${i}.targetId`)}>
              <option value="">{t('picker.choose')}</option>
              {e.kind === 'adopt_mandate_version'
                ? targets.drafts.map((d) => (
                    <option key={d.id} value={d.id}>
                      {t('governanceAdmin.case.draftOption', { body: pickText(d.bodyName, locale).text, version: d.version })}
                    </option>
                  ))
                : e.kind === 'adopt_action_programme'
                  ? targets.actionProgrammes.map((a) => (
                      <option key={a.id} value={a.id}>
                        {pickText(a.title, locale).text}
                      </option>
                    ))
                  : targets.bodies.map((b) => (
                    <option key={b.id} value={b.id}>
                      {pickText(b.name, locale).text}
                    </option>
                  ))}
            </SelectField>
          ) : null}
          <div>
            <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange(effects.filter((_, j) => j !== i))}>
              {t('governanceAdmin.case.removeEffect', { n: i + 1 })}
            </Button>
          </div>
        </div>
      ))}
      <div>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => onChange([...effects, { kind: '', targetId: '' }])}>
          {t('governanceAdmin.case.addEffect')}
        </Button>
      </div>
    </Fieldset>
  );
}
