import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { useTranslation } from '../../app/translation';
import type { GoalTree } from '../../../shared/contracts/goals';
import type { Programme, ProgrammeSummary } from '../../../shared/contracts/programmes';
import { pickText } from '../../../shared/domain/localized';
import { isApiError } from '../../app/api';
import { useLocale } from '../../app/locale-context';
import { canInProgramme, type MeUser } from '../../app/permissions';
import { AppLink } from '../../components/AppLink';
import { Loading } from '../../components/Loading';
import { LoadFailed } from '../../components/LoadFailed';
import { useLocalized } from '../../components/LocalizedText';
import { NoAccess } from '../../components/NoAccess';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { TriggerStatus } from './TriggerStatus';
import { lineage } from '../programmes/tree';
import { useProgramme, useProgrammes } from '../programmes/programmes.queries';
import { emptyGoalValues } from './goal-form-values';
import { nestGoals } from './goal-tree';
import { GoalAdminItem } from './GoalAdminItem';
import { statusIdFor, type AdminContext, type Editor } from './goals-admin-context';
import { GoalForm } from './GoalForm';
import { useAncestorGoals, useCreateGoal, useGoalTree } from './goals.queries';
import './goals.css';

/** The goals admin of one programme, for those who administer it; others are told they may not. */
export function GoalsAdminPage({ user }: { user: MeUser }) {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const programme = useProgramme(slug);
  const programmes = useProgrammes();
  const tree = useGoalTree(programme.data?.id);
  if (programme.isPending || programmes.isPending || (programme.isSuccess && tree.isPending)) return <Loading />;
  if (programme.isError) {
    if (isApiError(programme.error) && programme.error.code === 'NOT_FOUND') return <NotFoundPage />;
    return <LoadFailed error={programme.error} />;
  }
  if (programmes.isError) return <LoadFailed error={programmes.error} />;
  if (!canInProgramme(user, 'goal.manage', programmes.data, programme.data.id)) return <NoAccess message={t('noAccess.programme')} />;
  if (tree.isError) return <LoadFailed error={tree.error} />;
  return <GoalsAdmin programme={programme.data} programmes={programmes.data} tree={tree.data!} />;
}

const TREE_HEADING = 'goal-tree-heading';

function GoalsAdmin({ programme, programmes, tree }: { programme: Programme; programmes: ProgrammeSummary[]; tree: GoalTree }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = useLocalized(programme.name);
  const ancestorIds = lineage(programmes, programme.id).slice(1);
  const ancestorGoals = useAncestorGoals(ancestorIds);
  const create = useCreateGoal(programme.id);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [message, setMessage] = useState<{ text: string; at: string } | null>(null);
  const focusAfter = useRef<string | null>(null);
  const [closes, setCloses] = useState(0);

  // After a form closes, focus goes back to the button that opened it (or to the tree heading).
  // Figures that arrive after it closed may push that button down: while it keeps focus, it and
  // the message beside it are brought back into view.
  const focused = useRef<string | null>(null);
  useEffect(() => {
    if (editor !== null) return;
    if (focusAfter.current) {
      const el = document.getElementById(focusAfter.current) ?? document.getElementById(TREE_HEADING);
      focusAfter.current = null;
      el?.focus();
      focused.current = el?.id ?? null;
    }
    const el = focused.current ? document.getElementById(focused.current) : null;
    if (!el || document.activeElement !== el) return;
    el.scrollIntoView({ block: 'nearest' });
    const status = document.getElementById(`${el.id}-status`);
    if (status?.textContent) status.scrollIntoView({ block: 'nearest' });
  }, [editor, tree, closes]);

  const close = useCallback((focusId?: string) => {
    setEditor((current) => {
      focusAfter.current = focusId ?? current?.trigger ?? TREE_HEADING;
      return null;
    });
    // With no form open (a deletion) the editor stays null: this renders, so focus moves all the same.
    setCloses((n) => n + 1);
  }, []);
  const open = useCallback((next: Editor) => {
    setMessage(null);
    setEditor(next);
  }, []);

  const own = tree.goals.filter((g) => !g.isInherited);
  const ctx: AdminContext = {
    programme,
    programmes,
    ownGoals: own,
    // Every goal of the ancestors may be a parent, not only those the tree already shows.
    inheritedGoals: ancestorGoals,
    editor,
    open,
    close,
    announce: (text, at) => setMessage({ text, at: at ?? editor?.trigger ?? TREE_HEADING }),
    message,
  };
  const nodes = nestGoals(tree.goals);
  const isCreatingTop = editor?.kind === 'newGoal' && editor.parentId === null;
  const newGoalHeading = useRef<HTMLHeadingElement>(null);
  // The section's own heading names the form that opens under it: focus goes there.
  useEffect(() => {
    if (isCreatingTop) newGoalHeading.current?.focus();
  }, [isCreatingTop]);

  return (
    <div className="stack goals-admin">
      <Paragraph data-size="sm">
        <AppLink to={`/admin/program/${programme.slug}`}>{t('goalsAdmin.backToProgramme', { name: name.text })}</AppLink>
      </Paragraph>
      <PageHeading title={t('goalsAdmin.pageTitle', { name: name.text })}>{t('goalsAdmin.title')}</PageHeading>
      <Paragraph>{t('goalsAdmin.intro')}</Paragraph>
      <Paragraph>
        <AppLink to={`/program/${programme.slug}/mal`}>{t('goalsAdmin.viewPublic')}</AppLink>
      </Paragraph>

      <section aria-labelledby={TREE_HEADING} className="stack">
        <Heading level={2} data-size="md" id={TREE_HEADING} tabIndex={-1} aria-describedby={statusIdFor(ctx, TREE_HEADING)}>
          {t('goalsAdmin.tree')}
        </Heading>
        <TriggerStatus ctx={ctx} at={TREE_HEADING} />
        {nodes.length === 0 ? <Paragraph>{t('goalsAdmin.empty')}</Paragraph> : null}
        {nodes.length > 0 ? (
          <ul className="goal-tree">
            {nodes.map((node) => (
              <GoalAdminItem key={node.goal.id} node={node} ctx={ctx} />
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="new-goal-heading" className="stack-sm">
        <Heading level={2} data-size="md" id="new-goal-heading" ref={newGoalHeading} tabIndex={-1}>
          {t('goalsAdmin.newGoal')}
        </Heading>
        <Paragraph>{t('goalsAdmin.newGoalHelp')}</Paragraph>
        {isCreatingTop ? (
          <GoalForm
            formId="goal-new"
            initial={emptyGoalValues(null, own.length)}
            parents={{ inherited: ancestorGoals, own }}
            submitLabel={t('goalsAdmin.createGoal')}
            saving={create.isPending}
            onCancel={() => close()}
            onSave={async (data) => {
              const goal = await create.mutateAsync(data);
              ctx.announce(t('goalsAdmin.goalCreated', { title: pickText(goal.title, locale).text }));
              close();
            }}
          />
        ) : (
          <div className="form-actions">
            <Button id="goal-new-open" variant="secondary" aria-describedby={statusIdFor(ctx, 'goal-new-open')} onClick={() => open({ kind: 'newGoal', parentId: null, trigger: 'goal-new-open' })}>
              {t('goalsAdmin.newGoal')}
            </Button>
            <TriggerStatus ctx={ctx} at="goal-new-open" />
          </div>
        )}
      </section>
    </div>
  );
}
