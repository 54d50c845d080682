import type { DevelopmentSettings, DevelopmentSettingsInput } from '../../../../shared/contracts/development';
import { PLAN_PARTS, type PlanPart } from '../../../../shared/domain/development';
import { LOCALES, type Locale } from '../../../../shared/domain/localized';
import { textOrNull, textPayload, textValues, type TextValues } from '../../governance/admin/form-support';

/**
 * A perspective as the form holds it: title and question in three languages, and its topics as
 * lines, one text area per language (line n of each language is the same topic).
 */
export interface PerspectiveValues {
  /** A stable key for React while perspectives are added and removed. */
  key: number;
  title: TextValues;
  question: TextValues;
  topics: TextValues;
}

export interface GoalValues {
  key: number;
  text: TextValues;
}

export interface SettingsFormValues {
  perspectives: PerspectiveValues[];
  cycleQuestions: Record<PlanPart, TextValues>;
  competenceGoals: GoalValues[];
}

let nextKey = 1;
export const newKey = () => nextKey++;

const lines = (text: string) => text.split('\n').map((l) => l.trim());

export const emptyPerspective = (): PerspectiveValues => ({ key: newKey(), title: textValues(null), question: textValues(null), topics: textValues(null) });
export const emptyGoal = (): GoalValues => ({ key: newKey(), text: textValues(null) });

export function settingsValues(s: DevelopmentSettings): SettingsFormValues {
  const topicLines = (topics: DevelopmentSettings['perspectives'][number]['topics'], l: Locale) => topics.map((t) => t[l] ?? '').join('\n').replace(/\n+$/, '');
  return {
    perspectives: s.perspectives.map((p) => ({
      key: newKey(),
      title: textValues(p.title),
      question: textValues(p.question),
      topics: { nb: topicLines(p.topics, 'nb'), nn: topicLines(p.topics, 'nn'), en: topicLines(p.topics, 'en') },
    })),
    cycleQuestions: Object.fromEntries(PLAN_PARTS.map((part) => [part, textValues(s.cycleQuestions[part])])) as Record<PlanPart, TextValues>,
    competenceGoals: s.competenceGoals.map((g) => ({ key: newKey(), text: textValues(g) })),
  };
}

/**
 * The topics of a perspective from its three text areas: bokmål decides how many there are (a
 * blank bokmål line is no topic); nynorsk and English follow line by line. Returns the lines of
 * the other languages that have no bokmål topic, for the form to point out.
 */
export function topicsOf(topics: TextValues): { topics: { nb: string; nn?: string; en?: string }[]; strayIn: Locale[] } {
  const byLocale = Object.fromEntries(LOCALES.map((l) => [l, lines(topics[l])])) as Record<Locale, string[]>;
  const out: { nb: string; nn?: string; en?: string }[] = [];
  const stray = new Set<Locale>();
  const count = Math.max(...LOCALES.map((l) => byLocale[l].length));
  for (let i = 0; i < count; i++) {
    const nb = byLocale.nb[i] ?? '';
    if (nb === '') {
      for (const l of LOCALES) if (l !== 'nb' && (byLocale[l][i] ?? '') !== '') stray.add(l);
      continue;
    }
    out.push(textPayload({ nb, nn: byLocale.nn[i] ?? '', en: byLocale.en[i] ?? '' }));
  }
  return { topics: out, strayIn: [...stray] };
}

/** The form's values as the contract takes them, and the text areas whose lines have no topic in bokmål. */
export function settingsPayload(v: SettingsFormValues): { payload: DevelopmentSettingsInput; stray: string[] } {
  const stray: string[] = [];
  const perspectives = v.perspectives.map((p, i) => {
    const { topics, strayIn } = topicsOf(p.topics);
    for (const l of strayIn) stray.push(`perspectives.${i}.topics.${l}`);
    return { title: textPayload(p.title), question: textPayload(p.question), topics };
  });
  return {
    payload: {
      perspectives,
      cycleQuestions: Object.fromEntries(PLAN_PARTS.map((part) => [part, textOrNull(v.cycleQuestions[part])])) as DevelopmentSettingsInput['cycleQuestions'],
      competenceGoals: v.competenceGoals.map((g) => textPayload(g.text)),
    },
    stray,
  };
}
