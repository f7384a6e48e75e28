#!/usr/bin/env python3
"""Writes the malformed-input corpus of issue 9 into this folder, and expected.tsv: for each file the importer
that reads it, the outcome (refused: nothing is written; warned: stored, with a finding), the message it must
give, and the row and column that message names (0: none). Run it again after changing a case; the files are
checked in so the tests and the fuzzers do not need Python."""

import io
import os
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
rows = []  # (file, importer, outcome, message, row, column)


def write(name, data, importer, outcome, message, row=0, column=0):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)
    rows.append((name, importer, outcome, message, row, column))


PLAN_HEADER = "序号,培训项目,主办单位,培训天数,参培人数,培训方式,拟培训时间\n"


def plan(name, body, outcome, message, row=0, column=0, header=PLAN_HEADER):
    write(name, header + body, "plan", outcome, message, row, column)


# --- plan tables (CSV) -------------------------------------------------------------------------------------
plan("plan-header-only.csv", "", "refused", "下没有培训项目", 1)
plan("plan-header-and-total-only.csv", "合计,,,10,100,,\n", "refused", "下没有培训项目", 1)
write("plan-empty.csv", "", "plan", "refused", "是空的")
write("plan-blank-lines.csv", "\n\n\n  \n", "plan", "refused", "是空的")
write("plan-no-header.csv", "一些文字\n更多文字\n", "plan", "refused", "找不到表头行", 1)
plan("plan-esc-in-name.csv", "1,\x1b[2J\x1b[31m班主任培训,区教委,3,100,集中,4月\n", "refused", "U+001B", 2, 2)
plan("plan-nul-in-name.csv", "1,班主任\x00培训,区教委,3,100,集中,4月\n", "refused", "U+0000", 2, 2)
plan("plan-del-in-organizer.csv", "1,班主任培训,区教委\x7f,3,100,集中,4月\n", "refused", "U+007F", 2, 3)
plan("plan-c1-control.csv", "1,班主任\u0085培训,区教委,3,100,集中,4月\n", "refused", "U+0085", 2, 2)
plan("plan-line-separator.csv", "1,班主任\u2028培训,区教委,3,100,集中,4月\n", "refused", "U+2028", 2, 2)
plan("plan-bell-in-remark.csv", "1,班主任培训,区教委,3,100,集中\x07,4月\n", "refused", "U+0007", 2, 6)
write("plan-esc-in-title.csv", "梁平区\x1b]0;pwned\x07计划表\n" + PLAN_HEADER + "1,班主任培训,区教委,3,100,集中,4月\n",
      "plan", "refused", "U+001B", 1, 1)
plan("plan-zero-width-in-name.csv", "1,班主任\u200b培训,区教委,3,100,集中,4月\n", "warned", "U+200B", 2, 2)
plan("plan-bom-in-cell.csv", "1,\ufeff班主任培训,区教委,3,100,集中,4月\n", "warned", "U+FEFF", 2, 2)
plan("plan-bidi-override.csv", "1,\u202e训培任主班,区教委,3,100,集中,4月\n", "warned", "U+202E", 2, 2)
plan("plan-word-joiner-in-organizer.csv", "1,班主任培训,区\u2060教委,3,100,集中,4月\n", "warned", "U+2060", 2, 3)
plan("plan-days-1e20.csv", "1,班主任培训,区教委,99999999999999999999,100,集中,4月\n", "warned", "超出合理范围", 2, 4)
plan("plan-days-400.csv", "1,班主任培训,区教委,400天,100,集中,4月\n", "warned", "超出合理范围", 2, 4)
plan("plan-hours-99999.csv", "1,班主任培训,区教委,99999学时,100,集中,4月\n", "warned", "超出合理范围", 2, 4)
plan("plan-headcount-2000000.csv", "1,班主任培训,区教委,3,2000000,集中,4月\n", "warned", "人数过大", 2, 5)
plan("plan-headcount-overflow.csv", "1,班主任培训,区教委,3,99999999999999999999,集中,4月\n", "warned", "人数过大", 2, 5)
plan("plan-negative-days.csv", "1,班主任培训,区教委,-3,100,集中,4月\n", "warned", "负数", 2, 4)
plan("plan-days-inf.csv", "1,班主任培训,区教委,inf,100,集中,4月\n", "warned", "无法识别", 2, 4)
plan("plan-days-nan.csv", "1,班主任培训,区教委,nan,100,集中,4月\n", "warned", "无法识别", 2, 4)
plan("plan-month-13.csv", "1,班主任培训,区教委,3,100,集中,13月\n", "warned", "月份 13 不存在", 2, 7)
plan("plan-year-9999.csv", "1,班主任培训,区教委,3,100,集中,9999年4月\n", "warned", "年份 9999 不合理", 2, 7)
plan("plan-two-name-columns.csv", "1,甲,乙,区教委,3,100\n", "warned", "只导入第 2 列",
     1, 3, header="序号,培训项目,项目名称,主办单位,培训天数,参培人数\n")
