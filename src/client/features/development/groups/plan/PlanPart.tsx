import type { ReactNode } from 'react';
import { Heading } from '@digdir/designsystemet-react';
import type { DevelopmentSettings, Plan } from '../../../../../shared/contracts/development';
import { PLAN_PARTS, type PlanPart } from '../../../../../shared/domain/development';
import { pickText } from '../../../../../shared/domain/localized';
import { useTranslation } from '../../../../app/translation';
import { useLocale } from '../../../../app/locale-context';
import { PartComments } from './PlanComments';

export interface PartTitle {
  text: string;
  /** The language of the text when it is not the page's (a question the programme wrote only in bokmål). */
  lang: string | undefined;
}

/** Each part's heading: the programme's own wording of the cycle's question, or the standard one. */
export function usePartTitles(
  settings: DevelopmentSettings | undefined,
): Record<PlanPart, PartTitle> {
  const { t } = useTranslation();
  const locale = useLocale();
  const out = {} as Record<PlanPart, PartTitle>;
  for (const part of PLAN_PARTS) {
    const own = settings?.cycleQuestions[part];
    const picked = own ? pickText(own, locale) : null;
    out[part] =
      picked && picked.text.trim()
        ? { text: picked.text, lang: picked.lang === locale ? undefined : picked.lang }
        : { text: t(`developmentGroups.planPart.${part}`), lang: undefined };
  }
  return out;
}

/** One part of the plan as a section: its numbered heading, its content, the facilitator's comments. */
export function PlanPartSection({
  plan,
  part,
  title,
  children,
}: {
  plan: Plan;
  part: PlanPart;
  title: PartTitle;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const n = PLAN_PARTS.indexOf(part) + 1;
  return (
    <section
      id={`plan-${part}`}
      aria-labelledby={`plan-${part}-heading`}
      className="stack plan-part"
    >
      <Heading level={2} data-size="md" id={`plan-${part}-heading`} tabIndex={-1}>
        {t('developmentGroups.plan.partHeading', { n })} <span lang={title.lang}>{title.text}</span>
      </Heading>
      {children}
      <PartComments plan={plan} part={part} partName={title.text} />
    </section>
  );
}
