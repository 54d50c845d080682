import { useQuery } from '@tanstack/react-query';
import { call } from '../../app/api';
import { eventsRoutes } from '../../../shared/contracts/routes';

/** The cache of events and registrations. */
export const eventKeys = {
  all: ['events'] as const,
  list: (programmeId: string) => ['events', 'list', programmeId] as const,
  one: (id: string) => ['events', 'one', id] as const,
  registrations: (id: string) => ['events', 'registrations', id] as const,
  mine: (token: string) => ['events', 'mine', token] as const,
};

export function useEvents(programmeId: string | undefined) {
  return useQuery({ queryKey: eventKeys.list(programmeId ?? ''), queryFn: () => call(eventsRoutes.list, { params: { id: programmeId! } }), enabled: programmeId !== undefined });
}

export function useEvent(id: string) {
  return useQuery({ queryKey: eventKeys.one(id), queryFn: () => call(eventsRoutes.get, { params: { id } }), retry: false });
}

export function useRegistrations(id: string) {
  return useQuery({ queryKey: eventKeys.registrations(id), queryFn: () => call(eventsRoutes.registrations, { params: { id } }) });
}

export function useMyRegistration(token: string) {
  return useQuery({ queryKey: eventKeys.mine(token), queryFn: () => call(eventsRoutes.mine, { params: { token } }), retry: false });
}

/** The public pages of the events (see SITE_PAGES). */
export const eventsPath = (slug: string) => `/program/${slug}/arrangementer`;
export const eventPath = (slug: string, eventId: string) => `/program/${slug}/arrangementer/${eventId}`;
export const registrationPath = (token: string) => `/pamelding/${token}`;
