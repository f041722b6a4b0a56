<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AvailabilityPage</name>
    <message>
        <source>Weekly availability (click a cell)</source>
        <translation>Lịch rảnh hằng tuần (bấm vào ô để chọn)</translation>
    </message>
    <message>
        <source>Available every day (no weekly pattern)</source>
        <translation>Rảnh tất cả các ngày (không theo lịch tuần)</translation>
    </message>
    <message>
        <source>“Whole day” also covers outreach events on that day.</source>
        <translation>“Cả ngày” bao gồm cả các hoạt động lưu động trong ngày đó.</translation>
    </message>
    <message>
        <source>Leave and busy dates</source>
        <translation>Ngày nghỉ, ngày bận</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Reason, e.g. exams</source>
        <translation>Lý do, ví dụ: thi học kỳ</translation>
    </message>
    <message>
        <source>Add leave</source>
        <translation>Thêm ngày nghỉ</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Xoá dòng đã chọn</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <source>At most, shifts per week</source>
        <translation>Tối đa số ca mỗi tuần</translation>
    </message>
    <message>
        <source>At most, shifts per month</source>
        <translation>Tối đa số ca mỗi tháng</translation>
    </message>
    <message>
        <source>At least, shifts per month</source>
        <translation>Tối thiểu số ca mỗi tháng</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Nguyện vọng</translation>
    </message>
    <message>
        <source>Prefers these days</source>
        <translation>Muốn trực các ngày</translation>
    </message>
    <message>
        <source>Avoids these days</source>
        <translation>Tránh các ngày</translation>
    </message>
    <message>
        <source>Prefers these posts</source>
        <translation>Muốn trực tại</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Hoàn tác thay đổi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Cả ngày</translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <source>Candidates</source>
        <translation>Người có thể nhận ca</translation>
    </message>
    <message>
        <source>{count} volunteers can take this seat, fewest duties first. Double-click to assign.</source>
        <translation>{count} tình nguyện viên có thể nhận ca này, ai ít ca hơn đứng trước. Bấm đúp để phân công.</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Số ca</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>prefers this</source>
        <translation>thích ca này</translation>
    </message>
    <message>
        <source>would rather avoid this</source>
        <translation>muốn tránh ca này</translation>
    </message>
    <message>
        <source>Not offered — {rule}</source>
        <translation>Không đề xuất — {rule}</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>CentersPage</name>
    <message>
        <source>Centers &amp; posts</source>
        <translation>Trung tâm &amp; vị trí trực</translation>
    </message>
    <message>
        <source>Centers, posts and shifts</source>
        <translation>Trung tâm, vị trí và ca trực</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Ngày lễ</translation>
    </message>
</context>
<context>
    <name>CentersTab</name>
    <message>
        <source>New center</source>
        <translation>Thêm trung tâm</translation>
    </message>
    <message>
        <source>Closed on public holidays</source>
        <translation>Nghỉ vào ngày lễ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Posts (floors, desks)</source>
        <translation>Vị trí trực (tầng, quầy)</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Kỹ năng bắt buộc</translation>
    </message>
    <message>
        <source>Required skills, by name, comma-separated</source>
        <translation>Kỹ năng cần có: ghi tên kỹ năng, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Skills: {skills}</source>
        <translation>Kỹ năng: {skills}</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Ca trực</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Headcount per shift and post: minimum / target / maximum</source>
        <translation>Số người mỗi ca và vị trí: tối thiểu / mục tiêu / tối đa</translation>
    </message>
    <message>
        <source>Write e.g. 1/2/2; leave a cell empty when the post is not staffed on that shift.</source>
        <translation>Ghi ví dụ 1/2/2; để trống nếu vị trí không trực ở ca đó.</translation>
    </message>
    <message>
        <source>Save center</source>
        <translation>Lưu trung tâm</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Xoá dòng</translation>
    </message>
    <message>
        <source>Floor 1</source>
        <translation>Tầng 1</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Ca sáng</translation>
    </message>
    <message>
        <source>Shift {shift}, post {post}: write minimum/target/maximum, e.g. 1/2/2.</source>
        <translation>Ca {shift}, vị trí {post}: ghi tối thiểu/mục tiêu/tối đa, ví dụ 1/2/2.</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>The roster of this period has not been published yet.</source>
        <translation>Lịch trực của giai đoạn này chưa được công bố.</translation>
    </message>
    <message>
        <source>No change since the published version.</source>
        <translation>Không có thay đổi so với bản đã công bố.</translation>
    </message>
    <message>
        <source>+ {name} on {seat}</source>
        <translation>+ {name} vào {seat}</translation>
    </message>
    <message>
        <source>− {name} off {seat}</source>
        <translation>− {name} rời {seat}</translation>
    </message>
</context>
<context>
    <name>ChipDelegate</name>
    <message>
        <source>empty</source>
        <translation>trống</translation>
    </message>
</context>
<context>
    <name>CodeNameList</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Đang dùng ở</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Xoá dòng đã chọn</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
