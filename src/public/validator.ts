/*
 * The type of the schema objects the package exports (`ScheduleConfigSchema`,
 * `OrganizationConfigSchema`, `CHAT_TOOL_SCHEMAS`). They are zod/mini schemas inside, but
 * zod is bundled, not a dependency, so their public type is this small interface of our
 * own: Standard Schema v1 (https://standardschema.dev, what form libraries, tRPC, Hono and
 * others accept), plus zod's `parse`/`safeParse`, which the schemas have always offered.
 */

/** A problem found by a schema, at a path such as `["weekly", "mon", 1]`. */
export interface ValidationIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** What `safeParse` answers: the typed value, or every problem found. */
export type SafeParseResult<Output> =
  | { readonly success: true; readonly data: Output; readonly error?: undefined }
  | { readonly success: false; readonly data?: undefined; readonly error: { readonly issues: readonly ValidationIssue[] } };

/** Standard Schema v1's `~standard` property (the spec's `StandardSchemaV1.Props`). */
export interface StandardSchemaProps<Input = unknown, Output = Input> {
  readonly version: 1;
  readonly vendor: string;
  readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
  readonly types?: { readonly input: Input; readonly output: Output } | undefined;
}

/** Standard Schema v1's result of `validate`. */
export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<{ readonly message: string; readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined }> };

/**
 * A schema: Standard Schema v1 and zod-style `parse`/`safeParse`. `Input` is what a caller
 * writes, `Output` what it gets back (defaults filled in).
 *
 * @example
 * const result = ScheduleConfigSchema.safeParse(JSON.parse(text));
 * if (!result.success) console.log(result.error.issues.map((issue) => issue.message));
 */
export interface Validator<Output, Input = Output> {
  readonly "~standard": StandardSchemaProps<Input, Output>;
  /** The value, typed; throws an error listing every problem. */
  parse(input: unknown): Output;
  /** `{ success: true, data }`, or `{ success: false, error: { issues } }` with every problem. */
  safeParse(input: unknown): SafeParseResult<Output>;
}
