import type { ScheduleConfig } from "../schedule/configTypes";
import * as schedule from "../schedule/schema";
import type { Validator } from "./validator";

/*
 * The schema objects as the package exports them are the zod/mini schemas themselves, typed
 * with our own `Validator` interface (Standard Schema v1 + parse/safeParse), so that the
 * published .d.ts does not import zod (bundled, not a dependency). One file per schema: a
 * page that imports one must not load the others (their top-level code would come along).
 */

/**
 * The schedule config schema (what `createSchedule` validates with). Standard Schema v1,
 * with zod-style `parse`/`safeParse`. `createSchedule` and `validateScheduleConfig` give
 * friendlier errors (`ConfigError` with every path).
 *
 * @example
 * ScheduleConfigSchema.safeParse({ weeky: {} }).success // => false
 */
export const ScheduleConfigSchema: Validator<ScheduleConfig> = schedule.ScheduleConfigSchema;
