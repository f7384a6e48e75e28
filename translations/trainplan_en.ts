<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ColumnHelp</name>
    <message>
        <source>梁平区教委《2021年教师教育工作要点》</source>
        <translation>Liangping District Education Commission: &quot;Key Points of Teacher Education Work 2021&quot;</translation>
    </message>
    <message>
        <source>区县印发的计划表附件（梁平区2021年教师教育项目计划表、建安区2024年教师培训工作安排表）</source>
        <translation>The plan table attachments the districts issue (Liangping District 2021 Teacher Education Project Plan, Jian&apos;an District 2024 Teacher Training Schedule)</translation>
    </message>
    <message>
        <source>梁平区教委《2021年教师教育工作要点》一(二)1、云阳县教委云教〔2021〕20号 三(六)；各区县的数字见“工具 → 学分规则…”</source>
        <translation>Liangping District Education Commission &quot;Key Points of Teacher Education Work 2021&quot; Part 1 (2) 1; Yunyang County Education Commission 云教〔2021〕20号 Part 3 (6); each district&apos;s numbers are under &quot;Tools → Credit Rules…&quot;</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;依据：%3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;Basis: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>序号（规则 R-TABLE）</source>
        <translation>No. (rule R-TABLE)</translation>
    </message>
    <message>
        <source>序号应为 1、2、3…… 依次排列；增删、移动行时自动重新编号。</source>
        <translation>Numbers run 1, 2, 3… in order; they are renumbered automatically when rows are added, deleted or moved.</translation>
    </message>
    <message>
        <source>培训项目（规则 R-TABLE）</source>
        <translation>Training project (rule R-TABLE)</translation>
    </message>
    <message>
        <source>每一行都要有项目名称；名称为空的行标为错误。</source>
        <translation>Every row needs a project name; a row without a name is marked as an error.</translation>
    </message>
    <message>
        <source>主办单位（规则 R-TABLE、R-LEAD）</source>
        <translation>Organizing unit (rules R-TABLE, R-LEAD)</translation>
    </message>
    <message>
        <source>主办单位应是单位名录中的单位，不在名录中的标黄。主办单位须在开班前 %1 个工作日将详细培训方案报区教委审定：「主办单位要在开班前15个工作日内将详细培训方案报区教委审定」。</source>
        <translation>The organizing unit should be a unit of the unit directory; units not in it are marked yellow. The organizing unit must submit the detailed training scheme to the district education bureau for approval %1 working days before the class starts: &quot;The organizing unit shall submit the detailed training scheme to the district education bureau for approval within 15 working days before the class starts&quot;.</translation>
    </message>
    <message>
        <source>%1 二(一)；计划表附件</source>
        <translation>%1 Part 2 (1); plan table attachment</translation>
    </message>
    <message>
        <source>培训天数/学时（规则 R-TABLE、学分折算）</source>
        <translation>Training days/hours (rule R-TABLE, credit conversion)</translation>
    </message>
    <message>
        <source>天数（3、2天、半天）或学时（50学时）。天数与学时分别合计，合计行与各行之和逐项比对。项目的学分可由时长按区县学分规则折算。</source>
        <translation>Days (3, 2天, 半天) or hours (50学时). Days and hours are totalled separately, and the total row is compared with the sum of the rows item by item. A project&apos;s credits can be converted from its length by the district&apos;s credit rules.</translation>
    </message>
    <message>
        <source>%1；%2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>参培人数（规则 R-TABLE）</source>
        <translation>Participants (rule R-TABLE)</translation>
    </message>
    <message>
        <source>人数（300、300人）、约数（约120人）或“全员”。“全员”单独计数，不当作 0；确切的人数也是报名的默认容量。</source>
        <translation>People (300, 300人), an estimate (约120人) or 全员 (all staff). &quot;All staff&quot; is counted apart, not as 0; an exact number is also the default capacity for registration.</translation>
    </message>
    <message>
        <source>培训方式（学分的培训类型）</source>
        <translation>Training mode (the training type for credits)</translation>
    </message>
    <message>
        <source>培训方式决定学分登记时的培训类型（如“线上研修”为网络研修）；只有区县级及以上的集中培训计入“五年周期内区级及以上集中培训达到20学分”（规则 R-CREDIT-DISTRICT）。</source>
        <translation>The training mode decides the training type when credits are recorded (e.g. 线上研修, online study, is online training); only centralized training at district/county level or higher counts towards &quot;20 credits of district-level or higher centralized training within the five-year cycle&quot; (rule R-CREDIT-DISTRICT).</translation>
    </message>
    <message>
        <source>拟培训时间（规则 R-TABLE、截止日期）</source>
        <translation>Planned time (rules R-TABLE, deadlines)</translation>
    </message>
    <message>
        <source>月份（4月、4-5月）或“全年”。还没有具体日期时，截止日期按该月 1 日计算，显示“约”，逾期只作警告。</source>
        <translation>Months (4月, 4-5月) or 全年 (whole year). Until there are exact dates, the deadlines are counted from the 1st of that month, shown as &quot;c.&quot;, and being late is only a warning.</translation>
    </message>
    <message>
        <source>%1；%2 二(一)</source>
        <translation>%1; %2 Part 2 (1)</translation>
    </message>
    <message>
        <source>级别（学分）</source>
        <translation>Level (credits)</translation>
    </message>
    <message>
        <source>国家级、省级、市级、区县级、校级。区县级及以上的集中培训学分计入周期要求（规则 R-CREDIT-DISTRICT）。</source>
        <translation>National, provincial, municipal, district/county or school (国家级, 省级, 市级, 区县级, 校级). Credits of centralized training at district/county level or higher count towards the cycle requirement (rule R-CREDIT-DISTRICT).</translation>
    </message>
    <message>
        <source>开班日期（规则 R-CHANGE）</source>
        <translation>Start date (rule R-CHANGE)</translation>
    </message>
    <message>
        <source>最早的开班日期或班次。计划批复后改开班日期要提出调整申请，须在生效日（批复的与新的开班日期中较早的一天）前 %1 个月报批：「确需调整的，应提前1个月报区教委审批」。</source>
        <translation>The earliest start date or class. Once the plan is approved, changing the start date needs a change request, submitted for approval %1 months before it takes effect (the earlier of the approved and the new start date): &quot;Changes that are really needed shall be submitted to the district education bureau for approval 1 month in advance&quot;.</translation>
    </message>
    <message>
        <source>二(一)</source>
        <translation>Part 2 (1)</translation>
    </message>
    <message>
        <source>方案截止（规则 R-LEAD、R-OUTCITY）</source>
        <translation>Scheme due (rules R-LEAD, R-OUTCITY)</translation>
    </message>
    <message>
        <source>详细培训方案最迟报送日：开班前 %1 个工作日，按国务院办公厅公布的放假与调休安排计算（「主办单位要在开班前15个工作日内将详细培训方案报区教委审定」）。赴市外培训另须在出发前 %2 个工作日报送管理责任书（「于出行前15个工作日报区教委备案」）。</source>
        <translation>The last day to submit the detailed training scheme: %1 working days before the start, counted with the days off and make-up working days published by the State Council General Office (&quot;The organizing unit shall submit the detailed training scheme to the district education bureau for approval within 15 working days before the class starts&quot;). Out-of-city training also needs the management responsibility agreement %2 working days before departure (&quot;filed with the district education bureau 15 working days before departure&quot;).</translation>
    </message>
    <message>
        <source>二(一)、二(二)</source>
        <translation>Part 2 (1), Part 2 (2)</translation>
    </message>
    <message>
        <source>状态（规则 R-LEAD、R-CHANGE、R-CANCEL）</source>
        <translation>Status (rules R-LEAD, R-CHANGE, R-CANCEL)</translation>
    </message>
    <message>
        <source>方案是否已报送、是否逾期、还剩几个工作日。批复后的调整须提前 %1 个月报批；因故不能举办的项目须作书面说明（「因故不能举办的，应向区教委作书面说明」），取消后标“已取消”，不计入合计。</source>
        <translation>Whether the scheme was submitted, whether it is late, how many working days are left. After approval, changes are submitted for approval %1 months in advance; a project that cannot be held needs a written explanation (&quot;Where it cannot be held, a written explanation shall be given to the district education bureau&quot;); once cancelled it is marked &quot;cancelled&quot; and not counted in the totals.</translation>
    </message>
    <message>
        <source>规则 R-TABLE，依据计划表附件（Shift+F1 看详情）</source>
        <translation>Rule R-TABLE, based on the plan table attachment (Shift+F1 for details)</translation>
    </message>
    <message>
        <source>规则 R-TABLE、R-LEAD，依据%1（Shift+F1 看详情）</source>
        <translation>Rules R-TABLE, R-LEAD, based on %1 (Shift+F1 for details)</translation>
    </message>
    <message>
        <source>规则 R-TABLE，依据计划表附件；学分与截止日期见 Shift+F1</source>
        <translation>Rule R-TABLE, based on the plan table attachment; credits and deadlines under Shift+F1</translation>
    </message>
    <message>
        <source>学分规则 R-CREDIT-DISTRICT（Shift+F1 看详情）</source>
        <translation>Credit rule R-CREDIT-DISTRICT (Shift+F1 for details)</translation>
    </message>
    <message>
        <source>规则 R-CHANGE：调整提前 %1 个月报批，依据%2</source>
        <translation>Rule R-CHANGE: changes submitted for approval %1 months in advance, based on %2</translation>
    </message>
    <message>
        <source>规则 R-LEAD：开班前 %1 个工作日报送详细培训方案，依据%2</source>
        <translation>Rule R-LEAD: the detailed training scheme submitted %1 working days before the start, based on %2</translation>
    </message>
    <message>
        <source>规则 R-LEAD、R-CHANGE、R-CANCEL，依据%1</source>
        <translation>Rules R-LEAD, R-CHANGE, R-CANCEL, based on %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TrainPlan 教师培训计划管理</source>
        <translation>TrainPlan Teacher Training Plans</translation>
    </message>
    <message>
        <source>计划：</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>选择区县和年度</source>
        <translation>Choose the district and year</translation>
    </message>
    <message>
        <source>筛选：名称、拼音或首字母（如 jspx）</source>
        <translation>Filter: name, pinyin or initials (e.g. jspx)</translation>
    </message>
    <message>
        <source>日历</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>工具(&amp;T)</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>工具栏</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check results</translation>
    </message>
    <message>
        <source>新建计划(&amp;N)…</source>
        <translation>&amp;New Plan…</translation>
    </message>
    <message>
        <source>新建一个区县年度计划</source>
        <translation>Create a district&apos;s plan for a year</translation>
    </message>
    <message>
        <source>导入计划表(&amp;I)…</source>
        <translation>&amp;Import Plan Table…</translation>
    </message>
    <message>
        <source>从 CSV 文件或 Excel 工作簿（.xlsx）导入计划表</source>
        <translation>Import a plan table from a CSV file or an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>导出 CSV(&amp;E)…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>导出为 Excel/WPS 可直接打开的 CSV（UTF-8 带 BOM）</source>
        <translation>Export as CSV that Excel/WPS open directly (UTF-8 with BOM)</translation>
    </message>
    <message>
        <source>载入示例计划(&amp;S)</source>
        <translation>Load &amp;Sample Plans</translation>
    </message>
    <message>
        <source>载入梁平区 2021 年和建安区 2024 年的公开计划表</source>
        <translation>Load the published plan tables of Liangping District 2021 and Jian&apos;an District 2024</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>添加行(&amp;A)</source>
        <translation>&amp;Add Row</translation>
    </message>
    <message>
        <source>在表末添加一个项目</source>
        <translation>Add a project at the end of the table</translation>
    </message>
    <message>
        <source>插入行(&amp;R)</source>
        <translation>Inse&amp;rt Row</translation>
    </message>
    <message>
        <source>在当前行上方插入一个项目</source>
        <translation>Insert a project above the current row</translation>
    </message>
    <message>
        <source>删除行(&amp;D)</source>
        <translation>&amp;Delete Rows</translation>
    </message>
    <message>
        <source>删除选中的项目</source>
        <translation>Delete the selected projects</translation>
    </message>
    <message>
        <source>上移(&amp;U)</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>将当前项目上移一行</source>
        <translation>Move the current project up one row</translation>
    </message>
    <message>
        <source>下移(&amp;W)</source>
        <translation>Move Do&amp;wn</translation>
    </message>
    <message>
        <source>将当前项目下移一行</source>
        <translation>Move the current project down one row</translation>
    </message>
    <message>
        <source>筛选(&amp;F)</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>按名称、拼音或首字母筛选</source>
        <translation>Filter by name, pinyin or initials</translation>
    </message>
    <message>
        <source>项目详情(&amp;P)…</source>
        <translation>&amp;Project Details…</translation>
    </message>
    <message>
        <source>开班日期、班次、方案报送、赴市外培训、调整申请与取消</source>
        <translation>Start dates, classes, scheme submission, out-of-city training, change requests and cancellation</translation>
    </message>
    <message>
        <source>日历(&amp;L)</source>
        <translation>Ca&amp;lendar</translation>
    </message>
    <message>
        <source>全年日历：节假日、调休、班次与截止日期</source>
        <translation>The whole year: holidays, make-up working days, classes and deadlines</translation>
    </message>
    <message>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>规则集与节假日安排</source>
        <translation>Rule sets and holiday schedules</translation>
    </message>
</context>
<context>
    <name>NewPlanDialog</name>
    <message>
        <source>新建计划</source>
        <translation>New Plan</translation>
    </message>
    <message>
        <source>区县(&amp;D)：</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>如 梁平区</source>
        <translation>e.g. 梁平区 (Liangping District)</translation>
    </message>
    <message>
        <source>年度(&amp;Y)：</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>标题(&amp;T)：</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>文号：</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>如 梁教委发〔2021〕12号（可不填）</source>
        <translation>e.g. 梁教委发〔2021〕12号 (optional)</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsDialog</name>
    <message>
        <source>项目详情</source>
        <translation>Project details</translation>
    </message>
    <message>
        <source>日期与班次</source>
        <translation>Dates and Classes</translation>
    </message>
    <message>
        <source>拟培训时间：</source>
        <translation>Planned training time:</translation>
    </message>
    <message>
        <source>如 4月、4-5月、全年（与计划表同步）</source>
        <translation>e.g. 4月, 4-5月, 全年 (kept in step with the plan table)</translation>
    </message>
    <message>
        <source>已定具体日期：</source>
        <translation>Fixed dates:</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>班次（批次）：每个班次有自己的日期、地点和人数；最早的开班日期用于计算截止日期。日期格式 2026-03-02。</source>
        <translation>Classes (cohorts): each class has its own dates, place and number of participants; the earliest start date is used to count the deadlines. Date format 2026-03-02.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>添加班次</source>
        <translation>Add Class</translation>
    </message>
    <message>
        <source>删除班次</source>
        <translation>Remove Class</translation>
    </message>
    <message>
        <source>方案与责任书</source>
        <translation>Scheme and Agreement</translation>
    </message>
    <message>
        <source>详细培训方案已报送：</source>
        <translation>Detailed training scheme submitted:</translation>
    </message>
    <message>
        <source>详细培训方案已审定：</source>
        <translation>Detailed training scheme approved:</translation>
    </message>
    <message>
        <source>赴市外培训（须签订管理责任书）</source>
        <translation>Out-of-city training (a management responsibility agreement must be signed)</translation>
    </message>
    <message>
        <source>出发日期（不填则为开班日期）：</source>
        <translation>Departure date (if empty, the start date):</translation>
    </message>
    <message>
        <source>管理责任书已报送：</source>
        <translation>Management responsibility agreement submitted:</translation>
    </message>
    <message>
        <source>调整申请</source>
        <translation>Change Requests</translation>
    </message>
    <message>
        <source>调整事项</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>原内容</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新内容</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>提出日期</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>决定日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>因故不能举办（取消本项目）</source>
        <translation>Cannot be held (cancel this project)</translation>
    </message>
    <message>
        <source>取消日期：</source>
        <translation>Cancellation date:</translation>
    </message>
    <message>
        <source>书面说明（必填）：</source>
        <translation>Written explanation (required):</translation>
    </message>
    <message>
        <source>写明不能举办的原因</source>
        <translation>State why the project cannot be held</translation>
    </message>
    <message>
        <source>截止日期（随输入更新）</source>
        <translation>Deadlines (updated as you type)</translation>
    </message>
    <message>
        <source>本项目的调整申请。计划批复后，修改项目（在计划表中，或在本对话框中改日期、取消）时会请你填写调整申请，经区教委批准后生效；调整须在生效日（原开班日期与新开班日期中较早的一天）前 1 个月报批。</source>
        <translation>This project&apos;s change requests. Once the plan is approved, changing a project (in the plan table, or here by changing dates or cancelling) asks you to file a change request, which takes effect when the district education bureau approves it; a change must be submitted 1 month before its effective date (the earlier of the old and the new start date).</translation>
    </message>
    <message>
        <source>生效日</source>
        <translation>Effective date</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>规则集</source>
        <translation>Rule Set</translation>
    </message>
    <message>
        <source>区县：</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>每个区县可以有自己的规则集；“所有区县”适用于没有单独设置的区县</source>
        <translation>Each district can have its own rule set; &quot;All districts&quot; applies to districts without a setting of their own</translation>
    </message>
    <message>
        <source>名称：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>依据：</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>开班前报送详细培训方案（R-LEAD）：</source>
        <translation>Submit the detailed training scheme before the class starts (R-LEAD):</translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>赴市外培训出发前报送管理责任书（R-OUTCITY）：</source>
        <translation>Submit the management responsibility agreement before out-of-city training departs (R-OUTCITY):</translation>
    </message>
    <message>
        <source>调整提前报批（R-CHANGE）：</source>
        <translation>Get changes approved in advance (R-CHANGE):</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>临近截止提醒：</source>
        <translation>Remind before a deadline:</translation>
    </message>
    <message>
        <source> 个工作日内</source>
        <translation> working days ahead</translation>
    </message>
    <message>
        <source>恢复默认值（梁平 2021）</source>
        <translation>Restore Defaults (Liangping 2021)</translation>
    </message>
    <message>
        <source>节假日安排</source>
        <translation>Holiday Schedule</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>安排</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>名称，如 春节</source>
        <translation>Name, e.g. 春节 (Spring Festival)</translation>
    </message>
    <message>
        <source>添加/修改这一天</source>
        <translation>Add/Change This Day</translation>
    </message>
    <message>
        <source>删除选中的一天</source>
        <translation>Remove Selected Day</translation>
    </message>
    <message>
        <source>导入官方安排（CSV）…</source>
        <translation>Import Official Schedule (CSV)…</translation>
    </message>
    <message>
        <source>删除导入的本年安排</source>
        <translation>Remove This Year&apos;s Imported Schedule</translation>
    </message>
    <message>
        <source>CSV 格式与国务院办公厅节假日安排一致：表头 date,kind,name，每行一天，如 2027-02-06,off,春节；kind 为 off（放假）或 work（调休上班）。导入的年度替换内置或估算的安排；手工添加的日期优先于一切。</source>
        <translation>The CSV format follows the State Council General Office&apos;s holiday schedule: header date,kind,name, one day per row, e.g. 2027-02-06,off,春节; kind is off (day off) or work (make-up working day). An imported year replaces the built-in or estimated schedule; days added by hand take precedence over everything.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>教师培训计划管理</source>
        <translation>Teacher training plan management</translation>
    </message>
    <message>
        <source>打开指定的数据库文件，或区县服务器上的数据库 postgresql://登录名@服务器/数据库名</source>
        <translation>Open this database file, or a database on the district server postgresql://login@server/database</translation>
    </message>
    <message>
        <source>路径</source>
        <translation>path</translation>
    </message>
    <message>
        <source>空数据库时不询问是否载入示例</source>
        <translation>Do not offer to load the samples when the database is empty</translation>
    </message>
    <message>
        <source>启动时载入示例计划</source>
        <translation>Load the sample plans at start</translation>
    </message>
    <message>
        <source>连接区县服务器（询问服务器、登录名和密码）</source>
        <translation>Connect to the district server (asks for the server, login and password)</translation>
    </message>
    <message>
        <source>TrainPlan 教师培训计划管理</source>
        <translation>TrainPlan Teacher Training Plans</translation>
    </message>
    <message>
        <source>界面语言：%1（默认：设置中的选择，否则按系统语言）</source>
        <translation>Language of the program: %1 (default: the choice in Settings, else the system&apos;s language)</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>language</translation>
    </message>
    <message>
        <source>不支持的语言「%1」；可用：%2
</source>
        <translation>Unsupported language &quot;%1&quot;; available: %2
</translation>
    </message>
</context>
<context>
    <name>tp::AtomicFile</name>
    <message>
        <source>磁盘空间不足，无法写入 %1；原有文件未改变</source>
        <translation>Not enough disk space to write %1; the existing file is unchanged</translation>
    </message>
    <message>
        <source>磁盘空间不足（超出允许的文件大小），无法写入 %1；原有文件未改变</source>
        <translation>Not enough disk space (file size limit exceeded) to write %1; the existing file is unchanged</translation>
    </message>
    <message>
        <source>无法写入 %1：%2；原有文件未改变</source>
        <translation>Cannot write %1: %2; the existing file is unchanged</translation>
    </message>
    <message>
        <source>%1 是一个文件夹，不能写成文件</source>
        <translation>%1 is a folder and cannot be written as a file</translation>
    </message>
</context>
<context>
    <name>tp::AttendanceDialog</name>
    <message>
        <source>考勤 — %1</source>
        <translation>Attendance — %1</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>场次</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>出勤学时</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>计划学时</source>
        <translation>Planned hours</translation>
    </message>
    <message>
        <source>添加一场</source>
        <translation>Add Session</translation>
    </message>
    <message>
        <source>删除所选</source>
        <translation>Remove Selected</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>出勤 %1 / 计划 %2 学时</source>
        <translation>Attended %1 / planned %2 hours</translation>
    </message>
</context>
<context>
    <name>tp::AttendanceGridDialog</name>
    <message>
        <source>考勤表 — %1</source>
        <translation>Attendance Sheet — %1</translation>
    </message>
    <message>
        <source>选择</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>鼠标选择格子，再按键设置</source>
        <translation>Select cells with the mouse, then press a key to set them</translation>
    </message>
    <message>
        <source>画笔：</source>
        <translation>Brush:</translation>
    </message>
    <message>
        <source>按住鼠标拖过格子，设为%1</source>
        <translation>Drag the mouse across cells to mark them %1</translation>
    </message>
    <message>
        <source>整列出勤</source>
        <translation>Whole Column Present</translation>
    </message>
    <message>
        <source>所选场次的全部学员设为出勤（先点列头选中一场或几场）</source>
        <translation>Mark every participant present in the selected sessions (click a column header first to select one or more sessions)</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>清除所选格子（Delete）</source>
        <translation>Clear the selected cells (Delete)</translation>
    </message>
    <message>
        <source>添加一天</source>
        <translation>Add a Day</translation>
    </message>
    <message>
        <source>培训日程里没有的一天（例如补课）</source>
        <translation>A day not in the training schedule (e.g. a make-up lesson)</translation>
    </message>
    <message>
        <source>键盘：1 出勤&#x3000;2 迟到&#x3000;3 请假&#x3000;4 缺勤（或 P L E A），空格依次切换，Delete 清除，方向键移动；点列头选中整场。</source>
        <translation>Keyboard: 1 present  2 late  3 on leave  4 absent (or P L E A), Space cycles, Delete clears, arrow keys move; click a column header to select a whole session.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>缺课达到规定、不计学分：%1</source>
        <translation>Too many sessions missed, no credits: %1</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>考勤表</source>
        <translation>Attendance Sheet</translation>
    </message>
    <message>
        <source>考勤表有未保存的修改。不保存就关闭吗？</source>
        <translation>The attendance sheet has unsaved changes. Close without saving?</translation>
    </message>
    <message numerus="yes">
        <source>还有 %n 人没有任何考勤记录（按未出勤计）</source>
        <translation>
            <numerusform>%n more person has no attendance record at all (counted as absent)</numerusform>
            <numerusform>%n more people have no attendance record at all (counted as absent)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::AttendanceGridModel</name>
    <message>
        <source>规则集「%1」没有缺课比例的规定：缺课只计入出勤学时。</source>
        <translation>Rule set &quot;%1&quot; sets no limit on missed sessions: missed sessions only reduce the hours attended.</translation>
    </message>
    <message>
        <source>规则集「%1」：缺课%2%3不计学分。</source>
        <translation>Rule set &quot;%1&quot;: missing %2%3 earns no credits.</translation>
    </message>
    <message>
        <source>%1，%2：%3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1，%2：未记录（1 出勤，2 迟到，3 请假，4 缺勤）</source>
        <translation>%1, %2: not recorded (1 present, 2 late, 3 on leave, 4 absent)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>还没有考勤记录</source>
        <translation>No attendance recorded yet</translation>
    </message>
    <message>
        <source>出勤 %1 学时（%2）%3%4</source>
        <translation>Attended %1 hours (%2)%3%4</translation>
    </message>
    <message>
        <source>；%1 场未记录，按未出勤计</source>
        <translation>; %1 sessions not recorded, counted as absent</translation>
    </message>
    <message>
        <source>；%1</source>
        <translation>; %1</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>出勤学时</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>缺课</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>出勤的学时之和</source>
        <translation>Sum of the hours attended</translation>
    </message>
    <message>
        <source>M月d日</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>上午</source>
        <translation>a.m.</translation>
    </message>
    <message>
        <source>下午</source>
        <translation>p.m.</translation>
    </message>
    <message>
        <source>第%1场</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 %2 %3（计划 %4 学时）</source>
        <translation>%1 %2 %3 (%4 hours planned)</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>MMM d, yyyy</translation>
    </message>
</context>
<context>
    <name>tp::AttendanceImporter</name>
    <message>
        <source>每场学时：%1</source>
        <translation>Hours per session: %1</translation>
    </message>
    <message>
        <source>日期「%1」不是有效的日期</source>
        <translation>Date &quot;%1&quot; is not a valid date</translation>
    </message>
    <message>
        <source>场次「%1」应为 1 到 %2 的数字或上午/下午/晚上</source>
        <translation>Session &quot;%1&quot; should be a number from 1 to %2, or 上午/下午/晚上 (morning/afternoon/evening)</translation>
    </message>
    <message>
        <source>考勤「%1」应为 出勤、迟到、请假 或 缺勤</source>
        <translation>Attendance &quot;%1&quot; should be 出勤 (present), 迟到 (late), 请假 (on leave) or 缺勤 (absent)</translation>
    </message>
    <message>
        <source>计划%1</source>
        <translation>planned %1</translation>
    </message>
    <message>
        <source>学时「%1」应为 0 到计划学时（%2）之间的数</source>
        <translation>Hours &quot;%1&quot; should be a number from 0 to the planned hours (%2)</translation>
    </message>
</context>
<context>
    <name>tp::AuditFilterBar</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>起始日期：</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>截止日期：</source>
        <translation>To:</translation>
    </message>
</context>
<context>
    <name>tp::AuditQuery</name>
    <message>
        <source>服务器审计轨迹只在连接服务器（PostgreSQL）时才有；文件的审计日志请看审计日志</source>
        <translation>The server&apos;s trail exists only when connected to a server (PostgreSQL); for a file, see the audit log</translation>
    </message>
</context>
<context>
    <name>tp::AuditViewerDialog</name>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>调整申请</source>
        <translation>Change Requests</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>经办人：</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>项目：</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>本计划全部</source>
        <translation>Whole plan</translation>
    </message>
    <message>
        <source>第 %1 项 %2</source>
        <translation>Item %1 %2</translation>
    </message>
    <message>
        <source>全部计划与名录</source>
        <translation>All plans and directories</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>服务器审计轨迹</source>
        <translation>Server trail</translation>
    </message>
</context>
<context>
    <name>tp::BackupFlow</name>
    <message>
        <source>不是 TrainPlan 的数据库</source>
        <translation>Not a TrainPlan database</translation>
    </message>
    <message>
        <source>计划 %1 份，项目 %2 个，教师 %3 位，参训记录 %4 条，学分登记 %5 条</source>
        <translation>Plans: %1, projects: %2, teachers: %3, enrolments: %4, credit records: %5</translation>
    </message>
    <message>
        <source>最后修改：%1</source>
        <translation>Last changed: %1</translation>
    </message>
    <message>
        <source>（无记录）</source>
        <translation>(no records)</translation>
    </message>
    <message>
        <source>完整性检查发现损坏：%1</source>
        <translation>The integrity check found damage: %1</translation>
    </message>
    <message>
        <source>备份数据库</source>
        <translation>Back Up Database</translation>
    </message>
    <message>
        <source>TrainPlan 数据库 (*.sqlite *.db)</source>
        <translation>TrainPlan databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Back Up</translation>
    </message>
    <message>
        <source>已备份到 %1

%2</source>
        <translation>Backed up to %1

%2</translation>
    </message>
    <message>
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>TrainPlan 数据库 (*.sqlite *.db);;所有文件 (*)</source>
        <translation>TrainPlan databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>%1 不能用来恢复：%2</source>
        <translation>%1 cannot be used for a restore: %2</translation>
    </message>
    <message>
        <source>备份文件 %1 中有：
%2

当前数据库中有：
%3

恢复会用备份的内容替换当前的全部数据。替换前，当前数据会先自动备份到 %4。</source>
        <translation>The backup file %1 contains:
%2

The current database contains:
%3

Restoring replaces all current data with the backup&apos;s. Before that, the current data is backed up automatically to %4.</translation>
    </message>
    <message>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>不恢复</source>
        <translation>Don&apos;t Restore</translation>
    </message>
    <message>
        <source>已从 %1 恢复：
%2

恢复前的数据已备份在 %3。</source>
        <translation>Restored from %1:
%2

The data from before the restore is backed up in %3.</translation>
    </message>
    <message>
        <source>已从 %1 恢复</source>
        <translation>Restored from %1</translation>
    </message>
    <message>
        <source>每日自动备份</source>
        <translation>Daily automatic backup</translation>
    </message>
    <message>
        <source>今天的自动备份：%1</source>
        <translation>Today&apos;s automatic backup: %1</translation>
    </message>
    <message>
        <source>上次没有正常关闭，正在后台检查数据库…</source>
        <translation>The program was not closed properly last time; checking the database in the background…</translation>
    </message>
    <message>
        <source>数据库检查完毕，没有发现问题（上次没有正常关闭）</source>
        <translation>Database check finished, no problems found (the program was not closed properly last time)</translation>
    </message>
    <message>
        <source>数据库检查发现问题，请从备份恢复</source>
        <translation>The database check found problems; please restore from a backup</translation>
    </message>
    <message>
        <source>数据库检查</source>
        <translation>Database Check</translation>
    </message>
    <message>
        <source>上次没有正常关闭，检查数据库 %1 时发现问题：
%2

请用“文件 → 从备份恢复”恢复最近的备份。</source>
        <translation>The program was not closed properly last time, and checking the database %1 found problems:
%2

Please restore the latest backup with &quot;File → Restore from Backup&quot;.</translation>
    </message>
    <message>
        <source>正在检查备份文件…</source>
        <translation>Checking the backup file…</translation>
    </message>
    <message>
        <source>正在检查数据库…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>正在进行今天的自动备份…</source>
        <translation>Making today&apos;s automatic backup…</translation>
    </message>
</context>
<context>
    <name>tp::CalendarRepository</name>
    <message>
        <source>开班前报送方案的工作日数</source>
        <translation>Working days to submit the scheme before the class starts</translation>
    </message>
    <message>
        <source>赴市外培训出发前报送责任书的工作日数</source>
        <translation>Working days to submit the agreement before out-of-city training departs</translation>
    </message>
    <message>
        <source>调整提前报批的月数</source>
        <translation>Months to get a change approved in advance</translation>
    </message>
    <message>
        <source>临近截止提醒的工作日数</source>
        <translation>Working days of warning before a deadline</translation>
    </message>
    <message>
        <source>日期无效</source>
        <translation>Invalid date</translation>
    </message>
    <message>
        <source>导入的节假日安排中有无效日期</source>
        <translation>The imported holiday schedule has an invalid date</translation>
    </message>
    <message>
        <source>日期 %1 出现了不止一次</source>
        <translation>Date %1 appears more than once</translation>
    </message>
    <message>
        <source>没有可导入的日期</source>
        <translation>No dates to import</translation>
    </message>
    <message>
        <source>%1 年的安排中没有放假日；只有调休上班日的年份不能作为官方安排导入</source>
        <translation>The schedule for %1 has no days off; a year with only make-up working days cannot be imported as an official schedule</translation>
    </message>
    <message>
        <source>%1 天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1应在 %2 到 %3 之间（现为 %4）</source>
        <translation>%1 should be between %2 and %3 (it is %4)</translation>
    </message>
</context>
<context>
    <name>tp::CalendarView</name>
    <message>
        <source>%1 调休上班</source>
        <translation>%1 make-up working day</translation>
    </message>
    <message>
        <source>%1 放假</source>
        <translation>%1 day off</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>周末</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>（预计：官方安排尚未公布，按规律估算）</source>
        <translation>(estimated: the official schedule is not yet published)</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>▬ %1</source>
        <translation>▬ %1</translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <source>%1 年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>预计（未公布）</source>
        <translation>Estimated (not published)</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>截止日</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>已按时报送</source>
        <translation>Submitted on time</translation>
    </message>
    <message>
        <source>班</source>
        <translation>W</translation>
    </message>
    <message>
        <source>休</source>
        <translation>H</translation>
    </message>
    <message>
        <source>第 %1 项 %2</source>
        <translation>Item %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2截止%3</source>
        <translation>%1 %2 due %3</translation>
    </message>
    <message>
        <source>（预计）</source>
        <translation>(estimated)</translation>
    </message>
    <message>
        <source>详细培训方案</source>
        <translation>Detailed training scheme</translation>
    </message>
    <message>
        <source>管理责任书</source>
        <translation>Management responsibility agreement</translation>
    </message>
    <message>
        <source>yyyy年M月d日 dddd</source>
        <translation>dddd, MMM d, yyyy</translation>
    </message>
    <message>
        <source>M月</source>
        <translation>MMMM</translation>
    </message>
</context>
<context>
    <name>tp::CancelProjectDialog</name>
    <message>
        <source>取消该项目</source>
        <translation>Cancel This Project</translation>
    </message>
    <message>
        <source>例如：因疫情防控要求，本年度不再举办，已报区教委备案</source>
        <translation>e.g. Not held this year because of epidemic control requirements; filed with the district education bureau</translation>
    </message>
    <message>
        <source>取消日期：</source>
        <translation>Cancellation date:</translation>
    </message>
    <message>
        <source>书面说明：</source>
        <translation>Written explanation:</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>取消申请 — 第 %1 项「%2」</source>
        <translation>Cancellation Request — Item %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>取消项目 — 第 %1 项「%2」</source>
        <translation>Cancel Project — Item %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>第 %1 项「%2」已有 %3，不能删除。
</source>
        <translation>Item %1 &quot;%2&quot; already has %3 and cannot be deleted.
</translation>
    </message>
    <message>
        <source>%1 %2 年度计划已批复（%3）：取消须附书面说明（不能举办的原因），报区教委批准后生效。批准后项目仍保留在计划中（标为已取消），名单和学分登记都不变。</source>
        <translation>The %1 %2 annual plan has been approved (%3): a cancellation needs a written explanation (why the project cannot take place) and takes effect once the district education bureau approves it. After approval the project stays in the plan (marked as cancelled); the roster and the credit records are unchanged.</translation>
    </message>
    <message>
        <source>取消后项目仍保留在计划中（标为已取消，不计入合计），名单和学分登记都不变。取消须写明原因（书面说明）。</source>
        <translation>After cancellation the project stays in the plan (marked as cancelled, not counted in the totals); the roster and the credit records are unchanged. A cancellation needs a reason (written explanation).</translation>
    </message>
    <message>
        <source>申请日期：</source>
        <translation>Date of request:</translation>
    </message>
    <message>
        <source>提出取消申请</source>
        <translation>Request Cancellation</translation>
    </message>
