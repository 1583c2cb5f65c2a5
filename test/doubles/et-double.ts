// A strict in-memory double of the WPS 表格 (ET) object model subset QS Assess uses (src/wps/et.ts).
// We cannot run WPS here, so this double is the contract: every object is a Proxy that throws on a
// member it does not know — read or written — so a call outside the subset fails the tests instead
// of slipping through to a real WPS. What it models, as WPS.md §3–4 describes ET:
// - collections are 1-based, `.Item(i | name)` (names case-insensitive), `.Count`;
// - `Value2` is a scalar for one cell and rows of values for more; a string written that starts
//   with '=' becomes a formula, one that starts with the apostrophe quote prefix stays text;
// - dates are OLE serials; `Workbook.Date1904` exists only when the test says so;
// - defined names follow their sheet on rename and turn into #REF! when it is deleted;
// - deleting a sheet while DisplayAlerts is on would stop on WPS's prompt: the double throws;
// - a protected sheet (Worksheet.Protect) refuses every write to its cells, formats, sizes and merges;
// - PageSetup, ChartObjects() (a method), SeriesCollection().NewSeries(), Axes(n), Validation,
//   ActiveWindow freezing, Application.CreateTaskpane/GetTaskpane, PluginStorage, ApiEvent.
// Options can remove members (`unsupported`) to stand for a WPS build that lacks them.
import { columnIndex, formatA1, parseA1, splitSheet, type Rect } from './a1';

export type Scalar = string | number | boolean;

export interface CellModel {
  value?: Scalar;
  formula?: string;
  /** Written behind the apostrophe: text, shown without it. */
  quoted?: boolean;
  format?: string;
  bold?: boolean;
  fontSize?: number;
  fontColor?: number;
  fill?: number;
  hAlign?: number;
  vAlign?: number;
  wrap?: boolean;
  borders?: Set<number>;
  validation?: { type: number; formula1: string; inputTitle?: string; inputMessage?: string };
}

export interface ChartModel {
  left: number;
  top: number;
  width: number;
  height: number;
  chartType: number | null;
  title: string | null;
  series: {
    name: string | null;
    values: string | null;
    xValues: string | null;
    chartType: number | null;
    fill: number | null;
    line: number | null;
  }[];
  axis: { min: number | null; max: number | null; title: string | null };
}

export interface SheetModel {
  name: string;
  cells: Map<string, CellModel>;
  merges: Rect[];
  widths: Map<number, number>;
  heights: Map<number, number>;
  page: Record<string, unknown>;
  charts: ChartModel[];
  /** Internal links by the linking cell's A1 address (Hyperlinks.Add with an empty Address). */
  links: Map<string, { subAddress: string; text: string }>;
  freeze: { rows: number; cols: number } | null;
  deleted: boolean;
  /** Worksheet.Protect() was called (no password): cell, format, size and merge writes are refused. */
  protected?: boolean;
}

export interface NameModel {
  name: string;
  refersTo: string;
}

export interface EtDoubleOptions {
  /** true / false: the book's date system; 'missing': this build has no Workbook.Date1904. */
  date1904?: boolean | 'missing';
  /** Members this build lacks, as 'Object.Member' (e.g. 'PageSetup.PrintArea', 'Application.CreateTaskpane'). */
  unsupported?: string[];
}

const DEFAULT_WIDTH = 8.38; // characters
const DEFAULT_HEIGHT = 13.5; // points
const POINTS_PER_CHAR = 6; // rough: positions only need to be monotonic for chart anchors
const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/;

const key = (r: number, c: number) => `${r},${c}`;

export class EtMemberError extends Error {}

export class EtDouble {
  readonly sheets: SheetModel[] = [];
  readonly names: NameModel[] = [];
  readonly storage = new Map<string, Scalar>();
  readonly listeners: { name: string; fn: (...a: unknown[]) => void }[] = [];
  readonly panes: { id: number; url: string; visible: boolean; dock: number }[] = [];
  /** Every member call and write, as 'Object.Member', for tests that count or look for calls. */
  readonly log: string[] = [];
  displayAlerts = true;
  screenUpdating = true;
  active: SheetModel | null = null;
  selection: { sheet: string; address: string } | null = null;
  private window = { FreezePanes: false, SplitRow: 0, SplitColumn: 0 };
  private readonly unsupported: Set<string>;
  private readonly ranges = new WeakMap<object, { sheet: SheetModel; rect: Rect }>();
  private readonly sheetProxies = new Map<SheetModel, object>();
  private nextSheet = 1;
  private nextPane = 1;

  constructor(private readonly options: EtDoubleOptions = {}) {
    this.unsupported = new Set(options.unsupported ?? []);
  }

