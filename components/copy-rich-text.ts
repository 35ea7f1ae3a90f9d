/**
 * Puts the text on the clipboard as text/html and text/plain, for pages whose editor cannot be written
 * into (canvas editors such as online office suites): the user pastes with Ctrl+V.
 */
export async function copyRichText(text: string, html: string): Promise<void> {
  await navigator.clipboard.write([
    new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    }),
  ]);
}
