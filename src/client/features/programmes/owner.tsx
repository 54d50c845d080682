import { useState } from 'react';
import { useTranslation } from '../../app/translation';
import { can, programmesWhere, type MeUser } from '../../app/permissions';
import { useLocale } from '../../app/locale-context';
import { pickText } from '../../../shared/domain/localized';
import { ownedScope, type Action } from '../../../shared/domain/permissions';
import type { ProgrammeSummary } from '../../../shared/contracts/programmes';
import { ProgrammeSelect } from './ProgrammeSelect';
import { useProgrammes } from './programmes.queries';

/**
 * Who keeps a new entry of a shared register or of the indicator catalogue (see `ownedScope`):
 * one of the programmes where the user may take `action`, chosen from the start when the user
 * must choose one; or nobody (the platform) where the user may make such entries without one (a
 * platform administrator; a contributor for its own organisation, `organisationId`).
 */
export interface OwnerChoice {
  /** The programme id, or '' for the platform. */
  value: string;
  set(value: string): void;
  programmes: ProgrammeSummary[];
  /** Whether the entry may be left without a programme. */
  optional: boolean;
  /** Whether an entry without a programme is the platform's (else: its organisation's own). */
  platform: boolean;
  /** False until the programmes are loaded: the form waits, so that the choice is the right one. */
  ready: boolean;
  /** Whether the user may choose here at all (for an entry that has an owner: hand it over). */
  offered: boolean;
}

/**
 * `current`: the owner of an entry being edited (null: the platform); left out for a new entry.
 * An entry is handed over only among the programmes where the user may make such entries (and
 * to the platform by an administrator); the choice is offered only when its owner is one of them.
 */
export function useOwnerChoice(me: MeUser, action: Action, organisationId?: string | null, current?: string | null): OwnerChoice {
  const query = useProgrammes();
  const all = query.data ?? [];
  const programmes = programmesWhere(me, action, all);
  const optional = can(me, action, ownedScope(null, organisationId));
  const [chosen, set] = useState<string | undefined>(undefined);
  // A programme by default; an administrator's entries are the platform's unless it says otherwise.
  const initial = current !== undefined ? (current ?? '') : optional && me.isPlatformAdmin ? '' : (programmes[0]?.id ?? '');
  const value = chosen ?? initial;
  const offered = programmes.length > 0 && (current === undefined || (current === null ? optional && me.isPlatformAdmin : programmes.some((p) => p.id === current)));
  return { value, set, programmes, optional, platform: me.isPlatformAdmin, ready: !query.isPending, offered };
}

/** The owner's field in a form that makes an entry: nothing when there is nothing to choose. */
export function OwnerField({ id, label, choice, error }: { id: string; label: string; choice: OwnerChoice; error?: string }) {
  const { t } = useTranslation();
  if (!choice.offered) return null;
  return (
    <ProgrammeSelect
      id={id}
      label={label}
      description={t('owner.help')}
      programmes={choice.programmes}
      value={choice.value}
      emptyLabel={choice.optional ? (choice.platform ? t('owner.platform') : t('owner.ownOrganisation')) : undefined}
      onChange={(e) => choice.set(e.target.value)}
      error={error}
    />
  );
}

/** Who keeps the entry, as a term and description of a fact list. */
export function OwnerFact({ ownerProgrammeId }: { ownerProgrammeId: string | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const programmes = useProgrammes().data ?? [];
  const owner = ownerProgrammeId ? programmes.find((p) => p.id === ownerProgrammeId) : undefined;
  const name = owner ? pickText(owner.name, locale) : undefined;
  return (
    <div>
      <dt>{t('owner.label')}</dt>
      <dd>{ownerProgrammeId === null ? t('owner.platform') : name ? <span lang={name.lang === locale ? undefined : name.lang}>{name.text}</span> : t('owner.hidden')}</dd>
    </div>
  );
}
