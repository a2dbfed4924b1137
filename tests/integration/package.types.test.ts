// The installed package's types, as TypeScript users check them (issue #9): consumer projects
// under every module resolution a project uses today — node16, nodenext and bundler, ESM and
// CommonJS (and node10, through typesVersions) — with `skipLibCheck: false`, so the package's
// .d.ts are checked too. Each imports and uses the main API from the root and the subpaths,
// and has lines that must NOT compile (`@ts-expect-error`), so that types resolving to `any`
// fail the test as well.
import { execFile } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { ROOT } from "../../bench/bundle-size.mjs";

const run = promisify(execFile);
const TSC = join(ROOT, "node_modules/typescript/bin/tsc");

interface Consumer {
  name: string;
  type: "module" | "commonjs";
  compilerOptions: Record<string, unknown>;
}

const CONSUMERS: readonly Consumer[] = [
  { name: "node16, ESM", type: "module", compilerOptions: { module: "node16", moduleResolution: "node16" } },
  { name: "node16, CommonJS", type: "commonjs", compilerOptions: { module: "node16", moduleResolution: "node16" } },
  { name: "nodenext, ESM", type: "module", compilerOptions: { module: "nodenext", moduleResolution: "nodenext" } },
  { name: "nodenext, CommonJS", type: "commonjs", compilerOptions: { module: "nodenext", moduleResolution: "nodenext" } },
  { name: "bundler", type: "module", compilerOptions: { module: "esnext", moduleResolution: "bundler" } },
  { name: "node10, CommonJS", type: "commonjs", compilerOptions: { module: "commonjs", moduleResolution: "node10" } },
];

/** Strict, and checking the package's own .d.ts (skipLibCheck: false), with no @types at all. */
const STRICT = {
  target: "es2022",
  lib: ["es2022"],
  strict: true,
  skipLibCheck: false,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  types: [],
  noEmit: true,
};

/** A consumer's code: the main API from the root and each subpath, used and typed. */
const CONSUMER_SOURCE = `import {
  callTool,
  ConfigError,
  createOrganization,
  createSchedule,
  presets,
  ScheduleConfigSchema,
  swedishDay,
  toSchemaOrg,
  type DayHours,
  type IsOpenResult,
  type Organization,
  type ScheduleConfig,
  type SchemaOrgJsonLd,
  type Validator,
} from "oppettider";
import { createOrganization as createOrganizationFromSubpath, type Phone } from "oppettider/contacts";
import { callTool as callToolFromSubpath, functionToolDefinitions, type ChatToolInput } from "oppettider/chat";
import { toICalendar, toOpeningHoursTag, type SchemaOrgOpeningHours } from "oppettider/exports";

const schedule = createSchedule(presets.arjeplog);
export const open: boolean = schedule.isOpen(new Date());
export const next: Date | null = schedule.nextOpening(Date.now());
export const day: DayHours = schedule.day("2026-12-24");
export const bridgeDay: boolean = swedishDay("2026-01-05").bridgeDay;

export const kommun: Organization = createOrganizationFromSubpath(presets.arjeplogKommun);
export const sameFunction: typeof createOrganization = createOrganizationFromSubpath;
export const phone: Phone | undefined = kommun.contact("vaxel").phones[0];

export const answer: IsOpenResult = callTool(kommun, "is_open", { at: "2026-12-24T10:00" });
const input: ChatToolInput["hours_on"] = { date: "2026-12-24" };
export const hours: string = callToolFromSubpath(kommun, "hours_on", input).date;
export const toolNames: string[] = functionToolDefinitions(kommun).map((tool) => tool.function.name);

export const jsonLd: SchemaOrgJsonLd<"Library"> = toSchemaOrg(kommun, { from: "2026-12-20", days: 14, type: "Library" });
export const specs: SchemaOrgOpeningHours[] | undefined = jsonLd.openingHoursSpecification;
export const tag: string = toOpeningHoursTag(schedule, { from: "2026-12-01", to: "2026-12-31" });
export const ics: string = toICalendar(schedule, { from: "2026-12-01", to: "2026-12-31" });

const config: ScheduleConfig = { weekly: { mon: ["08:00-12:00"] }, dayKinds: { bridgeDay: { hours: [] } } };
const validator: Validator<ScheduleConfig> = ScheduleConfigSchema;
const parsed = validator.safeParse(config);
export const weekly = parsed.success ? parsed.data.weekly : parsed.error.issues.map((issue) => issue.message);
export const isConfigError = (error: unknown): error is ConfigError => error instanceof ConfigError;

// The types are real, not \`any\`: each line below must be a type error.
// @ts-expect-error: a misspelt key of a schedule config
export const typo: ScheduleConfig = { weeky: {} };
// @ts-expect-error: isOpen answers a boolean
export const notText: string = schedule.isOpen(Date.now());
// @ts-expect-error: is_open's answer has no such field
export const nothing = answer.nonsense;
// @ts-expect-error: toSchemaOrg needs its window
toSchemaOrg(kommun);
`;

