import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ApplicationForm } from '../../../../shared/contracts/application-form';
import type { Application } from '../../../../shared/contracts/calls';
import { answersDiff } from '../../../../shared/domain/application-form';
import type { FieldError } from '../../../../shared/errors';
import type { Locale } from '../../../../shared/domain/localized';
import { call, isApiError } from '../../../app/api';
import { applicationsRoutes } from '../../../../shared/contracts/routes';
import { applicationKeys, saveAnswers } from './applications.queries';

type Answers = Record<string, unknown>;

/** How long typing may pause before the answers are saved. */
export const AUTOSAVE_DELAY_MS = 1500;

/** The unsaved copy kept in the browser until the server has it: a closed tab loses nothing. */
interface LocalCopy {
  answers: Answers;
  revision: number;
}

export const localCopyKey = (id: string) => `samordna.application.${id}`;

function readLocal(id: string): LocalCopy | null {
  try {
    const raw = window.localStorage.getItem(localCopyKey(id));
    if (!raw) return null;
    const copy = JSON.parse(raw) as LocalCopy;
    return copy && typeof copy === 'object' && typeof copy.revision === 'number' && copy.answers && typeof copy.answers === 'object' ? copy : null;
  } catch {
    return null;
  }
}

function writeLocal(id: string, copy: LocalCopy | null): void {
  try {
    if (copy) window.localStorage.setItem(localCopyKey(id), JSON.stringify(copy));
    else window.localStorage.removeItem(localCopyKey(id));
  } catch {
    // A full or disabled storage: the server copy is still saved as usual.
  }
}

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'invalid' | 'failed' | 'conflict';

export interface Autosave {
  answers: Answers;
  revision: number;
  status: SaveStatus;
  /** The server's field errors of the last save, each at its path. */
  errors: FieldError[];
  /** The other person's application when they saved meanwhile; null otherwise. */
  theirs: Application | null;
  /** The user's own answers kept visible after loading the other person's version. */
  mine: Answers | null;
  failure: unknown;
  setAnswer(key: string, value: unknown): void;
  /** Saves now what is not yet saved (on leaving a field, before submitting). */
  flush(): Promise<boolean>;
  /** Takes the other person's version, keeping the user's own answers beside it. */
  loadTheirs(): void;
  /** Saves the user's answers over the other person's version. */
  keepMine(): Promise<boolean>;
  dismissMine(): void;
  /** After a submission or withdrawal: the server's application is the copy again. */
  reset(application: Application): void;
}

/**
 * The working answers of an application, saved to the server a moment after typing stops and
 * when a field is left, on the revision they were made on. A save refused because another person
 * of the organisation saved meanwhile (STATE_CHANGED) stops autosaving and offers their version,
 * keeping the user's own text. Until a save succeeds the answers are also kept in localStorage.
 */
export function useAutosave(application: Application, form: ApplicationForm, lang: Locale): Autosave {
  const qc = useQueryClient();
  const id = application.id;
  // An unsaved copy left by a closed tab is shown at once (the admin area renders in the browser only).
  const [initial] = useState(() => {
    const copy = application.canEdit ? readLocal(id) : null;
    return { answers: (copy?.answers ?? application.answers) as Answers, revision: copy?.revision ?? application.revision, dirty: copy !== null };
  });
  const [state, setState] = useState(() => ({
    answers: initial.answers,
    revision: initial.revision,
    status: (initial.dirty ? 'unsaved' : 'saved') as SaveStatus,
    errors: [] as FieldError[],
    theirs: null as Application | null,
    mine: null as Answers | null,
    failure: null as unknown,
  }));
  // What the saves read: the latest answers and revision, not a render's copy.
  const current = useRef({ answers: initial.answers, revision: initial.revision, dirty: initial.dirty, blocked: false });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);

  const patch = useCallback((p: Partial<typeof state>) => setState((s) => ({ ...s, ...p })), []);

  const save = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    const c = current.current;
    if (!c.dirty) return true;
    if (c.blocked) return false;
    const sent = c.answers;
    patch({ status: 'saving' });
    const run = (async () => {
      try {
        const saved = await saveAnswers(id, sent, c.revision, lang);
        c.revision = saved.revision;
        qc.setQueryData(applicationKeys.one(id), saved);
        void qc.invalidateQueries({ queryKey: applicationKeys.mine() });
        const changedMeanwhile = c.answers !== sent;
        c.dirty = changedMeanwhile;
        if (changedMeanwhile) writeLocal(id, { answers: c.answers, revision: c.revision });
        else writeLocal(id, null);
        patch({ revision: saved.revision, status: changedMeanwhile ? 'unsaved' : 'saved', errors: [], failure: null });
        return true;
      } catch (err) {
        if (isApiError(err) && err.code === 'STATE_CHANGED') {
          const theirs = await call(applicationsRoutes.get, { params: { id } }).catch(() => null);
          if (theirs && answersDiff(form, theirs.answers, sent).length === 0) {
            // The newer save says what this one says (the user's own save whose answer a closed page never heard): nothing to choose.
            c.revision = theirs.revision;
            c.dirty = c.answers !== sent;
            writeLocal(id, c.dirty ? { answers: c.answers, revision: c.revision } : null);
            qc.setQueryData(applicationKeys.one(id), theirs);
            patch({ revision: theirs.revision, status: c.dirty ? 'unsaved' : 'saved', errors: [], failure: null });
            return true;
          }
          c.blocked = true;
          patch({ status: 'conflict', theirs, failure: theirs ? null : err });
        } else if (isApiError(err) && err.fieldErrors.length > 0) {
          patch({ status: 'invalid', errors: err.fieldErrors, failure: null });
        } else {
          patch({ status: 'failed', failure: err });
        }
        return false;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = run;
    return run;
  }, [form, id, lang, patch, qc]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }, [save]);

  // That copy is saved now (or found in conflict with a newer save).
  useEffect(() => {
    if (current.current.dirty) void save();
  }, [save]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const setAnswer = useCallback(
    (key: string, value: unknown) => {
      const c = current.current;
      c.answers = { ...c.answers, [key]: value };
      c.dirty = true;
      writeLocal(id, { answers: c.answers, revision: c.revision });
      setState((s) => ({ ...s, answers: c.answers, status: c.blocked ? s.status : 'unsaved' }));
      if (!c.blocked) schedule();
    },
    [id, schedule],
  );

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    return save();
  }, [save]);

  const loadTheirs = useCallback(() => {
    const theirs = state.theirs;
    if (!theirs) return;
    const mine = current.current.answers;
    current.current = { answers: theirs.answers, revision: theirs.revision, dirty: false, blocked: false };
    writeLocal(id, null);
    qc.setQueryData(applicationKeys.one(id), theirs);
    patch({ answers: theirs.answers, revision: theirs.revision, status: 'saved', theirs: null, mine, errors: [] });
  }, [id, patch, qc, state.theirs]);

  const keepMine = useCallback(async () => {
    const theirs = state.theirs;
    if (!theirs) return false;
    const c = current.current;
    c.revision = theirs.revision;
    c.blocked = false;
    c.dirty = true;
    patch({ theirs: null, revision: theirs.revision });
    return save();
  }, [patch, save, state.theirs]);

  const reset = useCallback(
    (app: Application) => {
      current.current = { answers: app.answers, revision: app.revision, dirty: false, blocked: false };
      writeLocal(id, null);
      patch({ answers: app.answers, revision: app.revision, status: 'saved', errors: [], theirs: null, failure: null });
    },
    [id, patch],
  );

  return { ...state, setAnswer, flush, loadTheirs, keepMine, dismissMine: () => patch({ mine: null }), reset };
}
