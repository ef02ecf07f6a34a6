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
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { parseA1 } from '../../engine/grid/address';
import type { Lang } from '../../engine/model/issue';
import { STRINGS } from '../i18n/strings';
import { App, type PaneEnv } from '../taskpane/App';
import { usePageTheme } from '../taskpane/page-theme';
import { PreviewGrid } from './PreviewGrid';
import { asUnreadable } from '../../engine/unreadable/error';
import { unreadableText } from '../../engine/unreadable/messages';
import { readWorkbookFile, type FileGridHost } from './file-host';

/** Below this width the pane goes under the workbook instead of beside it (reflow, WCAG 1.4.10). */
const NARROW = '@media (max-width: 760px)';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 360px)',
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    minHeight: '100vh',
    boxSizing: 'border-box',
    [NARROW]: { gridTemplateColumns: 'minmax(0, 1fr)', padding: tokens.spacingHorizontalS },
  },
  left: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  sheetTabs: { flexWrap: 'wrap' },
  pane: {
    minWidth: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    [NARROW]: { borderLeft: 'none', borderTop: `1px solid ${tokens.colorNeutralStroke1}` },
  },
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
  const [failed, setFailed] = useState<string | null>(null);
  const [text, setText] = useState('');
  const fileInput = useRef<HTMLInputElement | null>(null);
  const editor = useRef<HTMLInputElement | null>(null);
  const workbookRegion = useRef<HTMLElement | null>(null);
  const theme = env.dark ? webDarkTheme : webLightTheme;
  usePageTheme(theme, env.dark);
  const sheet = view.workbook.sheets.find((s) => s.name === view.activeSheet) ?? null;
  // A cell picked in the grid or an issue clicked in the pane: highlighted, and the cell to edit.
  const selected = view.selected && view.selected.sheet === view.activeSheet ? view.selected.cell : null;

  function typedText(): string {
    if (!sheet || !selected) return '';
    const { row, col } = parseA1(selected);
    const origin = parseA1(sheet.origin || 'A1');
    const cell = sheet.cells[row - origin.row]?.[col - origin.col];
    return cell?.formula ?? (cell?.value === null || cell?.value === undefined ? '' : String(cell.value));
  }

  // Enter on a cell not yet selected: the edit box appears with the selection, then takes focus.
  const editNext = useRef(false);
  function edit() {
    if (editor.current) editor.current.focus();
    else editNext.current = true;
  }

  useEffect(() => {
    setText(typedText());
    if (editNext.current) editor.current?.focus();
    editNext.current = false;
    // Only a new pick refills the box, not the status writes that follow an edit: `sheet` is left out.
  }, [selected, view.activeSheet]);

  async function open(file: File) {
    setLoading(true);
    setFailed(null);
    try {
      host.load(await readWorkbookFile(new Uint8Array(await file.arrayBuffer()), file.name));
    } catch (e) {
      // The reason from its code, in the pane's language.
      setFailed(`${file.name}: ${unreadableText(asUnreadable(file.name, e).reason, lang)}`);
    } finally {
      setLoading(false);
    }
  }

  /** Back from the edit box to the selected cell, as Enter or Escape does in Excel. */
  function backToGrid() {
    if (selected) workbookRegion.current?.querySelector<HTMLElement>(`[data-cell="${selected}"]`)?.focus();
  }

  function apply() {
    if (sheet && selected) host.edit(sheet.name, selected, text);
    backToGrid();
  }

  return (
    <FluentProvider theme={theme} lang={lang}>
      <main className={styles.page}>
        <div className={styles.left}>
          <Text as="h1" size={500} weight="semibold">
            {t.previewTitle}
          </Text>
          <Text>{t.previewIntro}</Text>
          <div className={styles.bar}>
            {/* A themed button opens the browser's file picker; the bare input stays out of sight. */}
            <Button onClick={() => fileInput.current?.click()} disabledFocusable={loading}>
              {t.openFile}
            </Button>
            <input
              ref={fileInput}
              type="file"
              hidden
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              data-testid="open-file"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                if (f) void open(f);
                e.currentTarget.value = '';
              }}
            />
            {loading && <Spinner size="tiny" label={t.loadingFile} />}
          </div>
          {failed && (
            <MessageBar intent="error" key={failed}>
              <MessageBarBody>{failed}</MessageBarBody>
            </MessageBar>
          )}
          <section ref={workbookRegion} aria-label={t.workbookRegion} className={styles.left}>
            {view.workbook.sheets.length > 0 && (
              <TabList
                className={styles.sheetTabs}
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
                  ref={editor}
                  aria-label={t.cellValue(selected)}
                  data-testid="cell-editor"
                  value={text}
                  onChange={(_, d) => setText(d.value)}
                  onKeyDown={(e) => {
                    if (e.key !== 'Escape') return;
                    setText(typedText());
                    backToGrid();
                  }}
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
                issues={view.issues}
                lang={lang}
                t={t}
                onPick={(cell) => void host.select(sheet.name, cell)}
                onEdit={edit}
              />
            ) : (
              <Text>{t.noWorkbook}</Text>
            )}
          </section>
        </div>
        <section className={styles.pane} aria-label={t.paneRegion}>
          <App host={host} env={{ ...env, embedded: true }} />
        </section>
      </main>
    </FluentProvider>
  );
}
