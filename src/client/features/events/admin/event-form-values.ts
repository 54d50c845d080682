import { asciiSlug } from '../../../../shared/domain/ascii-slug';
import type { Event, EventCreate } from '../../../../shared/contracts/events';
import { fromLocalInput, toLocalInput } from '../../governance/admin/form-support';

/** An event as the form holds it: texts, times as `datetime-local` values, and the lists as lines. */
export interface EventFormValues {
  kind: EventCreate['kind'];
  title: string;
  lead: string;
  description: string;
  startsAt: string;
  endsAt: string;
  place: string;
  address: string;
  streamUrl: string;
  language: 'nb' | 'nn' | 'en';
  accessibility: string;
  capacity: string;
  registrationDeadline: string;
  videoUrl: string;
  slidesUrl: string;
  talks: string;
  questions: string;
  materials: string;
}

export const emptyEvent: EventFormValues = {
  kind: 'seminar', title: '', lead: '', description: '', startsAt: '', endsAt: '', place: '', address: '', streamUrl: '', language: 'nb',
  accessibility: '', capacity: '', registrationDeadline: '', videoUrl: '', slidesUrl: '', talks: '', questions: '', materials: '',
};

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);
const parts = (line: string) => line.split('|').map((p) => p.trim());

/** A stable key for a question from its label: lower case letters, digits and dashes. */
export function questionId(label: string, taken: Set<string>): string {
  const base = asciiSlug(label, 30) || 'sporsmal';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function valuesOf(e: Event): EventFormValues {
  return {
    kind: e.kind, title: e.title, lead: e.lead, description: e.description, startsAt: toLocalInput(e.startsAt), endsAt: toLocalInput(e.endsAt), place: e.place, address: e.address,
    streamUrl: e.streamUrl ?? '', language: e.language, accessibility: e.accessibility, capacity: e.capacity === null ? '' : String(e.capacity),
    registrationDeadline: toLocalInput(e.registrationDeadline), videoUrl: e.videoUrl ?? '', slidesUrl: e.slidesUrl ?? '',
    talks: e.talks.map((t) => [t.time, t.title, t.speaker].join(' | ')).join('\n'),
    questions: e.questions.map((q) => `${q.required ? '*' : ''}${q.label}`).join('\n'),
    materials: e.materials.map((m) => `${m.title} | ${m.url}`).join('\n'),
  };
}

/** The form's values as the contract takes them; questions keep the ids they had. */
export function payloadOf(v: EventFormValues, previous: Event['questions'] = []) {
  const taken = new Set<string>();
  const questions = lines(v.questions).map((line) => {
    const required = line.startsWith('*');
    const label = required ? line.slice(1).trim() : line;
    const kept = previous.find((q) => q.label === label && !taken.has(q.id));
    if (kept) taken.add(kept.id);
    return { id: kept?.id ?? questionId(label, taken), label, required };
  });
  const capacity = v.capacity.trim();
  return {
    kind: v.kind,
    title: v.title,
    lead: v.lead,
    description: v.description,
    startsAt: fromLocalInput(v.startsAt) ?? '',
    endsAt: fromLocalInput(v.endsAt),
    place: v.place,
    address: v.address,
    streamUrl: v.streamUrl.trim() || null,
    language: v.language,
    accessibility: v.accessibility,
    capacity: capacity === '' ? null : Number(capacity),
    registrationDeadline: fromLocalInput(v.registrationDeadline),
    videoUrl: v.videoUrl.trim() || null,
    slidesUrl: v.slidesUrl.trim() || null,
    talks: lines(v.talks).map((l) => {
      const [time = '', title = '', speaker = ''] = parts(l);
      return { time, title, speaker };
    }),
    questions,
    materials: lines(v.materials).map((l) => {
      const [title = '', url = ''] = parts(l);
      return { title, url };
    }),
  };
}
