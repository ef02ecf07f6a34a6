import * as z from 'zod/mini';

/** forms/index.json, written next to the form files at build time. */
export const FormEntrySchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.object({ kk: z.string(), ru: z.string(), en: z.string() }),
});
export type FormEntry = z.infer<typeof FormEntrySchema>;

export interface FormsSource {
  list(): Promise<FormEntry[]>;
  /** The form's .xlsx as base64, what Excel's insertWorksheetsFromBase64 takes. */
  base64(entry: FormEntry): Promise<string>;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short on big files.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The forms shipped beside the page (same origin: the CSP allows nothing else). */
export const bundledForms: FormsSource = {
  async list() {
    const res = await fetch('forms/index.json');
    if (!res.ok) throw new Error(`forms/index.json: ${res.status}`);
    return z.array(FormEntrySchema).parse(await res.json());
  },
  async base64(entry) {
    const res = await fetch(`forms/${entry.file}`);
    if (!res.ok) throw new Error(`forms/${entry.file}: ${res.status}`);
    return bytesToBase64(new Uint8Array(await res.arrayBuffer()));
  },
};
