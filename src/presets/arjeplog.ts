import type { ScheduleConfig } from "../schedule/schema";
import { deepFreeze } from "./deepFreeze";

const morningAndAfternoon = ["08:00-12:00", "13:00-16:00"];

/**
 * Visiting hours of Arjeplogs kommun, as on the municipality's page (SPEC §5):
 *
 * | when | hours |
 * | --- | --- |
 * | Monday–Thursday | 08.00–12.00 and 13.00–16.00 |
 * | Friday | 08.00–12.00 and 13.00–15.00 |
 * | ISO weeks 25–32, Monday–Friday | 09.00–12.00 and 13.00–15.00 |
 * | day before eve, day before red day | 08.00–12.00 |
 * | bridge day | 10.00–12.00 |
 * | public holidays, work-free eves, weekends | closed |
 *
 * A frozen plain object: copy it to change it.
 *
 * @example
 * const mine = structuredClone(presets.arjeplog);
 * mine.exceptions = [{ date: "2026-12-28", hours: [], note: "Stängt för inventering" }];
 * createSchedule(mine);
 */
export const arjeplog: ScheduleConfig = deepFreeze({
  timeZone: "Europe/Stockholm",
  weekly: {
    mon: morningAndAfternoon,
    tue: morningAndAfternoon,
    wed: morningAndAfternoon,
    thu: morningAndAfternoon,
    fri: ["08:00-12:00", "13:00-15:00"],
    sat: [],
    sun: [],
  },
  weeklyLabel: { sv: "Ordinarie öppettider", en: "Regular opening hours" },
  periods: [
    {
      weeks: { from: 25, to: 32 },
      hours: {
        mon: ["09:00-12:00", "13:00-15:00"],
        tue: ["09:00-12:00", "13:00-15:00"],
        wed: ["09:00-12:00", "13:00-15:00"],
        thu: ["09:00-12:00", "13:00-15:00"],
        fri: ["09:00-12:00", "13:00-15:00"],
      },
      label: { sv: "Sommartid, vecka 25–32", en: "Summer hours, weeks 25–32" },
    },
  ],
  dayKinds: {
    publicHoliday: { hours: [] },
    workFreeEve: { hours: [] },
    bridgeDay: { hours: ["10:00-12:00"], label: { sv: "Klämdag", en: "Bridge day" } },
    dayBeforeEve: { hours: ["08:00-12:00"], label: { sv: "Dag före afton", en: "Day before a holiday eve" } },
    dayBeforeRedDay: { hours: ["08:00-12:00"], label: { sv: "Dag före röd dag", en: "Day before a public holiday" } },
  },
});
