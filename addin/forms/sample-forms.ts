/**
 * The form workbooks the Forms tab offers, made at build time (node) and shipped as static
 * files. Until the template generator (branch `templates`) lands, the one form is the real
 * estimate of the application form, with the add-in's status column; swap this function for
 * the generator's output then.
 */
import { buildSeedWorkbook } from '../../test/fixtures/seed-estimate';
import { STATUS_HEADER } from '../check/status-column';

export interface FormFile {
  id: string;
  /** File name under forms/ in the build. */
  file: string;
  title: { kk: string; ru: string; en: string };
  xlsx: Buffer;
}

/** The estimate with its status column (J, headed "Esep") so the live check can mark rows. */
export async function estimateWithStatus(): Promise<Buffer> {
  const wb = buildSeedWorkbook({ numbers: 'number' });
  const ws = wb.getWorksheet('Смета');
  if (ws) {
    ws.getCell('J1').value = STATUS_HEADER;
    ws.getColumn(10).width = 40;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function buildFormFiles(): Promise<FormFile[]> {
  return [
    {
      id: 'estimate',
      file: 'estimate.xlsx',
      title: {
        kk: 'Шығыстар сметасы (өтінім үлгісі)',
        ru: 'Смета расходов (образец заявки)',
        en: 'Budget estimate (application sample)',
      },
      xlsx: await estimateWithStatus(),
    },
  ];
}
