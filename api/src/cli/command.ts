/**
 * Runs a command's `main`: a failure is written to stderr and the process exits with 1. `detail` 'stack' writes the
 * stack trace, for developer tools whose failures are bugs to find; 'message' the message alone, for operators.
 */
export function runCommand(main: () => Promise<void>, detail: 'message' | 'stack' = 'message'): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${failureText(error, detail)}\n`);
    process.exit(1);
  });
}

function failureText(error: unknown, detail: 'message' | 'stack'): string {
  if (!(error instanceof Error)) return String(error);
  return detail === 'stack' ? (error.stack ?? error.message) : error.message;
}
