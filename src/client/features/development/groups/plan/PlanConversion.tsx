import { asciiSlug } from '../../../../../shared/domain/ascii-slug';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import {
  PlanConversion as PlanConversionSchema,
  type Plan,
  type PlanConverted,
} from '../../../../../shared/contracts/development';
import { useQueryClient } from '@tanstack/react-query';
import { ME_KEY } from '../../../../app/auth';
import { useTranslation } from '../../../../app/translation';
import { useLocale } from '../../../../app/locale-context';
import { AppLink } from '../../../../components/AppLink';
import { FormErrorSummary } from '../../../../components/forms/FormErrorSummary';
import { fieldId, validate } from '../../../../components/forms/form-errors';
import {
  LocalizedTextFields,
  type LocalizedValues,
} from '../../../../components/forms/LocalizedTextFields';
import { useFormErrors } from '../../../../components/forms/use-form-errors';
import { useConvertPlan } from '../../development.queries';
import { groupFieldMessages, showFailure } from '../group-errors';

const FORM_ID = 'plan-conversion';

/** "oppvekst-hamar-kommune": a proposal for the new programme's address. */
export const slugOf = (text: string): string => asciiSlug(text, 80);

/**
 * The step from learning to running: the plan becomes the municipality's own programme (its goals
 * a goal tree, its efforts an action programme, the development programme's indicators chosen).
 * Asked once more before it is done; afterwards the page links to the new programme.
 */
export function PlanConversion({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const form = useFormErrors();
  const convert = useConvertPlan(plan.groupId);
  const queryClient = useQueryClient();
  const [slug, setSlug] = useState(() =>
    slugOf(t('developmentGroups.convert.defaultSlug', { organisation: plan.organisationName })),
  );
  // A proposal in the page's language, in that language's field (bokmål is the one required).
  const [name, setName] = useState<LocalizedValues>(() => ({
    nb: '',
    nn: '',
    en: '',
    [locale]: t('developmentGroups.convert.defaultName', { organisation: plan.organisationName }),
  }));
  const [isAsking, setAsking] = useState(false);
  const [done, setDone] = useState<PlanConverted | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (isAsking) questionRef.current?.focus();
  }, [isAsking]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const converted = done ? { slug: done.slug } : plan.convertedProgramme;
  if (converted) {
    return (
      <div ref={doneRef} tabIndex={-1} className="stack-sm">
        <Alert data-color="success">
          {done ? (
            <Paragraph>
              {t('developmentGroups.convert.done', {
                goals: done.goals,
                efforts: done.efforts,
                indicators: done.indicators,
              })}
            </Paragraph>
          ) : (
            <Paragraph>{t('developmentGroups.convert.already')}</Paragraph>
          )}
          <Paragraph>
            <AppLink to={`/admin/program/${converted.slug}`}>
              {t('developmentGroups.convert.open')}
            </AppLink>
          </Paragraph>
        </Alert>
      </div>
    );
  }

  const labels = {
    slug: t('developmentGroups.convert.slug'),
    'name.nb': t('developmentGroups.convert.nameNb'),
    'name.nn': t('developmentGroups.convert.nameNn'),
    'name.en': t('developmentGroups.convert.nameEn'),
  };
  const body = () => ({
    slug: slug.trim(),
    name: { nb: name.nb, nn: name.nn.trim() || null, en: name.en.trim() || null },
  });

  const ask = (e: FormEvent) => {
    e.preventDefault();
    const parsed = validate(PlanConversionSchema, body());
    if (!parsed.ok) return form.setMessages(groupFieldMessages(parsed.messages));
    form.clear();
    setAsking(true);
  };
  const confirm = async () => {
    const parsed = validate(PlanConversionSchema, body());
    if (!parsed.ok) return;
    try {
      setDone(await convert.mutateAsync(parsed.data));
      // The members with accounts are the new programme's secretariat: the menus follow the new role.
      void queryClient.invalidateQueries({ queryKey: ME_KEY });
    } catch (err) {
      setAsking(false);
      showFailure(form, err);
    }
  };

  return (
    <form id={FORM_ID} onSubmit={ask} noValidate className="stack-sm form">
      <Paragraph>{t('developmentGroups.convert.intro')}</Paragraph>
      <FormErrorSummary form={form} formId={FORM_ID} labels={labels} />
      <Textfield
        id={fieldId(FORM_ID, 'slug')}
        label={labels.slug}
        description={t('developmentGroups.convert.slugHelp')}
        value={slug}
        onChange={(e) => setSlug(e.target.value)}
        error={form.errorFor('slug')}
        autoComplete="off"
      />
      <LocalizedTextFields
        formId={FORM_ID}
        field="name"
        legend={t('developmentGroups.convert.name')}
        labels={labels}
        values={name}
        errorFor={form.errorFor}
        onChange={(lang, value) => setName((n) => ({ ...n, [lang]: value }))}
      />
      {isAsking ? (
        <div className="stack-sm confirm-delete">
          <Paragraph ref={questionRef} tabIndex={-1}>
            {t('developmentGroups.convert.confirm', {
              name: name.nb,
              goals: plan.goals.length,
              efforts: plan.efforts.length,
            })}
          </Paragraph>
          <div className="form-actions">
            <Button
              type="button"
              aria-disabled={convert.isPending || undefined}
              onClick={() => void (convert.isPending ? undefined : confirm())}
            >
              {t('developmentGroups.convert.confirmYes')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <div>
          <Button type="submit">{t('developmentGroups.convert.submit')}</Button>
        </div>
      )}
    </form>
  );
}
