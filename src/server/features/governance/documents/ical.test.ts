import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../../shared/contracts/governance-meetings';
import { aMeeting } from '../../../testing/governance-documents';
import { foldLine, meetingsCalendar, type MeetingsCalendarOptions } from './ical';

const opts: MeetingsCalendarOptions = { name: 'Styringsgruppa, møter', host: 'samordna.example', url: (id) => `https://samordna.example/moter/${id}`, locale: 'nb' };

/** The calendar as a calendar program reads it: ical.js, with the zone defined in the file. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      sequence: event.sequence,
      status: vevent.getFirstPropertyValue('status'),
      url: vevent.getFirstPropertyValue('url'),
      start: event.startDate,
      end: event.endDate,
      dtstamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
    };
  });
  return { calendar, events };
}

const january = aMeeting({ id: '11111111-1111-4111-8111-111111111111', startsAt: '2026-01-15T17:00:00.000Z', endsAt: '2026-01-15T19:30:00.000Z' });
const june = aMeeting({ id: '22222222-2222-4222-8222-222222222222', startsAt: '2026-06-10T16:00:00.000Z', endsAt: null, title: { nb: 'Sommermøte', en: 'Summer meeting' } });
const cancelled = aMeeting({ id: '33333333-3333-4333-8333-333333333333', startsAt: '2026-09-01T10:00:00.000Z', status: 'cancelled', sequence: 3 });

describe('the meetings calendar', () => {
  it('is a VCALENDAR with the Oslo zone and one event per meeting, each with a stable UID', () => {
    const text = meetingsCalendar([january, june, cancelled], opts);
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Samordna/);
    // An X- property's value is TEXT unless said otherwise (RFC 5545 §3.8.8.2), so it is escaped;
    // ical.js reads unknown properties raw.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Styringsgruppa\\, møter');
    expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Oslo');
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Oslo');
    expect(events.map((e) => e.uid)).toEqual([
      'meeting-11111111-1111-4111-8111-111111111111@samordna.example',
      'meeting-22222222-2222-4222-8222-222222222222@samordna.example',
      'meeting-33333333-3333-4333-8333-333333333333@samordna.example',
    ]);
    expect(events[0]!.url).toBe('https://samordna.example/moter/11111111-1111-4111-8111-111111111111');
    expect(events[0]!.dtstamp).toBe('2025-12-01T08:00:00.000Z');
  });

  it('writes the time on the clock in Oslo, winter and summer, and the instant survives', () => {
    const text = meetingsCalendar([january, june], opts);
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20260115T180000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Oslo:20260115T203000\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20260610T180000\r\n');
    const [jan, jun] = parse(text).events;
    expect(jan!.start.zone?.tzid).toBe('Europe/Oslo');
    expect(jan!.start.toJSDate().toISOString()).toBe('2026-01-15T17:00:00.000Z');
    expect(jan!.end.toJSDate().toISOString()).toBe('2026-01-15T19:30:00.000Z');
    expect(jun!.start.toJSDate().toISOString()).toBe('2026-06-10T16:00:00.000Z');
    // No end: two hours.
    expect(jun!.end.toJSDate().toISOString()).toBe('2026-06-10T18:00:00.000Z');
  });

  it('converts across the night the clocks go forward', () => {
    // 01:30 CET to 03:30 CEST on 29 March 2026: one hour of real time.
    const night = aMeeting({ startsAt: '2026-03-29T00:30:00.000Z', endsAt: '2026-03-29T01:30:00.000Z' });
    const text = meetingsCalendar([night], opts);
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20260329T013000\r\n');
    expect(text).toContain('DTEND;TZID=Europe/Oslo:20260329T033000\r\n');
    const [event] = parse(text).events;
    expect(event!.end.toJSDate().getTime() - event!.start.toJSDate().getTime()).toBe(60 * 60 * 1000);
  });

  it('keeps a cancelled meeting, marked CANCELLED, so subscribers remove it', () => {
    const { events } = parse(meetingsCalendar([january, cancelled], opts));
    expect(events.map((e) => e.status)).toEqual(['CONFIRMED', 'CANCELLED']);
    expect(events[1]!.summary).toBe('AVLYST: Møte i Styringsgruppa');
    expect(events[1]!.sequence).toBe(3);
  });

  it('names the meeting in the reader’s language, bokmål when the text is missing', () => {
    const en = parse(meetingsCalendar([june, january], { ...opts, locale: 'en' })).events;
    expect(en.map((e) => e.summary)).toEqual(['Steering group: Summer meeting', 'Meeting of Steering group']);
    const nn = parse(meetingsCalendar([june], { ...opts, locale: 'nn' })).events;
    expect(nn[0]!.summary).toBe('Styringsgruppa: Sommermøte');
  });

  it('escapes commas, semicolons, backslashes and line breaks, and keeps æøå', () => {
    const tricky = aMeeting({
      title: { nb: 'Budsjett, plan; rapport\\vedlegg\nLinje to – æøå ÆØÅ' },
      place: 'Rådhuset; rom 3, 2. etasje',
      onlineUrl: 'https://meet.example/rom?a=1,2;b',
    });
    const text = meetingsCalendar([tricky], opts);
    expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:Styringsgruppa: Budsjett\\, plan\\; rapport\\\\vedlegg\\nLinje to – æøå ÆØÅ');
    const [event] = parse(text).events;
    expect(event!.summary).toBe('Styringsgruppa: Budsjett, plan; rapport\\vedlegg\nLinje to – æøå ÆØÅ');
    expect(event!.location).toBe('Rådhuset; rom 3, 2. etasje');
    expect(event!.description).toBe(`Møtesiden: ${opts.url(tricky.id)}\nDigitalt møte: https://meet.example/rom?a=1,2;b`);
  });

  it('folds long lines at 75 octets with CRLF, never inside a character', () => {
    const long = aMeeting({ title: { nb: 'Årsmøte med gjennomgang av økonomi, særlig tiltakene for barn og unge i bydelene på Østkanten og i Groruddalen – ærlig og åpent 👩‍👧 ' .repeat(3) } });
    const text = meetingsCalendar([long], opts);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      // A split multi-byte character would come back as U+FFFD.
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
      expect(line).not.toContain('\uFFFD');
    }
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(3);
    const [event] = parse(text).events;
    expect(event!.summary).toBe(`Styringsgruppa: ${long.title!.nb}`);
  });

  it('folds a line of two-byte letters exactly at the limit', () => {
    const folded = foldLine(`SUMMARY:${'ø'.repeat(100)}`);
    const lines = folded.split('\r\n');
    // 8 ASCII octets, then 33 ø (66 octets) make 74; the 34th would make 76.
    expect(lines[0]).toBe(`SUMMARY:${'ø'.repeat(33)}`);
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(`SUMMARY:${'ø'.repeat(100)}`);
  });

  it('gives a changed meeting the same UID and a higher SEQUENCE', () => {
    const before: Meeting = aMeeting({ sequence: 1 });
    const after: Meeting = { ...before, startsAt: '2026-01-16T17:00:00.000Z', endsAt: null, sequence: 2, updatedAt: '2026-01-02T10:00:00.000Z' };
    const [a] = parse(meetingsCalendar([before], opts)).events;
    const [b] = parse(meetingsCalendar([after], opts)).events;
    expect(b!.uid).toBe(a!.uid);
    expect(b!.sequence).toBeGreaterThan(a!.sequence);
    expect(b!.start.toJSDate().toISOString()).toBe('2026-01-16T17:00:00.000Z');
  });

  it('is a valid calendar without meetings', () => {
    const { calendar, events } = parse(meetingsCalendar([], opts));
    expect(events).toEqual([]);
    expect(calendar.getFirstSubcomponent('vtimezone')).not.toBeNull();
  });
});
