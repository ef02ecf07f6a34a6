import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../../engine/model/issue';
import { loadBuiltInProfile } from '../../engine/profiles';
import { money } from '../../engine/rules/format';
import { UnreadableFileError } from '../../engine/unreadable/error';
import { unreadableText } from '../../engine/unreadable/messages';
import type { GridHost } from '../check/grid-host';
import type { WordImport } from '../forms/import-word';
import type { Strings } from '../i18n/strings';
import { renderIssue } from '../../engine/rules/render-issue';
import { FilePicker } from './FilePicker';

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalL },
  block: { marginTop: tokens.spacingVerticalS },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** Issues listed before inserting; the rest are counted (the live check shows them on the sheets). */
const SHOWN = 12;

/** FileReader rather than Blob.arrayBuffer: older WebKit (Excel on a Mac) lacks the latter. */
function readBytes(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('the file cannot be read'));
    reader.readAsArrayBuffer(file);
  });
}

type State =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'read'; result: WordImport }
  | { status: 'inserting'; result: WordImport }
  | { status: 'failed'; message: string };

type WordStrings = Strings['importWord'];

/** Why a document could not be imported: a format Esep names ("save it as .docx"), else the reader's reason. */
function failureMessage(e: unknown, w: WordStrings, lang: Lang): string {
  if (!(e instanceof UnreadableFileError)) return w.unreadable(e instanceof Error ? e.message : String(e));
  const format =
    e.reason.code === 'legacy-xls'
      ? 'xls'
      : e.reason.code === 'unsupported-format'
        ? String(e.reason.params.format)
        : null;
  const named = format === null ? undefined : w.formats[format];
  return named ? w.legacy(named) : w.unreadable(unreadableText(e.reason, lang));
}

/** Reading a picked document (the importer loaded on first use), then inserting its sheets. */
function useWordImport(host: GridHost, lang: Lang, w: WordStrings, onInserted: (names: string[]) => void) {
  const [state, setState] = useState<State>({ status: 'idle' });

  async function read(file: File | undefined) {
    if (!file) return;
    setState({ status: 'reading' });
    try {
      const { importWord } = await import(/* webpackChunkName: "import-word" */ '../forms/import-word');
      const bytes = await readBytes(file);
      const result = await importWord(bytes, file.name, { profile: loadBuiltInProfile() });
      setState({ status: 'read', result });
    } catch (e) {
      setState({ status: 'failed', message: failureMessage(e, w, lang) });
    }
  }

  async function insert(result: WordImport) {
    setState({ status: 'inserting', result });
    try {
      const names = await host.insertForm(result.base64);
      setState({ status: 'idle' });
      onInserted(names);
    } catch (e) {
      setState({ status: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }

  return { state, read, insert };
}

/**
 * The Forms tab's "Import from Word…": choose a .docx, see what was found and what is wrong in
 * it as written, then insert the filled template sheets (ExcelApi 1.13, as inserting forms).
 */
export function ImportWord({
  host,
  lang,
  t,
  onInserted,
}: {
  host: GridHost;
  lang: Lang;
  t: Strings;
  onInserted: (names: string[]) => void;
}) {
  const styles = useStyles();
  const w = t.importWord;
  const { state, read, insert } = useWordImport(host, lang, w, onInserted);
  const busy = state.status === 'reading' || state.status === 'inserting';
  const result = state.status === 'read' || state.status === 'inserting' ? state.result : null;

  return (
    <section className={styles.root} aria-labelledby="esep-import-word">
      <Text as="h2" id="esep-import-word" weight="semibold" size={400}>
        {w.title}
      </Text>
      <Text as="p" block>
        {w.intro}
      </Text>
      <FilePicker
        className={styles.block}
        label={w.choose}
        disabledFocusable={!host.capabilities.insertForms || busy}
        accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.doc,.odt,.rtf,.pdf"
        testId="import-word"
        onPick={(files) => void read(files[0])}
      />
      {state.status === 'reading' && <Spinner className={styles.block} size="tiny" label={w.reading} />}
      {state.status === 'failed' && (
        <MessageBar intent="error" className={styles.block}>
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.forms.length === 0 && (
        <MessageBar intent="warning" className={styles.block}>
          <MessageBarBody>{w.noForm}</MessageBarBody>
        </MessageBar>
      )}
      {result && result.forms.length > 0 && (
        <Found
          result={result}
          inserting={state.status === 'inserting'}
          onInsert={() => void insert(result)}
          lang={lang}
          t={t}
        />
      )}
    </section>
  );
}

/** What the document holds, its mistakes as written and the reader's notes, then "Insert". */
function Found({
  result,
  inserting,
  onInsert,
  lang,
  t,
}: {
  result: WordImport;
  inserting: boolean;
  onInsert: () => void;
  lang: Lang;
  t: Strings;
}) {
  const styles = useStyles();
  const w = t.importWord;
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.filter((i) => i.severity === 'warning').length;
  return (
    <div className={styles.block} role="status">
      <Text block>
        {w.found(
          result.forms.map((f) => `${t.formNames[f.form]} (${f.sheet})`).join(', '),
          result.counts.estimateLines,
          result.counts.planMeasures,
          result.counts.impactRows,
        )}
      </Text>
      <Text block className={styles.block}>
        {result.issues.length === 0 ? w.noProblems : w.problems(errors, warnings)}
      </Text>
      {result.issues.length > 0 && <FoundIssues issues={result.issues} lang={lang} />}
      {result.notes.length > 0 && <ReaderNotes notes={result.notes} w={w} />}
      <Button
        className={styles.block}
        appearance="primary"
        disabled={inserting}
        icon={inserting ? <Spinner size="extra-tiny" /> : undefined}
        onClick={onInsert}
      >
        {inserting ? t.inserting : w.insert}
      </Button>
    </div>
  );
}

function FoundIssues({ issues, lang }: { issues: WordImport['issues']; lang: Lang }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {issues.slice(0, SHOWN).map((i, k) => (
        <li key={k}>
          <Text>
            {i.sheet}!{i.cell}: {renderIssue(i, lang)}
          </Text>
        </li>
      ))}
      {issues.length > SHOWN && (
        <li>
          <Text>…</Text>
        </li>
      )}
    </ul>
  );
}

/** What the reader could not place on the template: totals without lines, unplaced rows, extra forms. */
function ReaderNotes({ notes, w }: { notes: WordImport['notes']; w: WordStrings }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {notes.map((n, k) => (
        <li key={k}>
          <Text>
            {n.kind === 'total-only'
              ? `${n.sheet}!${n.cell}: ${w.totalOnly(n.label, money(n.total))}`
              : n.kind === 'unplaced'
                ? `${n.sheet}!${n.cell}: ${w.unplaced(n.label)}`
                : w.extraForm(n.sheet)}
          </Text>
        </li>
      ))}
    </ul>
  );
}
