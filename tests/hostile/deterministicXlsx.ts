import type { Workbook } from 'exceljs';
import JSZip from 'jszip';

/** Every timestamp in a generated fixture, so regenerating the corpus gives the same bytes. */
export const fixtureTime = new Date(Date.UTC(2024, 0, 1));

/**
 * The .xlsx bytes of a workbook, the same on every run: ExcelJS stamps docProps/core.xml and every zip
 * entry with the current time, so the document dates are fixed and the zip is rewritten with fixed
 * entry dates, in ExcelJS's entry order or the one `partOrder` makes of it.
 */
export async function deterministicXlsx(
  workbook: Workbook,
  partOrder: (names: readonly string[]) => readonly string[] = (names) => names,
): Promise<Buffer> {
  workbook.creator = 'taizhang hostile corpus';
  workbook.lastModifiedBy = 'taizhang hostile corpus';
  workbook.created = fixtureTime;
  workbook.modified = fixtureTime;
  const written = await JSZip.loadAsync(Buffer.from(await workbook.xlsx.writeBuffer()));
  const zip = new JSZip();
  const names = Object.values(written.files).flatMap((entry) => (entry.dir ? [] : [entry.name]));
  for (const name of partOrder(names)) {
    const entry = written.file(name);
    if (entry) zip.file(name, await entry.async('nodebuffer'), { date: fixtureTime, createFolders: false });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
