import type { Project } from '../../../shared/contracts/projects';
import { useTranslation } from '../../app/translation';
import { Section } from '../governance/public/governance-parts';
import { BenefitList } from './BenefitFigures';
import { useBenefitPlan } from './benefits.queries';

/** A published project's benefits on its public page, with their latest figures, when its keepers made them public. */
export function ProjectBenefits({ project }: { project: Project }) {
  const { t } = useTranslation();
  const shown = project.publicFields.includes('benefits');
  const plan = useBenefitPlan(project.id, shown);
  if (!shown || !plan.data || plan.data.benefits.length === 0) return null;
  return (
    <Section id="project-benefits" title={t('benefits.section')}>
      <BenefitList benefits={plan.data.benefits} />
    </Section>
  );
}
