/** A problem the user can fix (bad file, bad flag value): printed without a stack trace, exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