</context>
<context>
    <name>tp::Cancelled</name>
    <message>
        <source>已取消，没有写入任何内容</source>
        <translation>Cancelled; nothing was written</translation>
    </message>
    <message>
        <source>已取消%1，没有写入任何内容</source>
        <translation>%1 cancelled; nothing was written</translation>
    </message>
</context>
<context>
    <name>tp::CellParsers</name>
    <message>
        <source>应填天数（如 3、2天、1.5天、半天）或学时（如 50学时），或留空</source>
        <translation>Enter days (e.g. 3, 2天, 1.5天, 半天) or hours (e.g. 50学时), or leave it empty</translation>
    </message>
    <message>
        <source>应填人数（如 270、300人、约120人）或“全员”，或留空</source>
        <translation>Enter a number of people (e.g. 270, 300人, 约120人) or 全员 (all staff), or leave it empty</translation>
    </message>
    <message>
        <source>应填月份（如 4月、4-5月、4、5月、2024年4月）或“全年”“上半年”“下半年”，或留空</source>
        <translation>Enter months (e.g. 4月, 4-5月, 4、5月, 2024年4月) or 全年 (whole year), 上半年 (first half), 下半年 (second half), or leave it empty</translation>
    </message>
    <message>
        <source>单位「%1」无法识别；%2</source>
        <translation>Unit &quot;%1&quot; not recognized; %2</translation>
    </message>
    <message>
        <source>时长不能为负数；%1</source>
        <translation>A duration cannot be negative; %1</translation>
    </message>
    <message>
        <source>时长应大于 0；%1</source>
        <translation>A duration must be greater than 0; %1</translation>
    </message>
    <message>
        <source>%1 %2 超出合理范围（最多 %3）</source>
        <translation>%1 %2 is out of the reasonable range (at most %3)</translation>
    </message>
    <message>
        <source>人数应为整数；%1</source>
        <translation>The number of people must be a whole number; %1</translation>
    </message>
    <message>
        <source>人数不能为负数；%1</source>
        <translation>The number of people cannot be negative; %1</translation>
    </message>
    <message>
        <source>人数过大（最多 %1）；%2</source>
        <translation>Too many people (at most %1); %2</translation>
    </message>
    <message>
        <source>年份 %1 不合理；%2</source>
        <translation>Year %1 is not plausible; %2</translation>
    </message>
    <message>
        <source>月份 %1 不存在，月份应在 1 到 12 之间</source>
        <translation>There is no month %1; months are 1 to 12</translation>
    </message>
    <message>
        <source>月份范围 %1-%2 的起始月份晚于结束月份（跨年的安排请分开填写）</source>
        <translation>The month range %1-%2 starts after it ends (enter an arrangement that spans two years as two entries)</translation>
    </message>
</context>
<context>
    <name>tp::ChangeDecisionDialog</name>
    <message>
        <source>审批调整申请 — %1 %2 年度计划</source>
        <translation>Decide change requests — %1 %2 annual plan</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>申请内容（原 → 新）</source>
        <translation>Requested change (old → new)</translation>
    </message>
    <message>
        <source>理由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>提出（人、日期）</source>
        <translation>Filed (by, on)</translation>
    </message>
    <message>
        <source>最迟报批</source>
        <translation>Submit by</translation>
    </message>
    <message>
        <source>批复意见（可不填）：</source>
        <translation>Decision note (optional):</translation>
    </message>
    <message>
        <source>例如：同意；或不同意的原因</source>
        <translation>For example: Approved; or why it is not approved</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>批准所选申请：项目随即按申请修改（记入审计日志）</source>
        <translation>Approve the selected request: the project is changed as requested at once (recorded in the audit log)</translation>
    </message>
    <message>
        <source>不批准</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>不批准所选申请：项目保持不变，请在批复意见中写明原因</source>
        <translation>Reject the selected request: the project stays unchanged; give the reason in the decision note</translation>
    </message>
    <message>
        <source>没有待批的调整申请。</source>
        <translation>No change requests are waiting for a decision.</translation>
    </message>
    <message>
        <source>待批的调整申请 %1 件。选中一件，可填写批复意见，再点「批准」或「不批准」；批准后项目随即按申请修改，决定记入计划历史和审计日志（批复人：%2）。</source>
        <translation>%1 change request(s) waiting. Select one, optionally write a decision note, then click &quot;Approve&quot; or &quot;Reject&quot;; an approved request changes the project at once, and the decision is recorded in the plan history and the audit log (decided by: %2).</translation>
    </message>
    <message>
        <source>【取消】不再举办</source>
        <translation>[Cancelled] no longer held</translation>
    </message>
    <message>
        <source>%1：%2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1
逾期提出：%2</source>
        <translation>%1
Filed late: %2</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1（逾期）</source>
        <translation>%1 (late)</translation>
    </message>
    <message>
        <source>批准调整申请</source>
        <translation>Approve change request</translation>
    </message>
    <message>
        <source>不批准调整申请</source>
        <translation>Reject change request</translation>
    </message>
</context>
<context>
    <name>tp::ChangeRequestDialog</name>
    <message>
        <source>调整申请 — 第 %1 项「%2」</source>
        <translation>Change Request — Item %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 %2 年度计划已批复（%3）：调整须提前 1 个月报批，经批准后才改动项目。</source>
        <translation>The %1 %2 annual plan is approved (%3): a change must be submitted for approval 1 month in advance and changes the project only once approved.</translation>
    </message>
    <message>
        <source>调整项：</source>
        <translation>Change:</translation>
    </message>
    <message>
        <source>批复时：</source>
        <translation>As approved:</translation>
    </message>
    <message>
        <source>调整为：</source>
        <translation>Change to:</translation>
    </message>
    <message>
        <source>报批期限：</source>
        <translation>Approval deadline:</translation>
    </message>
    <message>
        <source>调整原因：</source>
        <translation>Reason for the change:</translation>
    </message>
    <message>
        <source>逾期说明：</source>
        <translation>Reason for lateness:</translation>
    </message>
    <message>
        <source>提出申请</source>
        <translation>Submit Request</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>开班日期未定，无报批期限</source>
        <translation>Start date not fixed, no approval deadline</translation>
    </message>
    <message>
        <source>已逾期（今天 %1）：%2</source>
        <translation>Overdue (today is %1): %2</translation>
    </message>
</context>
<context>
    <name>tp::CreditChartView</name>
    <message>
        <source>没有数据</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>未达到要求</source>
        <translation>Requirement not met</translation>
    </message>
    <message>
        <source>达到要求（≥%1 %2）</source>
        <translation>Requirement met (≥%1 %2)</translation>
    </message>
    <message>
        <source>%1 学分分布</source>
        <translation>%1 credit distribution</translation>
    </message>
    <message>
        <source>%1 周期 · %2 · 共 %3 名教师</source>
        <translation>Cycle %1 · %2 · teachers: %3</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>教师人数</source>
        <translation>Teachers</translation>
    </message>
</context>
<context>
    <name>tp::CreditLedger</name>
    <message>
        <source>项目学分 %1</source>
        <translation>Project credits %1</translation>
    </message>
    <message>
        <source>项目没有填写学分，也没有可折算的培训天数或学时</source>
        <translation>The project has no credits entered, nor training days or hours that can be converted</translation>
    </message>
    <message>
        <source>培训时长以天计（%1 天），规则集「%2」的每天计学时%3：请由区县在规则集中填写，或为项目填写学分</source>
        <translation>The training is counted in days (%1 days) and rule set &quot;%2&quot; has no hours per day%3: the district should enter it in the rule set, or enter the project&apos;s credits</translation>
    </message>
    <message>
        <source>%1 天 × %2 学时 = %3 学时</source>
        <translation>%1 days × %2 hours = %3 hours</translation>
    </message>
    <message>
        <source>%1 学时</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>%1·%2</source>
        <translation>%1·%2</translation>
    </message>
    <message>
        <source>换算表没有这一类</source>
        <translation>The conversion table has no entry for this kind</translation>
    </message>
    <message>
        <source>规则集「%1」没有%2的学时→学分换算（%3）：请由区县在规则集中填写，或为项目填写学分</source>
        <translation>Rule set &quot;%1&quot; has no hours→credits conversion for %2 (%3): the district should enter it in the rule set, or enter the project&apos;s credits</translation>
    </message>
    <message>
        <source>%1；%2（%3）</source>
        <translation>%1; %2 (%3)</translation>
    </message>
    <message>
        <source>；每天计学时：%1</source>
        <translation>; hours per day: %1</translation>
    </message>
    <message>
        <source>项目计划 %1 学时</source>
        <translation>Project planned for %1 hours</translation>
    </message>
    <message>
        <source>考勤表各场计划学时之和 %1 学时</source>
        <translation>Sessions of the attendance sheet planned for %1 hours in all</translation>
    </message>
    <message>
        <source>未结业（%1）</source>
        <translation>Not completed (%1)</translation>
    </message>
    <message>
        <source>项目的培训类型未定，请先选择培训类型</source>
        <translation>The project&apos;s training type is not set; choose the training type first</translation>
    </message>
    <message>
        <source>缺课 %1%（出勤 %2 学时，%3）</source>
        <translation>Missed %1% (attended %2 hours, %3)</translation>
    </message>
    <message>
        <source>%1 场没有考勤记录，按未出勤计</source>
        <translation>%1 sessions have no attendance record and count as absent</translation>
    </message>
    <message>
        <source>%1，%2规则集「%3」规定的%4，不计学分</source>
        <translation>%1, %2 the limit of rule set &quot;%3&quot;: %4, no credits</translation>
    </message>
    <message>
        <source>%1，其中 %2</source>
        <translation>%1, of which %2</translation>
    </message>
    <message>
        <source>缺少 %1 场考勤记录（本班共 %2 场）：请补录考勤，或写明原因登记考勤豁免</source>
        <translation>%1 sessions&apos; attendance records are missing (the class has %2 sessions): enter the attendance, or record an attendance exemption with its reason</translation>
    </message>
    <message>
        <source>；%1；考勤豁免：%2</source>
        <translation>; %1; attendance exemption: %2</translation>
    </message>
    <message>
        <source>计划 %1 学时</source>
        <translation>%1 hours planned</translation>
    </message>
    <message>
        <source>已达标</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>进度正常</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>有风险</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>未达标</source>
        <translation>Not met</translation>
    </message>
</context>
<context>
    <name>tp::CreditReportDocument</name>
    <message>
        <source>%1教师继续教育学分统计表</source>
        <translation>%1 Teachers&apos; Continuing Education Credits</translation>
    </message>
    <message>
        <source>共 %1 名教师：%2 %3 人，%4 %5 人，%6 %7 人，%8 %9 人</source>
        <translation>Teachers in all: %1 — %2 %3, %4 %5, %6 %7, %8 %9</translation>
    </message>
    <message>
        <source>培训周期：%1—%2年</source>
        <translation>Training cycle: %1–%2</translation>
    </message>
    <message>
        <source>统计日期：%1年%2月%3日</source>
        <translation>As of: %1-%2-%3</translation>
    </message>
    <message>
        <source>学分规则：%1</source>
        <translation>Credit rules: %1</translation>
    </message>
    <message>
        <source>仅列未达标教师</source>
        <translation>Only teachers who have not met the requirement</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>学科</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1%2
（≥%3%4）</source>
        <translation>%1%2
(≥%3%4)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>（差%1）</source>
        <translation>(%1 short)</translation>
    </message>
    <message>
        <source>没有未达标的教师</source>
        <translation>No teacher falls short of the requirement</translation>
    </message>
    <message>
        <source>没有教师</source>
        <translation>No teachers</translation>
    </message>
    <message>
        <source>说明：“进度正常”指已完成的学分不低于周期已过年份应完成的份额；“有风险”指低于该份额；“未达标”指周期已结束仍未达到要求。学分规则「%1」的要求与出处：%2。</source>
        <translation>Notes: &quot;On track&quot; means the credits earned are at least the share due for the years of the cycle that have passed; &quot;At risk&quot; means below that share; &quot;Not met&quot; means the cycle has ended without the requirement being met. The requirements of credit rules &quot;%1&quot; and their sources: %2.</translation>
    </message>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%1-%2-%3</translation>
    </message>
    <message>
        <source>正在计算列宽…</source>
        <translation>Measuring the columns…</translation>
    </message>
</context>
<context>
    <name>tp::CreditRuleEdit</name>
    <message>
        <source>%1 的值 %2 不合适：%3</source>
        <translation>The value %2 of %1 is not acceptable: %3</translation>
    </message>
    <message>
        <source>应为有限的数</source>
        <translation>it must be a finite number</translation>
    </message>
    <message>
        <source>周期起始年</source>
        <translation>First year of the cycle</translation>
    </message>
    <message>
        <source>应为 1949–2200 的年份</source>
        <translation>it must be a year from 1949 to 2200</translation>
    </message>
    <message>
        <source>周期年数</source>
        <translation>Years in the cycle</translation>
    </message>
    <message>
        <source>应为 1–10 的整数</source>
        <translation>it must be a whole number from 1 to 10</translation>
    </message>
    <message>
        <source>每天计学时</source>
        <translation>Hours per day</translation>
    </message>
    <message>
        <source>应在 0–24 之间</source>
        <translation>it must be between 0 and 24</translation>
    </message>
    <message>
        <source>缺课不计学分的比例</source>
        <translation>Share of missed hours that forfeits the credits</translation>
    </message>
    <message>
        <source>应在 0–1 之间（五分之一即 0.2）</source>
        <translation>it must be between 0 and 1 (one fifth is 0.2)</translation>
    </message>
    <message>
        <source>应在 0–5000 之间</source>
        <translation>it must be between 0 and 5000</translation>
    </message>
    <message>
        <source>%1 学时→学分</source>
        <translation>%1 hours→credits</translation>
    </message>
    <message>
        <source>应在 0–1000 之间</source>
        <translation>it must be between 0 and 1000</translation>
    </message>
    <message>
        <source>学分规则中没有“%1”这一项</source>
        <translation>The credit rules have no item &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>tp::CreditRules</name>
    <message>
        <source>国家级</source>
        <translation>National</translation>
    </message>
    <message>
        <source>省级</source>
        <translation>Provincial</translation>
    </message>
    <message>
        <source>市级</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <source>区县级</source>
        <translation>District/county</translation>
    </message>
    <message>
        <source>校级</source>
        <translation>School</translation>
    </message>
    <message>
        <source>集中培训</source>
        <translation>Centralized training</translation>
    </message>
    <message>
        <source>网络研修</source>
        <translation>Online training</translation>
    </message>
    <message>
        <source>校本研修</source>
        <translation>School-based training</translation>
    </message>
    <message>
        <source>实践研修</source>
        <translation>Practice-based training</translation>
    </message>
    <message>
        <source>有出处</source>
        <translation>Sourced</translation>
    </message>
    <message>
        <source>借用</source>
        <translation>Borrowed</translation>
    </message>
    <message>
        <source>推定</source>
        <translation>Assumed</translation>
    </message>
    <message>
        <source>未公布</source>
        <translation>Unpublished</translation>
    </message>
    <message>
        <source>武汉市江汉区中小学教师继续教育学分登记说明（引武教师〔2009〕2号，转载）</source>
        <translation>Notes on continuing education credit registration for primary and secondary school teachers, Jianghan District, Wuhan (quoting 武教师〔2009〕2号, reprinted)</translation>
    </message>
    <message>
        <source>教师参加继续教育集中培训,缺课时数累计达到该次培训课时总数五分之一者,取消其参加该次培训考核资格,不能取得相应学分(非集中培训参照执行)。</source>
        <translation>A teacher who, in centralized continuing education training, misses in total one fifth of the training&apos;s hours loses the right to be assessed for that training and cannot earn its credits (non-centralized training likewise).</translation>
    </message>
    <message>
        <source>本规则集的出处没有缺课规定，借用武汉市江汉区的规定；区县有本地规定时请改用本地规定</source>
        <translation>This rule set&apos;s source has no rule on missed hours, so Jianghan District, Wuhan&apos;s rule is borrowed; where the district has its own rule, use that instead</translation>
    </message>
    <message>
        <source>出处没有规定每天计多少学时；以天数计的项目在区县填写后才能折算学时和学分</source>
        <translation>The source does not say how many hours a day counts for; projects counted in days can be converted into hours and credits only after the district enters it</translation>
    </message>
    <message>
        <source>二分之一</source>
        <translation>one half</translation>
    </message>
    <message>
        <source>三分之一</source>
        <translation>one third</translation>
    </message>
    <message>
        <source>四分之一</source>
        <translation>one quarter</translation>
    </message>
    <message>
        <source>五分之一</source>
        <translation>one fifth</translation>
    </message>
    <message>
        <source>十分之一</source>
        <translation>one tenth</translation>
    </message>
    <message>
        <source>规则集 JSON 的 %1：%2</source>
        <translation>Rule set JSON, %1: %2</translation>
    </message>
    <message>
        <source>缺少出处（source）</source>
        <translation>missing source</translation>
    </message>
    <message>
        <source>应为 published、borrowed、assumed 或 unpublished</source>
        <translation>should be published, borrowed, assumed or unpublished</translation>
    </message>
    <message>
        <source>有出处的数需要数值</source>
        <translation>a sourced number needs a value</translation>
    </message>
    <message>
        <source>未知的级别「%1」</source>
        <translation>Unknown level &quot;%1&quot;</translation>
    </message>
    <message>
        <source>未知的培训类型「%1」</source>
        <translation>Unknown training type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>学分</source>
        <translation>credits</translation>
    </message>
    <message>
        <source>学时</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1：「%2」</source>
        <translation>%1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>借用 %1</source>
        <translation>borrowed from %1</translation>
    </message>
    <message>
        <source>推定（出处未说明）</source>
        <translation>assumed (the source does not say)</translation>
    </message>
    <message>
        <source>推定：%1</source>
        <translation>assumed: %1</translation>
    </message>
    <message>
        <source>未公布：%1</source>
        <translation>unpublished: %1</translation>
    </message>
    <message>
        <source>每学时 %1 学分</source>
        <translation>%1 credits per hour</translation>
    </message>
    <message>
        <source>%1 学时折合 1 学分</source>
        <translation>%1 hours make 1 credit</translation>
    </message>
    <message>
        <source>各类培训</source>
        <translation>All kinds of training</translation>
    </message>
    <message>
        <source>达到</source>
        <translation>reaches</translation>
    </message>
    <message>
        <source>超过</source>
        <translation>exceeds</translation>
    </message>
    <message>
        <source>周期起始年</source>
        <translation>First year of the cycle</translation>
    </message>
    <message>
        <source>%1 年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>周期年数</source>
        <translation>Years in the cycle</translation>
    </message>
    <message>
        <source>%1（每年）</source>
        <translation>%1 (per year)</translation>
    </message>
    <message>
        <source>%1 最低要求</source>
        <translation>%1 minimum</translation>
    </message>
    <message>
        <source>%1 每年最高计</source>
        <translation>%1 yearly cap</translation>
    </message>
    <message>
        <source>%1 超出部分冲抵 %2</source>
        <translation>%1 excess offsets %2</translation>
    </message>
    <message>
        <source>可冲抵</source>
        <translation>can offset</translation>
    </message>
    <message>
        <source>每天计学时</source>
        <translation>Hours per day</translation>
    </message>
    <message>
        <source>%1 学时</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>%1 学时→学分</source>
        <translation>%1 hours→credits</translation>
    </message>
    <message>
        <source>缺课不计学分的比例</source>
        <translation>Share of missed hours that forfeits the credits</translation>
    </message>
    <message>
        <source>%1（%2即不计学分）</source>
        <translation>%1 (%2 forfeits the credits)</translation>
    </message>
    <message>
        <source>%1 %2：%3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1：%2，不据此判定或折算</source>
        <translation>%1: %2, not used to judge or convert</translation>
    </message>
    <message>
        <source>培训周期自 %1 年起</source>
        <translation>Training cycles start in %1</translation>
    </message>
    <message>
        <source>每 %1 年为一个周期</source>
        <translation>A cycle is %1 years</translation>
    </message>
    <message>
        <source>%1：最低要求未公布，不据此判定</source>
        <translation>%1: minimum not published, not used to judge</translation>
    </message>
    <message>
        <source>%1不少于%2%3</source>
        <translation>%1 at least %2 %3</translation>
    </message>
    <message>
        <source>（每年最高计%1%2）</source>
        <translation> (at most %1 %2 counted per year)</translation>
    </message>
    <message>
        <source>%1每年最高计%2%3</source>
        <translation>%1 counts at most %2 %3 a year</translation>
    </message>
    <message>
        <source>%1超出部分可冲抵%2</source>
        <translation>%1 in excess can offset %2</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1：借用%2</source>
        <translation>%1: borrowed from %2</translation>
    </message>
    <message>
        <source>%1：推定（%2）</source>
        <translation>%1: assumed (%2)</translation>
    </message>
    <message>
        <source>%1：须写明出处文件（文件名称、条款）</source>
        <translation>%1: name the source document (title, clause)</translation>
    </message>
    <message>
        <source>%1：推定的数须说明理由</source>
        <translation>%1: an assumed number needs a reason</translation>
    </message>
    <message>
        <source>周期的起始年和年数不能是未公布（没有出处时标为推定并说明）</source>
        <translation>The first year and length of the cycle cannot be unpublished (without a source, mark them assumed and give the reason)</translation>
    </message>
    <message>
        <source>周期年数 %1 应在 1 到 20 之间</source>
        <translation>The cycle length %1 should be from 1 to 20 years</translation>
    </message>
    <message>
        <source>每天计学时 %1 应大于 0、不超过 24</source>
        <translation>Hours per day %1 should be more than 0 and at most 24</translation>
    </message>
    <message>
        <source>缺课比例 %1 应大于 0、不超过 1</source>
        <translation>The share of missed hours %1 should be more than 0 and at most 1</translation>
    </message>
    <message>
        <source>%1 学时→学分：须且只须填写“几学时折合1学分”或“每学时几学分”之一</source>
        <translation>%1 hours→credits: enter exactly one of &quot;hours per credit&quot; or &quot;credits per hour&quot;</translation>
    </message>
    <message>
        <source>要求「%1」没有编号</source>
        <translation>Requirement &quot;%1&quot; has no identifier</translation>
    </message>
    <message>
        <source>要求编号 %1 重复</source>
        <translation>Requirement identifier %1 is used twice</translation>
    </message>
    <message>
        <source>%1：最低要求不能为负</source>
        <translation>%1: the minimum cannot be negative</translation>
    </message>
    <message>
        <source>%1：每年最高计不能为负</source>
        <translation>%1: the yearly cap cannot be negative</translation>
    </message>
    <message>
        <source>%1：课程类别「%2」不在本规则集的类别中</source>
        <translation>%1: course category &quot;%2&quot; is not one of this rule set&apos;s categories</translation>
    </message>
    <message>
        <source>%1：按课程类别的要求不支持每年最高计</source>
        <translation>%1: requirements by course category cannot have a yearly cap</translation>
    </message>
    <message>
        <source>冲抵 %1 → %2：须是本规则集中两项不同的要求</source>
        <translation>Offset %1 → %2: must be two different requirements of this rule set</translation>
    </message>
    <message>
        <source>冲抵 %1 → %2：只支持周期要求之间的冲抵</source>
        <translation>Offset %1 → %2: only cycle requirements can offset each other</translation>
    </message>
    <message>
        <source>重庆市梁平区教育委员会《2021年教师教育工作要点》（2021年5月12日印发）</source>
        <translation>Liangping District Education Commission, Chongqing: &quot;Key Points of Teacher Education Work 2021&quot; (issued 2021-05-12)</translation>
    </message>
    <message>
        <source>梁平 2021</source>
        <translation>Liangping 2021</translation>
    </message>
    <message>
        <source>前言</source>
        <translation>Preamble</translation>
    </message>
    <message>
        <source>顺利推进我区教师教育第十四个五年规划任务</source>
        <translation>advance our district&apos;s tasks of the 14th Five-Year Plan for teacher education</translation>
    </message>
    <message>
        <source>第十四个五年规划时期为2021—2025年</source>
        <translation>The 14th Five-Year Plan period is 2021–2025</translation>
    </message>
    <message>
        <source>一、（二）1</source>
        <translation>Part 1 (2) 1</translation>
    </message>
    <message>
        <source>确保五年周期内专业技术人员区级及以上集中培训达到20学分</source>
        <translation>ensure professional and technical staff reach 20 credits of district-level or higher centralized training within the five-year cycle</translation>
    </message>
    <message>
        <source>工作要点只要求完善《梁平区中小学教师培训学分管理制度》（含“学分合理转换”），没有写出换算标准</source>
        <translation>The key points only require improving the &quot;Liangping District Primary and Secondary School Teacher Training Credit Management Rules&quot; (including &quot;reasonable conversion of credits&quot;) and state no conversion standard</translation>
    </message>
    <message>
        <source>区县级及以上集中培训</source>
        <translation>District-level or higher centralized training</translation>
    </message>
    <message>
        <source>云阳县教育委员会《关于“十四五”时期加强教师培训促进教师专业发展的实施意见》（2021年）</source>
        <translation>Yunyang County Education Commission: &quot;Opinions on Strengthening Teacher Training and Promoting Teachers&apos; Professional Development in the 14th Five-Year Period&quot; (2021)</translation>
    </message>
    <message>
        <source>确保全体在职中小学教师和管理干部在每五年培训周期内,累计修满不少于120学分的培训课程,其中参加县级及以上集中研修须修不少于20学分</source>
        <translation>ensure that all serving primary and secondary school teachers and administrators complete, in each five-year training cycle, training courses totalling no fewer than 120 credits, of which centralized training at county level or higher must account for no fewer than 20 credits</translation>
    </message>
    <message>
        <source>云阳</source>
        <translation>Yunyang</translation>
    </message>
    <message>
        <source>二、目标任务</source>
        <translation>Part 2, Goals and tasks</translation>
    </message>
    <message>
        <source>2021年到2025年,用五年左右的时间</source>
        <translation>from 2021 to 2025, over about five years</translation>
    </message>
    <message>
        <source>三、（六）</source>
        <translation>Part 3 (6)</translation>
    </message>
    <message>
        <source>实施意见没有规定学时与学分的换算</source>
        <translation>The opinions set no conversion between hours and credits</translation>
    </message>
    <message>
        <source>总学分</source>
        <translation>Total credits</translation>
    </message>
    <message>
        <source>县级及以上集中研修</source>
        <translation>County-level or higher centralized training</translation>
    </message>
    <message>
        <source>年度学分</source>
        <translation>Credits per year</translation>
    </message>
    <message>
        <source>三、（六）只说“凡年度教师培训未达学分最低要求者,当年度继续教育为不合格”，没有公布最低学分数；区县填写后才据此判定</source>
        <translation>Part 3 (6) only says &quot;a teacher who falls short of the year&apos;s minimum training credits fails that year&apos;s continuing education&quot; and publishes no minimum; it is judged only once the district enters one</translation>
    </message>
    <message>
        <source>上海市“十四五”中小学教师培训学分要求（学校网站转载）</source>
        <translation>Shanghai 14th Five-Year credit requirements for primary and secondary school teacher training (reprinted on a school website)</translation>
    </message>
    <message>
        <source>其中师德素养课程不少于8学分、知识技能课程不少于10学分、实践体验课程不少于14学分、自主研修课程4学分。</source>
        <translation>of which no fewer than 8 credits of professional ethics courses, no fewer than 10 credits of knowledge and skills courses, no fewer than 14 credits of practical experience courses, and 4 credits of self-directed study courses.</translation>
    </message>
    <message>
        <source>上海 十四五</source>
        <translation>Shanghai 14th FYP</translation>
    </message>
    <message>
        <source>“十四五”</source>
        <translation>&quot;14th Five-Year Plan&quot;</translation>
    </message>
    <message>
        <source>“十四五”时期为2021—2025年</source>
        <translation>The 14th Five-Year Plan period is 2021–2025</translation>
    </message>
    <message>
        <source>五年内累计培训学习不少于36学分</source>
        <translation>no fewer than 36 credits of training and study in total within five years</translation>
    </message>
    <message>
        <source>转载的文字没有学时与学分的换算（“10学时折合1学分”是北京的规定）</source>
        <translation>The reprinted text has no conversion between hours and credits (&quot;10 hours make 1 credit&quot; is Beijing&apos;s rule)</translation>
    </message>
    <message>
        <source>师德素养</source>
        <translation>Professional ethics</translation>
    </message>
    <message>
        <source>知识技能</source>
        <translation>Knowledge and skills</translation>
    </message>
    <message>
        <source>实践体验</source>
        <translation>Practical experience</translation>
    </message>
    <message>
        <source>自主研修</source>
        <translation>Self-directed study</translation>
    </message>
    <message>
        <source>市级培训</source>
        <translation>Municipal training</translation>
    </message>
    <message>
        <source>参加市级培训不少于7学分</source>
        <translation>no fewer than 7 credits of municipal training</translation>
    </message>
    <message>
        <source>原文未说明国家级培训是否计入市级，本预设只计市级</source>
        <translation>The original does not say whether national training counts as municipal; this preset counts municipal training only</translation>
    </message>
    <message>
        <source>区级培训</source>
        <translation>District training</translation>
    </message>
    <message>
        <source>参加区级培训不少于10学分</source>
        <translation>no fewer than 10 credits of district training</translation>
    </message>
    <message>
        <source>参加校本研修不少于15学分</source>
        <translation>no fewer than 15 credits of school-based training</translation>
    </message>
    <message>
        <source>师德素养课程</source>
        <translation>Professional ethics courses</translation>
    </message>
    <message>
        <source>知识技能课程</source>
        <translation>Knowledge and skills courses</translation>
    </message>
    <message>
        <source>实践体验课程</source>
        <translation>Practical experience courses</translation>
    </message>
    <message>
        <source>自主研修课程</source>
        <translation>Self-directed study courses</translation>
    </message>
    <message>
        <source>原文为“自主研修课程4学分”，没有“不少于”：按至少4学分判定；超出部分是否计入，原文未说明</source>
        <translation>The original says &quot;4 credits of self-directed study courses&quot; without &quot;no fewer than&quot;: judged as at least 4 credits; whether more counts, the original does not say</translation>
    </message>
    <message>
        <source>《陕西省中小学教师培训学分认定和管理办法》（2018年，三秦都市报报道）</source>
        <translation>&quot;Shaanxi Province Measures for Recognizing and Managing Training Credits of Primary and Secondary School Teachers&quot; (2018, as reported by Sanqin Metropolis Daily)</translation>
    </message>
    <message>
        <source>其中,集中培训必修30学分,远程培训选修40学分,校本研修必修50学分(每位教师每年校本研修最高计10学分)。</source>
        <translation>of which centralized training is compulsory for 30 credits, distance training elective for 40 credits, and school-based training compulsory for 50 credits (at most 10 credits of school-based training counted per teacher per year).</translation>
    </message>
    <message>
        <source>国家级、省级、市级、县级集中培训,以每1个学时,按照国家级0.5学分、省级培训0.4学分、市级0.3学分、县级0.2学分四个层次标准换算。</source>
        <translation>National, provincial, municipal and county centralized training is converted per hour at four levels: national 0.5 credits, provincial 0.4, municipal 0.3 and county 0.2.</translation>
    </message>
    <message>
        <source>远程培训参照集中培训的相应层次,由教育行政主管部门指定的网络培训机构和培训承办单位依据项目学时规定,在网络平台自动生成学分。</source>
        <translation>Distance training follows the corresponding level of centralized training; the online training institutions designated by the education authority and the organizers generate the credits automatically on the online platform according to the project&apos;s hours.</translation>
    </message>
    <message>
        <source>陕西 2018</source>
        <translation>Shaanxi 2018</translation>
    </message>
    <message>
        <source>办法于2018年公布，转载的文字没有写第一个周期从哪一年开始，按2018年推定；请按省里的通知改正</source>
        <translation>The measures were published in 2018 and the reprinted text does not say in which year the first cycle starts, so 2018 is assumed; correct it from the provincial notice</translation>
    </message>
    <message>
        <source>每五年内须完成累积不少于120学分</source>
        <translation>no fewer than 120 credits in total within every five years</translation>
    </message>
    <message>
        <source>办法只列国家级、省级、市级、县级四个层次</source>
        <translation>The measures list only four levels: national, provincial, municipal and county</translation>
    </message>
    <message>
        <source>“校本研修由各校具体组织实施,学分具体换算由各地市自主研制标准”：由所在市填写</source>
        <translation>&quot;School-based training is organized by each school, and each city sets its own standard for converting its credits&quot;: entered by the city</translation>
    </message>
    <message>
        <source>办法没有实践类培训的换算</source>
        <translation>The measures have no conversion for practice-based training</translation>
    </message>
    <message>
        <source>远程培训</source>
        <translation>Distance training</translation>
    </message>
    <message>
        <source>教师每五年一个培训周期内,修满集中培训学分,实际超出部分可冲抵远程培训学分,不可冲抵校本研修学分。远程培训和校本研修修满学分,超出部分均不可相互冲抵或冲抵集中培训学分。</source>
        <translation>Within each five-year training cycle, once a teacher has completed the centralized training credits, the excess can offset distance training credits but not school-based training credits. Excess credits of distance training and school-based training cannot offset each other or centralized training credits.</translation>
    </message>
    <message>
        <source>《北京市“十三五”时期中小学教师培训学分管理办法》（新闻转载）</source>
        <translation>&quot;Beijing Measures for Managing Training Credits of Primary and Secondary School Teachers in the 13th Five-Year Period&quot; (reprinted in the news)</translation>
    </message>
    <message>
        <source>各類培訓原則上按10學時折合1學分計算,實踐類課程、教研、科研、研討交流、觀摩診斷、追蹤指導、網絡學習、校本研修等原則上按20學時折合1學分計算。</source>
        <translation>All kinds of training are in principle converted at 10 hours per credit; practical courses, teaching research, research, seminars and exchanges, observation and diagnosis, follow-up guidance, online learning, school-based training and the like at 20 hours per credit.</translation>
    </message>
    <message>
        <source>所有中小學教師在5年內必須完成累積不少于36學分或特定要求學分的培訓。</source>
        <translation>All primary and secondary school teachers must complete training totalling no fewer than 36 credits, or the credits specifically required, within 5 years.</translation>
    </message>
    <message>
        <source>北京 十三五</source>
        <translation>Beijing 13th FYP</translation>
    </message>
    <message>
        <source>“十三五”时期</source>
        <translation>13th Five-Year Plan period</translation>
    </message>
    <message>
        <source>“十三五”时期为2016—2020年</source>
        <translation>The 13th Five-Year Plan period is 2016–2020</translation>
    </message>
    <message>
        <source>《山东省中小学教师继续教育学分管理办法》（鲁教师发〔2015〕3号）解读（转载）</source>
        <translation>Commentary on the &quot;Shandong Province Measures for Managing Continuing Education Credits of Primary and Secondary School Teachers&quot; (鲁教师发〔2015〕3号) (reprinted)</translation>
    </message>
    <message>
        <source>须完成不少于360学分且每年不少于48学分</source>
        <translation>no fewer than 360 credits must be completed, and no fewer than 48 credits each year</translation>
    </message>
    <message>
        <source>山东 2015</source>
        <translation>Shandong 2015</translation>
    </message>
    <message>
        <source>解读没有写周期从哪一年开始，按“十三五”时期（2016年起）推定；请按省里的通知改正</source>
        <translation>The commentary does not say in which year the cycle starts; the 13th Five-Year Plan period (from 2016) is assumed; correct it from the provincial notice</translation>
    </message>
    <message>
        <source>教育部《中小学教师继续教育规定》（教育部令第7号，问答网站转引）</source>
        <translation>Ministry of Education: &quot;Regulations on Continuing Education of Primary and Secondary School Teachers&quot; (Order No. 7 of the Ministry of Education, quoted on a question-and-answer website)</translation>
    </message>
    <message>
        <source>中小学教师继续教育原则上每五年为一个培训周期。</source>
        <translation>Continuing education of primary and secondary school teachers in principle takes five years as one training cycle.</translation>
    </message>
    <message>
        <source>山东的解读只说“每周期”，没有写周期年数</source>
        <translation>The Shandong commentary only says &quot;each cycle&quot; and does not give the cycle&apos;s length</translation>
    </message>
    <message>
        <source>解读没有学时与学分的换算（“1学时计1学分”是贵州省的规定；新任教师“120学时…记72学分”是一次性认定，不是换算标准）</source>
        <translation>The commentary has no conversion between hours and credits (&quot;1 hour counts 1 credit&quot; is Guizhou&apos;s rule; &quot;120 hours … 72 credits&quot; for new teachers is a one-off recognition, not a conversion standard)</translation>
    </message>
    <message>
        <source>缺少规则集名称</source>
        <translation>The rule set has no name</translation>
    </message>
    <message>
        <source>未知的培训类型</source>
        <translation>Unknown training type</translation>
    </message>
    <message>
        <source>未知的级别</source>
        <translation>Unknown level</translation>
    </message>
