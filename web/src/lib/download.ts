import { writePositionHeaders } from '../write-position';

/**
 * Downloads a file the server gives to the signed-in session (its cookie goes along, as with any request here), with
 * the position of this user's last write: an export read on a standby then shows what they just wrote.
 */
export async function downloadFile(url: string, filename: string): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin', headers: writePositionHeaders() });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
