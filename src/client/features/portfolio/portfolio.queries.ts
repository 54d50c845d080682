import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, urlOf } from '../../app/api';
import { projectsRoutes } from '../../../shared/contracts/routes';
import type { Project, ProjectBudget, ProjectCreate, ProjectLinks, ProjectMilestones, ProjectPartners, ProjectUpdate } from '../../../shared/contracts/projects';
import type { InputOf } from '../../../shared/contracts/endpoint';
import type { projectsApi } from '../../../shared/contracts/projects';

export type PortfolioFilter = NonNullable<InputOf<typeof projectsApi.list, 'query'>>;

/** The cache of projects, for the public pages and the secretariat's alike. */
export const projectKeys = {
  all: ['projects'] as const,
  list: (programmeId: string, filter: PortfolioFilter) => ['projects', 'list', programmeId, filter] as const,
  one: (id: string) => ['projects', 'one', id] as const,
};

export function usePortfolio(programmeId: string | undefined, filter: PortfolioFilter) {
  return useQuery({
    queryKey: projectKeys.list(programmeId ?? '', filter),
    queryFn: () => call(projectsRoutes.list, { params: { id: programmeId! }, query: filter }),
    enabled: programmeId !== undefined,
  });
}

export function useProject(id: string) {
  return useQuery({ queryKey: projectKeys.one(id), queryFn: () => call(projectsRoutes.get, { params: { id } }) });
}

/** The address of the filtered portfolio as CSV or as a spreadsheet. */
export function portfolioExportUrl(format: 'csv' | 'xlsx', programmeId: string, query: NonNullable<InputOf<typeof projectsApi.exportCsv, 'query'>>): string {
  return urlOf(format === 'csv' ? projectsRoutes.exportCsv : projectsRoutes.exportXlsx, { params: { id: programmeId }, query });
}

/** After a change that answers with the whole project, that answer is the page's data at once. */
function useAnswer() {
  const qc = useQueryClient();
  return (project: Project) => {
    qc.setQueryData(projectKeys.one(project.id), project);
    return qc.invalidateQueries({ queryKey: projectKeys.all });
  };
}

export function useCreateProject(programmeId: string) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (body: ProjectCreate) => call(projectsRoutes.create, { params: { id: programmeId }, body }), onSuccess: answer });
}

export function useUpdateProject(id: string) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (body: ProjectUpdate) => call(projectsRoutes.update, { params: { id }, body }), onSuccess: answer });
}

export function useSetPartners(id: string) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (body: ProjectPartners) => call(projectsRoutes.setPartners, { params: { id }, body }), onSuccess: answer });
}

export function useSetBudget(id: string) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (body: ProjectBudget) => call(projectsRoutes.setBudget, { params: { id }, body }), onSuccess: answer });
}

export function useSetMilestones(id: string) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (body: ProjectMilestones) => call(projectsRoutes.setMilestones, { params: { id }, body }), onSuccess: answer });
}

export function useSetLinks(id: string) {
  const answer = useAnswer();
  return useMutation({ mutationFn: (body: ProjectLinks) => call(projectsRoutes.setLinks, { params: { id }, body }), onSuccess: answer });
}

export function useDeleteProject(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => call(projectsRoutes.remove, { params: { id } }),
    onSuccess: () => {
      qc.removeQueries({ queryKey: projectKeys.one(id) });
      return qc.invalidateQueries({ queryKey: projectKeys.all });
    },
  });
}
