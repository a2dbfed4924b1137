/**
 * Ends a command with an exit status other than 0 without a message of its own (the command
 * has said what it had to): `oppettider import` exits 1 when some lines were not read.
 *
 * @example
 * throw new ExitStatus(1);
 */
export class ExitStatus extends Error {
  override name = "ExitStatus";
  constructor(readonly status: number) {
    super(`exit status ${status}`);
  }
}
