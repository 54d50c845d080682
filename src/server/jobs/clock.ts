/**
 * What time it is, for scheduled work: recurring jobs fall due by this clock, and their handlers
 * receive its time. The server runs on the system clock; tests set one (src/server/testing/clock.ts)
 * to run a day's schedule in a moment.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
