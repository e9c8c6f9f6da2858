/**
 * Binds a ribbon button's `<FunctionName>` to an action; Office waits for `completed()` before it
 * considers the command done, so it is called only once the action (and any notice) has finished.
 */
export function registerCommand(id: string, action: () => Promise<void>): void {
  Office.actions.associate(id, (event: Office.AddinCommands.Event) => {
    void action().finally(() => event.completed());
  });
}
