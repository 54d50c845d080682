import type { ActionProgramme } from '../../../../shared/contracts/action-programmes';
import { isApiError } from '../../../app/api';
import { messagesFromApiError, type FieldMessages } from '../../../components/forms/form-errors';
import type { FormErrors } from '../../../components/forms/use-form-errors';
import {
  emptyText,
  textPayload,
  textValues,
  withGovernanceMessages,
  type TextValues,
} from '../admin/form-support';

export interface EffortValues {
  /** A key of the form's own, so React keeps each effort's fields as it moves. */
  key: string;
  title: TextValues;
  description: TextValues;
  responsibleOrganisationId: string | null;
  /** As written: digits, perhaps with spaces ("1 500 000"). */
  fundingNeed: string;
  goalIds: string[];
}

export interface PriorityValues {
  key: string;
  title: TextValues;
  description: TextValues;
  efforts: EffortValues[];
}

export interface ActionProgrammeValues {
  title: TextValues;
  periodFrom: string;
  periodTo: string;
  challenges: TextValues;
  priorities: PriorityValues[];
}

let next = 0;
const newKey = () => `k${++next}`;

export function emptyEffort(): EffortValues {
  return {
    key: newKey(),
    title: emptyText(),
    description: emptyText(),
    responsibleOrganisationId: null,
    fundingNeed: '',
    goalIds: [],
  };
}

export function emptyPriority(): PriorityValues {
  return { key: newKey(), title: emptyText(), description: emptyText(), efforts: [] };
}

/** The editor's values of an action programme as the API gives it. */
export function actionProgrammeValues(ap: ActionProgramme): ActionProgrammeValues {
  return {
    title: textValues(ap.title),
    periodFrom: String(ap.periodFrom),
    periodTo: String(ap.periodTo),
    challenges: textValues(ap.challenges),
    priorities: ap.priorities.map((p) => ({
      key: p.id,
      title: textValues(p.title),
      description: textValues(p.description),
      efforts: p.efforts.map((e) => ({
        key: e.id,
        title: textValues(e.title),
        description: textValues(e.description),
        responsibleOrganisationId: e.responsibleOrganisation?.id ?? null,
        fundingNeed: e.fundingNeed === null ? '' : String(e.fundingNeed),
        goalIds: e.goals.map((g) => g.id),
      })),
    })),
  };
}

/** A year or an amount as written: a whole number, or the text itself for the contract to refuse. */
function wholeNumber(value: string): number | string | null {
  const v = value.replace(/[\s\u00a0]/g, '');
  if (v === '') return null;
  return /^\d+$/.test(v) ? Number(v) : value;
}

/** The title, period and challenges, as the API changes them. */
export function fieldsPayload(v: ActionProgrammeValues) {
  return {
    title: textPayload(v.title),
    periodFrom: wholeNumber(v.periodFrom) ?? undefined,
    periodTo: wholeNumber(v.periodTo) ?? undefined,
    challenges: textPayload(v.challenges),
  };
}

/** The priorities and efforts, in the order shown, as the API writes them whole. */
export function contentPayload(v: ActionProgrammeValues) {
  return {
    priorities: v.priorities.map((p) => ({
      title: textPayload(p.title),
      description: textPayload(p.description),
      efforts: p.efforts.map((e) => ({
        title: textPayload(e.title),
        description: textPayload(e.description),
        responsibleOrganisationId: e.responsibleOrganisationId,
        fundingNeed: wholeNumber(e.fundingNeed),
        goalIds: e.goalIds,
      })),
    })),
  };
}

/** The goal ids with one goal chosen or left out, in the order chosen. */
export function toggledGoal(goalIds: readonly string[], goalId: string, chosen: boolean): string[] {
  const without = goalIds.filter((id) => id !== goalId);
  return chosen ? [...without, goalId] : without;
}

/**
 * The first message for an effort's goals: the server names one chosen goal
 * (`priorities.0.efforts.1.goalIds.0`), the contract perhaps the list itself.
 */
export function goalErrorPath(
  paths: readonly string[],
  priority: number,
  effort: number,
): string | undefined {
  const base = `priorities.${priority}.efforts.${effort}.goalIds`;
  return paths.find((p) => p === base || p.startsWith(`${base}.`));
}

/** Field messages in governance's words; a period that ends before it begins is told in years. */
export function actionProgrammeMessages(messages: FieldMessages): FieldMessages {
  const out = withGovernanceMessages(messages);
  const period = out.periodTo;
  if (period?.keys.some((k) => k.endsWith('.periodOrder'))) {
    out.periodTo = {
      ...period,
      keys: ['governanceAdmin.actionProgramme.periodOrder', ...period.keys],
    };
  }
  return out;
}

/** Shows a refused save beside its fields, or as an alert when it names none. */
export function showRefusal(form: FormErrors, err: unknown): void {
  const messages = isApiError(err) ? messagesFromApiError(err) : {};
  if (Object.keys(messages).length > 0) form.setMessages(actionProgrammeMessages(messages));
  else form.setFailure(err);
}
