/**
 * `oppettider export google`: the built CLI prints the Google Business Profile hours as JSON.
 * Expected hours from SPEC §5 (Arjeplog: Mon–Thu 08–12, 13–16) and the almanac (2026-12-23 is
 * the day before julafton, 2026-12-24 julafton); the library's from examples/organization.json.
 */
import { describe, expect, it } from "vitest";
import { runCliProcess } from "../helpers/builtCli";

describe("oppettider export google", () => {
  it("prints regularHours and specialHours for the embedded Arjeplog", () => {
    const { status, stdout, stderr } = runCliProcess(["export", "google", "--from", "2026-12-23", "--days", "2"]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const body = JSON.parse(stdout);
    expect(body.regularHours.periods[0]).toEqual({ openDay: "MONDAY", openTime: { hours: 8, minutes: 0 }, closeDay: "MONDAY", closeTime: { hours: 12, minutes: 0 } });
    expect(body.specialHours.specialHourPeriods).toEqual([
      { startDate: { year: 2026, month: 12, day: 23 }, openTime: { hours: 8, minutes: 0 }, endDate: { year: 2026, month: 12, day: 23 }, closeTime: { hours: 12, minutes: 0 } },
      { startDate: { year: 2026, month: 12, day: 24 }, endDate: { year: 2026, month: 12, day: 24 }, closed: true },
    ]);
  });

  it("answers for --unit, and gives the same hours under any host time zone", () => {
    const args = ["--config", "examples/organization.json", "--unit", "biblioteket", "export", "google", "--from", "2026-12-20", "--days", "10"];
    const answers = ["UTC", "Pacific/Kiritimati"].map((TZ) => runCliProcess(args, { TZ }));
    expect(answers.map((a) => a.status)).toEqual([0, 0]);
    expect(answers[0]!.stdout).toBe(answers[1]!.stdout);
    const body = JSON.parse(answers[0]!.stdout);
    expect(body.regularHours.periods.find((p: { openDay: string }) => p.openDay === "SATURDAY").openTime).toEqual({ hours: 11, minutes: 0 });
    // --unit after the subcommand is the same global option.
    expect(runCliProcess(["--config", "examples/organization.json", "export", "google", "--unit", "biblioteket", "--from", "2026-12-20", "--days", "10"]).stdout).toBe(answers[0]!.stdout);
  });

  it("refuses a bad --days, --from or unit with a message and exit status 2", () => {
    for (const [args, message] of [
      [["--days", "0"], /--days must be a whole number of days from 1 to 1096, got "0"/],
      [["--days", "ten"], /--days must be a whole number of days from 1 to 1096, got "ten"/],
      [["--from", "2026-02-30"], /from.*2026-02 has 28 days/],
    ] as const) {
      const { status, stderr, stdout } = runCliProcess(["export", "google", ...args]);
      expect(status, args.join(" ")).toBe(2);
      expect(stderr).toMatch(message);
      expect(stdout).toBe("");
    }
    const unit = runCliProcess(["--config", "examples/organization.json", "--unit", "simhallen", "export", "google"]);
    expect(unit.status).toBe(2);
    expect(unit.stderr).toMatch(/--unit/);
    const several = runCliProcess(["--config", "examples/organization.json", "export", "google"]);
    expect(several.status).toBe(2);
    expect(several.stderr).toMatch(/choose one with --unit/);
  });
});
