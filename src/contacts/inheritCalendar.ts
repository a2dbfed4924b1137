import type { ScheduleConfig } from "../schedule/schema";

/**
 * A contact point's own hours with the calendar of the place it belongs to (SPEC §8): own
 * hours that set no `dayKinds` take the place's `dayKinds`, and likewise `namedDays`, so a
 * phone line written "mån–fre 08–16" is not open on julafton when the office is closed then.
 * Own hours that set the key keep theirs whole (an empty `{}` too: "no special days").
 *
 * @example
 * inheritCalendar({ weekly: { mon: ["08:00-16:00"] } }, presets.arjeplog).dayKinds
 * // => presets.arjeplog.dayKinds (public holidays and work-free eves closed, …)
 * inheritCalendar({ weekly: {}, dayKinds: { publicHoliday: [] } }, presets.arjeplog).dayKinds
 * // => { publicHoliday: [] }
 */
export function inheritCalendar(own: ScheduleConfig, place: ScheduleConfig): ScheduleConfig {
  const dayKinds = own.dayKinds === undefined && place.dayKinds !== undefined;
  const namedDays = own.namedDays === undefined && place.namedDays !== undefined;
  if (!dayKinds && !namedDays) return own;
  return {
    ...own,
    ...(dayKinds && { dayKinds: place.dayKinds }),
    ...(namedDays && { namedDays: place.namedDays }),
  };
}