plan("plan-cell-3000-chars.csv", "1," + "培" * 3000 + ",区教委,3,100,集中,4月\n", "refused", "超过 2000 个字符", 2, 2)
plan("plan-name-200kb.csv", "1," + "x" * (200 * 1024) + ",区教委,3,100,集中,4月\n", "refused", "超过 2000 个字符", 2, 2)
plan("plan-quoted-name-100k.csv", '1,"' + "名" * (100 * 1024) + '",区教委,3,100,集中,4月\n', "refused", "超过 2000 个字符", 2, 2)
plan("plan-line-of-commas.csv", "," * (256 * 1024) + "\n", "refused", "下没有培训项目", 1)
plan("plan-content-in-column-300.csv", "1,班主任培训,区教委,3,100,集中,4月" + "," * 293 + "藏在第300列\n", "refused",
     "最多 256 列", 2, 300)
plan("plan-unterminated-quote.csv", '1,"班主任培训,区教委,3,100,集中,4月\n', "refused", "引号未闭合", 2, 2)
plan("plan-text-after-quote.csv", '1,"班主任"培训,区教委,3,100,集中,4月\n', "refused", "结束引号后", 2, 2)
write("plan-invalid-bytes.csv", PLAN_HEADER.encode("utf-8") + b"1,\xff\xfe\xff\xff,\xff\n", "plan", "refused",
      "无法解码")
write("plan-gb18030-with-esc.csv", (PLAN_HEADER + "1,班主任\x1b培训,区教委,3,100,集中,4月\n").encode("gb18030"),
      "plan", "refused", "U+001B", 2, 2)

# --- plan tables (XLSX) ------------------------------------------------------------------------------------
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
HEADER_STRINGS = ["序号", "培训项目", "主办单位", "培训天数", "参培人数", "甲培训", "区教委"]
HEADER_ROW = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
              '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>')
DATA_ROW = ('<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" t="s"><v>6</v></c>'
            '<c r="D2"><v>3</v></c><c r="E2"><v>100</v></c></row>')


def shared(strings, declared=None):
    count = len(strings) if declared is None else declared
    return ('<?xml version="1.0"?><sst %s count="%d" uniqueCount="%d">' % (NS, count, count)
            + "".join("<si><t>%s</t></si>" % s for s in strings) + "</sst>")


def sheet(rows_xml, after=""):
    return '<?xml version="1.0"?><worksheet %s><sheetData>%s</sheetData>%s</worksheet>' % (NS, rows_xml, after)


def workbook_parts(sheet_xml, shared_xml=None, target="worksheets/sheet1.xml"):
    parts = {
        "[Content_Types].xml": '<?xml version="1.0"?><Types '
                               'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "xl/workbook.xml": '<?xml version="1.0"?><workbook %s %s><sheets><sheet name="计划表" sheetId="1" '
                           'r:id="rId1"/></sheets></workbook>' % (NS, RNS),
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships '
                                      'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                                      'officeDocument/2006/relationships/worksheet" Target="%s"/>'
                                      '</Relationships>' % target,
    }
    if sheet_xml is not None:
        parts["xl/worksheets/sheet1.xml"] = sheet_xml
    if shared_xml is not None:
        parts["xl/sharedStrings.xml"] = shared_xml
    return parts


