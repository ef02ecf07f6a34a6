import {
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { checkWorkbook } from '../../engine/check';
import type { CheckSettings } from '../check/live-check';
import type { Strings } from '../i18n/strings';

interface Row {
  file: string;
  forms: number;
  errors: number;
  warnings: number;
  failure?: string;
}

const useStyles = makeStyles({ input: { margin: `${tokens.spacingVerticalS} 0` } });

/** Many grant workbooks in, one comparison out. The xlsx reader is loaded only here, on demand. */
export function PortfolioPanel({ settings, t }: { settings: CheckSettings; t: Strings }) {
  const styles = useStyles();
  const [rows, setRows] = useState<Row[]>([]);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  async function readAll(files: File[]) {
    setRows([]);
    setProgress({ done: 0, total: files.length });
    // exceljs is heavy: it stays out of the pane's first chunk.
    const { readXlsx } = await import(/* webpackChunkName: "xlsx" */ '../../engine/xlsx/read-xlsx');
    const out: Row[] = [];
    for (const [i, file] of files.entries()) {
      try {
        const wb = await readXlsx(new Uint8Array(await file.arrayBuffer()), file.name);
        const r = checkWorkbook(wb, settings);
        const count = (s: string) => r.issues.filter((x) => x.severity === s).length;
        out.push({
          file: file.name,
          forms: r.forms.length,
          errors: count('error'),
          warnings: count('warning'),
        });
      } catch (e) {
        out.push({
          file: file.name,
          forms: 0,
          errors: 0,
          warnings: 0,
          failure: e instanceof Error ? e.message : String(e),
        });
      }
      setRows([...out]);
      setProgress({ done: i + 1, total: files.length });
    }
    setProgress(null);
  }

  return (
    <div>
      <Text as="p">{t.portfolioIntro}</Text>
      <label>
        {t.chooseFiles}{' '}
        <input
          className={styles.input}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void readAll([...(e.currentTarget.files ?? [])])}
        />
      </label>
      {progress && (
        <ProgressBar
          value={progress.total ? progress.done / progress.total : 0}
          aria-label={t.reading(progress.done, progress.total)}
        />
      )}
      {rows.length > 0 && (
        <Table size="small" aria-label={t.tabPortfolio}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.file}</TableHeaderCell>
              <TableHeaderCell>{t.forms}</TableHeaderCell>
              <TableHeaderCell>{t.errors}</TableHeaderCell>
              <TableHeaderCell>{t.warnings}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.file}>
                <TableCell>{r.file}</TableCell>
                {r.failure ? (
                  <TableCell colSpan={3}>{r.failure}</TableCell>
                ) : (
                  <>
                    <TableCell>{r.forms}</TableCell>
                    <TableCell>{r.errors}</TableCell>
                    <TableCell>{r.warnings}</TableCell>
                  </>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
