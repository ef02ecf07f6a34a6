/**
 * Prints the form workbooks as JSON ({id, file, title, base64}[]) for the webpack build, which
 * runs this in a child process so that its module graph stays out of webpack's config cache.
 */
import { buildFormFiles } from '../addin/forms/form-files';

void buildFormFiles().then((forms) =>
  process.stdout.write(
    JSON.stringify(forms.map(({ xlsx, ...rest }) => ({ ...rest, base64: xlsx.toString('base64') }))),
  ),
);
