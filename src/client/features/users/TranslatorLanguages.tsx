import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { LANGUAGE_INFO, STANDARD_LANGUAGES, type StandardLanguage } from '../../../shared/domain/standards';

/**
 * A translator's languages: the translations of the programme's standards the role lets them
 * edit. Each language is named in itself, with its own language and direction.
 */
export function TranslatorLanguages({ id, value, onChange, error }: { id: string; value: readonly StandardLanguage[]; onChange(value: StandardLanguage[]): void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Fieldset id={id}>
      <Fieldset.Legend>{t('users.languages')}</Fieldset.Legend>
      <Fieldset.Description>{t('users.languagesHelp')}</Fieldset.Description>
      {STANDARD_LANGUAGES.map((l) => (
        <Checkbox
          key={l}
          value={l}
          label={
            <span lang={l} dir={LANGUAGE_INFO[l].dir}>
              {LANGUAGE_INFO[l].name}
            </span>
          }
          checked={value.includes(l)}
          onChange={(e) => onChange(e.target.checked ? [...value, l] : value.filter((x) => x !== l))}
        />
      ))}
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}
