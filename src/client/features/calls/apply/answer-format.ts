import type { AttachmentRef, FormField, ReachRow } from '../../../../shared/contracts/application-form';
import { pickText, type Locale } from '../../../../shared/domain/localized';
import { numberFormat } from '../../../app/locale';

/** Names of goals, efforts and areas by id, where the page has them; an id is shown as it is otherwise. */
export type NameOf = (id: string) => string | undefined;

/**
 * An answer as a reader reads it in a submitted version or a comparison: one line per item of a
 * list, "–" for no answer.
 */
export function formatAnswer(kind: FormField['kind'], value: unknown, locale: Locale, field?: FormField, nameOf: NameOf = () => undefined): string[] {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return ['–'];
  switch (kind) {
    case 'amount':
      return typeof value === 'number' ? [`${numberFormat(locale, {}).format(value)} kr`] : [String(value)];
    case 'number':
      return typeof value === 'number' ? [numberFormat(locale, {}).format(value)] : [String(value)];
    case 'choice': {
      const options = field?.kind === 'choice' ? field.options : [];
      const label = (v: unknown) => {
        const o = options.find((x) => x.value === v);
        return o ? pickText(o.label, locale).text : String(v);
      };
      return Array.isArray(value) ? value.map(label) : [label(value)];
    }
    case 'goals':
    case 'efforts':
      return Array.isArray(value) ? value.map((id) => nameOf(String(id)) ?? String(id)) : [String(value)];
    case 'reach':
      return Array.isArray(value)
        ? (value as ReachRow[]).map((r) => `${r.targetGroup}: ${typeof r.count === 'number' ? numberFormat(locale, {}).format(r.count) : '–'}${r.areaId ? ` (${nameOf(r.areaId) ?? r.areaId})` : ''}`)
        : [String(value)];
    case 'attachment':
      return Array.isArray(value) ? (value as AttachmentRef[]).map((f) => f.name) : [String(value)];
    default:
      return [String(value)];
  }
}
