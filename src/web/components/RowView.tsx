// Where an error is, when there is no Excel to jump to: the offending row's cells under their
// column letters, with the sheet's first row (where the headers usually are) and the rows around
// it for context, the offending cell marked. Cell text is shown as text, never interpreted.
import { Button, Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useEffect, useRef } from 'react';
import { CALENDAR_TABLE, EVENT_TABLE, cellText, columnLetter, serialToIso, type CellValue, type SheetSnapshot } from '../../engine';
import type { Location } from '../session';
import type { PageStrings } from '../strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, minWidth: 0 },
  head: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  scroller: { overflowX: 'auto', maxWidth: '100%', border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    whiteSpace: 'pre-wrap',
    maxWidth: '16em',
    verticalAlign: 'top',
  },
  th: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold, textAlign: 'center' },
  title: { margin: 0 },
  gap: { color: tokens.colorNeutralForeground3, textAlign: 'center' },
  /** Numbers and dates stay on one line. */
  number: { whiteSpace: 'nowrap' },
  target: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  hit: { outline: `2px solid ${tokens.colorPaletteRedBorder2}`, outlineOffset: '-2px', fontWeight: tokens.fontWeightSemibold },
});

export interface RowViewProps {
  location: Location;
  /** The sheet as read; null when the workbook has no sheet of that name. */
  sheet: SheetSnapshot | null;
  strings: PageStrings;
  onClose(): void;
}

function valueAt(sheet: SheetSnapshot, row: number, column: number): CellValue {
  return sheet.values[row - (sheet.top ?? 1)]?.[column - (sheet.left ?? 1)] ?? null;
}

/** Headers of the date columns (日期 / Date in the event and calendar tables), as the parser names them. */
const DATE_HEADERS = new Set(
  [EVENT_TABLE, CALENDAR_TABLE].flatMap((t) => t.fields.filter((f) => f.key === 'date').flatMap((f) => [f.name, f.alias.toLowerCase()])),
);

/** A date cell holds a serial number; under a date header it is shown as the date the sheet shows. */
function shown(v: CellValue, header: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isInteger(v) && v > 0 && v < 2958466 && DATE_HEADERS.has(cellText(header).toLowerCase())) {
    return serialToIso(v);
  }
  return cellText(v);
}

/** The sheet rows to show: its first non-empty row (the header, usually), then the target row ±1. */
function rowsToShow(sheet: SheetSnapshot, row: number | null): number[] {
  const top = sheet.top ?? 1;
  const last = top + sheet.values.length - 1;
  const firstFilled = sheet.values.findIndex((r) => r.some((v) => v !== null && v !== ''));
  const rows = new Set<number>();
  if (firstFilled >= 0) rows.add(top + firstFilled);
  if (row !== null) for (let r = row - 1; r <= row + 1; r++) if (r >= top && r <= Math.max(last, row)) rows.add(r);
  return [...rows].sort((a, b) => a - b);
}

export function RowView({ location, sheet, strings: s, onClose }: RowViewProps) {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus follows the user's click on an error: the row appears and a screen reader reads its heading.
  useEffect(() => heading.current?.focus(), [location]);
  const col = location.column !== null ? columnLetter(location.column) : null;

  let body;
  if (!sheet) {
    body = <div role="status">{s.rowMissing(location.sheet)}</div>;
  } else {
    const left = sheet.left ?? 1;
    const width = Math.max(
      sheet.values.reduce((w, r) => Math.max(w, r.length), 0),
      (location.column ?? 0) - left + 1,
      1,
    );
    const columns = Array.from({ length: width }, (_, i) => left + i);
    const rows = rowsToShow(sheet, location.row);
    const targetEmpty = location.row !== null && columns.every((c) => valueAt(sheet, location.row!, c) === null);
    body = (
      <>
        <div className={styles.scroller} tabIndex={0} role="region" aria-label={s.rowTitle(location.sheet)}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={mergeClasses(styles.cell, styles.th)} scope="col">
                  {s.rowHeader}
                </th>
                {columns.map((c) => (
                  <th key={c} className={mergeClasses(styles.cell, styles.th)} scope="col">
                    {columnLetter(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <RowLine
                  key={r}
                  r={r}
                  gapBefore={i > 0 && rows[i - 1] !== r - 1}
                  columns={columns}
                  sheet={sheet}
                  location={location}
                  styles={styles}
                  headerRow={rows[0] ?? null}
                />
              ))}
            </tbody>
          </table>
        </div>
        {targetEmpty ? <Caption1>{s.rowEmpty}</Caption1> : null}
      </>
    );
  }

  return (
    <section className={styles.root} aria-labelledby="qs-row-title" data-testid="row-view">
      <div className={styles.head}>
        <h2 id="qs-row-title" ref={heading} tabIndex={-1} className={styles.title}>
          <Subtitle2>
            {s.rowTitle(location.sheet)}:{s.rowWhere(location.row, col)}
          </Subtitle2>
        </h2>
        <Button appearance="subtle" icon={<DismissRegular />} aria-label={s.close} onClick={onClose} />
      </div>
      {body}
    </section>
  );
}

function RowLine(props: {
  r: number;
  gapBefore: boolean;
  columns: number[];
  sheet: SheetSnapshot;
  location: Location;
  styles: ReturnType<typeof useStyles>;
  /** The sheet row the column headers are taken from (its first filled row). */
  headerRow: number | null;
}) {
  const { r, gapBefore, columns, sheet, location, styles, headerRow } = props;
  const isTarget = r === location.row;
  return (
    <>
      {gapBefore ? (
        <tr aria-hidden="true">
          <td className={mergeClasses(styles.cell, styles.gap)} colSpan={columns.length + 1}>
            ⋮
          </td>
        </tr>
      ) : null}
      <tr className={isTarget ? styles.target : undefined} aria-current={isTarget ? 'true' : undefined}>
        <th className={mergeClasses(styles.cell, styles.th)} scope="row">
          {r}
        </th>
        {columns.map((c) => {
          const v = valueAt(sheet, r, c);
          const hit = isTarget && c === location.column;
          return (
            <td
              key={c}
              className={mergeClasses(styles.cell, typeof v === 'number' && styles.number, hit && styles.hit)}
              data-hit={hit ? 'true' : undefined}
            >
              {r === headerRow || headerRow === null ? shown(v, null) : shown(v, valueAt(sheet, headerRow, c))}
            </td>
          );
        })}
      </tr>
    </>
  );
}
