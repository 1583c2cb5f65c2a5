// The part of the WPS 表格 (ET) object model QS Assess uses, as TypeScript sees it. ET is
// VBA-shaped and synchronous; collections are 1-based and members that take arguments are methods
// (`Item(i)`, `ChartObjects()`, `Axes(2)`), never default-member calls. Nothing outside this list
// is touched: the strict double in test/doubles/et-double.ts implements exactly these members and
// throws on any other, so a call that slips outside the subset fails the tests.
// Sources for every member: /work/shared/WPS.md §3–4 (WPS docs, Microsoft's VBA reference).

export type EtCell = string | number | boolean | null | undefined;

export interface EtCollection<T> {
  readonly Count: number;
  Item(index: number | string): T;
}

export interface EtFont {
  Bold: boolean;
  Size: number;
  /** BGR: R + G·256 + B·65536. */
  Color: number;
}

export interface EtInterior {
  Color: number;
}

export interface EtBorder {
  LineStyle: number;
  Weight: number;
  Color: number;
}

export interface EtValidation {
  Add(type: number, alertStyle: number, operator: number, formula1: string): void;
  Delete(): void;
  InputTitle: string;
  InputMessage: string;
  ShowInput: boolean;
}

export interface EtRange {
  /** A scalar for one cell, rows of values for more (empty cells undefined or null). */
  Value2: unknown;
  /** A string when the whole range shares one format, null when it is mixed. */
  NumberFormat: string | null;
  readonly Row: number;
  readonly Column: number;
  readonly Left: number;
  readonly Top: number;
  readonly Width: number;
  readonly Height: number;
  readonly Font: EtFont;
  readonly Interior: EtInterior;
  readonly Borders: EtCollection<EtBorder>;
  readonly Validation: EtValidation;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  WrapText: boolean;
  Merge(across?: boolean): void;
  Select(): void;
}

export interface EtPageSetup {
  Orientation: number;
  PaperSize: number;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  PrintTitleRows: string;
  PrintArea: string;
  CenterFooter: string;
  LeftMargin: number;
  RightMargin: number;
  TopMargin: number;
  BottomMargin: number;
  HeaderMargin: number;
  FooterMargin: number;
  CenterHorizontally: boolean;
}

export interface EtSeries {
  Name: string;
  Values: EtRange;
  XValues: EtRange;
  ChartType: number;
  readonly Interior: EtInterior;
  readonly Border: EtBorder;
}

export interface EtAxis {
  MinimumScale: number;
  MaximumScale: number;
  HasTitle: boolean;
  readonly AxisTitle: { Text: string };
}

export interface EtChart {
  ChartType: number;
  HasTitle: boolean;
  readonly ChartTitle: { Text: string };
  SeriesCollection(): EtCollection<EtSeries> & { NewSeries(): EtSeries };
  Axes(type: number): EtAxis;
}

export interface EtChartObject {
  readonly Chart: EtChart;
}

export interface EtWorksheet {
  Name: string;
  readonly UsedRange: EtRange;
  Range(address: string): EtRange;
  readonly Cells: { Item(row: number, column: number): EtRange };
  readonly Columns: { Item(column: number): { ColumnWidth: number } };
  readonly Rows: { Item(row: number): { RowHeight: number } };
  readonly PageSetup: EtPageSetup;
  /** VBA's HPageBreaks.Add(Before): a manual page break above the given cell's row. */
  readonly HPageBreaks: { Add(before: EtRange): unknown };
  ChartObjects(): EtCollection<EtChartObject> & { Add(left: number, top: number, width: number, height: number): EtChartObject };
  /** VBA's Hyperlinks.Add(Anchor, Address, SubAddress, ScreenTip, TextToDisplay); '' Address = in this workbook. */
  readonly Hyperlinks: { Add(anchor: EtRange, address: string, subAddress: string, screenTip: string, text: string): unknown };
  /** VBA's Protect(Password, DrawingObjects, Contents, …); called with no arguments: no password. */
  Protect(): void;
  Activate(): void;
  Delete(): void;
}

export interface EtName {
  readonly Name: string;
  readonly RefersTo: string;
  Delete(): void;
}

export interface EtWorkbook {
  readonly Worksheets: EtCollection<EtWorksheet> & { Add(before?: unknown, after?: unknown, count?: unknown, type?: unknown): EtWorksheet };
  readonly Names: EtCollection<EtName> & { Add(name: string, refersTo: string): EtName };
  /** Absent from WPS's documentation: probed, never assumed (see read.ts). */
  readonly Date1904?: boolean;
}

export interface EtWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
}

export interface EtTaskPane {
  readonly ID: number | string;
  Visible: boolean;
  DockPosition: number;
}

export interface EtPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: string | number | boolean): void;
  removeItem(key: string): void;
}

export interface EtApiEvent {
  AddApiEventListener(name: string, listener: (...args: unknown[]) => void): void;
  RemoveApiEventListener(name: string, listener: (...args: unknown[]) => void): void;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveWindow: EtWindow;
  DisplayAlerts: boolean;
  ScreenUpdating: boolean;
  readonly PluginStorage: EtPluginStorage;
  readonly ApiEvent: EtApiEvent;
  /** The docs spell it CreateTaskpane; some templates CreateTaskPane: see taskpane.ts. */
  CreateTaskpane?(url: string): EtTaskPane;
  GetTaskpane?(id: number | string): EtTaskPane;
}

// Numeric constants (Application.Enum may be missing, WPS.md §3): named here once.
export const XL = {
  landscape: 2,
  paperA4: 9,
  continuous: 1,
  thin: 2,
  /** Borders.Item: left, top, bottom, right, inside vertical, inside horizontal. */
  edges: [7, 8, 9, 10],
  insideVertical: 11,
  insideHorizontal: 12,
  hAlign: { left: -4131, center: -4108, right: -4152 },
  vAlign: { top: -4160, middle: -4108, bottom: -4107 },
  columnClustered: 51,
  line: 4,
  valueAxis: 2,
  validateList: 3,
  validAlertStop: 1,
  between: 1,
  dockRight: 2,
} as const;
