/*
 * Instants as people and chatbots type them (`--at`, the chat tools' `at`): the same
 * daylight-saving rule as schedule hours (#9 item 5), impossible offsets refused (#13
 * item 4), and a moment outside 2005–2100 reported as typed (#13 item 10).
 *
 * In the EU the clocks change at 01:00 UTC on the last Sunday of March and of October:
 * 2026-03-29 (02:00 CET → 03:00 CEST) and 2026-10-25 (03:00 CEST → 02:00 CET).
 * Chile (America/Santiago) changes at local midnight: on 2026-09-06 00:00 → 01:00.
 */
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { createSchedule, parseChatInstant } from "../src/index";
import { instantTextProblem, readChatInstant } from "../src/zone/isoInstant";
import { instantArgument } from "../src/validation/instantArgument";

const iso = (text: string, zone = "Europe/Stockholm") => parseChatInstant(text, zone).toISOString();

describe("wall-clock times follow the schedule-hours rule for daylight saving", () => {
  it("a time that happens twice (2026-10-25 02:30) is its first occurrence, at +02:00", () => {
    expect(iso("2026-10-25T02:30")).toBe("2026-10-25T00:30:00.000Z");
    // luxon, an independent reading: 02:30+02:00 is the first, 02:30+01:00 the second.
    expect(DateTime.fromISO("2026-10-25T02:30+02:00").toUTC().toISO()).toBe("2026-10-25T00:30:00.000Z");
    expect(iso("2026-10-25T02:30+01:00")).toBe("2026-10-25T01:30:00.000Z"); // the second, when asked for by offset
  });

  it("a time the clocks skip (2026-03-29 02:30) is the moment they jump, 03:00 CEST", () => {
    expect(iso("2026-03-29T02:30")).toBe("2026-03-29T01:00:00.000Z");
    expect(iso("2026-03-29T02:00")).toBe("2026-03-29T01:00:00.000Z");
    expect(iso("2026-03-29T01:59")).toBe("2026-03-29T00:59:00.000Z");
    expect(iso("2026-03-29T03:00")).toBe("2026-03-29T01:00:00.000Z");
  });

  it("a date alone in Santiago, where midnight is skipped, is the moment the clocks jump", () => {
    expect(iso("2026-09-06", "America/Santiago")).toBe("2026-09-06T04:00:00.000Z");
    expect(readChatInstant("2026-09-06", "America/Santiago").date).toBe("2026-09-06");
  });

  it("agrees with a schedule's own hours: the instant typed is where an interval starting then opens", () => {
    for (const [zone, date, time] of [
      ["Europe/Stockholm", "2026-10-25", "02:30"],
      ["Europe/Stockholm", "2026-03-29", "02:30"],
      ["America/Santiago", "2026-09-06", "00:30"],
      ["America/Santiago", "2026-04-05", "23:30"],
      ["Australia/Lord_Howe", "2026-10-04", "02:15"],
    ] as const) {
      const weekday = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][new Date(`${date}T12:00:00Z`).getUTCDay()]!;
      const schedule = createSchedule({ timeZone: zone, weekly: { [weekday]: [`${time}-23:59`] } });
      const [opening] = schedule.openIntervals(new Date(`${date}T00:00:00Z`).getTime() - 86_400_000, new Date(`${date}T00:00:00Z`).getTime() + 2 * 86_400_000);
      expect(parseChatInstant(`${date}T${time}`, zone).toISOString(), `${zone} ${date} ${time}`).toBe(opening!.start.toISOString());
    }
  });

  it("a time alone is today's in the zone, on the day given by `now`", () => {
    // 23:30 UTC on 31 December is already 1 January in Stockholm.
    const now = Date.parse("2026-12-31T23:30:00Z");
    expect(parseChatInstant("10:00", "Europe/Stockholm", "at", now).toISOString()).toBe("2027-01-01T09:00:00.000Z");
  });
});

describe("UTC offsets beyond ±18:00 or with minutes past 59 are errors", () => {
  const impossible: [string, RegExp][] = [
    ["2026-12-24T10:00+99:59", /impossible UTC offset \+99:59 \(offsets run from -18:00 to \+18:00\)$/],
    ["2026-12-24T10:00+25:00", /impossible UTC offset \+25:00/],
    ["2026-12-24T10:00+18:01", /impossible UTC offset \+18:01/],
    ["2026-12-24T10:00-19", /impossible UTC offset -19/],
    ["2026-12-24T10:00+10:75", /impossible UTC offset \+10:75 \(offsets run from -18:00 to \+18:00, minutes 00–59\)$/],
    ["2026-12-24T10:00+1075", /impossible UTC offset \+10:75/],
    ["2026-12-24T10:00+99:00[Europe/Stockholm]", /impossible UTC offset \+99:00/],
  ];
  for (const [text, message] of impossible) {
    it(`${text}: a RangeError, and not an instant for the chat tools' schema`, () => {
      expect(() => parseChatInstant(text, "Europe/Stockholm")).toThrow(RangeError);
      expect(() => parseChatInstant(text, "Europe/Stockholm")).toThrow(message);
      const checked = instantArgument("at", "").safeParse(text); // the chat tools' and the service's `at`
      expect(checked.success).toBe(false);
      expect(checked.error!.issues.map((issue) => issue.message).join()).toMatch(message);
    });
  }

  it("real offsets, ±18:00 at the edges, and Z are read", () => {
    expect(iso("2026-12-24T10:00+18:00")).toBe("2026-12-23T16:00:00.000Z");
    expect(iso("2026-12-24T10:00-18:00")).toBe("2026-12-25T04:00:00.000Z");
    expect(iso("2026-12-24T10:00+05:45")).toBe("2026-12-24T04:15:00.000Z"); // Nepal
    expect(iso("2026-12-24T10:00+0530")).toBe("2026-12-24T04:30:00.000Z");
    expect(iso("2026-12-24T10:00Z")).toBe("2026-12-24T10:00:00.000Z");
  });
});

describe("moments outside 2005–2100 are reported as typed", () => {
  it("a date after 2100 names the text, not an instant the user never wrote", () => {
    expect(() => parseChatInstant("2101-01-01", "Europe/Stockholm", "--at")).toThrow(/^--at "2101-01-01" is outside the supported years 2005–2100$/);
    expect(() => parseChatInstant("2004-12-31T23:59", "Europe/Stockholm")).toThrow(/^at "2004-12-31T23:59" is outside the supported years 2005–2100$/);
  });

  it("an offset that puts the moment into 2101 in the zone says which date it is there", () => {
    expect(() => parseChatInstant("2100-12-31T23:30-10:00", "Europe/Stockholm")).toThrow(
      /^at "2100-12-31T23:30-10:00" is 2101-01-01 in Europe\/Stockholm, outside the supported years 2005–2100$/,
    );
    expect(iso("2100-12-31T23:30+01:00")).toBe("2100-12-31T22:30:00.000Z");
  });

  it("far-off years and long texts are refused without echoing them", () => {
    expect(() => parseChatInstant("+275760-09-13", "Europe/Stockholm")).toThrow(RangeError);
    expect(instantTextProblem("2".repeat(10_000), "at")).toMatch(/^at must be an ISO-8601 date or time .*\(10000 characters\)$/);
    expect(instantTextProblem([[[1]]], "at")).toMatch(/got an array$/);
  });
});
