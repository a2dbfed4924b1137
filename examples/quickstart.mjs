// The quick start: the embedded Arjeplog default, right now.
// After `npm run build`: `node examples/quickstart.mjs [ISO instant]` (it imports the package by its name).
import { createSchedule, presets } from "oppettider";

const at = process.argv[2] ? new Date(process.argv[2]) : new Date();
const schedule = createSchedule(presets.arjeplog);
const status = schedule.status(at);

const clock = (date) =>
  date.toLocaleString("sv-SE", { timeZone: schedule.timeZone, weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit" });
const hours = (intervals) => (intervals.length === 0 ? "stängt" : intervals.map((i) => `${i.from}–${i.to}`.replaceAll(":", ".")).join(" och "));

console.log(`Arjeplogs kommun, ${clock(at)} (${schedule.timeZone})`);
console.log(status.open ? "Öppet nu." : "Stängt nu.");
if (status.until) console.log(`${status.open ? "Stänger" : "Öppnar"} ${clock(status.until)}.`);
console.log(`Regel idag: ${status.rule.label} (${status.rule.kind})`);
console.log("");
console.log(`Veckans öppettider (vecka ${status.today.calendar.isoWeek}):`);

// Monday of this week, stepping a plain date (no Date arithmetic, so no time zone can shift it).
const [y, m, d] = status.date.split("-").map(Number);
const monday = Date.UTC(y, m - 1, d) - (status.today.weekday - 1) * 86_400_000;
for (let i = 0; i < 7; i++) {
  const date = new Date(monday + i * 86_400_000).toISOString().slice(0, 10);
  const day = schedule.day(date);
  const weekday = new Date(`${date}T12:00:00Z`).toLocaleDateString("sv-SE", { weekday: "long", timeZone: "UTC" });
  console.log(`  ${date} ${weekday.padEnd(8)} ${hours(day.intervals).padEnd(26)} ${day.rule.label} (${day.rule.kind})`);
}
