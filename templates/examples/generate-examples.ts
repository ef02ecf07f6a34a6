import { writeExamples } from './examples';

/** `npm run examples`: regenerates the committed example workbooks in templates/examples/. */
writeExamples('templates/examples').then(
  (files) => process.stdout.write(files.join('\n') + '\n'),
  (e: unknown) => {
    process.stderr.write(`examples: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
