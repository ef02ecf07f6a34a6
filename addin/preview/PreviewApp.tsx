import {
  Button,
  FluentProvider,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { parseA1 } from '../../engine/grid/address';
import type { Lang } from '../../engine/model/issue';
import { asUnreadable } from '../../engine/unreadable/error';
import { unreadableText } from '../../engine/unreadable/messages';
import { STRINGS } from '../i18n/strings';
import { App, type PaneEnv } from '../taskpane/App';
import { PreviewGrid } from './PreviewGrid';
import type { FileGridHost } from './file-host';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 360px',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
  },
  left: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  pane: { borderLeft: `1px solid ${tokens.colorNeutralStroke1}` },
});

/** The workbook beside the very same task pane, on a file-backed host. */
export function PreviewApp({ host, lang, env }: { host: FileGridHost; lang: Lang; env: PaneEnv }) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const view = useSyncExternalStore(
    (cb) => host.subscribe(cb),
    () => host.current,
  );
  const [loading, setLoading] = useState(false);
  /** Why the last file picked could not be opened, in the pane's language. */
  const [failure, setFailure] = useState<string | null>(null);
  const [text, setText] = useState('');
  const sheet = view.workbook.sheets.find((s) => s.name === view.activeSheet) ?? null;
  // A cell picked in the grid or an issue clicked in the pane: highlighted, and the cell to edit.
  const selected = view.selected && view.selected.sheet === view.activeSheet ? view.selected.cell : null;

  useEffect(() => {
    if (!sheet || !selected) return setText('');
    const { row, col } = parseA1(selected);
    const origin = parseA1(sheet.origin || 'A1');
    const cell = sheet.cells[row - origin.row]?.[col - origin.col];
    setText(cell?.formula ?? (cell?.value === null || cell?.value === undefined ? '' : String(cell.value)));
    // Only a new pick refills the box, not the status writes that follow an edit: `sheet` is left out.
  }, [selected, view.activeSheet]);

  async function open(file: File) {
    setLoading(true);
    setFailure(null);
    try {
      const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ '../../engine/xlsx/read-xlsx');
      host.load(readXlsx(new Uint8Array(await file.arrayBuffer()), file.name));
    } catch (e) {
      setFailure(`${file.name}: ${unreadableText(asUnreadable(file.name, e).reason, lang)}`);
    } finally {
      setLoading(false);
    }
  }

  function apply() {
    if (sheet && selected) host.edit(sheet.name, selected, text);
  }

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div className={styles.page}>
        <div className={styles.left}>
          <Text as="h1" size={500} weight="semibold">
            {t.previewTitle}
          </Text>
          <Text>{t.previewIntro}</Text>
          <div className={styles.bar}>
            <label>
              {t.openFile}{' '}
              <input
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                data-testid="open-file"
                onChange={(e) => {
                  const f = e.currentTarget.files?.[0];
                  if (f) void open(f);
                }}
              />
            </label>
            {loading && <Spinner size="tiny" label={t.loadingFile} />}
          </div>
          {failure && (
            <MessageBar intent="error" politeness="assertive" data-testid="open-failure">
              <MessageBarBody>{failure}</MessageBarBody>
            </MessageBar>
          )}
          {view.workbook.sheets.length > 0 && (
            <TabList
              selectedValue={view.activeSheet ?? ''}
              onTabSelect={(_, d) => host.activate(String(d.value))}
              aria-label={t.sheets}
              size="small"
            >
              {view.workbook.sheets.map((s) => (
                <Tab key={s.name} value={s.name}>
                  {s.name}
                </Tab>
              ))}
            </TabList>
          )}
          {sheet && selected && (
            <form
              className={styles.bar}
              aria-label={t.editCell}
              onSubmit={(e) => {
                e.preventDefault();
                apply();
              }}
            >
              <Text weight="semibold">{t.editCell}</Text>
              <Input
                aria-label={t.cellValue(selected)}
                data-testid="cell-editor"
                value={text}
                onChange={(_, d) => setText(d.value)}
              />
              <Button type="submit" appearance="primary" size="small">
                {t.apply}
              </Button>
            </form>
          )}
          {sheet ? (
            <PreviewGrid
              grid={sheet}
              selected={selected}
              onPick={(cell) => void host.select(sheet.name, cell)}
            />
          ) : (
            <Text>{t.noWorkbook}</Text>
          )}
        </div>
        <aside className={styles.pane}>
          <App host={host} env={env} />
        </aside>
      </div>
    </FluentProvider>
  );
}
