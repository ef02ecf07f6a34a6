import { writeTemplates } from '../../templates/write-templates';
import type { Io } from './check-command';

/** `esep templates --out DIR`: writes the empty form templates (Kazakh and Russian), one path a line. */
export async function runTemplates(args: { out: string }, io: Io): Promise<number> {
  const files = await writeTemplates(args.out);
  io.stdout(files.join('\n') + '\n');
  return 0;
}
