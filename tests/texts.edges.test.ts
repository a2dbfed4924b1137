/*
 * Texts at the edges (#13 items 5–6, #9 item 5): intervals of a day or more, closing at
 * midnight, night openings after midnight, and the end of the supported years.
 */
import { describe, expect, it } from "vitest";
import { callTool, createOrganization, createSchedule, presets, statusSentence, statusText, summaryText } from "../src/index";
import { formatInterval, formatIntervals } from "../src/texts/formatHours";

const weekdays = (hours: string[]) => Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((day) => [day, hours]));

describe("an interval of 24 hours or more is written so that it cannot read as empty (#13 item 5)", () => {
  it("the end gets 'nästa dag' when it would read as early as the start", () => {
    expect(formatInterval({ from: "12:00", to: "36:00" }, "sv")).toBe("12.00–12.00 nästa dag");
    expect(formatInterval({ from: "00:00", to: "48:00" }, "sv")).toBe("00.00–24.00 nästa dag");
    expect(formatInterval({ from: "08:00", to: "34:00" }, "en")).toBe("08:00–10:00 next day");
    expect(formatInterval({ from: "22:00", to: "48:00" }, "sv")).toBe("22.00–24.00 nästa dag");
    // Shorter than a day: the end past midnight reads as the next morning, as before.
    expect(formatInterval({ from: "22:00", to: "26:00" }, "sv")).toBe("22.00–02.00");
    expect(formatInterval({ from: "00:00", to: "24:00" }, "sv")).toBe("00.00–24.00");
    expect(formatIntervals([{ from: "08:00", to: "12:00" }, { from: "13:00", to: "37:30" }], "sv")).toBe("08.00–12.00 och 13.00–13.30 nästa dag");
  });

  const long = createSchedule({ weekly: { mon: ["12:00-36:00"], wed: ["00:00-48:00"] } });

  it("in summaryText, statusSentence, hours_on and the deviations alike", () => {
    // The two holiday lines say that this schedule, which has no holiday rules, keeps its hours on them.
    expect(summaryText(long).split("\n")).toEqual([
      "Måndag 12.00–12.00 nästa dag",
      "Onsdag 00.00–24.00 nästa dag",
      "Helgdagar ordinarie öppettider",
      "Midsommar-, jul- och nyårsafton ordinarie öppettider",
    ]);
    // Monday 30 November 2026, 13.00.
    expect(statusSentence(long, new Date("2026-11-30T13:00:00+01:00"))).toBe("Idag har vi öppet 12.00–12.00 nästa dag. Just nu har vi öppet, till imorgon 12.00.");
    expect(callTool(long, "hours_on", { date: "2026-12-02" }).hours).toBe("00.00–24.00 nästa dag");
    expect(callTool(long, "hours_on", { date: "2026-12-02", language: "en" }).text).toBe("Wednesday 2 December 2026: 00:00–24:00 next day.");
  });
});

describe("closing at midnight reads 24.00 (#9 item 5)", () => {
  const evenings = createSchedule({ weekly: weekdays(["20:00-24:00"]) });

  it("at 23.59 the badge says 'stänger 24.00', not 'stänger imorgon 00.00'", () => {
    const at = new Date("2026-11-30T23:59:00+01:00");
    expect(statusText(evenings, at)).toBe("Öppet · stänger 24.00");
    expect(statusText(evenings, at, { language: "en" })).toBe("Open · closes 24:00");
    expect(statusSentence(evenings, at)).toBe("Idag har vi öppet 20.00–24.00. Just nu har vi öppet, till 24.00.");
  });

  it("an opening at midnight is still 'imorgon 00.00'", () => {
    const nights = createSchedule({ weekly: { tue: ["00:00-02:00"] } });
    expect(statusText(nights, new Date("2026-11-30T22:00:00+01:00"))).toBe("Stängt · öppnar imorgon 00.00");
  });

  it("a contact reachable until midnight: 'nås nu, till 24.00'", () => {
    const org = createOrganization({ name: "Jour", hours: { weekly: weekdays(["20:00-24:00"]) }, contacts: [{ id: "jour", name: "Jouren", phones: ["0961-144 44"] }] });
    expect(callTool(org, "contacts", { at: "2026-11-30T23:00" }).contacts[0]!.text).toBe("Jouren (0961-144 44): nås nu, till 24.00");
  });
});

describe("after midnight on a night opening, the sentence quotes the rule in force (#9 item 5)", () => {
  // Nyårsafton 2026 (Thursday 31 December) open 16.00–01.30; Nyårsdagen closed.
  const nightOpening = createSchedule({
    weekly: weekdays(["08:00-16:00"]),
    dayKinds: { workFreeEve: { hours: ["16:00-25:30"] }, publicHoliday: { hours: [] } },
  });
  const at = new Date("2027-01-01T00:30:00+01:00");

  it("at 00.30 on Nyårsdagen: yesterday's rule (nyårsafton) and its hours, open until 01.30", () => {
    expect(statusSentence(nightOpening, at)).toBe("Vi har öppet sedan igår, nyårsafton: 16.00–01.30. Just nu har vi öppet, till 01.30.");
    expect(statusSentence(nightOpening, at, { language: "en" })).toBe(
      "We have been open since yesterday, New Year's Eve: 16:00–01:30. We are open now, until 01:30.",
    );
    expect(nightOpening.status(at).rule.label).toBe("Nyårsafton");
  });

  it("after 01.30 it is today's rule again", () => {
    expect(statusSentence(nightOpening, new Date("2027-01-01T02:00:00+01:00"))).toMatch(/^Idag är det nyårsdagen, så vi har stängt\./);
  });

  it("an ordinary night: 'Vi har öppet sedan igår: 22.00–02.00.'", () => {
    const bar = createSchedule({ weekly: { fri: ["22:00-26:00"] } });
    expect(statusSentence(bar, new Date("2026-12-05T01:00:00+01:00"))).toBe("Vi har öppet sedan igår: 22.00–02.00. Just nu har vi öppet, till 02.00.");
  });
});

describe("at the end of the supported years 'not known', not 'none' (#13 item 6)", () => {
  const arjeplog = createSchedule(presets.arjeplog);
  const at = new Date("2100-12-31T18:00:00+01:00");

  it("statusSentence and next_opening say the next opening is not known", () => {
    expect(statusSentence(arjeplog, at)).toBe(
      "Idag är det nyårsafton, så vi har stängt. Just nu har vi stängt. Vi vet inte när vi öppnar härnäst: öppettiderna är kända till och med 2100.",
    );
    expect(callTool(arjeplog, "next_opening", { at: "2100-12-31T18:00", language: "en" }).text).toBe(
      "When we open next is not known: opening hours are known up to the end of 2100.",
    );
    expect(arjeplog.status(at).unknownAfter?.toISOString()).toBe("2100-12-31T23:00:00.000Z");
  });

  it("a schedule that never opens still says 'none within the next year' in 2026", () => {
    const never = createSchedule({});
    expect(statusSentence(never, new Date("2026-06-01T12:00:00+02:00"))).toBe("Just nu har vi stängt, och inga öppettider finns det närmaste året.");
    expect(never.status(new Date("2026-06-01T12:00:00+02:00")).unknownAfter).toBeNull();
  });

  it("contacts: 'not known when reachable next'", () => {
    const kommun = createOrganization(presets.arjeplogKommun);
    expect(callTool(kommun, "contacts", { at: "2100-12-31T18:00" }).contacts[1]!.text).toBe(
      "Växel (0961-140 00): när den nås härnäst är inte känt (öppettiderna är kända till och med 2100)",
    );
  });
});
