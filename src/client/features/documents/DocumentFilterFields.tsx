import { DOCUMENT_TYPES } from '../../../shared/domain/documents';
import { useTranslation } from '../../app/translation';
import { SelectField } from '../../components/forms/SelectField';

/**
 * The archive's type and year filters, the same on the public search and in the secretariat's
 * archive: native selects, so the public form works before any script.
 */
export function DocumentFilterFields({ idPrefix, type, year, years, yearName }: { idPrefix: string; type: string; year: string; years: readonly (string | number)[]; yearName: string }) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField id={`${idPrefix}-type`} name="type" label={t('documents.public.type')} defaultValue={type}>
        <option value="">{t('documents.public.anyType')}</option>
        {DOCUMENT_TYPES.map((x) => (
          <option key={x} value={x}>
            {t(`documents.types.${x}`)}
          </option>
        ))}
      </SelectField>
      <SelectField id={`${idPrefix}-year`} name={yearName} label={t('documents.public.year')} defaultValue={year}>
        <option value="">{t('documents.public.anyYear')}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </SelectField>
    </>
  );
}
