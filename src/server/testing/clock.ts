import type { Clock } from '../jobs/clock';

/** A clock a test sets: it stands still until told otherwise (starting at the real time). */
export class SettableClock implements Clock {
  private at: number;

  constructor(start: Date = new Date()) {
    this.at = start.getTime();
  }

  now(): Date {
    return new Date(this.at);
  }

  set(at: Date): void {
    this.at = at.getTime();
  }

  advance(ms: number): void {
    this.at += ms;
  }
}
