import { parseArgs } from 'node:util';
import { z } from 'zod';
import { writeTemplates } from '../../templates/write-templates';
import { UsageError } from './args';
import type { Io } from './check-command';

const TemplatesArgsSchema = z.object({ out: z.string().min(1) });

/** `esep templates --out DIR`: writes the empty form templates (Kazakh and Russian). */
export async function runTemplates(argv: string[], io: Io): Promise<number> {
  let raw: unknown;
  try {
    raw = parseArgs({ args: argv, options: { out: { type: 'string' } }, strict: true }).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const args = TemplatesArgsSchema.safeParse(raw);
  if (!args.success) throw new UsageError('templates needs --out DIR');
  const files = await writeTemplates(args.data.out);
  io.stdout(files.join('\n') + '\n');
  return 0;
}
