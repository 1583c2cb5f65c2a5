// A strict in-memory stand-in for Excel's JavaScript API, for the adapter tests and the
// browser end-to-end test. It behaves like Office.js where our code could go wrong:
//  - commands are queued and run only at context.sync(), in order;
//  - reading a property that was not loaded and synced throws PropertyNotLoaded;
//  - every sync is counted, with the approximate request and response size in bytes;
//  - as "Excel on the web" it refuses a request or response over 5 MB, and every host refuses
//    to read a range of more than 5,000,000 cells.
// It supports exactly the API surface src/office uses, and throws on anything else it is asked
// to do wrongly (writing a non-rectangular array, freezing on a missing sheet, …).
// No Node APIs: the e2e bundle runs it in Chromium.
import { formatA1, parseA1, quoteSheet, splitSheet, type Rect } from './a1';

export type Value = string | number | boolean | null;

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const READ_CELL_LIMIT = 5_000_000;

export interface CellFormat {
  bold?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  border?: boolean;
}

export interface PageSetupState {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  margins: Record<string, number>;
  centerHorizontally?: boolean;
  printTitleRows?: string;
  printArea?: string;
  centerFooter?: string;
  /** Cells added to worksheet.horizontalPageBreaks: the first cell of each new page. */
  rowBreaks?: string[];
}

export interface SheetState {
  name: string;
  /** Row-major cell values; '' or missing means empty. */
  cells: Value[][];
  /** A1 addresses that received a formula (a string starting with '='). */
  formulas: Set<string>;
  numberFormats: Map<string, string>;
  formats: Map<string, CellFormat>;
  merges: Rect[];
  columnWidths: Map<number, number>; // points
  rowHeights: Map<number, number>; // points
  freeze: { rows: number; cols: number } | null;
  page: PageSetupState;
  tables: { name: string; address: string; hasHeaders: boolean; style?: string }[];
  validations: { address: string; rule: unknown }[];
  /** Input prompts shown when a cell is selected, by address. */
  prompts: Map<string, { title: string; message: string }>;
  deleted: boolean;
  /** worksheet.protection.protect() was called (no password): cell and format writes are refused. */
  protected?: boolean;
}

export interface NameState {
  name: string;
  sheet: string;
  address: string;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

export interface DoubleOptions {
  /** 'OfficeOnline' enforces the 5 MB payload limit of Excel on the web. */
  platform?: 'PC' | 'Mac' | 'OfficeOnline';
  /** Highest ExcelApi minor version supported, e.g. 1.9 → '1.9'. */
  excelApi?: string;
  displayLanguage?: string;
  theme?: 'light' | 'dark';
  /** SharedRuntime 1.1 (default true): false stands for Excel 2016/2019, which the add-in cannot run in. */
  sharedRuntime?: boolean;
}

/** The error objects Office.js rejects with (OfficeExtension.Error has name, code, message). */
export class OfficeErrorDouble extends Error {
  code: string;
  debugInfo: { code: string; message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message };
  }
}

function key(r: number, c: number): string {
  return `${r},${c}`;
}

function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

/** Approximate JSON size of a payload, counted without building the JSON. */
export function payloadBytes(v: unknown): number {
  if (v === null || v === undefined) return 4;
  if (typeof v === 'string') return utf8Bytes(v) + 2;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v).length;
  if (Array.isArray(v)) {
    let n = 2;
    for (const x of v) n += payloadBytes(x) + 1;
    return n;
  }
  if (typeof v === 'object') {
    let n = 2;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (x && typeof x === 'object' && !Array.isArray(x) && x instanceof ClientObject) continue;
      n += utf8Bytes(k) + 3 + payloadBytes(x) + 1;
    }
    return n;
  }
  return 0;
}

function newSheet(name: string): SheetState {
  return {
    name,
    cells: [],
    formulas: new Set(),
    numberFormats: new Map(),
    formats: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    freeze: null,
    page: { margins: {} },
    tables: [],
    validations: [],
    prompts: new Map(),
    deleted: false,
  };
}

// ------------------------------------------------------------------ the workbook
export class ExcelDouble {
  sheets: SheetState[] = [];
  names: NameState[] = [];
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** Every sync of every Excel.run, in order. */
  syncs: SyncRecord[] = [];
  calculationSuspensions = 0;
  /** While true, every sync fails as Excel does when the user is typing in a cell. */
  editMode = false;
  /**
   * The user starts typing in a cell just before the sync with this number (1-based, counted in
   * `syncs`): that sync and every later one fail until the test sets editMode back to false.
   * Simulates an interruption in the middle of a run that takes several requests.
   */
  editModeAtSync: number | null = null;
  readonly options: Required<DoubleOptions>;
  /** Office.context.document.url: where the book is saved; null until a test saves it. */
  documentUrl: string | null = null;

  constructor(options: DoubleOptions = {}) {
    this.options = {
      platform: options.platform ?? 'PC',
      excelApi: options.excelApi ?? '1.12',
      displayLanguage: options.displayLanguage ?? 'zh-CN',
      theme: options.theme ?? 'light',
      sharedRuntime: options.sharedRuntime ?? true,
    };
  }

  // ---- setting up and inspecting, for tests
  addSheet(name: string, rows: Value[][] = [], top = 1, left = 1): SheetState {
    if (this.sheet(name)) throw new Error(`sheet ${name} exists`);
    const s = newSheet(name);
    const pad: Value[] = new Array(left - 1).fill(null);
    rows.forEach((row, r) => {
      s.cells[top - 1 + r] = left === 1 ? row.slice() : pad.concat(row);
    });
    this.sheets.push(s);
    this.activeSheet ??= name;
    return s;
  }

  sheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The sheet's values as a dense 2-D array from A1 to its last used cell. */
  valuesOf(name: string): Value[][] {
    const s = this.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    let cols = 0; // a loop, not Math.max(...rows): a 250k-row sheet would overflow the call stack
    for (const r of s.cells) if (r && r.length > cols) cols = r.length;
    return Array.from({ length: s.cells.length }, (_, r) => Array.from({ length: cols }, (_, c) => s.cells[r]?.[c] ?? ''));
  }