  // ------------------------------------------------------------ test set-up and inspection
  addSheet(name: string, rows: (Scalar | null | undefined)[][] = []): SheetModel {
    const sheet = this.newSheet(name);
    this.sheets.push(sheet);
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== '') sheet.cells.set(key(r, c), { value: v });
      }),
    );
    this.active ??= sheet;
    return sheet;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The sheet's cells from A1 to the last used cell, as shown (quoted text without its apostrophe); '' for empty. */
  valuesOf(name: string): Scalar[][] {
    const s = this.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    const used = this.usedRect(s);
    const rows = used.row + used.rows;
    const cols = used.col + used.cols;
    return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => s.cells.get(key(r, c))?.value ?? ''));
  }

  cell(name: string, address: string): CellModel | undefined {
    const s = this.sheet(name);
    const r = parseA1(address);
    return s?.cells.get(key(r.row, r.col));
  }

  formulaCount(name: string): number {
    let n = 0;
    for (const c of this.sheet(name)?.cells.values() ?? []) if (c.formula !== undefined) n++;
    return n;
  }

  fire(event: string, ...args: unknown[]): void {
    for (const l of this.listeners.filter((x) => x.name === event)) l.fn(...args);
  }

  /** The globals a WPS page sees: `Application` (and `wps.EtApplication()` on older builds). */
  globals(): { Application: unknown; wps: unknown } {
    const app = this.application();
    return { Application: app, wps: this.strict('wps', { EtApplication: () => app }) };
  }

  // ------------------------------------------------------------ the strict proxy
  /** An object that knows exactly `members`; anything else throws. Getters/setters come from the descriptor. */
  private strict<T extends object>(label: string, members: T): T {
    const unsupported = this.unsupported;
    const log = this.log;
    return new Proxy(members, {
      get(target, prop, receiver) {
        if (typeof prop === 'symbol' || prop === 'then' || prop === 'toJSON') return undefined; // await / JSON probe these
        if (!(prop in target) || unsupported.has(`${label}.${prop}`)) {
          throw new EtMemberError(`ET double: ${label}.${prop} is not part of the WPS subset (or not supported by this build)`);
        }
        const v = Reflect.get(target, prop, receiver);
        if (typeof v === 'function') {
          return (...args: unknown[]) => {
            log.push(`${label}.${prop}`);
            return (v as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return v;
      },
      set(target, prop, value, receiver) {
        if (typeof prop === 'symbol' || !(prop in target) || unsupported.has(`${label}.${prop}`)) {
          throw new EtMemberError(`ET double: cannot set ${label}.${String(prop)}: not part of the WPS subset`);
        }
        const d = Object.getOwnPropertyDescriptor(target, prop);
        if (d && !d.set && !d.writable) throw new EtMemberError(`ET double: ${label}.${prop} is read-only`);
        log.push(`${label}.${prop}=`);
        return Reflect.set(target, prop, value, receiver);
      },
      has(target, prop) {
        return typeof prop === 'string' && prop in target && !unsupported.has(`${label}.${prop}`);
      },
    });
  }

  private collection<T>(label: string, items: () => T[], byName: (item: T) => string | null, extra: object = {}) {
    return this.strict(label, {
      get Count() {
        return items().length;
      },
      Item: (index: number | string) => {
        const list = items();
        if (typeof index === 'number') {
          if (!Number.isInteger(index) || index < 1 || index > list.length)
            throw new Error(`${label}.Item(${index}): index out of range (1-based, ${list.length} items)`);
          return list[index - 1];
        }
        const found = list.find((x) => byName(x)?.toLowerCase() === String(index).toLowerCase());
        if (!found) throw new Error(`${label}.Item("${index}"): not found`);
        return found;
      },
      ...extra,
    });
  }

  // ------------------------------------------------------------ Application
  application(): unknown {
    const d = this;
    const win = this.window;
    const windowProxy = this.strict('Window', {
      get FreezePanes() {
        return win.FreezePanes;
      },
      set FreezePanes(v: boolean) {
        win.FreezePanes = v;
        if (!d.active) throw new Error('no active sheet');
        d.active.freeze = v ? { rows: win.SplitRow, cols: win.SplitColumn } : null;
      },
      get SplitRow() {
        return win.SplitRow;
      },
      set SplitRow(v: number) {
        win.SplitRow = d.int(v, 'Window.SplitRow');
      },
      get SplitColumn() {
        return win.SplitColumn;
      },
      set SplitColumn(v: number) {
        win.SplitColumn = d.int(v, 'Window.SplitColumn');
      },
    });
    const storage = this.strict('PluginStorage', {
      getItem: (k: string) => (d.storage.has(k) ? d.storage.get(k) : null),
      setItem: (k: string, v: unknown) => {
        if (!['string', 'number', 'boolean'].includes(typeof v)) throw new Error('PluginStorage holds simple types only');
        d.storage.set(k, v as Scalar);
      },
      removeItem: (k: string) => void d.storage.delete(k),
      get length() {
        return d.storage.size;
      },
      key: (i: number) => [...d.storage.keys()][i] ?? null,
    });
    const apiEvent = this.strict('ApiEvent', {
      AddApiEventListener: (name: string, fn: (...a: unknown[]) => void) => void d.listeners.push({ name, fn }),
      RemoveApiEventListener: (name: string, fn: (...a: unknown[]) => void) => {
        const i = d.listeners.findIndex((l) => l.name === name && l.fn === fn);
        if (i >= 0) d.listeners.splice(i, 1);
      },
    });
    const pane = (p: EtDouble['panes'][number]) =>
      d.strict('TaskPane', {
        get ID() {
          return p.id;
        },
        get Visible() {
          return p.visible;
        },
        set Visible(v: boolean) {
          p.visible = Boolean(v);
        },
        get DockPosition() {
          return p.dock;
        },
        set DockPosition(v: number) {
          if (![0, 1, 2, 3, 4].includes(v)) throw new Error(`DockPosition ${v}`);
          p.dock = v;
        },
        get Width() {
          return 320;
        },
        Navigate: (url: string) => void (p.url = url),
        Delete: () => void d.panes.splice(d.panes.indexOf(p), 1),
      });
    const workbook = this.workbook();
    return this.strict('Application', {
      get ActiveWorkbook() {
        return workbook;
      },
      get ActiveWindow() {
        return windowProxy;
      },
      get DisplayAlerts() {
        return d.displayAlerts;
      },
      set DisplayAlerts(v: boolean) {
        d.displayAlerts = Boolean(v);
      },
      get ScreenUpdating() {
        return d.screenUpdating;
      },
      set ScreenUpdating(v: boolean) {
        d.screenUpdating = Boolean(v);
      },
      get PluginStorage() {
        return storage;
      },
      get ApiEvent() {
        return apiEvent;
      },
      CreateTaskpane: (url: string) => {
        if (typeof url !== 'string' || !/^(https?|file):/.test(url)) throw new Error(`CreateTaskpane needs an absolute URL, got ${url}`);
        const p = { id: d.nextPane++, url, visible: false, dock: 2 };
        d.panes.push(p);
        return pane(p);
      },
      GetTaskpane: (id: number) => {
        const p = d.panes.find((x) => x.id === Number(id));
        if (!p) throw new Error(`GetTaskpane(${id}): no such pane`);
        return pane(p);
      },
    });
  }

  // ------------------------------------------------------------ Workbook, Worksheets, Names
  private workbook(): unknown {
    const d = this;
    const live = () => d.sheets.filter((s) => !s.deleted);
    const worksheets = this.collection(
      'Worksheets',
      () => live().map((s) => d.sheetProxy(s)),
      (p) => d.modelOf(p).name,
      {
        Add: (before?: unknown, after?: unknown, count?: unknown, type?: unknown) => {
          if ((count !== undefined && count !== null && count !== 1) || (type !== undefined && type !== null))
            throw new Error('Worksheets.Add: only one worksheet at a time');
          let name: string;
          do name = `Sheet${d.nextSheet++}`;
          while (d.sheet(name));
          const sheet = d.newSheet(name);
          const anchor = (after ?? before) as object | null | undefined;
          let at: number;
          if (anchor) {
            const m = d.modelOf(anchor);
            at = d.sheets.indexOf(m) + (after ? 1 : 0);
          } else at = d.active ? d.sheets.indexOf(d.active) : d.sheets.length;
          d.sheets.splice(at, 0, sheet);
          d.active = sheet;
          return d.sheetProxy(sheet);
        },
      },
    );
    const nameProxy = (n: NameModel) =>
      d.strict('Name', {
        get Name() {
          return n.name;
        },
        get RefersTo() {
          return n.refersTo;
        },
        Delete: () => void d.names.splice(d.names.indexOf(n), 1),
      });
    const names = this.collection(
      'Names',
      () => d.names.map(nameProxy),
      (p) => (p as { Name: string }).Name,
      {
        Add: (name: string, refersTo: string) => {
          if (typeof name !== 'string' || !/^[A-Za-z_\\\u4e00-\u9fff][\w.\u4e00-\u9fff]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
            throw new Error(`Names.Add: invalid name "${name}"`);
          }
          if (typeof refersTo !== 'string' || !refersTo.startsWith('='))
            throw new Error(`Names.Add: RefersTo must be a formula text, got ${String(refersTo)}`);
          const ref = splitSheet(refersTo);
          if (ref.sheet !== null && !d.sheet(ref.sheet)) throw new Error(`Names.Add: no sheet "${ref.sheet}"`);
          const existing = d.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
          if (existing) existing.refersTo = refersTo;
          else d.names.push({ name, refersTo });
          return nameProxy(existing ?? d.names[d.names.length - 1]);
        },
      },
    );
    const members: Record<string, unknown> = {
      get Worksheets() {
        return worksheets;
      },
      get Names() {
        return names;
      },
    };
    if (this.options.date1904 !== 'missing') {
      const value = this.options.date1904 === true;
      Object.defineProperty(members, 'Date1904', { get: () => value, enumerable: true });
    }
    return this.strict('Workbook', members);
  }

  private newSheet(name: string): SheetModel {
    return {
      name,
      cells: new Map(),
      merges: [],
      widths: new Map(),
      heights: new Map(),
      page: {
        Orientation: 1,
        PaperSize: 9,
        Zoom: 100,
        FitToPagesWide: 1,
        FitToPagesTall: 1,
        PrintTitleRows: '',
        PrintArea: '',
        CenterFooter: '',
        LeftMargin: 54,
        RightMargin: 54,
        TopMargin: 72,
        BottomMargin: 72,
        HeaderMargin: 36,
        FooterMargin: 36,
        CenterHorizontally: false,
      },
      charts: [],
      links: new Map(),
      freeze: null,
      deleted: false,
    };
  }

  private modelOf(proxy: unknown): SheetModel {
    for (const [m, p] of this.sheetProxies) if (p === proxy) return m;
    throw new Error('ET double: expected a Worksheet object');
  }

  private int(v: unknown, what: string): number {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new Error(`${what}: expected a whole number, got ${String(v)}`);
    return v;
  }

  // ------------------------------------------------------------ Worksheet
  private sheetProxy(s: SheetModel): object {
    const existing = this.sheetProxies.get(s);
    if (existing) return existing;
    const d = this;
    const alive = () => {
      if (s.deleted) throw new Error(`ET double: worksheet "${s.name}" was deleted`);
    };
    const proxy = this.strict('Worksheet', {
      get Name() {
        alive();
        return s.name;
      },
      set Name(v: string) {
        alive();
        if (
          typeof v !== 'string' ||
          v.trim() === '' ||
          v.length > 31 ||
          FORBIDDEN_SHEET_CHARS.test(v) ||
          v.startsWith("'") ||
          v.endsWith("'")
        ) {
          throw new Error(`工作表名称无效: ${String(v)}`);
        }
        const other = d.sheet(v);
        if (other && other !== s && !other.deleted) throw new Error(`工作表名称已存在: ${v}`);
        const old = s.name;
        s.name = v;
        for (const n of d.names) {
          const ref = splitSheet(n.refersTo);
          if (ref.sheet !== null && ref.sheet.toLowerCase() === old.toLowerCase()) n.refersTo = `='${v.replace(/'/g, "''")}'!${ref.local}`;
        }
      },
      get UsedRange() {
        alive();
        return d.rangeProxy(s, d.usedRect(s));
      },
      Range: (address: string) => {
        alive();
        if (typeof address !== 'string' || address.includes(',') || address.includes('!'))
          throw new Error(`Worksheet.Range("${String(address)}"): a local A1 address expected`);
        return d.rangeProxy(s, parseA1(address.replace(/\$/g, '')));
      },
      get Cells() {
        return d.strict('Cells', {
          Item: (row: number, column: number) =>
            d.rangeProxy(s, { row: d.int(row, 'Cells.Item row') - 1, col: d.int(column, 'Cells.Item column') - 1, rows: 1, cols: 1 }),
        });
      },
      get Columns() {
        return d.strict('Columns', {
          Item: (c: number) =>
            d.strict('Column', {
              get ColumnWidth() {
                return s.widths.get(c - 1) ?? DEFAULT_WIDTH;
              },
              set ColumnWidth(w: number) {
                refuseIfProtected(s);
                if (typeof w !== 'number' || w < 0 || w > 255) throw new Error(`ColumnWidth ${w}`);
                s.widths.set(d.int(c, 'Columns.Item') - 1, w);
              },
            }),
        });
      },
      get Rows() {
        return d.strict('Rows', {
          Item: (r: number) =>
            d.strict('Row', {
              get RowHeight() {
                return s.heights.get(r - 1) ?? DEFAULT_HEIGHT;
              },
              set RowHeight(h: number) {
                refuseIfProtected(s);
                if (typeof h !== 'number' || h < 0 || h > 409) throw new Error(`RowHeight ${h}`);
                s.heights.set(d.int(r, 'Rows.Item') - 1, h);
              },
            }),
        });
      },
      get PageSetup() {
        alive();
        return d.pageSetup(s);
      },
      get HPageBreaks() {
        alive();
        return d.strict('HPageBreaks', {
          Add: (before: object) => {
            const at = d.ranges.get(before);
            if (!at || at.sheet !== s) throw new Error('HPageBreaks.Add: Before must be a Range of this sheet');
            s.page.rowBreaks = [...((s.page.rowBreaks as number[] | undefined) ?? []), at.rect.row];
            return {};
          },
        });
      },
      ChartObjects: () => d.chartObjects(s),
      get Hyperlinks() {
        alive();
        return d.strict('Hyperlinks', {
          Add: (anchor: object, address: string, subAddress: string, screenTip: string, text: string) => {
            const at = d.ranges.get(anchor);
            if (!at || at.sheet !== s) throw new Error('Hyperlinks.Add: the anchor must be a Range of this sheet');
            if (address !== '') throw new Error('ET double: only links inside the workbook (Address "") are modelled');
            if (!/^'(?:[^']|'')+'![A-Z]+\d+$/.test(subAddress)) throw new Error(`Hyperlinks.Add: SubAddress ${subAddress}`);
            if (typeof screenTip !== 'string' || typeof text !== 'string')
              throw new Error('Hyperlinks.Add: ScreenTip and TextToDisplay are text');
            s.links.set(formatA1(at.rect), { subAddress, text });
            return d.strict('Hyperlink', {});
          },
        });
      },
      /** VBA's Protect(Password, DrawingObjects, Contents, …): positional, all optional. */
      Protect: (...args: unknown[]) => {
        alive();
        if (args.length > 0 && args[0] !== undefined && args[0] !== null && args[0] !== '')
          throw new Error('ET double: the adapter protects without a password');
        if (args.length > 1) throw new Error('ET double: only Protect() with the defaults is modelled');
        s.protected = true;
      },
      get ProtectContents() {
        return s.protected === true;
      },
      Activate: () => {
        alive();
        d.active = s;
      },
      Delete: () => {
        alive();
        if (d.displayAlerts) throw new Error('ET double: Delete() with DisplayAlerts on would stop on WPS’s confirmation prompt');
        if (d.sheets.filter((x) => !x.deleted).length === 1) throw new Error('a workbook must keep at least one sheet');
        s.deleted = true;
        d.sheets.splice(d.sheets.indexOf(s), 1);
        for (const n of d.names) {
          const ref = splitSheet(n.refersTo);
          if (ref.sheet !== null && ref.sheet.toLowerCase() === s.name.toLowerCase()) n.refersTo = `=#REF!${ref.local}`;
        }
        if (d.active === s) d.active = d.sheets[0] ?? null;
      },
    });
    this.sheetProxies.set(s, proxy);
    return proxy;
  }

  usedRect(s: SheetModel): Rect {
    let r0 = Infinity;
    let c0 = Infinity;
    let r1 = -1;
    let c1 = -1;
    for (const [k, cell] of s.cells) {
      if (cell.value === undefined && cell.formula === undefined) continue;
      const [r, c] = k.split(',').map(Number);
      r0 = Math.min(r0, r);
      c0 = Math.min(c0, c);
      r1 = Math.max(r1, r);
      c1 = Math.max(c1, c);
    }
    if (r1 < 0) return { row: 0, col: 0, rows: 1, cols: 1 };
    return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
  }

  // ------------------------------------------------------------ Range
  private rangeProxy(s: SheetModel, rect: Rect): object {
    const d = this;
    const each = (fn: (c: CellModel, r: number, col: number) => void) => {
      refuseIfProtected(s);
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        for (let c = rect.col; c < rect.col + rect.cols; c++) {
          let cell = s.cells.get(key(r, c));
          if (!cell) s.cells.set(key(r, c), (cell = {}));
          fn(cell, r, c);
        }
      }
    };
    const peek = (r: number, c: number) => s.cells.get(key(r, c));
    const first = () => peek(rect.row, rect.col) ?? {};
    const uniform = <K extends keyof CellModel>(k: K, fallback: CellModel[K]) => {
      let v: CellModel[K] | undefined;
      let seen = false;
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        for (let c = rect.col; c < rect.col + rect.cols; c++) {
          const x = peek(r, c)?.[k] ?? fallback;
          if (!seen) {
            v = x;
            seen = true;
          } else if (x !== v) return null;
        }
      }
      return v ?? fallback;
    };
    const setter =
      <K extends keyof CellModel>(k: K, check: (v: unknown) => boolean) =>
      (v: unknown) => {
        if (!check(v)) throw new Error(`Range.${String(k)}: bad value ${String(v)}`);
        each((c) => (c[k] = v as CellModel[K]));
      };
    const isColor = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0xffffff;
    const font = this.strict('Font', {
      get Bold() {
        return first().bold ?? false;
      },
      set Bold(v: boolean) {
        setter('bold', (x) => typeof x === 'boolean')(v);
      },
      get Size() {
        return first().fontSize ?? 11;
      },
      set Size(v: number) {
        setter('fontSize', (x) => typeof x === 'number' && x > 0 && x < 410)(v);
      },
      get Color() {
        return first().fontColor ?? 0;
      },
      set Color(v: number) {
        setter('fontColor', isColor)(v);
      },
    });
    const interior = this.strict('Interior', {
      get Color() {
        return first().fill ?? 0xffffff;
      },
      set Color(v: number) {
        setter('fill', isColor)(v);
      },
    });
    const border = (edge: number) =>
      d.strict('Border', {
        get LineStyle() {
          return first().borders?.has(edge) ? 1 : -4142;
        },
        set LineStyle(v: number) {
          if (v !== 1 && v !== -4142) throw new Error(`Border.LineStyle ${v}`);
          each((c) => {
            c.borders ??= new Set();
            if (v === 1) c.borders.add(edge);
            else c.borders.delete(edge);
          });
        },
        get Weight() {
          return 2;
        },
        set Weight(v: number) {
          if (![1, 2, -4138, 4].includes(v)) throw new Error(`Border.Weight ${v}`);
        },
        get Color() {
          return 0;
        },
        set Color(v: number) {
          if (!isColor(v)) throw new Error(`Border.Color ${v}`);
        },
      });
    const borders = this.strict('Borders', {
      Item: (edge: number) => {
        if (!Number.isInteger(edge) || edge < 5 || edge > 12) throw new Error(`Borders.Item(${edge}): XlBordersIndex 5–12 expected`);
        if ((edge === 11 && rect.cols < 2) || (edge === 12 && rect.rows < 2))
          throw new Error(`Borders.Item(${edge}) on a range without an inside`);
        return border(edge);
      },
    });
    const validation = this.strict('Validation', {
      Add: (type: number, _alert: number, _op: number, formula1: string) => {
        if (type !== 3 || typeof formula1 !== 'string' || formula1 === '') throw new Error('Validation.Add: only lists, with Formula1');
        if (first().validation) throw new Error('Validation.Add on cells that already have one: Delete() first');
        if (formula1.length > 255 && !formula1.startsWith('=')) throw new Error('Validation list longer than 255 characters');
        each((c) => (c.validation = { type, formula1 }));
      },
      Delete: () => each((c) => delete c.validation),
      get InputTitle() {
        return first().validation?.inputTitle ?? '';
      },
      set InputTitle(v: string) {
        each((c) => c.validation && (c.validation.inputTitle = v));
      },
      get InputMessage() {
        return first().validation?.inputMessage ?? '';
      },
      set InputMessage(v: string) {
        each((c) => c.validation && (c.validation.inputMessage = v));
      },
      get ShowInput() {
        return true;
      },
      set ShowInput(_v: boolean) {},
    });
    const colLeft = (c: number) => {
      let x = 0;
      for (let i = 0; i < c; i++) x += (s.widths.get(i) ?? DEFAULT_WIDTH) * POINTS_PER_CHAR;
      return x;
    };
    const rowTop = (r: number) => {
      let y = 0;
      for (let i = 0; i < r; i++) y += s.heights.get(i) ?? DEFAULT_HEIGHT;
      return y;
    };
    const proxy = this.strict('Range', {
      get Value2(): unknown {
        const read = (r: number, c: number) => {
          const cell = peek(r, c);
          return cell?.value;
        };
        if (rect.rows === 1 && rect.cols === 1) return read(rect.row, rect.col);
        return Array.from({ length: rect.rows }, (_, i) => Array.from({ length: rect.cols }, (_, j) => read(rect.row + i, rect.col + j)));
      },
      set Value2(v: unknown) {
        const write = (cell: CellModel, x: unknown) => {
          delete cell.formula;
          delete cell.quoted;
          delete cell.value;
          if (x === null || x === undefined || x === '') return;
          if (typeof x === 'number') {
            if (!Number.isFinite(x)) throw new Error('Value2: not a finite number');
            cell.value = x;
          } else if (typeof x === 'boolean') cell.value = x;
          else if (typeof x === 'string') {
            if (x.startsWith("'")) {
              cell.value = x.slice(1);
              cell.quoted = true;
            } else if (x.startsWith('=')) {
              cell.formula = x;
              cell.value = '#FORMULA';
            } else if (cell.format !== '@' && x.trim() !== '' && Number.isFinite(Number(x))) {
              cell.value = Number(x); // what a spreadsheet does with numeric text: the reason for the prefix
            } else cell.value = x;
          } else throw new Error(`Value2: unsupported value ${typeof x}`);
        };
        if (!Array.isArray(v)) {
          each((cell) => write(cell, v));
          return;
        }
        if (v.length !== rect.rows || v.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
          throw new Error(`Value2: a ${rect.rows}×${rect.cols} array expected for ${formatA1(rect)}`);
        }
        each((cell, r, c) => write(cell, (v as unknown[][])[r - rect.row][c - rect.col]));
      },
      get NumberFormat(): string | null {
        return uniform('format', 'General') ?? null;
      },
      set NumberFormat(v: string | null) {
        setter('format', (x) => typeof x === 'string' && x.length > 0)(v);
      },
      get Row() {
        return rect.row + 1;
      },
      get Column() {
        return rect.col + 1;
      },
      get Left() {
        return colLeft(rect.col);
      },
      get Top() {
        return rowTop(rect.row);
      },
      get Width() {
        return colLeft(rect.col + rect.cols) - colLeft(rect.col);
      },
      get Height() {
        return rowTop(rect.row + rect.rows) - rowTop(rect.row);
      },
      get Font() {
        return font;
      },
      get Interior() {
        return interior;
      },
      get Borders() {
        return borders;
      },
      get Validation() {
        return validation;
      },
      get HorizontalAlignment() {
        return first().hAlign ?? 1;
      },
      set HorizontalAlignment(v: number) {
        setter('hAlign', (x) => [-4131, -4108, -4152, 1].includes(x as number))(v);
      },
      get VerticalAlignment() {
        return first().vAlign ?? -4107;
      },
      set VerticalAlignment(v: number) {
        setter('vAlign', (x) => [-4160, -4108, -4107].includes(x as number))(v);
      },
      get WrapText() {
        return first().wrap ?? false;
      },
      set WrapText(v: boolean) {
        setter('wrap', (x) => typeof x === 'boolean')(v);
      },
      Merge: (across?: boolean) => {
        if (across) throw new Error('Merge(true) is not used');
        refuseIfProtected(s);
        const overlaps = s.merges.some(
          (m) => m.row < rect.row + rect.rows && rect.row < m.row + m.rows && m.col < rect.col + rect.cols && rect.col < m.col + m.cols,
        );
        if (overlaps) throw new Error(`Merge ${formatA1(rect)} overlaps an existing merge`);
        s.merges.push({ ...rect });
      },
      Select: () => {
        if (d.active !== s) throw new Error('Range.Select() on a sheet that is not active: Activate() it first');
        d.selection = { sheet: s.name, address: formatA1(rect) };
      },
    });
    this.ranges.set(proxy, { sheet: s, rect });
    return proxy;
  }

  private rangeAddress(v: unknown, what: string): string {
    const info = typeof v === 'object' && v !== null ? this.ranges.get(v) : undefined;
    if (!info) throw new Error(`${what}: a Range object expected`);
    return `${info.sheet.name}!${formatA1(info.rect)}`;
  }

  // ------------------------------------------------------------ PageSetup
  private pageSetup(s: SheetModel): object {
    const checks: Record<string, (v: unknown) => boolean> = {
      Orientation: (v) => v === 1 || v === 2,
      PaperSize: (v) => typeof v === 'number' && Number.isInteger(v),
      Zoom: (v) => v === false || (typeof v === 'number' && v >= 10 && v <= 400),
      FitToPagesWide: (v) => v === false || (typeof v === 'number' && Number.isInteger(v) && v >= 1),
      FitToPagesTall: (v) => v === false || (typeof v === 'number' && Number.isInteger(v) && v >= 1),
      PrintTitleRows: (v) => typeof v === 'string' && (v === '' || /^\$\d+:\$\d+$/.test(v)),
      PrintArea: (v) => typeof v === 'string' && (v === '' || /^\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/.test(v)),
      CenterFooter: (v) => typeof v === 'string' && v.length <= 255,
      CenterHorizontally: (v) => typeof v === 'boolean',
    };
    const members: Record<string, unknown> = {};
    for (const k of Object.keys(s.page)) {
      const check = checks[k] ?? ((v: unknown) => typeof v === 'number' && v >= 0);
      Object.defineProperty(members, k, {
        enumerable: true,
        get: () => s.page[k],
        set: (v: unknown) => {
          if (!check(v)) throw new Error(`PageSetup.${k}: bad value ${String(v)}`);
          s.page[k] = v;
        },
      });
    }
    return this.strict('PageSetup', members);
  }

  // ------------------------------------------------------------ Charts
  private chartObjects(s: SheetModel): object {
    const d = this;
    const chartProxy = (m: ChartModel) => {
      const seriesProxy = (x: ChartModel['series'][number]) =>
        d.strict('Series', {
          get Name() {
            return x.name ?? '';
          },
          set Name(v: string) {
            x.name = String(v);
          },
          get Values() {
            return x.values;
          },
          set Values(v: unknown) {
            x.values = d.rangeAddress(v, 'Series.Values');
          },
          get XValues() {
            return x.xValues;
          },
          set XValues(v: unknown) {
            x.xValues = d.rangeAddress(v, 'Series.XValues');
          },
          get ChartType(): number | null {
            return x.chartType ?? m.chartType;
          },
          set ChartType(v: number | null) {
            x.chartType = v;
          },
          get Interior() {
            return d.strict('Interior', {
              get Color(): number | null {
                return x.fill;
              },
              set Color(v: number | null) {
                x.fill = v;
              },
            });
          },
          get Border() {
            return d.strict('Border', {
              get Color(): number | null {
                return x.line;
              },
              set Color(v: number | null) {
                x.line = v;
              },
            });
          },
        });
      const seriesCollection = () =>
        d.collection(
          'SeriesCollection',
          () => m.series.map(seriesProxy),
          () => null,
          {
            NewSeries: () => {
              const x = { name: null, values: null, xValues: null, chartType: null, fill: null, line: null };
              m.series.push(x);
              return seriesProxy(x);
            },
          },
        );
      const axis = d.strict('Axis', {
        get MinimumScale(): number | null {
          return m.axis.min;
        },
        set MinimumScale(v: number | null) {
          m.axis.min = v;
        },
        get MaximumScale(): number | null {
          return m.axis.max;
        },
        set MaximumScale(v: number | null) {
          m.axis.max = v;
        },
        get HasTitle() {
          return m.axis.title !== null;
        },
        set HasTitle(v: boolean) {
          m.axis.title = v ? (m.axis.title ?? '') : null;
        },
        get AxisTitle() {
          if (m.axis.title === null) throw new Error('AxisTitle before HasTitle = true');
          return d.strict('AxisTitle', {
            get Text(): string | null {
              return m.axis.title;
            },
            set Text(v: string | null) {
              m.axis.title = v;
            },
          });
        },
      });
      return d.strict('Chart', {
        get ChartType(): number | null {
          return m.chartType;
        },
        set ChartType(v: number | null) {
          m.chartType = v;
        },
        get HasTitle() {
          return m.title !== null;
        },
        set HasTitle(v: boolean) {
          m.title = v ? (m.title ?? '') : null;
        },
        get ChartTitle() {
          if (m.title === null) throw new Error('ChartTitle before HasTitle = true');
          return d.strict('ChartTitle', {
            get Text(): string | null {
              return m.title;
            },
            set Text(v: string | null) {
              m.title = v;
            },
          });
        },
        SeriesCollection: () => seriesCollection(),
        Axes: (type: number) => {
          if (type !== 2) throw new Error(`Axes(${type}): only the value axis (2) is modelled`);
          return axis;
        },
      });
    };
    const objectProxy = (m: ChartModel) =>
      d.strict('ChartObject', {
        get Chart() {
          return chartProxy(m);
        },
      });
    return this.collection(
      'ChartObjects',
      () => s.charts.map(objectProxy),
      () => null,
      {
        Add: (left: number, top: number, width: number, height: number) => {
          for (const v of [left, top, width, height])
            if (typeof v !== 'number' || !(v >= 0)) throw new Error('ChartObjects().Add: four non-negative numbers expected');
          const m: ChartModel = {
            left,
            top,
            width,
            height,
            chartType: null,
            title: null,
            series: [],
            axis: { min: null, max: null, title: null },
          };
          s.charts.push(m);
          return objectProxy(m);
        },
      },
    );
  }
}

export { columnIndex };

/** WPS, like Excel, refuses to change a protected sheet (every cell is locked by default). */
function refuseIfProtected(s: SheetModel): void {
  if (s.protected) throw new Error(`您试图更改的单元格或图表位于受保护的工作表「${s.name}」中。`);
}
