/**
 * Prints help.html for the webpack build (the content security policy comes as the argument),
 * run in a child process like scripts/forms-json.ts so the engine stays out of webpack's config.
 */
import { helpPage } from '../addin/help/help-page';

process.stdout.write(helpPage(process.argv[2] ?? "default-src 'self'"));
