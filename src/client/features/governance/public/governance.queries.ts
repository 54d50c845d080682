import { useQuery } from '@tanstack/react-query';
import { call, urlOf } from '../../../app/api';
import { bodiesRoutes, governanceDocumentsRoutes, meetingsRoutes } from '../../../../shared/contracts/routes';
import type { Locale } from '../../../../shared/domain/localized';

/** How many decisions a page of the decision lists shows. */
export const DECISIONS_PER_PAGE = 20;

export const governanceKeys = {
  all: ['governance'] as const,
  bodies: (programmeId: string) => ['governance', 'bodies', programmeId] as const,
  body: (bodyId: string, history: boolean) => ['governance', 'body', bodyId, history] as const,
  mandateDiff: (bodyId: string, from: string, to: string, lang: Locale) => ['governance', 'mandateDiff', bodyId, from, to, lang] as const,
  programmeMeetings: (programmeId: string, upcoming: boolean) => ['governance', 'programmeMeetings', programmeId, upcoming] as const,
  bodyMeetings: (bodyId: string) => ['governance', 'bodyMeetings', bodyId] as const,
  meeting: (meetingId: string) => ['governance', 'meeting', meetingId] as const,
  bodyDecisions: (bodyId: string, offset: number) => ['governance', 'bodyDecisions', bodyId, offset] as const,
  programmeDecisions: (programmeId: string, offset: number) => ['governance', 'programmeDecisions', programmeId, offset] as const,
};

export function useBodies(programmeId: string | undefined) {
  return useQuery({
    queryKey: governanceKeys.bodies(programmeId ?? ''),
    queryFn: () => call(bodiesRoutes.list, { params: { id: programmeId! } }),
    enabled: programmeId !== undefined,
  });
}

export function useBody(bodyId: string, history: boolean) {
  return useQuery({
    queryKey: governanceKeys.body(bodyId, history),
    queryFn: () => call(bodiesRoutes.get, { params: { id: bodyId }, query: history ? { history: 'true' } : {} }),
  });
}

export function useMandateDiff(bodyId: string, choice: { from: string; to: string; lang: Locale } | undefined) {
  return useQuery({
    queryKey: governanceKeys.mandateDiff(bodyId, choice?.from ?? '', choice?.to ?? '', choice?.lang ?? 'nb'),
    queryFn: () => call(bodiesRoutes.mandateDiff, { params: { id: bodyId }, query: choice! }),
    enabled: choice !== undefined,
    placeholderData: (previous) => previous,
  });
}

export function useProgrammeMeetings(programmeId: string | undefined, upcoming: boolean) {
  return useQuery({
    queryKey: governanceKeys.programmeMeetings(programmeId ?? '', upcoming),
    queryFn: () => call(meetingsRoutes.programmeMeetings, { params: { id: programmeId! }, query: upcoming ? { upcoming: 'true' } : {} }),
    enabled: programmeId !== undefined,
  });
}

export function useBodyMeetings(bodyId: string) {
  return useQuery({
    queryKey: governanceKeys.bodyMeetings(bodyId),
    queryFn: () => call(meetingsRoutes.bodyMeetings, { params: { id: bodyId }, query: {} }),
  });
}

export function useMeeting(meetingId: string) {
  return useQuery({
    queryKey: governanceKeys.meeting(meetingId),
    queryFn: () => call(meetingsRoutes.get, { params: { id: meetingId } }),
  });
}

export function useBodyDecisions(bodyId: string, offset: number) {
  return useQuery({
    queryKey: governanceKeys.bodyDecisions(bodyId, offset),
    queryFn: () => call(meetingsRoutes.bodyDecisions, { params: { id: bodyId }, query: { limit: DECISIONS_PER_PAGE, offset } }),
    placeholderData: (previous) => previous,
  });
}

export function useProgrammeDecisions(programmeId: string | undefined, offset: number) {
  return useQuery({
    queryKey: governanceKeys.programmeDecisions(programmeId ?? '', offset),
    queryFn: () => call(meetingsRoutes.programmeDecisions, { params: { id: programmeId! }, query: { limit: DECISIONS_PER_PAGE, offset } }),
    enabled: programmeId !== undefined,
    placeholderData: (previous) => previous,
  });
}

/** The feeds and files of governance, as links (they are not JSON). */
export const governanceLinks = {
  programmeCalendar: (programmeId: string, lang: Locale) => urlOf(governanceDocumentsRoutes.programmeCalendar, { params: { id: programmeId }, query: { lang } }),
  bodyCalendar: (bodyId: string, lang: Locale) => urlOf(governanceDocumentsRoutes.bodyCalendar, { params: { id: bodyId }, query: { lang } }),
  meetingCalendar: (meetingId: string, lang: Locale) => urlOf(governanceDocumentsRoutes.meetingCalendar, { params: { id: meetingId }, query: { lang } }),
  decisionFeed: (programmeId: string, lang: Locale) => urlOf(governanceDocumentsRoutes.decisionFeed, { params: { id: programmeId }, query: { lang } }),
  minutesPdf: (meetingId: string, lang: Locale) => urlOf(governanceDocumentsRoutes.minutesPdf, { params: { id: meetingId }, query: { lang } }),
  noticePdf: (meetingId: string, lang: Locale) => urlOf(governanceDocumentsRoutes.noticePdf, { params: { id: meetingId }, query: { lang } }),
  attachment: (attachmentId: string) => urlOf(governanceDocumentsRoutes.attachment, { params: { id: attachmentId } }),
  excerptPdf: (itemId: string, lang: Locale) => urlOf(governanceDocumentsRoutes.excerptPdf, { params: { id: itemId }, query: { lang } }),
};
