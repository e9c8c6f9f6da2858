import { Body1, Button, Caption1, CounterBadge, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular, ChevronDownRegular, ChevronRightRegular, WrenchRegular } from '@fluentui/react-icons';
import type { CellFix, CellValue, Locale } from '@taizhang/core';
import { useMemo, useState } from 'react';
import { groupFixes } from '../flow/fixGroups';
import type { UndoableFixes } from '../host/FixOutcome';
import { fixStringsFor } from './fixStrings';

/** Cells listed per rule before "and n more": the panel previews, the 修改记录 sheet keeps the full list. */
const shownFixes = 5;

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    maxHeight: '45vh',
    overflowY: 'auto',
    flexShrink: 0,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyle: 'none' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  groupHead: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalXS },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, wordBreak: 'break-all' },
  undo: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

export interface FixPanelProps {
  /** The safe fixes planned for the checked sheet. */
  readonly fixes: readonly CellFix[];
  /** What undo would put back, read from the workbook (so also after the pane was closed). */
  readonly undoable: UndoableFixes | undefined;
  readonly locale: Locale;
  readonly disabled: boolean;
  /** What is running, to show beside the buttons. */
  readonly running: 'apply' | 'undo' | undefined;
  readonly onApply: (fixes: readonly CellFix[]) => void;
  readonly onUndo: () => void;
}

function shown(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value instanceof Date ? value.toISOString().slice(0, 10) : value.code;
  return String(value);
}

/** The safe fixes of the checked sheet, before → after, grouped per rule, with apply all, apply per rule and undo. */
export function FixPanel({ fixes, undoable, locale, disabled, running, onApply, onUndo }: FixPanelProps) {
  const styles = useStyles();
  const strings = fixStringsFor(locale);
  const [open, setOpen] = useState(false);
  const groups = useMemo(() => groupFixes(fixes, locale), [fixes, locale]);
  if (fixes.length === 0 && undoable === undefined) return null;
  const locked = disabled || running !== undefined;
  return (
    <section className={styles.panel} aria-label={strings.region}>
      {fixes.length > 0 && (
        <div className={styles.head}>
          <Button appearance="transparent" aria-expanded={open} icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />} onClick={() => setOpen((before) => !before)}>
            {strings.title(fixes.length)}
          </Button>
          <Button appearance="primary" size="small" icon={<WrenchRegular />} disabled={locked} onClick={() => onApply(fixes)}>
            {strings.applyAll(fixes.length)}
          </Button>
        </div>
      )}
      {fixes.length > 0 && open && (
        <>
          <Caption1 className={styles.muted}>{strings.intro}</Caption1>
          <ul className={styles.groups}>
            {groups.map((group) => (
              <li key={group.rule} className={styles.group}>
                <div className={styles.groupHead}>
                  <Body1>
                    {group.name} <CounterBadge count={group.fixes.length} overflowCount={99999} size="small" appearance="ghost" color="informative" />
                  </Body1>
                  <Button size="small" disabled={locked} aria-label={strings.applyRule(group.name)} onClick={() => onApply(group.fixes)}>
                    {strings.applyThese}
                  </Button>
                </div>
                <ul className={styles.changes}>
                  {group.fixes.slice(0, shownFixes).map((fix) => (
                    <li key={`${fix.column}${fix.row}`}>
                      <Caption1>
                        {fix.column}
                        {fix.row} {strings.change(fix.header, shown(fix.before), fix.after)}
                      </Caption1>
                    </li>
                  ))}
                  {group.fixes.length > shownFixes && (
                    <li>
                      <Caption1 className={styles.muted}>{strings.more(group.fixes.length - shownFixes)}</Caption1>
                    </li>
                  )}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
      {undoable !== undefined && (
        <div className={styles.undo}>
          <Caption1 className={styles.muted}>{strings.last(undoable.time, undoable.cells)}</Caption1>
          <Button size="small" icon={<ArrowUndoRegular />} disabled={locked} onClick={onUndo}>
            {strings.undo}
          </Button>
        </div>
      )}
      {running !== undefined && <Spinner size="tiny" label={running === 'apply' ? strings.applying : strings.undoing} />}
    </section>
  );
}
