import { parseArgs } from 'node:util';
import { writeTemplates } from './write-templates';

/** `npm run templates`: writes the empty template workbooks (kk and ru) to --out. */
const { values } = parseArgs({ options: { out: { type: 'string', default: 'templates/out' } } });
writeTemplates(values.out).then(
  (files) => process.stdout.write(files.join('\n') + '\n'),
  (e: unknown) => {
    process.stderr.write(`templates: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = 1;
  },
);