</context>
<context>
    <name>DatabaseMessages</name>
    <message>
        <source>The database {name} is open elsewhere (locked). Close the other program, or try again in a moment.</source>
        <translation>Cơ sở dữ liệu {name} đang được mở ở nơi khác (đang bị khoá). Hãy đóng chương trình kia, hoặc thử lại sau ít phút.</translation>
    </message>
    <message>
        <source>{name} is not a Duty Roster database. It was left as it is.</source>
        <translation>{name} không phải là cơ sở dữ liệu của Lịch trực. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database {name} was made by a newer version of Duty Roster. Upgrade Duty Roster to open it.</source>
        <translation>Cơ sở dữ liệu {name} được tạo bởi phiên bản Lịch trực mới hơn. Hãy nâng cấp Lịch trực để mở.</translation>
    </message>
    <message>
        <source>Backups are made for databases kept in a file on this computer only. A database on a server is backed up with the server&apos;s own tools.</source>
        <translation>Chỉ sao lưu được cơ sở dữ liệu lưu thành tệp trên máy này. Cơ sở dữ liệu trên máy chủ được sao lưu bằng công cụ của máy chủ.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Outreach events</source>
        <translation>Hoạt động lưu động</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Đội</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Đã phân công</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>people</source>
        <translation>người</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>Quy mô đội</translation>
    </message>
    <message>
        <source>Team composition: at least …</source>
        <translation>Thành phần đội: tối thiểu …</translation>
    </message>
    <message>
        <source>Role or skill</source>
        <translation>Vai trò hoặc kỹ năng</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Thêm yêu cầu</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Xoá yêu cầu</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <source>Save event</source>
        <translation>Lưu hoạt động</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Xoá hoạt động</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Vai trò: {role}</translation>
    </message>
    <message>
        <source>Skill: {skill}</source>
        <translation>Kỹ năng: {skill}</translation>
    </message>
    <message>
        <source>(no center)</source>
        <translation>(không thuộc trung tâm)</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Re-plan around my changes</source>
        <translation>Xếp lại quanh các thay đổi của tôi</translation>
    </message>
    <message>
        <source>Generate the roster</source>
        <translation>Xếp lịch trực</translation>
    </message>
    <message>
        <source>Locked assignments are kept; the solver changes as few other assignments as the rules allow.</source>
        <translation>Giữ nguyên các phân công đã khoá; bộ xếp lịch thay đổi ít phân công khác nhất mà quy tắc cho phép.</translation>
    </message>
    <message>
        <source>Locked assignments are kept; the other assignments of the period are replaced.</source>
        <translation>Giữ nguyên các phân công đã khoá; các phân công khác trong giai đoạn được xếp lại.</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>Tất cả trung tâm</translation>
    </message>
    <message>
        <source>Centers</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Thời gian tối đa</translation>
    </message>
    <message>
        <source>Press Start to search for a roster.</source>
        <translation>Bấm Bắt đầu để tìm lịch trực.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Reading the period&apos;s volunteers, shifts and rules…</source>
        <translation>Đang đọc tình nguyện viên, ca trực và quy định của kỳ…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Stop and keep the best roster</source>
        <translation>Dừng và giữ lịch tốt nhất</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Keep them as they are (locked for this generate)</source>
        <translation>Giữ nguyên các phân công này (khóa lại khi tạo lịch)</translation>
    </message>
    <message>
        <source>Replace them too</source>
        <translation>Thay cả các phân công này</translation>
    </message>
    <message>
        <source>Could not read the period&apos;s assignments: {reason}</source>
        <translation>Không đọc được các phân công của giai đoạn: {reason}</translation>
    </message>
    <message>
        <source>{count} on published days</source>
        <translation>{count} phân công vào ngày đã công bố</translation>
    </message>
    <message>
        <source>{count} placed by hand</source>
        <translation>{count} phân công xếp bằng tay</translation>
    </message>
    <message>
        <source>{count} on days already past</source>
        <translation>{count} phân công vào ngày đã qua</translation>
    </message>
    <message>
        <source>Generating would replace {count} assignments of this period: {parts}.</source>
        <translation>Tạo lịch sẽ thay {count} phân công của giai đoạn này: {parts}.</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Chi tiết kỹ thuật</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The period is longer than a year; choose at most {days} days.</source>
        <translation>Khoảng thời gian dài hơn một năm; hãy chọn tối đa {days} ngày.</translation>
    </message>
    <message>
        <source>Looking for published and hand-placed assignments…</source>
        <translation>Đang tìm các phân công đã công bố hoặc xếp bằng tay…</translation>
    </message>
    <message>
        <source>Stopping — keeping the best roster found…</source>
        <translation>Đang dừng — giữ lịch tốt nhất đã tìm được…</translation>
    </message>
    <message>
        <source>The database is open in another program; nothing was changed. Close it, then start again.</source>
        <translation>Cơ sở dữ liệu đang được mở ở nơi khác; không có gì thay đổi. Hãy đóng nơi đó rồi bắt đầu lại.</translation>
    </message>
    <message>
        <source>The solver could not run: {reason}</source>
        <translation>Không chạy được bộ xếp lịch: {reason}</translation>
    </message>
    <message>
        <source>No roster found ({status}); nothing was changed.</source>
        <translation>Không tìm được lịch ({status}); không có gì thay đổi.</translation>
    </message>
    <message>
        <source>The roster found breaks a rule that must never be broken; nothing was changed.</source>
        <translation>Lịch tìm được vi phạm một quy tắc bắt buộc; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Optimal roster</source>
        <translation>Lịch tối ưu</translation>
    </message>
    <message>
        <source>Good roster</source>
        <translation>Lịch tốt</translation>
    </message>
    <message>
        <source>No roster possible</source>
        <translation>Không thể xếp lịch</translation>
    </message>
    <message>
        <source>No roster yet</source>
        <translation>Chưa có lịch</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>Country (ISO code)</source>
        <translation>Quốc gia (mã ISO)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Ngày lễ</translation>
    </message>
    <message>
        <source>Public holidays of the year (centers that close on holidays are closed):</source>
        <translation>Các ngày lễ trong năm (trung tâm nghỉ lễ sẽ đóng cửa):</translation>
    </message>
    <message>
        <source>Extra closed days</source>
        <translation>Ngày nghỉ bổ sung</translation>
    </message>
    <message>
        <source>Extra open days (open although a holiday)</source>
        <translation>Ngày làm việc bổ sung (mở cửa dù là ngày lễ)</translation>
    </message>
    <message>
        <source>Save holidays</source>
        <translation>Lưu ngày lễ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import volunteers from a spreadsheet</source>
        <translation>Nhập tình nguyện viên từ bảng tính</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Tiếp &gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>Choose an Excel (.xlsx) or CSV file. The first row must hold the column names; every other row is one volunteer. Rows whose code already exists update that volunteer.</source>
        <translation>Chọn tệp Excel (.xlsx) hoặc CSV. Dòng đầu tiên là tên cột; mỗi dòng còn lại là một tình nguyện viên. Dòng có mã đã tồn tại sẽ cập nhật tình nguyện viên đó.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Match each volunteer field with a column of the file. Code and full name are required.</source>
        <translation>Ghép mỗi thông tin của tình nguyện viên với một cột trong tệp. Bắt buộc có mã và họ tên.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Giá trị trong tệp</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <source>Step 1 of 3: choose the file</source>
        <translation>Bước 1/3: chọn tệp</translation>
    </message>
    <message>
        <source>Step 2 of 3: match the columns</source>
        <translation>Bước 2/3: ghép cột</translation>
    </message>
    <message>
        <source>Step 3 of 3: check the rows</source>
        <translation>Bước 3/3: kiểm tra các dòng</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Chọn bảng tính</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Cannot read this file: {reason}</source>
        <translation>Không đọc được tệp này: {reason}</translation>
    </message>
    <message>
        <source>The import failed: {reason}</source>
        <translation>Nhập không thành công: {reason}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Đang đọc {file}…</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(không có trong tệp)</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>cột {number}</translation>
    </message>
    <message>
        <source>{count} rows found.</source>
        <translation>Tìm thấy {count} dòng.</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}</source>
        <translation>Hãy chọn cột cho: {fields}</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Đang kiểm tra các dòng…</translation>
    </message>
    <message>
        <source>{bad} rows have problems (listed below); {good} rows are fine. Nothing will be saved until every row is correct: fix the file and choose it again.</source>
        <translation>{bad} dòng có lỗi (liệt kê bên dưới); {good} dòng hợp lệ. Chưa lưu gì cho đến khi mọi dòng đều đúng: hãy sửa tệp rồi chọn lại.</translation>
    </message>
    <message>
        <source>All {good} rows are correct: {new} new volunteers, {updates} updates. Press Import to save them.</source>
        <translation>Cả {good} dòng đều hợp lệ: {new} tình nguyện viên mới, {updates} cập nhật. Bấm Nhập để lưu.</translation>
    </message>
    <message>
        <source>The file has no volunteer rows.</source>
        <translation>Tệp không có dòng tình nguyện viên nào.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>ImportModeDialog</name>
    <message>
        <source>Import workspace</source>
        <translation>Nhập dữ liệu làm việc</translation>
    </message>
    <message>
        <source>Import {file} into the open database:</source>
        <translation>Nhập {file} vào cơ sở dữ liệu đang mở:</translation>
    </message>
    <message>
        <source>Replace: the database will hold exactly what the file holds</source>
        <translation>Thay thế: cơ sở dữ liệu sẽ chỉ còn đúng những gì có trong tệp</translation>
    </message>
    <message>
        <source>Merge: add new records and update those with the same code</source>
        <translation>Gộp: thêm bản ghi mới và cập nhật các bản ghi cùng mã</translation>
    </message>
    <message>
        <source>The whole file is checked first; if anything is wrong, nothing is written.</source>
        <translation>Toàn bộ tệp được kiểm tra trước; nếu có lỗi thì không ghi gì cả.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Mark ill or away</source>
        <translation>Báo ốm hoặc vắng</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Ill</source>
        <translation>Ốm</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>LevelBox</name>
    <message>
        <source>Province</source>
        <translation>Tỉnh / thành phố</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện / quận</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Volunteers</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Lịch rảnh</translation>
    </message>
    <message>
        <source>Centers &amp; posts</source>
        <translation>Trung tâm &amp; vị trí trực</translation>
    </message>
    <message>
        <source>Outreach events</source>
        <translation>Hoạt động lưu động</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lịch trực</translation>
    </message>
    <message>
        <source>Results &amp; statistics</source>
        <translation>Kết quả &amp; thống kê</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Duty Roster — {database}</source>
        <translation>Lịch trực — {database}</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Cơ sở dữ liệu: {database}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Import &amp;workspace…</source>
        <translation>Nhập &amp;dữ liệu làm việc…</translation>
    </message>
    <message>
        <source>&amp;Export workspace…</source>
        <translation>&amp;Xuất dữ liệu làm việc…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Khôi phục bản sao lưu…</translation>
    </message>
    <message>
        <source>&amp;Import volunteers…</source>
        <translation>&amp;Nhập tình nguyện viên…</translation>
    </message>
    <message>
        <source>&amp;Reload from the database</source>
        <translation>Tải &amp;lại từ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Đi tới</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About Duty Roster</source>
        <translation>&amp;Giới thiệu Lịch trực</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu SQLite (*.sqlite *.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation>Nhập dữ liệu làm việc</translation>
    </message>
    <message>
        <source>Workspace files (*.json);;All files (*)</source>
        <translation>Tệp dữ liệu làm việc (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation>Xuất dữ liệu làm việc</translation>
    </message>
    <message>
        <source>Workspace files (*.json)</source>
        <translation>Tệp dữ liệu làm việc (*.json)</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Vui lòng chờ</translation>
    </message>
    <message>
        <source>Other work is still running on this database; try again when it has finished.</source>
        <translation>Một việc khác vẫn đang chạy trên cơ sở dữ liệu này; hãy thử lại khi việc đó xong.</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Đang mở {file}…</translation>
    </message>
    <message>
        <source>The workspace was not imported</source>
        <translation>Dữ liệu làm việc chưa được nhập</translation>
    </message>
    <message>
        <source>{file} imported: {volunteers} volunteers, {centers} centers, {events} events</source>
        <translation>Đã nhập {file}: {volunteers} tình nguyện viên, {centers} trung tâm, {events} hoạt động</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Đang nhập {file}…</translation>
    </message>
    <message>
        <source>Workspace written to {file}: {volunteers} volunteers, {assignments} assignments</source>
        <translation>Đã ghi dữ liệu làm việc vào {file}: {volunteers} tình nguyện viên, {assignments} phân công</translation>
    </message>
    <message>
        <source>The workspace was not exported</source>
        <translation>Dữ liệu làm việc chưa được xuất</translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation>Đang ghi {file}…</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup made on {date}? What it holds now is backed up first.</source>
        <translation>Thay toàn bộ dữ liệu bằng bản sao lưu ngày {date}? Dữ liệu hiện có sẽ được sao lưu trước.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <source>The backup made on {date} was restored.</source>
        <translation>Đã khôi phục bản sao lưu ngày {date}.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Chưa khôi phục được bản sao lưu</translation>
    </message>
    <message>
        <source>Restoring the backup made on {date}…</source>
        <translation>Đang khôi phục bản sao lưu ngày {date}…</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>Phiên bản: {version}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Thư mục dữ liệu: {folder}</translation>
    </message>
    <message>
        <source>About Duty Roster</source>
        <translation>Giới thiệu Lịch trực</translation>
    </message>
    <message>
        <source>Duty Roster rosters youth volunteers for public administrative service centers and outreach sessions.</source>
        <translation>Lịch trực xếp lịch cho tình nguyện viên thanh niên tại các trung tâm phục vụ hành chính công và các buổi tuyên truyền lưu động.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>inactive</source>
        <translation>không còn hoạt động</translation>
    </message>
    <message>
        <source>serve other centers</source>
        <translation>thuộc trung tâm khác</translation>
    </message>
    <message>
        <source>center closed ({holiday})</source>
        <translation>trung tâm nghỉ ({holiday})</translation>
    </message>
    <message>
        <source>on leave</source>
        <translation>đang nghỉ (nghỉ phép, thi, ốm…)</translation>
    </message>
    <message>
        <source>not available on {day} {part} (shift {shift})</source>
        <translation>không rảnh {part} {day} (ca {shift})</translation>
    </message>
    <message>
        <source>not available on {day} {part}</source>
        <translation>không rảnh {part} {day}</translation>
    </message>
    <message>
        <source>not available on {day}</source>
        <translation>không rảnh vào {day}</translation>
    </message>
    <message>
        <source>lack the skill {skill}</source>
        <translation>thiếu kỹ năng {skill}</translation>
    </message>
    <message>
        <source>already on duty elsewhere at that time</source>
        <translation>đang trực nơi khác cùng giờ</translation>
    </message>
    <message>
        <source>already at an outreach event at that time</source>
        <translation>đang đi hoạt động lưu động cùng giờ</translation>
    </message>
    <message>
        <source>already on another shift at that time</source>
        <translation>đang trực ca khác cùng giờ</translation>
    </message>
    <message>
        <source>would not get {hours} hours of rest</source>
        <translation>không được nghỉ đủ {hours} giờ giữa hai ca</translation>
    </message>
    <message>
        <source>at their daily maximum</source>
        <translation>đã đủ số ca tối đa trong ngày</translation>
    </message>
    <message>
        <source>at their weekly maximum</source>
        <translation>đã đủ số ca tối đa trong tuần</translation>
    </message>
    <message>
        <source>at their monthly maximum</source>
        <translation>đã đủ số ca tối đa trong tháng</translation>
    </message>
    <message>
        <source>at their {rule} limit</source>
        <translation>đã chạm giới hạn {rule}</translation>
    </message>
    <message>
        <source>would work more than {limit} days in a row</source>
        <translation>sẽ trực quá {limit} ngày liên tiếp</translation>
    </message>
    <message>
        <source>cannot work that shift next to their shift of the day before or after</source>
        <translation>không được trực ca này ngay sau hoặc trước ca của ngày liền kề</translation>
    </message>
    <message>
        <source>at their maximum of {shift} shifts</source>
        <translation>đã đủ số ca {shift} tối đa</translation>
    </message>
    <message>
        <source>free but no team meets the requirements</source>
        <translation>rảnh nhưng không lập được đội đủ thành phần</translation>
    </message>
    <message>
        <source>free but not chosen before the solver stopped</source>
        <translation>rảnh nhưng chưa được chọn trước khi dừng xếp lịch</translation>
    </message>
    <message>
        <source>only {able} free for &quot;at least {need} {what}&quot;</source>
        <translation>chỉ {able} người rảnh cho yêu cầu “ít nhất {need} {what}”</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>sáng</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>chiều</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>tối</translation>
    </message>
    <message>
        <source>youth</source>
        <translation>đoàn viên</translation>
    </message>
    <message>
        <source>police</source>
        <translation>công an</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>trưởng nhóm</translation>
    </message>
</context>
<context>
    <name>RequestsBox</name>
    <message>
        <source>Requests for given days</source>
        <translation>Nguyện vọng theo ngày</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ca</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation>Mong muốn</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <source>weight </source>
        <translation>trọng số </translation>
    </message>
    <message>
        <source>Add request</source>
        <translation>Thêm nguyện vọng</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Xoá dòng đã chọn</translation>
    </message>
    <message>
        <source>Requests are wishes the planner tries to meet; leave that must be respected belongs under leave and busy dates.</source>
        <translation>Nguyện vọng được cố gắng đáp ứng khi xếp lịch; ngày nghỉ bắt buộc hãy ghi ở mục ngày nghỉ, ngày bận.</translation>
    </message>
    <message>
        <source>Would like to work</source>
        <translation>Muốn trực</translation>
    </message>
    <message>
        <source>Would rather not work</source>
        <translation>Không muốn trực</translation>
    </message>
    <message>
        <source>Any shift</source>
        <translation>Ca bất kỳ</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the backup to put back. What the database holds now is backed up first, so it can be put back in turn.</source>
        <translation>Chọn bản sao lưu cần khôi phục. Dữ liệu hiện có sẽ được sao lưu trước, nên vẫn lấy lại được.</translation>
    </message>
    <message>
        <source>There is no backup of this database yet. One is made every day the app opens it, and before every upgrade.</source>
        <translation>Chưa có bản sao lưu nào của cơ sở dữ liệu này. Mỗi ngày, khi mở ứng dụng và trước mỗi lần nâng cấp, một bản sao lưu được tạo tự động.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Ngày sao lưu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results &amp; statistics</source>
        <translation>Kết quả &amp; thống kê</translation>
    </message>
    <message>
        <source>Enter results</source>
        <translation>Nhập kết quả</translation>
    </message>
    <message>
        <source>Totals and target</source>
        <translation>Tổng hợp và chỉ tiêu</translation>
    </message>
    <message>
        <source>Per volunteer</source>
        <translation>Theo tình nguyện viên</translation>
    </message>
    <message>
        <source>&lt; Previous week</source>
        <translation>&lt; Tuần trước</translation>
    </message>
    <message>
        <source>Next week &gt;</source>
        <translation>Tuần sau &gt;</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Tuần có ngày</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Lưu kết quả</translation>
    </message>
    <message>
        <source>This week: {citizens} citizens guided, {dossiers} dossiers supported, {vneid} VNeID accounts activated.</source>
        <translation>Tuần này: {citizens} lượt người dân được hướng dẫn, {dossiers} hồ sơ được hỗ trợ, {vneid} tài khoản VNeID được kích hoạt.</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>theo tháng</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>theo tuần</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Ca trực</translation>
    </message>
    <message>
        <source>Citizens guided</source>
        <translation>Lượt người dân được hướng dẫn</translation>
    </message>
    <message>
        <source>Dossiers supported</source>
        <translation>Hồ sơ được hỗ trợ</translation>
    </message>
    <message>
        <source>VNeID activated</source>
        <translation>VNeID được kích hoạt</translation>
    </message>
    <message>
        <source>Week {week} (from {day})</source>
        <translation>Tuần {week} (từ {day})</translation>
    </message>
    <message>
        <source>Month {month}/{year}</source>
        <translation>Tháng {month}/{year}</translation>
    </message>
    <message>
        <source>Dossiers supported in {year}: {done} of the yearly target {target} ({percent}%).</source>
        <translation>Hồ sơ được hỗ trợ năm {year}: {done} trên chỉ tiêu năm {target} ({percent}%).</translation>
    </message>
    <message>
        <source>Dossiers supported in {year}: {done} (no yearly target for this choice; set it in Settings).</source>
        <translation>Hồ sơ được hỗ trợ năm {year}: {done} (chưa có chỉ tiêu năm cho lựa chọn này; đặt trong Cài đặt).</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Luỹ kế</translation>
    </message>
    <message>
        <source>Yearly target</source>
        <translation>Chỉ tiêu năm</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Outreach events</source>
        <translation>Hoạt động lưu động</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>Tất cả trung tâm</translation>
    </message>
</context>
<context>
    <name>RosterBoardModel</name>
    <message>
        <source>Outreach events</source>
        <translation>Hoạt động lưu động</translation>
    </message>
    <message>
        <source>{center} · {shift} ({start}–{end}) · {post}: min {min}, target {target}, max {max}</source>
        <translation>{center} · {shift} ({start}–{end}) · {post}: tối thiểu {min}, mong muốn {target}, tối đa {max}</translation>
    </message>
    <message>
        <source>Closed: {holiday}</source>
        <translation>Nghỉ: {holiday}</translation>
    </message>
    <message>
        <source>{name}
{start}–{end}, {location}
team {low}–{high}</source>
        <translation>{name}
{start}–{end}, {location}
đội {low}–{high} người</translation>
    </message>
    <message>
        <source>Locked: the solver keeps this assignment</source>
        <translation>Đã khoá: bộ xếp lịch giữ nguyên phân công này</translation>
    </message>
    <message>
        <source>Changed since the published version</source>
        <translation>Thay đổi so với bản đã công bố</translation>
    </message>
    <message>
        <source>Placed by the last re-plan</source>
        <translation>Do lần xếp lại gần nhất đặt vào</translation>
    </message>
    <message>
        <source>Empty seat below the minimum</source>
        <translation>Chỗ trống dưới mức tối thiểu</translation>
    </message>
    <message>
        <source>Empty seat below the target</source>
        <translation>Chỗ trống dưới số người mong muốn</translation>
    </message>
    <message>
        <source>Free seat</source>
        <translation>Chỗ còn nhận thêm</translation>
    </message>
    <message>
        <source>Right-click for candidates</source>
        <translation>Bấm chuột phải để xem người có thể nhận</translation>
    </message>
    <message>
        <source>Rule broken</source>
        <translation>Vi phạm quy tắc</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
</context>
<context>
    <name>RosterBoardPage</name>
    <message>
        <source>Roster</source>
        <translation>Lịch trực</translation>
    </message>
    <message>
        <source>Previous period (Ctrl+PgUp)</source>
        <translation>Giai đoạn trước (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next period (Ctrl+PgDown)</source>
        <translation>Giai đoạn sau (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>Tất cả trung tâm</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation>Xếp lịch…</translation>
    </message>
    <message>
        <source>Build the roster of the period with the solver (Ctrl+G)</source>
        <translation>Xếp lịch trực của giai đoạn bằng bộ xếp lịch (Ctrl+G)</translation>
    </message>
    <message>
        <source>Re-plan around my changes…</source>
        <translation>Xếp lại quanh thay đổi…</translation>
    </message>
    <message>
        <source>Keep the locks, change as little as possible (Ctrl+Shift+R)</source>
        <translation>Giữ phân công đã khoá, thay đổi ít nhất (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Công bố…</translation>
    </message>
    <message>
        <source>Print / export</source>
        <translation>In / xuất</translation>
    </message>
    <message>
        <source>Calendar files (ICS)…</source>
        <translation>Tệp lịch (ICS)…</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)…</source>
        <translation>Bảng tính (XLSX)…</translation>
    </message>
    <message>
        <source>Show or hide the rules, changes and history panel (F6)</source>
        <translation>Hiện hoặc ẩn bảng quy tắc, thay đổi và lịch sử (F6)</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Bảng lịch</translation>
    </message>
    <message>
        <source>By volunteer</source>
        <translation>Theo tình nguyện viên</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Loaded roster</source>
        <translation>Lịch đã tải</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Hide panel ▸</source>
        <translation>Ẩn bảng ▸</translation>
    </message>
    <message>
        <source>◂ Rules panel</source>
        <translation>◂ Bảng quy tắc</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <source>⚠ {count} rules broken: {rules} — see the Rules panel</source>
        <translation>⚠ {count} vi phạm quy tắc: {rules} — xem bảng Quy tắc</translation>
    </message>
    <message>
        <source>Rules ({count})</source>
        <translation>Quy tắc ({count})</translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>Chưa công bố</translation>
    </message>
    <message>
        <source>Published {when} by {who} — {count} changes since</source>
        <translation>Đã công bố {when} bởi {who} — {count} thay đổi từ đó</translation>
    </message>
    <message>
        <source>This edit breaks a rule</source>
        <translation>Thay đổi này vi phạm quy tắc</translation>
    </message>
    <message>
        <source>This edit breaks rules that the solver never breaks:
{rules}

Do it anyway?</source>
        <translation>Thay đổi này vi phạm quy tắc mà bộ xếp lịch không bao giờ vi phạm:
{rules}

Vẫn thực hiện?</translation>
    </message>
    <message>
        <source>Center roster with its outreach events (PDF)…</source>
        <translation>Lịch trực trung tâm kèm hoạt động lưu động (PDF)…</translation>
    </message>
    <message>
        <source>Personal schedules of everyone rostered (PDF)…</source>
        <translation>Lịch cá nhân của mọi người được xếp lịch (PDF)…</translation>
    </message>
    <message>
        <source>Personal schedule of the selected volunteers (PDF)…</source>
        <translation>Lịch cá nhân của tình nguyện viên đang chọn (PDF)…</translation>
    </message>
    <message>
        <source>Team sheet of the outreach events (PDF)…</source>
        <translation>Danh sách đội lưu động (PDF)…</translation>
    </message>
    <message>
        <source>Candidates for this seat…	Enter</source>
        <translation>Người có thể nhận ca này…	Enter</translation>
    </message>
    <message>
        <source>Unlock	L</source>
        <translation>Mở khoá	L</translation>
    </message>
    <message>
        <source>Lock	L</source>
        <translation>Khoá	L</translation>
    </message>
    <message>
        <source>Remove from this seat	Del</source>
        <translation>Bỏ khỏi ca này	Del</translation>
    </message>
    <message>
        <source>Pick up to move or swap	Ctrl+X</source>
        <translation>Nhấc lên để chuyển hoặc đổi	Ctrl+X</translation>
    </message>
    <message>
        <source>Mark ill or away…</source>
        <translation>Báo ốm hoặc vắng…</translation>
    </message>
    <message>
        <source>Put {name} here	Ctrl+V</source>
        <translation>Đặt {name} vào đây	Ctrl+V</translation>
    </message>
    <message>
        <source>Replacing {name}</source>
        <translation>Thay cho {name}</translation>
    </message>
    <message>
        <source>{name} picked up: choose a seat and press Ctrl+V</source>
        <translation>Đã nhấc {name}: chọn chỗ và bấm Ctrl+V</translation>
    </message>
    <message>
        <source>Re-plan: {added} added, {removed} removed</source>
        <translation>Xếp lại: thêm {added}, bỏ {removed}</translation>
    </message>
    <message>
        <source>Generate: {added} added, {removed} removed</source>
        <translation>Xếp lịch: thêm {added}, bỏ {removed}</translation>
    </message>
    <message>
        <source>Saving the roster…</source>
        <translation>Đang lưu lịch trực…</translation>
    </message>
    <message>
        <source>The roster was changed by someone else while solving — solve again</source>
        <translation>Lịch đã bị người khác thay đổi trong lúc xếp — hãy xếp lại</translation>
    </message>
    <message>
        <source>The database is open in another program; nothing was saved. Close it, then solve again</source>
        <translation>Cơ sở dữ liệu đang được mở ở nơi khác; chưa lưu gì. Hãy đóng nơi đó rồi xếp lại</translation>
    </message>
    <message>
        <source>The roster was not saved</source>
        <translation>Lịch chưa được lưu</translation>
    </message>
    <message>
        <source>Publish the roster</source>
        <translation>Công bố lịch trực</translation>
    </message>
    <message>
        <source>Freeze the roster of {start} – {end} as the published version? Later edits will show as changes since this version.</source>
        <translation>Chốt lịch trực {start} – {end} làm bản công bố? Các sửa đổi sau này sẽ hiện là thay đổi so với bản này.</translation>
    </message>
    <message>
        <source>Folder for the calendar files</source>
        <translation>Thư mục lưu tệp lịch</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Saved {what}</source>
        <translation>Đã lưu {what}</translation>
    </message>
    <message>
        <source>There is nothing to print for this period.</source>
        <translation>Khoảng thời gian này không có gì để in.</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Không có gì để in</translation>
    </message>
</context>
<context>
    <name>RosterPrint</name>
    <message>
        <source>The roster is still loading; try again in a moment.</source>
        <translation>Lịch trực đang được tải; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>Select one or more volunteers on the board (their cards, or rows of the by-volunteer view) first.</source>
        <translation>Hãy chọn trước một hoặc nhiều tình nguyện viên trên bảng (thẻ tên của họ, hoặc dòng trong chế độ xem theo tình nguyện viên).</translation>
    </message>
    <message>
        <source>There is no outreach event this month.</source>
        <translation>Tháng này không có hoạt động lưu động nào.</translation>
    </message>
    <message>
        <source>There is no outreach event this week.</source>
        <translation>Tuần này không có hoạt động lưu động nào.</translation>
    </message>
    <message>
        <source>Nobody is rostered this month yet.</source>
        <translation>Tháng này chưa có ai được xếp lịch.</translation>
    </message>
    <message>
        <source>Nobody is rostered this week yet.</source>
        <translation>Tuần này chưa có ai được xếp lịch.</translation>
    </message>
</context>
<context>
    <name>RosterUnavailablePage</name>
    <message>
        <source>The roster board is not available in this version.</source>
        <translation>Bảng lịch trực chưa có trong phiên bản này.</translation>
    </message>
</context>
<context>
    <name>RosterVolunteerModel</name>
    <message>
        <source>Outreach</source>
        <translation>Lưu động</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>Totals / limits</source>
        <translation>Tổng / giới hạn</translation>
    </message>
    <message>
        <source>week {start}: {value}/{max}</source>
        <translation>tuần {start}: {value}/{max}</translation>
    </message>
    <message>
        <source>week {value}/{max}</source>
        <translation>tuần {value}/{max}</translation>
    </message>
    <message>
        <source>month {month}: {value}/{max}</source>
        <translation>tháng {month}: {value}/{max}</translation>
    </message>
    <message>
        <source>month {value}/{max}</source>
        <translation>tháng {value}/{max}</translation>
    </message>
    <message>
        <source>minimum {min}</source>
        <translation>tối thiểu {min}</translation>
    </message>
    <message>
        <source>{count} duties</source>
        <translation>{count} ca</translation>
    </message>
    <message>
        <source>Above a maximum</source>
        <translation>Vượt mức tối đa</translation>
    </message>
    <message>
        <source>Below the monthly minimum</source>
        <translation>Dưới số ca tối thiểu/tháng</translation>
    </message>
    <message>
        <source>Within the limits</source>
        <translation>Trong giới hạn</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Organisation (printed rosters)</source>
        <translation>Đơn vị ban hành (lịch in)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <source>Place (for the date line)</source>
        <translation>Địa danh (dòng ngày tháng)</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>không đặt</translation>
    </message>
    <message>
        <source>Rules and weights</source>
        <translation>Quy tắc và trọng số</translation>
    </message>
    <message>
        <source>At most, shifts per person per day</source>
        <translation>Tối đa số ca mỗi người mỗi ngày</translation>
    </message>
    <message>
        <source>Rest between shifts (hours)</source>
        <translation>Nghỉ giữa hai ca (giờ)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation>Có kinh nghiệm</translation>
    </message>
    <message>
        <source>Experienced: every shift staffed by two or more people should have someone with such a skill.</source>
        <translation>Có kinh nghiệm: mỗi ca có từ hai người trở lên nên có một người mang kỹ năng này.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Not allowed on the next day</source>
        <translation>Không được trực vào ngày hôm sau</translation>
    </message>
    <message>
        <source>After a shift of</source>
        <translation>Sau một ca</translation>
    </message>
    <message>
        <source>no shift of</source>
        <translation>thì không trực ca</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Xoá dòng đã chọn</translation>
    </message>
    <message>
        <source>{volunteers} volunteers, {posts} posts, {events} event rules</source>
        <translation>{volunteers} tình nguyện viên, {posts} vị trí, {events} yêu cầu hoạt động</translation>
    </message>
    <message>
        <source>{volunteers} volunteers</source>
        <translation>{volunteers} tình nguyện viên</translation>
    </message>
</context>
<context>
    <name>ShiftCapsBox</name>
    <message>
        <source>At most, shifts of one kind per planned period</source>
        <translation>Tối đa số ca mỗi loại trong kỳ xếp lịch</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ca</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Đặt</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Xoá dòng đã chọn</translation>
    </message>
    <message>
        <source>0 = never this shift.</source>
        <translation>0 = không bao giờ trực ca này.</translation>
    </message>
</context>
<context>
    <name>ShiftResultTableModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Ca</translation>
    </message>
    <message>
        <source>Citizens guided</source>
        <translation>Lượt người dân được hướng dẫn</translation>
    </message>
    <message>
        <source>Dossiers supported</source>
        <translation>Hồ sơ được hỗ trợ</translation>
    </message>
    <message>
        <source>VNeID activated</source>
        <translation>VNeID được kích hoạt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>SolveSummary</name>
    <message>
        <source>A roster with every minimum seat filled is found; now balancing the duties between volunteers and meeting their wishes… ({seconds} s)</source>
        <translation>Đã tìm được lịch đủ người, đang cân bằng số ca giữa các tình nguyện viên và đáp ứng mong muốn… ({seconds} giây)</translation>
    </message>
    <message>
        <source>Looking for a roster that fills every seat… ({seconds} s)</source>
        <translation>Đang tìm lịch đủ người cho mọi vị trí… ({seconds} giây)</translation>
    </message>
    <message>
        <source>Best score {objective}, {count} rosters found</source>
        <translation>Điểm tốt nhất {objective}, đã tìm được {count} lịch</translation>
    </message>
    <message>
        <source>, bound {bound}</source>
        <translation>, cận dưới {bound}</translation>
    </message>
    <message>
        <source>, gap {gap}</source>
        <translation>, chênh lệch {gap}</translation>
    </message>
    <message>
        <source>Score {objective}, {seconds} s</source>
        <translation>Điểm {objective}, {seconds} giây</translation>
    </message>
    <message>
        <source>Stopped: the best roster found so far is kept.</source>
        <translation>Đã dừng: giữ lịch tốt nhất tìm được đến lúc này.</translation>
    </message>
    <message>
        <source>Done: no better roster exists under these rules.</source>
        <translation>Xong: với các quy định này không có lịch nào tốt hơn.</translation>
    </message>
    <message>
        <source>Done: a good roster is found.</source>
        <translation>Xong: đã tìm được một lịch tốt.</translation>
    </message>
    <message>
        <source>{added} put on a duty, {removed} taken off, {kept} kept.</source>
        <translation>Xếp thêm {added} lượt, rút {removed} lượt, giữ nguyên {kept} lượt.</translation>
    </message>
    <message>
        <source>{added} duties assigned, {removed} removed, {kept} kept.</source>
        <translation>Xếp {added} lượt trực, bỏ {removed} lượt, giữ nguyên {kept} lượt.</translation>
    </message>
    <message>
        <source>{missing} seats are still empty.</source>
        <translation>Còn {missing} vị trí trống.</translation>
    </message>
    <message>
        <source>Minimum seats filled: {filled} of {needed}</source>
        <translation>Vị trí tối thiểu đã có người: {filled} trên {needed}</translation>
    </message>
    <message>
        <source>still empty</source>
        <translation>còn trống</translation>
    </message>
    <message>
        <source>Seats up to the wished headcount filled: {filled} of {wanted}</source>
        <translation>Vị trí theo số người mong muốn đã có người: {filled} trên {wanted}</translation>
    </message>
    <message>
        <source>Duties per volunteer: from {fewest} to {most}</source>
        <translation>Số ca mỗi tình nguyện viên: từ {fewest} đến {most}</translation>
    </message>
    <message>
        <source>{count} active volunteers share the duties</source>
        <translation>{count} tình nguyện viên đang hoạt động cùng chia các ca</translation>
    </message>
    <message>
        <source>The busiest, {name}, has {most} duties (their limit: at most {limit} in a week or month)</source>
        <translation>Người nhiều ca nhất, {name}, có {most} ca (giới hạn của người này: tối đa {limit} ca một tuần hoặc một tháng)</translation>
    </message>
    <message>
        <source>The busiest, {name}, has {most} duties</source>
        <translation>Người nhiều ca nhất, {name}, có {most} ca</translation>
    </message>
    <message>
        <source>Every volunteer&apos;s wish is met</source>
        <translation>Mọi mong muốn của tình nguyện viên đều được đáp ứng</translation>
    </message>
    <message>
        <source>Wishes not met: {count}</source>
        <translation>Mong muốn chưa đáp ứng được: {count}</translation>
    </message>
    <message>
        <source>see the Rules panel (warnings)</source>
        <translation>xem bảng Quy tắc (cảnh báo)</translation>
    </message>
    <message>
        <source>Changes: {removed} taken off, {added} put on</source>
        <translation>Thay đổi: rút {removed} lượt, xếp thêm {added} lượt</translation>
    </message>
    <message>
        <source>moved by the re-plan so that the rules hold</source>
        <translation>được điều chuyển để lịch giữ đúng quy định</translation>
    </message>
    <message>
        <source>− {name} taken off {duty}</source>
        <translation>− Rút {name} khỏi {duty}</translation>
    </message>
    <message>
        <source>in place of {name}</source>
        <translation>thay cho {name}</translation>
    </message>
    <message>
        <source>fills an empty seat</source>
        <translation>vào vị trí còn trống</translation>
    </message>
    <message>
        <source>+ {name} put on {duty}</source>
        <translation>+ Xếp {name} vào {duty}</translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <source>Duty Roster</source>
        <translation>Lịch trực</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>This form has changes that are not saved yet. Save them before leaving?</source>
        <translation>Biểu mẫu này có thay đổi chưa được lưu. Lưu trước khi rời đi?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>ViolationsPanel</name>
    <message>
        <source>Show warnings (soft rules)</source>
        <translation>Hiện cảnh báo (quy tắc mềm)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Rules broken ({count})</source>
        <translation>Vi phạm quy tắc ({count})</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Cảnh báo ({count})</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>New volunteer</source>
        <translation>Thêm tình nguyện viên</translation>
    </message>
    <message>
        <source>Edit volunteer</source>
        <translation>Sửa thông tin tình nguyện viên</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Thắng</source>
        <translation>ví dụ: Nguyễn Thị Thắng</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>(any center)</source>
        <translation>(mọi trung tâm)</translation>
    </message>
    <message>
        <source>Active (can be rostered)</source>
        <translation>Đang hoạt động (được xếp lịch)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <source>Home center</source>
        <translation>Trung tâm chính</translation>
    </message>
    <message>
        <source>Also serves at</source>
        <translation>Trực thêm tại</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>VolunteerPicker</name>
    <message>
        <source>Find a volunteer…</source>
        <translation>Tìm tình nguyện viên…</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Ngừng hoạt động</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Volunteers</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <source>Search name, code, phone… (accents optional)</source>
        <translation>Tìm theo tên, mã, điện thoại… (gõ dấu hay không đều được)</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tất cả vai trò</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Đã ngừng hoạt động</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <source>Import from spreadsheet…</source>
        <translation>Nhập từ bảng tính…</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>Tất cả trung tâm</translation>
    </message>
    <message>
        <source>{shown} of {total} volunteers</source>
        <translation>{shown} / {total} tình nguyện viên</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Hoạt động trở lại</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Duty Roster</source>
        <translation>Chào mừng đến với Lịch trực</translation>
    </message>
    <message>
        <source>Do not show this again</source>
        <translation>Không hiện lại lời chào này</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>The app opened with &lt;b&gt;demo data&lt;/b&gt;: the Quảng Ninh provincial public administrative service center (25 volunteers on three floors, mornings and afternoons Monday to Friday), two commune service points and their outreach events, November–December 2026. Try anything freely; File ▸ Import workspace replaces it with your center&apos;s data.</source>
        <translation>Chương trình đang mở với &lt;b&gt;dữ liệu mẫu&lt;/b&gt;: Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh (25 tình nguyện viên ở ba tầng, ca sáng và ca chiều từ thứ Hai đến thứ Sáu), hai điểm phục vụ cấp phường và các hoạt động lưu động của họ, tháng 11–12/2026. Cứ thử thoải mái; Tệp ▸ Nhập dữ liệu làm việc sẽ thay bằng dữ liệu của trung tâm bạn.</translation>
    </message>
    <message>
        <source>Three first steps:</source>
        <translation>Ba bước đầu tiên:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Volunteers&lt;/b&gt;: check the list, add people or import them (File ▸ Import volunteers).</source>
        <translation>&lt;b&gt;Tình nguyện viên&lt;/b&gt;: xem danh sách, thêm người hoặc nhập từ tệp (Tệp ▸ Nhập tình nguyện viên).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Availability&lt;/b&gt;: enter leave and the days people cannot come.</source>
        <translation>&lt;b&gt;Lịch rảnh&lt;/b&gt;: ghi ngày nghỉ và những ngày từng người không đến được.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster&lt;/b&gt;: choose a week, press Generate…, move names by dragging, then publish and print.</source>
        <translation>&lt;b&gt;Lịch trực&lt;/b&gt;: chọn một tuần, bấm Xếp lịch…, kéo thả tên để đổi người, rồi công bố và in.</translation>
    </message>
</context>
<context>
    <name>WorkLimitsBox</name>
    <message>
        <source>Work pattern and hours</source>
        <translation>Nhịp làm việc và số giờ</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>At most, working days in a row</source>
        <translation>Tối đa số ngày trực liên tiếp</translation>
    </message>
    <message>
        <source>At least, working days in a row</source>
        <translation>Tối thiểu số ngày trực liên tiếp</translation>
    </message>
    <message>
        <source>At least, days off in a row</source>
        <translation>Tối thiểu số ngày nghỉ liên tiếp</translation>
    </message>
    <message>
        <source>At most, weekends worked per month</source>
        <translation>Tối đa số cuối tuần trực mỗi tháng</translation>
    </message>
    <message>
        <source>At least, hours per month</source>
        <translation>Tối thiểu số giờ mỗi tháng</translation>
    </message>
    <message>
        <source>At most, hours per month</source>
        <translation>Tối đa số giờ mỗi tháng</translation>
    </message>
    <message>
        <source>Hours as 40 or 40:30. Runs at the ends of a planned period may continue outside it, so minimums do not apply to them.</source>
        <translation>Giờ viết dạng 40 hoặc 40:30. Chuỗi ngày ở đầu hoặc cuối kỳ xếp lịch có thể kéo dài ra ngoài kỳ nên không áp dụng mức tối thiểu.</translation>
    </message>
</context>
<context>
    <name>WorkspaceErrorsDialog</name>
    <message>
        <source>The workspace was not imported</source>
        <translation>Dữ liệu làm việc chưa được nhập</translation>
    </message>
    <message>
        <source>{file} has {count} error(s). Nothing was written to the database; correct the file and import it again.</source>
        <translation>{file} có {count} lỗi. Chưa ghi gì vào cơ sở dữ liệu; hãy sửa tệp rồi nhập lại.</translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation>Vị trí trong tệp</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>someone</source>
        <translation>một người</translation>
    </message>
    <message>
        <source>a volunteer who is not in the workspace</source>
        <translation>một tình nguyện viên không còn trong dữ liệu</translation>
    </message>
    <message>
        <source>the shift</source>
        <translation>ca trực</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>một vị trí</translation>
    </message>
    <message>
        <source>another center</source>
        <translation>trung tâm khác</translation>
    </message>
    <message>
        <source>an outreach event outside this period</source>
        <translation>một buổi tuyên truyền ngoài kỳ này</translation>
    </message>
    <message>
        <source>youth member</source>
        <translation>đoàn viên</translation>
    </message>
    <message>
        <source>police officer</source>
        <translation>công an</translation>
    </message>
    <message>
        <source>center staff member</source>
        <translation>cán bộ trung tâm</translation>
    </message>
    <message>
        <source>team leader</source>
        <translation>trưởng nhóm</translation>
    </message>
    <message>
        <source>duties</source>
        <translation>ca</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>phút</translation>
    </message>
    <message>
        <source>weekends</source>
        <translation>cuối tuần</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>buổi sáng</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>buổi chiều</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>buổi tối</translation>
    </message>
    <message>
        <source>An assignment names a volunteer, shift or event that does not exist</source>
        <translation>Một lượt trực ghi tình nguyện viên, ca hoặc buổi tuyên truyền không tồn tại</translation>
    </message>
    <message>
        <source>{person} is assigned twice</source>
        <translation>{person} bị xếp hai lần</translation>
    </message>
    <message>
        <source>{person} is no longer active</source>
        <translation>{person} không còn hoạt động</translation>
    </message>
    <message>
        <source>{person} serves other centers</source>
        <translation>{person} trực ở trung tâm khác</translation>
    </message>
    <message>
        <source>The center is closed ({holiday}), yet {person} is on duty</source>
        <translation>Trung tâm nghỉ ({holiday}) mà {person} vẫn được xếp trực</translation>
    </message>
    <message>
        <source>{person} lacks the skill “{skill}”</source>
        <translation>{person} chưa có kỹ năng “{skill}”</translation>
    </message>
    <message>
        <source>{person} is in two places at once (also {other})</source>
        <translation>{person} bị xếp hai nơi cùng lúc (cả {other})</translation>
    </message>
    <message>
        <source>{person} rests only {hours} h next to {other} (at least {limit} h)</source>
        <translation>{person} chỉ được nghỉ {hours} giờ sát {other} (ít nhất {limit} giờ)</translation>
    </message>
    <message>
        <source>{person} has {count} duties that day (at most {limit})</source>
        <translation>{person} có {count} ca trong ngày (tối đa {limit})</translation>
    </message>
    <message>
        <source>{person} works {count} days in a row, {start} – {end} (at most {limit})</source>
        <translation>{person} trực {count} ngày liền, {start} – {end} (tối đa {limit})</translation>
    </message>
    <message>
        <source>{person} works only {count} days in a row, {start} – {end} (at least {limit})</source>
        <translation>{person} chỉ trực {count} ngày liền, {start} – {end} (ít nhất {limit})</translation>
    </message>
    <message>
        <source>{person} has only {count} days off in a row, {start} – {end} (at least {limit})</source>
        <translation>{person} chỉ được nghỉ {count} ngày liền, {start} – {end} (ít nhất {limit})</translation>
    </message>
    <message>
        <source>{person} works this shift right after {other}</source>
        <translation>{person} trực ca này ngay sau {other}</translation>
    </message>
    <message>
        <source>{person} works “{template}” {count} times (at most {limit})</source>
        <translation>{person} trực “{template}” {count} lần (tối đa {limit})</translation>
    </message>
    <message>
        <source>{count} people on the shift (at most {limit})</source>
        <translation>Ca có {count} người (tối đa {limit})</translation>
    </message>
    <message>
        <source>{count} people in the team (at most {limit})</source>
        <translation>Đội có {count} người (tối đa {limit})</translation>
    </message>
    <message>
        <source>The locked duty of {person} was removed</source>
        <translation>Lượt trực đã khoá của {person} bị bỏ</translation>
    </message>
    <message>
        <source>{count} of the {limit} people it needs</source>
        <translation>Có {count} trên {limit} người cần</translation>
    </message>
    <message>
        <source>{count} people, {limit} wanted</source>
        <translation>Có {count} người, mong muốn {limit}</translation>
    </message>
    <message>
        <source>{person} has {count} duties, a fair share is {limit}</source>
        <translation>{person} có {count} ca, chia đều thì {limit}</translation>
    </message>
    <message>
        <source>{person} has {count} outreach events, a fair share is {limit}</source>
        <translation>{person} có {count} buổi tuyên truyền, chia đều thì {limit}</translation>
    </message>
    <message>
        <source>{person} would rather not work this duty</source>
        <translation>{person} không muốn trực ca này</translation>
    </message>
    <message>
        <source>{person} asked to avoid this day or post</source>
        <translation>{person} xin tránh ngày hoặc vị trí này</translation>
    </message>
    <message>
        <source>Nobody experienced ({skills}) on the shift</source>
        <translation>Ca không có người có kinh nghiệm ({skills})</translation>
    </message>
    <message>
        <source>{person} has {count} {measure} from {start} to {end} (at most {limit})</source>
        <translation>{person} có {count} {measure} từ {start} đến {end} (tối đa {limit})</translation>
    </message>
    <message>
        <source>{person} has {count} {measure} from {start} to {end} (at least {limit})</source>
        <translation>{person} có {count} {measure} từ {start} đến {end} (ít nhất {limit})</translation>
    </message>
    <message>
        <source>{person} is on leave</source>
        <translation>{person} đang nghỉ</translation>
    </message>
    <message>
        <source>{person} is on leave ({reason})</source>
        <translation>{person} đang nghỉ ({reason})</translation>
    </message>
    <message>
        <source>{person} is not available on {day}</source>
        <translation>{person} không rảnh vào {day}</translation>
    </message>
    <message>
        <source>{person} is not available on {day} {part}</source>
        <translation>{person} không rảnh {part} {day}</translation>
    </message>
    <message>
        <source>{person} asked to work {what} on {date}</source>
        <translation>{person} xin trực {what} vào {date}</translation>
    </message>
    <message>
        <source>{person} asked not to work this duty</source>
        <translation>{person} xin không trực ca này</translation>
    </message>
    <message>
        <source>{person} was taken off this duty</source>
        <translation>{person} bị rút khỏi ca này</translation>
    </message>
    <message>
        <source>{person} was newly put on this duty</source>
        <translation>{person} mới được xếp vào ca này</translation>
    </message>
    <message>
        <source>The team lacks at least {limit} {what}</source>
        <translation>Đội còn thiếu ít nhất {limit} {what}</translation>
    </message>
    <message>
        <source>with the skill “{skill}”</source>
        <translation>có kỹ năng “{skill}”</translation>
    </message>
    <message>
        <source>member</source>
        <translation>thành viên</translation>
    </message>
    <message>
        <source>another duty on {date}</source>
        <translation>một ca khác vào {date}</translation>
    </message>
    <message>
        <source>any duty</source>
        <translation>một ca bất kỳ</translation>
    </message>
    <message>
        <source>{person}: {rule}</source>
        <translation>{person}: {rule}</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Workspace files (*.json)</source>
        <translation>Tệp dữ liệu (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Youth member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Công an</translation>
    </message>
    <message>
        <source>Center staff</source>
        <translation>Cán bộ trung tâm</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Trưởng nhóm</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ Nhật</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <source>Home center</source>
        <translation>Trung tâm chính</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Cover the minimum</source>
        <translation>Đủ số người tối thiểu</translation>
    </message>
    <message>
        <source>Reach the target headcount</source>
        <translation>Đạt số người mục tiêu</translation>
    </message>
    <message>
        <source>Fairness between volunteers</source>
        <translation>Công bằng giữa các tình nguyện viên</translation>
    </message>
    <message>
        <source>Volunteers&apos; preferences</source>
        <translation>Nguyện vọng của tình nguyện viên</translation>
    </message>
    <message>
        <source>Keep the previous roster</source>
        <translation>Giữ ổn định lịch cũ</translation>
    </message>
    <message>
        <source>Minimum shifts per month</source>
        <translation>Số ca tối thiểu mỗi tháng</translation>
    </message>
    <message>
        <source>Fair share of outreach</source>
        <translation>Chia đều hoạt động lưu động</translation>
    </message>
    <message>
        <source>Mix experienced and new</source>
        <translation>Kết hợp người có kinh nghiệm và người mới</translation>
    </message>
    <message>
        <source>Dossiers supported per year</source>
        <translation>Hồ sơ được hỗ trợ mỗi năm</translation>
    </message>
    <message>
        <source>Citizens guided per year</source>
        <translation>Lượt người dân được hướng dẫn mỗi năm</translation>
    </message>
    <message>
        <source>VNeID accounts activated per year</source>
        <translation>Tài khoản VNeID được kích hoạt mỗi năm</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Đã có người khác sửa</translation>
    </message>
    <message>
        <source>Another coordinator saved this record after you opened it. Your changes were not saved, so theirs are not lost. The record will be reloaded; make your changes again.</source>
        <translation>Một điều phối viên khác đã lưu mục này sau khi bạn mở. Thay đổi của bạn chưa được lưu để không ghi đè lên thay đổi của họ. Dữ liệu sẽ được tải lại; hãy sửa lại lần nữa.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}</source>
        <translation>Không lưu được thay đổi: {reason}</translation>
    </message>
</context>
<context>
    <name>repository</name>
    <message>
        <source>This field is required.</source>
        <translation>Bắt buộc nhập.</translation>
    </message>
    <message>
        <source>The code {code} is already used.</source>
        <translation>Mã {code} đã được dùng.</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;-&apos; or &apos;_&apos; only (no spaces).</source>
        <translation>Chỉ dùng chữ, số, &apos;-&apos; hoặc &apos;_&apos; (không có dấu cách).</translation>
    </message>
    <message>
        <source>A phone number has 9 to 11 digits, e.g. 0912345678.</source>
        <translation>Số điện thoại gồm 9 đến 11 chữ số, ví dụ 0912345678.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Không phải địa chỉ thư điện tử.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Vai trò không hợp lệ.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, e.g. 07:30.</source>
        <translation>Ghi giờ dạng GG:PP, ví dụ 07:30.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>Giờ kết thúc phải sau giờ bắt đầu.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Hãy chọn ít nhất một ngày trong tuần.</translation>
    </message>
    <message>
        <source>Need min ≤ target ≤ max.</source>
        <translation>Cần tối thiểu ≤ mục tiêu ≤ tối đa.</translation>
    </message>
    <message>
        <source>The minimum per month is above the maximum per month.</source>
        <translation>Số ca tối thiểu mỗi tháng lớn hơn số ca tối đa mỗi tháng.</translation>
    </message>
    <message>
        <source>The weekly maximum is above the monthly maximum.</source>
        <translation>Số ca tối đa mỗi tuần lớn hơn số ca tối đa mỗi tháng.</translation>
    </message>
    <message>
        <source>Leave line {line}: the last day is before the first day.</source>
        <translation>Dòng nghỉ {line}: ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>The minimum team size is above the maximum.</source>
        <translation>Số người tối thiểu lớn hơn số người tối đa.</translation>
    </message>
    <message>
        <source>Rule line {line} needs more people than the team&apos;s maximum.</source>
        <translation>Yêu cầu dòng {line} cần nhiều người hơn số tối đa của đội.</translation>
    </message>
    <message>
        <source>Rule line {line}: choose a role or a skill.</source>
        <translation>Yêu cầu dòng {line}: hãy chọn vai trò hoặc kỹ năng.</translation>
    </message>
    <message>
        <source>Must be zero or more.</source>
        <translation>Không được âm.</translation>
    </message>
    <message>
        <source>Code {code} is listed twice.</source>
        <translation>Mã {code} bị lặp.</translation>
    </message>
    <message>
        <source>This record has assignments and cannot be deleted.</source>
        <translation>Mục này đã có phân công nên không thể xoá.</translation>
    </message>
    <message>
        <source>{day} is both an extra closed and an extra open day.</source>
        <translation>Ngày {day} vừa là ngày nghỉ bổ sung vừa là ngày làm việc bổ sung.</translation>
    </message>
    <message>
        <source>Unknown unit {code}.</source>
        <translation>Không có đơn vị {code}.</translation>
    </message>
    <message>
        <source>Unknown skill {code}.</source>
        <translation>Không có kỹ năng {code}.</translation>
    </message>
    <message>
        <source>Unknown center {code}.</source>
        <translation>Không có trung tâm {code}.</translation>
    </message>
    <message>
        <source>Skill {code} is still used ({volunteers} volunteers, {posts} posts, {events} event rules): remove it there first.</source>
        <translation>Kỹ năng {code} vẫn đang được dùng ({volunteers} tình nguyện viên, {posts} vị trí, {events} yêu cầu hoạt động): hãy bỏ ở đó trước.</translation>
    </message>
    <message>
        <source>Unit {code} still has {volunteers} volunteers: move them to another unit first.</source>
        <translation>Đơn vị {code} vẫn còn {volunteers} tình nguyện viên: hãy chuyển họ sang đơn vị khác trước.</translation>
    </message>
    <message>
        <source>Must be at least 1.</source>
        <translation>Phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>The minimum run of working days is longer than the maximum.</source>
        <translation>Số ngày trực liên tiếp tối thiểu lớn hơn tối đa.</translation>
    </message>
    <message>
        <source>The minimum hours per month are above the maximum.</source>
        <translation>Số giờ tối thiểu mỗi tháng lớn hơn số giờ tối đa.</translation>
    </message>
    <message>
        <source>Unknown shift {code}.</source>
        <translation>Không có ca {code}.</translation>
    </message>
    <message>
        <source>Request line {line}: the weight must be at least 1.</source>
        <translation>Nguyện vọng dòng {line}: trọng số phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>Request line {line}: unknown shift {code}.</source>
        <translation>Nguyện vọng dòng {line}: không có ca {code}.</translation>
    </message>
    <message>
        <source>Write hours as 40 or 40:30.</source>
        <translation>Viết số giờ dạng 40 hoặc 40:30.</translation>
    </message>
    <message>
        <source>Line {line}: unknown shift {code}.</source>
        <translation>Dòng {line}: không có ca {code}.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Unknown volunteer or shift</source>
        <translation>Không rõ tình nguyện viên hoặc ca</translation>
    </message>
    <message>
        <source>Assigned twice</source>
        <translation>Phân công hai lần</translation>
    </message>
    <message>
        <source>Inactive volunteer</source>
        <translation>Tình nguyện viên ngừng hoạt động</translation>
    </message>
    <message>
        <source>Serves another center</source>
        <translation>Phục vụ trung tâm khác</translation>
    </message>
    <message>
        <source>Center closed</source>
        <translation>Trung tâm nghỉ</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>Đang nghỉ</translation>
    </message>
    <message>
        <source>Not available that day</source>
        <translation>Không rảnh ngày đó</translation>
    </message>
    <message>
        <source>Missing skill</source>
        <translation>Thiếu kỹ năng</translation>
    </message>
    <message>
        <source>Two places at once</source>
        <translation>Trùng giờ hai nơi</translation>
    </message>
    <message>
        <source>Too many duties that day</source>
        <translation>Quá số ca trong ngày</translation>
    </message>
    <message>
        <source>Too little rest</source>
        <translation>Nghỉ giữa ca quá ít</translation>
    </message>
    <message>
        <source>Weekly maximum</source>
        <translation>Vượt số ca tối đa/tuần</translation>
    </message>
    <message>
        <source>Monthly maximum</source>
        <translation>Vượt số ca tối đa/tháng</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation>Vượt giới hạn</translation>
    </message>
    <message>
        <source>Minimum not reached</source>
        <translation>Chưa đạt mức tối thiểu</translation>
    </message>
    <message>
        <source>Too many people on the shift</source>
        <translation>Quá số người trong ca</translation>
    </message>
    <message>
        <source>Team too large</source>
        <translation>Đội quá đông</translation>
    </message>
    <message>
        <source>Team composition</source>
        <translation>Thành phần đội</translation>
    </message>
    <message>
        <source>Lock removed</source>
        <translation>Mất phân công đã khoá</translation>
    </message>
    <message>
        <source>Seat below the minimum</source>
        <translation>Ca thiếu người (dưới tối thiểu)</translation>
    </message>
    <message>
        <source>Seat below the target</source>
        <translation>Ca dưới số người mong muốn</translation>
    </message>
    <message>
        <source>Below the monthly minimum</source>
        <translation>Dưới số ca tối thiểu/tháng</translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation>Công bằng</translation>
    </message>
    <message>
        <source>Fair share of outreach</source>
        <translation>Chia đều hoạt động lưu động</translation>
    </message>
    <message>
        <source>Preference not met</source>
        <translation>Chưa theo nguyện vọng</translation>
    </message>
    <message>
        <source>Day or post to avoid</source>
        <translation>Ngày/vị trí muốn tránh</translation>
    </message>
    <message>
        <source>Shift request</source>
        <translation>Yêu cầu ca trực</translation>
    </message>
    <message>
        <source>No experienced volunteer</source>
        <translation>Thiếu người có kinh nghiệm</translation>
    </message>
    <message>
        <source>Changed from the previous roster</source>
        <translation>Thay đổi so với lịch cũ</translation>
    </message>
    <message>
        <source>Weekends per month</source>
        <translation>Số cuối tuần/tháng</translation>
    </message>
    <message>
        <source>Hours per month</source>
        <translation>Số giờ/tháng</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Move {name}</source>
        <translation>Chuyển {name}</translation>
    </message>
    <message>
        <source>Swap {a} and {b}</source>
        <translation>Đổi ca {a} và {b}</translation>
    </message>
    <message>
        <source>Lock {name}</source>
        <translation>Khoá {name}</translation>
    </message>
    <message>
        <source>Unlock {name}</source>
        <translation>Mở khoá {name}</translation>
    </message>
    <message>
        <source>Assign {name}</source>
        <translation>Phân công {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Bỏ {name}</translation>
    </message>
    <message>
        <source>{name} on leave {start}–{end}</source>
        <translation>{name} nghỉ {start}–{end}</translation>
    </message>
</context>
<context>
    <name>volunteer_import</name>
    <message>
        <source>a value (the field is required)</source>
        <translation>một giá trị (bắt buộc nhập)</translation>
    </message>
    <message>
        <source>one of: youth, police, staff, leader (or Đoàn viên, Công an, Cán bộ, Trưởng nhóm)</source>
        <translation>một trong: Đoàn viên, Công an, Cán bộ, Trưởng nhóm (hoặc youth, police, staff, leader)</translation>
    </message>
    <message>
        <source>the code or name of a known unit</source>
        <translation>mã hoặc tên một đơn vị đã có</translation>
    </message>
    <message>
        <source>the code or name of a known center</source>
        <translation>mã hoặc tên một trung tâm đã có</translation>
    </message>
    <message>
        <source>known skill codes separated by commas</source>
        <translation>mã kỹ năng đã có, cách nhau bởi dấu phẩy</translation>
    </message>
    <message>
        <source>9 to 11 digits, e.g. 0912345678</source>
        <translation>từ 9 đến 11 chữ số, ví dụ 0912345678</translation>
    </message>
    <message>
        <source>an e-mail address like ten@example.com</source>
        <translation>địa chỉ thư điện tử dạng ten@example.com</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; or &apos;_&apos; without spaces</source>
        <translation>chữ, số, &apos;-&apos; hoặc &apos;_&apos;, không có dấu cách</translation>
    </message>
    <message>
        <source>a code not used by another row of the file (row {row} has it too)</source>
        <translation>mã không trùng với dòng khác trong tệp (dòng {row} cũng có mã này)</translation>
    </message>
    <message>
        <source>yes/no, có/không, 1/0</source>
        <translation>có/không, yes/no, 1/0</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Không đọc được {file}: {reason}</translation>
    </message>
    <message>
        <source>The sheet has no rows.</source>
        <translation>Bảng tính không có dòng nào.</translation>
    </message>
</context>
</TS>