</context>
<context>
    <name>tp::CreditRulesDialog</name>
    <message>
        <source>学分规则</source>
        <translation>Credit Rules</translation>
    </message>
    <message>
        <source>使用此预置规则</source>
        <translation>Use This Preset</translation>
    </message>
    <message>
        <source>区县：</source>
        <translation>District:</translation>
    </message>
    <message>
        <source>正在使用：</source>
        <translation>In use:</translation>
    </message>
    <message>
        <source>预置规则：</source>
        <translation>Preset rules:</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>出处</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>修改所选的数字（须写明出处）</source>
        <translation>Change the selected number (its source must be given)</translation>
    </message>
    <message>
        <source>文件名称与文号，例如《…关于…的通知》（…〔2021〕12号）</source>
        <translation>Document title and number, e.g. 《…关于…的通知》（…〔2021〕12号）</translation>
    </message>
    <message>
        <source>条款，例如 三、（六）</source>
        <translation>Clause, e.g. 三、（六） (Part 3 (6))</translation>
    </message>
    <message>
        <source>原文，照录</source>
        <translation>The original text, verbatim</translation>
    </message>
    <message>
        <source>借用或推定时说明理由</source>
        <translation>When borrowed or assumed, give the reason</translation>
    </message>
    <message>
        <source>应用到此项</source>
        <translation>Apply to This Item</translation>
    </message>
    <message>
        <source>出处类别：</source>
        <translation>Kind of source:</translation>
    </message>
    <message>
        <source>数值：</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>Document:</translation>
    </message>
    <message>
        <source>条款：</source>
        <translation>Clause:</translation>
    </message>
    <message>
        <source>原文：</source>
        <translation>Original text:</translation>
    </message>
    <message>
        <source>说明：</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>为什么修改，例如：按区教委 2024 年补充通知填写年度最低学分</source>
        <translation>Why it changes, e.g. yearly minimum credits entered from the district education bureau&apos;s 2024 supplementary notice</translation>
    </message>
    <message>
        <source>保存为本区县的新版本</source>
        <translation>Save as a New Version for This District</translation>
    </message>
    <message>
        <source>重新计算已登记学分…</source>
        <translation>Recalculate Recorded Credits…</translation>
    </message>
    <message>
        <source>已登记的学分不会因规则改变而自动改变；这里先列出按现行规则会改变的登记，确认后才改</source>
        <translation>Recorded credits do not change by themselves when the rules change; the records the current rules would change are listed here first, and changed only once you confirm</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>修改说明：</source>
        <translation>Reason for the change:</translation>
    </message>
    <message>
        <source>重新计算已登记学分</source>
        <translation>Recalculate Recorded Credits</translation>
    </message>
    <message>
        <source>按现行规则重新计算</source>
        <translation>Recalculate with the Current Rules</translation>
    </message>
    <message>
        <source>不改</source>
        <translation>Leave Unchanged</translation>
    </message>
    <message>
        <source>（未选择，使用默认的预置规则）</source>
        <translation>(none chosen; the default preset is used)</translation>
    </message>
    <message>
        <source>（本区县的修订版，基于预置规则「%1」）</source>
        <translation>(this district&apos;s revision, based on the preset &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>（所有区县的选择）</source>
        <translation>(the choice for all districts)</translation>
    </message>
    <message>
        <source>（预置规则）</source>
        <translation>(preset)</translation>
    </message>
    <message>
        <source>「%1」%2
依据：%3</source>
        <translation>&quot;%1&quot; %2
Basis: %3</translation>
    </message>
    <message>
        <source>未公布 — 不用于判定</source>
        <translation>Unpublished — not used to judge</translation>
    </message>
    <message>
        <source>来源未公布这一数字</source>
        <translation>The source does not publish this number</translation>
    </message>
    <message>
        <source>数值「%1」不是一个数</source>
        <translation>The value &quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>请填写这个数字出自哪个文件</source>
        <translation>Enter the document this number comes from</translation>
    </message>
    <message>
        <source>请填写借用的是哪个地区的哪个文件</source>
        <translation>Enter which region&apos;s document it is borrowed from</translation>
    </message>
    <message>
        <source>推定的数字请在“说明”中写明理由</source>
        <translation>For an assumed number, give the reason under &quot;Notes&quot;</translation>
    </message>
    <message>
        <source>请先选择区县</source>
        <translation>Choose a district first</translation>
    </message>
    <message>
        <source>请写明修改说明（为什么修改）</source>
        <translation>Enter the reason for the change (why it changes)</translation>
    </message>
    <message>
        <source>未保存：
%1</source>
        <translation>Not saved:
%1</translation>
    </message>
    <message>
        <source>学分规则修改后重新计算（学分规则对话框）</source>
        <translation>Recalculation after a credit rule change (Credit Rules dialog)</translation>
    </message>
    <message>
        <source>已按「%1」重新计算：撤销并重新登记 %2 条（原登记保留在记录中）。</source>
        <translation>Recalculated with &quot;%1&quot;: %2 records withdrawn and recorded again (the original records are kept in the history).</translation>
    </message>
    <message>
        <source>按「%1」重新计算：%2 条登记会改变，%3 条不变，%4 条暂不能重新计算。</source>
        <translation>Recalculating with &quot;%1&quot;: would change %2, unchanged %3, cannot be recalculated yet %4.</translation>
    </message>
    <message>
        <source>%1 %2，%3：%4 学分 → %5</source>
        <translation>%1 %2, %3: %4 credits → %5</translation>
    </message>
    <message>
        <source>%1 学分</source>
        <translation>%1 credits</translation>
    </message>
    <message>
        <source>不计学分</source>
        <translation>no credits</translation>
    </message>
    <message>
        <source>……另有 %1 条</source>
        <translation>…and %1 more</translation>
    </message>
</context>
<context>
    <name>tp::CsvReader</name>
    <message>
        <source>第 %1 行第 %2 列有内容，而一个表最多 %3 列</source>
        <translation>Row %1 has content in column %2, but a table has at most %3 columns</translation>
    </message>
    <message>
        <source>文件超过 %1 行</source>
        <translation>The file has more than %1 rows</translation>
    </message>
    <message>
        <source>第 %1 行第 %2 列的单元格超过 %3 个字符</source>
        <translation>The cell in row %1, column %2 is longer than %3 characters</translation>
    </message>
    <message>
        <source>引号未闭合：第 %1 行第 %2 列以引号 &quot; 开始的单元格直到文件末尾都没有结束引号（从第 %3 行起）。请检查该单元格是否少了一个引号</source>
        <translation>Unclosed quote: the cell in row %1, column %2 starts with a quote &quot; that has no closing quote before the end of the file (from row %3 on). Check whether the cell is missing a quote</translation>
    </message>
    <message>
        <source>第 %1 行第 %2 列：结束引号后应为分隔符或换行，却是「%3」。单元格内的引号应写成两个引号 &quot;&quot;</source>
        <translation>Row %1, column %2: a closing quote must be followed by a separator or a line break, not &quot;%3&quot;. A quote inside a cell is written as two quotes &quot;&quot;</translation>
    </message>
</context>
<context>
    <name>tp::Database</name>
    <message>
        <source>另一个程序正在写入，已等待 %1 秒；请稍后再试</source>
        <translation>Another program is writing; waited %1 seconds. Please try again later</translation>
    </message>
    <message>
        <source>另一个程序正在写入；请稍后再试</source>
        <translation>Another program is writing; please try again later</translation>
    </message>
    <message>
        <source>磁盘空间不足，无法写入数据库（%1）</source>
        <translation>Not enough disk space to write the database (%1)</translation>
    </message>
    <message>
        <source>权限不足：当前登录的角色不能进行此操作（%1）。如需要，请区教委的管理员调整角色。</source>
        <translation>Permission denied: the role you are logged in with cannot do this (%1). If needed, ask the district education bureau&apos;s administrator to change the role.</translation>
    </message>
    <message>
        <source>数据库操作失败（%1）：%2</source>
        <translation>Database operation failed (%1): %2</translation>
    </message>
    <message>
        <source>%1 不是有效的 TrainPlan 数据库：%2</source>
        <translation>%1 is not a valid TrainPlan database: %2</translation>
    </message>
    <message>
        <source>服务器上的数据库 %1 属于另一个程序（含有表 %2），不是 TrainPlan 的数据库；为保护它，TrainPlan 没有改动它</source>
        <translation>The database %1 on the server belongs to another program (it has the table %2) and is not a TrainPlan database; to protect it, TrainPlan did not change it</translation>
    </message>
    <message>
        <source>%1 是另一个程序的 SQLite 数据库（application_id 0x%2），不是 TrainPlan 的数据库；为保护它，TrainPlan 没有改动它</source>
        <translation>%1 is another program&apos;s SQLite database (application_id 0x%2), not a TrainPlan database; to protect it, TrainPlan did not change it</translation>
    </message>
    <message>
        <source>%1 是另一个程序的 SQLite 数据库（含有表 %2），不是 TrainPlan 的数据库；为保护它，TrainPlan 没有改动它</source>
        <translation>%1 is another program&apos;s SQLite database (it has the table %2), not a TrainPlan database; to protect it, TrainPlan did not change it</translation>
    </message>
    <message>
        <source>缺少 Qt 的 PostgreSQL 驱动（QPSQL），请安装 libqt6sql6-psql</source>
        <translation>Qt&apos;s PostgreSQL driver (QPSQL) is missing; install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>服务器地址 %1 无效，应为 postgresql://用户名@服务器[:端口]/数据库名</source>
        <translation>The server address %1 is not valid; it should be postgresql://user@server[:port]/database</translation>
    </message>
    <message>
        <source>无法连接服务器上的数据库 %1：%2</source>
        <translation>Cannot connect to the database %1 on the server: %2</translation>
    </message>
    <message>
        <source>数据库 %1 的结构版本为 %2，与本程序（%3）不符</source>
        <translation>The database %1 has schema version %2, which does not match this program (%3)</translation>
    </message>
    <message>
        <source>缺少 Qt 的 SQLite 驱动（QSQLITE），请安装 libqt6sql6-sqlite</source>
        <translation>Qt&apos;s SQLite driver (QSQLITE) is missing; install libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>无法创建数据库所在的文件夹 %1</source>
        <translation>Cannot create the database&apos;s folder %1</translation>
    </message>
    <message>
        <source>无法打开数据库 %1：%2</source>
        <translation>Cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>数据库 %1 已损坏：%2</source>
        <translation>The database %1 is damaged: %2</translation>
    </message>
    <message>
        <source>升级数据库 %1 之前无法备份它，未升级：%2</source>
        <translation>Could not back up the database %1 before upgrading it; not upgraded: %2</translation>
    </message>
    <message>
        <source>表 %1 的第 %2 行引用了 %3 中不存在的行</source>
        <translation>Row %2 of table %1 refers to a row that does not exist in %3</translation>
    </message>
    <message>
        <source>服务器上的数据库由服务器备份；要得到一份离线副本，请用 server export %1</source>
        <translation>A database on the server is backed up by the server; for an offline copy use server export %1</translation>
    </message>
    <message>
        <source>备份不能在未完成的修改中进行</source>
        <translation>A backup cannot be made in the middle of unfinished changes</translation>
    </message>
    <message>
        <source>数据库 %1 已损坏，未备份：%2</source>
        <translation>The database %1 is damaged; not backed up: %2</translation>
    </message>
    <message>
        <source>备份文件不能是数据库本身（%1）</source>
        <translation>The backup file cannot be the database itself (%1)</translation>
    </message>
    <message>
        <source>无法创建文件夹 %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>无法创建备份文件夹 %1</source>
        <translation>Cannot create the backup folder %1</translation>
    </message>
    <message>
        <source>文件 %1 不存在</source>
        <translation>The file %1 does not exist</translation>
    </message>
    <message>
        <source>无法打开 %1：%2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 不是 SQLite 数据库：%2</source>
        <translation>%1 is not an SQLite database: %2</translation>
    </message>
    <message>
        <source>服务器上的数据库不从文件恢复；请用 server import %1 导入一份副本</source>
        <translation>A database on the server is not restored from a file; use server import %1 to import a copy</translation>
    </message>
    <message>
        <source>恢复不能在未完成的修改中进行</source>
        <translation>A restore cannot be made in the middle of unfinished changes</translation>
    </message>
    <message>
        <source>%1 不是 TrainPlan 的数据库，未恢复</source>
        <translation>%1 is not a TrainPlan database; not restored</translation>
    </message>
    <message>
        <source>%1 已损坏，未恢复：%2</source>
        <translation>%1 is damaged; not restored: %2</translation>
    </message>
    <message>
        <source>%1 来自更新版本的 TrainPlan（结构版本 %2，本程序 %3），未恢复</source>
        <translation>%1 comes from a newer version of TrainPlan (schema version %2, this program %3); not restored</translation>
    </message>
    <message>
        <source>要恢复的文件就是当前数据库</source>
        <translation>The file to restore is the current database</translation>
    </message>
    <message>
        <source>恢复前无法备份当前数据库，未恢复：%1</source>
        <translation>Could not back up the current database before the restore; not restored: %1</translation>
    </message>
    <message>
        <source>无法恢复：数据库驱动不是 SQLite</source>
        <translation>Cannot restore: the database driver is not SQLite</translation>
    </message>
    <message>
        <source>无法恢复 %1：%2</source>
        <translation>Cannot restore %1: %2</translation>
    </message>
    <message>
        <source>另一个程序正在写入，已等待 %1 秒；未恢复</source>
        <translation>Another program is writing; waited %1 seconds; not restored</translation>
    </message>
    <message>
        <source>恢复 %1 失败：%2；当前数据库未改变（恢复前的备份：%3）</source>
        <translation>Restoring %1 failed: %2; the current database is unchanged (the backup made before the restore: %3)</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>正在检查数据库…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>正在复制数据库…</source>
        <translation>Copying the database…</translation>
    </message>
</context>
<context>
    <name>tp::DateInput</name>
    <message>
        <source>不是有效的日期</source>
        <translation>not a valid date</translation>
    </message>
    <message>
        <source>日期 %1 不在 %2 到 %3 之间</source>
        <translation>The date %1 is not between %2 and %3</translation>
    </message>
</context>
<context>
    <name>tp::DeadlineRules</name>
    <message>
        <source>（开班日期按计划月份的第一天估算）</source>
        <translation> (start date estimated as the first day of the planned month)</translation>
    </message>
    <message>
        <source>（预计，依据估算的节假日）</source>
        <translation> (estimated, from estimated holidays)</translation>
    </message>
    <message>
        <source>于 %1 </source>
        <translation>on %1 </translation>
    </message>
    <message>
        <source>项目已%1取消，但没有书面说明</source>
        <translation>The project was cancelled %1but has no written explanation</translation>
    </message>
    <message>
        <source>补交书面说明，写明不能举办的原因</source>
        <translation>Submit the written explanation of why it cannot be held</translation>
    </message>
    <message>
        <source>详细培训方案最迟应于 %1 报送；还剩 %2 个工作日</source>
        <translation>The detailed training scheme is due by %1; %2 working days left</translation>
    </message>
    <message>
        <source>详细培训方案最迟应于 %1 报送；今天截止</source>
        <translation>The detailed training scheme is due by %1; due today</translation>
    </message>
    <message>
        <source>详细培训方案应于 %1 前报送（%2 开班前 %3 个工作日），至今未报送，已逾期 %4 天</source>
        <translation>The detailed training scheme was due before %1 (%3 working days before the start on %2) and has not been submitted; %4 days overdue</translation>
    </message>
    <message>
        <source>详细培训方案于 %1 报送，晚于最迟报送日 %2（%3 开班前 %4 个工作日）</source>
        <translation>The detailed training scheme was submitted on %1, after the last day %2 (%4 working days before the start on %3)</translation>
    </message>
    <message>
        <source>于 %1 前报区教委审定</source>
        <translation>Submit it to the district education bureau for approval before %1</translation>
    </message>
    <message>
        <source>立即报区教委审定；如不能按期开班，请提出调整或取消申请</source>
        <translation>Submit it to the district education bureau for approval at once; if the class cannot start on time, file a change or cancellation request</translation>
    </message>
    <message>
        <source>详细培训方案须于开班前 %1 个工作日报送</source>
        <translation>The detailed training scheme must be submitted %1 working days before the class starts</translation>
    </message>
    <message>
        <source>赴市外培训管理责任书最迟应于 %1 报送；还剩 %2 个工作日</source>
        <translation>The out-of-city training management responsibility agreement is due by %1; %2 working days left</translation>
    </message>
    <message>
        <source>赴市外培训管理责任书最迟应于 %1 报送；今天截止</source>
        <translation>The out-of-city training management responsibility agreement is due by %1; due today</translation>
    </message>
    <message>
        <source>赴市外培训管理责任书应于 %1 前报送（%2 出发前 %3 个工作日），至今未报送，已逾期 %4 天</source>
        <translation>The out-of-city training management responsibility agreement was due before %1 (%3 working days before departure on %2) and has not been submitted; %4 days overdue</translation>
    </message>
    <message>
        <source>赴市外培训管理责任书于 %1 报送，晚于最迟报送日 %2（%3 出发前 %4 个工作日）</source>
        <translation>The out-of-city training management responsibility agreement was submitted on %1, after the last day %2 (%4 working days before departure on %3)</translation>
    </message>
    <message>
        <source>于 %1 前签订管理责任书并报区教委</source>
        <translation>Sign the management responsibility agreement and submit it to the district education bureau before %1</translation>
    </message>
    <message>
        <source>立即签订管理责任书并报区教委；未报送前不得出发</source>
        <translation>Sign the management responsibility agreement and submit it to the district education bureau at once; do not depart before it is submitted</translation>
    </message>
    <message>
        <source>管理责任书须于出发前 %1 个工作日报送</source>
        <translation>The management responsibility agreement must be submitted %1 working days before departure</translation>
    </message>
    <message>
        <source>调整申请</source>
        <translation>Change Requests</translation>
    </message>
    <message>
        <source>调整申请（%1）</source>
        <translation>Change request (%1)</translation>
    </message>
    <message>
        <source>%1于 %2 提出，晚于 %3：调整须在生效日 %4 前至少 %5 个月报批</source>
        <translation>%1 was filed on %2, after %3: a change must be submitted for approval at least %5 months before it takes effect on %4</translation>
    </message>
    <message>
        <source>调整须于 %1 前报批；已逾期的，请附书面说明逾期原因</source>
        <translation>The change must be submitted for approval before %1; if late, attach a written explanation of the delay</translation>
    </message>
</context>
<context>
    <name>tp::DockController</name>
    <message>
        <source>学分需求预测</source>
        <translation>Credit Demand Forecast</translation>
    </message>
    <message>
        <source>正在计算学分需求预测…</source>
        <translation>Working out the forecast of credit needs…</translation>
    </message>
</context>
<context>
    <name>tp::Enrollment</name>
    <message>
        <source>报名</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>录取</source>
        <translation>Admitted</translation>
    </message>
    <message>
        <source>候补</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>结业</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>缺勤</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>退训</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>出勤</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>On leave</translation>
    </message>
</context>
<context>
    <name>tp::EnrollmentRepository</name>
    <message>
        <source>没有编号为 %1 的培训项目</source>
        <translation>There is no training project with number %1</translation>
    </message>
    <message>
        <source>学分不能为负</source>
        <translation>Credits cannot be negative</translation>
    </message>
    <message>
        <source>培训项目 %1 没有第 %2 个班次</source>
        <translation>Training project %1 has no class %2</translation>
    </message>
    <message>
        <source>没有编号为 %1 的参训记录</source>
        <translation>There is no enrolment with number %1</translation>
    </message>
    <message>
        <source>该教师已报名此项目</source>
        <translation>The teacher has already registered for this project</translation>
    </message>
    <message>
        <source>报名（教师 %1）</source>
        <translation>Registration (teacher %1)</translation>
    </message>
    <message>
        <source>%1 人</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>%1（%2 人）</source>
        <translation>%1 (%2 people)</translation>
    </message>
    <message>
        <source>：录取 %1，候补 %2</source>
        <translation>: admitted %1, waiting list %2</translation>
    </message>
    <message>
        <source>参训记录 %1 已登记学分，请先撤销学分登记再退训</source>
        <translation>Enrolment %1 has credits recorded; withdraw the credit record before withdrawing from the training</translation>
    </message>
    <message>
        <source>候补由名额决定：参训记录 %1 不能直接改为或改自「候补」</source>
        <translation>The waiting list follows from the places: enrolment %1 cannot be changed to or from &quot;waiting list&quot; directly</translation>
    </message>
    <message>
        <source>参训记录 %1 已登记学分，请先撤销学分登记</source>
        <translation>Enrolment %1 has credits recorded; withdraw the credit record first</translation>
    </message>
    <message>
        <source>参训记录 %1 的考勤有无效的日期或学时</source>
        <translation>The attendance of enrolment %1 has an invalid date or hours</translation>
    </message>
    <message>
        <source>考勤（参训记录 %1）</source>
        <translation>Attendance (enrolment %1)</translation>
    </message>
    <message>
        <source>考勤学时（参训记录 %1）</source>
        <translation>Hours attended (enrolment %1)</translation>
    </message>
    <message>
        <source>%1（%2 条）</source>
        <translation>%1 (%2 records)</translation>
    </message>
    <message>
        <source>考勤豁免需要写明原因</source>
        <translation>An attendance exemption needs a reason</translation>
    </message>
    <message>
        <source>撤销考勤豁免需要说明原因</source>
        <translation>Withdrawing an attendance exemption needs a reason</translation>
    </message>
    <message>
        <source>参训记录 %1 没有考勤豁免</source>
        <translation>Enrolment %1 has no attendance exemption</translation>
    </message>
</context>
<context>
    <name>tp::EnrollmentService</name>
    <message>
        <source>工号「%1」不在教师名单中（请先导入教师名单）</source>
        <translation>Staff number &quot;%1&quot; is not in the teacher list (import the teacher list first)</translation>
    </message>
    <message>
        <source>工号「%1」是 %2，不是「%3」</source>
        <translation>Staff number &quot;%1&quot; is %2, not &quot;%3&quot;</translation>
    </message>
    <message>
        <source>缺少工号和姓名</source>
        <translation>Staff number and name are missing</translation>
    </message>
    <message>
        <source>没有名为「%1」的教师%2</source>
        <translation>There is no teacher named &quot;%1&quot;%2</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>有 %1 位名为「%2」的教师，请填写工号</source>
        <translation>There are %1 teachers named &quot;%2&quot;; enter the staff number</translation>
    </message>
    <message>
        <source>%1（%2）在第 %3 行已报名</source>
        <translation>%1 (%2) already registered in row %3</translation>
    </message>
    <message>
        <source>未知的单位「%1」</source>
        <translation>Unknown unit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>日期「%1」不在计划年度（%2 年）前后一年内</source>
        <translation>The date &quot;%1&quot; is not within a year of the plan&apos;s year (%2)</translation>
    </message>
    <message>
        <source>%1（%2）没有录取到此项目</source>
        <translation>%1 (%2) was not admitted to this project</translation>
    </message>
    <message>
        <source>考勤表</source>
        <translation>Attendance Sheet</translation>
    </message>
    <message>
        <source>参训记录 %1 不属于此项目</source>
        <translation>Enrolment %1 does not belong to this project</translation>
    </message>
    <message>
        <source>考勤日期 %1 不在计划年度（%2 年）前后一年内</source>
        <translation>The attendance date %1 is not within a year of the plan&apos;s year (%2)</translation>
    </message>
    <message>
        <source>正在核对 %1 行报名…</source>
        <translation>Checking %1 enrolment rows…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>正在报名 %1 人…</source>
        <translation>Enrolling %1 people…</translation>
    </message>
    <message>
        <source>正在读取 %1…</source>
        <translation>Reading %1…</translation>
    </message>
</context>
<context>
    <name>tp::Error</name>
    <message>
        <source>第 %1 行</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>第 %1 列(%2)</source>
        <translation>Column %1 (%2)</translation>
    </message>
    <message>
        <source>第 %1 列</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>%1 列</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>「%1」</source>
        <translation>&quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>tp::ExternalCreditImporter</name>
    <message>
        <source>缺少工号</source>
        <translation>Staff number missing</translation>
    </message>
    <message>
        <source>年度「%1」应为四位年份，例如 2022</source>
        <translation>The year &quot;%1&quot; should be a four-digit year, e.g. 2022</translation>
    </message>
    <message>
        <source>级别「%1」不是国家级、省级、市级、区县级或校级</source>
        <translation>The level &quot;%1&quot; is not 国家级, 省级, 市级, 区县级 or 校级 (national, provincial, municipal, district/county or school)</translation>
    </message>
    <message>
        <source>形式「%1」不是集中、网络、校本或实践（跟岗、教研、观摩）</source>
        <translation>The form &quot;%1&quot; is not 集中, 网络, 校本 or 实践 (跟岗, 教研, 观摩) (centralized, online, school-based or practice: shadowing, teaching research, observation)</translation>
    </message>
    <message>
        <source>学分「%1」和学时「%2」都为空或为 0</source>
        <translation>The credits &quot;%1&quot; and the hours &quot;%2&quot; are both empty or 0</translation>
    </message>
    <message>
        <source>缺少培训名称</source>
        <translation>The training&apos;s name is missing</translation>
    </message>
    <message>
        <source>表头下没有学分记录</source>
        <translation>There are no credit records below the header</translation>
    </message>
</context>
<context>
    <name>tp::FileChooser</name>
    <message>
        <source>CSV 文件 (*.csv *.txt);;所有文件 (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>tp::Finding</name>
    <message>
        <source>第 %1 行</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>第 %1 列</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>第 %1 项</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>培训项目</source>
        <translation>Training project</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organizing unit</translation>
    </message>
    <message>
        <source>培训天数/学时</source>
        <translation>Days/hours</translation>
    </message>
    <message>
        <source>参培人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>培训方式</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <source>拟培训时间</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <source>培训地点</source>
        <translation>Training place</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>tp::FindingsModel</name>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
</context>
<context>
    <name>tp::ForecastPanel</name>
    <message>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>需要的教师数</source>
        <translation>Teachers who need it</translation>
    </message>
    <message>
        <source>缺口学分</source>
        <translation>Credits short</translation>
    </message>
    <message>
        <source>计划提供的名额</source>
        <translation>Places the plan offers</translation>
    </message>
    <message>
        <source>名额可得学分</source>
        <translation>Credits the places give</translation>
    </message>
    <message>
        <source>名额缺口</source>
        <translation>Places short</translation>
    </message>
    <message>
        <source>计划提供（级别·形式）</source>
        <translation>Offered by the plan (level · form)</translation>
    </message>
    <message>
        <source>项目数</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>名额</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>可得学分</source>
        <translation>Credits available</translation>
    </message>
    <message>
        <source>没有打开的计划。</source>
        <translation>No plan is open.</translation>
    </message>
    <message>
        <source>%1–%2 周期 · 学分规则「%3」· 教师 %4 人</source>
        <translation>Cycle %1–%2 · credit rules &quot;%3&quot; · teachers: %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>还需要 %1 人，计划只提供 %2 个名额</source>
        <translation>%1 more people need it; the plan offers only %2 places</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 学分</source>
        <translation>%1 credits</translation>
    </message>
    <message>
        <source>需要的教师数：本周期尚未达到该要求的教师；名额：本计划中计入该要求的项目的容量（或参培人数）。</source>
        <translation>Teachers who need it: the teachers who have not yet met the requirement in this cycle; places: the capacity (or number of participants) of the projects in this plan that count towards the requirement.</translation>
    </message>
    <message>
        <source>还没有教师名单：在“教师与学分”页导入各校教师名单后，这里才能算出需要培训的教师数。</source>
        <translation>No teacher list yet: import the schools&apos; teacher lists on the &quot;Teachers and Credits&quot; page, and the number of teachers who need training can be worked out here.</translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 个“全员”项目，名额未计入。</source>
        <translation>
            <numerusform>%n more project is for &quot;all staff&quot;; its places are not counted.</numerusform>
            <numerusform>%n more projects are for &quot;all staff&quot;; their places are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个项目没有人数或学分，未计入。</source>
        <translation>
            <numerusform>%n project has no number of participants or credits and is not counted.</numerusform>
            <numerusform>%n projects have no number of participants or credits and are not counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::GuideBrowser</name>
    <message>
        <source>此文档未随程序提供</source>
        <translation>This document is not part of the program</translation>
    </message>
    <message>
        <source>“%1”是项目仓库里的文件，没有随程序一起提供。请在项目仓库中查看 %1（例如在项目的网页上，或向管理员索取）。</source>
        <translation>“%1” is a file of the project&apos;s repository and does not come with the program. Look it up in the repository, %1 (on the project&apos;s web page, for instance, or ask your administrator).</translation>
    </message>
    <message>
        <source>点“返回”回到上一页。</source>
        <translation>Click Back to return to the previous page.</translation>
    </message>
</context>
<context>
    <name>tp::HeaderTable</name>
    <message>
        <source>第 %1 列「%2」和第 %3 列「%4」是同一项（%5），无法确定用哪一列；请删去或改名其中一列</source>
        <translation>Column %1 &quot;%2&quot; and column %3 &quot;%4&quot; are the same item (%5), so it is unclear which to use; delete or rename one of them</translation>
    </message>
    <message>
        <source>「%1」：%2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>找不到表头：前 10 行中没有同时包含 %1 的一行</source>
        <translation>No header found: none of the first 10 rows contains %1 together</translation>
    </message>
</context>
<context>
    <name>tp::HelpMenu</name>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>用户指南(&amp;G)</source>
        <translation>User &amp;Guide</translation>
    </message>
    <message>
        <source>在帮助窗口中打开当前页面的使用说明</source>
        <translation>Open the instructions for the current page in the help window</translation>
    </message>
    <message>
        <source>这是什么(&amp;W)</source>
        <translation>&amp;What&apos;s This</translation>
    </message>
    <message>
        <source>再点一个列头或按钮，显示它是什么、依据哪条规则</source>
        <translation>Then click a column header or a button to see what it is and which rule it follows</translation>
    </message>
</context>
<context>
    <name>tp::HelpWindow</name>
    <message>
        <source>TrainPlan 用户指南</source>
        <translation>TrainPlan User Guide</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>前进</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>目录</source>
        <translation>Contents</translation>
    </message>
</context>
<context>
    <name>tp::HolidayEstimator</name>
    <message>
        <source>元旦</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <source>清明节</source>
        <translation>Qingming Festival</translation>
    </message>
    <message>
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <source>端午节</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <source>中秋节</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <source>中秋节、国庆节</source>
        <translation>Mid-Autumn Festival, National Day</translation>
    </message>
    <message>
        <source>国庆节、中秋节</source>
        <translation>National Day, Mid-Autumn Festival</translation>
    </message>
</context>
<context>
    <name>tp::IcsCalendar</name>
    <message>
        <source>最迟报送：第 %1 项「%2」%3</source>
        <translation>Due: item %1 &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>%1 %2 年度计划第 %3 项「%4」：%5最迟于 %6 报送（%7）</source>
        <translation>%1 %2 annual plan, item %3 &quot;%4&quot;: %5 due by %6 (%7)</translation>
    </message>
    <message>
        <source>。该日期依据估算的节假日，官方安排公布后可能变动</source>
        <translation>. This date is based on estimated holidays and may move once the official schedule is published</translation>
    </message>
    <message>
        <source>。开班日期按计划月份的第一天估算</source>
        <translation>. The start date is estimated as the first day of the planned month</translation>
    </message>
    <message>
        <source>截止日期</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>培训：%1</source>
        <translation>Training: %1</translation>
    </message>
    <message>
        <source>培训：%1（%2）</source>
        <translation>Training: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 年度计划第 %3 项；主办单位：%4</source>
        <translation>%1 %2 annual plan, item %3; organizing unit: %4</translation>
    </message>
    <message>
        <source>；地点：%1</source>
        <translation>; place: %1</translation>
    </message>
    <message>
        <source>培训</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>详细培训方案</source>
        <translation>Detailed training scheme</translation>
    </message>
    <message>
        <source>赴市外培训管理责任书</source>
        <translation>Out-of-city training management responsibility agreement</translation>
    </message>
    <message>
        <source>调整或取消申请（如需调整）</source>
        <translation>Change or cancellation request (if a change is needed)</translation>
    </message>
</context>
<context>
    <name>tp::ImportReportDialog</name>
    <message>
        <source>导入预览</source>
        <translation>Import Preview</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import Finished</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;编码：%2&#x3000;表头在第 %3 行&#x3000;项目 %4 个&lt;br&gt;合计：%5；%6 人</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Encoding: %2 · header in row %3 · %4 projects&lt;br&gt;Total: %5; %6 people</translation>
    </message>
    <message>
        <source>无天数</source>
        <translation>no days</translation>
    </message>
    <message>
        <source>，另有“全员” %1 行</source>
        <translation>, plus %1 rows for &quot;all staff&quot;</translation>
    </message>
    <message>
        <source>&lt;br&gt;表中合计行：%1；%2 人</source>
        <translation>&lt;br&gt;Total row of the table: %1; %2 people</translation>
    </message>
    <message>
        <source>&lt;br&gt;已导入到 %1 %2 年度计划%3。</source>
        <translation>&lt;br&gt;Imported into the %1 %2 annual plan%3.</translation>
    </message>
    <message>
        <source>（替换了原有计划）</source>
        <translation> (replacing the existing plan)</translation>
    </message>
    <message>
        <source>检查结果：%1 个错误，%2 个警告，%3 个提示</source>
        <translation>Check results: errors %1, warnings %2, notes %3</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>tp::InputSanitizer</name>
    <message>
        <source>空字符 NUL</source>
        <translation>NUL character</translation>
    </message>
    <message>
        <source>制表符</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>换行</source>
        <translation>line break</translation>
    </message>
    <message>
        <source>转义字符 ESC</source>
        <translation>escape character ESC</translation>
    </message>
    <message>
        <source>删除字符 DEL</source>
        <translation>delete character DEL</translation>
    </message>
    <message>
        <source>软连字符</source>
        <translation>soft hyphen</translation>
    </message>
    <message>
        <source>零宽空格</source>
        <translation>zero-width space</translation>
    </message>
    <message>
        <source>零宽连接符</source>
        <translation>zero-width joiner</translation>
    </message>
    <message>
        <source>零宽不换行</source>
        <translation>zero-width no-break space</translation>
    </message>
    <message>
        <source>字节顺序标记 BOM</source>
        <translation>byte order mark BOM</translation>
    </message>
    <message>
        <source>行/段分隔符</source>
        <translation>line/paragraph separator</translation>
    </message>
    <message>
        <source>文字方向控制符</source>
        <translation>text direction control</translation>
    </message>
    <message>
        <source>控制字符</source>
        <translation>control character</translation>
    </message>
    <message>
        <source>不成对的代理项</source>
        <translation>unpaired surrogate</translation>
    </message>
    <message>
        <source>不可见字符</source>
        <translation>invisible character</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>含有 %1，已拒绝</source>
        <translation>contains %1, rejected</translation>
    </message>
    <message>
        <source>%1 已删除</source>
        <translation>%1 removed</translation>
    </message>
    <message>
        <source>内容超过 %1 个字符（有 %2 个），一个单元格放不下</source>
        <translation>The content is longer than %1 characters (it has %2) and does not fit in one cell</translation>
    </message>
</context>
<context>
    <name>tp::LedgerRepository</name>
    <message>
        <source>外部学分需要正的学分或学时</source>
        <translation>External credits need positive credits or hours</translation>
    </message>
    <message>
        <source>已登记学分</source>
        <translation>Credits recorded</translation>
    </message>
    <message>
        <source>项目所在的%1使用学分规则「%2」，不是「%3」</source>
        <translation>The project&apos;s %1 uses the credit rules &quot;%2&quot;, not &quot;%3&quot;</translation>
    </message>
    <message>
        <source>学分登记：%1</source>
        <translation>Credit record: %1</translation>
    </message>
    <message>
        <source>撤销学分登记需要说明原因</source>
        <translation>Withdrawing a credit record needs a reason</translation>
    </message>
    <message>
        <source>没有编号为 %1 的学分登记</source>
        <translation>There is no credit record with number %1</translation>
    </message>
    <message>
        <source>学分登记 %1 本身是一次撤销，不能再撤销</source>
        <translation>Credit record %1 is itself a withdrawal and cannot be withdrawn</translation>
    </message>
    <message>
        <source>学分登记 %1 已撤销</source>
        <translation>Credit record %1 is already withdrawn</translation>
    </message>
    <message>
        <source>重新计算学分需要说明原因</source>
        <translation>Recalculating credits needs a reason</translation>
    </message>
    <message>
        <source>第 %1 项 %2</source>
        <translation>Item %1 %2</translation>
    </message>
    <message>
        <source>按学分规则「%1」重新计算：%2</source>
        <translation>Recalculated with credit rules &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1：改动 %2 条，新登记 %3 条，未能重新计算 %4 条，不变 %5 条</source>
        <translation>%1: changed %2, newly recorded %3, could not be recalculated %4, unchanged %5</translation>
    </message>
    <message>
        <source>%1 条外部学分，共 %2 学分（登记 %3–%4）</source>
        <translation>%1 external credit records, %2 credits in all (recorded %3–%4)</translation>
    </message>
</context>
<context>
    <name>tp::MainWindow</name>
    <message>
        <source>计划表</source>
        <translation>Plan Table</translation>
    </message>
    <message>
        <source>参训名单</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>教师与学分</source>
        <translation>Teachers and Credits</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>添加行</source>
        <translation>Add Row</translation>
    </message>
    <message>
        <source>插入行</source>
        <translation>Insert Row</translation>
    </message>
    <message>
        <source>删除行</source>
        <translation>Delete Rows</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>撤销 (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message>
        <source>撤销：%1 (Ctrl+Z)</source>
        <translation>Undo: %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>重做 (Ctrl+Y)</source>
        <translation>Redo (Ctrl+Y)</translation>
    </message>
    <message>
        <source>重做：%1 (Ctrl+Y)</source>
        <translation>Redo: %1 (Ctrl+Y)</translation>
    </message>
    <message>
        <source>学分规则(&amp;R)…</source>
        <translation>Credit &amp;Rules…</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next Page</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous Page</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>打印或导出计划表</source>
        <translation>Print or Export the Plan Table</translation>
    </message>
    <message>
        <source>这份计划表%1。仍要继续吗？</source>
        <translation>This plan table %1. Continue anyway?</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>打印预览(&amp;P)…</source>
        <translation>Print &amp;Preview…</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>打印设置(&amp;U)…</source>
        <translation>Print Set&amp;up…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>导出 Excel (XLSX)…</source>
        <translation>Export Excel (XLSX)…</translation>
    </message>
    <message>
        <source>备份(&amp;B)…</source>
        <translation>&amp;Back Up…</translation>
    </message>
    <message>
        <source>把全部数据复制到一个备份文件（其他程序正在使用数据库时也可以）</source>
        <translation>Copy all data into a backup file (works while other programs use the database)</translation>
    </message>
    <message>
        <source>从备份恢复(&amp;R)…</source>
        <translation>&amp;Restore from Backup…</translation>
    </message>
    <message>
        <source>先显示备份文件中有什么，确认后替换当前数据（替换前自动备份当前数据）</source>
        <translation>First shows what the backup file holds; replaces the current data once you confirm (the current data is backed up first)</translation>
    </message>
    <message>
        <source>TrainPlan</source>
        <translation>TrainPlan</translation>
    </message>
    <message>
        <source>%1 %2 年</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>TrainPlan 教师培训计划管理</source>
        <translation>TrainPlan Teacher Training Plans</translation>
    </message>
    <message>
        <source>%1 — TrainPlan 教师培训计划管理</source>
        <translation>%1 — TrainPlan Teacher Training Plans</translation>
    </message>
    <message>
        <source>节假日安排</source>
        <translation>Holiday Schedule</translation>
    </message>
    <message>
        <source>检查结果（%1 错误，%2 警告）</source>
        <translation>Check Results (errors: %1, warnings: %2)</translation>
    </message>
    <message>
        <source>表格按其他列排序时不能移动行：点“序号”列头，按序号排列后再移动</source>
        <translation>Rows cannot be moved while the table is sorted by another column: click the &quot;No.&quot; header to sort by number, then move</translation>
    </message>
    <message>
        <source>将当前项目上移一行 (Alt+Up)</source>
        <translation>Move the current project up one row (Alt+Up)</translation>
    </message>
    <message>
        <source>将当前项目下移一行 (Alt+Down)</source>
        <translation>Move the current project down one row (Alt+Down)</translation>
    </message>
    <message numerus="yes">
        <source>有 %n 个错误未解决（见“检查结果”）</source>
        <translation>
            <numerusform>%n unresolved error (see &quot;Check results&quot;)</numerusform>
            <numerusform>%n unresolved errors (see &quot;Check results&quot;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个项目已取消（标为“已取消”、划去，不计入合计）</source>
        <translation>
            <numerusform>%n project is cancelled (marked &quot;cancelled&quot;, struck through, not counted in the totals)</numerusform>
            <numerusform>%n projects are cancelled (marked &quot;cancelled&quot;, struck through, not counted in the totals)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个错误</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个警告</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>其他人修改了数据，已重新载入</source>
        <translation>Someone else changed the data; reloaded</translation>
    </message>
</context>
<context>
    <name>tp::Messages</name>
    <message>
        <source>已保存到 %1</source>
        <translation>Saved to %1</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open Folder</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>另一个程序正在写入</source>
        <translation>Another program is writing</translation>
    </message>
    <message>
        <source>%1

这次修改还没有保存。另一个程序（例如命令行或另一个 TrainPlan 窗口）写完后，按“重试”再保存一次；按“取消”则放弃这次修改。</source>
        <translation>%1

This change has not been saved yet. When the other program (e.g. the command line or another TrainPlan window) has finished writing, press &quot;Retry&quot; to save again; &quot;Cancel&quot; discards this change.</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1

您输入的是：%2
（已复制到剪贴板：重新载入后可以粘贴，再决定是否修改。）</source>
        <translation>%1

What you entered: %2
(Copied to the clipboard: after reloading you can paste it and decide whether to change it.)</translation>
    </message>
    <message>
        <source>别人已修改这一行</source>
        <translation>Someone else has changed this row</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>重新载入这一行</source>
        <translation>Reload This Row</translation>
    </message>
</context>
<context>
    <name>tp::Migrations</name>
    <message>
        <source>无法读取数据库 %1 的版本</source>
        <translation>Cannot read the version of the database %1</translation>
    </message>
    <message>
        <source>数据库 %1 的版本（%2）比本程序支持的（%3）新，请升级 TrainPlan</source>
        <translation>The database %1 has a newer version (%2) than this program supports (%3); please upgrade TrainPlan</translation>
    </message>
    <message>
        <source>无法升级数据库 %1：不能暂停外键检查</source>
        <translation>Cannot upgrade the database %1: foreign key checks cannot be paused</translation>
    </message>
    <message>
        <source>缺少数据库升级脚本 %1</source>
        <translation>The database upgrade script %1 is missing</translation>
    </message>
    <message>
        <source>数据库升级到第 %1 版后，表 %2 的第 %3 行引用了不存在的 %4；未升级</source>
        <translation>After upgrading the database to version %1, row %3 of table %2 refers to a %4 that does not exist; not upgraded</translation>
    </message>
</context>
<context>
    <name>tp::NewPlanDialog</name>
    <message>
        <source>%1教育系统%2年教师教育项目计划表</source>
        <translation>%1 Education System %2 Teacher Education Project Plan</translation>
    </message>
    <message>
        <source>请填写区县名称</source>
        <translation>Enter the district&apos;s name</translation>
    </message>
</context>
<context>
    <name>tp::NumberInput</name>
    <message>
        <source>学分</source>
        <translation>credits</translation>
    </message>
    <message>
        <source>学时</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>培训天数</source>
        <translation>Training days</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>场次</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>%1 到 %2 之间的%3</source>
        <translation>%3 from %1 to %2</translation>
    </message>
    <message>
        <source>整数</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>数</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>%1「%2」不是有限的数；应为 %3</source>
        <translation>%1 &quot;%2&quot; is not a finite number; it should be %3</translation>
    </message>
    <message>
        <source>%1 %2 超出合理范围；应为 %3</source>
        <translation>%1 %2 is out of the reasonable range; it should be %3</translation>
    </message>
    <message>
        <source>%1「%2」不是数；应为 %3</source>
        <translation>%1 &quot;%2&quot; is not a number; it should be %3</translation>
    </message>
    <message>
        <source>%1「%2」超出合理范围；应为 %3</source>
        <translation>%1 &quot;%2&quot; is out of the reasonable range; it should be %3</translation>
    </message>
</context>
<context>
    <name>tp::PagedTable</name>
    <message>
        <source>没有可输出的设备</source>
        <translation>No device to print to</translation>
    </message>
    <message>
        <source>无法开始输出：打印机或文件不可用</source>
        <translation>Cannot start printing: the printer or file is not available</translation>
    </message>
    <message>
        <source>无法开始第 %1 页</source>
        <translation>Cannot start page %1</translation>
    </message>
    <message>
        <source>输出未能完成</source>
        <translation>Printing could not be finished</translation>
    </message>
    <message>
        <source>正在排版…</source>
        <translation>Laying out…</translation>
    </message>
    <message>
        <source>排版</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>正在生成第 %1 页，共 %2 页…</source>
        <translation>Generating page %1 of %2…</translation>
    </message>
    <message>
        <source>输出</source>
        <translation>Output</translation>
    </message>
</context>
<context>
    <name>tp::Plan</name>
    <message>
        <source>报审</source>
        <translation>Submitted for approval</translation>
    </message>
    <message>
        <source>已批复</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已印发</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>Returned for revision</translation>
    </message>
    <message>
        <source>执行中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>tp::PlanActionDialog</name>
    <message>
        <source>%1 %2 年度计划</source>
        <translation>%1 %2 annual plan</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>批复%1（%n 个项目）：计划成为已批复的第 %2 版，这一版冻结保存。须写明批复文号。</source>
        <translation>
            <numerusform>Approve the %1 (%n project): it becomes approved version %2, which is frozen and kept. The approval&apos;s document number is required.</numerusform>
            <numerusform>Approve the %1 (%n projects): it becomes approved version %2, which is frozen and kept. The approval&apos;s document number is required.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>把%1（%n 个项目）退回修改：计划回到可以修改的状态，改好后再报审。须写明退回的原因，报审人在计划历史中看到它。</source>
        <translation>
            <numerusform>Return the %1 (%n project) for revision: it can be changed again, then submitted anew. The reason is required; whoever submitted it sees it in the plan history.</numerusform>
            <numerusform>Return the %1 (%n projects) for revision: it can be changed again, then submitted anew. The reason is required; whoever submitted it sees it in the plan history.</numerusform>
        </translation>
    </message>
    <message>
        <source>报审：%1，%2</source>
        <translation>Submitted by %1 on %2</translation>
    </message>
    <message numerus="yes">
        <source>把%1（%n 个项目）报区教委审批。区教委批复（写明文号）后，计划成为已批复的一版；也可能退回修改（写明原因）。</source>
        <translation>
            <numerusform>Submit the %1 (%n project) to the district education bureau for approval. Once the bureau approves it (with a document number) it becomes an approved version; the bureau may also return it for revision (with a reason).</numerusform>
            <numerusform>Submit the %1 (%n projects) to the district education bureau for approval. Once the bureau approves it (with a document number) it becomes an approved version; the bureau may also return it for revision (with a reason).</numerusform>
        </translation>
    </message>
    <message>
        <source>（未设置）</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>经办人：</source>
        <translation>Operator:</translation>
    </message>
    <message>
        <source>批复人：</source>
        <translation>Decided by:</translation>
    </message>
    <message>
        <source>批复日期：</source>
        <translation>Approval date:</translation>
    </message>
    <message>
        <source>退回日期：</source>
        <translation>Return date:</translation>
    </message>
    <message>
        <source>报审日期：</source>
        <translation>Submission date:</translation>
    </message>
    <message>
        <source>例如：梁教委〔%1〕12号</source>
        <translation>e.g. 梁教委〔%1〕12号</translation>
    </message>
    <message>
        <source>批复文号：</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>例如：第 5 项与市级培训时间冲突，请调整后再报</source>
        <translation>e.g. Project 5 clashes with a city training; please move it and submit again</translation>
    </message>
    <message>
        <source>退回原因：</source>
        <translation>Reason for return:</translation>
    </message>
    <message>
        <source>批复后：调整提前 %1 个月报区教委审批（规则 R-CHANGE），因故不能举办的须作书面说明（规则 R-CANCEL）。依据：%2</source>
        <translation>After approval: a change is submitted to the district education bureau %1 month(s) ahead (rule R-CHANGE); a project that cannot be held needs a written explanation (rule R-CANCEL). Source: %2</translation>
    </message>
    <message>
        <source>二(一)</source>
        <translation>Part 2 (1)</translation>
    </message>
    <message>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>tp::PlanDiffDialog</name>
    <message>
        <source>与批复版比较 — %1 %2 年度计划</source>
        <translation>Compare with the Approved Version — %1 %2 Annual Plan</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>计划尚未批复，没有可比较的批复版本</source>
        <translation>The plan is not approved yet; there is no approved version to compare with</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%1
（原：%2）</source>
        <translation>%1
(was: %2)</translation>
    </message>
    <message>
        <source>空</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>已批复：%1
现在：%2</source>
        <translation>Approved: %1
Now: %2</translation>
    </message>
    <message>
        <source>与第 %1 版（%2，%3 批复）相比：调整 %4 项（%5 处），新增 %6 项，取消 %7 项，删除 %8 项。黄色为调整过的单元格（括号中为批复时的内容），绿色为新增，划去的为取消或删除。</source>
        <translation>Compared with version %1 (%2, approved %3): items changed %4 (cells %5), added %6, cancelled %7, deleted %8. Yellow cells were changed (the approved content in brackets), green is new, struck-through is cancelled or deleted.</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print Preview…</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
</context>
<context>
    <name>tp::PlanDiffDocument</name>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%1-%2-%3</translation>
    </message>
    <message>
        <source>%1%2年教师培训计划调整一览表</source>
        <translation>%1 %2 Teacher Training Plan: Table of Adjustments</translation>
    </message>
    <message>
        <source>与第 %1 版相比没有调整。</source>
        <translation>No adjustments compared with version %1.</translation>
    </message>
    <message>
        <source>调整 %1 处</source>
        <translation>%1 changes</translation>
    </message>
    <message>
        <source>新增 %1 项</source>
        <translation>%1 added</translation>
    </message>
    <message>
        <source>取消 %1 项</source>
        <translation>%1 cancelled</translation>
    </message>
    <message>
        <source>删除 %1 项</source>
        <translation>%1 deleted</translation>
    </message>
    <message>
        <source>与第 %1 版相比尚无调整</source>
        <translation>No adjustments yet compared with version %1</translation>
    </message>
    <message>
        <source>与第 %1 版相比：%2</source>
        <translation>Compared with version %1: %2</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>；另有待批申请 %1 件（尚未调整）</source>
        <translation>; another %1 request(s) pending approval (not yet applied)</translation>
    </message>
    <message>
        <source>。</source>
        <translation>.</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1：%2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>【新增】列入计划</source>
        <translation>[Added] included in the plan</translation>
    </message>
    <message>
        <source>【取消】申请不再举办</source>
        <translation>[Cancelled] cancellation requested</translation>
    </message>
    <message>
        <source>【取消】不再举办</source>
        <translation>[Cancelled] no longer held</translation>
    </message>
    <message>
        <source>【删除】从计划表中删除</source>
        <translation>[Deleted] removed from the plan table</translation>
    </message>
    <message>
        <source>随修订稿报批</source>
        <translation>submitted with the revised plan</translation>
    </message>
    <message>
        <source>待批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>对照版本：第 %1 版</source>
        <translation>Compared with: version %1</translation>
    </message>
    <message>
        <source>批复文号：%1</source>
        <translation>Approval document number: %1</translation>
    </message>
    <message>
        <source>批复日期：%1</source>
        <translation>Approval date: %1</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>调整内容（原 → 新）</source>
        <translation>Adjustment (old → new)</translation>
    </message>
    <message>
        <source>调整理由</source>
        <translation>Reason for adjustment</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Date of request</translation>
    </message>
    <message>
        <source>批复（人、日期）</source>
        <translation>Approved (by, date)</translation>
    </message>
    <message>
        <source>（逾期提出，最迟应于 %1；逾期说明：%2）</source>
        <translation>(requested late, due by %1; explanation: %2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>与批复版相比没有调整</source>
        <translation>No adjustments compared with the approved version</translation>
    </message>
</context>
<context>
    <name>tp::PlanEditService</name>
    <message>
        <source>%1 %2 年度计划已批复（%3），第 %4 项「%5」的“%6”只能通过调整申请修改，批准后生效</source>
        <translation>The %1 %2 annual plan is approved (%3): &quot;%6&quot; of item %4 &quot;%5&quot; can only be changed through a change request, effective once approved</translation>
    </message>
    <message>
        <source>%1 %2 年度计划已批复（%3），第 %4 项「%5」不能删除；如不再举办，请提出取消申请并写明书面说明</source>
        <translation>The %1 %2 annual plan is approved (%3): item %4 &quot;%5&quot; cannot be deleted; if it will not be held, file a cancellation request with a written explanation</translation>
    </message>
</context>
<context>
    <name>tp::PlanFileFlow</name>
    <message>
        <source>导入计划表</source>
        <translation>Import Plan Table</translation>
    </message>
    <message>
        <source>计划表 (*.csv *.xlsx *.txt);;CSV 文件 (*.csv *.txt);;Excel 工作簿 (*.xlsx);;所有文件 (*)</source>
        <translation>Plan tables (*.csv *.xlsx *.txt);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>选择工作表</source>
        <translation>Choose a Worksheet</translation>
    </message>
    <message>
        <source>%1 有 %2 个工作表，计划表在哪一个？</source>
        <translation>%1 has %2 worksheets. Which one holds the plan table?</translation>
    </message>
    <message>
        <source>导入到哪个计划</source>
        <translation>Import into Which Plan</translation>
    </message>
    <message>
        <source>计划已存在</source>
        <translation>Plan Exists</translation>
    </message>
    <message>
        <source>%1 %2 年度已有计划。要用导入的表替换它吗？

新表中仍有的项目（按序号和名称对应）保留参训名单、学分登记、日期和学分设置，内容改为新表的。新表中没有的项目：无人参训的删除（审计日志保留其原有内容）；若有项目已有参训记录或学分登记，替换会被拒绝，并列出这些项目。

替换前会自动备份当前数据到 %3。

选“否”可以另选年度或区县。</source>
        <translation>There is already a plan for %1 %2. Replace it with the imported table?

Projects still in the new table (matched by number and name) keep their rosters, credit records, dates and credit settings, and take the new table&apos;s content. Projects not in the new table: those without participants are deleted (the audit log keeps their content); if any of them has enrolments or credit records, the replacement is refused and those projects are listed.

The current data is backed up automatically to %3 before the replacement.

Choose &quot;No&quot; to pick another year or district.</translation>
    </message>
    <message>
        <source>导入到哪个计划（另选年度或区县）</source>
        <translation>Import into Which Plan (another year or district)</translation>
    </message>
    <message>
        <source>%1%2年计划</source>
        <translation>%1 %2 plan</translation>
    </message>
    <message>
        <source>导出 CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>新建计划</source>
        <translation>New Plan</translation>
    </message>
    <message>
        <source>载入示例计划</source>
        <translation>Load Sample Plans</translation>
    </message>
    <message>
        <source>示例计划已在数据库中</source>
        <translation>The sample plans are already in the database</translation>
    </message>
    <message>
        <source>欢迎使用 TrainPlan</source>
        <translation>Welcome to TrainPlan</translation>
    </message>
    <message>
        <source>数据库中还没有计划。
要载入两份公开发布的计划表作为示例吗？
（梁平区教育系统 2021 年教师教育项目计划表；许昌市建安区 2024 年教师培训工作安排表）</source>
        <translation>The database has no plans yet.
Load two published plan tables as samples?
(Liangping District Education System 2021 Teacher Education Project Plan; Jian&apos;an District, Xuchang 2024 Teacher Training Schedule)</translation>
    </message>
    <message>
        <source>单位名录</source>
        <translation>Unit Directory</translation>
    </message>
    <message numerus="yes">
        <source>单位名录已更新：%n 个主办单位已添加或对应</source>
        <translation>
            <numerusform>Unit directory updated: %n organizing unit added or matched</numerusform>
            <numerusform>Unit directory updated: %n organizing units added or matched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已导出 %n 个项目到 %1</source>
        <translation>
            <numerusform>Exported %n project to %1</numerusform>
            <numerusform>Exported %n projects to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>tp::PlanFileReader</name>
    <message>
        <source>表中没有培训天数/学时列，各项目的天数为空，不计入合计</source>
        <translation>The table has no training days/hours column; the projects&apos; days are empty and not counted in the totals</translation>
    </message>
    <message>
        <source>未指定要导入的文件</source>
        <translation>No file to import was given</translation>
    </message>
    <message>
        <source>年度 %1 不是有效的年份（应在 1949 到 2200 之间）</source>
        <translation>The year %1 is not a valid year (it should be from 1949 to 2200)</translation>
    </message>
    <message>
        <source>文件中没有标题行，无法得知区县名称；请指定区县</source>
        <translation>The file has no title row, so the district&apos;s name is unknown; please give the district</translation>
    </message>
    <message>
        <source>无法从标题「%1」得知区县名称；请指定区县</source>
        <translation>The district&apos;s name cannot be told from the title &quot;%1&quot;; please give the district</translation>
    </message>
    <message>
        <source>文件标题「%1」写的是 %2 年，而导入为 %3 年度的计划</source>
        <translation>The file&apos;s title &quot;%1&quot; says %2, but it is imported as the plan for %3</translation>
    </message>
    <message>
        <source>确认年度：标题写的是 %1 年</source>
        <translation>Confirm the year: the title says %1</translation>
    </message>
    <message>
        <source>%1%2年教师培训项目计划</source>
        <translation>%1 %2 Teacher Training Project Plan</translation>
    </message>
</context>
<context>
    <name>tp::PlanHistoryDialog</name>
    <message>
        <source>%1 %2 年度计划</source>
        <translation>%1 %2 annual plan</translation>
    </message>
    <message>
        <source> 第 %1 项「%2」</source>
        <translation> item %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>历史 — %1</source>
        <translation>History — %1</translation>
    </message>
    <message>
        <source>%1，当前状态：%2</source>
        <translation>%1, current state: %2</translation>
    </message>
    <message>
        <source>第 %1 版 %2 %3（%4）</source>
        <translation>Version %1 %2 %3 (%4)</translation>
    </message>
    <message>
        <source>
已批复：%1</source>
        <translation>
Approved: %1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>批复</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>申请</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>决定</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>还没有报审、批复或调整记录</source>
        <translation>No submissions, approvals or changes yet</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>tp::PlanImportService</name>
    <message>
        <source>替换前无法备份数据库，未导入：%1</source>
        <translation>Could not back up the database before the replacement; not imported: %1</translation>
    </message>
    <message>
        <source>导入计划表 %1</source>
        <translation>Import plan table %1</translation>
    </message>
    <message>
        <source>%1 %2 年度的计划已存在（%3 个项目%4），未导入。要用这个文件替换它：命令行加 --replace，或在导入时确认替换</source>
        <translation>The %1 %2 plan already exists (%3 projects%4); not imported. To replace it with this file, add --replace on the command line, or confirm the replacement when importing</translation>
    </message>
    <message>
        <source>，导入自 %1</source>
        <translation>, imported from %1</translation>
    </message>
    <message>
        <source>正在读取 %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>正在保存 %1 个项目…</source>
        <translation>Saving %1 projects…</translation>
    </message>
</context>
<context>
    <name>tp::PlanItemDelegate</name>
    <message>
        <source>多个单位用“、”分隔</source>
        <translation>Separate several units with &quot;、&quot;</translation>
    </message>
</context>
<context>
    <name>tp::PlanPage</name>
    <message>
        <source>列(&amp;C)</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>TrainPlan</source>
        <translation>TrainPlan</translation>
    </message>
    <message>
        <source>清除内容</source>
        <translation>Clear Contents</translation>
    </message>
    <message numerus="yes">
        <source>清除 %n 个单元格</source>
        <translation>
            <numerusform>Clear %n cell</numerusform>
            <numerusform>Clear %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>打开计划</source>
        <translation>Open plan</translation>
    </message>
    <message>
        <source>单位名录</source>
        <translation>Unit Directory</translation>
    </message>
    <message>
        <source>删除项目</source>
        <translation>Delete Project</translation>
    </message>
    <message>
        <source>第 %1 项「%2」</source>
        <translation>Item %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>删除%1？

删除记入审计日志（保留项目原有的内容、日期和学分设置），可用“撤销”恢复。</source>
        <translation>Delete %1?

The deletion is recorded in the audit log (keeping the project&apos;s content, dates and credit settings) and can be undone with &quot;Undo&quot;.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>删除 %n 行</source>
        <translation>
            <numerusform>Delete %n row</numerusform>
            <numerusform>Delete %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>第 %1 项「%2」已有 %3，不能删除；它已于 %4 取消。</source>
        <translation>Item %1 &quot;%2&quot; already has %3 and cannot be deleted; it was cancelled on %4.</translation>
    </message>
    <message>
        <source>第 %1 项「%2」属于已批复的计划（%3），不能删除。

可以提出取消申请：写明书面说明，区教委批准后项目标为已取消，项目和它的记录都保留。</source>
        <translation>Item %1 &quot;%2&quot; belongs to an approved plan (%3) and cannot be deleted.

You can file a cancellation request with a written explanation: once the district education bureau approves it, the project is marked cancelled, and the project and its records are kept.</translation>
    </message>
    <message>
        <source>第 %1 项「%2」已有 %3，不能删除：删除会丢失这些记录。

可以改为取消该项目：项目和名单、学分登记都保留，项目标为已取消，并写明取消原因。</source>
        <translation>Item %1 &quot;%2&quot; already has %3 and cannot be deleted: deleting would lose these records.

You can cancel the project instead: the project, its roster and credit records are kept, the project is marked cancelled, and the reason is recorded.</translation>
    </message>
    <message>
        <source>不能删除</source>
        <translation>Cannot Delete</translation>
    </message>
    <message>
        <source>提出取消申请…</source>
        <translation>File a Cancellation Request…</translation>
    </message>
    <message>
        <source>取消该项目…</source>
        <translation>Cancel This Project…</translation>
    </message>
    <message>
        <source>不删除</source>
        <translation>Don&apos;t Delete</translation>
    </message>
    <message>
        <source>已提出取消申请（编号 %1），批准后生效</source>
        <translation>Cancellation request filed (number %1); effective once approved</translation>
    </message>
    <message>
        <source>第 %1 项已取消（未删除）</source>
        <translation>Item %1 cancelled (not deleted)</translation>
    </message>
    <message>
        <source>已提出调整申请（编号 %1），批准后生效</source>
        <translation>Change request filed (number %1); effective once approved</translation>
    </message>
    <message>
        <source>已保存第 %1 项的项目详情</source>
        <translation>Saved the project details of item %1</translation>
    </message>
    <message>
        <source>没有打开的计划。用“文件 → 新建计划”或“导入计划表”开始。</source>
        <translation>No plan is open. Start with &quot;File → New Plan&quot; or &quot;Import Plan Table&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n 个项目</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>&#x3000;培训天数合计：%1</source>
        <translation>  Training days in total: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&#x3000;参培人数合计：%1</source>
        <translation>  Participants in total: %1</translation>
    </message>
    <message>
        <source>%1 人</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>（含约数 %1 行）</source>
        <translation> (including %1 rows of estimates)</translation>
    </message>
    <message>
        <source>&#x3000;｜&#x3000;原表合计行：%1；%2 人</source>
        <translation>  |  Total row of the original table: %1; %2 people</translation>
    </message>
    <message numerus="yes">
        <source>%n 条参训记录</source>
        <translation>
            <numerusform>%n enrolment</numerusform>
            <numerusform>%n enrolments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 条学分登记</source>
        <translation>
            <numerusform>%n credit record</numerusform>
            <numerusform>%n credit records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&#x3000;已取消 %n 项，不计入合计</source>
        <translation>
            <numerusform>  %n cancelled, not counted in the totals</numerusform>
            <numerusform>  %n cancelled, not counted in the totals</numerusform>
        </translation>
    </message>
    <message>
        <source>没有打开的计划。</source>
        <translation>No plan is open.</translation>
    </message>
</context>
<context>
    <name>tp::PlanRepository</name>
    <message>
        <source>计划（编号 %1）不存在</source>
        <translation>The plan (number %1) does not exist</translation>
    </message>
    <message>
        <source>区县名称不能为空</source>
        <translation>The district&apos;s name cannot be empty</translation>
    </message>
    <message>
        <source>年度 %1 不在有效范围内</source>
        <translation>The year %1 is out of the valid range</translation>
    </message>
    <message>
        <source>%1 %2 年度的计划已存在</source>
        <translation>The %1 %2 plan already exists</translation>
    </message>
    <message>
        <source>%1 个批复版本（最近一次：%2）</source>
        <translation>%1 approved versions (the latest: %2)</translation>
    </message>
    <message>
        <source>%1 条报审、批复或退回记录</source>
        <translation>%1 submission, approval or return records</translation>
    </message>
    <message>
        <source>%1 项调整或取消申请</source>
        <translation>%1 change or cancellation requests</translation>
    </message>
    <message>
        <source>%1 %2 年度计划（%3）已报区教委审批，保存着%4；这些是备案记录，不能删除，计划也随之保留。不再举办的项目请逐项提出取消申请并写明书面说明。</source>
        <translation>The %1 %2 annual plan (%3) has been submitted to the district education bureau for approval and holds %4; these are records on file and cannot be deleted, so the plan stays too. Cancel projects that will not be held one by one, each with a written explanation.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>第 %1 项「%2」（%3 人报名）</source>
        <translation>Item %1 &quot;%2&quot; (%3 registered)</translation>
    </message>
    <message>
        <source>%1 %2 年度的计划中有已报名的项目，不能删除：%3</source>
        <translation>The %1 %2 plan has projects with registrations and cannot be deleted: %3</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>项目（编号 %1）不存在</source>
        <translation>The project (number %1) does not exist</translation>
    </message>
    <message>
        <source>该列不能直接编辑</source>
        <translation>This column cannot be edited directly</translation>
    </message>
    <message>
        <source>第 %1 项「%2」已有 %3 人报名、%4 条学分登记，不能删除；如不再举办，请将其标为取消（因故不能举办）并写明说明</source>
        <translation>Item %1 &quot;%2&quot; already has %3 registrations and %4 credit records and cannot be deleted; if it will not be held, mark it cancelled (cannot be held) with an explanation</translation>
    </message>
    <message>
        <source>第 %1 项「%2」已有 %3 人报名，不能删除；如不再举办，请将其标为取消（因故不能举办）并写明说明</source>
        <translation>Item %1 &quot;%2&quot; already has %3 registrations and cannot be deleted; if it will not be held, mark it cancelled (cannot be held) with an explanation</translation>
    </message>
    <message>
        <source>第 %1 项「%2」有 %3 项调整或取消申请的记录，不能删除；如不再举办，请提出取消申请并写明书面说明</source>
        <translation>Item %1 &quot;%2&quot; has %3 change or cancellation request records and cannot be deleted; if it will not be held, file a cancellation request with a written explanation</translation>
    </message>
    <message>
        <source>第 %1 项「%2」</source>
        <translation>Item %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>第 %1 项的主办单位「%2」</source>
        <translation>Organizing unit &quot;%2&quot; of item %1</translation>
    </message>
    <message>
        <source>替换前无法备份数据库，未替换：%1</source>
        <translation>Could not back up the database before the replacement; not replaced: %1</translation>
    </message>
    <message>
        <source>导入计划 %1 %2</source>
        <translation>Import plan %1 %2</translation>
    </message>
    <message>
        <source>%1 个项目（%2）</source>
        <translation>Projects: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2 年度的计划已存在（%3 个项目）；如要用导入的表替换它，请确认替换</source>
        <translation>The %1 %2 plan already exists (%3 projects); confirm the replacement to replace it with the imported table</translation>
    </message>
    <message>
        <source>第 %1 项「%2」（%3 人报名，%4 条学分登记）</source>
        <translation>Item %1 &quot;%2&quot; (%3 registered, %4 credit records)</translation>
    </message>
    <message>
        <source>新表中没有原计划的这些已有报名的项目，替换会删除它们的参训名单和学分登记，未替换：%1。请在新表中保留这些项目（序号和名称不变），或先在原计划中将其标为取消</source>
        <translation>These projects of the existing plan have registrations and are not in the new table; the replacement would delete their rosters and credit records, so nothing was replaced: %1. Keep these projects in the new table (same number and name), or first mark them cancelled in the existing plan</translation>
    </message>
    <message>
        <source>%1 个项目（%2）：保留 %3，新增 %4，删除 %5</source>
        <translation>Projects: %1 (%2) — kept %3, added %4, deleted %5</translation>
    </message>
    <message>
        <source>项目（编号 %1）</source>
        <translation>project (ID %1)</translation>
    </message>
    <message>
        <source>另一位用户</source>
        <translation>another user</translation>
    </message>
    <message>
        <source>已被 %1 于 %2 修改</source>
        <translation>was changed by %1 at %2</translation>
    </message>
    <message>
        <source>已被 %1 于 %2 修改（%3：「%4」改为「%5」）</source>
        <translation>was changed by %1 at %2 (%3: &quot;%4&quot; changed to &quot;%5&quot;)</translation>
    </message>
    <message>
        <source>已被另一位用户修改</source>
        <translation>was changed by another user</translation>
    </message>
    <message>
        <source>%1在您打开之后%2；您对“%3”的修改（「%4」）没有保存，以免覆盖别人的修改。请重新载入这一行再改</source>
        <translation>%1 %2 after you opened it; your change of &quot;%3&quot; (&quot;%4&quot;) was not saved so as not to overwrite the other change. Please reload this row and change it again</translation>
    </message>
    <message>
        <source>项目详情</source>
        <translation>Project details</translation>
    </message>
</context>
<context>
    <name>tp::PlanTableDocument</name>
    <message>
        <source>%1年%2月%3日</source>
        <translation>%1-%2-%3</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>培训项目</source>
        <translation>Training project</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organizing unit</translation>
    </message>
    <message>
        <source>培训天数</source>
        <translation>Training days</translation>
    </message>
    <message>
        <source>参培人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>培训方式</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <source>拟培训
时间</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <source>培训地点</source>
        <translation>Training place</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>培训项目名称</source>
        <translation>Training project name</translation>
    </message>
    <message>
        <source>拟培训
人数</source>
        <translation>Planned participants</translation>
    </message>
    <message>
        <source>不认识的列「%1」；可用的列：%2</source>
        <translation>Unknown column &quot;%1&quot;; the columns available: %2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>列「%1」重复</source>
        <translation>Column &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>没有指定任何列</source>
        <translation>No columns were given</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>tp::PlanTableImporter</name>
    <message>
        <source>%1 不是 Excel 工作簿（.xlsx），没有工作表「%2」可选</source>
        <translation>%1 is not an Excel workbook (.xlsx) and has no worksheet &quot;%2&quot; to choose</translation>
    </message>
    <message>
        <source>文件 %1 第 %2 行第 %3 列：%4，未导入</source>
        <translation>File %1, row %2, column %3: %4; not imported</translation>
    </message>
    <message>
        <source>「%1」：%2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>（另有 %1 个单元格有同样的问题）</source>
        <translation> (%1 more cells have the same problem)</translation>
    </message>
    <message>
        <source>文件 %1 是空的，没有计划表</source>
        <translation>The file %1 is empty; it has no plan table</translation>
    </message>
    <message>
        <source>文件 %1 中找不到表头行：没有一行含有两个以上的计划表列名（序号、培训项目、主办单位、培训天数、参培人数、培训方式、拟培训时间、培训地点…）。第一行是「%2」</source>
        <translation>No header row found in the file %1: no row contains more than two column names of a plan table (序号, 培训项目, 主办单位, 培训天数, 参培人数, 培训方式, 拟培训时间, 培训地点…). The first row is &quot;%2&quot;</translation>
    </message>
    <message>
        <source>第 %1 列「%2」与第 %3 列「%4」同为%5，只导入第 %3 列</source>
        <translation>Column %1 &quot;%2&quot; and column %3 &quot;%4&quot; are both %5; only column %3 is imported</translation>
    </message>
    <message>
        <source>合并两列后再导入，或删去不需要的一列</source>
        <translation>Merge the two columns before importing, or delete the one not needed</translation>
    </message>
    <message>
        <source>文件 %1 的表头（第 %2 行）缺少「培训项目」列（可写作 培训项目、培训项目名称、项目名称）。找到的表头：%3</source>
        <translation>The header of the file %1 (row %2) lacks the &quot;培训项目&quot; (training project) column (it may be written 培训项目, 培训项目名称 or 项目名称). The header found: %3</translation>
    </message>
    <message>
        <source>第 %1 行只有「%2」一个单元格，看作分组标题，未作为项目导入</source>
        <translation>Row %1 has only the one cell &quot;%2&quot;; taken as a group heading, not imported as a project</translation>
    </message>
    <message>
        <source>序号「%1」不是正整数，按顺序记为 %2</source>
        <translation>The number &quot;%1&quot; is not a positive whole number; recorded as %2 in order</translation>
    </message>
    <message>
        <source>填写 1、2、3…</source>
        <translation>Enter 1, 2, 3…</translation>
    </message>
    <message>
        <source>第 %1 行有内容，但培训项目名称为空</source>
        <translation>Row %1 has content but no training project name</translation>
    </message>
    <message>
        <source>填写项目名称，或删去这一行</source>
        <translation>Enter the project&apos;s name, or delete this row</translation>
    </message>
    <message>
        <source>%1「%2」无法识别：%3</source>
        <translation>%1 &quot;%2&quot; not recognized: %3</translation>
    </message>
    <message>
        <source>填写天数（如 3 或 2天）或学时（如 50学时）</source>
        <translation>Enter days (e.g. 3 or 2天) or hours (e.g. 50学时)</translation>
    </message>
    <message>
        <source>填写人数（如 300 或 约120人）或“全员”</source>
        <translation>Enter a number of people (e.g. 300 or 约120人) or 全员 (all staff)</translation>
    </message>
    <message>
        <source>填写月份（如 4月、4-5月）或“全年”</source>
        <translation>Enter months (e.g. 4月, 4-5月) or 全年 (whole year)</translation>
    </message>
    <message>
        <source>文件 %1 的表头（第 %2 行）下没有培训项目，未导入</source>
        <translation>There are no training projects below the header of the file %1 (row %2); not imported</translation>
    </message>
    <message>
        <source>第 %1 列没有表头，其中 %2 个单元格的内容未导入</source>
        <translation>Column %1 has no header; the content of %2 of its cells was not imported</translation>
    </message>
    <message>
        <source>第 %1 列「%2」不是计划表的列，其中 %3 个单元格的内容未导入</source>
        <translation>Column %1 &quot;%2&quot; is not a plan table column; the content of %3 of its cells was not imported</translation>
    </message>
    <message>
        <source>把这些内容移到“备注”列后再导入</source>
        <translation>Move this content to the &quot;Remarks&quot; column, then import</translation>
    </message>
</context>
<context>
    <name>tp::PlanTableModel</name>
    <message>
        <source>全年</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>约 %1月%2日</source>
        <translation>c. %1/%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>约 </source>
        <translation>c. </translation>
    </message>
    <message>
        <source>（预计）</source>
        <translation>(estimated)</translation>
    </message>
    <message>
        <source>已取消（缺书面说明）</source>
        <translation>Cancelled (no written explanation)</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>未定日期</source>
        <translation>Date not fixed</translation>
    </message>
    <message>
        <source>已审定</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已报送</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>逾期报送</source>
        <translation>Submitted late</translation>
    </message>
    <message>
        <source>已开班，方案未报送</source>
        <translation>Class started, scheme not submitted</translation>
    </message>
    <message>
        <source>逾期 %1 个工作日</source>
        <translation>%1 working days overdue</translation>
    </message>
    <message>
        <source>还剩 %1 个工作日</source>
        <translation>%1 working days left</translation>
    </message>
    <message>
        <source>今天截止</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>；责任书逾期</source>
        <translation>; agreement overdue</translation>
    </message>
    <message>
        <source>；责任书将到期</source>
        <translation>; agreement due soon</translation>
    </message>
    <message>
        <source>；责任书逾期报送</source>
        <translation>; agreement submitted late</translation>
    </message>
    <message>
        <source>只知道计划月份（%1），截止日期按 %2 开班计算</source>
        <translation>Only the planned month is known (%1); the deadlines are counted from a start on %2</translation>
    </message>
    <message>
        <source>开班 %1</source>
        <translation>Starts %1</translation>
    </message>
    <message numerus="yes">
        <source>%n 个班次</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
    <message>
        <source>详细培训方案：开班（%1）前 %2 个工作日，最迟 %3</source>
        <translation>Detailed training scheme: %2 working days before the start (%1), by %3 at the latest</translation>
    </message>
    <message>
        <source>已于 %1 报送</source>
        <translation>Submitted on %1</translation>
    </message>
    <message>
        <source>（预计：依据估算的节假日，官方安排公布后可能变化）</source>
        <translation> (estimated: from estimated holidays; may change once the official schedule is published)</translation>
    </message>
    <message>
        <source>管理责任书：出发（%1）前 %2 个工作日，最迟 %3%4</source>
        <translation>Management responsibility agreement: %2 working days before departure (%1), by %3 at the latest%4</translation>
    </message>
    <message>
        <source>，已于 %1 报送</source>
        <translation>, submitted on %1</translation>
    </message>
    <message>
        <source>如需调整，最迟 %1 报批</source>
        <translation>If a change is needed, submit it for approval by %1</translation>
    </message>
    <message>
        <source>已取消：%1</source>
        <translation>Cancelled: %1</translation>
    </message>
    <message>
        <source>（缺书面说明）</source>
        <translation> (no written explanation)</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n 个项目</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>（另 %n 个已取消，不计入合计）</source>
        <translation>
            <numerusform>(plus %n cancelled, not counted in the totals)</numerusform>
            <numerusform>(plus %n cancelled, not counted in the totals)</numerusform>
        </translation>
    </message>
    <message>
        <source>按天计 %1 天，按学时计 %2 学时；%3 行未填</source>
        <translation>In days: %1 days; in hours: %2 hours; rows empty: %3</translation>
    </message>
    <message>
        <source>确数与约数合计 %1 人（其中约数 %2 行）；“全员” %3 行另计，不计为 0</source>
        <translation>Exact and estimated numbers total %1 people (estimated rows: %2); &quot;all staff&quot; rows (%3) are counted apart, not as 0</translation>
    </message>
    <message>
        <source>【已取消】%1</source>
        <translation>[Cancelled] %1</translation>
    </message>
    <message>
        <source>已取消（因故不能举办）：不计入合计</source>
        <translation>Cancelled (cannot be held): not counted in the totals</translation>
    </message>
    <message>
        <source>%1 学时</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>%1 天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>全员：目标群体全体人员，不计入人数合计</source>
        <translation>All staff: everyone in the target group; not counted in the total number of participants</translation>
    </message>
    <message>
        <source>开班日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>方案截止</source>
        <translation>Scheme due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>开班日期：最早的开始日期或班次；只知道月份时按该月 1 日计算（“约”）。双击编辑项目详情</source>
        <translation>Start date: the earliest start date or class; when only the month is known, the 1st of that month (&quot;c.&quot;). Double-click to edit the project details</translation>
    </message>
    <message>
        <source>详细培训方案最迟报送日：开班前 %1 个工作日（R-LEAD）</source>
        <translation>Last day to submit the detailed training scheme: %1 working days before the start (R-LEAD)</translation>
    </message>
    <message>
        <source>报送情况：已报送、逾期、还剩几个工作日、已取消……</source>
        <translation>Submission: submitted, overdue, working days left, cancelled…</translation>
    </message>
    <message>
        <source>天数（如 3、2天、半天）或学时（如 50学时）；天数与学时分别合计</source>
        <translation>Days (e.g. 3, 2天, 半天) or hours (e.g. 50学时); days and hours are totalled separately</translation>
    </message>
    <message>
        <source>人数（如 300、300人）、约数（约120人）或“全员”</source>
        <translation>People (e.g. 300, 300人), an estimate (约120人) or 全员 (all staff)</translation>
    </message>
    <message>
        <source>多个主办单位用顿号分隔，如“区教委、社区学院”</source>
        <translation>Separate several organizing units with &quot;、&quot;, e.g. 区教委、社区学院</translation>
    </message>
    <message>
        <source>如 4月、4-5月、全年</source>
        <translation>e.g. 4月, 4-5月, 全年</translation>
    </message>
    <message>
        <source>%1
建议：%2</source>
        <translation>%1
Suggestion: %2</translation>
    </message>
    <message>
        <source>拟培训时间 %1</source>
        <translation>Planned months %1</translation>
    </message>
    <message>
        <source>培训日期 %1 至 %2</source>
        <translation>Training dates %1 to %2</translation>
    </message>
    <message>
        <source>项目详情的修改</source>
        <translation>The project details&apos; changes</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>tp::PlanUndoCommands</name>
    <message>
        <source>修改%1为「%2」</source>
        <translation>Change %1 to &quot;%2&quot;</translation>
    </message>
    <message>
        <source>插入第 %1 行</source>
        <translation>Insert row %1</translation>
    </message>
    <message>
        <source>删除第 %1 行「%2」</source>
        <translation>Delete row %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>将第 %1 行移到第 %2 行</source>
        <translation>Move row %1 to row %2</translation>
    </message>
    <message>
        <source>修改项目详情</source>
        <translation>Change project details</translation>
    </message>
</context>
<context>
    <name>tp::PlanWorkflow</name>
    <message>
        <source>报审</source>
        <translation>Submit for Approval</translation>
    </message>
    <message>
        <source>批复</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>退回修改</source>
        <translation>Return for Revision</translation>
    </message>
    <message>
        <source>开始执行</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>修订</source>
        <translation>Revise</translation>
    </message>
    <message>
        <source>计划当前为「%1」，不能%2%3</source>
        <translation>The plan is currently &quot;%1&quot;; &quot;%2&quot; is not possible%3</translation>
    </message>
    <message>
        <source>（可以：%1）</source>
        <translation> (possible: %1)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1须写明经办人</source>
        <translation>%1 must name the person handling it</translation>
    </message>
    <message>
        <source>%1须写明日期</source>
        <translation>%1 must give the date</translation>
    </message>
    <message>
        <source>批复须写明批复文号</source>
        <translation>An approval must give the approval&apos;s document number</translation>
    </message>
    <message>
        <source>退回修改须写明原因</source>
        <translation>A return for revision must give the reason</translation>
    </message>
    <message>
        <source>开班日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>结束日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>%1「%2」%3</source>
        <translation>%1 &quot;%2&quot; %3</translation>
    </message>
    <message>
        <source>不是日期（应为 YYYY-MM-DD）</source>
        <translation>is not a date (it should be YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>使结束日期 %1 早于开班日期 %2</source>
        <translation>makes the end date %1 earlier than the start date %2</translation>
    </message>
    <message>
        <source>不能为空</source>
        <translation>cannot be empty</translation>
    </message>
    <message>
        <source>调整须于 %1%2 前报批（生效日 %3 前 %4 个月%5）</source>
        <translation>The change must be submitted for approval before %1%2 (%4 months before it takes effect on %3%5)</translation>
    </message>
    <message>
        <source>；生效日按计划月份的第一天估算</source>
        <translation>; the effective date is estimated as the first day of the planned month</translation>
    </message>
    <message>
        <source>（预计，节假日安排尚未公布）</source>
        <translation> (estimated; the holiday schedule is not yet published)</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>未批准</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>待批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>申请须写明申请人</source>
        <translation>A request must name who files it</translation>
    </message>
    <message>
        <source>申请须写明申请日期</source>
        <translation>A request must give the date it is filed</translation>
    </message>
    <message>
        <source>第 %1 项「%2」取消须附书面说明（不能举办的原因）</source>
        <translation>Cancelling item %1 &quot;%2&quot; needs a written explanation (why it cannot be held)</translation>
    </message>
    <message>
        <source>调整申请须写明调整哪一项</source>
        <translation>A change request must say what is changed</translation>
    </message>
    <message>
        <source>调整申请须写明调整原因</source>
        <translation>A change request must give the reason for the change</translation>
    </message>
    <message>
        <source>第 %1 项的%2已是「%3」，无须调整</source>
        <translation>The %2 of item %1 is already &quot;%3&quot;; no change needed</translation>
    </message>
    <message>
        <source>调整申请于 %1 提出，已逾期：%2。确需调整的，请附书面说明逾期原因</source>
        <translation>The change request was filed on %1 and is late: %2. If the change is really needed, attach a written explanation of the delay</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>调整</source>
        <translation>Changed</translation>
    </message>
</context>
<context>
    <name>tp::PlanWorkflowBar</name>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>把计划报区教委审批</source>
        <translation>Submit the plan to the district education bureau for approval</translation>
    </message>
    <message>
        <source>批复计划（须写明文号）：成为已批复的一版，此后调整须提出申请</source>
        <translation>Approve the plan (give the document number): it becomes an approved version, and later changes need a request</translation>
    </message>
    <message>
        <source>退回修改（须写明原因）</source>
        <translation>Return for revision (give the reason)</translation>
    </message>
    <message>
        <source>整体修订已批复的计划，再报审、批复为下一版</source>
        <translation>Revise the approved plan as a whole, then submit and approve it as the next version</translation>
    </message>
    <message>
        <source>与批复版比较</source>
        <translation>Compare with the Approved Version</translation>
    </message>
    <message>
        <source>计划历史</source>
        <translation>Plan History</translation>
    </message>
    <message>
        <source>项目历史</source>
        <translation>Project History</translation>
    </message>
    <message>
        <source>当前项目的批复、调整申请与决定</source>
        <translation>The current project&apos;s approvals, change requests and decisions</translation>
    </message>
    <message>
        <source>审计日志</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>单位名录</source>
        <translation>Unit Directory</translation>
    </message>
    <message>
        <source>计划状态：%1</source>
        <translation>Plan state: %1</translation>
    </message>
    <message>
        <source>（%1，第 %2 版）</source>
        <translation> (%1, version %2)</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>&#x3000;已批复的项目须经调整申请修改</source>
        <translation>  Approved projects are changed through change requests</translation>
    </message>
    <message>
        <source>修订计划</source>
        <translation>Revise Plan</translation>
    </message>
    <message>
        <source>修订后计划回到草稿，可直接修改，再报审、批复为下一版；已批复的各版都保留。继续吗？</source>
        <translation>Once revised, the plan is a draft again and can be edited directly, then submitted and approved as the next version; every approved version is kept. Continue?</translation>
    </message>
    <message>
        <source>审批调整申请</source>
        <translation>Decide Change Requests</translation>
    </message>
    <message>
        <source>区教委：批准或不批准待批的调整申请和取消申请</source>
        <translation>District education bureau: approve or reject the change and cancellation requests waiting for a decision</translation>
    </message>
    <message>
        <source>审批调整申请（%1 件待批）…</source>
        <translation>Decide Change Requests (%1 waiting)…</translation>
    </message>
    <message>
        <source>审批调整申请…</source>
        <translation>Decide Change Requests…</translation>
    </message>
</context>
<context>
    <name>tp::PlanWorkflowService</name>
    <message>
        <source>计划%1</source>
        <translation>planned %1</translation>
    </message>
    <message>
        <source>%1 %2 年度计划尚未批复（%3）：直接修改即可，无须调整申请</source>
        <translation>The %1 %2 annual plan is not approved yet (%3): just edit it, no change request needed</translation>
    </message>
    <message>
        <source>%1 %2 年度计划没有第 %3 项</source>
        <translation>The %1 %2 annual plan has no item %3</translation>
    </message>
    <message>
        <source>第 %1 项「%2」是批复后新增的项目，不在已批复的计划中</source>
        <translation>Item %1 &quot;%2&quot; was added after the approval and is not in the approved plan</translation>
    </message>
    <message>
        <source>第 %1 项「%2」已取消</source>
        <translation>Item %1 &quot;%2&quot; is cancelled</translation>
    </message>
    <message>
        <source>第 %1 项不在已批复的计划中</source>
        <translation>Item %1 is not in the approved plan</translation>
    </message>
    <message>
        <source>取消项目</source>
        <translation>Cancel project</translation>
    </message>
    <message>
        <source>调整申请 %1 没有写明调整哪一项</source>
        <translation>Change request %1 does not say what is changed</translation>
    </message>
    <message>
        <source>批准或不批准调整申请须写明经办人</source>
        <translation>Approving or rejecting a change request must name the person handling it</translation>
    </message>
    <message>
        <source>批准或不批准调整申请须写明日期</source>
        <translation>Approving or rejecting a change request must give the date</translation>
    </message>
    <message>
        <source>批准调整申请</source>
        <translation>Approve change request</translation>
    </message>
    <message>
        <source>不批准调整申请</source>
        <translation>Reject change request</translation>
    </message>
    <message>
        <source>计划批复（%1），第 %2 版</source>
        <translation>Plan approved (%1), version %2</translation>
    </message>
    <message>
        <source>计划退回修改：%1</source>
        <translation>Plan returned for revision: %1</translation>
    </message>
    <message>
        <source>计划%1（%2 → %3）：%4</source>
        <translation>Plan %1 (%2 → %3): %4</translation>
    </message>
    <message>
        <source>计划%1（%2 → %3）</source>
        <translation>Plan %1 (%2 → %3)</translation>
    </message>
    <message>
        <source>第 %1 项「%2」申请取消：%3</source>
        <translation>Cancellation requested for item %1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>第 %1 项「%2」申请调整%3：%4 → %5（原因：%6）%7</source>
        <translation>Change requested for item %1 &quot;%2&quot; %3: %4 → %5 (reason: %6)%7</translation>
    </message>
    <message>
        <source>；逾期提出（最迟 %1）：%2</source>
        <translation>; filed late (by %1 at the latest): %2</translation>
    </message>
    <message>
        <source>计划尚未批复，没有可比较的批复版本</source>
        <translation>The plan is not approved yet; there is no approved version to compare with</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>%1月%2日</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>第 %1 项「%2」%3：%4（%5，%6）%7</source>
        <translation>Item %1 &quot;%2&quot; %3: %4 (%5, %6)%7</translation>
    </message>
    <message>
        <source>；%1</source>
        <translation>; %1</translation>
    </message>
</context>
<context>
    <name>tp::PrintActions</name>
    <message>
        <source>计划表</source>
        <translation>Plan Table</translation>
    </message>
    <message>
        <source>改为横向</source>
        <translation>Switch to Landscape</translation>
    </message>
    <message>
        <source>表格在 A4 纵向放不下（正文不小于 9 磅）：改为 A4 横向</source>
        <translation>The table does not fit A4 portrait (body text at least 9 pt): switch to A4 landscape</translation>
    </message>
    <message>
        <source>共 %1 页 · 表格在纵向放不下</source>
        <translation>%1 pages · the table does not fit portrait</translation>
    </message>
    <message>
        <source>共 %1 页</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>打印预览 — %1</source>
        <translation>Print Preview — %1</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>打印设置…</source>
        <translation>Print Setup…</translation>
    </message>
    <message>
        <source>选择和排列列，设置标题、附件标识、备注与落款</source>
        <translation>Choose and order the columns; set the title, attachment label, remarks and signature</translation>
    </message>
    <message>
        <source>打印签到表</source>
        <translation>Print Sign-in Sheet</translation>
    </message>
    <message>
        <source>培训有好几天，签到栏怎么排？</source>
        <translation>The training lasts several days. How should the signature columns be laid out?</translation>
    </message>
    <message>
        <source>每场一栏（上午、下午各签一次），一张表签完全程</source>
        <translation>One column per session (sign once each morning and afternoon), one sheet for the whole training</translation>
    </message>
    <message>
        <source>每天一栏，一张表签完全程</source>
        <translation>One column per day, one sheet for the whole training</translation>
    </message>
    <message>
        <source>每天一张表（当天上午、下午各一栏）</source>
        <translation>One sheet per day (a column for that morning and one for the afternoon)</translation>
    </message>
    <message>
        <source>只有一个签到栏</source>
        <translation>Only one signature column</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>正在按学校导出学分统计表…</source>
        <translation>Exporting the credit reports by school…</translation>
    </message>
    <message>
        <source>按学校导出</source>
        <translation>Export by School</translation>
    </message>
    <message>
        <source>正在导出 %1（%2/%3）…</source>
        <translation>Exporting %1 (%2/%3)…</translation>
    </message>
    <message>
        <source>打印学分统计表</source>
        <translation>Print Credit Report</translation>
    </message>
    <message>
        <source>正在统计学分…</source>
        <translation>Counting credits…</translation>
    </message>
    <message>
        <source>这份学分统计表有 %1 名教师，约 %2 页。</source>
        <translation>This credit report has %1 teachers, about %2 pages.</translation>
    </message>
    <message>
        <source>可以只列未达标的教师，或按学校各导出一份 PDF 发给学校。</source>
        <translation>You can list only the teachers who have not met the requirement, or export one PDF per school to send to the schools.</translation>
    </message>
    <message>
        <source>只列未达标的教师</source>
        <translation>Only Teachers Not Meeting the Requirement</translation>
    </message>
    <message>
        <source>按学校分别导出 PDF…</source>
        <translation>Export a PDF per School…</translation>
    </message>
    <message>
        <source>全部预览</source>
        <translation>Preview All</translation>
    </message>
    <message>
        <source>导出到哪个文件夹</source>
        <translation>Export to Which Folder</translation>
    </message>
    <message>
        <source>已停止：导出了 %1 所学校的学分统计表，在 %2</source>
        <translation>Stopped: exported the credit reports of %1 schools to %2</translation>
    </message>
    <message>
        <source>已导出 %1 所学校的学分统计表，在 %2</source>
        <translation>Exported the credit reports of %1 schools to %2</translation>
    </message>
    <message>
        <source>正在排版…</source>
        <translation>Laying out…</translation>
    </message>
    <message>
        <source>正在写入…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print Preview</translation>
    </message>
</context>
<context>
    <name>tp::PrintSetupDialog</name>
    <message>
        <source>打印设置 — %1</source>
        <translation>Print Setup — %1</translation>
    </message>
    <message>
        <source>列（勾选要打印的列，上下移动调整顺序，双击改表头）</source>
        <translation>Columns (tick the columns to print, move them up or down to change the order, double-click to rename a header)</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move Up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move Down</translation>
    </message>
    <message>
        <source>恢复计划格式</source>
        <translation>Restore the Plan&apos;s Layout</translation>
    </message>
    <message>
        <source>按计划的格式重选列：梁平式 5 列或建安式 6 列</source>
        <translation>Choose the columns again after the plan&apos;s layout: the Liangping style with 5 columns or the Jian&apos;an style with 6</translation>
    </message>
    <message>
        <source>打印全空的列</source>
        <translation>Print empty columns</translation>
    </message>
    <message>
        <source>各行都没有填写的列默认不打印；勾选后照样打印（梁平式、建安式的列总是照原样打印）</source>
        <translation>Columns no row has filled in are not printed by default; tick this to print them anyway (the columns of the Liangping and Jian&apos;an styles are always printed as they are)</translation>
    </message>
    <message>
        <source>标题与落款</source>
        <translation>Title and Signature</translation>
    </message>
    <message>
        <source>如：附件1（不填则不印）</source>
        <translation>e.g. 附件1 (Attachment 1; not printed if empty)</translation>
    </message>
    <message>
        <source>打印合计行</source>
        <translation>Print the total row</translation>
    </message>
    <message>
        <source>如：备注：如培训时间调整，请以实际开班时间为准。</source>
        <translation>e.g. 备注：如培训时间调整，请以实际开班时间为准。 (Note: if the training time changes, the actual start date applies.)</translation>
    </message>
    <message>
        <source>如：%1教育委员会（不填则不印）</source>
        <translation>e.g. %1教育委员会 (%1 Education Commission; not printed if empty)</translation>
    </message>
    <message>
        <source>落款日期</source>
        <translation>Signature date</translation>
    </message>
    <message>
        <source>A4 纵向</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <source>A4 横向</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>附件标识：</source>
        <translation>Attachment label:</translation>
    </message>
    <message>
        <source>标题：</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>表下备注：</source>
        <translation>Remarks below the table:</translation>
    </message>
    <message>
        <source>落款单位：</source>
        <translation>Signed by (unit):</translation>
    </message>
    <message>
        <source>纸张：</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>字段：%1</source>
        <translation>Field: %1</translation>
    </message>
    <message>
        <source>至少勾选一列。</source>
        <translation>Tick at least one column.</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>tp::ProjectCreditDialog</name>
    <message>
        <source>名额与学分 — %1</source>
        <translation>Places and Credits — %1</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>按培训时长折算</source>
        <translation>Convert from the training&apos;s length</translation>
    </message>
    <message>
        <source> 学分</source>
        <translation> credits</translation>
    </message>
    <message>
        <source>按参培人数（%1 人）</source>
        <translation>From the number of participants (%1 people)</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>级别：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>%1（按 %2 计）</source>
        <translation>%1 (counted as %2)</translation>
    </message>
    <message>
        <source>按培训方式：</source>
        <translation>From the training mode:</translation>
    </message>
    <message>
        <source>培训类型：</source>
        <translation>Training type:</translation>
    </message>
    <message>
        <source>学分：</source>
        <translation>Credits:</translation>
    </message>
    <message>
        <source>容量：</source>
        <translation>Capacity:</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>已占名额</source>
        <translation>Places taken</translation>
    </message>
    <message>
        <source>分配名额</source>
        <translation>Places allotted</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>名额分配（“不限”：只受容量限制）：</source>
        <translation>Allotment of places (&quot;No limit&quot;: only the capacity limits it):</translation>
    </message>
    <message>
        <source>请先选择培训类型</source>
        <translation>Choose the training type first</translation>
    </message>
    <message>
        <source>折算：%1 学分（%2 学时，%3）</source>
        <translation>Converted: %1 credits (%2 hours, %3)</translation>
    </message>
    <message>
        <source>没有培训时长，无法折算</source>
        <translation>No training length, cannot convert</translation>
    </message>
</context>
<context>
    <name>tp::ProjectDetailsDialog</name>
    <message>
        <source>&lt;b&gt;第 %1 项&#x3000;%2&lt;/b&gt;&#x3000;%3</source>
        <translation>&lt;b&gt;Item %1 %2&lt;/b&gt;  %3</translation>
    </message>
    <message>
        <source>第%1期</source>
        <translation>Class %1</translation>
    </message>
    <message>
        <source>结束日期 %1 早于开始日期 %2</source>
        <translation>The end date %1 is earlier than the start date %2</translation>
    </message>
    <message>
        <source>%1第 %2 行“%3”列：“%4”不是日期，应为 YYYY-MM-DD（如 2026-03-02）或 月.日（如 3.2）</source>
        <translation>%1row %2, column &quot;%3&quot;: &quot;%4&quot; is not a date; it should be YYYY-MM-DD (e.g. 2026-03-02) or month.day (e.g. 3.2)</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>班次第 %1 行“人数”列：“%2”不是人数</source>
        <translation>Classes, row %1, column &quot;Participants&quot;: &quot;%2&quot; is not a number of people</translation>
    </message>
    <message>
        <source>班次第 %1 行：结束日期 %2 早于开始日期 %3</source>
        <translation>Classes, row %1: the end date %2 is earlier than the start date %3</translation>
    </message>
    <message>
        <source>取消项目须附书面说明：请在“取消”页填写不能举办的原因</source>
        <translation>Cancelling a project needs a written explanation: enter why it cannot be held on the &quot;Cancel&quot; page</translation>
    </message>
    <message>
        <source>约 %1</source>
        <translation>c. %1</translation>
    </message>
    <message>
        <source>（预计，依据估算的节假日）</source>
        <translation> (estimated, from estimated holidays)</translation>
    </message>
    <message>
        <source>&#x3000;✔ 已于 %1 报送</source>
        <translation>  ✔ submitted on %1</translation>
    </message>
    <message>
        <source>&#x3000;✘ 于 %1 报送，已逾期</source>
        <translation>  ✘ submitted on %1, late</translation>
    </message>
    <message>
        <source>&#x3000;✘ 已逾期，尚未报送</source>
        <translation>  ✘ overdue, not yet submitted</translation>
    </message>
    <message>
        <source>&#x3000;还剩 %1 个工作日</source>
        <translation>  %1 working days left</translation>
    </message>
    <message>
        <source>&#x3000;今天截止</source>
        <translation>  due today</translation>
    </message>
    <message>
        <source>没有开班日期或计划月份，无法计算截止日期。</source>
        <translation>No start date or planned month; the deadlines cannot be worked out.</translation>
    </message>
    <message>
        <source>开班：%1%2%3</source>
        <translation>Start: %1%2%3</translation>
    </message>
    <message>
        <source>约 </source>
        <translation>c. </translation>
    </message>
    <message>
        <source>（按计划月份的第一天）</source>
        <translation> (the first day of the planned month)</translation>
    </message>
    <message>
        <source>已取消：不再计算方案和责任书的截止日期。</source>
        <translation>Cancelled: the deadlines of the scheme and the agreement are no longer worked out.</translation>
    </message>
    <message>
        <source>详细培训方案（开班前 %1 个工作日）：%2</source>
        <translation>Detailed training scheme (%1 working days before the start): %2</translation>
    </message>
    <message>
        <source>管理责任书（出发前 %1 个工作日）：%2</source>
        <translation>Management responsibility agreement (%1 working days before departure): %2</translation>
    </message>
    <message>
        <source>调整须于 %1 前报批（提前 %2 个月）；已过，如仍需调整，请附书面说明逾期原因</source>
        <translation>Changes must be submitted for approval before %1 (%2 months in advance); that has passed, so a change still needed must come with a written explanation of the delay</translation>
    </message>
    <message>
        <source>调整须于 %1 前报批（提前 %2 个月）</source>
        <translation>Changes must be submitted for approval before %1 (%2 months in advance)</translation>
    </message>
    <message>
        <source>调整申请 %1：应于 %2 前提出%3</source>
        <translation>Change request %1: should be filed before %2%3</translation>
    </message>
    <message>
        <source>，提出晚了</source>
        <translation>, filed late</translation>
    </message>
    <message>
        <source>，按时提出</source>
        <translation>, filed on time</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>未批准</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>待批</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>tp::ProjectKind</name>
    <message>
        <source>%1（人工选择）</source>
        <translation>%1 (chosen by hand)</translation>
    </message>
    <message>
        <source>%1（培训方式：%2）</source>
        <translation>%1 (training mode: %2)</translation>
    </message>
    <message>
        <source>未定：培训方式“%1”兼有%2，请选择培训类型</source>
        <translation>Undecided: the training mode &quot;%1&quot; combines %2; choose the training type</translation>
    </message>
    <message>
        <source>未定：没有填写培训方式，请选择培训类型</source>
        <translation>Undecided: no training mode entered; choose the training type</translation>
    </message>
    <message>
        <source>未定：培训方式“%1”看不出培训类型，请选择培训类型</source>
        <translation>Undecided: the training mode &quot;%1&quot; does not tell the training type; choose the training type</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>“混合”</source>
        <translation>&quot;mixed&quot;</translation>
    </message>
</context>
<context>
    <name>tp::RegistrationService</name>
    <message>
        <source>工号「%1」不在教师名单中（先导入该校的教师名单）</source>
        <translation>Staff number &quot;%1&quot; is not in the teacher list (import that school&apos;s teacher list first)</translation>
    </message>
    <message>
        <source>姓名「%1」与工号「%2」的教师「%3」（%4）不符</source>
        <translation>The name &quot;%1&quot; does not match the teacher &quot;%3&quot; (%4) with staff number &quot;%2&quot;</translation>
    </message>
    <message>
        <source>导入外部学分 %1</source>
        <translation>Import external credits %1</translation>
    </message>
    <message>
        <source>第 %1 行</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>正在读取 %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>正在核对 %1 行的工号和姓名…</source>
        <translation>Checking the staff numbers and names of %1 rows…</translation>
    </message>
    <message>
        <source>正在登记 %1 条学分…</source>
        <translation>Registering %1 credits…</translation>
    </message>
</context>
<context>
    <name>tp::RoleView</name>
    <message>
        <source>这里还没有年度计划。计划由进修学校编制、区教委批复；您以学校管理员登录，不能新建或导入计划，计划批复后即可在“参训名单”中为本校教师报名。</source>
        <translation>There is no annual plan here yet. The plan is drawn up by the teacher training school and approved by the district education bureau; signed in as a school administrator you cannot create or import a plan. Once the plan is approved you can register your school&apos;s teachers in &quot;Roster&quot;.</translation>
    </message>
    <message>
        <source>这里还没有年度计划。您以只读账号登录，只能查看和打印；计划由进修学校编制、区教委批复后显示在这里。</source>
        <translation>There is no annual plan here yet. You are signed in with a read-only account and can only view and print; the plan appears here once the teacher training school has drawn it up and the district education bureau has approved it.</translation>
    </message>
</context>
<context>
    <name>tp::RosterImporter</name>
    <message>
        <source>名单需要「工号」列，或「姓名」与「学校/单位」两列</source>
        <translation>The list needs a &quot;工号&quot; (staff number) column, or the two columns &quot;姓名&quot; (name) and &quot;学校/单位&quot; (school/unit)</translation>
    </message>
    <message>
        <source>班次「%1」应为数字（第几期）</source>
        <translation>The class &quot;%1&quot; should be a number (which cohort)</translation>
    </message>
</context>
<context>
    <name>tp::RosterModel</name>
    <message>
        <source>第 %1 班</source>
        <translation>Class %1</translation>
    </message>
    <message>
        <source>%1（已登记）</source>
        <translation>%1 (recorded)</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>%1 登记</source>
        <translation>%1 recorded</translation>
    </message>
    <message>
        <source>%1 报名</source>
        <translation>%1 registered</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>学科</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>出勤学时</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>学分</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>录取 %1 / 名额 %2，候补 %3</source>
        <translation>Admitted %1 / places %2, waiting list %3</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>名额分配：未分配（各单位只受容量限制）</source>
        <translation>Allotment of places: none (each unit is limited only by the capacity)</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>名额分配（已用/分配）：%1</source>
        <translation>Allotment of places (used/allotted): %1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>tp::RosterPage</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>添加学员</source>
        <translation>Add Participants</translation>
    </message>
    <message>
        <source>报名到 %1</source>
        <translation>Register for %1</translation>
    </message>
    <message>
        <source>已在名单中（未变）：%1</source>
        <translation>Already on the roster (unchanged): %1</translation>
    </message>
    <message>
        <source>导入报名表</source>
        <translation>Import Registration List</translation>
    </message>
    <message>
        <source>报名表有错误，未导入任何人：
%1</source>
        <translation>The registration list has errors; nobody was imported:
%1</translation>
    </message>
    <message>
        <source>已报名 %1 人：录取 %2，候补 %3；已在名单中 %4 人（%5，%6）</source>
        <translation>Registered: %1 — admitted %2, waiting list %3; already on the roster %4 (%5, %6)</translation>
    </message>
    <message>
        <source>退训</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>已退训：%1</source>
        <translation>Withdrawn: %1</translation>
    </message>
    <message>
        <source>
没有候补教师递补。</source>
        <translation>
No teacher on the waiting list to move up.</translation>
    </message>
    <message>
        <source>
候补递补录取：%1</source>
        <translation>
Admitted from the waiting list: %1</translation>
    </message>
    <message>
        <source>未设为%1 %2 人：%3 是候补或已退训（候补由名额决定，有人退训时自动递补）。</source>
        <translation>%2 not set to %1: %3 are on the waiting list or withdrawn (the waiting list follows from the places and moves up automatically when someone withdraws).</translation>
    </message>
    <message>
        <source>所选学员都不能设为%1，未做任何修改。
%2</source>
        <translation>None of the selected participants can be set to %1; nothing was changed.
%2</translation>
    </message>
    <message>
        <source>考勤</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>导入考勤表</source>
        <translation>Import Attendance Sheet</translation>
    </message>
    <message>
        <source>考勤表有错误，未导入任何记录：
%1</source>
        <translation>The attendance sheet has errors; no record was imported:
%1</translation>
    </message>
    <message>
        <source>此项目分 %1 个班，各班日期不同：请先在“班次”中选一个班。</source>
        <translation>This project has %1 classes on different dates: choose a class under &quot;Class&quot; first.</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1—%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>MMM d, yyyy</translation>
    </message>
    <message>
        <source>M月d日</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>（计划表中还没有培训日期：请用“添加一天”添加上课的日子）</source>
        <translation>(The plan table has no training dates yet: use &quot;Add a Day&quot; to add the days of the lessons)</translation>
    </message>
    <message>
        <source>考勤表</source>
        <translation>Attendance Sheet</translation>
    </message>
    <message>
        <source>学分登记</source>
        <translation>Record Credits</translation>
    </message>
    <message>
        <source>没有待登记学分的结业学员。先把学员设为“结业”。</source>
        <translation>No completed participants waiting for credits. Set participants to &quot;Completed&quot; first.</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>名额与学分</source>
        <translation>Places and Credits</translation>
    </message>
    <message>
        <source>已保存名额与学分</source>
        <translation>Saved the places and credits</translation>
    </message>
    <message>
        <source>%1（%2）签到表</source>
        <translation>%1 (%2) sign-in sheet</translation>
    </message>
    <message>
        <source>查找：姓名、拼音、首字母、工号或学校</source>
        <translation>Find: name, pinyin, initials, staff number or school</translation>
    </message>
    <message>
        <source>项目：</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>班次：</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>还没有学员。用“添加学员…”按单位挑选教师，或用“导入报名表…”导入学校报来的名单。</source>
        <translation>No participants yet. Use &quot;Add Participants…&quot; to pick teachers by unit, or &quot;Import Registration List…&quot; to import the lists the schools send.</translation>
    </message>
    <message>
        <source>添加学员…</source>
        <translation>Add Participants…</translation>
    </message>
    <message>
        <source>导入报名表…</source>
        <translation>Import Registration List…</translation>
    </message>
    <message>
        <source>退训…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>报到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>结业</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>缺勤</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>考勤表…</source>
        <translation>Attendance Sheet…</translation>
    </message>
    <message>
        <source>考勤…</source>
        <translation>Attendance…</translation>
    </message>
    <message>
        <source>考勤豁免…</source>
        <translation>Attendance Exemption…</translation>
    </message>
    <message>
        <source>导入考勤表…</source>
        <translation>Import Attendance Sheet…</translation>
    </message>
    <message>
        <source>学分登记…</source>
        <translation>Record Credits…</translation>
    </message>
    <message>
        <source>名额与学分…</source>
        <translation>Places and Credits…</translation>
    </message>
    <message>
        <source>打印签到表…</source>
        <translation>Print Sign-in Sheet…</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>（不分班）</source>
        <translation>(no classes)</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>第 %1 班</source>
        <translation>Class %1</translation>
    </message>
    <message>
        <source>参训名单</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>退训 %1，原因：</source>
        <translation>Withdraw %1, reason:</translation>
    </message>
    <message>
        <source>请只选一位学员；整班的考勤请用“导入考勤表”。</source>
        <translation>Select only one participant; for a whole class&apos;s attendance use &quot;Import Attendance Sheet&quot;.</translation>
    </message>
    <message>
        <source>考勤豁免</source>
        <translation>Attendance Exemption</translation>
    </message>
    <message>
        <source>%1 考勤记录不全也登记学分，原因（必填，记入审计日志）：</source>
        <translation>Record credits for %1 although the attendance records are incomplete; reason (required, recorded in the audit log):</translation>
    </message>
    <message>
        <source>考勤豁免须写明原因</source>
        <translation>An attendance exemption needs a reason</translation>
    </message>
    <message>
        <source>已为 %1 登记考勤豁免：%2</source>
        <translation>Recorded an attendance exemption for %1: %2</translation>
    </message>
    <message>
        <source>全部结业学员</source>
        <translation>all completed participants</translation>
    </message>
    <message>
        <source>%1年%2学分登记</source>
        <translation>%1 %2 credit record</translation>
    </message>
    <message>
        <source>为%1登记学分，说明：</source>
        <translation>Record credits for %1; note:</translation>
    </message>
    <message>
        <source>学分登记需要说明（例如“2021年第一批学分登记”）。</source>
        <translation>A credit record needs a note (e.g. &quot;2021 first credit registration&quot;).</translation>
    </message>
    <message numerus="yes">
        <source>录取 %n 人：%1</source>
        <translation>
            <numerusform>Admitted %n person: %1</numerusform>
            <numerusform>Admitted %n people: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>名额已满，候补 %n 人：%1</source>
        <translation>
            <numerusform>No places left, %n person on the waiting list: %1</numerusform>
            <numerusform>No places left, %n people on the waiting list: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 人设为%1</source>
        <translation>
            <numerusform>%n person set to %1</numerusform>
            <numerusform>%n people set to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已保存 %n 场考勤，出勤 %1 学时</source>
        <translation>
            <numerusform>Saved attendance for %n session, %1 hours attended</numerusform>
            <numerusform>Saved attendance for %n sessions, %1 hours attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已导入 %n 条考勤（%1 人）</source>
        <translation>
            <numerusform>Imported %n attendance record (%1 people)</numerusform>
            <numerusform>Imported %n attendance records (%1 people)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已保存 %n 人的考勤，共 %1 条</source>
        <translation>
            <numerusform>Saved the attendance of %n person, %1 records</numerusform>
            <numerusform>Saved the attendance of %n people, %1 records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已登记 %n 人的学分（学分规则：%1）</source>
        <translation>
            <numerusform>Recorded credits for %n person (credit rules: %1)</numerusform>
            <numerusform>Recorded credits for %n people (credit rules: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
未登记 %n 人：
%1</source>
        <translation>
            <numerusform>
Not recorded for %n person:
%1</numerusform>
            <numerusform>
Not recorded for %n people:
%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>所选 %n 人</source>
        <translation>
            <numerusform>the %n selected person</numerusform>
            <numerusform>the %n selected people</numerusform>
        </translation>
    </message>
    <message>
        <source>正在导入报名表…</source>
        <translation>Importing the enrolment list…</translation>
    </message>
</context>
<context>
    <name>tp::RuleSet</name>
    <message>
        <source>梁平 2021（默认）</source>
        <translation>Liangping 2021 (default)</translation>
    </message>
    <message>
        <source>重庆市梁平区教育委员会《2021年教师教育工作要点》（2021年5月12日印发）</source>
        <translation>Liangping District Education Commission, Chongqing: &quot;Key Points of Teacher Education Work 2021&quot; (issued 2021-05-12)</translation>
    </message>
</context>
<context>
    <name>tp::RuleSetRepository</name>
    <message>
        <source>学分规则集 %1 的内容无法读取：%2</source>
        <translation>The content of credit rule set %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>学分规则集 %1：%2</source>
        <translation>Credit rule set %1: %2</translation>
    </message>
    <message>
        <source>没有名为「%1」的学分规则</source>
        <translation>There are no credit rules named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>学分规则集「%1」有问题，未保存：
%2</source>
        <translation>Credit rule set &quot;%1&quot; has problems; not saved:
%2</translation>
    </message>
    <message>
        <source>%1（%2）%3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>没有编号为 %1 的学分规则集</source>
        <translation>There is no credit rule set with number %1</translation>
    </message>
    <message>
        <source>登记学分时所用的规则集</source>
        <translation>The rule set used when the credits were recorded</translation>
    </message>
</context>
<context>
    <name>tp::ScheduleRepository</name>
    <message>
        <source>项目（编号 %1）不存在</source>
        <translation>The project (number %1) does not exist</translation>
    </message>
    <message>
        <source>结束日期 %1 早于开始日期 %2</source>
        <translation>The end date %1 is earlier than the start date %2</translation>
    </message>
    <message>
        <source>第 %1 个班次的结束日期 %2 早于开始日期 %3</source>
        <translation>The end date %2 of class %1 is earlier than its start date %3</translation>
    </message>
    <message>
        <source>第 %1 个班次的人数不能为负数（%2）</source>
        <translation>The number of participants of class %1 cannot be negative (%2)</translation>
    </message>
</context>
<context>
    <name>tp::ServerAdmin</name>
    <message>
        <source>复制表 %1 的第 %2 行时出错：%3</source>
        <translation>Error copying row %2 of table %1: %3</translation>
    </message>
    <message>
        <source>无法读取表 %1：%2</source>
        <translation>Cannot read table %1: %2</translation>
    </message>
    <message>
        <source>无法写入表 %1：%2</source>
        <translation>Cannot write table %1: %2</translation>
    </message>
    <message>
        <source>表之间的引用成环（%1），无法确定复制顺序</source>
        <translation>The tables refer to each other in a cycle (%1); the order of copying cannot be decided</translation>
    </message>
    <message>
        <source>用户只能添加到服务器上的数据库（--db postgresql://…）</source>
        <translation>Users can only be added to a database on a server (--db postgresql://…)</translation>
    </message>
    <message>
        <source>登录名「%1」无效：只能由文字、数字、下划线、点和连字符组成，最长 63 个字符</source>
        <translation>The login &quot;%1&quot; is not valid: it may contain only letters, digits, underscores, dots and hyphens, at most 63 characters</translation>
    </message>
    <message>
        <source>学校管理员必须指定所在单位（--unit 单位名称）</source>
        <translation>A school administrator must be given a unit (--unit UNIT NAME)</translation>
    </message>
    <message>
        <source>添加服务器用户 %1</source>
        <translation>Add server user %1</translation>
    </message>
    <message>
        <source>单位「%1」不存在；请先导入它的教师名单或计划</source>
        <translation>The unit &quot;%1&quot; does not exist; import its teacher list or plan first</translation>
    </message>
    <message>
        <source>登录名「%1」已经存在（角色 %2）</source>
        <translation>The login &quot;%1&quot; already exists (role %2)</translation>
    </message>
    <message>
        <source>无法读取服务器的登录名</source>
        <translation>Cannot read the server&apos;s logins</translation>
    </message>
    <message>
        <source>无法创建登录名 %1</source>
        <translation>Cannot create the login %1</translation>
    </message>
    <message>
        <source>无法创建登录名 %1（需要数据库所有者或有 CREATEROLE 权限的登录）：%2</source>
        <translation>Cannot create the login %1 (it needs the database owner or a login with the CREATEROLE privilege): %2</translation>
    </message>
    <message>
        <source>无法授予角色</source>
        <translation>Cannot grant the role</translation>
    </message>
    <message>
        <source>%1 的结构版本（%2）与 %3 的（%4）不同；请先用本程序打开它以升级</source>
        <translation>The schema version of %1 (%2) differs from that of %3 (%4); open it with this program first to upgrade it</translation>
    </message>
    <message>
        <source>%1 没有表 %2</source>
        <translation>%1 has no table %2</translation>
    </message>
    <message>
        <source>从 %1 复制</source>
        <translation>Copy from %1</translation>
    </message>
    <message>
        <source>%1 不是空的（表 %2 有 %3 行）；只能复制到一个新建的数据库</source>
        <translation>%1 is not empty (table %2 has %3 rows); copies go only into a new database</translation>
    </message>
</context>
<context>
    <name>tp::ServerConnectionDialog</name>
    <message>
        <source>连接区县服务器</source>
        <translation>Connect to the District Server</translation>
    </message>
    <message>
        <source>用区县管理员分配给您的登录名连接服务器上的数据库。密码每次询问，TrainPlan 不保存密码。</source>
        <translation>Connect to the database on the server with the login the district administrator gave you. The password is asked every time; TrainPlan does not store it.</translation>
    </message>
    <message>
        <source>例如 192.168.1.10 或 jxx.example.cn</source>
        <translation>e.g. 192.168.1.10 or jxx.example.cn</translation>
    </message>
    <message>
        <source>例如 liangping</source>
        <translation>e.g. liangping</translation>
    </message>
    <message>
        <source>服务器(&amp;S)：</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>端口(&amp;P)：</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>数据库(&amp;D)：</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>登录名(&amp;L)：</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>密码(&amp;W)：</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>连接</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>角色未知</source>
        <translation>Role unknown</translation>
    </message>
    <message>
        <source>数据库管理员</source>
        <translation>Database administrator</translation>
    </message>
    <message>
        <source>已登录：%1（%2）</source>
        <translation>Logged in: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>tp::ServerTrailView</name>
    <message>
        <source>新增</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>登录名：</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>服务器自己记录的每一处改动（不论用 TrainPlan 还是其他程序所改），登录名是改动时连接服务器所用的账号。</source>
        <translation>Every change the server recorded itself (whether made with TrainPlan or another program); the login is the account the change was made with.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>登录名</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>表</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>服务器审计轨迹</source>
        <translation>Server trail</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>tp::SettingsDialog</name>
    <message>
        <source>所有区县</source>
        <translation>All districts</translation>
    </message>
    <message>
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <source>调休上班</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>每天自动备份（启动后进行，每天一份）</source>
        <translation>Back up automatically every day (after start, one per day)</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>自动备份保存在数据库文件旁的“…-backups”文件夹中；超过保留天数的每日备份会删除，升级、替换计划和恢复之前的备份不会删除。随时可以用“文件 → 备份…”另存一份。</source>
        <translation>Automatic backups are kept in the &quot;…-backups&quot; folder beside the database file; daily backups older than the days to keep are deleted, but backups made before an upgrade, a plan replacement or a restore are not. &quot;File → Back Up…&quot; saves an extra copy at any time.</translation>
    </message>
    <message>
        <source>每日备份保留：</source>
        <translation>Keep daily backups for:</translation>
    </message>
    <message>
        <source>数据备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>已有官方安排</source>
        <translation>Official schedule available</translation>
    </message>
    <message>
        <source>尚无官方安排：节假日为估算（预计），据此计算的截止日期标为“预计”</source>
        <translation>No official schedule yet: the holidays are estimated, and the deadlines worked out from them are marked &quot;estimated&quot;</translation>
    </message>
    <message>
        <source>%1（预计）</source>
        <translation>%1 (estimated)</translation>
    </message>
    <message>
        <source>请填写这一天的名称（如 春节、国庆节）</source>
        <translation>Enter the name of this day (e.g. 春节, 国庆节)</translation>
    </message>
    <message>
        <source>%1 来自%2安排，不能单独删除；可以把这一天改为另一种安排，或导入/删除整年的官方安排</source>
        <translation>%1 comes from the %2 schedule and cannot be deleted on its own; you can change the day to the other arrangement, or import/delete the whole year&apos;s official schedule</translation>
    </message>
    <message>
        <source>无法打开 %1：%2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>已导入 %1 年的安排（%2 天）</source>
        <translation>Imported the schedule of %1 (%2 days)</translation>
    </message>
    <message>
        <source>导入节假日安排</source>
        <translation>Import Holiday Schedule</translation>
    </message>
    <message>
        <source>导入失败，未作任何修改</source>
        <translation>The import failed; nothing was changed</translation>
    </message>
    <message>
        <source>跟随系统（%1）</source>
        <translation>Follow the system (%1)</translation>
    </message>
    <message>
        <source>重新启动 TrainPlan 后生效。命令行的 --lang 优先于这里的选择。</source>
        <translation>Takes effect when TrainPlan is started again. The command line&apos;s --lang takes precedence over this choice.</translation>
    </message>
    <message>
        <source>界面语言：</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>界面</source>
        <translation>Interface</translation>
    </message>
</context>
<context>
    <name>tp::SignInSheet</name>
    <message>
        <source>上午</source>
        <translation>a.m.</translation>
    </message>
    <message>
        <source>下午</source>
        <translation>p.m.</translation>
    </message>
    <message>
        <source>第%1场</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>M月d日</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>d日</source>
        <translation>d</translation>
    </message>
    <message>
        <source>M/d</source>
        <translation>M/d</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>yyyy年M月d日</source>
        <translation>MMM d, yyyy</translation>
    </message>
    <message>
        <source>%1签到</source>
        <translation>%1 sign-in</translation>
    </message>
    <message>
        <source>%1签到表</source>
        <translation>%1 Sign-in Sheet</translation>
    </message>
    <message>
        <source>培训项目：%1</source>
        <translation>Training project: %1</translation>
    </message>
    <message>
        <source>培训时间：%1</source>
        <translation>Training time: %1</translation>
    </message>
    <message>
        <source>培训地点：%1</source>
        <translation>Training place: %1</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>学科</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>没有可输出的设备</source>
        <translation>No device to print to</translation>
    </message>
    <message>
        <source>无法开始输出：打印机或文件不可用</source>
        <translation>Cannot start printing: the printer or file is not available</translation>
    </message>
    <message>
        <source>无法开始第 %1 页</source>
        <translation>Cannot start page %1</translation>
    </message>
    <message>
        <source>输出未能完成</source>
        <translation>Printing could not be finished</translation>
    </message>
</context>
<context>
    <name>tp::TableRules</name>
    <message>
        <source>【已取消】</source>
        <translation>[Cancelled]</translation>
    </message>
    <message>
        <source>序号应为 %1，表中为 %2</source>
        <translation>The number should be %1; the table has %2</translation>
    </message>
    <message>
        <source>按表中顺序重新编号</source>
        <translation>Renumber in the table&apos;s order</translation>
    </message>
    <message>
        <source>培训项目名称为空</source>
        <translation>The training project&apos;s name is empty</translation>
    </message>
    <message>
        <source>填写项目名称</source>
        <translation>Enter the project&apos;s name</translation>
    </message>
    <message>
        <source>培训天数「%1」无法识别：%2</source>
        <translation>Training days &quot;%1&quot; not recognized: %2</translation>
    </message>
    <message>
        <source>填写天数（如 3 或 2天）或学时（如 50学时）</source>
        <translation>Enter days (e.g. 3 or 2天) or hours (e.g. 50学时)</translation>
    </message>
    <message>
        <source>未填培训天数，不计入合计</source>
        <translation>No training days entered; not counted in the totals</translation>
    </message>
    <message>
        <source>参培人数「%1」无法识别：%2</source>
        <translation>Participants &quot;%1&quot; not recognized: %2</translation>
    </message>
    <message>
        <source>填写人数（如 300 或 约120人）或“全员”</source>
        <translation>Enter a number of people (e.g. 300 or 约120人) or 全员 (all staff)</translation>
    </message>
    <message>
        <source>拟培训时间「%1」无法识别：%2</source>
        <translation>Planned time &quot;%1&quot; not recognized: %2</translation>
    </message>
    <message>
        <source>填写月份（如 4月、4-5月）或“全年”</source>
        <translation>Enter months (e.g. 4月, 4-5月) or 全年 (whole year)</translation>
    </message>
    <message>
        <source>主办单位「%1」不在单位名录中</source>
        <translation>The organizing unit &quot;%1&quot; is not in the unit directory</translation>
    </message>
    <message>
        <source>改正名称，或在单位名录中添加该单位</source>
        <translation>Correct the name, or add the unit to the unit directory</translation>
    </message>
    <message>
        <source>各项目都没有填培训天数/学时，合计不含天数</source>
        <translation>No project has training days/hours entered; the totals have no days</translation>
    </message>
    <message>
        <source>合计行的培训天数「%1」无法识别</source>
        <translation>The training days &quot;%1&quot; of the total row are not recognized</translation>
    </message>
    <message>
        <source>按各行相加改为 %1</source>
        <translation>Change it to %1, the sum of the rows</translation>
    </message>
    <message>
        <source>合计行写 %1 天，各行相加为 %2 天，相差 %3 天</source>
        <translation>The total row says %1 days, the rows add up to %2 days, a difference of %3 days</translation>
    </message>
    <message>
        <source>核对各行天数，或将合计改为 %1 天</source>
        <translation>Check the days of each row, or change the total to %1 days</translation>
    </message>
    <message>
        <source>合计行 %1 天与各行相加一致</source>
        <translation>The total row&apos;s %1 days agree with the sum of the rows</translation>
    </message>
    <message>
        <source>另有 %1 学时（%2 行按学时计）未计入合计行</source>
        <translation>Another %1 hours (%2 rows counted in hours) are not in the total row</translation>
    </message>
    <message>
        <source>在合计中单列学时，如 %1</source>
        <translation>List the hours separately in the total, e.g. %1</translation>
    </message>
    <message>
        <source>合计行写 %1 学时，各行相加为 %2 学时</source>
        <translation>The total row says %1 hours, the rows add up to %2 hours</translation>
    </message>
    <message>
        <source>核对各行学时，或将合计改为 %1 学时</source>
        <translation>Check the hours of each row, or change the total to %1 hours</translation>
    </message>
    <message>
        <source>合计行的参培人数「%1」无法识别</source>
        <translation>The participants &quot;%1&quot; of the total row are not recognized</translation>
    </message>
    <message>
        <source>合计行写 %1 人，各行相加为 %2 人，相差 %3 人</source>
        <translation>The total row says %1 people, the rows add up to %2 people, a difference of %3</translation>
    </message>
    <message>
        <source>核对各行人数，或将合计改为 %1 人</source>
        <translation>Check the number of people in each row, or change the total to %1 people</translation>
    </message>
    <message>
        <source>合计行 %1 人与各行相加一致</source>
        <translation>The total row&apos;s %1 people agree with the sum of the rows</translation>
    </message>
    <message>
        <source>合计行写全员 %1 行，各行中参培人数为“全员”的有 %2 行</source>
        <translation>The total row says %1 rows of all staff; %2 rows have &quot;all staff&quot; as participants</translation>
    </message>
    <message>
        <source>将合计改为 %1</source>
        <translation>Change the total to %1</translation>
    </message>
    <message>
        <source>%1 行参培人数为“全员”，未计入人数合计</source>
        <translation>%1 rows have &quot;all staff&quot; as participants and are not in the total number of people</translation>
    </message>
</context>
<context>
    <name>tp::TeacherHistoryDialog</name>
    <message>
        <source>%1–%2 周期学分要求（%3，截至 %4）</source>
        <translation>Credit requirements of the cycle %1–%2 (%3, as of %4)</translation>
    </message>
    <message>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>已得</source>
        <translation>Earned</translation>
    </message>
    <message>
        <source>最低要求</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>参训记录</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <source>培训项目</source>
        <translation>Training project</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>实到学时</source>
        <translation>Hours attended</translation>
    </message>
    <message>
        <source>登记学分</source>
        <translation>Credits recorded</translation>
    </message>
    <message>
        <source>学分登记记录（按时间先后）</source>
        <translation>Credit records (in order of time)</translation>
    </message>
    <message>
        <source>登记日期</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <source>登记人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>学分</source>
        <translation>credits</translation>
    </message>
    <message>
        <source>学时</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>学分规则</source>
        <translation>Credit Rules</translation>
    </message>
    <message>
        <source>计算依据</source>
        <translation>Basis of calculation</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>撤销登记…</source>
        <translation>Withdraw Record…</translation>
    </message>
    <message>
        <source>撤销所选的学分登记（需说明原因；原记录保留）</source>
        <translation>Withdraw the selected credit record (a reason is needed; the original record is kept)</translation>
    </message>
    <message>
        <source>录入外部学分…</source>
        <translation>Enter External Credits…</translation>
    </message>
    <message>
        <source>录入国培、省培、市培或省平台等外部学分</source>
        <translation>Enter external credits from national, provincial or municipal training or a provincial platform</translation>
    </message>
    <message>
        <source>教师学分档案 — %1</source>
        <translation>Teacher&apos;s Credit File — %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:large&apos;&gt;%1&lt;/b&gt;&#x3000;工号 %2&#x3000;%3&#x3000;%4&#x3000;%5&#x3000;入职 %6</source>
        <translation>&lt;b style=&apos;font-size:large&apos;&gt;%1&lt;/b&gt;  Staff no. %2 · %3 · %4 · %5 · joined %6</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>总体：&lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</source>
        <translation>Overall: &lt;b style=&apos;color:%1&apos;&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 年</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1–%2 年</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1，还差 %2 %3</source>
        <translation>%1, %2 %3 short</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>参训 %1</source>
        <translation>Enrolled %1</translation>
    </message>
    <message>
        <source>外部学分</source>
        <translation>External credits</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>撤销第 %1 行的登记</source>
        <translation>Withdraw the record in row %1</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>（未记录）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>课程类别：%1</source>
        <translation>Course category: %1</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>撤销学分登记</source>
        <translation>Withdraw Credit Record</translation>
    </message>
    <message>
        <source>撤销 %1 年 %2 %3 学分（%4）。原记录保留，另记一条撤销。
请说明原因：</source>
        <translation>Withdraw %1 %2 %3 credits (%4). The original record is kept and a withdrawal is recorded.
Please give the reason:</translation>
    </message>
    <message>
        <source>撤销登记</source>
        <translation>Withdraw Record</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>撤销学分登记需要说明原因。</source>
        <translation>Withdrawing a credit record needs a reason.</translation>
    </message>
    <message>
        <source>录入外部学分 — %1</source>
        <translation>Enter External Credits — %1</translation>
    </message>
    <message>
        <source>培训名称，如 国培计划——乡村教师能力提升</source>
        <translation>Training name, e.g. 国培计划——乡村教师能力提升 (National Training Programme: rural teachers&apos; capacity building)</translation>
    </message>
    <message>
        <source>国培</source>
        <translation>National programme</translation>
    </message>
    <message>
        <source>省培</source>
        <translation>Provincial programme</translation>
    </message>
    <message>
        <source>市培</source>
        <translation>Municipal programme</translation>
    </message>
    <message>
        <source>省平台</source>
        <translation>Provincial platform</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>如 凭结业证书录入</source>
        <translation>e.g. entered from the completion certificate</translation>
    </message>
    <message>
        <source>年度：</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>来源：</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>级别：</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>类型：</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>学分：</source>
        <translation>Credits:</translation>
    </message>
    <message>
        <source>学时：</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <source>培训名称：</source>
        <translation>Training name:</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>录入</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>录入外部学分</source>
        <translation>Enter external credits</translation>
    </message>
    <message>
        <source>修改资料…</source>
        <translation>Edit Facts…</translation>
    </message>
    <message>
        <source>修改姓名、学校、学段、学科或参加工作时间（调动、改教学科）；工号不变，修改留有记录</source>
        <translation>Change the name, school, stage, subject or hire date (a transfer, another subject); the staff number stays; the change is logged</translation>
    </message>
    <message>
        <source>修改教师资料 — %1（工号 %2）</source>
        <translation>Edit Teacher — %1 (staff number %2)</translation>
    </message>
    <message>
        <source>已知</source>
        <translation>known</translation>
    </message>
    <message>
        <source>工号 %1 不变：学分登记、参训记录和各校报来的文件都以工号认人。修改记入审计日志（原值与新值、经办人）。</source>
        <translation>Staff number %1 stays: credit registrations, enrolments and the schools&apos; files all know a teacher by it. The change is logged in the audit log (old and new values, the person).</translation>
    </message>
    <message>
        <source>姓名：</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>学校：</source>
        <translation>School:</translation>
    </message>
    <message>
        <source>学段：</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>学科：</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>参加工作时间：</source>
        <translation>Hire date:</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>修改教师资料</source>
        <translation>Edit Teacher</translation>
    </message>
</context>
<context>
    <name>tp::TeacherListImporter</name>
    <message>
        <source>缺少工号</source>
        <translation>Staff number missing</translation>
    </message>
    <message>
        <source>工号「%1」已被 Excel 转成数字，前导零和末尾数字可能已丢失；请把该列设为文本后重新导出</source>
        <translation>Excel has turned the staff number &quot;%1&quot; into a number, so leading zeros and trailing digits may be lost; set the column to text and export again</translation>
    </message>
    <message>
        <source>缺少姓名</source>
        <translation>Name missing</translation>
    </message>
    <message>
        <source>缺少学校/单位（可用 --unit 指定整个文件的单位）</source>
        <translation>School/unit missing (--unit can give the unit for the whole file)</translation>
    </message>
    <message>
        <source>入职时间「%1」不是日期（例如 2010-09-01 或 2010年9月）</source>
        <translation>The hire date &quot;%1&quot; is not a date (e.g. 2010-09-01 or 2010年9月)</translation>
    </message>
    <message>
        <source>入职时间「%1」：%2</source>
        <translation>Hire date &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>工号「%1」重复：第 %2 行已有此工号，不会合并</source>
        <translation>Staff number &quot;%1&quot; appears twice: row %2 already has it; not merged</translation>
    </message>
    <message>
        <source>表头下没有教师</source>
        <translation>There are no teachers below the header</translation>
    </message>
</context>
<context>
    <name>tp::TeacherListModel</name>
    <message>
        <source>%1，还差 %2 %3</source>
        <translation>%1, %2 %3 short</translation>
    </message>
    <message>
        <source>%1：已得 %2，需 %3 %4（%5）</source>
        <translation>%1: earned %2, needs %3 %4 (%5)</translation>
    </message>
    <message>
        <source>%1（%2 年）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1：%2/%3 %4，%5</source>
        <translation>%1: %2/%3 %4, %5</translation>
    </message>
    <message>
        <source>%1：本周期（%2–%3 年）至少 %4 %5</source>
        <translation>%1: at least %4 %5 in this cycle (%2–%3)</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>学科</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>%1
（需 %2 %3）</source>
        <translation>%1
(needs %2 %3)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>tp::TeacherListPage</name>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>培训周期：</source>
        <translation>Training cycle:</translation>
    </message>
    <message>
        <source>查找：姓名、拼音、首字母（如 zhw 找张伟）或工号开头</source>
        <translation>Find: name, pinyin, initials (e.g. zhw for Zhang Wei) or the start of the staff number</translation>
    </message>
    <message>
        <source>仅显示未达标</source>
        <translation>Only those not meeting requirements</translation>
    </message>
    <message>
        <source>只列出尚未达到某项最低要求的教师（含进度正常但还差学分的）</source>
        <translation>List only the teachers who have not yet met a minimum requirement (including those on track but still short of credits)</translation>
    </message>
    <message>
        <source>导入教师名单…</source>
        <translation>Import Teacher List…</translation>
    </message>
    <message>
        <source>从学校报来的 CSV 名单导入教师（工号重复或有错误时一个也不导入）</source>
        <translation>Import teachers from a CSV list sent by a school (nothing is imported when staff numbers repeat or there are errors)</translation>
    </message>
    <message>
        <source>打印学分统计表…</source>
        <translation>Print Credit Report…</translation>
    </message>
    <message>
        <source>所选单位（或全部单位）教师本周期的学分与状态，按公文表格打印或导出 PDF</source>
        <translation>This cycle&apos;s credits and status of the teachers of the selected unit (or of all units), printed as an official table or exported as PDF</translation>
    </message>
    <message>
        <source>导入外部学分…</source>
        <translation>Import External Credits…</translation>
    </message>
    <message>
        <source>导入国培、市培、省平台等外部学分（CSV：工号、姓名、年度、级别、形式、学分、学时、培训名称、来源）</source>
        <translation>Import external credits from national, municipal or provincial-platform training (CSV: staff number, name, year, level, form, credits, hours, training name, source)</translation>
    </message>
    <message>
        <source>双击教师查看学分档案</source>
        <translation>Double-click a teacher to see the credit file</translation>
    </message>
    <message>
        <source>导入外部学分</source>
        <translation>Import External Credits</translation>
    </message>
    <message>
        <source>读取失败：%1</source>
        <translation>Could not read: %1</translation>
    </message>
    <message>
        <source>教师与学分</source>
        <translation>Teachers and Credits</translation>
    </message>
    <message>
        <source>学分规则：%1</source>
        <translation>Credit rules: %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>没有打开的数据库</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <source>共 %1 名教师：已达标 %2，进度正常 %3，有风险 %4，未达标 %5</source>
        <translation>Teachers: %1 — met %2, on track %3, at risk %4, not met %5</translation>
    </message>
    <message>
        <source>%1没有教师</source>
        <translation>%1 has no teachers</translation>
    </message>
    <message>
        <source>学分规则没有周期要求</source>
        <translation>The credit rules have no cycle requirement</translation>
    </message>
    <message>
        <source>导入教师名单</source>
        <translation>Import Teacher List</translation>
    </message>
    <message>
        <source>没有打开数据库</source>
        <translation>No database is open</translation>
    </message>
    <message>
        <source>无法导入 %1：%2</source>
        <translation>Cannot import %1: %2</translation>
    </message>
    <message>
        <source>教师名单有错误，未导入</source>
        <translation>The teacher list has errors; not imported</translation>
    </message>
    <message>
        <source>%1 中有 %2 处问题，没有导入任何教师。请学校改正后重新导入（工号重复不会自动合并）：</source>
        <translation>%1 has %2 problems; no teacher was imported. Ask the school to correct them and import again (repeated staff numbers are not merged automatically):</translation>
    </message>
    <message>
        <source>外部学分有错误，未导入</source>
        <translation>The external credits have errors; not imported</translation>
    </message>
    <message>
        <source>%1 中有 %2 处问题，没有登记任何学分。改正后重新导入：</source>
        <translation>%1 has %2 problems; no credits were recorded. Correct them and import again:</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>第 %1 列</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>第 %1 列（%2）</source>
        <translation>Column %1 (%2)</translation>
    </message>
    <message>
        <source>第 %1 行</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>共 %n 名教师，正在统计学分状态…</source>
        <translation>
            <numerusform>%n teacher; working out the credit status…</numerusform>
            <numerusform>%n teachers; working out their credit status…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>（列表中 %n 名）</source>
        <translation>
            <numerusform> (%n in the list)</numerusform>
            <numerusform> (%n in the list)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已从 %1 导入 %n 名教师。</source>
        <translation>
            <numerusform>Imported %n teacher from %1.</numerusform>
            <numerusform>Imported %n teachers from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已从 %1 登记 %n 条外部学分。</source>
        <translation>
            <numerusform>Recorded %n external credit record from %1.</numerusform>
            <numerusform>Recorded %n external credit records from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>正在导入教师名单…</source>
        <translation>Importing the teacher list…</translation>
    </message>
    <message>
        <source>正在导入外部学分…</source>
        <translation>Importing external credits…</translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 名教师已登记且与名单一致，未重复导入。</source>
        <translation>
            <numerusform>%n more teacher is already registered as the list gives them and was not imported again.</numerusform>
            <numerusform>%n more teachers are already registered as the list gives them and were not imported again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tp::TeacherPickerDialog</name>
    <message>
        <source>添加学员</source>
        <translation>Add Participants</translation>
    </message>
    <message>
        <source>全部单位</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>姓名、拼音、首字母或工号，例如 zhw</source>
        <translation>Name, pinyin, initials or staff number, e.g. zhw</translation>
    </message>
    <message>
        <source>单位：</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>报名</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1（已报名）</source>
        <translation>%1 (registered)</translation>
    </message>
    <message>
        <source>还没有教师名单。先在“教师与学分”页用“导入教师名单…”导入学校的教师名单。</source>
        <translation>No teacher list yet. First import the schools&apos; teacher lists with &quot;Import Teacher List…&quot; on the &quot;Teachers and Credits&quot; page.</translation>
    </message>
    <message>
        <source>显示 %1 人，已选 %2 人（其中 %3 人不在当前列表中）</source>
        <translation>Showing %1, %2 selected (%3 of them not in the current list)</translation>
    </message>
    <message>
        <source>显示 %1 人，已选 %2 人</source>
        <translation>Showing %1, %2 selected</translation>
    </message>
</context>
<context>
    <name>tp::TeacherRepository</name>
    <message>
        <source>工号「%1」已存在，不会合并两位教师</source>
        <translation>Staff number &quot;%1&quot; already exists; the two teachers are not merged</translation>
    </message>
    <message>
        <source>没有编号为 %1 的教师</source>
        <translation>There is no teacher with number %1</translation>
    </message>
    <message>
        <source>教师 %1（%2）有 %3 条参训记录、%4 条学分登记，不能删除</source>
        <translation>Teacher %1 (%2) has %3 enrolments and %4 credit records and cannot be deleted</translation>
    </message>
    <message>
        <source>教师「%1」没有工号</source>
        <translation>Teacher &quot;%1&quot; has no staff number</translation>
    </message>
    <message>
        <source>工号「%1」的教师没有姓名</source>
        <translation>The teacher with staff number &quot;%1&quot; has no name</translation>
    </message>
    <message>
        <source>工号「%1」的教师没有单位</source>
        <translation>The teacher with staff number &quot;%1&quot; has no unit</translation>
    </message>
    <message>
        <source>导入教师 %1</source>
        <translation>Import teachers %1</translation>
    </message>
    <message>
        <source>%1（%2 人）</source>
        <translation>%1 (%2 people)</translation>
    </message>
</context>
<context>
    <name>tp::TeacherService</name>
    <message>
        <source>工号</source>
        <translation>Staff no.</translation>
    </message>
    <message>
        <source>正在读取 %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>正在检查 %1 名教师的工号…</source>
        <translation>Checking the staff numbers of %1 teachers…</translation>
    </message>
    <message>
        <source>正在保存 %1 名教师…</source>
        <translation>Saving %1 teachers…</translation>
    </message>
    <message>
        <source>%1：已登记「%2」，文件为「%3」</source>
        <translation>%1: registered &quot;%2&quot;, the file says &quot;%3&quot;</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>学段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>学科</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>参加工作时间</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <source>工号「%1」已属于 %2（%3），与文件不同（%4）：导入不改写已登记的教师，也不合并两位教师</source>
        <translation>Staff number &quot;%1&quot; belongs to %2 (%3) and differs from the file (%4): an import does not rewrite a registered teacher nor merge two teachers</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>工号「%1」的教师：姓名不能为空</source>
        <translation>Teacher with staff number &quot;%1&quot;: the name cannot be empty</translation>
    </message>
    <message>
        <source>工号「%1」的教师：学校不能为空</source>
        <translation>Teacher with staff number &quot;%1&quot;: the school cannot be empty</translation>
    </message>
    <message>
        <source>单位名录中没有「%1」：先在单位名录中添加该单位，或写它已有的名称</source>
        <translation>&quot;%1&quot; is not in the unit directory: add the unit there first, or write a name it already has</translation>
    </message>
    <message>
        <source>工号「%1」的教师资料没有变化</source>
        <translation>Nothing changed for the teacher with staff number &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>tp::TextDecoder</name>
    <message>
        <source>不支持的编码「%1」</source>
        <translation>Unsupported encoding &quot;%1&quot;</translation>
    </message>
    <message>
        <source>无法设置编码转换「%1」</source>
        <translation>Cannot set up the encoding conversion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>文件不是有效的 %1 文本：第 %2 字节（第 %3 行）起的字节无法解码。请在 Excel/WPS 中另存为“CSV UTF-8”后再导入</source>
        <translation>The file is not valid %1 text: the bytes from byte %2 (line %3) on cannot be decoded. Save it as &quot;CSV UTF-8&quot; in Excel/WPS, then import</translation>
    </message>
    <message>
        <source>文件以 UTF-8 标记（BOM）开头，但第 %1 字节（第 %2 行）起不是有效的 UTF-8</source>
        <translation>The file starts with a UTF-8 mark (BOM), but from byte %1 (line %2) on it is not valid UTF-8</translation>
    </message>
    <message>
        <source>无法识别文件编码：第 %1 字节（第 %2 行）起既不是有效的 UTF-8，也不是 GB18030/GBK（%3）。请在 Excel/WPS 中另存为“CSV UTF-8”后再导入</source>
        <translation>The file&apos;s encoding cannot be recognized: from byte %1 (line %2) on it is neither valid UTF-8 nor GB18030/GBK (%3). Save it as &quot;CSV UTF-8&quot; in Excel/WPS, then import</translation>
    </message>
    <message>
        <source>无法打开文件 %1：%2</source>
        <translation>Cannot open the file %1: %2</translation>
    </message>
    <message>
        <source>文件 %1 有 %2 MB，超过导入文件的上限 %3 MB</source>
        <translation>The file %1 is %2 MB, more than the %3 MB limit for imported files</translation>
    </message>
    <message>
        <source>无法读取文件 %1：%2</source>
        <translation>Cannot read the file %1: %2</translation>
    </message>
</context>
<context>
    <name>tp::Unit</name>
    <message>
        <source>教育行政部门</source>
        <translation>Education authority</translation>
    </message>
    <message>
        <source>教师进修学校</source>
        <translation>Teachers&apos; further education school</translation>
    </message>
    <message>
        <source>社区学院</source>
        <translation>Community college</translation>
    </message>
    <message>
        <source>幼儿园</source>
        <translation>Kindergarten</translation>
    </message>
    <message>
        <source>小学</source>
        <translation>Primary school</translation>
    </message>
    <message>
        <source>中学</source>
        <translation>Secondary school</translation>
    </message>
    <message>
        <source>学校</source>
        <translation>School</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>tp::UnitDirectoryService</name>
    <message>
        <source>整理单位名录</source>
        <translation>Sort Out the Unit Directory</translation>
    </message>
    <message>
        <source>「%1」要对应到哪个单位？请选择单位名录中的单位</source>
        <translation>Which unit is &quot;%1&quot;? Choose a unit of the unit directory</translation>
    </message>
    <message>
        <source>%1—%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>第 %1 项</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>第 %1 … 等 %2 项</source>
        <translation>No. %1 … (%2 in all)</translation>
    </message>
</context>
<context>
    <name>tp::UnitEditorDialog</name>
    <message>
        <source>单位名录</source>
        <translation>Unit Directory</translation>
    </message>
    <message>
        <source>计划表中的主办单位须在单位名录中。新输入或导入的单位不会自动加入名录，标为“未收录”：请加入名录，或设为某单位的别名，或合并到某单位。</source>
        <translation>The organizing units in the plan table must be in the unit directory. Units typed in or imported are not added to the directory automatically and are marked &quot;not listed&quot;: add them to the directory, make them an alias of a unit, or merge them into a unit.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>别名</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>名录</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>添加单位…</source>
        <translation>Add Unit…</translation>
    </message>
    <message>
        <source>加入名录</source>
        <translation>Add to Directory</translation>
    </message>
    <message>
        <source>添加别名…</source>
        <translation>Add Alias…</translation>
    </message>
    <message>
        <source>合并到…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>在名录中</source>
        <translation>In the directory</translation>
    </message>
    <message>
        <source>未收录</source>
        <translation>Not listed</translation>
    </message>
    <message>
        <source>别名，即「%1」</source>
        <translation>Alias of &quot;%1&quot;</translation>
    </message>
    <message>
        <source>计划中出现过、但不在单位名录中：主办单位检查会一直提示</source>
        <translation>Appears in a plan but is not in the unit directory: the organizing unit check keeps pointing it out</translation>
    </message>
    <message>
        <source>添加单位</source>
        <translation>Add Unit</translation>
    </message>
    <message>
        <source>单位名称：</source>
        <translation>Unit name:</translation>
    </message>
    <message>
        <source>类别：</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>添加别名</source>
        <translation>Add Alias</translation>
    </message>
    <message>
        <source>「%1」的另一个名称（如简称）：</source>
        <translation>Another name for &quot;%1&quot; (e.g. a short name):</translation>
    </message>
    <message>
        <source>合并单位</source>
        <translation>Merge Units</translation>
    </message>
    <message>
        <source>单位名录中没有可以合并到的单位：请先添加</source>
        <translation>The unit directory has no unit to merge into: add one first</translation>
    </message>
    <message>
        <source>把「%1」合并到（其项目、教师、报名都归入该单位，原名成为别名）：</source>
        <translation>Merge &quot;%1&quot; into (its projects, teachers and registrations move to that unit, and the old name becomes an alias):</translation>
    </message>
</context>
<context>
    <name>tp::UnitRepository</name>
    <message>
        <source>单位名称不能为空</source>
        <translation>The unit&apos;s name cannot be empty</translation>
    </message>
    <message>
        <source>单位名录中没有「%1」</source>
        <translation>&quot;%1&quot; is not in the unit directory</translation>
    </message>
    <message>
        <source>添加单位</source>
        <translation>Add Unit</translation>
    </message>
    <message>
        <source>「%1」已是「%2」的别名</source>
        <translation>&quot;%1&quot; is already an alias of &quot;%2&quot;</translation>
    </message>
    <message>
        <source>单位名录中已有「%1」</source>
        <translation>&quot;%1&quot; is already in the unit directory</translation>
    </message>
    <message>
        <source>别名不能为空</source>
        <translation>The alias cannot be empty</translation>
    </message>
    <message>
        <source>添加单位别名</source>
        <translation>Add unit alias</translation>
    </message>
    <message>
        <source>「%1」不在单位名录中：请先添加该单位</source>
        <translation>&quot;%1&quot; is not in the unit directory: add the unit first</translation>
    </message>
    <message>
        <source>「%1」已是单位名录中的另一单位（%2）</source>
        <translation>&quot;%1&quot; is already another unit in the directory (%2)</translation>
    </message>
    <message>
        <source>「%1」已是「%2」的名称或别名</source>
        <translation>&quot;%1&quot; is already the name or an alias of &quot;%2&quot;</translation>
    </message>
    <message>
        <source>合并单位</source>
        <translation>Merge Units</translation>
    </message>
    <message>
        <source>「%1」与「%2」已是同一单位</source>
        <translation>&quot;%1&quot; and &quot;%2&quot; are already the same unit</translation>
    </message>
    <message>
        <source>「%1」与「%2」在 %3 个项目中各有名额，请先合并名额再合并单位</source>
        <translation>&quot;%1&quot; and &quot;%2&quot; both have places in %3 projects; merge the places before merging the units</translation>
    </message>
</context>
<context>
    <name>tp::UnknownOrganizersDialog</name>
    <message>
        <source>新的主办单位</source>
        <translation>New Organizing Units</translation>
    </message>
    <message numerus="yes">
        <source>导入的计划表中有 %n 个主办单位不在单位名录中。导入不会自动把它们加入名录：请逐个选择“添加为新单位”，或“对应到”名录中的单位（记为它的别名，如 区进修校 = 区教师进修学校）；暂不处理的仍会提示“不在单位名录中”，以后可在 工具 → 单位名录 中处理。</source>
        <translation>
            <numerusform>The imported plan table has %n organizing unit that is not in the unit directory. Importing does not add it to the directory by itself: choose &quot;Add as a new unit&quot;, or &quot;Match to&quot; a unit of the directory (recorded as its alias, e.g. 区进修校 = 区教师进修学校); one left for later still shows &quot;not in the unit directory&quot; and can be handled later in Tools → Unit Directory.</numerusform>
            <numerusform>The imported plan table has %n organizing units that are not in the unit directory. Importing does not add them to the directory by itself: choose &quot;Add as a new unit&quot; for each, or &quot;Match to&quot; a unit of the directory (recorded as its alias, e.g. 区进修校 = 区教师进修学校); those left for later still show &quot;not in the unit directory&quot; and can be handled later in Tools → Unit Directory.</numerusform>
        </translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organizing unit</translation>
    </message>
    <message>
        <source>出现在</source>
        <translation>Appears in</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对应到</source>
        <translation>Match to</translation>
    </message>
    <message>
        <source>暂不处理</source>
        <translation>Leave for now</translation>
    </message>
    <message>
        <source>添加为新单位</source>
        <translation>Add as a new unit</translation>
    </message>
    <message>
        <source>对应到已有单位</source>
        <translation>Match to an existing unit</translation>
    </message>
    <message>
        <source>%1（相近）</source>
        <translation>%1 (similar)</translation>
    </message>
    <message>
        <source>（单位名录为空）</source>
        <translation>(the unit directory is empty)</translation>
    </message>
    <message>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>tp::UpgradeNotice</name>
    <message>
        <source>升级数据库</source>
        <translation>Upgrading the database</translation>
    </message>
    <message>
        <source>正在升级数据库 %1
结构版本 %2 → %3：先在文件旁的备份文件夹中留一份原文件，再逐步升级。
文件大时需要一些时间，请不要关闭，也不要再次打开本程序。</source>
        <translation>Upgrading the database %1
Schema version %2 → %3: a copy of the file is kept in the backup folder beside it first, then the upgrade runs step by step.
A large file takes a while: please do not close this, and do not start the program again.</translation>
    </message>
</context>
<context>
    <name>tp::WorkCalendar</name>
    <message>
        <source>官方</source>
        <translation>Official</translation>
    </message>
    <message>
        <source>估算</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>用户</source>
        <translation>User</translation>
    </message>
    <message>
        <source>周末</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>工作日</source>
        <translation>Working day</translation>
    </message>
    <message>
        <source>文件不是 UTF-8 编码；请另存为 UTF-8 的 CSV</source>
        <translation>The file is not UTF-8 encoded; save it as a UTF-8 CSV</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>引号未闭合</source>
        <translation>Unclosed quote</translation>
    </message>
    <message>
        <source>第一行应为表头 date,kind,name</source>
        <translation>The first row should be the header date,kind,name</translation>
    </message>
    <message>
        <source>应有 3 列（date,kind,name），实际 %1 列</source>
        <translation>There should be 3 columns (date,kind,name), there are %1</translation>
    </message>
    <message>
        <source>不是有效日期；应为 YYYY-MM-DD，例如 2026-02-16</source>
        <translation>not a valid date; it should be YYYY-MM-DD, e.g. 2026-02-16</translation>
    </message>
    <message>
        <source>类型应为 off（放假）或 work（调休上班）</source>
        <translation>the kind should be off (day off) or work (make-up working day)</translation>
    </message>
    <message>
        <source>日期重复（第 %1 行已有此日期）</source>
        <translation>Repeated date (row %1 already has it)</translation>
    </message>
    <message>
        <source>文件为空；应有表头 date,kind,name</source>
        <translation>The file is empty; it should have the header date,kind,name</translation>
    </message>
    <message>
        <source>%1 月 %2 日</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>（%1为周末）</source>
        <translation> (%1 is a weekend)</translation>
    </message>
    <message>
        <source>（%1为节假日）</source>
        <translation> (%1 is a holiday)</translation>
    </message>
</context>
<context>
    <name>tp::WorkProgress</name>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>tp::WorkflowRepository</name>
    <message>
        <source>计划%1</source>
        <translation>planned %1</translation>
    </message>
    <message>
        <source>没有编号为 %1 的调整申请</source>
        <translation>There is no change request with number %1</translation>
    </message>
    <message>
        <source>调整申请 %1 已于 %2 由 %3 决定（%4），不能再改</source>
        <translation>Change request %1 was decided on %2 by %3 (%4) and can no longer be changed</translation>
    </message>
</context>
<context>
    <name>tp::XlsxExporter</name>
    <message>
        <source>没有要导出的列</source>
        <translation>No columns to export</translation>
    </message>
    <message>
        <source>无法创建 XLSX 文件</source>
        <translation>Cannot create the XLSX file</translation>
    </message>
    <message>
        <source>计划表</source>
        <translation>Plan Table</translation>
    </message>
    <message>
        <source>工作表名「%1」不能用作 Excel 工作表名</source>
        <translation>&quot;%1&quot; cannot be used as an Excel worksheet name</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>写入 XLSX 失败：%1；原有文件未改变</source>
        <translation>Writing the XLSX failed: %1; the existing file is unchanged</translation>
    </message>
    <message>
        <source>写入 XLSX 失败：写出的文件不完整，多半是磁盘空间不足，无法写入 %1；原有文件未改变</source>
        <translation>Writing the XLSX failed: the file written is incomplete, most likely for lack of disk space to write %1; the existing file is unchanged</translation>
    </message>
    <message>
        <source>正在写入…</source>
        <translation>Writing…</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>tp::XlsxReader</name>
    <message>
        <source>文件有 %1 MB，超过 XLSX 导入的上限 %2 MB</source>
        <translation>The file is %1 MB, more than the %2 MB limit for XLSX imports</translation>
    </message>
    <message>
        <source>压缩包中有 %1 个文件，不像是 Excel 工作簿</source>
        <translation>The archive holds %1 files; it does not look like an Excel workbook</translation>
    </message>
    <message>
        <source>%1 解压后有 %2 MB，超过上限 %3 MB</source>
        <translation>%1 is %2 MB unpacked, more than the %3 MB limit</translation>
    </message>
    <message>
        <source>工作簿解压后超过 %1 MB</source>
        <translation>The workbook is more than %1 MB unpacked</translation>
    </message>
    <message>
        <source>XLSX 文件过大，未导入：%1</source>
        <translation>The XLSX file is too large; not imported: %1</translation>
    </message>
    <message>
        <source>不是有效的 XLSX 文件：无法作为 ZIP 压缩包打开（文件损坏、不完整或不是 Excel 文件）</source>
        <translation>Not a valid XLSX file: it cannot be opened as a ZIP archive (the file is damaged, incomplete or not an Excel file)</translation>
    </message>
    <message>
        <source>XLSX 文件中缺少 %1</source>
        <translation>The XLSX file lacks %1</translation>
    </message>
    <message>
        <source>XLSX 文件中的 %1 已损坏（解压或校验失败）</source>
        <translation>%1 in the XLSX file is damaged (unpacking or checksum failed)</translation>
    </message>
    <message>
        <source>XLSX 文件中的 %1 含有文档类型声明（DTD），Excel 文件不会有，未导入</source>
        <translation>%1 in the XLSX file has a document type declaration (DTD), which Excel files never have; not imported</translation>
    </message>
    <message>
        <source>%1 不是有效的 XML（第 %2 行：%3）</source>
        <translation>%1 is not valid XML (line %2: %3)</translation>
    </message>
    <message>
        <source>不是 Excel 工作簿（缺少 xl/workbook.xml）</source>
        <translation>Not an Excel workbook (xl/workbook.xml is missing)</translation>
    </message>
    <message>
        <source>工作簿中没有工作表</source>
        <translation>The workbook has no worksheets</translation>
    </message>
    <message>
        <source>xl/sharedStrings.xml 有 %1 个共享字符串，超过上限 %2</source>
        <translation>xl/sharedStrings.xml has %1 shared strings, more than the limit of %2</translation>
    </message>
    <message>
        <source>文件不存在：%1</source>
        <translation>The file does not exist: %1</translation>
    </message>
    <message>
        <source>工作簿中没有名为「%1」的工作表；有：%2</source>
        <translation>The workbook has no worksheet named &quot;%1&quot;; it has: %2</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>工作表「%1」在工作簿中没有对应的文件</source>
        <translation>The worksheet &quot;%1&quot; has no file in the workbook</translation>
    </message>
    <message>
        <source>工作表「%1」缺失（XLSX 文件中没有 %2）</source>
        <translation>The worksheet &quot;%1&quot; is missing (the XLSX file has no %2)</translation>
    </message>
    <message>
        <source>工作表「%1」单元格 %2：%3</source>
        <translation>Worksheet &quot;%1&quot;, cell %2: %3</translation>
    </message>
    <message>
        <source>工作表「%1」的行号「%2」无效</source>
        <translation>The row number &quot;%2&quot; of worksheet &quot;%1&quot; is not valid</translation>
    </message>
    <message>
        <source>工作表「%1」的单元格引用「%2」无效</source>
        <translation>The cell reference &quot;%2&quot; of worksheet &quot;%1&quot; is not valid</translation>
    </message>
    <message>
        <source>共享字符串编号「%1」无效（共有 %2 个）</source>
        <translation>The shared string number &quot;%1&quot; is not valid (there are %2)</translation>
    </message>
    <message>
        <source>逻辑值应为 0 或 1，却是「%1」</source>
        <translation>A logical value should be 0 or 1, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>单元格是错误值 %1；请先在 Excel/WPS 中改正</source>
        <translation>The cell holds the error value %1; correct it in Excel/WPS first</translation>
    </message>
    <message>
        <source>数字单元格的值「%1」不是数字</source>
        <translation>The value &quot;%1&quot; of a number cell is not a number</translation>
    </message>
    <message>
        <source>未知的单元格类型「%1」</source>
        <translation>Unknown cell type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>超出第 %1 列；计划表不会这么宽，请删去该单元格后再导入</source>
        <translation>Beyond column %1; a plan table is never this wide, so delete the cell and import again</translation>
    </message>
    <message>
        <source>超过第 %1 行，不像是计划表</source>
        <translation>Beyond row %1; this does not look like a plan table</translation>
    </message>
    <message>
        <source>工作表「%1」超过 %2 行，不像是计划表</source>
        <translation>The worksheet &quot;%1&quot; has more than %2 rows; it does not look like a plan table</translation>
    </message>
    <message>
        <source>工作表「%1」有超过 %2 个合并单元格，不像是计划表</source>
        <translation>The worksheet &quot;%1&quot; has more than %2 merged cells; it does not look like a plan table</translation>
    </message>
    <message>
        <source>工作表「%1」（%2）不是有效的 XML（第 %3 行：%4）</source>
        <translation>The worksheet &quot;%1&quot; (%2) is not valid XML (line %3: %4)</translation>
    </message>
    <message>
        <source>工作表「%1」的合并单元格过多或过大，不像是计划表</source>
        <translation>The worksheet &quot;%1&quot; has too many or too large merged cells; it does not look like a plan table</translation>
    </message>
    <message>
        <source>工作表「%1」用到了第 %2 行，超过 %3 行，不像是计划表</source>
        <translation>The worksheet &quot;%1&quot; uses row %2, beyond %3 rows; it does not look like a plan table</translation>
    </message>
    <message>
        <source>工作表「%1」的单元格超过 %2 个，不像是计划表</source>
        <translation>The worksheet &quot;%1&quot; has more than %2 cells; it does not look like a plan table</translation>
    </message>
</context>
<context>
    <name>tp::cli::Cli</name>
    <message>
        <source>%1 %2 年度培训计划</source>
        <translation>%1 %2 annual training plan</translation>
    </message>
    <message>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>%1 年尚无官方节假日安排：节假日为估算，据此算出的期限为预计
</source>
        <translation>%1 has no official holiday schedule yet: the holidays are estimated, and the deadlines worked out from them are estimates
</translation>
    </message>
    <message>
        <source>上班</source>
        <translation>working</translation>
    </message>
    <message>
        <source>休息</source>
        <translation>rest</translation>
    </message>
    <message>
        <source>%1 年共 %2 天，其中工作日 %3 天
</source>
        <translation>%1 has %2 days, %3 of them working days
</translation>
    </message>
    <message>
        <source>deadline 需要 --start 日期（YYYY-MM-DD）</source>
        <translation>deadline needs a --start date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--start 的值「%1」不是有效的日期（格式 YYYY-MM-DD）</source>
        <translation>The value &quot;%1&quot; of --start is not a valid date (format YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--workdays 与 --months 只能给一个</source>
        <translation>Give only one of --workdays and --months</translation>
    </message>
    <message>
        <source>--workdays 的值「%1」应为正整数</source>
        <translation>The value &quot;%1&quot; of --workdays should be a positive whole number</translation>
    </message>
    <message>
        <source>--months 的值「%1」应为正整数</source>
        <translation>The value &quot;%1&quot; of --months should be a positive whole number</translation>
    </message>
    <message>
        <source>无法计算 %1 之前的期限</source>
        <translation>Cannot work out the deadline before %1</translation>
    </message>
    <message>
        <source>最迟 %1 月 %2 日报送%3</source>
        <translation>Submit by %1/%2 at the latest%3</translation>
    </message>
    <message>
        <source>注意：该期限依据估算的节假日，官方安排公布后可能变动</source>
        <translation>Note: this deadline is based on estimated holidays and may move once the official schedule is published</translation>
    </message>
    <message>
        <source>列出一年中的每一天：是否工作日，依据（官方、估算、用户、平日、周末）；--ics FILE：把该年度计划的开班日期和报送截止日期写成 iCalendar 文件（手机、Outlook、WPS 日历可导入）</source>
        <translation>List every day of a year: whether it is a working day, and why (official, estimated, user, weekday, weekend); --ics FILE: write the start dates and submission deadlines of that year&apos;s plan as an iCalendar file (for phone, Outlook and WPS calendars)</translation>
    </message>
    <message>
        <source>报送期限：开班日前 N 个工作日（默认按规则集，15 个），或生效日前 N 个月</source>
        <translation>Submission deadline: N working days before the start date (by default from the rule set, 15), or N months before the effective date</translation>
    </message>
    <message>
        <source>运行 trainplan-cli --help 查看用法。</source>
        <translation>Run trainplan-cli --help to see the usage.</translation>
    </message>
    <message>
        <source>数据库中没有 %1 %2 年度的计划</source>
        <translation>The database has no %1 %2 plan</translation>
    </message>
    <message>
        <source>数据库中没有 %1 %2 年度的计划；该年度有计划的区县：%3</source>
        <translation>The database has no %1 %2 plan; districts with a plan that year: %3</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>数据库中还没有任何计划；先用 trainplan-cli import 导入计划表</source>
        <translation>The database has no plans yet; import a plan table first with trainplan-cli import</translation>
    </message>
    <message>
        <source>数据库中没有 %1 年度的计划；已有计划的年度：%2</source>
        <translation>The database has no plan for %1; years with plans: %2</translation>
    </message>
    <message>
        <source>%1 年度有多个区县的计划：%2；请用 --district 指定其中一个</source>
        <translation>Several districts have plans for %1: %2; choose one with --district</translation>
    </message>
    <message>
        <source>需要 --project 项目序号（计划表中的序号）</source>
        <translation>--project is needed: the project&apos;s number (its number in the plan table)</translation>
    </message>
    <message>
        <source>%1 年度计划没有第 %2 项</source>
        <translation>The %1 plan has no item %2</translation>
    </message>
    <message>
        <source>需要 --staff 工号</source>
        <translation>--staff is needed: the staff number</translation>
    </message>
    <message>
        <source>没有工号为「%1」的教师</source>
        <translation>There is no teacher with staff number &quot;%1&quot;</translation>
    </message>
    <message>
        <source>有错误，未导入任何内容。</source>
        <translation>There are errors; nothing was imported.</translation>
    </message>
    <message>
        <source>trainplan-cli — 教师培训计划管理（TrainPlan）命令行

用法：trainplan-cli [全局选项] 命令 [参数与选项]

命令：
</source>
        <translation>trainplan-cli — the command line of TrainPlan (teacher training plan management)

Usage: trainplan-cli [global options] command [arguments and options]

Commands:
</translation>
    </message>
    <message>
        <source>选项 --%1 不带值</source>
        <translation>The option --%1 takes no value</translation>
    </message>
    <message>
        <source>选项 --%1 缺少值</source>
        <translation>The option --%1 needs a value</translation>
    </message>
    <message>
        <source>命令 %1 不认识选项 %2</source>
        <translation>The command %1 does not know the option %2</translation>
    </message>
    <message>
        <source>命令 %1：%2</source>
        <translation>Command %1: %2</translation>
    </message>
    <message>
        <source>命令 %1 缺少参数；用法：trainplan-cli %2</source>
        <translation>The command %1 is missing arguments; usage: trainplan-cli %2</translation>
    </message>
    <message>
        <source>命令 %1 多余的参数「%2」</source>
        <translation>The command %1 has an extra argument &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--today 的值「%1」不是有效的日期（格式 YYYY-MM-DD）</source>
        <translation>The value &quot;%1&quot; of --today is not a valid date (format YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>命令 %1 需要 --year 年度</source>
        <translation>The command %1 needs --year YEAR</translation>
    </message>
    <message>
        <source>--year 的值「%1」不是有效的年度（1949–2200 的四位数）</source>
        <translation>The value &quot;%1&quot; of --year is not a valid year (four digits, 1949–2200)</translation>
    </message>
    <message>
        <source>--db 的值为空</source>
        <translation>The value of --db is empty</translation>
    </message>
    <message>
        <source>缺少命令；可用的命令：%1</source>
        <translation>No command given; the commands available: %1</translation>
    </message>
    <message>
        <source>未知的命令「%1」；可用的命令：%2</source>
        <translation>Unknown command &quot;%1&quot;; the commands available: %2</translation>
    </message>
    <message>
        <source>学分登记需要 --reason 说明（例如“2021年第一批学分登记”）</source>
        <translation>Recording credits needs a --reason note (e.g. &quot;2021 first credit registration&quot;)</translation>
    </message>
    <message>
        <source>已按%1的学分规则「%2」登记 %3 人的学分；未登记 %4 人
</source>
        <translation>Recorded the credits of %3 people with %1&apos;s credit rules &quot;%2&quot;; %4 not recorded
</translation>
    </message>
    <message>
        <source>需要 --cycle 周期，例如 --cycle 2021-2025</source>
        <translation>--cycle is needed, e.g. --cycle 2021-2025</translation>
    </message>
    <message>
        <source>没有学分规则「%1」；可用：%2</source>
        <translation>There are no credit rules &quot;%1&quot;; available: %2</translation>
    </message>
    <message>
        <source>「%1」不是学分规则「%2」的周期（每 %3 年，自 %4 年起）</source>
        <translation>&quot;%1&quot; is not a cycle of the credit rules &quot;%2&quot; (every %3 years, from %4)</translation>
    </message>
    <message>
        <source>没有名为「%1」的单位</source>
        <translation>There is no unit named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--orientation 的值「%1」无效；可用：portrait（纵向）、landscape（横向）</source>
        <translation>The value &quot;%1&quot; of --orientation is not valid; available: portrait, landscape</translation>
    </message>
    <message>
        <source>写出 PDF 需要字体（QGuiApplication），当前进程没有</source>
        <translation>Writing a PDF needs fonts (QGuiApplication), which this process does not have</translation>
    </message>
    <message>
        <source>已写出「%1」到 %2（%3 页）；%4
</source>
        <translation>Wrote &quot;%1&quot; to %2 (%3 pages); %4
</translation>
    </message>
    <message>
        <source>%1–%2 周期，学分规则「%3」，以 %4 为今天%5
</source>
        <translation>Cycle %1–%2, credit rules &quot;%3&quot;, today taken as %4%5
</translation>
    </message>
    <message>
        <source>，只列未达要求者</source>
        <translation>, only those not meeting requirements</translation>
    </message>
    <message>
        <source>（差 %1）</source>
        <translation> (%1 short)</translation>
    </message>
    <message>
        <source>共 %1 人
</source>
        <translation>%1 people in all
</translation>
    </message>
    <message>
        <source>已导入 %1 条外部学分（%2，%3）
</source>
        <translation>Imported %1 external credits (%2, %3)
</translation>
    </message>
    <message>
        <source>--%1 的值「%2」应为非负的数</source>
        <translation>The value &quot;%2&quot; of --%1 should be a number that is not negative</translation>
    </message>
    <message>
        <source>需要 --year 年度（四位数）</source>
        <translation>--year is needed (four digits)</translation>
    </message>
    <message>
        <source>--level 的值「%1」应为 国家级、省级、市级、区县级 或 校级</source>
        <translation>The value &quot;%1&quot; of --level should be 国家级, 省级, 市级, 区县级 or 校级 (national, provincial, municipal, district/county or school)</translation>
    </message>
    <message>
        <source>--kind 的值「%1」应为 集中、网络、校本 或 实践</source>
        <translation>The value &quot;%1&quot; of --kind should be 集中, 网络, 校本 or 实践 (centralized, online, school-based or practice)</translation>
    </message>
    <message>
        <source>需要 --credits 学分</source>
        <translation>--credits is needed</translation>
    </message>
    <message>
        <source>需要 --title 培训名称</source>
        <translation>--title is needed: the training&apos;s name</translation>
    </message>
    <message>
        <source>需要 --source 来源（例如 国培、市培、省平台）</source>
        <translation>--source is needed (e.g. 国培, 市培, 省平台)</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>已登记 %1 %2 的外部学分 %3（%4 %5，%6），登记编号 %7
</source>
        <translation>Recorded external credits %3 for %1 %2 (%4 %5, %6), record number %7
</translation>
    </message>
    <message>
        <source>登记编号「%1」应为正整数（见 credits history）</source>
        <translation>The record number &quot;%1&quot; should be a positive whole number (see credits history)</translation>
    </message>
    <message>
        <source>撤销学分登记需要 --reason 说明原因</source>
        <translation>Withdrawing a credit record needs a --reason</translation>
    </message>
    <message>
        <source>已撤销学分登记 %1（撤销记录编号 %2）
</source>
        <translation>Withdrew credit record %1 (withdrawal record number %2)
</translation>
    </message>
    <message>
        <source>第 %1 项 %2</source>
        <translation>Item %1 %2</translation>
    </message>
    <message>
        <source>参训记录 %1</source>
        <translation>Enrolment %1</translation>
    </message>
    <message>
        <source>外部学分</source>
        <translation>External credits</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2（%3）的学分登记
</source>
        <translation>Credit records of %1 %2 (%3)
</translation>
    </message>
    <message>
        <source>编号	登记日期	登记人	年度	级别	形式	学分	学时	项目/来源	说明	状态
</source>
        <translation>No.	Recorded on	Recorded by	Year	Level	Form	Credits	Hours	Project/source	Note	Status
</translation>
    </message>
    <message>
        <source>撤销第 %1 条</source>
        <translation>withdraws no. %1</translation>
    </message>
    <message>
        <source>已撤销</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>共 %1 条，合计 %2 学分、%3 学时
</source>
        <translation>Records: %1; in all %2 credits and %3 hours
</translation>
    </message>
    <message>
        <source>学分登记：为该项目结业的参训记录登记学分（--complete 先把录取、报到的记录设为结业）</source>
        <translation>Record credits: record the credits of the project&apos;s completed enrolments (--complete first sets admitted and checked-in enrolments to completed)</translation>
    </message>
    <message>
        <source>导入外部学分（国培、市培、省平台记录；CSV：工号、姓名、年度、级别、形式、学分、学时、培训名称、来源）；有错误时报告行列和值，不导入任何记录</source>
        <translation>Import external credits (records of national, municipal and provincial-platform training; CSV: staff number, name, year, level, form, credits, hours, training name, source); on errors, reports the row, column and value and imports nothing</translation>
    </message>
    <message>
        <source>登记一条外部学分（级别：国家级/省级/市级/区县级/校级；形式：集中/网络/校本/实践）</source>
        <translation>Record one external credit (level: 国家级/省级/市级/区县级/校级; form: 集中/网络/校本/实践)</translation>
    </message>
    <message>
        <source>撤销一次学分登记（记一条负数登记，原登记保留）；之后可重新登记</source>
        <translation>Withdraw a credit record (records a negative entry; the original is kept); it can be recorded again afterwards</translation>
    </message>
    <message>
        <source>教师的学分登记记录：登记编号、日期、登记人、年度、级别、形式、学分、学时、项目或来源、说明、是否撤销</source>
        <translation>A teacher&apos;s credit records: record number, date, recorded by, year, level, form, credits, hours, project or source, note, whether withdrawn</translation>
    </message>
    <message>
        <source>文件：%1（%2 字节）
</source>
        <translation>File: %1 (%2 bytes)
</translation>
    </message>
    <message>
        <source>不是 TrainPlan 的数据库
</source>
        <translation>Not a TrainPlan database
</translation>
    </message>
    <message>
        <source>结构版本：%1
</source>
        <translation>Schema version: %1
</translation>
    </message>
    <message>
        <source>完整性检查：通过
</source>
        <translation>Integrity check: passed
</translation>
    </message>
    <message>
        <source>完整性检查：发现损坏（%1）
</source>
        <translation>Integrity check: damage found (%1)
</translation>
    </message>
    <message>
        <source>计划 %1 份，项目 %2 个，教师 %3 位，参训记录 %4 条，学分登记 %5 条
</source>
        <translation>Plans: %1, projects: %2, teachers: %3, enrolments: %4, credit records: %5
</translation>
    </message>
    <message>
        <source>最后修改：%1
</source>
        <translation>Last changed: %1
</translation>
    </message>
    <message>
        <source>（无记录）</source>
        <translation>(no records)</translation>
    </message>
    <message>
        <source>已备份到 %1
</source>
        <translation>Backed up to %1
</translation>
    </message>
    <message>
        <source>服务器上的数据库不从文件恢复；请用 server import %1 导入一份副本</source>
        <translation>A database on the server is not restored from a file; use server import %1 to import a copy</translation>
    </message>
    <message>
        <source>%1 不是 TrainPlan 的数据库，未恢复</source>
        <translation>%1 is not a TrainPlan database; not restored</translation>
    </message>
    <message>
        <source>%1 已损坏，未恢复</source>
        <translation>%1 is damaged; not restored</translation>
    </message>
    <message>
        <source>未恢复：恢复会用这个文件的内容替换当前数据库（替换前会自动备份当前数据）。确认无误后加上 --yes 再运行一次。</source>
        <translation>Not restored: a restore replaces the current database with this file&apos;s content (the current data is backed up first). Once you are sure, run it again with --yes.</translation>
    </message>
    <message>
        <source>已恢复到 %1；恢复前的数据已备份在 %2
</source>
        <translation>Restored to %1; the data from before the restore is backed up in %2
</translation>
    </message>
    <message>
        <source>%1：完整性检查通过（%2）
</source>
        <translation>%1: integrity check passed (%2)
</translation>
    </message>
    <message>
        <source>完整检查与外键检查</source>
        <translation>full check and foreign key check</translation>
    </message>
    <message>
        <source>快速检查</source>
        <translation>quick check</translation>
    </message>
    <message>
        <source>%1：发现 %2 处损坏；请从备份恢复（trainplan-cli restore 备份文件 --yes）</source>
        <translation>%1: %2 instances of damage found; restore from a backup (trainplan-cli restore BACKUP-FILE --yes)</translation>
    </message>
    <message>
        <source>把数据库备份到 FILE：其他程序正在使用数据库时也得到一致的副本，备份前先做完整性检查</source>
        <translation>Back up the database to FILE: a consistent copy even while other programs use the database; an integrity check runs first</translation>
    </message>
    <message>
        <source>从备份文件 FILE 恢复：先列出文件中的计划、项目、教师、登记与最后修改时间；加 --yes 才替换当前数据库（替换前自动备份当前数据）</source>
        <translation>Restore from the backup file FILE: first lists the file&apos;s plans, projects, teachers, records and last change; replaces the current database only with --yes (the current data is backed up first)</translation>
    </message>
    <message>
        <source>检查数据库文件是否完好（快速检查；--thorough 做完整检查与外键检查）；发现损坏时退出状态为 1</source>
        <translation>Check whether the database file is intact (quick check; --thorough does the full check and the foreign key check); the exit status is 1 when damage is found</translation>
    </message>
    <message>
        <source>已报名 %1 人：录取 %2，候补 %3；已在名单中 %4 人
</source>
        <translation>Registered: %1 — admitted %2, waiting list %3; already on the roster %4
</translation>
    </message>
    <message>
        <source>--session-hours 的值「%1」应为 0 到 24 之间的数</source>
        <translation>The value &quot;%1&quot; of --session-hours should be a number from 0 to 24</translation>
    </message>
    <message>
        <source>%1（工号 %2）没有报名 %3 年度计划第 %4 项</source>
        <translation>%1 (staff number %2) has not registered for item %4 of the %3 plan</translation>
    </message>
    <message>
        <source>%1（工号 %2）已退训</source>
        <translation>%1 (staff number %2) has already withdrawn</translation>
    </message>
    <message>
        <source>已退训：%1 %2（%3）
</source>
        <translation>Withdrawn: %1 %2 (%3)
</translation>
    </message>
    <message>
        <source>没有候补教师递补
</source>
        <translation>No teacher on the waiting list to move up
</translation>
    </message>
    <message>
        <source>候补递补录取：%1 %2（%3）
</source>
        <translation>Admitted from the waiting list: %1 %2 (%3)
</translation>
    </message>
    <message>
        <source>导入学校的参训名单到计划第 SEQ 项：按容量和名额录取，其余候补</source>
        <translation>Import a school&apos;s registration list into item SEQ of the plan: admitted up to the capacity and places, the rest on the waiting list</translation>
    </message>
    <message>
        <source>导入考勤表（工号、日期、场次、考勤、学时）；每场默认 4 学时</source>
        <translation>Import an attendance sheet (staff number, date, session, attendance, hours); 4 hours per session by default</translation>
    </message>
    <message>
        <source>退训：把该教师从计划第 SEQ 项的名单中退出，第一位候补教师递补录取</source>
        <translation>Withdraw: take the teacher off the roster of item SEQ of the plan; the first teacher on the waiting list is admitted</translation>
    </message>
    <message>
        <source>（用 --district 名称）</source>
        <translation> (use --district NAME)</translation>
    </message>
    <message>
        <source>文件：%1（编码 %2）
</source>
        <translation>File: %1 (encoding %2)
</translation>
    </message>
    <message>
        <source>计划：%1 %2 年度「%3」
</source>
        <translation>Plan: %1 %2 &quot;%3&quot;
</translation>
    </message>
    <message>
        <source>表下备注：%1
</source>
        <translation>Remarks below the table: %1
</translation>
    </message>
    <message>
        <source>%1 %2 年度「%3」（%4）

</source>
        <translation>%1 %2 &quot;%3&quot; (%4)

</translation>
    </message>
    <message>
        <source>export 需要 --format pdf、xlsx 或 csv</source>
        <translation>export needs --format pdf, xlsx or csv</translation>
    </message>
    <message>
        <source>未知的导出格式「%1」；可用：pdf、xlsx、csv</source>
        <translation>Unknown export format &quot;%1&quot;; available: pdf, xlsx, csv</translation>
    </message>
    <message>
        <source>export 需要 --output 文件</source>
        <translation>export needs --output FILE</translation>
    </message>
    <message>
        <source>--orientation 和 --columns 只用于 pdf 和 xlsx</source>
        <translation>--orientation and --columns apply only to pdf and xlsx</translation>
    </message>
    <message>
        <source>--columns：%1</source>
        <translation>--columns: %1</translation>
    </message>
    <message>
        <source>导出 PDF 需要字体（QGuiApplication），当前进程没有</source>
        <translation>Exporting a PDF needs fonts (QGuiApplication), which this process does not have</translation>
    </message>
    <message>
        <source>已导出 %1 %2 年度的 %3 个项目到 %4</source>
        <translation>Exported %3 projects of %1 %2 to %4</translation>
    </message>
    <message>
        <source>%1 %2 年度「%3」，以 %4 为今天
</source>
        <translation>%1 %2 &quot;%3&quot;, today taken as %4
</translation>
    </message>
    <message>
        <source>导入计划表（CSV，UTF-8 或 GB18030/GBK；或 Excel .xlsx，默认第一个工作表，--sheet 指定工作表名）；同一区县同一年度已有计划时需加 --replace</source>
        <translation>Import a plan table (CSV in UTF-8 or GB18030/GBK; or Excel .xlsx, the first worksheet by default, --sheet names another); when the district already has a plan for that year, --replace is needed</translation>
    </message>
    <message>
        <source>显示计划表、合计与检查结果</source>
        <translation>Show the plan table, its totals and the check results</translation>
    </message>
    <message>
        <source>导出计划表：PDF（A4，与印发的附件表格同样式，嵌入中文字体）、XLSX（合计为公式）或 CSV（UTF-8 带 BOM）；--columns 按表头名选择并排列列，--issuer 落款单位，--attachment 附件标识（仅 PDF），--notes 表下备注</source>
        <translation>Export the plan table: PDF (A4, in the style of the issued attachment table, Chinese fonts embedded), XLSX (totals as formulas) or CSV (UTF-8 with BOM); --columns chooses and orders the columns by header name, --issuer the signing unit, --attachment the attachment label (PDF only), --notes the remarks below the table</translation>
    </message>
    <message>
        <source>检查计划的全部规则（计划表 R-TABLE、报送期限）；有错误时退出状态为 1</source>
        <translation>Check all the plan&apos;s rules (plan table R-TABLE, submission deadlines); the exit status is 1 when there are errors</translation>
    </message>
    <message>
        <source>（建议：%1）</source>
        <translation> (suggestion: %1)</translation>
    </message>
    <message>
        <source>检查结果：没有发现问题
</source>
        <translation>Check results: no problems found
</translation>
    </message>
    <message>
        <source>检查结果：%1 个错误，%2 个警告，%3 个提示
</source>
        <translation>Check results: errors %1, warnings %2, notes %3
</translation>
    </message>
    <message>
        <source>%1 天</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 学时</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <source>合计：%1 个项目，%2，%3 人%4</source>
        <translation>Total: projects %1, %2, %3 people%4</translation>
    </message>
    <message>
        <source>无天数</source>
        <translation>no days</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>表中合计行%1：天数「%2」，人数「%3」
</source>
        <translation>Total row of the table%1: days &quot;%2&quot;, people &quot;%3&quot;
</translation>
    </message>
    <message>
        <source>（第 %1 行）</source>
        <translation> (row %1)</translation>
    </message>
    <message>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>培训项目</source>
        <translation>Training project</translation>
    </message>
    <message>
        <source>主办单位</source>
        <translation>Organizing unit</translation>
    </message>
    <message>
        <source>天数/学时</source>
        <translation>Days/hours</translation>
    </message>
    <message>
        <source>参培人数</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>培训方式</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <source>拟培训时间</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <source>培训地点</source>
        <translation>Training place</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>请用 --district 指定区县（数据库中有多个区县的计划，或还没有计划）</source>
        <translation>Choose the district with --district (the database has plans of several districts, or no plans yet)</translation>
    </message>
    <message>
        <source>预置学分规则：
</source>
        <translation>Preset credit rules:
</translation>
    </message>
    <message>
        <source>各区县使用的规则：
</source>
        <translation>The rules each district uses:
</translation>
    </message>
    <message>
        <source>未选择，使用默认</source>
        <translation>none chosen, the default is used</translation>
    </message>
    <message>
        <source>本区县修订版（基于 %1）</source>
        <translation>this district&apos;s revision (based on %1)</translation>
    </message>
    <message>
        <source>所有区县的选择</source>
        <translation>the choice for all districts</translation>
    </message>
    <message>
        <source>已选择预置规则</source>
        <translation>preset chosen</translation>
    </message>
    <message>
        <source>  （数据库中还没有计划）
</source>
        <translation>  (the database has no plans yet)
</translation>
    </message>
    <message>
        <source>没有名为「%1」的预置学分规则（trainplan-cli rules list 列出全部）</source>
        <translation>There are no preset credit rules named &quot;%1&quot; (trainplan-cli rules list lists them all)</translation>
    </message>
    <message>
        <source>学分规则「%1」
</source>
        <translation>Credit rules &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>%1 使用的学分规则：「%2」
</source>
        <translation>Credit rules used by %1: &quot;%2&quot;
</translation>
    </message>
    <message>
        <source>依据：%1
</source>
        <translation>Basis: %1
</translation>
    </message>
    <message>
        <source>  %1：未公布 — 不用于判定
      %2
</source>
        <translation>  %1: unpublished — not used to judge
      %2
</translation>
    </message>
    <message>
        <source>需要 --district 区县</source>
        <translation>--district is needed</translation>
    </message>
    <message>
        <source>需要 --preset 预置规则（trainplan-cli rules list 列出全部）</source>
        <translation>--preset is needed: the preset rules (trainplan-cli rules list lists them all)</translation>
    </message>
    <message>
        <source>没有名为「%1」的预置学分规则；可用：%2</source>
        <translation>There are no preset credit rules named &quot;%1&quot;; available: %2</translation>
    </message>
    <message>
        <source>%1 今后按学分规则「%2」登记学分；已登记的学分不变，需要时用 trainplan-cli rules recalc --district %1 查看并重新计算
</source>
        <translation>%1 records credits with the credit rules &quot;%2&quot; from now on; credits already recorded are unchanged; when needed, use trainplan-cli rules recalc --district %1 to review and recalculate them
</translation>
    </message>
    <message>
        <source>%1 学分</source>
        <translation>%1 credits</translation>
    </message>
    <message>
        <source>不计学分</source>
        <translation>no credits</translation>
    </message>
    <message>
        <source>学分规则变更后重新计算</source>
        <translation>Recalculation after a credit rule change</translation>
    </message>
    <message>
        <source>%1 按学分规则「%2」重新计算：%3 条会改变，%4 条不变，%5 条暂不能重新计算
</source>
        <translation>Recalculating %1 with the credit rules &quot;%2&quot;: would change %3, unchanged %4, cannot be recalculated yet %5
</translation>
    </message>
    <message>
        <source>暂不能重新计算（保持原样）：
</source>
        <translation>Cannot be recalculated yet (left as they are):
</translation>
    </message>
    <message>
        <source>已重新计算：原登记已撤销（保留在记录中），新登记 %1 条
</source>
        <translation>Recalculated: the original records are withdrawn (kept in the history), %1 new records
</translation>
    </message>
    <message>
        <source>这是预览，没有改动任何登记；确认后加上 --apply 再运行一次
</source>
        <translation>This is a preview; no record was changed. Once you are sure, run it again with --apply
</translation>
    </message>
    <message>
        <source>列出预置学分规则，以及每个区县正在使用的规则</source>
        <translation>List the preset credit rules and the rules each district uses</translation>
    </message>
    <message>
        <source>列出区县所用学分规则的每个数字及其出处；出处未公布的数字标为“未公布”，不用于判定</source>
        <translation>List every number of a district&apos;s credit rules with its source; numbers whose source is unpublished are marked &quot;unpublished&quot; and not used to judge</translation>
    </message>
    <message>
        <source>为区县选择预置学分规则（记入审计日志）；已登记的学分不变，直到 rules recalc --apply</source>
        <translation>Choose a preset of credit rules for a district (recorded in the audit log); credits already recorded are unchanged until rules recalc --apply</translation>
    </message>
    <message>
        <source>按区县现行规则重新计算已登记的学分：不加 --apply 只列出会改变的登记；加 --apply 则撤销原登记并重新登记（一次操作，记入审计日志）</source>
        <translation>Recalculate recorded credits with the district&apos;s current rules: without --apply, only lists the records that would change; with --apply, withdraws the original records and records them again (one operation, recorded in the audit log)</translation>
    </message>
    <message>
        <source>命令 %1 需要服务器上的数据库：--db postgresql://登录名@服务器[:端口]/数据库名</source>
        <translation>The command %1 needs a database on the server: --db postgresql://login@server[:port]/database</translation>
    </message>
    <message>
        <source>服务器上的数据库 %1 已就绪：结构版本 %2，角色 %3
</source>
        <translation>The database %1 on the server is ready: schema version %2, role %3
</translation>
    </message>
    <message>
        <source>角色「%1」未知；可用：区教委、进修学校（培训机构）、学校管理员、只读</source>
        <translation>Unknown role &quot;%1&quot;; available: 区教委 (district education bureau), 进修学校 (teachers&apos; further education school / training institution), 学校管理员 (school administrator), 只读 (read-only)</translation>
    </message>
    <message>
        <source>已添加用户 %1（%2%3）
</source>
        <translation>Added the user %1 (%2%3)
</translation>
    </message>
    <message>
        <source>初始密码：%1（请交给本人，登录后用 ALTER ROLE 或图形界面修改）
</source>
        <translation>Initial password: %1 (give it to the person; change it after logging in with ALTER ROLE or in the GUI)
</translation>
    </message>
    <message>
        <source>该登录名在服务器上已经存在，密码未改变
</source>
        <translation>The login already exists on the server; its password was not changed
</translation>
    </message>
    <message>
        <source>登录名	角色	单位	添加时间	添加人
</source>
        <translation>Login	Role	Unit	Added on	Added by
</translation>
    </message>
    <message>
        <source>	（不能登录）</source>
        <translation>	(cannot log in)</translation>
    </message>
    <message>
        <source>文件 %1 不存在</source>
        <translation>The file %1 does not exist</translation>
    </message>
    <message>
        <source>已把 %1 导入服务器上的数据库 %2：共 %3 行
</source>
        <translation>Imported %1 into the database %2 on the server: %3 rows in all
</translation>
    </message>
    <message>
        <source>文件 %1 已经存在；为免覆盖，请换一个文件名</source>
        <translation>The file %1 already exists; choose another file name so as not to overwrite it</translation>
    </message>
    <message>
        <source>学校管理员只能看到本校的数据，不能导出完整的副本；请由区县管理员导出</source>
        <translation>A school administrator sees only the school&apos;s own data and cannot export a complete copy; ask the district administrator to export it</translation>
    </message>
    <message>
        <source>已把服务器上的数据库 %1 导出到 %2：共 %3 行
</source>
        <translation>Exported the database %1 on the server to %2: %3 rows in all
</translation>
    </message>
    <message>
        <source>在区县服务器（PostgreSQL）上建立数据库结构、角色（区教委、进修学校、学校管理员、只读）和行级权限</source>
        <translation>Set up the database schema, the roles (district education bureau, further education school, school administrator, read-only) and the row-level permissions on the district server (PostgreSQL)</translation>
    </message>
    <message>
        <source>在服务器上添加一个登录名及其角色；学校管理员须指定单位；未给密码时生成初始密码</source>
        <translation>Add a login and its role on the server; a school administrator needs a unit; without a password an initial one is generated</translation>
    </message>
    <message>
        <source>列出服务器上的登录名、角色和单位</source>
        <translation>List the logins, roles and units on the server</translation>
    </message>
    <message>
        <source>把一个区县的 SQLite 数据库整体导入服务器上的空数据库（全部成功或什么都不改），列出各表行数</source>
        <translation>Import a district&apos;s SQLite database as a whole into an empty database on the server (all or nothing), listing the rows per table</translation>
    </message>
    <message>
        <source>把服务器上的数据库完整导出为一个新的 SQLite 文件（离线副本）</source>
        <translation>Export the database on the server completely into a new SQLite file (an offline copy)</translation>
    </message>
    <message>
        <source>申请 %1：第 %2 项「%3」取消（%4），%5
</source>
        <translation>Request %1: cancel item %2 &quot;%3&quot; (%4), %5
</translation>
    </message>
    <message>
        <source>申请 %1：第 %2 项「%3」%4：%5 → %6，%7%8
</source>
        <translation>Request %1: item %2 &quot;%3&quot; %4: %5 → %6, %7%8
</translation>
    </message>
    <message>
        <source>（最迟 %1 报批）</source>
        <translation> (to be submitted for approval by %1)</translation>
    </message>
    <message>
        <source>%1 %2 年度计划：%3 → %4</source>
        <translation>%1 %2 annual plan: %3 → %4</translation>
    </message>
    <message>
        <source>（%1，第 %2 版）</source>
        <translation> (%1, version %2)</translation>
    </message>
    <message>
        <source>--project 的值「%1」应为项目序号（正整数）</source>
        <translation>The value &quot;%1&quot; of --project should be a project&apos;s number (a positive whole number)</translation>
    </message>
    <message>
        <source>--field 的值「%1」不是可调整的项（%2）</source>
        <translation>The value &quot;%1&quot; of --field is not a field that can be changed (%2)</translation>
    </message>
    <message>
        <source>已提出调整申请，待批复。
</source>
        <translation>Change request filed, awaiting approval.
</translation>
    </message>
    <message>
        <source>计划尚未批复，项目已取消。
</source>
        <translation>The plan is not approved yet; the project is cancelled.
</translation>
    </message>
    <message>
        <source>已提出取消申请，待批复。
</source>
        <translation>Cancellation request filed, awaiting approval.
</translation>
    </message>
    <message>
        <source>申请编号「%1」应为正整数</source>
        <translation>The request number &quot;%1&quot; should be a positive whole number</translation>
    </message>
    <message>
        <source>已批准并生效。
</source>
        <translation>Approved and in effect.
</translation>
    </message>
    <message>
        <source>未批准。
</source>
        <translation>Rejected.
</translation>
    </message>
    <message>
        <source>没有调整申请
</source>
        <translation>No change requests
</translation>
    </message>
    <message>
        <source>%1 %2 年度计划（%3）
</source>
        <translation>%1 %2 annual plan (%3)
</translation>
    </message>
    <message>
        <source>与第 %1 版（已批复）相比：
</source>
        <translation>Compared with version %1 (approved):
</translation>
    </message>
    <message>
        <source>%1 第 %2 项「%3」
</source>
        <translation>%1 item %2 &quot;%3&quot;
</translation>
    </message>
    <message>
        <source>    %1：%2 → %3
</source>
        <translation>    %1: %2 → %3
</translation>
    </message>
    <message>
        <source>没有变化
</source>
        <translation>No changes
</translation>
    </message>
    <message>
        <source>--since 的值「%1」应为日期 YYYY-MM-DD</source>
        <translation>The value &quot;%1&quot; of --since should be a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>审计日志中没有符合条件的记录
</source>
        <translation>The audit log has no matching records
</translation>
    </message>
    <message>
        <source>	别名：%1</source>
        <translation>	aliases: %1</translation>
    </message>
    <message>
        <source>	（不在单位名录中）</source>
        <translation>	(not in the unit directory)</translation>
    </message>
    <message>
        <source>已添加到单位名录：%1（%2）
</source>
        <translation>Added to the unit directory: %1 (%2)
</translation>
    </message>
    <message>
        <source>「%1」是「%2」的别名
</source>
        <translation>&quot;%1&quot; is an alias of &quot;%2&quot;
</translation>
    </message>
    <message>
        <source>已将「%1」合并到「%2」
</source>
        <translation>Merged &quot;%1&quot; into &quot;%2&quot;
</translation>
    </message>
    <message>
        <source>报审：把计划报区教委审批</source>
        <translation>Submit: submit the plan to the district education bureau for approval</translation>
    </message>
    <message>
        <source>批复：计划成为已批复的一版（第 1、2…版），此后调整须提出申请</source>
        <translation>Approve: the plan becomes an approved version (version 1, 2…); later changes need a request</translation>
    </message>
    <message>
        <source>退回修改，写明原因</source>
        <translation>Return for revision, with the reason</translation>
    </message>
    <message>
        <source>已批复的计划开始执行</source>
        <translation>The approved plan starts being carried out</translation>
    </message>
    <message>
        <source>执行中的计划已完成</source>
        <translation>The plan in progress is completed</translation>
    </message>
    <message>
        <source>修订：已批复的计划整体修改，再报审、批复为下一版</source>
        <translation>Revise: change the approved plan as a whole, then submit and approve it as the next version</translation>
    </message>
    <message>
        <source>调整申请：已批复计划中一个项目的一项（提前 1 个月报批；逾期须说明原因）</source>
        <translation>Change request: one field of one project of an approved plan (submitted 1 month in advance; a late one needs a reason)</translation>
    </message>
    <message>
        <source>批准调整申请：项目随即按申请修改</source>
        <translation>Approve a change request: the project is changed as requested at once</translation>
    </message>
    <message>
        <source>不批准调整申请</source>
        <translation>Reject change request</translation>
    </message>
    <message>
        <source>计划的全部调整与取消申请</source>
        <translation>All change and cancellation requests of the plan</translation>
    </message>
    <message>
        <source>取消项目（因故不能举办），须附书面说明；已批复的计划须经批准</source>
        <translation>Cancel a project (it cannot be held), with a written explanation; in an approved plan this needs approval</translation>
    </message>
    <message>
        <source>计划或项目的历史：报审、批复（版本）、调整申请及其决定</source>
        <translation>The history of a plan or project: submissions, approvals (versions), change requests and their decisions</translation>
    </message>
    <message>
        <source>单位名录：名称、类别、别名；不在名录中的主办单位另行标出</source>
        <translation>The unit directory: names, categories, aliases; organizing units not in the directory are marked</translation>
    </message>
    <message>
        <source>把单位加入单位名录</source>
        <translation>Add a unit to the unit directory</translation>
    </message>
    <message>
        <source>单位的别名（如 区进修校 = 区教师进修学校）</source>
        <translation>An alias of a unit (e.g. 区进修校 = 区教师进修学校)</translation>
    </message>
    <message>
        <source>合并两个单位：FROM 的项目、教师、报名都归 INTO，FROM 成为其别名</source>
        <translation>Merge two units: FROM&apos;s projects, teachers and registrations go to INTO, and FROM becomes its alias</translation>
    </message>
    <message>
        <source>
全局选项（写在命令之前或之后都可以）：
  --db PATH          数据库文件（默认：与图形界面相同的数据库 %1），
                     或区县服务器上的数据库 postgresql://登录名@服务器[:端口]/数据库名
  --json             在标准输出上输出一个 UTF-8 JSON 文档
  --today YYYY-MM-DD 以此日期为“今天”
  --operator NAME    审计日志中记录的操作人（默认：本机的登录用户；在服务器上是登录名）
  --lang LANG        输出的语言：zh_CN（中文）或 en（英文）；默认按系统语言
  --help             显示帮助；trainplan-cli help 命令 或 命令 --help 显示该命令的用法
省略 --district 时，若该年度只有一个区县的计划，就用它。

退出状态：0 成功；1 输入被拒绝或检查发现错误；2 用法错误。
</source>
        <translation>
Global options (before or after the command):
  --db PATH          the database file (default: the GUI&apos;s database %1),
                     or a database on the district server postgresql://login@server[:port]/database
  --json             write one UTF-8 JSON document to standard output
  --today YYYY-MM-DD take this date as &quot;today&quot;
  --operator NAME    the person named in the audit log (default: the user logged in on this computer; on a server, the login)
  --lang LANG        the language of the output: zh_CN (Chinese) or en (English); by default the system&apos;s language
  --help             show help; trainplan-cli help COMMAND or COMMAND --help shows that command&apos;s usage
Without --district, the year&apos;s plan is used when only one district has one.

Exit status: 0 success; 1 input rejected or the check found errors; 2 usage error.
</translation>
    </message>
    <message>
        <source>全局选项：--db PATH、--json、--today YYYY-MM-DD、--operator NAME、--lang LANG（trainplan-cli --help 有说明）
</source>
        <translation>Global options: --db PATH, --json, --today YYYY-MM-DD, --operator NAME, --lang LANG (explained by trainplan-cli --help)
</translation>
    </message>
    <message>
        <source>--lang 的值「%1」不是支持的语言；可用：%2</source>
        <translation>The value &quot;%1&quot; of --lang is not a supported language; available: %2</translation>
    </message>
    <message>
        <source>选项 %1 要写在命令之后（命令之前只能写 --db、--json、--today、--operator、--lang）</source>
        <translation>The option %1 goes after the command (only --db, --json, --today, --operator and --lang may come before it)</translation>
    </message>
    <message numerus="yes">
        <source>已写出 %1：%n 个日程（其中截止日期 %2 个）
</source>
        <translation>
            <numerusform>Wrote %1: %n event (deadlines among them: %2)
</numerusform>
            <numerusform>Wrote %1: %n events (deadlines among them: %2)
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已导入 %n 条考勤（%1 人）
</source>
        <translation>
            <numerusform>Imported %n attendance record (%1 people)
</numerusform>
            <numerusform>Imported %n attendance records (%1 people)
</numerusform>
        </translation>
    </message>
    <message>
        <source>
不在单位名录中的主办单位（%1 个）：导入不会自动把它们加入单位名录。对应到已有单位（记为别名）或添加为新单位：
</source>
        <translation>
Organizing units not in the unit directory (%1): importing does not add them to the directory by itself. Match each to an existing unit (recorded as an alias) or add it as a new unit:
</translation>
    </message>
    <message>
        <source>，相近：%1</source>
        <translation>, similar: %1</translation>
    </message>
    <message numerus="yes">
        <source>已导入 %n 个项目，替换了原有的计划
</source>
        <translation>
            <numerusform>Imported %n project, replacing the existing plan
</numerusform>
            <numerusform>Imported %n projects, replacing the existing plan
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已导入 %n 个项目
</source>
        <translation>
            <numerusform>Imported %n project
</numerusform>
            <numerusform>Imported %n projects
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>注意：计划表有 %n 个错误（trainplan-cli check 可列出），照常导出</source>
        <translation>
            <numerusform>Note: the plan table has %n error (trainplan-cli check lists it); exported all the same</numerusform>
            <numerusform>Note: the plan table has %n errors (trainplan-cli check lists them); exported all the same</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>注意：%n 个项目已取消，导出时标为“已取消”，不计入合计</source>
        <translation>
            <numerusform>Note: %n project is cancelled; it is marked &quot;cancelled&quot; in the export and not counted in the totals</numerusform>
            <numerusform>Note: %n projects are cancelled; they are marked &quot;cancelled&quot; in the export and not counted in the totals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 个项目已取消，不计入合计</source>
        <translation>
            <numerusform>%n project cancelled, not counted in the totals</numerusform>
            <numerusform>%n projects cancelled, not counted in the totals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 行为“全员”，人数另计</source>
        <translation>
            <numerusform>%n &quot;all staff&quot; row, counted apart</numerusform>
            <numerusform>%n &quot;all staff&quot; rows, counted apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 行为约数，已计入</source>
        <translation>
            <numerusform>%n estimated row, counted</numerusform>
            <numerusform>%n estimated rows, counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n 行未填天数</source>
        <translation>
            <numerusform>%n row without days</numerusform>
            <numerusform>%n rows without days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>已导入 %n 位教师（%1，%2）
</source>
        <translation>
            <numerusform>Imported %n teacher (%1, %2)
</numerusform>
            <numerusform>Imported %n teachers (%1, %2)
</numerusform>
        </translation>
    </message>
    <message>
        <source>与已批复版本相比的变化：新增、取消、删除的项目，调整的单元格；--output 写出计划调整一览表（PDF）</source>
        <translation>What changed compared with the approved version: added, cancelled and deleted projects, adjusted cells; --output writes the table of adjustments (PDF)</translation>
    </message>
    <message>
        <source>--%1 的值「%2」应为日期 YYYY-MM-DD</source>
        <translation>The value “%2” of --%1 should be a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>服务器审计轨迹中没有符合条件的记录
</source>
        <translation>No records in the server&apos;s trail match
</translation>
    </message>
    <message>
        <source>审计日志：谁在何时改了什么（最新的在前）；--trail：服务器自己的审计轨迹（登录名、时间、表、操作、原值 → 新值）</source>
        <translation>Audit log: who changed what and when (newest first); --trail: the server&apos;s own trail (login, time, table, action, old → new)</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>--orientation、--issuer 和 --progress 只用于 --output 写出的 PDF</source>
        <translation>--orientation, --issuer and --progress apply only to the PDF written by --output</translation>
    </message>
    <message>
        <source>每位教师本周期的学分：各项要求的累计、状态（已达标/进度正常/有风险/未达标）；--below 只列未达要求者；--output 写出学分统计表 PDF（A4，表头每页重复，末尾汇总各状态人数、落款与日期；在终端上于标准错误显示进度，--progress 则总是逐行显示）</source>
        <translation>Each teacher&apos;s credits in the cycle: the totals per requirement and the status (met/on track/at risk/not met); --below lists only those not meeting requirements; --output writes the credit report as PDF (A4, header repeated on each page, ending with the number of people per status, the signature and the date; progress is shown on standard error on a terminal, and line by line with --progress)</translation>
    </message>
    <message>
        <source>  %1（%2）</source>
        <translation>  %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>另有 %n 位教师已登记且与文件一致，未重复导入
</source>
        <translation>
            <numerusform>%n more teacher is already registered as the file gives them; not imported again
</numerusform>
            <numerusform>%n more teachers are already registered as the file gives them; not imported again
</numerusform>
        </translation>
    </message>
    <message>
        <source>导入学校的教师名单（CSV，UTF-8 或 GB18030）；已登记且一致的教师跳过，工号重复或与已登记的不同时报告行列，不导入任何教师</source>
        <translation>Import a school&apos;s teacher list (CSV, UTF-8 or GB18030); teachers already registered as given are skipped; a duplicate staff number or a difference from the registered teacher is reported with row and column and nothing is imported</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>至少给出 --name、--unit、--stage、--subject、--hired 中的一项</source>
        <translation>give at least one of --name, --unit, --stage, --subject, --hired</translation>
    </message>
    <message>
        <source>--hired 的值「%1」不是日期；写 2010-09-01，或 none 表示不详</source>
        <translation>--hired &quot;%1&quot; is not a date; write 2010-09-01, or none when unknown</translation>
    </message>
    <message>
        <source>已修改工号 %1 的教师：%2
</source>
        <translation>Changed the teacher with staff number %1: %2
</translation>
    </message>
    <message>
        <source>修改一位已登记教师的姓名、学校（须在单位名录中）、学段、学科或参加工作时间；工号不变，修改记入审计日志</source>
        <translation>Change a registered teacher&apos;s name, school (from the unit directory), stage, subject or hire date; the staff number stays; the change is logged in the audit log</translation>
    </message>
    <message>
        <source>--kind 的值「%1」不是单位类别；应为 %2 之一（也可写 training_school 等英文名）</source>
        <translation>--kind &quot;%1&quot; is not a kind of unit; use one of %2 (or an English name such as training_school)</translation>
    </message>
    <message>
        <source>正在升级数据库 %1（结构版本 %2 → %3）：先在文件旁的备份文件夹中留一份原文件，再逐步升级…</source>
        <translation>Upgrading the database %1 (schema version %2 → %3): a copy of the file is kept in the backup folder beside it first, then the upgrade runs step by step…</translation>
    </message>
</context>
<context>
    <name>tp::i18n::Language</name>
    <message>
        <source>yyyy年M月d日</source>
        <translation>MMM d, yyyy</translation>
    </message>
</context>
</TS>
