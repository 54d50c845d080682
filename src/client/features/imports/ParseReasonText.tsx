import { Details, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from '../../app/translation';
import { INTL_LOCALE } from '../../app/locale';
import { useLocale } from '../../app/locale-context';
import type { ParseReason } from '../../../shared/errors';

/**
 * Why a statistics file could not be read, in the reader's language: the kind of problem with
 * its figures, where in the file, and the server's own (English) words for whoever asks for help.
 */
export function ParseReasonText({ reason, detail, position }: { reason: ParseReason | null | undefined; detail: string; position?: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const number = new Intl.NumberFormat(INTL_LOCALE[locale]);
  const params = Object.fromEntries(Object.entries(reason?.params ?? {}).map(([k, v]) => [k, typeof v === 'number' ? number.format(v) : v]));
  // A wording with the figures the file gave, by the names of those figures (`CSV_FIELD_COUNT_expected_found`);
  // without one, the kind of problem.
  const names = Object.keys(params).sort();
  const text = reason
    ? t([...(names.length > 0 ? [`imports.parseErrors.detailed.${reason.code}_${names.join('_')}`] : []), `imports.parseErrors.codes.${reason.code}`, 'imports.parseErrors.unknown'], params)
    : null;
  const where =
    reason?.line !== undefined
      ? t('imports.parseErrors.atLine', { line: reason.line, column: reason.column ?? 1 })
      : reason?.path
        ? t('imports.parseErrors.atPath', { path: reason.path })
        : position
          ? t('imports.file.position', { position })
          : null;
  return (
    <>
      {text ? <Paragraph>{text}</Paragraph> : null}
      {where ? <Paragraph>{where}</Paragraph> : null}
      {detail ? (
        <Details>
          <Details.Summary>{t('imports.parseErrors.technical')}</Details.Summary>
          <Details.Content>
            <Paragraph lang="en">{detail}</Paragraph>
          </Details.Content>
        </Details>
      ) : null}
    </>
  );
}
