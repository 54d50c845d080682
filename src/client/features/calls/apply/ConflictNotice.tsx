import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ApplicationForm } from '../../../../shared/contracts/application-form';
import { answersDiff, fieldByKey } from '../../../../shared/domain/application-form';
import { useLocale } from '../../../app/locale-context';
import { useTranslation } from '../../../app/translation';
import { LocalizedInline } from '../../../components/LocalizedText';
import { formatAnswer } from './answer-format';
import { timeOf } from './apply-format';
import type { Autosave } from './use-autosave';

type Answers = Record<string, unknown>;

/** The fields where two copies differ, each with both answers. */
function Differences({ form, left, right, leftLabel, rightLabel }: { form: ApplicationForm; left: Answers; right: Answers; leftLabel: string; rightLabel: string }) {
  const locale = useLocale();
  const changes = answersDiff(form, left, right);
  return (
    <dl className="answer-list conflict-list">
      {changes.map((c) => {
        const field = fieldByKey(form, c.fieldKey);
        return (
          <div key={c.fieldKey}>
            <dt>
              <LocalizedInline text={c.label} />
            </dt>
            <dd>
              <span className="conflict-side">{leftLabel}: </span>
              {formatAnswer(c.kind, c.before, locale, field).join('; ')}
            </dd>
            <dd>
              <span className="conflict-side">{rightLabel}: </span>
              <span className="keep-text">{formatAnswer(c.kind, c.after, locale, field).join('; ')}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/**
 * Another person of the organisation saved while the user was writing: their version and the
 * user's own, field by field; the user loads theirs (keeping their own text visible) or saves
 * their own over it.
 */
export function ConflictNotice({ autosave, form }: { autosave: Autosave; form: ApplicationForm }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const theirs = autosave.theirs!;
  return (
    <Alert data-color="warning" role="alert" className="conflict-notice">
      <Heading level={2} data-size="xs">
        {t('applications.conflict.title')}
      </Heading>
      <Paragraph>{t('applications.conflict.lead', { name: theirs.updatedBy ?? t('applications.conflict.someone'), time: timeOf(theirs.updatedAt, locale) })}</Paragraph>
      <Differences form={form} left={theirs.answers} right={autosave.answers} leftLabel={t('applications.conflict.theirs')} rightLabel={t('applications.conflict.yours')} />
      <div className="form-actions">
        <Button onClick={autosave.loadTheirs}>{t('applications.conflict.loadTheirs')}</Button>
        <Button variant="secondary" onClick={() => void autosave.keepMine()}>
          {t('applications.conflict.keepMine')}
        </Button>
      </div>
    </Alert>
  );
}

/** The user's own text after loading the other person's version, to copy from. */
export function MineNotice({ autosave, form }: { autosave: Autosave; form: ApplicationForm }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="mine-heading" className="stack-sm mine-notice">
      <Heading level={2} data-size="xs" id="mine-heading">
        {t('applications.conflict.mineTitle')}
      </Heading>
      <Paragraph>{t('applications.conflict.mineLead')}</Paragraph>
      <Differences form={form} left={autosave.answers} right={autosave.mine!} leftLabel={t('applications.conflict.now')} rightLabel={t('applications.conflict.yours')} />
      <div>
        <Button variant="secondary" data-size="sm" onClick={autosave.dismissMine}>
          {t('applications.conflict.dismiss')}
        </Button>
      </div>
    </section>
  );
}
