/*
 * Reads Google Business Profile hours (Business Information API v1 `regularHours` and
 * `specialHours`) back as Google documents them, independently of src/google/:
 *
 * - A `TimePeriod` opens on `openDay` at `openTime` and closes on `closeDay` at `closeTime`
 *   ("24:00 represents midnight at the end of the specified day"); a `closeDay` other than
 *   `openDay` is the next day (or days) of the week. A missing `hours`/`minutes` is 0.
 * - A date with any `SpecialHourPeriod` whose `startDate` is the date has those hours and no
 *   others: the regular periods opening on its weekday are replaced. `closed: true` = closed.
 *   `endDate` (default: `startDate`) may be the next day; `closeTime` is on `endDate`.
 *
 * A date's hours are the intervals that open on it, as minutes from its midnight (an end past
 * midnight is past 1440), sorted, touching ones joined: how `schedule.day(date)` reads them.
 */

export interface Interval {
  from: number;
  to: number;
}

interface Time {
  hours?: number;
  minutes?: number;
}
interface GDate {
  year: number;
  month: number;
  day: number;
}
interface Period {
  openDay: string;
  openTime?: Time;
  closeDay: string;
  closeTime?: Time;
}
interface Special {
  startDate: GDate;
  endDate?: GDate;
  openTime?: Time;
  closeTime?: Time;
  closed?: boolean;
}
export interface GoogleHoursJson {
  regularHours: { periods: readonly Period[] };
  specialHours: { specialHourPeriods: readonly Special[] };
}

const WEEK = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];
const DAY = 1440;

const minutesOf = (time: Time | undefined) => (time?.hours ?? 0) * 60 + (time?.minutes ?? 0);
const dateText = (d: GDate) => `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
const utcDay = (text: string) => Date.parse(`${text}T00:00:00Z`) / 86_400_000;

/** ISO weekday index 0 = Monday of a `YYYY-MM-DD`, by the host-independent UTC calendar. */
function weekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

function joined(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.from - b.from);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.from <= last.to) last.to = Math.max(last.to, i.to);
    else out.push({ ...i });
  }
  return out;
}

/** The hours Google shows for `date` (`YYYY-MM-DD`). Throws for a period Google would refuse. */
export function googleHoursOn(json: GoogleHoursJson, date: string): Interval[] {
  const specials = json.specialHours.specialHourPeriods.filter((p) => dateText(p.startDate) === date);
  if (specials.length > 0) {
    const open = specials.filter((p) => p.closed !== true);
    return joined(
      open.map((p) => {
        const daysLater = utcDay(dateText(p.endDate ?? p.startDate)) - utcDay(date);
        if (daysLater < 0 || daysLater > 1) throw new Error(`special period of ${date} ends ${daysLater} days later`);
        const interval = { from: minutesOf(p.openTime), to: daysLater * DAY + minutesOf(p.closeTime) };
        if (interval.to <= interval.from || interval.to - interval.from > DAY) throw new Error(`special period of ${date} is ${JSON.stringify(interval)}`);
        if (daysLater === 1 && minutesOf(p.closeTime) > 11 * 60 + 59) throw new Error(`special period of ${date} closes after 11:59 the next day`);
        return interval;
      }),
    );
  }
  const weekday = weekdayIndex(date);
  return joined(
    json.regularHours.periods
      .filter((p) => WEEK.indexOf(p.openDay) === weekday)
      .map((p) => {
        const daysLater = (WEEK.indexOf(p.closeDay) - weekday + 7) % 7;
        const from = minutesOf(p.openTime);
        let to = daysLater * DAY + minutesOf(p.closeTime);
        if (to <= from) to += 7 * DAY; // a whole week round: not written by this library
        return { from, to };
      }),
  );
}

/** `"08:00"`–`"26:00"` day intervals (as `schedule.day(date).intervals`) in minutes, joined. */
export function intervalsInMinutes(intervals: readonly { from: string; to: string }[]): Interval[] {
  const m = (t: string) => Number(t.split(":")[0]) * 60 + Number(t.split(":")[1]);
  return joined(intervals.map((i) => ({ from: m(i.from), to: m(i.to) })));
}