/**
 * The two subpaths for a browser and for a server: the elements (whose .d.ts brings the DOM
 * library itself) and createApp (whose types need the optional peer hono, installed beside).
 */
const BROWSER_AND_SERVER_SOURCE = `import { OppettiderStatus, defineOppettiderElements, type PlaceContact } from "oppettider/elements";
import { createApp, type App } from "oppettider/server";
import { presets } from "oppettider";

defineOppettiderElements();
export const isStatus = (element: unknown): element is OppettiderStatus => element instanceof OppettiderStatus;
export const title = (contact: PlaceContact): string => contact.title;
const app: App = createApp(presets.arjeplogKommun);
export const response: Promise<Response> | Response = app.fetch(new Request("http://localhost/v1/health"));
// @ts-expect-error: createApp needs an organisation config
createApp(42);
`;

const results = new Map<string, Promise<{ ok: boolean; output: string }>>();

/** Runs tsc on a project folder: its output, and whether it passed. */
function typeCheck(folder: string): Promise<{ ok: boolean; output: string }> {
  return run(process.execPath, [TSC, "-p", folder, "--pretty", "false"], { cwd: folder }).then(
    ({ stdout, stderr }) => ({ ok: true, output: stdout + stderr }),
    (error: { stdout?: string; stderr?: string; message: string }) => ({ ok: false, output: `${error.stdout ?? ""}${error.stderr ?? ""}` || error.message }),
  );
}

beforeAll(() => {
  const base = join(inject("scratch"), "types");
  for (const consumer of CONSUMERS) {
    const folder = join(base, consumer.name.replace(/[^a-z0-9]+/gi, "-"));
    mkdirSync(folder, { recursive: true });
    // The installed package, as this project's own node_modules.
    symlinkSync(join(inject("consumer"), "node_modules"), join(folder, "node_modules"), "dir");
    writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "consumer", private: true, type: consumer.type }));
    writeFileSync(join(folder, "tsconfig.json"), JSON.stringify({ compilerOptions: { ...STRICT, ...consumer.compilerOptions }, files: ["index.ts"] }, null, 2));
    writeFileSync(join(folder, "index.ts"), CONSUMER_SOURCE);
    // All at once: each tsc is a process of its own.
    results.set(consumer.name, typeCheck(folder));
  }
  for (const consumer of BROWSER_AND_SERVER_CONSUMERS) {
    const folder = join(base, `browser-server-${consumer.name.replace(/[^a-z0-9]+/gi, "-")}`);
    // The installed package, and hono beside it (an optional peer: a server project installs it).
    mkdirSync(join(folder, "node_modules"), { recursive: true });
    symlinkSync(join(inject("consumer"), "node_modules/oppettider"), join(folder, "node_modules/oppettider"), "dir");
    symlinkSync(join(ROOT, "node_modules/hono"), join(folder, "node_modules/hono"), "dir");
    writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "consumer", private: true, type: consumer.type }));
    // No "dom" in lib: the elements' .d.ts must bring it; Request and Response come with it.
    // preserveSymlinks: the package is found where this project links it, so hono is found beside it.
    const compilerOptions = { ...STRICT, ...consumer.compilerOptions, preserveSymlinks: true };
    writeFileSync(join(folder, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["index.ts"] }, null, 2));
    writeFileSync(join(folder, "index.ts"), BROWSER_AND_SERVER_SOURCE);
    results.set(`browser and server: ${consumer.name}`, typeCheck(folder));
  }
});

const BROWSER_AND_SERVER_CONSUMERS = CONSUMERS.filter((consumer) => consumer.type === "module");

describe.each(BROWSER_AND_SERVER_CONSUMERS.map((consumer) => [consumer.name] as const))(
  "a TypeScript consumer of oppettider/elements and oppettider/server (%s, skipLibCheck: false)",
  (name) => {
    it("type-checks against the installed package", async () => {
      const result = await results.get(`browser and server: ${name}`)!;
      expect(result.output).toBe("");
      expect(result.ok).toBe(true);
    }, 120_000);
  },
);

describe.each(CONSUMERS.map((consumer) => [consumer.name, consumer] as const))("a TypeScript consumer (%s, skipLibCheck: false)", (name) => {
  it("type-checks against the installed package", async () => {
    const result = await results.get(name)!;
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
  }, 120_000);
});
