import { exportFile, type ExportData } from '../../store/export';

/** Hand the export to the browser as a file download. Nothing is sent anywhere. */
export function downloadExport(data: ExportData): void {
  const file = exportFile(data);
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
