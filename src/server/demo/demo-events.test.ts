import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../testing/test-app';
import { loadDemoData } from './demo';
import type { Event } from '../../shared/contracts/events';

let t: TestApp;
let programmeId: string;
beforeAll(async () => {
  t = await buildTestApp();
  await loadDemoData(t.db);
  programmeId = (await (await t.client()).get('/api/programmes/by-slug/oppvekst-og-utdanning')).json().id;
});
afterAll(() => t.close());

describe('demo events', () => {
  it('gives the Oslo sub-programme two past events with video and materials, and an upcoming one that is full with a waiting list', async () => {
    const c = await t.client();
    const list = (await c.get(`/api/programmes/${programmeId}/events`)).json().items as Event[];
    expect(list.map((e) => [e.kind, e.startsAt < new Date().toISOString() ? 'past' : 'upcoming', !!e.videoUrl])).toEqual([
      ['portfolio_presentation', 'past', true],
      ['seminar', 'past', true],
      ['seminar', 'upcoming', false],
    ]);
    expect(list[0]!.materials.length).toBeGreaterThan(0);
    expect(list[2]).toMatchObject({ capacity: 6, registeredCount: 6, waitingCount: 2, seatsLeft: 0, registrationOpen: true });
    const joined = await c.post(`/api/events/${list[2]!.id}/registrations`, { name: 'Demo Besøkende', email: 'demo.besokende@example.org', answers: { rolle: 'Lærer' } });
    expect(joined.json()).toMatchObject({ outcome: 'waiting', waitingPosition: 3 });
  });
});