def xlsx(name, parts, outcome, message, row=0, column=0):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for part, data in parts.items():
            z.writestr(part, data.encode("utf-8") if isinstance(data, str) else data)
    write(name, buf.getvalue(), "plan", outcome, message, row, column)


def col_letters(n):
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


# One cell in column XFD of each of 20,000 rows: 111 KB that took 6 GB.
xfd_rows = "".join('<row r="%d"><c r="XFD%d"><v>1</v></c></row>' % (r, r) for r in range(3, 20003))
xlsx("plan-xfd-20000-rows.xlsx", workbook_parts(sheet(HEADER_ROW + DATA_ROW + xfd_rows), shared(HEADER_STRINGS)),
     "refused", "超出第 256 列", 3, 16384)
# 25,000 merged ranges as wide as the sheet (20,000 took 39 s of CPU).
merges = "".join('<mergeCell ref="A%d:XFD%d"/>' % (r, r) for r in range(3, 25003))
xlsx("plan-merges-25000-wide.xlsx",
     workbook_parts(sheet(HEADER_ROW + DATA_ROW, '<mergeCells count="25000">%s</mergeCells>' % merges),
                    shared(HEADER_STRINGS)), "refused", "合并单元格")
# 15,000 merges each covering the whole sheet, over 15,000 filled rows: within the count, beyond the work budget.
filled = "".join('<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (r, r, r) for r in range(3, 15003))
whole = "".join('<mergeCell ref="B1:C1048576"/>' for _ in range(15000))
xlsx("plan-merges-whole-sheet.xlsx",
     workbook_parts(sheet(HEADER_ROW + DATA_ROW + filled, "<mergeCells>%s</mergeCells>" % whole),
                    shared(HEADER_STRINGS)), "refused", "合并单元格过多或过大")


def bomb(name, part, size, message):
    """A part whose inflated size is `size` bytes of repeated XML, deflated to almost nothing."""
    chunk = b"<si><t>" + b"A" * 1000 + b"</t></si>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for p, data in workbook_parts(sheet(HEADER_ROW + DATA_ROW), None).items():
            z.writestr(p, data)
        with z.open(part, "w", force_zip64=False) as f:
            f.write(b'<?xml version="1.0"?><sst ' + NS.encode() + b">")
            written = 0
            block = chunk * 1000
            while written < size:
                f.write(block)
                written += len(block)
            f.write(b"</sst>")
    write(name, buf.getvalue(), "plan", "refused", message)


bomb("plan-sharedstrings-400mb.xlsx", "xl/sharedStrings.xml", 400 * 1024 * 1024, "解压后有")
xlsx("plan-sharedstrings-count.xlsx", workbook_parts(sheet(HEADER_ROW + DATA_ROW), shared(HEADER_STRINGS, 5000000)),
     "refused", "共享字符串")
# Many parts of 90 MB each: each under the part limit, together over the workbook limit.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for p, data in workbook_parts(sheet(HEADER_ROW + DATA_ROW), shared(HEADER_STRINGS)).items():
        z.writestr(p, data)
    for i in range(2):
        with z.open("xl/media/blob%d.bin" % i, "w") as f:
            for _ in range(90):
                f.write(b"\0" * (1024 * 1024))
write("plan-total-inflated-180mb.xlsx", buf.getvalue(), "plan", "refused", "工作簿解压后超过")
write("plan-not-a-zip.xlsx", b"PK\x03\x04 this is not really a zip file" * 10, "plan", "refused", "无法作为 ZIP")
good = io.BytesIO()
with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as z:
    for p, data in workbook_parts(sheet(HEADER_ROW + DATA_ROW), shared(HEADER_STRINGS)).items():
        z.writestr(p, data)
write("plan-truncated.xlsx", good.getvalue()[: len(good.getvalue()) // 2], "plan", "refused", "无法作为 ZIP")
xlsx("plan-missing-sheet.xlsx", workbook_parts(None, shared(HEADER_STRINGS)), "refused", "缺失")
xlsx("plan-bad-shared-index.xlsx",
     workbook_parts(sheet(HEADER_ROW + '<row r="2"><c r="B2" t="s"><v>99999</v></c></row>'), shared(HEADER_STRINGS)),
     "refused", "共享字符串编号", 2, 2)
xlsx("plan-error-cell.xlsx",
     workbook_parts(sheet(HEADER_ROW + '<row r="2"><c r="D2" t="e"><v>#DIV/0!</v></c></row>'), shared(HEADER_STRINGS)),
     "refused", "错误值", 2, 4)
xlsx("plan-bad-cell-reference.xlsx",
     workbook_parts(sheet(HEADER_ROW + '<row r="2"><c r="A0"><v>1</v></c></row>'), shared(HEADER_STRINGS)),
     "refused", "单元格引用")
xlsx("plan-row-beyond-excel.xlsx",
     workbook_parts(sheet(HEADER_ROW + '<row r="1048577"><c><v>1</v></c></row>'), shared(HEADER_STRINGS)),
     "refused", "行号")
xlsx("plan-cell-at-row-300000.xlsx",
     workbook_parts(sheet(HEADER_ROW + DATA_ROW + '<row r="300000"><c r="A300000"><v>1</v></c></row>'),
                    shared(HEADER_STRINGS)), "refused", "超过第 200000 行", 300000, 1)
xlsx("plan-nan-number.xlsx",
     workbook_parts(sheet(HEADER_ROW + '<row r="2"><c r="D2"><v>nan</v></c></row>'), shared(HEADER_STRINGS)),
     "refused", "不是数字", 2, 4)
xlsx("plan-overflowing-number.xlsx",
     workbook_parts(sheet(HEADER_ROW + '<row r="2"><c r="D2"><v>1e400</v></c></row>'), shared(HEADER_STRINGS)),
     "refused", "不是数字", 2, 4)
xlsx("plan-long-shared-string.xlsx",
     workbook_parts(sheet(HEADER_ROW + '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>7</v></c></row>'),
                    shared(HEADER_STRINGS + ["长" * 3000])), "refused", "超过 2000 个字符", 2, 2)
xlsx("plan-control-in-inline-string.xlsx",
     workbook_parts(sheet(HEADER_ROW + '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>班主任'
                          '&#x1b;培训</t></is></c></row>'), shared(HEADER_STRINGS)), "refused", "不是有效的 XML")
xlsx("plan-zero-width-shared-string.xlsx",
     workbook_parts(sheet(HEADER_ROW + '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>7</v></c></row>'),
                    shared(HEADER_STRINGS + ["班主任\u200b培训"])), "warned", "U+200B", 2, 2)
XXE = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst %s><si><t>&xxe;</t>'
       '</si></sst>' % NS)
xlsx("plan-xxe.xlsx", workbook_parts(sheet(HEADER_ROW + DATA_ROW), XXE), "refused", "DTD")
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
          + "".join('<!ENTITY %s "%s">' % (chr(98 + i), ("&%s;" % chr(97 + i)) * 10) for i in range(9))
          + ']><sst %s><si><t>&j;</t></si></sst>' % NS)
xlsx("plan-billion-laughs.xlsx", workbook_parts(sheet(HEADER_ROW + DATA_ROW), LAUGHS), "refused", "DTD")
xlsx("plan-header-only.xlsx", workbook_parts(sheet(HEADER_ROW), shared(HEADER_STRINGS)), "refused", "下没有培训项目", 1)

# --- teacher lists -----------------------------------------------------------------------------------------
T_HEADER = "工号,姓名,学校\n"


def teachers(name, body, outcome, message, row=0, column=0, header=T_HEADER):
    write(name, header + body, "teachers", outcome, message, row, column)


teachers("teachers-zero-width-duplicate.csv", "2001,杜文,实验小学\n20\u200b01,杜文,实验小学\n", "refused", "重复", 3, 1)
teachers("teachers-nul-in-name.csv", "2001,杜\x00文,实验小学\n", "refused", "U+0000", 2, 2)
teachers("teachers-esc-in-name.csv", "2001,\x1b[2J杜文,实验小学\n", "refused", "U+001B", 2, 2)
teachers("teachers-newline-in-name.csv", '2001,"杜\n文",实验小学\n', "refused", "U+000A", 2, 2)
teachers("teachers-tab-in-staff-number.csv", "20\t01,杜文,实验小学\n", "refused", "U+0009", 2, 1)
teachers("teachers-bom-in-name.csv", "2001,\ufeff杜文,实验小学\n", "warned", "U+FEFF", 2, 2)
teachers("teachers-bidi-in-unit.csv", "2001,杜文,\u202e学小验实\n", "warned", "U+202E", 2, 3)
teachers("teachers-two-staff-columns.csv", "2001,2002,杜文,实验小学\n", "refused", "是同一项", 1, 2,
         header="工号,教师编号,姓名,学校\n")
teachers("teachers-header-only.csv", "", "refused", "表头下没有教师")
teachers("teachers-hired-9999.csv", "2001,杜文,实验小学,9999-12-31\n", "refused", "入职时间", 2, 4,
         header="工号,姓名,学校,入职时间\n")
teachers("teachers-hired-1900.csv", "2001,杜文,实验小学,1900-01-01\n", "refused", "入职时间", 2, 4,
         header="工号,姓名,学校,入职时间\n")
teachers("teachers-name-100k.csv", "2001," + "杜" * (100 * 1024) + ",实验小学\n", "refused", "超过 2000 个字符", 2, 2)
teachers("teachers-mangled-staff-number.csv", "1.2E+17,杜文,实验小学\n", "refused", "已被 Excel 转成数字", 2, 1)
teachers("teachers-no-header.csv", "2001,杜文,实验小学\n", "refused", "找不到表头", header="")
teachers("teachers-line-of-commas.csv", "," * (256 * 1024) + "\n", "refused", "表头下没有教师")
teachers("teachers-content-in-column-260.csv", "2001,杜文,实验小学" + "," * 257 + "x\n", "refused", "最多 256 列", 2,
         260)
teachers("teachers-missing-name.csv", "2001,,实验小学\n", "refused", "缺少姓名", 2, 2)

# --- rosters (project 1 of the 2021 plan; teachers 1001–1005 of 实验小学) ----------------------------------
R_HEADER = "工号,姓名,学校\n"
write("roster-zero-width-duplicate.csv", R_HEADER + "1003,赵三,实验小学\n10\u200b03,赵三,实验小学\n", "roster",
      "refused", "已报名", 3, 1)
write("roster-two-staff-columns.csv", "工号,职工号,姓名\n1003,1003,赵三\n", "roster", "refused", "是同一项", 1, 2)
write("roster-esc-in-unit.csv", R_HEADER + "1003,赵三,实验\x1b小学\n", "roster", "refused", "U+001B", 2, 3)
write("roster-unknown-staff.csv", R_HEADER + "9999,无名,实验小学\n", "roster", "refused", "不在教师名单中", 2, 1)
write("roster-class-not-a-number.csv", "工号,姓名,班次\n1003,赵三,第x期\n", "roster", "refused", "班次", 2, 3)

# --- attendance (project 1, teachers 1001 and 1002 enrolled) -----------------------------------------------
A_HEADER = "工号,姓名,日期,场次,考勤,学时\n"


def attendance(name, body, message, row, column, header=A_HEADER):
    write(name, header + body, "attendance", "refused", message, row, column)


attendance("attendance-nan-hours.csv", "1001,钱一,2021-04-01,1,出勤,nan\n", "学时「nan」", 2, 6)
attendance("attendance-inf-hours.csv", "1001,钱一,2021-04-01,1,出勤,inf\n", "学时「inf」", 2, 6)
attendance("attendance-negative-hours.csv", "1001,钱一,2021-04-01,1,出勤,-2\n", "学时「-2」", 2, 6)
attendance("attendance-hours-1e308.csv", "1001,钱一,2021-04-01,1,出勤,1e308\n", "学时「1e308」", 2, 6)
attendance("attendance-session-999.csv", "1001,钱一,2021-04-01,999,出勤,4\n", "场次「999」", 2, 4)
attendance("attendance-session-negative.csv", "1001,钱一,2021-04-01,-1,出勤,4\n", "场次「-1」", 2, 4)
attendance("attendance-date-9999.csv", "1001,钱一,9999-12-31,1,出勤,4\n", "不在计划年度", 2, 3)
attendance("attendance-date-1900.csv", "1001,钱一,1900-01-01,1,出勤,4\n", "不在计划年度", 2, 3)
attendance("attendance-date-not-a-date.csv", "1001,钱一,2021-02-30,1,出勤,4\n", "不是有效的日期", 2, 3)
attendance("attendance-planned-nan.csv", "1001,钱一,2021-04-01,1,出勤,4,nan\n", "计划学时", 2, 7,
           header="工号,姓名,日期,场次,考勤,学时,计划学时\n")
attendance("attendance-two-date-columns.csv", "1001,钱一,2021-04-01,2021-04-02,出勤\n", "是同一项", 1, 4,
           header="工号,姓名,日期,培训日期,考勤\n")
attendance("attendance-esc-in-kind.csv", "1001,钱一,2021-04-01,1,出\x1b勤,4\n", "U+001B", 2, 5)
attendance("attendance-not-enrolled.csv", "1005,孙五,2021-04-01,1,出勤,4\n", "没有录取", 2, 2)

# --- credits earned elsewhere -----------------------------------------------------------------------------
E_HEADER = "工号,姓名,年度,级别,形式,学分,学时,培训名称,来源\n"


def external(name, body, message, row, column):
    write(name, E_HEADER + body, "external", "refused", message, row, column)


external("external-inf-credits.csv", "1001,钱一,2022,国家级,网络,inf,10,国培,国培\n", "学分「inf」", 2, 6)
external("external-1e308-credits.csv", "1001,钱一,2022,国家级,网络,1e308,10,国培,国培\n", "学分「1e308」", 2, 6)
external("external-huge-credits.csv", "1001,钱一,2022,国家级,网络,999999,10,国培,国培\n", "超出合理范围", 2, 6)
external("external-nan-hours.csv", "1001,钱一,2022,国家级,网络,2,nan,国培,国培\n", "学时「nan」", 2, 7)
external("external-negative-credits.csv", "1001,钱一,2022,国家级,网络,-2,10,国培,国培\n", "学分「-2」", 2, 6)
external("external-year-9999.csv", "1001,钱一,9999,国家级,网络,2,10,国培,国培\n", "年度「9999」", 2, 3)
external("external-esc-in-title.csv", "1001,钱一,2022,国家级,网络,2,10,国\x1b[31m培,国培\n", "U+001B", 2, 8)
external("external-zero-width-staff.csv", "10\u200b01,钱\u200b一,2022,国家级,网络,2,10,国培,国培\n"
         "1001,钱二,2022,国家级,网络,2,10,国培,国培\n", "不符", 3, 2)

with open(os.path.join(HERE, "expected.tsv"), "w", encoding="utf-8") as f:
    f.write("# file\timporter\toutcome\tmessage\trow\tcolumn   (written by make_corpus.py)\n")
    for r in rows:
        f.write("\t".join(str(x) for x in r) + "\n")
print(len(rows), "files")
