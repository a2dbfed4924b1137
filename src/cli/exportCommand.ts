import type { Command } from "commander";
import { MAX_GOOGLE_BUSINESS_DAYS, toGoogleBusinessHours } from "../google/toGoogleBusinessHours";
import { quote } from "../validation/quote";
import type { CliIo } from "./cliIo";
import type { Selected } from "./selectPlace";
import { UsageError } from "./usageError";

/**
 * Adds `oppettider export google [--from DATE] [--days N]`: the Google Business Profile hours
 * (`regularHours`, `specialHours`) of the schedule, or of `--unit`'s place, as JSON on stdout,
 * the body of a Business Information API `locations.patch`. `load` narrows the config to one
 * place as the other one-place commands do.
 *
 * @example
 * addExportCommand(program, io, load);
 * // $ oppettider --unit biblioteket export google --from 2026-12-01 --days 31
 */
export function addExportCommand(program: Command, io: CliIo, load: (command: Command) => Selected): void {
  const exportCommand = program.command("export").description("the hours in another service's format (JSON on stdout)");
  exportCommand
    .command("google")
    .description("Google Business Profile regularHours and specialHours (Business Information API v1)")
    .option("--from <date>", "first date of special hours, YYYY-MM-DD (default: today in the schedule's zone)")
    .option("--days <n>", `how many days of special hours, 1–${MAX_GOOGLE_BUSINESS_DAYS}`, "365")
    .action((options: { from?: string; days: string }, command: Command) => {
      const days = /^\d{1,4}$/.test(options.days) ? Number(options.days) : Number.NaN;
      if (!(days >= 1 && days <= MAX_GOOGLE_BUSINESS_DAYS)) {
        throw new UsageError(`--days must be a whole number of days from 1 to ${MAX_GOOGLE_BUSINESS_DAYS}, got ${quote(options.days)}`);
      }
      const loaded = load(command);
      io.out(JSON.stringify(toGoogleBusinessHours(loaded.schedule, { ...(options.from !== undefined && { from: options.from }), days }), null, 2));
    });
}