  resetSyncs(): void {
    this.syncs = [];
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name === 'SharedRuntime') return this.options.sharedRuntime && (!version || version === '1.1');
    if (name !== 'ExcelApi') return false;
    if (!version) return true;
    const [wantMajor, wantMinor = 0] = version.split('.').map(Number);
    const [haveMajor, haveMinor = 0] = this.options.excelApi.split('.').map(Number);
    return haveMajor > wantMajor || (haveMajor === wantMajor && haveMinor >= wantMinor);
  }

  /** Excel.run: a fresh context; a final sync runs any commands still queued (as Office.js does). */
  async run<T>(batch: (context: RequestContextDouble) => Promise<T>): Promise<T> {
    const context = new RequestContextDouble(this);
    const result = await batch(context);
    if (context.pending.length > 0) await context.sync();
    return result;
  }

  /** The Office and Excel globals, as office.js would install them. */
  globals(): { Office: unknown; Excel: unknown } {
    const dark = this.options.theme === 'dark';
    const self = this;
    const Office = {
      onReady: (cb?: (info: { host: string; platform: string }) => void) => {
        const info = { host: 'Excel', platform: this.options.platform };
        cb?.(info);
        return Promise.resolve(info);
      },
      HostType: { Excel: 'Excel' },
      PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
      context: {
        displayLanguage: this.options.displayLanguage,
        platform: this.options.platform,
        // A getter, as the tests "save" the book (set documentUrl) after the pane has started.
        document: {
          get url() {
            return self.documentUrl;
          },
        },
        officeTheme: dark
          ? {
              bodyBackgroundColor: '#262626',
              bodyForegroundColor: '#FFFFFF',
              controlBackgroundColor: '#1F1F1F',
              controlForegroundColor: '#FFFFFF',
            }
          : {
              bodyBackgroundColor: '#FFFFFF',
              bodyForegroundColor: '#000000',
              controlBackgroundColor: '#FFFFFF',
              controlForegroundColor: '#000000',
            },
        requirements: { isSetSupported: (n: string, v?: string) => this.isSetSupported(n, v) },
      },
    };
    const Excel = { run: <T>(batch: (c: RequestContextDouble) => Promise<T>) => this.run(batch) };
    return { Office, Excel };
  }
}

function setCell(s: SheetState, r: number, c: number, v: Value): void {
  (s.cells[r] ??= [])[c] = v;
}

function usedRect(s: SheetState): Rect | null {
  let top = -1;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  const empty = (v: Value | undefined) => v === null || v === undefined || v === '';
  for (let r = 0; r < s.cells.length; r++) {
    const row = s.cells[r];
    if (!row) continue;
    let first = 0;
    while (first < row.length && empty(row[first])) first++;
    if (first === row.length) continue;
    let last = row.length - 1;
    while (empty(row[last])) last--;
    if (top < 0) top = r;
    bottom = r;
    if (first < left) left = first;
    if (last > right) right = last;
  }
  if (top < 0) return null;
  return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
}

// ------------------------------------------------------------------ request context
interface Command {
  request: number;
  run: () => number | void; // returns response bytes
}

export class RequestContextDouble {
  pending: Command[] = [];
  readonly workbook: WorkbookProxy;
  constructor(readonly excel: ExcelDouble) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(request: number, run: () => number | void): void {
    this.pending.push({ request: request + 40, run });
  }

  async sync(): Promise<void> {
    const commands = this.pending;
    this.pending = [];
    const record: SyncRecord = { requestBytes: 0, responseBytes: 0 };
    this.excel.syncs.push(record);
    if (this.excel.editModeAtSync === this.excel.syncs.length) this.excel.editMode = true;
    if (this.excel.editMode) {
      throw new OfficeErrorDouble(
        'InvalidOperationInCellEditMode',
        'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
      );
    }
    const web = this.excel.options.platform === 'OfficeOnline';
    record.requestBytes = commands.reduce((n, c) => n + c.request, 0);
    if (web && record.requestBytes > WEB_PAYLOAD_LIMIT) {
      throw new OfficeErrorDouble('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    for (const c of commands) {
      record.responseBytes += c.run() ?? 0;
      if (web && record.responseBytes > WEB_PAYLOAD_LIMIT) {
        throw new OfficeErrorDouble('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
      }
    }
    await Promise.resolve();
  }
}

// ------------------------------------------------------------------ client objects
class ClientObject {
  protected loaded = new Set<string>();
  protected data: Record<string, unknown> = {};
  protected nullChecked = false;
  protected isNull = false;
  constructor(readonly context: RequestContextDouble) {}

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new OfficeErrorDouble(
        'PropertyNotLoaded',
        `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.data[prop] as T;
  }

  get isNullObject(): boolean {
    if (!this.nullChecked) {
      throw new OfficeErrorDouble('PropertyNotLoaded', "The property 'isNullObject' is not available before context.sync().");
    }
    return this.isNull;
  }

  protected static props(arg: unknown): string[] {
    if (typeof arg === 'string')
      return arg
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean);
    if (Array.isArray(arg)) return arg.flatMap((a) => ClientObject.props(a));
    if (arg && typeof arg === 'object') {
      const o = arg as { select?: unknown };
      if (o.select !== undefined) return ClientObject.props(o.select);
      return Object.keys(arg);
    }
    throw new Error('load() with no properties loads everything: name what you need');
  }
}

export class WorkbookProxy extends ClientObject {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly application: ApplicationProxy;
  readonly settings: SettingCollectionProxy;
  readonly functions: FunctionsProxy;
  constructor(context: RequestContextDouble) {
    super(context);
    this.worksheets = new WorksheetCollectionProxy(context);
    this.names = new NamedItemCollectionProxy(context);
    this.application = new ApplicationProxy(context);
    this.settings = new SettingCollectionProxy(context);
    this.functions = new FunctionsProxy(context);
  }
}

export class ApplicationProxy extends ClientObject {
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue(10, () => {
      this.context.excel.calculationSuspensions++;
    });
  }
}

// ---- worksheets
export class WorksheetCollectionProxy extends ClientObject {
  load(arg: unknown): this {
    const props = ClientObject.props(arg).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue(20, () => {
      const items = this.context.excel.sheets.map((s) => WorksheetProxy.bound(this.context, s, props));
      this.data.items = items;
      this.loaded.add('items');
      return payloadBytes(items.map((w) => props.map((p) => (p === 'name' ? w.boundSheet.name : 'Visible'))));
    });
    return this;
  }

  get items(): WorksheetProxy[] {
    return this.read('items');
  }

  get onChanged(): ChangedEventProxy {
    return new ChangedEventProxy(this.context);
  }

  getItem(name: string): WorksheetProxy {
    return WorksheetProxy.lookup(this.context, name, false);
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return WorksheetProxy.lookup(this.context, name, true);
  }

  add(name: string): WorksheetProxy {
    const ws = new WorksheetProxy(this.context);
    this.context.enqueue(payloadBytes(name), () => {
      const excel = this.context.excel;
      if (excel.sheet(name)) throw new OfficeErrorDouble('ItemAlreadyExists', `A sheet named ${name} already exists.`);
      if (!/^[^\\/?*[\]:]{1,31}$/.test(name) || name.startsWith("'")) {
        throw new OfficeErrorDouble('InvalidArgument', `Invalid sheet name: ${name}`);
      }
      const s = newSheet(name);
      excel.sheets.push(s);
      ws.attach(s);
    });
    return ws;
  }
}

export class WorksheetProxy extends ClientObject {
  private sheetState: SheetState | null = null;
  readonly freezePanes: FreezePanesProxy;
  readonly pageLayout: PageLayoutProxy;
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;
  readonly protection: WorksheetProtectionProxy;
  /** ExcelApi 1.9's PageBreakCollection: add(range) starts a new page at that range. */
  readonly horizontalPageBreaks: { add(range: string): void };

  constructor(context: RequestContextDouble) {
    super(context);
    this.protection = new WorksheetProtectionProxy(context, this);
    this.freezePanes = new FreezePanesProxy(context, this);
    this.pageLayout = new PageLayoutProxy(context, this);
    this.horizontalPageBreaks = {
      add: (range: string) => {
        parseA1(range);
        context.enqueue(payloadBytes(range), () => {
          if (!context.excel.isSetSupported('ExcelApi', '1.9'))
            throw new OfficeErrorDouble('ApiNotFound', 'horizontalPageBreaks needs ExcelApi 1.9');
          const page = this.boundSheet.page;
          page.rowBreaks = [...(page.rowBreaks ?? []), range];
        });
      },
    };
    this.tables = new TableCollectionProxy(context, this);
    this.charts = new ChartCollectionProxy(context, this);
  }

  static bound(context: RequestContextDouble, s: SheetState, props: string[]): WorksheetProxy {
    const ws = new WorksheetProxy(context);
    ws.attach(s);
    for (const p of props) {
      if (p === 'name') ws.data.name = s.name;
      else if (p === 'visibility') ws.data.visibility = 'Visible';
      else throw new Error(`the double does not load worksheet.${p}`);
      ws.loaded.add(p);
    }
    return ws;
  }

  static lookup(context: RequestContextDouble, name: string, orNull: boolean): WorksheetProxy {
    const ws = new WorksheetProxy(context);
    context.enqueue(payloadBytes(name), () => {
      const s = context.excel.sheet(name);
      if (!s && !orNull) throw new OfficeErrorDouble('ItemNotFound', `The requested resource doesn't exist: sheet ${name}.`);
      if (s) ws.attach(s);
      else ws.markNull();
    });
    return ws;
  }

