/**
 * Tells the user something from a ribbon command, which has no pane of its own: a small Office dialog
 * showing `notice.html`, resolved when the user closes it. Excel has no notification API for add-ins.
 */
export function showNotice(title: string, text: string): Promise<void> {
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) return Promise.resolve();
  const page = new URL('notice.html', window.location.href);
  page.searchParams.set('title', title);
  page.searchParams.set('text', text);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(page.toString(), { height: 25, width: 30, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      const close = () => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, close);
    });
  });
}
