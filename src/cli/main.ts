import { runCli } from "./runCli";
import { terminalSafe } from "./terminalSafe";

// The `oppettider` command: the CLI with the process's arguments and streams. Everything
// it prints passes terminalSafe: a config's labels cannot send escape sequences.
runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${terminalSafe(text)}\n`),
  err: (text) => process.stderr.write(`${terminalSafe(text)}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(terminalSafe(`oppettider: internal error: ${error instanceof Error ? error.stack : String(error)}\n`));
    process.exitCode = 1;
  },
);
