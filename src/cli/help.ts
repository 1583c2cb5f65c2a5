// `qs-assess --help`: Chinese first, English alongside, for administrative staff and for us.
export const HELP = `qs-assess — 优质服务考核命令行工具 (quality-service assessment)

用法 Usage:
  qs-assess init <工作簿.xlsx> [--sample] [--force]
      新建考核工作簿:单位、考核记录、考核条款、处罚标准、考核参数、节假日,带下拉列表。
      Write a new template workbook (with drop-down lists).
      --sample   填入示例单位(黄冈黄州区供电公司)和 2026 年约 300 条示例事件
                 Fill in the bundled sample organisation and a year of events.
      --force    文件已存在时覆盖 Overwrite an existing file.

  qs-assess validate <工作簿.xlsx>
      检查工作簿,逐条列出所有错误(工作表、行、列),并说明读取和跳过了哪些工作表。
      Check the workbook; list every error with sheet, row and column.

  qs-assess summarize <工作簿.xlsx> --period 2026Q3|2026 [--out 文件.xlsx] [--pdf 文件.pdf] [--json] [--in-place] [--force]
                    [--republish --reason 文字]
      生成季度(考核汇总、扣分明细)或年度考核汇总表,写入工作簿副本(默认 <工作簿>.summary.xlsx)。
      Write the quarterly or annual summaries into a copy of the workbook.
      --period   考核期间:季度 2026Q3,年度 2026 The period: a quarter or a year.
      --out      输出文件 Output workbook (default <book>.summary.xlsx).
                 已存在且不是本工具生成的文件不会被覆盖 An existing file not written by us is refused.
      --force    覆盖已存在的 --out 文件 Overwrite an existing output file that is not ours.
      --in-place 直接写回原工作簿(先写临时文件再替换) Rewrite the input itself, atomically.
      --pdf      另存打印用 PDF(需要 LibreOffice) Also print the summaries to PDF (needs LibreOffice).
      --json     在标准输出打印结果 JSON Print the result as JSON on stdout.

  qs-assess notice <工作簿.xlsx> --period 2026Q3|2026 [--out 文件.docx] [--pdf 文件.pdf] [--force] [--republish --reason 文字]
      生成考核通报(Word 文件,A4 公文格式;默认 <工作簿>.<期间>.通报.docx),通报文号取自「考核参数」,
      “五、工作要求”取自「通报模板」表(没有时用默认文字)。
      Write the quarterly (or annual) notice 考核通报 as .docx, and with --pdf as PDF (needs LibreOffice Writer).

  qs-assess import <工作簿.xlsx> <源文件.xlsx|.csv> [--sheet 表名] [--map 源列=字段 …] [--dry-run] [--strict]
                   [--out 文件.xlsx | --in-place] [--force]
      把其他表格中的记录(自己的台账、95598 工单或来信来访的导出)追加到「部门考核记录」或「二级单位考核记录」
      (按单位类别),默认写入副本 <工作簿>.imported.xlsx。列按同义列名自动对应(受理时间→日期、责任单位→单位、
      问题/工单内容→事项描述、工单号→工单编号、工单类型→来源 …),单位按名称、编码或「别名」匹配;源表没有的
      必填项(如条款、等级)留空并标为浅黄色,之后 validate 会逐一列出。已有的工单编号(无编号时按日期+单位+
      事项描述)不会重复导入。CSV 可为 UTF-8(带或不带 BOM)或 GBK/GB18030,自动识别。
      Append records from another table (an .xlsx sheet or a .csv export) to the ledgers; idempotent.
      --sheet    源文件中要导入的工作表(默认:第一张认得出表头的表)The source sheet.
      --map      指定列的含义,可多次使用,如 --map 问题=事项描述 --map 处理部门=忽略
                 Map a source column to a ledger column (repeatable; 忽略 = skip it).
      --dry-run  只显示对应关系和新增/已存在/拒绝的行数,不写文件 Report only, write nothing.
      --strict   有任何一行被拒绝就不写入 Write nothing when any row is refused.
      --out      输出文件(默认 <工作簿>.imported.xlsx) --in-place 直接写回原工作簿(原子替换)

  qs-assess publish <工作簿.xlsx> --period 2026Q3|2026 [--reason 文字] [--republish] [--out 文件.xlsx | --in-place] [--force]
      发布结果:把该期各单位得分、等级、名次、罚款,每人的个人罚款,每条事项的要素和扣分罚款,
      连同发布日期、通报文号记入工作簿中受保护的「发布记录」表(默认写入 <工作簿>.published.xlsx)。
      此后每次 validate、summarize、notice 都与已发布的结果核对,有变化时警告(单位、前后数字、哪一行)。
      Record the period's results in the workbook's protected 发布记录 sheet; later reads compare with it.
      --republish --reason 文字   已发布且结果有变化时重新发布,原因记入「发布记录」
                                  Publish again after a change; the reason is recorded.

  已发布的期间结果有变化时,summarize 和 notice 拒绝重新生成(退出码 2),除非加 --republish --reason 文字
  (notice 把重新发布记入原工作簿的「发布记录」)。未发布的期间不受影响。
  A published period whose numbers changed is not regenerated (exit 2) without --republish --reason.

  重新生成时只替换本工具生成的工作表,您自己的工作表不会被改动。
  Regenerating replaces only the sheets this tool generated; your own sheets are never changed.

退出码 Exit codes:
  0  成功 ok
  1  工作簿中有数据错误(已全部列出,未生成任何文件) validation errors, nothing written
  2  用法错误或文件问题(已发布的结果有变化而未加 --republish --reason、找不到、不是 xlsx、已加密、已损坏、超过 256 MB 或解压后过大、同名工作表冲突、
     输出文件已存在或只读、文件夹不可写)
     usage or file problem (missing, not xlsx, encrypted, damaged, too big, sheet name clash,
     output exists or is read-only, folder not writable)

示例 Examples:
  qs-assess init 考核2026.xlsx --sample
  qs-assess validate 考核2026.xlsx
  qs-assess summarize 考核2026.xlsx --period 2026Q3 --pdf 2026Q3.pdf
  qs-assess summarize 考核2026.xlsx --period 2026 --json > 2026.json
  qs-assess notice 考核2026.xlsx --period 2026Q3 --pdf 2026Q3通报.pdf
  qs-assess import 考核2026.xlsx 95598工单导出.csv --dry-run
  qs-assess import 考核2026.xlsx 考核2026.xlsx --sheet 2026年三季度考核 --in-place
  qs-assess publish 考核2026.xlsx --period 2026Q3 --in-place
  qs-assess summarize 考核2026.xlsx --period 2026Q3 --in-place --republish --reason "更正城区供电所第45行条款"
`;
