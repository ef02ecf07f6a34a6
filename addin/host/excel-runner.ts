/** The slice of the Excel namespace the host needs; tests pass a fake with the same behaviour. */
export interface ExcelRunner {
  /** Excel.run(options, batch): a new request context. */
  run<T>(options: Excel.RunOptions, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Excel.run(context, batch): handlers must be removed through the context that added them. */
  runWith<T>(ctx: Excel.RequestContext, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Office.context.diagnostics.platform ("PC", "Mac", "OfficeOnline", "iOS", …); null when unknown. */
  readonly platform: string | null;
}

/**
 * Every batch waits while the user is editing a cell: without it Excel fails the batch
 * (InvalidOperationInCellEditMode), and the live check runs 300 ms after an edit, when the user
 * is often typing into the next cell (docs/excel/excel-add-ins-delay-in-cell-edit.md).
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/** The RichApi error code of a failed batch ("AccessDenied", …), or null for any other error. */
export function officeErrorCode(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/** Excel on the web refuses requests and responses over 5 MB with these codes. */
export function isPayloadLimit(e: unknown): boolean {
  const code = officeErrorCode(e);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * insertWorksheetsFromBase64 is ExcelApi 1.13 but "only supported for Office on Windows, Mac, and
 * the web": Excel on iPad may report 1.13 and still lack it.
 */
export function canInsertSheets(excel: Pick<ExcelRunner, 'isSetSupported' | 'platform'>): boolean {
  return (
    excel.isSetSupported('ExcelApi', '1.13') &&
    (excel.platform === null || ['PC', 'Mac', 'OfficeOnline'].includes(excel.platform))
  );
}
