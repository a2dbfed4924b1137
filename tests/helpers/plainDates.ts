/*
 * Plain-date arithmetic for the cross-check tests, on UTC midnights: independent of the
 * library's own (src/calendar/plainDate.ts) and of the host's time zone.
 */
const MS_PER_DAY = 86_400_000;

/** Every date from `first` to `last` inclusive, `YYYY-MM-DD`. */
export function datesBetween(first: string, last: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end; t += MS_PER_DAY) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The date `days` days after `date` (before, for a negative number). */
export const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
