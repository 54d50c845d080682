import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../app/api';
import { reportsRoutes } from '../../../shared/contracts/routes';
import type { CompletionReportDraft, LessonsQuery, ReportDecision, ReportOverviewQuery, ReportScheduleCreate, ReportScheduleUpdate, StatusReportDraft } from '../../../shared/contracts/reports';

/** The cache of reports: a project's status and completion reports, schedules, the overview and the lessons. */
export const reportKeys = {
  all: ['reports'] as const,
  status: (projectId: string) => ['reports', 'status', projectId] as const,
  completion: (projectId: string) => ['reports', 'completion', projectId] as const,
  schedules: (programmeId: string) => ['reports', 'schedules', programmeId] as const,
  overview: (programmeId: string, query: ReportOverviewQuery) => ['reports', 'overview', programmeId, query] as const,
  lessons: (programmeId: string, query: Partial<LessonsQuery>) => ['reports', 'lessons', programmeId, query] as const,
};

export function useStatusReports(projectId: string) {
  return useQuery({ queryKey: reportKeys.status(projectId), queryFn: () => call(reportsRoutes.projectReports, { params: { id: projectId } }) });
}

export function useCompletionReport(projectId: string) {
  return useQuery({ queryKey: reportKeys.completion(projectId), queryFn: () => call(reportsRoutes.completion, { params: { id: projectId } }) });
}

export function useSchedules(programmeId: string, enabled = true) {
  return useQuery({ queryKey: reportKeys.schedules(programmeId), queryFn: () => call(reportsRoutes.schedules, { params: { id: programmeId } }), enabled });
}

export function useReportOverview(programmeId: string | undefined, query: ReportOverviewQuery) {
  return useQuery({
    queryKey: reportKeys.overview(programmeId ?? '', query),
    queryFn: () => call(reportsRoutes.overview, { params: { id: programmeId! }, query }),
    enabled: programmeId !== undefined,
  });
}

export function useLessons(programmeId: string | undefined, query: Partial<LessonsQuery>) {
  return useQuery({
    queryKey: reportKeys.lessons(programmeId ?? '', query),
    queryFn: () => call(reportsRoutes.lessons, { params: { id: programmeId! }, query }),
    enabled: programmeId !== undefined,
  });
}

/** Every change of a report may move the overview, the project's list and the lessons: all are asked again. */
function useRefresh() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: reportKeys.all });
}

export function useCreateSchedule(programmeId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: ReportScheduleCreate) => call(reportsRoutes.createSchedule, { params: { id: programmeId }, body }), onSuccess: refresh });
}

export function useUpdateSchedule() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: ({ id, body }: { id: string; body: ReportScheduleUpdate }) => call(reportsRoutes.updateSchedule, { params: { id }, body }), onSuccess: refresh });
}

export function useRemoveSchedule() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (id: string) => call(reportsRoutes.removeSchedule, { params: { id } }), onSuccess: refresh });
}

export function useSaveReport(projectId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: ({ dueOn, body }: { dueOn: string; body: StatusReportDraft }) => call(reportsRoutes.saveReport, { params: { id: projectId, dueOn }, body }), onSuccess: refresh });
}

export function useMoveReport() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ id, move, body }: { id: string; move: 'submit' | 'approve' | 'return'; body: ReportDecision }) =>
      call(move === 'submit' ? reportsRoutes.submitReport : move === 'approve' ? reportsRoutes.approveReport : reportsRoutes.returnReport, { params: { id }, body }),
    onSuccess: refresh,
  });
}

export function useSaveCompletion(projectId: string) {
  const refresh = useRefresh();
  return useMutation({ mutationFn: (body: CompletionReportDraft) => call(reportsRoutes.saveCompletion, { params: { id: projectId }, body }), onSuccess: refresh });
}

export function useMoveCompletion(projectId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ move, body }: { move: 'submit' | 'approve' | 'return'; body: ReportDecision }) =>
      call(move === 'submit' ? reportsRoutes.submitCompletion : move === 'approve' ? reportsRoutes.approveCompletion : reportsRoutes.returnCompletion, { params: { id: projectId }, body }),
    onSuccess: refresh,
  });
}
