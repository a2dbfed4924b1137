/*
 * Spans across midnight written with both days (issue 18): only the very next day, with an
 * end before the start, is one night on the first day.
 */
import { describe, expect, it } from "vitest";
import { parseHoursText } from "../src/index";
import { oneDaySpan } from "../src/text/nextDaySpans";

describe("oneDaySpan", () => {
  it("writes a night on its first day", () => {
    expect(oneDaySpan("Fredag 19.00 – lördag 01.00")).toBe("Fredag 19.00–01.00");
    expect(oneDaySpan("Söndag kl 22 – måndag kl 02")).toBe("Söndag 22–02");
    expect(oneDaySpan("lör 20.00 till sön 02.30")).toBe("lör 20.00–02.30");
  });
  it("leaves other two-day spans alone", () => {
    expect(oneDaySpan("Fredag 19.00 – söndag 01.00")).toBeNull();
    expect(oneDaySpan("Fredag 08 – lördag 16")).toBeNull();
    expect(oneDaySpan("Fredag 19.00–01.00")).toBeNull();
    expect(oneDaySpan("Kyrkan 19.00 – lördag 01.00")).toBeNull();
  });
});

describe("two-day spans in parseHoursText", () => {
  it("reads the night on Friday and leaves a span over two nights unread", () => {
    expect(parseHoursText("Fredag 19.00 – lördag 01.00", { year: 2026 }).config.weekly).toEqual({ fri: ["19:00-25:00"] });
    expect(parseHoursText("Fredag 19.00 – söndag 01.00", { year: 2026 }).unread.map((u) => u.line)).toEqual([1]);
  });
});
