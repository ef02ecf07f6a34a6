import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../../engine/model/issue';
import { asUnreadable } from '../../engine/unreadable/error';
import { unreadableText } from '../../engine/unreadable/messages';
import type { Strings } from '../i18n/strings';
import { readWorkbookFile, type FileGridHost } from './file-host';
import { FilePicker } from '../taskpane/FilePicker';

/** Opening an .xlsx from disk into the host; why a file is not a workbook, in the pane's language. */
export function useOpenWorkbook(host: FileGridHost, lang: Lang) {
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  async function open(file: File) {
    setLoading(true);
    setFailed(null);
    try {
      host.load(await readWorkbookFile(new Uint8Array(await file.arrayBuffer()), file.name));
    } catch (e) {
      setFailed(`${file.name}: ${unreadableText(asUnreadable(file.name, e).reason, lang)}`);
    } finally {
      setLoading(false);
    }
  }
  return { loading, failed, open };
}

/** "Open a workbook…", its progress and its failure. */
export function OpenWorkbook({
  opening,
  className,
  t,
}: {
  opening: ReturnType<typeof useOpenWorkbook>;
  className: string;
  t: Strings;
}) {
  return (
    <>
      <div className={className}>
        <FilePicker
          label={t.openFile}
          disabledFocusable={opening.loading}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          testId="open-file"
          onPick={(files) => void opening.open(files[0]!)}
        />
        {opening.loading && <Spinner size="tiny" label={t.loadingFile} />}
      </div>
      {opening.failed && (
        <MessageBar intent="error" key={opening.failed}>
          <MessageBarBody>{opening.failed}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
