/*
 * Where the command line writes, on its own so that runCli and the commands it adds
 * (serve, import) need not import each other.
 */

/**
 * Where the CLI writes: standard output and standard error, or a test's buffers.
 *
 * @example
 * const io: CliIo = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };
 * await runCli(["status"], io);
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}
