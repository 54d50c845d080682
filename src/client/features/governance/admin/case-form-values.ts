import type { Case } from '../../../../shared/contracts/governance-meetings';
import type { EffectKind } from '../../../../shared/domain/governance';
import { emptyText, textOrNull, textPayload, textValues, type TextValues } from './form-support';

export interface EffectValues {
  kind: EffectKind | '';
  targetId: string;
}

export interface CaseFormValues {
  type: string;
  title: TextValues;
  isExempt: boolean;
  internalTitle: TextValues;
  exemptionBasis: string;
  paper: TextValues;
  proposedDecision: TextValues;
  effects: EffectValues[];
}

export function emptyCaseValues(): CaseFormValues {
  return { type: '', title: emptyText(), isExempt: false, internalTitle: emptyText(), exemptionBasis: '', paper: emptyText(), proposedDecision: emptyText(), effects: [] };
}

export function caseValues(c: Case): CaseFormValues {
  return {
    type: c.type,
    title: textValues(c.title),
    isExempt: c.isExempt,
    internalTitle: textValues(c.internalTitle),
    exemptionBasis: c.exemptionBasis ?? '',
    paper: textValues(c.paper),
    proposedDecision: textValues(c.proposedDecision),
    effects: [],
  };
}

/**
 * The form's values as the API takes them. An open case has no internal title or legal basis
 * (they are cleared when exemption is taken off); effects are sent only when a new case is made.
 */
export function casePayload(v: CaseFormValues, withEffects: boolean) {
  return {
    type: v.type || undefined,
    title: textPayload(v.title),
    isExempt: v.isExempt,
    internalTitle: v.isExempt ? textOrNull(v.internalTitle) : null,
    exemptionBasis: v.isExempt ? v.exemptionBasis.trim() || null : null,
    paper: textPayload(v.paper),
    proposedDecision: textPayload(v.proposedDecision),
    ...(withEffects ? { effects: v.effects.map((e) => ({ kind: e.kind || undefined, targetId: e.targetId || undefined })) } : {}),
  };
}