  attach(s: SheetState): void {
    this.sheetState = s;
    this.nullChecked = true;
    this.isNull = false;
  }

  markNull(): void {
    this.nullChecked = true;
    this.isNull = true;
  }

  /** The sheet this proxy stands for, checked at the time a command runs. */
  get boundSheet(): SheetState {
    const s = this.sheetState;
    if (!s || s.deleted) throw new OfficeErrorDouble('ItemNotFound', 'The worksheet does not exist (or was deleted).');
    return s;
  }

  get name(): string {
    return this.read('name');
  }

  load(arg: unknown): this {
    const props = ClientObject.props(arg);
    this.context.enqueue(20, () => {
      if (this.isNull) return 0;
      for (const p of props) {
        if (p !== 'name') throw new Error(`the double does not load worksheet.${p}`);
        this.data.name = this.boundSheet.name;
        this.loaded.add(p);
      }
      return payloadBytes(this.data.name);
    });
    return this;
  }

  getRange(address?: string): RangeProxy {
    return RangeProxy.create(this.context, this, () => {
      if (!address) return { row: 0, col: 0, rows: 1048576, cols: 16384 };
      const { sheet, local } = splitSheet(address);
      if (sheet !== null && sheet !== this.boundSheet.name)
        throw new OfficeErrorDouble('InvalidArgument', `address ${address} is on another sheet`);
      return parseA1(local);
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    if (rows < 1 || cols < 1 || row < 0 || col < 0)
      throw new OfficeErrorDouble('InvalidArgument', `bad range indexes ${row},${col},${rows},${cols}`);
    return RangeProxy.create(this.context, this, () => ({ row, col, rows, cols }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    if (valuesOnly !== true) throw new Error('the adapter reads values only: call getUsedRangeOrNullObject(true)');
    return RangeProxy.create(this.context, this, () => usedRect(this.boundSheet), true);
  }

  activate(): void {
    this.context.enqueue(10, () => {
      this.context.excel.activeSheet = this.boundSheet.name;
    });
  }

  delete(): void {
    this.context.enqueue(10, () => {
      const excel = this.context.excel;
      const s = this.boundSheet;
      if (excel.sheets.length === 1)
        throw new OfficeErrorDouble('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      s.deleted = true;
      excel.sheets = excel.sheets.filter((x) => x !== s);
      // Excel keeps the defined names that pointed here; they turn into #REF!.
      for (const n of excel.names) if (n.sheet === s.name) n.sheet = '#REF!';
      if (excel.activeSheet === s.name) excel.activeSheet = excel.sheets[0]?.name ?? null;
    });
  }
}

// ---- ranges
type Locate = () => Rect | null;

export class RangeProxy extends ClientObject {
  private rect: Rect | null = null;
  readonly format: RangeFormatProxy;
  readonly dataValidation: DataValidationProxy;

  private constructor(
    context: RequestContextDouble,
    readonly worksheet: WorksheetProxy,
  ) {
    super(context);
    this.format = new RangeFormatProxy(context, this);
    this.dataValidation = new DataValidationProxy(context, this);
  }

  static create(context: RequestContextDouble, ws: WorksheetProxy, locate: Locate, nullable = false): RangeProxy {
    const r = new RangeProxy(context, ws);
    context.enqueue(20, () => {
      ws.boundSheet; // the sheet must exist when the range is made
      const rect = locate();
      if (!rect && !nullable) throw new OfficeErrorDouble('ItemNotFound', 'range not found');
      r.rect = rect;
      r.nullChecked = true;
      r.isNull = rect === null;
    });
    return r;
  }

  /** The rectangle, for commands running at sync time. */
  get area(): Rect {
    if (!this.rect) throw new OfficeErrorDouble('InvalidOperation', 'operation on a null range');
    return this.rect;
  }

  get sheet(): SheetState {
    return this.worksheet.boundSheet;
  }

  load(arg: unknown): this {
    const props = ClientObject.props(arg);
    this.context.enqueue(20 + props.join(',').length, () => {
      let bytes = 0;
      for (const p of props) {
        const v = this.isNull ? null : this.snapshot(p);
        this.data[p] = v;
        this.loaded.add(p);
        bytes += payloadBytes(v);
      }
      return bytes;
    });
    return this;
  }

  private snapshot(p: string): unknown {
    const a = this.area;
    const s = this.sheet;
    switch (p) {
      // A formula is stored as its text in the cell (see set values), so formulas read as values do.
      case 'formulas':
      case 'values': {
        if (a.rows * a.cols > READ_CELL_LIMIT) {
          throw new OfficeErrorDouble('RangeExceedsLimit', `The number of cells in the range (${a.rows * a.cols}) exceeds the limit.`);
        }
        const out: Value[][] = [];
        for (let r = 0; r < a.rows; r++) {
          const src = s.cells[a.row + r];
          const row: Value[] = new Array(a.cols);
          for (let c = 0; c < a.cols; c++) row[c] = src?.[a.col + c] ?? '';
          out.push(row);
        }
        return out;
      }
      case 'address':
        return `${quoteSheet(s.name)}!${formatA1(a)}`;
      case 'rowIndex':
        return a.row;
      case 'columnIndex':
        return a.col;
      case 'rowCount':
        return a.rows;
      case 'columnCount':
        return a.cols;
      case 'numberFormat':
        return Array.from({ length: a.rows }, (_, r) =>
          Array.from({ length: a.cols }, (_, c) => s.numberFormats.get(key(a.row + r, a.col + c)) ?? 'General'),
        );
      default:
        throw new Error(`the double does not load range.${p}`);
    }
  }

  get values(): Value[][] {
    return this.read('values');
  }
  get formulas(): Value[][] {
    return this.read('formulas');
  }
  set values(v: Value[][]) {
    this.context.enqueue(payloadBytes(v), () => {
      refuseIfProtected(this.sheet);
      const a = this.area;
      checkShape(v, a, 'values');
      const s = this.sheet;
      v.forEach((row, r) =>
        row.forEach((x, c) => {
          const rr = a.row + r;
          const cc = a.col + c;
          const address = formatA1({ row: rr, col: cc, rows: 1, cols: 1 });
          s.formulas.delete(address);
          if (typeof x === 'string' && x.startsWith("'")) {
            setCell(s, rr, cc, x.slice(1)); // Excel's quote prefix: stored as text, shown without it
          } else if (typeof x === 'string' && /^[=+-]/.test(x) && x.length > 1) {
            s.formulas.add(address); // Excel would evaluate this: the tests treat it as an injection
            setCell(s, rr, cc, x);
          } else setCell(s, rr, cc, x);
        }),
      );
    });
  }

  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }

  /** ExcelApi 1.7: one cell's link to a place in the workbook (the error list's 位置 column). */
  set hyperlink(v: { documentReference?: string; textToDisplay?: string; address?: string }) {
    this.context.enqueue(payloadBytes(v), () => {
      needs(this.context, '1.7', 'range.hyperlink');
      const a = this.area;
      if (a.rows !== 1 || a.cols !== 1) throw new OfficeErrorDouble('InvalidArgument', 'the adapter links one cell at a time');
      if (v.address !== undefined) throw new Error('the double models internal links (documentReference) only');
      const m = /^'((?:[^']|'')+)'!([A-Z]+\d+)$/.exec(v.documentReference ?? '');
      if (!m) throw new OfficeErrorDouble('InvalidArgument', `documentReference ${v.documentReference}`);
      hyperlinksOf(this.sheet).set(formatA1(a), { sheet: m[1].replace(/''/g, "'"), cell: m[2], text: v.textToDisplay ?? '' });
    });
  }

  set numberFormat(v: string[][]) {
    this.context.enqueue(payloadBytes(v), () => {
      refuseIfProtected(this.sheet);
      const a = this.area;
      checkShape(v, a, 'numberFormat');
      v.forEach((row, r) => row.forEach((f, c) => this.sheet.numberFormats.set(key(a.row + r, a.col + c), f)));
    });
  }

  merge(across?: boolean): void {
    this.context.enqueue(20, () => {
      if (across) throw new Error('the adapter merges whole blocks');
      refuseIfProtected(this.sheet);
      const a = this.area;
      const s = this.sheet;
      const overlaps = s.merges.some(
        (m) => m.row < a.row + a.rows && a.row < m.row + m.rows && m.col < a.col + a.cols && a.col < m.col + m.cols,
      );
      if (overlaps) throw new OfficeErrorDouble('MergedRangeConflict', 'Cannot merge overlapping ranges.');
      s.merges.push({ ...a });
    });
  }

  select(): void {
    this.context.enqueue(10, () => {
      const s = this.sheet;
      if (this.context.excel.activeSheet !== s.name) {
        throw new OfficeErrorDouble('InvalidSelection', 'Select a range on the active worksheet: activate it first.');
      }
      this.context.excel.selection = { sheet: s.name, address: formatA1(this.area) };
    });
  }

  /** Applies a format field to every cell of the range, at sync time. */
  applyFormat(field: keyof CellFormat, value: unknown): void {
    this.context.enqueue(payloadBytes(value) + 20, () => {
      const a = this.area;
      const s = this.sheet;
      refuseIfProtected(s);
      if (a.rows * a.cols > 1_000_000) throw new Error('the double formats at most a million cells at once');
      for (let r = a.row; r < a.row + a.rows; r++) {
        for (let c = a.col; c < a.col + a.cols; c++) {
          const k = key(r, c);
          const f = s.formats.get(k) ?? {};
          (f as Record<string, unknown>)[field] = value;
          s.formats.set(k, f);
        }
      }
    });
  }
}

/** Excel refuses to change locked cells of a protected sheet (every cell is locked by default). */
function refuseIfProtected(s: SheetState): void {
  if (s.protected) {
    throw new OfficeErrorDouble('AccessDenied', "The cell or chart you're trying to change is on a protected sheet.");
  }
}

/** ExcelApi 1.2 worksheet.protection: protect() once, without a password, as src/office/render.ts does. */
export class WorksheetProtectionProxy extends ClientObject {
  constructor(
    context: RequestContextDouble,
    private readonly ws: WorksheetProxy,
  ) {
    super(context);
  }
  protect(options?: unknown, password?: string): void {
    this.context.enqueue(40, () => {
      needs(this.context, '1.2', 'worksheet.protection');
      if (password !== undefined) throw new Error('the adapter protects without a password');
      if (options !== undefined) throw new Error('the double models protect() with the default options only');
      const s = this.ws.boundSheet;
      // Office.js: protect() fails when the worksheet is already protected.
      if (s.protected) throw new OfficeErrorDouble('InvalidOperation', 'The worksheet is already protected.');
      s.protected = true;
    });
  }
}

function checkShape(v: unknown[][], a: Rect, what: string): void {
  if (!Array.isArray(v) || v.length !== a.rows || v.some((row) => !Array.isArray(row) || row.length !== a.cols)) {
    throw new OfficeErrorDouble(
      'InvalidArgument',
      `The number of rows or columns in the ${what} array doesn't match the size or dimensions of the range.`,
    );
  }
}

export class RangeFormatProxy extends ClientObject {
  readonly font: { bold: boolean; size: number; color: string; name: string };
  readonly fill: { color: string };
  readonly borders: { getItem(edge: string): { style: string; color: string } };
  constructor(
    context: RequestContextDouble,
    private readonly range: RangeProxy,
  ) {
    super(context);
    const r = range;
    this.font = {
      set bold(v: boolean) {
        r.applyFormat('bold', v);
      },
      set size(v: number) {
        r.applyFormat('size', v);
      },
      set color(v: string) {
        r.applyFormat('color', v);
      },
      set name(_v: string) {
        /* font face is not tracked */
      },
    } as never;
    this.fill = {
      set color(v: string) {
        r.applyFormat('fill', v);
      },
    } as never;
    const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];
    this.borders = {
      getItem(edge: string) {
        if (!edges.includes(edge)) throw new OfficeErrorDouble('InvalidArgument', `unknown border ${edge}`);
        return {
          set style(v: string) {
            // A thin border on every cell is what the plans ask for; the double records it per cell
            // once the outer edge is styled (all six edges are set together by the adapter).
            if (edge === 'EdgeTop') r.applyFormat('border', v === 'Continuous');
          },
          set color(_v: string) {
            /* not tracked */
          },
        };
      },
    } as never;
  }
  set horizontalAlignment(v: string) {
    this.range.applyFormat('hAlign', v);
  }
  set verticalAlignment(v: string) {
    this.range.applyFormat('vAlign', v);
  }
  set wrapText(v: boolean) {
    this.range.applyFormat('wrap', v);
  }
  set columnWidth(points: number) {
    this.context.enqueue(20, () => {
      refuseIfProtected(this.range.sheet);
      const a = this.range.area;
      for (let c = a.col; c < a.col + a.cols; c++) this.range.sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.context.enqueue(20, () => {
      refuseIfProtected(this.range.sheet);
      const a = this.range.area;
      for (let r = a.row; r < a.row + a.rows; r++) this.range.sheet.rowHeights.set(r, points);
    });
  }
}

export class DataValidationProxy extends ClientObject {
  constructor(
    context: RequestContextDouble,
    private readonly range: RangeProxy,
  ) {
    super(context);
  }
  set rule(rule: unknown) {
    this.context.enqueue(payloadBytes(rule), () => {
      if (!this.context.excel.isSetSupported('ExcelApi', '1.8'))
        throw new OfficeErrorDouble('ApiNotFound', 'dataValidation needs ExcelApi 1.8');
      const list = (rule as { list?: { source?: unknown } }).list;
      if (list && typeof list.source === 'string' && !list.source.startsWith('=') && list.source.length > 255) {
        throw new OfficeErrorDouble('InvalidArgument', 'A list source longer than 255 characters is not allowed.');
      }
      this.range.sheet.validations.push({ address: formatA1(this.range.area), rule });
    });
  }
  set prompt(prompt: { showPrompt: boolean; title?: string; message?: string }) {
    this.context.enqueue(payloadBytes(prompt), () => {
      const address = formatA1(this.range.area);
      this.range.sheet.prompts.set(address, { title: prompt.title ?? '', message: prompt.message ?? '' });
    });
  }
  clear(): void {
    this.context.enqueue(10, () => {
      const address = formatA1(this.range.area);
      const s = this.range.sheet;
      s.validations = s.validations.filter((v) => v.address !== address);
    });
  }
}

// ---- panes, page layout, tables
export class FreezePanesProxy extends ClientObject {
  constructor(
    context: RequestContextDouble,
    private readonly ws: WorksheetProxy,
  ) {
    super(context);
  }
  freezeRows(count = 1): void {
    this.context.enqueue(10, () => {
      this.ws.boundSheet.freeze = { rows: count, cols: 0 };
    });
  }
  freezeAt(range: RangeProxy | string): void {
    if (typeof range === 'string') {
      this.context.enqueue(10, () => {
        const a = parseA1(splitSheet(range).local);
        this.ws.boundSheet.freeze = { rows: a.row + a.rows, cols: a.col + a.cols };
      });
    } else {
      this.context.enqueue(10, () => {
        const a = range.area;
        this.ws.boundSheet.freeze = { rows: a.row + a.rows, cols: a.col + a.cols };
      });
    }
  }
}

export class PageLayoutProxy extends ClientObject {
  readonly headersFooters: { defaultForAllPages: { centerFooter: string } };
  constructor(
    context: RequestContextDouble,
    private readonly ws: WorksheetProxy,
  ) {
    super(context);
    const self = this;
    this.headersFooters = {
      defaultForAllPages: {
        set centerFooter(v: string) {
          self.write((p) => (p.centerFooter = v), v);
        },
      } as never,
    };
  }
  private write(apply: (p: PageSetupState) => void, payload: unknown): void {
    this.context.enqueue(payloadBytes(payload), () => {
      if (!this.context.excel.isSetSupported('ExcelApi', '1.9'))
        throw new OfficeErrorDouble('ApiNotFound', 'pageLayout needs ExcelApi 1.9');
      apply(this.ws.boundSheet.page);
    });
  }
  set orientation(v: string) {
    this.write((p) => (p.orientation = v), v);
  }
  set paperSize(v: string) {
    this.write((p) => (p.paperSize = v), v);
  }
  set zoom(v: PageSetupState['zoom']) {
    this.write((p) => (p.zoom = { ...v }), v);
  }
  set centerHorizontally(v: boolean) {
    this.write((p) => (p.centerHorizontally = v), v);
  }
  set leftMargin(v: number) {
    this.write((p) => (p.margins.left = v), v);
  }
  set rightMargin(v: number) {
    this.write((p) => (p.margins.right = v), v);
  }
  set topMargin(v: number) {
    this.write((p) => (p.margins.top = v), v);
  }
  set bottomMargin(v: number) {
    this.write((p) => (p.margins.bottom = v), v);
  }
  set headerMargin(v: number) {
    this.write((p) => (p.margins.header = v), v);
  }
  set footerMargin(v: number) {
    this.write((p) => (p.margins.footer = v), v);
  }
  setPrintTitleRows(rows: string): void {
    if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new OfficeErrorDouble('InvalidArgument', 'print title rows must span entire rows');
    this.write((p) => (p.printTitleRows = rows), rows);
  }
  setPrintArea(area: string): void {
    parseA1(area);
    this.write((p) => (p.printArea = area), area);
  }
}

export class TableCollectionProxy extends ClientObject {
  constructor(
    context: RequestContextDouble,
    private readonly ws: WorksheetProxy,
  ) {
    super(context);
  }
  add(address: string, hasHeaders: boolean): { name: string; style: string } {
    const entry = { name: '', address, hasHeaders, style: undefined as string | undefined };
    this.context.enqueue(payloadBytes(address), () => {
      const s = this.ws.boundSheet;
      const a = parseA1(splitSheet(address).local);
      const used = s.tables.some((t) => {
        const b = parseA1(t.address);
        return b.row < a.row + a.rows && a.row < b.row + b.rows && b.col < a.col + a.cols && a.col < b.col + b.cols;
      });
      if (used) throw new OfficeErrorDouble('InvalidOperation', 'A table cannot overlap another table.');
      entry.name ||= `Table${this.context.excel.sheets.reduce((n, x) => n + x.tables.length, 0) + 1}`;
      s.tables.push(entry);
    });
    const ctx = this.context;
    return {
      set name(v: string) {
        ctx.enqueue(payloadBytes(v), () => {
          if (!/^[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(v))
            throw new OfficeErrorDouble('InvalidArgument', `invalid table name ${v}`);
          entry.name = v;
        });
      },
      set style(v: string) {
        ctx.enqueue(payloadBytes(v), () => {
          entry.style = v;
        });
      },
    } as never;
  }
}

// ---- defined names
export class NamedItemCollectionProxy extends ClientObject {
  load(arg: unknown): this {
    const props = ClientObject.props(arg).map((p) => p.replace(/^items\//, ''));
    this.context.enqueue(20, () => {
      const items = this.context.excel.names.map((n) => {
        const item: Record<string, unknown> = {};
        for (const p of props) {
          if (p === 'name') item.name = n.name;
          else if (p === 'type') item.type = n.sheet === '#REF!' ? 'Error' : 'Range';
          else if (p === 'value') item.value = n.sheet === '#REF!' ? '#REF!' : `${quoteSheet(n.sheet)}!${n.address}`;
          else throw new Error(`the double does not load namedItem.${p}`);
        }
        return item;
      });
      this.data.items = items.map((item) => new LoadedItem(this.context, item));
      this.loaded.add('items');
      return payloadBytes(items);
    });
    return this;
  }

  get items(): LoadedItem[] {
    return this.read('items');
  }

  add(name: string, reference: RangeProxy | string, comment?: string): void {
    void comment;
    this.context.enqueue(payloadBytes(name) + 30, () => {
      const excel = this.context.excel;
      if (!excel.isSetSupported('ExcelApi', '1.4')) throw new OfficeErrorDouble('ApiNotFound', 'names.add needs ExcelApi 1.4');
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw new OfficeErrorDouble('InvalidArgument', `invalid name ${name}`);
      if (excel.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw new OfficeErrorDouble('ItemAlreadyExists', `The name ${name} already exists.`);
      }
      if (typeof reference === 'string') {
        const { sheet, local } = splitSheet(reference);
        if (!sheet || !excel.sheet(sheet)) throw new OfficeErrorDouble('InvalidArgument', `bad reference ${reference}`);
        excel.names.push({ name, sheet, address: absolute(parseA1(local)) });
      } else {
        excel.names.push({ name, sheet: reference.sheet.name, address: absolute(reference.area) });
      }
    });
  }

  getItem(name: string): { delete(): void } {
    return {
      delete: () =>
        this.context.enqueue(payloadBytes(name), () => {
          const excel = this.context.excel;
          const i = excel.names.findIndex((n) => n.name.toLowerCase() === name.toLowerCase());
          if (i < 0) throw new OfficeErrorDouble('ItemNotFound', `name ${name} not found`);
          excel.names.splice(i, 1);
        }),
    };
  }
}

function absolute(r: Rect): string {
  return formatA1(r).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

class LoadedItem extends ClientObject {
  constructor(context: RequestContextDouble, item: Record<string, unknown>) {
    super(context);
    this.data = item;
    for (const k of Object.keys(item)) this.loaded.add(k);
  }
  get name(): string {
    return this.read('name');
  }
  get type(): string {
    return this.read('type');
  }
  get value(): string {
    return this.read('value');
  }
}

// ------------------------------------------------------------------ task pane: settings, date system, change events
// (the pane's members, kept in one block: workbook.settings, workbook.functions.date, worksheets.onChanged)

/** The workbook's add-in settings (ExcelApi 1.4), kept on the double so a test can look at them. */
export interface PaneDoubleState {
  settings: Map<string, string>;
  /** True for a workbook in the 1904 date system: DATE(1904,1,1) is then 0. */
  date1904: boolean;
  changeHandlers: Set<(args: unknown) => Promise<unknown> | void>;
}

const paneStates = new WeakMap<ExcelDouble, PaneDoubleState>();

/** The pane's part of a double's state, made on first use. */
export function paneState(excel: ExcelDouble): PaneDoubleState {
  let st = paneStates.get(excel);
  if (!st) {
    st = { settings: new Map(), date1904: false, changeHandlers: new Set() };
    paneStates.set(excel, st);
  }
  return st;
}

/** The user types a value into a cell: the cell changes and worksheet onChanged fires, as in Excel. */
export function userEdits(excel: ExcelDouble, sheet: string, row: number, col: number, value: Value): void {
  const s = excel.sheet(sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  setCell(s, row, col, value);
  for (const h of paneState(excel).changeHandlers) void h({ worksheetId: s.name, changeType: 'RangeEdited', source: 'Local' });
}

export class SettingCollectionProxy extends ClientObject {
  add(key: string, value: unknown): void {
    this.context.enqueue(payloadBytes(key) + payloadBytes(value), () => {
      if (!this.context.excel.isSetSupported('ExcelApi', '1.4')) throw new OfficeErrorDouble('ApiNotFound', 'settings need ExcelApi 1.4');
      paneState(this.context.excel).settings.set(key, String(value));
    });
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.context, key);
  }
}

export class SettingProxy extends ClientObject {
  constructor(
    context: RequestContextDouble,
    readonly key: string,
  ) {
    super(context);
    context.enqueue(payloadBytes(key), () => {
      this.nullChecked = true;
      this.isNull = !paneState(context.excel).settings.has(key);
    });
  }
  load(arg: unknown): this {
    const props = ClientObject.props(arg);
    this.context.enqueue(20, () => {
      for (const p of props) {
        if (p !== 'value') throw new Error(`the double does not load setting.${p}`);
        this.data.value = paneState(this.context.excel).settings.get(this.key) ?? null;
        this.loaded.add(p);
      }
      return payloadBytes(this.data.value);
    });
    return this;
  }
  get value(): unknown {
    return this.read('value');
  }
}

export class FunctionsProxy extends ClientObject {
  date(year: number, month: number, day: number): FunctionResultProxy {
    const result = new FunctionResultProxy(this.context);
    this.context.enqueue(40, () => {
      if (!this.context.excel.isSetSupported('ExcelApi', '1.2')) throw new OfficeErrorDouble('ApiNotFound', 'functions need ExcelApi 1.2');
      // Days since 1899-12-30 (the 1900 system as Excel counts it, for dates after 1900-03-01) or since 1904-01-01.
      const serial1900 = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
      result.resolve(paneState(this.context.excel).date1904 ? serial1900 - 1462 : serial1900);
    });
    return result;
  }
}

export class FunctionResultProxy extends ClientObject {
  private computed: number | null = null;
  resolve(v: number): void {
    this.computed = v;
  }
  load(arg: unknown): this {
    const props = ClientObject.props(arg);
    this.context.enqueue(20, () => {
      for (const p of props) {
        if (p !== 'value') throw new Error(`the double does not load functionResult.${p}`);
        this.data.value = this.computed;
        this.loaded.add(p);
      }
      return 8;
    });
    return this;
  }
  get value(): number {
    return this.read('value');
  }
}

export class ChangedEventProxy extends ClientObject {
  add(handler: (args: unknown) => Promise<unknown> | void): { context: RequestContextDouble; remove(): void } {
    const context = this.context;
    context.enqueue(40, () => {
      if (!context.excel.isSetSupported('ExcelApi', '1.9')) throw new OfficeErrorDouble('ApiNotFound', 'onChanged needs ExcelApi 1.9');
      paneState(context.excel).changeHandlers.add(handler);
    });
    return {
      context,
      remove: () => context.enqueue(20, () => void paneState(context.excel).changeHandlers.delete(handler)),
    };
  }
}

// ------------------------------------------------------------------ charts (issue 12)
// Exactly the chart members src/office/render.ts uses, each checked against the requirement set
// Microsoft documents for it (charts.add, title, axes, legend, setPosition: ExcelApi 1.1;
// series.add, setValues, setXAxisValues, chartType: ExcelApi 1.7). Ranges are resolved when the
// command runs, as Excel does, and must lie on the chart's own sheet.
export interface ChartSeriesState {
  name: string;
  values: Rect | null;
  xValues: Rect | null;
  chartType: string | null;
  fill: string | null;
  line: string | null;
}

export interface ChartState {
  type: string;
  seriesBy: string;
  title: string | null;
  position: { start: string; end: string } | null;
  valueAxis: { minimum: number | null; maximum: number | null; title: string | null };
  legend: string | null;
  series: ChartSeriesState[];
}

const chartStates = new WeakMap<SheetState, ChartState[]>();

/** The charts drawn on a sheet (empty when none). */
export function chartsOf(s: SheetState): ChartState[] {
  let list = chartStates.get(s);
  if (!list) chartStates.set(s, (list = []));
  return list;
}

function needs(context: RequestContextDouble, version: string, what: string): void {
  if (!context.excel.isSetSupported('ExcelApi', version)) throw new OfficeErrorDouble('ApiNotFound', `${what} needs ExcelApi ${version}`);
}

function rectOn(range: RangeProxy, sheet: SheetState): Rect {
  if (range.sheet !== sheet) throw new OfficeErrorDouble('InvalidArgument', 'chart data must be on the chart’s sheet');
  return range.area;
}

export class ChartCollectionProxy extends ClientObject {
  constructor(
    context: RequestContextDouble,
    private readonly ws: WorksheetProxy,
  ) {
    super(context);
  }
  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    const chart = new ChartProxy(this.context);
    this.context.enqueue(60, () => {
      needs(this.context, '1.1', 'charts.add');
      if (!['ColumnClustered', 'BarClustered', 'Line'].includes(type)) throw new OfficeErrorDouble('InvalidArgument', `chart type ${type}`);
      if (seriesBy !== 'Columns' && seriesBy !== 'Rows' && seriesBy !== 'Auto')
        throw new OfficeErrorDouble('InvalidArgument', `seriesBy ${seriesBy}`);
      const sheet = this.ws.boundSheet;
      const area = rectOn(source, sheet);
      const state: ChartState = {
        type,
        seriesBy,
        title: null,
        position: null,
        valueAxis: { minimum: null, maximum: null, title: null },
        legend: null,
        series: [],
      };
      // One series per column of the source (seriesBy Columns), as Excel makes them.
      for (let c = 0; c < area.cols; c++)
        state.series.push({
          name: '',
          values: { ...area, col: area.col + c, cols: 1 },
          xValues: null,
          chartType: null,
          fill: null,
          line: null,
        });
      chartsOf(sheet).push(state);
      chart.bind(state, sheet);
    });
    return chart;
  }
}

export class ChartProxy extends ClientObject {
  private state: ChartState | null = null;
  private sheetState: SheetState | null = null;
  readonly title: { text: string };
  readonly legend: { position: string };
  readonly axes: { valueAxis: { minimum: number; maximum: number; title: { text: string } } };
  readonly series: { getItemAt(i: number): ChartSeriesProxy; add(name: string): ChartSeriesProxy };

  constructor(context: RequestContextDouble) {
    super(context);
    const set = (version: string, what: string, apply: (c: ChartState) => void, payload: unknown) =>
      context.enqueue(payloadBytes(payload), () => {
        needs(context, version, what);
        apply(this.chart);
      });
    this.title = {
      set text(v: string) {
        set('1.1', 'chart.title', (c) => (c.title = v), v);
      },
    } as never;
    this.legend = {
      set position(v: string) {
        set('1.1', 'chart.legend', (c) => (c.legend = v), v);
      },
    } as never;
    const axisTitle = {
      set text(v: string) {
        set('1.1', 'valueAxis.title', (c) => (c.valueAxis.title = v), v);
      },
    };
    this.axes = {
      valueAxis: {
        set minimum(v: number) {
          set('1.1', 'valueAxis.minimum', (c) => (c.valueAxis.minimum = v), v);
        },
        set maximum(v: number) {
          set('1.1', 'valueAxis.maximum', (c) => (c.valueAxis.maximum = v), v);
        },
        title: axisTitle,
      } as never,
    };
    this.series = {
      getItemAt: (i: number) => {
        const s = new ChartSeriesProxy(context, () => this.sheet);
        context.enqueue(10, () => {
          const item = this.chart.series[i];
          if (!item) throw new OfficeErrorDouble('ItemNotFound', `no series ${i}`);
          s.bind(item);
        });
        return s;
      },
      add: (name: string) => {
        const s = new ChartSeriesProxy(context, () => this.sheet);
        context.enqueue(payloadBytes(name), () => {
          needs(context, '1.7', 'series.add');
          const item: ChartSeriesState = { name, values: null, xValues: null, chartType: null, fill: null, line: null };
          this.chart.series.push(item);
          s.bind(item);
        });
        return s;
      },
    };
  }

  bind(state: ChartState, sheet: SheetState): void {
    this.state = state;
    this.sheetState = sheet;
  }

  private get chart(): ChartState {
    if (!this.state) throw new OfficeErrorDouble('InvalidOperation', 'the chart does not exist');
    return this.state;
  }

  private get sheet(): SheetState {
    if (!this.sheetState || this.sheetState.deleted) throw new OfficeErrorDouble('InvalidOperation', 'the chart’s sheet does not exist');
    return this.sheetState;
  }

  setPosition(start: RangeProxy, end: RangeProxy): void {
    this.context.enqueue(40, () => {
      needs(this.context, '1.1', 'chart.setPosition');
      const a = rectOn(start, this.sheet);
      const b = rectOn(end, this.sheet);
      if (b.row < a.row || b.col < a.col) throw new OfficeErrorDouble('InvalidArgument', 'end cell before start cell');
      this.chart.position = { start: a1Of(a), end: a1Of(b) };
    });
  }
}

function a1Of(r: Rect): string {
  return formatA1({ ...r, rows: 1, cols: 1 });
}

export class ChartSeriesProxy extends ClientObject {
  private state: ChartSeriesState | null = null;
  readonly format: { fill: { setSolidColor(c: string): void }; line: { color: string } };

  constructor(
    context: RequestContextDouble,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
    const set = (version: string, what: string, apply: (s: ChartSeriesState) => void, payload: unknown) =>
      context.enqueue(payloadBytes(payload), () => {
        needs(context, version, what);
        apply(this.item);
      });
    this.format = {
      fill: { setSolidColor: (c: string) => set('1.1', 'series.format.fill', (s) => (s.fill = c), c) },
      line: {
        set color(c: string) {
          set('1.1', 'series.format.line', (s) => (s.line = c), c);
        },
      } as never,
    };
  }

  bind(state: ChartSeriesState): void {
    this.state = state;
  }

  private get item(): ChartSeriesState {
    if (!this.state) throw new OfficeErrorDouble('InvalidOperation', 'the series does not exist');
    return this.state;
  }

  set name(v: string) {
    this.context.enqueue(payloadBytes(v), () => {
      needs(this.context, '1.1', 'series.name');
      this.item.name = v;
    });
  }

  set chartType(v: string) {
    this.context.enqueue(payloadBytes(v), () => {
      needs(this.context, '1.7', 'series.chartType');
      if (!['ColumnClustered', 'BarClustered', 'Line'].includes(v)) throw new OfficeErrorDouble('InvalidArgument', `chart type ${v}`);
      this.item.chartType = v;
    });
  }

  setValues(range: RangeProxy): void {
    this.context.enqueue(40, () => {
      needs(this.context, '1.7', 'series.setValues');
      this.item.values = rectOn(range, this.sheet());
    });
  }

  setXAxisValues(range: RangeProxy): void {
    this.context.enqueue(40, () => {
      needs(this.context, '1.7', 'series.setXAxisValues');
      this.item.xValues = rectOn(range, this.sheet());
    });
  }
}

// ------------------------------------------------------------------ hyperlinks (the error list)
const hyperlinkStates = new WeakMap<SheetState, Map<string, { sheet: string; cell: string; text: string }>>();

/** The internal links written on a sheet, by the linking cell's A1 address. */
export function hyperlinksOf(s: SheetState): Map<string, { sheet: string; cell: string; text: string }> {
  let m = hyperlinkStates.get(s);
  if (!m) hyperlinkStates.set(s, (m = new Map()));
  return m;
}
