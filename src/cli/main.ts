// Entry point of `npm run flops`: runs the CLI on the process's arguments.
import { runCli } from './run';

const result = runCli(process.argv.slice(2));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
