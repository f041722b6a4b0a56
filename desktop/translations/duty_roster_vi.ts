<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>AvailabilityPage</name>
        <message>
            <location filename="../views/availability_page.py" line="69" />
            <source>Weekly availability (click a cell)</source>
            <translation>Lịch rảnh hằng tuần (bấm vào ô để chọn)</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="71" />
            <source>Available every day (no weekly pattern)</source>
            <translation>Rảnh tất cả các ngày (không theo lịch tuần)</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="81" />
            <source>“Whole day” also covers outreach events on that day.</source>
            <translation>“Cả ngày” bao gồm cả các hoạt động lưu động trong ngày đó.</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="87" />
            <source>Leave and busy dates</source>
            <translation>Ngày nghỉ, ngày bận</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="91" />
            <location filename="../views/availability_page.py" line="108" />
            <source>From</source>
            <translation>Từ</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="91" />
            <source>To</source>
            <translation>Đến</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="91" />
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="105" />
            <source>Reason, e.g. exams</source>
            <translation>Lý do, ví dụ: thi học kỳ</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="106" />
            <source>Add leave</source>
            <translation>Thêm ngày nghỉ</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="107" />
            <source>Remove selected</source>
            <translation>Xoá dòng đã chọn</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="108" />
            <source>to</source>
            <translation>đến</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="119" />
            <source>Commitments</source>
            <translation>Cam kết</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="124" />
            <source>At most, shifts per week</source>
            <translation>Tối đa số ca mỗi tuần</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="125" />
            <source>At most, shifts per month</source>
            <translation>Tối đa số ca mỗi tháng</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="126" />
            <source>At least, shifts per month</source>
            <translation>Tối thiểu số ca mỗi tháng</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="128" />
            <source>Preferences</source>
            <translation>Nguyện vọng</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="134" />
            <source>Prefers these days</source>
            <translation>Muốn trực các ngày</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="135" />
            <source>Avoids these days</source>
            <translation>Tránh các ngày</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="136" />
            <source>Prefers these posts</source>
            <translation>Muốn trực tại</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="142" />
            <source>Undo changes</source>
            <translation>Hoàn tác thay đổi</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="143" />
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="160" />
            <source>no limit</source>
            <translation>không giới hạn</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="194" />
            <source>Whole day</source>
            <translation>Cả ngày</translation>
        </message>
    </context>
    <context>
        <name>CentersPage</name>
        <message>
            <location filename="../views/centers_page.py" line="56" />
            <source>Centers &amp; posts</source>
            <translation>Trung tâm &amp; vị trí trực</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="62" />
            <source>Centers, posts and shifts</source>
            <translation>Trung tâm, vị trí và ca trực</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="63" />
            <source>Holidays</source>
            <translation>Ngày lễ</translation>
        </message>
    </context>
    <context>
        <name>CentersTab</name>
        <message>
            <location filename="../views/centers_page.py" line="80" />
            <source>New center</source>
            <translation>Thêm trung tâm</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="98" />
            <source>province, commune, ward…</source>
            <translation>tỉnh, xã, phường…</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="99" />
            <source>Closed on public holidays</source>
            <translation>Nghỉ vào ngày lễ</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="100" />
            <location filename="../views/centers_page.py" line="110" />
            <location filename="../views/centers_page.py" line="127" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="101" />
            <location filename="../views/centers_page.py" line="110" />
            <location filename="../views/centers_page.py" line="127" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="102" />
            <source>Level</source>
            <translation>Cấp</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="106" />
            <source>Posts (floors, desks)</source>
            <translation>Vị trí trực (tầng, quầy)</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="110" />
            <source>Required skills</source>
            <translation>Kỹ năng bắt buộc</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="111" />
            <source>Required skills (codes, comma-separated)</source>
            <translation>Kỹ năng bắt buộc (mã, cách nhau bởi dấu phẩy)</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="112" />
            <source>Skills: {skills}</source>
            <translation>Kỹ năng: {skills}</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="123" />
            <source>Shifts</source>
            <translation>Ca trực</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="127" />
            <source>Start</source>
            <translation>Bắt đầu</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="127" />
            <source>End</source>
            <translation>Kết thúc</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="139" />
            <source>Headcount per shift and post: minimum / target / maximum</source>
            <translation>Số người mỗi ca và vị trí: tối thiểu / mục tiêu / tối đa</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="145" />
            <source>Write e.g. 1/2/2; leave a cell empty when the post is not staffed on that shift.</source>
            <translation>Ghi ví dụ 1/2/2; để trống nếu vị trí không trực ở ca đó.</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="155" />
            <source>Save center</source>
            <translation>Lưu trung tâm</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="169" />
            <source>Add row</source>
            <translation>Thêm dòng</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="170" />
            <source>Remove row</source>
            <translation>Xoá dòng</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="212" />
            <source>Floor 1</source>
            <translation>Tầng 1</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="213" />
            <source>Morning</source>
            <translation>Ca sáng</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="305" />
            <source>Shift {shift}, post {post}: write minimum/target/maximum, e.g. 1/2/2.</source>
            <translation>Ca {shift}, vị trí {post}: ghi tối thiểu/mục tiêu/tối đa, ví dụ 1/2/2.</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <location filename="../views/events_page.py" line="42" />
            <source>Outreach events</source>
            <translation>Hoạt động lưu động</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="49" />
            <location filename="../views/events_page.py" line="108" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="50" />
            <location filename="../views/events_page.py" line="110" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="51" />
            <location filename="../views/events_page.py" line="111" />
            <source>Time</source>
            <translation>Thời gian</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="52" />
            <location filename="../views/events_page.py" line="109" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="53" />
            <location filename="../views/events_page.py" line="112" />
            <source>Place</source>
            <translation>Địa điểm</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="54" />
            <source>Center</source>
            <translation>Trung tâm</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="55" />
            <source>Team</source>
            <translation>Đội</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="56" />
            <source>Assigned</source>
            <translation>Đã phân công</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="102" />
            <source>from</source>
            <translation>từ</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="104" />
            <source>to</source>
            <translation>đến</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="106" />
            <source>people</source>
            <translation>người</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="113" />
            <source>Organised by</source>
            <translation>Đơn vị tổ chức</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="114" />
            <source>Team size</source>
            <translation>Quy mô đội</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="116" />
            <source>Team composition: at least …</source>
            <translation>Thành phần đội: tối thiểu …</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="120" />
            <source>Role or skill</source>
            <translation>Vai trò hoặc kỹ năng</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="120" />
            <source>At least</source>
            <translation>Tối thiểu</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="124" />
            <source>Add rule</source>
            <translation>Thêm yêu cầu</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="125" />
            <source>Remove rule</source>
            <translation>Xoá yêu cầu</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="134" />
            <source>New event</source>
            <translation>Thêm hoạt động</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="135" />
            <source>Save event</source>
            <translation>Lưu hoạt động</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="136" />
            <source>Delete event</source>
            <translation>Xoá hoạt động</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="153" />
            <source>Role: {role}</source>
            <translation>Vai trò: {role}</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="154" />
            <source>Skill: {skill}</source>
            <translation>Kỹ năng: {skill}</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="161" />
            <source>(no center)</source>
            <translation>(không thuộc trung tâm)</translation>
        </message>
    </context>
    <context>
        <name>HolidaysTab</name>
        <message>
            <location filename="../views/centers_page.py" line="366" />
            <source>Country (ISO code)</source>
            <translation>Quốc gia (mã ISO)</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="367" />
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="371" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="371" />
            <source>Public holiday</source>
            <translation>Ngày lễ</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="374" />
            <source>Public holidays of the year (centers that close on holidays are closed):</source>
            <translation>Các ngày lễ trong năm (trung tâm nghỉ lễ sẽ đóng cửa):</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="378" />
            <source>Extra closed days</source>
            <translation>Ngày nghỉ bổ sung</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="379" />
            <source>Extra open days (open although a holiday)</source>
            <translation>Ngày làm việc bổ sung (mở cửa dù là ngày lễ)</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="383" />
            <source>Save holidays</source>
            <translation>Lưu ngày lễ</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="404" />
            <source>Add</source>
            <translation>Thêm</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="405" />
            <source>Remove</source>
            <translation>Bỏ</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../views/import_dialog.py" line="48" />
            <source>Import volunteers from a spreadsheet</source>
            <translation>Nhập tình nguyện viên từ bảng tính</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="72" />
            <source>&lt; Back</source>
            <translation>&lt; Quay lại</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="73" />
            <source>Next &gt;</source>
            <translation>Tiếp &gt;</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="74" />
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="75" />
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="88" />
            <source>Choose an Excel (.xlsx) or CSV file. The first row must hold the column names; every other row is one volunteer. Rows whose code already exists update that volunteer.</source>
            <translation>Chọn tệp Excel (.xlsx) hoặc CSV. Dòng đầu tiên là tên cột; mỗi dòng còn lại là một tình nguyện viên. Dòng có mã đã tồn tại sẽ cập nhật tình nguyện viên đó.</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="96" />
            <source>No file chosen</source>
            <translation>Chưa chọn tệp</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="97" />
            <source>Choose file…</source>
            <translation>Chọn tệp…</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="109" />
            <source>Match each volunteer field with a column of the file. Code and full name are required.</source>
            <translation>Ghép mỗi thông tin của tình nguyện viên với một cột trong tệp. Bắt buộc có mã và họ tên.</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="138" />
            <source>Row</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="138" />
            <source>Field</source>
            <translation>Trường</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="138" />
            <source>Value in the file</source>
            <translation>Giá trị trong tệp</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="139" />
            <source>Expected</source>
            <translation>Yêu cầu</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="148" />
            <source>Step 1 of 3: choose the file</source>
            <translation>Bước 1/3: chọn tệp</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="148" />
            <source>Step 2 of 3: match the columns</source>
            <translation>Bước 2/3: ghép cột</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="149" />
            <source>Step 3 of 3: check the rows</source>
            <translation>Bước 3/3: kiểm tra các dòng</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="162" />
            <source>Choose a spreadsheet</source>
            <translation>Chọn bảng tính</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="163" />
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Bảng tính (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="183" />
            <source>Cannot read this file: {reason}</source>
            <translation>Không đọc được tệp này: {reason}</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="187" />
            <source>The import failed: {reason}</source>
            <translation>Nhập không thành công: {reason}</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="196" />
            <source>Reading {file}…</source>
            <translation>Đang đọc {file}…</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="206" />
            <source>(not in the file)</source>
            <translation>(không có trong tệp)</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="208" />
            <source>column {number}</source>
            <translation>cột {number}</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="217" />
            <source>{count} rows found.</source>
            <translation>Tìm thấy {count} dòng.</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="235" />
            <source>Choose a column for: {fields}</source>
            <translation>Hãy chọn cột cho: {fields}</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="249" />
            <source>Checking the rows…</source>
            <translation>Đang kiểm tra các dòng…</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="264" />
            <source>{bad} rows have problems (listed below); {good} rows are fine. Nothing will be saved until every row is correct: fix the file and choose it again.</source>
            <translation>{bad} dòng có lỗi (liệt kê bên dưới); {good} dòng hợp lệ. Chưa lưu gì cho đến khi mọi dòng đều đúng: hãy sửa tệp rồi chọn lại.</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="268" />
            <source>All {good} rows are correct: {new} new volunteers, {updates} updates. Press Import to save them.</source>
            <translation>Cả {good} dòng đều hợp lệ: {new} tình nguyện viên mới, {updates} cập nhật. Bấm Nhập để lưu.</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="272" />
            <source>The file has no volunteer rows.</source>
            <translation>Tệp không có dòng tình nguyện viên nào.</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="281" />
            <source>Saving…</source>
            <translation>Đang lưu…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../views/main_window.py" line="60" />
            <source>Volunteers</source>
            <translation>Tình nguyện viên</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="60" />
            <source>Availability</source>
            <translation>Lịch rảnh</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="61" />
            <source>Centers &amp; posts</source>
            <translation>Trung tâm &amp; vị trí trực</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="61" />
            <source>Outreach events</source>
            <translation>Hoạt động lưu động</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="62" />
            <source>Roster</source>
            <translation>Lịch trực</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="62" />
            <source>Results &amp; statistics</source>
            <translation>Kết quả &amp; thống kê</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="63" />
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="67" />
            <source>Duty Roster — {database}</source>
            <translation>Lịch trực — {database}</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="92" />
            <source>Database: {database}</source>
            <translation>Cơ sở dữ liệu: {database}</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="107" />
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="108" />
            <source>&amp;Import volunteers…</source>
            <translation>&amp;Nhập tình nguyện viên…</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="109" />
            <source>&amp;Reload from the database</source>
            <translation>Tải &amp;lại từ cơ sở dữ liệu</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="111" />
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="112" />
            <source>&amp;Go</source>
            <translation>&amp;Đi tới</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="115" />
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="116" />
            <source>&amp;About Duty Roster</source>
            <translation>&amp;Giới thiệu Lịch trực</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="150" />
            <source>About Duty Roster</source>
            <translation>Giới thiệu Lịch trực</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="151" />
            <source>Duty Roster rosters youth volunteers for public administrative service centers and outreach sessions.</source>
            <translation>Lịch trực xếp lịch cho tình nguyện viên thanh niên tại các trung tâm phục vụ hành chính công và các buổi tuyên truyền lưu động.</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <location filename="../views/results_page.py" line="44" />
            <source>Results &amp; statistics</source>
            <translation>Kết quả &amp; thống kê</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="48" />
            <source>Enter results</source>
            <translation>Nhập kết quả</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="49" />
            <source>Totals and target</source>
            <translation>Tổng hợp và chỉ tiêu</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="50" />
            <source>Per volunteer</source>
            <translation>Theo tình nguyện viên</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="67" />
            <source>&lt; Previous week</source>
            <translation>&lt; Tuần trước</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="68" />
            <source>Next week &gt;</source>
            <translation>Tuần sau &gt;</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="69" />
            <location filename="../views/results_page.py" line="152" />
            <source>Center</source>
            <translation>Trung tâm</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="71" />
            <source>Week of</source>
            <translation>Tuần có ngày</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="94" />
            <source>Save results</source>
            <translation>Lưu kết quả</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="118" />
            <source>This week: {citizens} citizens guided, {dossiers} dossiers supported, {vneid} VNeID accounts activated.</source>
            <translation>Tuần này: {citizens} lượt người dân được hướng dẫn, {dossiers} hồ sơ được hỗ trợ, {vneid} tài khoản VNeID được kích hoạt.</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="146" />
            <source>per month</source>
            <translation>theo tháng</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="147" />
            <source>per week</source>
            <translation>theo tuần</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="149" />
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="162" />
            <source>Period</source>
            <translation>Kỳ</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="163" />
            <location filename="../views/results_page.py" line="226" />
            <source>Shifts</source>
            <translation>Ca trực</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="164" />
            <source>Citizens guided</source>
            <translation>Lượt người dân được hướng dẫn</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="165" />
            <location filename="../views/results_page.py" line="203" />
            <source>Dossiers supported</source>
            <translation>Hồ sơ được hỗ trợ</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="166" />
            <source>VNeID activated</source>
            <translation>VNeID được kích hoạt</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="183" />
            <source>Week {week} (from {day})</source>
            <translation>Tuần {week} (từ {day})</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="184" />
            <source>Month {month}/{year}</source>
            <translation>Tháng {month}/{year}</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="195" />
            <source>Dossiers supported in {year}: {done} of the yearly target {target} ({percent}%).</source>
            <translation>Hồ sơ được hỗ trợ năm {year}: {done} trên chỉ tiêu năm {target} ({percent}%).</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="199" />
            <source>Dossiers supported in {year}: {done} (no yearly target for this choice; set it in Settings).</source>
            <translation>Hồ sơ được hỗ trợ năm {year}: {done} (chưa có chỉ tiêu năm cho lựa chọn này; đặt trong Cài đặt).</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="203" />
            <source>Running total</source>
            <translation>Luỹ kế</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="203" />
            <source>Yearly target</source>
            <translation>Chỉ tiêu năm</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="218" />
            <source>From</source>
            <translation>Từ</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="220" />
            <source>to</source>
            <translation>đến</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="225" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="225" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="226" />
            <source>Outreach events</source>
            <translation>Hoạt động lưu động</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="244" />
            <source>All centers</source>
            <translation>Tất cả trung tâm</translation>
        </message>
    </context>
    <context>
        <name>RosterUnavailablePage</name>
        <message>
            <location filename="../views/main_window.py" line="39" />
            <source>The roster board is not available in this version.</source>
            <translation>Bảng lịch trực chưa có trong phiên bản này.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../views/settings_page.py" line="32" />
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="45" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="52" />
            <source>Interface language</source>
            <translation>Ngôn ngữ giao diện</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="56" />
            <source>Organisation (printed rosters)</source>
            <translation>Đơn vị ban hành (lịch in)</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="58" />
            <source>Organisation</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="58" />
            <source>Parent organisation</source>
            <translation>Cơ quan cấp trên</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="59" />
            <source>Place (for the date line)</source>
            <translation>Địa danh (dòng ngày tháng)</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="59" />
            <source>Signer's title</source>
            <translation>Chức vụ người ký</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="60" />
            <source>Signer's name</source>
            <translation>Họ tên người ký</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="73" />
            <source>no target</source>
            <translation>không đặt</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="78" />
            <source>Rules and weights</source>
            <translation>Quy tắc và trọng số</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="84" />
            <source>At most, shifts per person per day</source>
            <translation>Tối đa số ca mỗi người mỗi ngày</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="86" />
            <source>Rest between shifts (hours)</source>
            <translation>Nghỉ giữa hai ca (giờ)</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="98" />
            <source>Save settings</source>
            <translation>Lưu cài đặt</translation>
        </message>
    </context>
    <context>
        <name>ShiftResultTableModel</name>
        <message>
            <location filename="../qtmodels/shift_result_table_model.py" line="24" />
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../qtmodels/shift_result_table_model.py" line="24" />
            <source>Shift</source>
            <translation>Ca</translation>
        </message>
        <message>
            <location filename="../qtmodels/shift_result_table_model.py" line="24" />
            <source>Citizens guided</source>
            <translation>Lượt người dân được hướng dẫn</translation>
        </message>
        <message>
            <location filename="../qtmodels/shift_result_table_model.py" line="24" />
            <source>Dossiers supported</source>
            <translation>Hồ sơ được hỗ trợ</translation>
        </message>
        <message>
            <location filename="../qtmodels/shift_result_table_model.py" line="25" />
            <source>VNeID activated</source>
            <translation>VNeID được kích hoạt</translation>
        </message>
        <message>
            <location filename="../qtmodels/shift_result_table_model.py" line="25" />
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
    </context>
    <context>
        <name>StartupWindow</name>
        <message>
            <location filename="../app.py" line="85" />
            <source>Duty Roster</source>
            <translation>Lịch trực</translation>
        </message>
        <message>
            <location filename="../app.py" line="91" />
            <source>Opening the database…</source>
            <translation>Đang mở cơ sở dữ liệu…</translation>
        </message>
        <message>
            <location filename="../app.py" line="130" />
            <source>Cannot open the database</source>
            <translation>Không mở được cơ sở dữ liệu</translation>
        </message>
    </context>
    <context>
        <name>VolunteerDialog</name>
        <message>
            <location filename="../views/volunteer_dialog.py" line="30" />
            <source>New volunteer</source>
            <translation>Thêm tình nguyện viên</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="30" />
            <source>Edit volunteer</source>
            <translation>Sửa thông tin tình nguyện viên</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="42" />
            <source>e.g. Nguyễn Thị Thắng</source>
            <translation>ví dụ: Nguyễn Thị Thắng</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="49" />
            <source>(none)</source>
            <translation>(không có)</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="59" />
            <source>(any center)</source>
            <translation>(mọi trung tâm)</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="64" />
            <source>Active (can be rostered)</source>
            <translation>Đang hoạt động (được xếp lịch)</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="68" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="68" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="69" />
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="69" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="70" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="70" />
            <source>E-mail</source>
            <translation>Thư điện tử</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="71" />
            <source>Skills</source>
            <translation>Kỹ năng</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="71" />
            <source>Home center</source>
            <translation>Trung tâm chính</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="72" />
            <source>Also serves at</source>
            <translation>Trực thêm tại</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="77" />
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="78" />
            <source>Cancel</source>
            <translation>Huỷ</translation>
        </message>
    </context>
    <context>
        <name>VolunteerPicker</name>
        <message>
            <location filename="../views/partials/volunteer_picker.py" line="20" />
            <source>Find a volunteer…</source>
            <translation>Tìm tình nguyện viên…</translation>
        </message>
    </context>
    <context>
        <name>VolunteerTableModel</name>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="25" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="25" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="25" />
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="25" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="25" />
            <source>Center</source>
            <translation>Trung tâm</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="26" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="26" />
            <source>Skills</source>
            <translation>Kỹ năng</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="26" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="76" />
            <source>Active</source>
            <translation>Đang hoạt động</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="76" />
            <source>Inactive</source>
            <translation>Ngừng hoạt động</translation>
        </message>
    </context>
    <context>
        <name>VolunteersPage</name>
        <message>
            <location filename="../views/volunteers_page.py" line="34" />
            <source>Volunteers</source>
            <translation>Tình nguyện viên</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="42" />
            <source>Search name, code, phone… (accents optional)</source>
            <translation>Tìm theo tên, mã, điện thoại… (gõ dấu hay không đều được)</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="53" />
            <source>All roles</source>
            <translation>Tất cả vai trò</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="56" />
            <source>Active only</source>
            <translation>Đang hoạt động</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="57" />
            <source>Inactive only</source>
            <translation>Đã ngừng hoạt động</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="58" />
            <source>Active and inactive</source>
            <translation>Tất cả trạng thái</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="61" />
            <source>Add…</source>
            <translation>Thêm…</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="62" />
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="63" />
            <location filename="../views/volunteers_page.py" line="147" />
            <source>Deactivate</source>
            <translation>Ngừng hoạt động</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="64" />
            <source>Import from spreadsheet…</source>
            <translation>Nhập từ bảng tính…</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="103" />
            <source>All units</source>
            <translation>Tất cả đơn vị</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="104" />
            <source>All centers</source>
            <translation>Tất cả trung tâm</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="129" />
            <source>{shown} of {total} volunteers</source>
            <translation>{shown} / {total} tình nguyện viên</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="146" />
            <source>Reactivate</source>
            <translation>Hoạt động trở lại</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../views/labels.py" line="15" />
            <source>Youth member</source>
            <translation>Đoàn viên</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="16" />
            <source>Police</source>
            <translation>Công an</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="17" />
            <source>Center staff</source>
            <translation>Cán bộ trung tâm</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="18" />
            <source>Team leader</source>
            <translation>Trưởng nhóm</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="23" />
            <source>Mon</source>
            <translation>T2</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="23" />
            <source>Tue</source>
            <translation>T3</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="23" />
            <source>Wed</source>
            <translation>T4</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="23" />
            <source>Thu</source>
            <translation>T5</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="23" />
            <source>Fri</source>
            <translation>T6</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="23" />
            <source>Sat</source>
            <translation>T7</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="23" />
            <source>Sun</source>
            <translation>CN</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="27" />
            <source>Monday</source>
            <translation>Thứ Hai</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="27" />
            <source>Tuesday</source>
            <translation>Thứ Ba</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="27" />
            <source>Wednesday</source>
            <translation>Thứ Tư</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="27" />
            <source>Thursday</source>
            <translation>Thứ Năm</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="27" />
            <source>Friday</source>
            <translation>Thứ Sáu</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="28" />
            <source>Saturday</source>
            <translation>Thứ Bảy</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="28" />
            <source>Sunday</source>
            <translation>Chủ Nhật</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="33" />
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="33" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="33" />
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="33" />
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="34" />
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="34" />
            <source>E-mail</source>
            <translation>Thư điện tử</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="34" />
            <source>Skills</source>
            <translation>Kỹ năng</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="35" />
            <source>Home center</source>
            <translation>Trung tâm chính</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="35" />
            <source>Active</source>
            <translation>Đang hoạt động</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="41" />
            <source>Cover the minimum</source>
            <translation>Đủ số người tối thiểu</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="41" />
            <source>Reach the target headcount</source>
            <translation>Đạt số người mục tiêu</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="42" />
            <source>Fairness between volunteers</source>
            <translation>Công bằng giữa các tình nguyện viên</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="42" />
            <source>Volunteers' preferences</source>
            <translation>Nguyện vọng của tình nguyện viên</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="43" />
            <source>Keep the previous roster</source>
            <translation>Giữ ổn định lịch cũ</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="43" />
            <source>Minimum shifts per month</source>
            <translation>Số ca tối thiểu mỗi tháng</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="44" />
            <source>Fair share of outreach</source>
            <translation>Chia đều hoạt động lưu động</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="44" />
            <source>Mix experienced and new</source>
            <translation>Kết hợp người có kinh nghiệm và người mới</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="50" />
            <source>Dossiers supported per year</source>
            <translation>Hồ sơ được hỗ trợ mỗi năm</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="51" />
            <source>Citizens guided per year</source>
            <translation>Lượt người dân được hướng dẫn mỗi năm</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="52" />
            <source>VNeID accounts activated per year</source>
            <translation>Tài khoản VNeID được kích hoạt mỗi năm</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../views/partials/messages.py" line="11" />
            <source>Changed by someone else</source>
            <translation>Đã có người khác sửa</translation>
        </message>
        <message>
            <location filename="../views/partials/messages.py" line="12" />
            <source>Another coordinator saved this record after you opened it. Your changes were not saved, so theirs are not lost. The record will be reloaded; make your changes again.</source>
            <translation>Một điều phối viên khác đã lưu mục này sau khi bạn mở. Thay đổi của bạn chưa được lưu để không ghi đè lên thay đổi của họ. Dữ liệu sẽ được tải lại; hãy sửa lại lần nữa.</translation>
        </message>
        <message>
            <location filename="../views/partials/messages.py" line="20" />
            <source>Could not save</source>
            <translation>Không lưu được</translation>
        </message>
        <message>
            <location filename="../views/partials/messages.py" line="21" />
            <source>The change could not be saved: {reason}</source>
            <translation>Không lưu được thay đổi: {reason}</translation>
        </message>
    </context>
    <context>
        <name>repository</name>
        <message>
            <location filename="../../models/repository.py" line="46" />
            <source>This field is required.</source>
            <translation>Bắt buộc nhập.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="47" />
            <source>The code {code} is already used.</source>
            <translation>Mã {code} đã được dùng.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="48" />
            <source>Use letters, digits, '-' or '_' only (no spaces).</source>
            <translation>Chỉ dùng chữ, số, '-' hoặc '_' (không có dấu cách).</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="49" />
            <source>A phone number has 9 to 11 digits, e.g. 0912345678.</source>
            <translation>Số điện thoại gồm 9 đến 11 chữ số, ví dụ 0912345678.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="50" />
            <source>Not an e-mail address.</source>
            <translation>Không phải địa chỉ thư điện tử.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="51" />
            <source>Unknown role.</source>
            <translation>Vai trò không hợp lệ.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="52" />
            <source>Write the time as HH:MM, e.g. 07:30.</source>
            <translation>Ghi giờ dạng GG:PP, ví dụ 07:30.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="53" />
            <source>The end must be after the start.</source>
            <translation>Giờ kết thúc phải sau giờ bắt đầu.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="54" />
            <source>Choose at least one weekday.</source>
            <translation>Hãy chọn ít nhất một ngày trong tuần.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="55" />
            <source>Need min ≤ target ≤ max.</source>
            <translation>Cần tối thiểu ≤ mục tiêu ≤ tối đa.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="56" />
            <source>The minimum per month is above the maximum per month.</source>
            <translation>Số ca tối thiểu mỗi tháng lớn hơn số ca tối đa mỗi tháng.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="57" />
            <source>The weekly maximum is above the monthly maximum.</source>
            <translation>Số ca tối đa mỗi tuần lớn hơn số ca tối đa mỗi tháng.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="58" />
            <source>Leave line {line}: the last day is before the first day.</source>
            <translation>Dòng nghỉ {line}: ngày kết thúc trước ngày bắt đầu.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="59" />
            <source>The minimum team size is above the maximum.</source>
            <translation>Số người tối thiểu lớn hơn số người tối đa.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="60" />
            <source>Rule line {line} needs more people than the team's maximum.</source>
            <translation>Yêu cầu dòng {line} cần nhiều người hơn số tối đa của đội.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="61" />
            <source>Rule line {line}: choose a role or a skill.</source>
            <translation>Yêu cầu dòng {line}: hãy chọn vai trò hoặc kỹ năng.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="62" />
            <source>Must be zero or more.</source>
            <translation>Không được âm.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="63" />
            <source>Code {code} is listed twice.</source>
            <translation>Mã {code} bị lặp.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="64" />
            <source>This record has assignments and cannot be deleted.</source>
            <translation>Mục này đã có phân công nên không thể xoá.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="65" />
            <source>{day} is both an extra closed and an extra open day.</source>
            <translation>Ngày {day} vừa là ngày nghỉ bổ sung vừa là ngày làm việc bổ sung.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="310" />
            <source>Unknown unit {code}.</source>
            <translation>Không có đơn vị {code}.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="313" />
            <location filename="../../models/repository.py" line="552" />
            <source>Unknown skill {code}.</source>
            <translation>Không có kỹ năng {code}.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="316" />
            <location filename="../../models/repository.py" line="736" />
            <source>Unknown center {code}.</source>
            <translation>Không có trung tâm {code}.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="951" />
            <source>Must be at least 1.</source>
            <translation>Phải từ 1 trở lên.</translation>
        </message>
    </context>
    <context>
        <name>volunteer_import</name>
        <message>
            <location filename="../../models/volunteer_import.py" line="44" />
            <source>a value (the field is required)</source>
            <translation>một giá trị (bắt buộc nhập)</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="45" />
            <source>one of: youth, police, staff, leader (or Đoàn viên, Công an, Cán bộ, Trưởng nhóm)</source>
            <translation>một trong: Đoàn viên, Công an, Cán bộ, Trưởng nhóm (hoặc youth, police, staff, leader)</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="46" />
            <source>the code or name of a known unit</source>
            <translation>mã hoặc tên một đơn vị đã có</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="47" />
            <source>the code or name of a known center</source>
            <translation>mã hoặc tên một trung tâm đã có</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="48" />
            <source>known skill codes separated by commas</source>
            <translation>mã kỹ năng đã có, cách nhau bởi dấu phẩy</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="49" />
            <source>9 to 11 digits, e.g. 0912345678</source>
            <translation>từ 9 đến 11 chữ số, ví dụ 0912345678</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="50" />
            <source>an e-mail address like ten@example.com</source>
            <translation>địa chỉ thư điện tử dạng ten@example.com</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="51" />
            <source>letters, digits, '-' or '_' without spaces</source>
            <translation>chữ, số, '-' hoặc '_', không có dấu cách</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="52" />
            <source>a code not used by another row of the file (row {row} has it too)</source>
            <translation>mã không trùng với dòng khác trong tệp (dòng {row} cũng có mã này)</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="53" />
            <source>yes/no, có/không, 1/0</source>
            <translation>có/không, yes/no, 1/0</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="54" />
            <source>Cannot read {file}: {reason}</source>
            <translation>Không đọc được {file}: {reason}</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="55" />
            <source>The sheet has no rows.</source>
            <translation>Bảng tính không có dòng nào.</translation>
        </message>
    </context>
</TS>