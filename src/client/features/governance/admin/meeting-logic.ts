import type { Meeting } from '../../../../shared/contracts/governance-meetings';
import { fromLocalInput, textOrNull, toLocalInput, textValues, emptyText, type TextValues } from './form-support';

/**
 * What to say about a meeting's notice: `overdue` while a planned meeting's deadline has passed
 * and its notice is not out; `due` while it is not yet out; `late` when it went out after the
 * deadline; nothing once it went out in time, or for a cancelled meeting.
 */
export function noticeState(meeting: Pick<Meeting, 'status' | 'noticeDueAt' | 'noticePublishedAt' | 'noticeLate'>, now: Date): 'overdue' | 'due' | 'late' | null {
  if (meeting.status === 'cancelled') return null;
  if (meeting.noticePublishedAt === null && meeting.status === 'planned') return Date.parse(meeting.noticeDueAt) < now.getTime() ? 'overdue' : 'due';
  return meeting.noticeLate ? 'late' : null;
}

export interface MeetingFormValues {
  title: TextValues;
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string;
}

export function emptyMeetingValues(): MeetingFormValues {
  return { title: emptyText(), startsAt: '', endsAt: '', place: '', onlineUrl: '' };
}

export function meetingValues(m: Meeting): MeetingFormValues {
  return { title: textValues(m.title), startsAt: toLocalInput(m.startsAt), endsAt: toLocalInput(m.endsAt), place: m.place ?? '', onlineUrl: m.onlineUrl ?? '' };
}

/** The form's values as the API takes them: local times become instants, empty fields null. */
export function meetingPayload(v: MeetingFormValues) {
  return {
    title: textOrNull(v.title),
    startsAt: fromLocalInput(v.startsAt) ?? undefined,
    endsAt: fromLocalInput(v.endsAt),
    place: v.place.trim() || null,
    onlineUrl: v.onlineUrl.trim() || null,
  };
}
