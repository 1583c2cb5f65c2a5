// 「导入记录…」 in the pane and on the page (SPEC §9): choose a source file (.xlsx or .csv), see how its columns map
// onto the ledger (each editable), the counts and every refused row, then import into the page's
// copy of the workbook (the pane: into the open workbook, through its host). The engine plans (importPlanFor, the same function the command calls);
// this panel only shows the plan and hands its rows to the session to write.
import { FileInput } from './FileInput';
import {
  Body1,
  Button,
  Caption1,
  Card,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowImportRegular, DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState } from 'react';
import { importPlanFor, LEDGER_HEADER, type ColumnMapping, type ImportField, type MapOverride, type Snapshot } from '../../engine';
import { useStrings } from '../i18n';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': { textAlign: 'left', padding: '2px 6px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '12em', overflowY: 'auto' },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** What a column's drop-down offers: every ledger column, 记入备注 for a column kept there, and 不导入. */
const IGNORE = '忽略';
const REMARK = '__remark';
const FIELDS = Object.values(LEDGER_HEADER);

/** The refused rows shown; the rest are counted (the command lists them all). */
const SHOWN_REFUSED = 50;

export interface ImportSource {
  name: string;
  snapshot: Snapshot;
  encoding: string | null;
}

export interface ImportPanelProps {
  /** The page's workbook as it is now. */
  readBook(): Promise<Snapshot>;
  /** Reads a chosen file (the port's readSource). */
  readSource(file: File): Promise<ImportSource>;
  /** Writes the plan's rows into the page's copy. */
  importRows(plan: ReturnType<typeof importPlanFor>): Promise<void>;
  onClose(): void;
}

export function ImportPanel({ readBook, readSource, importRows, onClose }: ImportPanelProps) {
  const s = useStrings();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [book, setBook] = useState<Snapshot | null>(null);
  const [source, setSource] = useState<ImportSource | null>(null);
  const [sheet, setSheet] = useState<string>('');
  const [map, setMap] = useState<MapOverride[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<number | null>(null);

  useEffect(() => {
    void readBook().then(setBook, (e: Error) => setFailure(e.message));
  }, [readBook]);

  const plan = useMemo(
    () => (book && source ? importPlanFor(book, source.snapshot, { sheet: sheet || null, map }) : null),
    [book, source, sheet, map],
  );

  const choose = async (file: File) => {
    setFailure(null);
    setDone(null);
    try {
      setSource(await readSource(file));
      setSheet('');
      setMap([]);
    } catch (e) {
      setFailure((e as Error).message ?? String(e));
    }
  };

  const remap = (c: ColumnMapping, to: string) => {
    const rest = map.filter((m) => m.from !== c.header);
    setMap(to === REMARK ? rest : [...rest, { from: c.header, to }]);
    setDone(null);
  };

  const run = async () => {
    if (!plan) return;
    setBusy(true);
    try {
      await importRows(plan);
      setDone(plan.counts.new);
      setBook(await readBook());
    } catch (e) {
      setFailure((e as Error).message ?? String(e));
    } finally {
      setBusy(false);
    }
  };

  const value = (c: ColumnMapping) => (c.field ? LEDGER_HEADER[c.field] : c.how === 'remark' ? REMARK : IGNORE);
  const refused = plan?.rows.filter((r) => r.status === 'refused') ?? [];
  const toFill = plan?.rows.reduce((n, r) => n + (r.status === 'new' ? (r.toFill?.length ?? 0) : 0), 0) ?? 0;

  return (
    <Card className={styles.box} data-testid="import-panel">
      <Subtitle2 as="h2">{s.importTitle}</Subtitle2>
      <Caption1>{s.importHint}</Caption1>
      <div className={styles.actions}>
        <Button appearance={source ? 'secondary' : 'primary'} icon={<DocumentArrowUpRegular />} onClick={() => input.current?.click()}>
          {s.importChoose}
        </Button>
        <Button onClick={onClose}>{s.importClose}</Button>
      </div>
      <FileInput ref={input} id="qs-import-input" accept=".xlsx,.csv,.txt,text/csv" label={s.importChoose} onFile={(f) => void choose(f)} />
      {failure ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      ) : null}
      {source ? <Body1 data-testid="import-source">{s.importSource(source.name, source.encoding)}</Body1> : null}
      {source && source.snapshot.sheets.length > 1 ? (
        <Field label={s.importSheet}>
          <Select value={sheet} onChange={(_, d) => (setSheet(d.value), setMap([]), setDone(null))}>
            <option value="">{s.importSheetAuto}</option>
            {source.snapshot.sheets.map((x) => (
              <option key={x.name} value={x.name}>
                {x.name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {plan && plan.problems.length > 0 ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{s.importCannot}</MessageBarTitle>
            {plan.problems.join(' ')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {plan && plan.mapping.length > 0 ? (
        <>
          {plan.source ? <Caption1>{s.importHeaderAt(plan.source.sheet, plan.source.headerRow)}</Caption1> : null}
          <table className={styles.table} data-testid="import-mapping">
            <thead>
              <tr>
                <th scope="col">{s.importFrom}</th>
                <th scope="col">{s.importTo}</th>
              </tr>
            </thead>
            <tbody>
              {plan.mapping.map((c) => (
                <tr key={c.index}>
                  <td>{c.header}</td>
                  <td>
                    <Select size="small" aria-label={s.importToFor(c.header)} value={value(c)} onChange={(_, d) => remap(c, d.value)}>
                      {FIELDS.map((f) => (
                        <option key={f} value={f}>
                          {f}
                        </option>
                      ))}
                      {c.how === 'remark' ? <option value={REMARK}>{s.importRemark}</option> : null}
                      <option value={IGNORE}>{s.importIgnore}</option>
                    </Select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {plan && plan.problems.length === 0 ? (
        <>
          <Body1 data-testid="import-counts">{s.importCounts(plan.counts.new, plan.counts.present, plan.counts.refused)}</Body1>
          {plan.unmapped.length > 0 ? (
            <Caption1>{s.importUnmapped(plan.unmapped.map((f: ImportField) => LEDGER_HEADER[f]).join('、'))}</Caption1>
          ) : null}
          {toFill > 0 ? <Caption1>{s.importToFill(toFill)}</Caption1> : null}
          {refused.length > 0 ? (
            <>
              <Caption1>{s.importRefused}</Caption1>
              <ul className={styles.list} data-testid="import-refused">
                {refused.slice(0, SHOWN_REFUSED).map((r) => (
                  <li key={`${r.sheet}|${r.row}`}>{s.importRefusedRow(r.sheet, r.row, r.reason ?? '')}</li>
                ))}
                {refused.length > SHOWN_REFUSED ? <li>{s.importMoreRefused(refused.length - SHOWN_REFUSED)}</li> : null}
              </ul>
            </>
          ) : null}
          <div className={styles.actions}>
            <Button appearance="primary" icon={<ArrowImportRegular />} disabled={busy || plan.counts.new === 0} onClick={() => void run()}>
              {s.importRun(plan.counts.new)}
            </Button>
          </div>
        </>
      ) : null}
      {done !== null ? (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{s.importDone(done)}</MessageBarBody>
        </MessageBar>
      ) : null}
    </Card>
  );
}
