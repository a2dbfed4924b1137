// The elements' one timer, with Node's timers faked by vitest (no browser needed for arm/check).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ChangeTimer, MAX_TIMEOUT_MS, NOT_AFTER_NOW_RETRY_MS } from "../src/elements/changeTimer";

const START = Date.parse("2026-12-23T11:00:00Z");

describe("ChangeTimer", () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: START });
    vi.spyOn(console, "warn").mockImplementation(() => {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("fires once, exactly at the instant asked for", () => {
    const due: number[] = [];
    const timer = new ChangeTimer(() => Date.now(), () => due.push(Date.now()));
    timer.arm(START + 3_600_000);
    vi.advanceTimersByTime(3_600_000 - 1);
    expect(due).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(due).toEqual([START + 3_600_000]);
    vi.advanceTimersByTime(10 * 3_600_000);
    expect(due).toHaveLength(1);
  });

  it("waits longer than 2^31−1 ms in steps, each no longer than a browser allows", () => {
    const delays: number[] = [];
    const setTimeoutSpy = vi.spyOn(globalThis, "setTimeout");
    const due: number[] = [];
    const timer = new ChangeTimer(() => Date.now(), () => due.push(Date.now()));
    const target = START + 60 * 86_400_000; // 60 days
    timer.arm(target);
    vi.advanceTimersByTime(60 * 86_400_000);
    for (const call of setTimeoutSpy.mock.calls) delays.push(Number(call[1]));
    expect(due).toEqual([target]);
    expect(delays.every((delay) => delay > 0 && delay <= MAX_TIMEOUT_MS)).toBe(true);
    expect(delays.length).toBe(Math.ceil((60 * 86_400_000) / MAX_TIMEOUT_MS));
  });

  it("never re-arms at once for a next change that is not after now (looks again in a minute)", () => {
    let renders = 0;
    // A broken "next change" that is always now: the 0 ms loop the old kiosk had.
    const timer: ChangeTimer = new ChangeTimer(
      () => Date.now(),
      () => {
        renders++;
        timer.arm(Date.now());
      },
    );
    timer.arm(Date.now());
    timer.arm(Number.NaN);
    vi.advanceTimersByTime(3_600_000);
    expect(renders).toBe(3_600_000 / NOT_AFTER_NOW_RETRY_MS);
    expect(console.warn).toHaveBeenCalled();
  });

  it("after a sleep (timers late), check() fires at once when the change has passed, else waits from the real time", () => {
    const due: number[] = [];
    const timer = new ChangeTimer(() => Date.now(), () => due.push(Date.now()));
    timer.arm(START + 60_000);
    // Asleep for 30 s: the clock moves, the timers do not.
    vi.setSystemTime(START + 30_000);
    timer.check();
    expect(due).toEqual([]);
    vi.advanceTimersByTime(30_000);
    expect(due).toEqual([START + 60_000]);
    timer.arm(START + 120_000);
    vi.setSystemTime(START + 600_000); // slept past it
    timer.check();
    expect(due).toEqual([START + 60_000, START + 600_000]);
    expect(timer.target).toBeNull();
  });
});
