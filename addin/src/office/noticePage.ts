/** The notice dialog's page: shows the title and text it was opened with; 关闭 asks the command to close it. */
export function startNoticePage(): void {
  const query = new URLSearchParams(window.location.search);
  const title = document.getElementById('title');
  const text = document.getElementById('text');
  const close = document.getElementById('close');
  if (title !== null) title.textContent = query.get('title') ?? '';
  if (text !== null) text.textContent = query.get('text') ?? '';
  void Office.onReady(() => {
    close?.addEventListener('click', () => Office.context.ui.messageParent('close'));
  });
}
