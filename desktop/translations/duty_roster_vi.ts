<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AvailabilityPage</name>
    <message>
        <location filename="../views/availability_page.py" line="72"/>
        <source>Weekly availability (click a cell)</source>
        <translation>Lịch rảnh hằng tuần (bấm vào ô để chọn)</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="74"/>
        <source>Available every day (no weekly pattern)</source>
        <translation>Rảnh tất cả các ngày (không theo lịch tuần)</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="84"/>
        <source>“Whole day” also covers outreach events on that day.</source>
        <translation>“Cả ngày” bao gồm cả các hoạt động lưu động trong ngày đó.</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="90"/>
        <source>Leave and busy dates</source>
        <translation>Ngày nghỉ, ngày bận</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="94"/>
        <location filename="../views/availability_page.py" line="111"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="94"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="94"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="108"/>
        <source>Reason, e.g. exams</source>
        <translation>Lý do, ví dụ: thi học kỳ</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="109"/>
        <source>Add leave</source>
        <translation>Thêm ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="110"/>
        <source>Remove selected</source>
        <translation>Xoá dòng đã chọn</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="111"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="122"/>
        <source>Commitments</source>
        <translation>Cam kết</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="127"/>
        <source>At most, shifts per week</source>
        <translation>Tối đa số ca mỗi tuần</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="128"/>
        <source>At most, shifts per month</source>
        <translation>Tối đa số ca mỗi tháng</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="129"/>
        <source>At least, shifts per month</source>
        <translation>Tối thiểu số ca mỗi tháng</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="131"/>
        <source>Preferences</source>
        <translation>Nguyện vọng</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="137"/>
        <source>Prefers these days</source>
        <translation>Muốn trực các ngày</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="138"/>
        <source>Avoids these days</source>
        <translation>Tránh các ngày</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="139"/>
        <source>Prefers these posts</source>
        <translation>Muốn trực tại</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="153"/>
        <source>Undo changes</source>
        <translation>Hoàn tác thay đổi</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="154"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="171"/>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="205"/>
        <source>Whole day</source>
        <translation>Cả ngày</translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <location filename="../views/roster_candidates.py" line="26"/>
        <source>Candidates</source>
        <translation>Người có thể nhận ca</translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="34"/>
        <source>{count} volunteers can take this seat, fewest duties first. Double-click to assign.</source>
        <translation>{count} tình nguyện viên có thể nhận ca này, ai ít ca hơn đứng trước. Bấm đúp để phân công.</translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="39"/>
        <source>Volunteer</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="39"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="39"/>
        <source>Duties</source>
        <translation>Số ca</translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="39"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="47"/>
        <source>prefers this</source>
        <translation>thích ca này</translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="49"/>
        <source>would rather avoid this</source>
        <translation>muốn tránh ca này</translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="61"/>
        <source>Not offered — {rule}</source>
        <translation>Không đề xuất — {rule}</translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="77"/>
        <source>Assign</source>
        <translation>Phân công</translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="78"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>CentersPage</name>
    <message>
        <location filename="../views/centers_page.py" line="56"/>
        <source>Centers &amp; posts</source>
        <translation>Trung tâm &amp; vị trí trực</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="62"/>
        <source>Centers, posts and shifts</source>
        <translation>Trung tâm, vị trí và ca trực</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="63"/>
        <source>Holidays</source>
        <translation>Ngày lễ</translation>
    </message>
</context>
<context>
    <name>CentersTab</name>
    <message>
        <location filename="../views/centers_page.py" line="80"/>
        <source>New center</source>
        <translation>Thêm trung tâm</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="98"/>
        <source>province, commune, ward…</source>
        <translation>tỉnh, xã, phường…</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="99"/>
        <source>Closed on public holidays</source>
        <translation>Nghỉ vào ngày lễ</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="100"/>
        <location filename="../views/centers_page.py" line="110"/>
        <location filename="../views/centers_page.py" line="127"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="101"/>
        <location filename="../views/centers_page.py" line="110"/>
        <location filename="../views/centers_page.py" line="127"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="102"/>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="106"/>
        <source>Posts (floors, desks)</source>
        <translation>Vị trí trực (tầng, quầy)</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="110"/>
        <source>Required skills</source>
        <translation>Kỹ năng bắt buộc</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="111"/>
        <source>Required skills (codes, comma-separated)</source>
        <translation>Kỹ năng bắt buộc (mã, cách nhau bởi dấu phẩy)</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="112"/>
        <source>Skills: {skills}</source>
        <translation>Kỹ năng: {skills}</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="123"/>
        <source>Shifts</source>
        <translation>Ca trực</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="127"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="127"/>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="139"/>
        <source>Headcount per shift and post: minimum / target / maximum</source>
        <translation>Số người mỗi ca và vị trí: tối thiểu / mục tiêu / tối đa</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="146"/>
        <source>Write e.g. 1/2/2; leave a cell empty when the post is not staffed on that shift.</source>
        <translation>Ghi ví dụ 1/2/2; để trống nếu vị trí không trực ở ca đó.</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="156"/>
        <source>Save center</source>
        <translation>Lưu trung tâm</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="170"/>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="171"/>
        <source>Remove row</source>
        <translation>Xoá dòng</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="213"/>
        <source>Floor 1</source>
        <translation>Tầng 1</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="214"/>
        <source>Morning</source>
        <translation>Ca sáng</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="306"/>
        <source>Shift {shift}, post {post}: write minimum/target/maximum, e.g. 1/2/2.</source>
        <translation>Ca {shift}, vị trí {post}: ghi tối thiểu/mục tiêu/tối đa, ví dụ 1/2/2.</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../views/roster_panels.py" line="69"/>
        <source>The roster of this period has not been published yet.</source>
        <translation>Lịch trực của giai đoạn này chưa được công bố.</translation>
    </message>
    <message>
        <location filename="../views/roster_panels.py" line="72"/>
        <source>No change since the published version.</source>
        <translation>Không có thay đổi so với bản đã công bố.</translation>
    </message>
    <message>
        <location filename="../views/roster_panels.py" line="75"/>
        <source>+ {name} on {seat}</source>
        <translation>+ {name} vào {seat}</translation>
    </message>
    <message>
        <location filename="../views/roster_panels.py" line="78"/>
        <source>− {name} off {seat}</source>
        <translation>− {name} rời {seat}</translation>
    </message>
</context>
<context>
    <name>ChipDelegate</name>
    <message>
        <location filename="../views/roster_board.py" line="143"/>
        <source>empty</source>
        <translation>trống</translation>
    </message>
</context>
<context>
    <name>CodeNameList</name>
    <message>
        <location filename="../views/partials/code_name_list.py" line="44"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../views/partials/code_name_list.py" line="44"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../views/partials/code_name_list.py" line="44"/>
        <source>Used by</source>
        <translation>Đang dùng ở</translation>
    </message>
    <message>
        <location filename="../views/partials/code_name_list.py" line="60"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../views/partials/code_name_list.py" line="61"/>
        <source>Delete selected</source>
        <translation>Xoá dòng đã chọn</translation>
    </message>
    <message>
        <location filename="../views/partials/code_name_list.py" line="62"/>
        <source>Save changes</source>
        <translation>Lưu thay đổi</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../views/events_page.py" line="42"/>
        <source>Outreach events</source>
        <translation>Hoạt động lưu động</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="49"/>
        <location filename="../views/events_page.py" line="108"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="50"/>
        <location filename="../views/events_page.py" line="110"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="51"/>
        <location filename="../views/events_page.py" line="111"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="52"/>
        <location filename="../views/events_page.py" line="109"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="53"/>
        <location filename="../views/events_page.py" line="112"/>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="54"/>
        <source>Center</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="55"/>
        <source>Team</source>
        <translation>Đội</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="56"/>
        <source>Assigned</source>
        <translation>Đã phân công</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="102"/>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="104"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="106"/>
        <source>people</source>
        <translation>người</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="113"/>
        <source>Organised by</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="114"/>
        <source>Team size</source>
        <translation>Quy mô đội</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="116"/>
        <source>Team composition: at least …</source>
        <translation>Thành phần đội: tối thiểu …</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="120"/>
        <source>Role or skill</source>
        <translation>Vai trò hoặc kỹ năng</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="120"/>
        <source>At least</source>
        <translation>Tối thiểu</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="124"/>
        <source>Add rule</source>
        <translation>Thêm yêu cầu</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="125"/>
        <source>Remove rule</source>
        <translation>Xoá yêu cầu</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="135"/>
        <source>New event</source>
        <translation>Thêm hoạt động</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="136"/>
        <source>Save event</source>
        <translation>Lưu hoạt động</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="137"/>
        <source>Delete event</source>
        <translation>Xoá hoạt động</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="154"/>
        <source>Role: {role}</source>
        <translation>Vai trò: {role}</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="155"/>
        <source>Skill: {skill}</source>
        <translation>Kỹ năng: {skill}</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="162"/>
        <source>(no center)</source>
        <translation>(không thuộc trung tâm)</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../views/roster_generate.py" line="55"/>
        <source>Re-plan around my changes</source>
        <translation>Xếp lại quanh các thay đổi của tôi</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="55"/>
        <source>Generate the roster</source>
        <translation>Xếp lịch trực</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="58"/>
        <source>Locked assignments are kept; the solver changes as few other assignments as the rules allow.</source>
        <translation>Giữ nguyên các phân công đã khoá; bộ xếp lịch thay đổi ít phân công khác nhất mà quy tắc cho phép.</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="60"/>
        <source>Locked assignments are kept; the other assignments of the period are replaced.</source>
        <translation>Giữ nguyên các phân công đã khoá; các phân công khác trong giai đoạn được xếp lại.</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="75"/>
        <source>Period</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="78"/>
        <source>All centers</source>
        <translation>Tất cả trung tâm</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="82"/>
        <source>Centers</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="87"/>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="89"/>
        <source>Time limit</source>
        <translation>Thời gian tối đa</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="97"/>
        <source>Press Start to search for a roster.</source>
        <translation>Bấm Bắt đầu để tìm lịch trực.</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="104"/>
        <source>Seat or rule</source>
        <translation>Ca hoặc quy tắc</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="104"/>
        <source>Missing / score</source>
        <translation>Thiếu / điểm</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="104"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="111"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="114"/>
        <source>Stop and keep the best roster</source>
        <translation>Dừng và giữ lịch tốt nhất</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="117"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="135"/>
        <source>The period ends before it starts.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="144"/>
        <source>Building the model…</source>
        <translation>Đang lập mô hình…</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="155"/>
        <source>Stopping — keeping the best roster found…</source>
        <translation>Đang dừng — giữ lịch tốt nhất đã tìm được…</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="161"/>
        <location filename="../views/roster_generate.py" line="190"/>
        <source>, bound {bound:.0f}</source>
        <translation>, cận dưới {bound:.0f}</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="163"/>
        <source>, gap {gap:.1f} %</source>
        <translation>, chênh lệch {gap:.1f} %</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="165"/>
        <source>Best score {objective:.0f}{bound} — {elapsed:.1f} s, {count} rosters found</source>
        <translation>Điểm tốt nhất {objective:.0f}{bound} — {elapsed:.1f} giây, đã tìm {count} phương án</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="171"/>
        <source>The solver could not run: {reason}</source>
        <translation>Không chạy được bộ xếp lịch: {reason}</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="184"/>
        <source>No roster found ({status}); nothing was changed.</source>
        <translation>Không tìm được lịch ({status}); không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="188"/>
        <source> (stopped)</source>
        <translation> (đã dừng)</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="191"/>
        <source>{status}{stopped}: score {objective}{bound}, {elapsed:.1f} s — {added} added, {removed} removed, {kept} kept</source>
        <translation>{status}{stopped}: điểm {objective}{bound}, {elapsed:.1f} giây — thêm {added}, bỏ {removed}, giữ {kept}</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="204"/>
        <source>Unfilled seats</source>
        <translation>Chỗ còn trống</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="217"/>
        <source>Score by rule</source>
        <translation>Điểm theo quy tắc</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="234"/>
        <source>Optimal roster</source>
        <translation>Lịch tối ưu</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="235"/>
        <source>Good roster</source>
        <translation>Lịch tốt</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="236"/>
        <source>No roster possible</source>
        <translation>Không thể xếp lịch</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="237"/>
        <source>No roster yet</source>
        <translation>Chưa có lịch</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <location filename="../views/centers_page.py" line="361"/>
        <source>Country (ISO code)</source>
        <translation>Quốc gia (mã ISO)</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="362"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="366"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="366"/>
        <source>Public holiday</source>
        <translation>Ngày lễ</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="369"/>
        <source>Public holidays of the year (centers that close on holidays are closed):</source>
        <translation>Các ngày lễ trong năm (trung tâm nghỉ lễ sẽ đóng cửa):</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="373"/>
        <source>Extra closed days</source>
        <translation>Ngày nghỉ bổ sung</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="374"/>
        <source>Extra open days (open although a holiday)</source>
        <translation>Ngày làm việc bổ sung (mở cửa dù là ngày lễ)</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="378"/>
        <source>Save holidays</source>
        <translation>Lưu ngày lễ</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="399"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="400"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../views/import_dialog.py" line="48"/>
        <source>Import volunteers from a spreadsheet</source>
        <translation>Nhập tình nguyện viên từ bảng tính</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="72"/>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="73"/>
        <source>Next &gt;</source>
        <translation>Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="74"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="75"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="88"/>
        <source>Choose an Excel (.xlsx) or CSV file. The first row must hold the column names; every other row is one volunteer. Rows whose code already exists update that volunteer.</source>
        <translation>Chọn tệp Excel (.xlsx) hoặc CSV. Dòng đầu tiên là tên cột; mỗi dòng còn lại là một tình nguyện viên. Dòng có mã đã tồn tại sẽ cập nhật tình nguyện viên đó.</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="96"/>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="97"/>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="109"/>
        <source>Match each volunteer field with a column of the file. Code and full name are required.</source>
        <translation>Ghép mỗi thông tin của tình nguyện viên với một cột trong tệp. Bắt buộc có mã và họ tên.</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="138"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="138"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="138"/>
        <source>Value in the file</source>
        <translation>Giá trị trong tệp</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="139"/>
        <source>Expected</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="148"/>
        <source>Step 1 of 3: choose the file</source>
        <translation>Bước 1/3: chọn tệp</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="148"/>
        <source>Step 2 of 3: match the columns</source>
        <translation>Bước 2/3: ghép cột</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="149"/>
        <source>Step 3 of 3: check the rows</source>
        <translation>Bước 3/3: kiểm tra các dòng</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="162"/>
        <source>Choose a spreadsheet</source>
        <translation>Chọn bảng tính</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="163"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Bảng tính (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="183"/>
        <source>Cannot read this file: {reason}</source>
        <translation>Không đọc được tệp này: {reason}</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="187"/>
        <source>The import failed: {reason}</source>
        <translation>Nhập không thành công: {reason}</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="196"/>
        <source>Reading {file}…</source>
        <translation>Đang đọc {file}…</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="206"/>
        <source>(not in the file)</source>
        <translation>(không có trong tệp)</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="208"/>
        <source>column {number}</source>
        <translation>cột {number}</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="217"/>
        <source>{count} rows found.</source>
        <translation>Tìm thấy {count} dòng.</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="235"/>
        <source>Choose a column for: {fields}</source>
        <translation>Hãy chọn cột cho: {fields}</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="249"/>
        <source>Checking the rows…</source>
        <translation>Đang kiểm tra các dòng…</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="264"/>
        <source>{bad} rows have problems (listed below); {good} rows are fine. Nothing will be saved until every row is correct: fix the file and choose it again.</source>
        <translation>{bad} dòng có lỗi (liệt kê bên dưới); {good} dòng hợp lệ. Chưa lưu gì cho đến khi mọi dòng đều đúng: hãy sửa tệp rồi chọn lại.</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="268"/>
        <source>All {good} rows are correct: {new} new volunteers, {updates} updates. Press Import to save them.</source>
        <translation>Cả {good} dòng đều hợp lệ: {new} tình nguyện viên mới, {updates} cập nhật. Bấm Nhập để lưu.</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="272"/>
        <source>The file has no volunteer rows.</source>
        <translation>Tệp không có dòng tình nguyện viên nào.</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="281"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>ImportModeDialog</name>
    <message>
        <location filename="../views/workspace_dialogs.py" line="26"/>
        <source>Import workspace</source>
        <translation>Nhập dữ liệu làm việc</translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="28"/>
        <source>Import {file} into the open database:</source>
        <translation>Nhập {file} vào cơ sở dữ liệu đang mở:</translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="32"/>
        <source>Replace: the database will hold exactly what the file holds</source>
        <translation>Thay thế: cơ sở dữ liệu sẽ chỉ còn đúng những gì có trong tệp</translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="34"/>
        <source>Merge: add new records and update those with the same code</source>
        <translation>Gộp: thêm bản ghi mới và cập nhật các bản ghi cùng mã</translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="39"/>
        <source>The whole file is checked first; if anything is wrong, nothing is written.</source>
        <translation>Toàn bộ tệp được kiểm tra trước; nếu có lỗi thì không ghi gì cả.</translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="43"/>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="44"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../views/roster_board.py" line="229"/>
        <source>Mark ill or away</source>
        <translation>Báo ốm hoặc vắng</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="233"/>
        <source>Volunteer</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="239"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="240"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="241"/>
        <source>Ill</source>
        <translation>Ốm</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="243"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="245"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="246"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../views/main_window.py" line="67"/>
        <source>Volunteers</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="67"/>
        <source>Availability</source>
        <translation>Lịch rảnh</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="68"/>
        <source>Centers &amp; posts</source>
        <translation>Trung tâm &amp; vị trí trực</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="68"/>
        <source>Outreach events</source>
        <translation>Hoạt động lưu động</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="69"/>
        <source>Roster</source>
        <translation>Lịch trực</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="69"/>
        <source>Results &amp; statistics</source>
        <translation>Kết quả &amp; thống kê</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="70"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="74"/>
        <source>Duty Roster — {database}</source>
        <translation>Lịch trực — {database}</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="96"/>
        <location filename="../views/main_window.py" line="219"/>
        <source>Database: {database}</source>
        <translation>Cơ sở dữ liệu: {database}</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="131"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="133"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="134"/>
        <source>Import &amp;workspace…</source>
        <translation>Nhập &amp;dữ liệu làm việc…</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="135"/>
        <source>&amp;Export workspace…</source>
        <translation>&amp;Xuất dữ liệu làm việc…</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="138"/>
        <source>&amp;Import volunteers…</source>
        <translation>&amp;Nhập tình nguyện viên…</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="139"/>
        <source>&amp;Reload from the database</source>
        <translation>Tải &amp;lại từ cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="141"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="144"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="145"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="147"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="151"/>
        <source>&amp;Go</source>
        <translation>&amp;Đi tới</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="154"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="155"/>
        <source>&amp;About Duty Roster</source>
        <translation>&amp;Giới thiệu Lịch trực</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="183"/>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="184"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu SQLite (*.sqlite *.sqlite3 *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="186"/>
        <source>Import workspace</source>
        <translation>Nhập dữ liệu làm việc</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="187"/>
        <source>Workspace files (*.json);;All files (*)</source>
        <translation>Tệp dữ liệu làm việc (*.json);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="189"/>
        <source>Export workspace</source>
        <translation>Xuất dữ liệu làm việc</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="190"/>
        <source>Workspace files (*.json)</source>
        <translation>Tệp dữ liệu làm việc (*.json)</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="196"/>
        <source>Please wait</source>
        <translation>Vui lòng chờ</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="197"/>
        <source>Other work is still running on this database; try again when it has finished.</source>
        <translation>Một việc khác vẫn đang chạy trên cơ sở dữ liệu này; hãy thử lại khi việc đó xong.</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="236"/>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="237"/>
        <source>Opening {file}…</source>
        <translation>Đang mở {file}…</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="271"/>
        <source>The workspace was not imported</source>
        <translation>Dữ liệu làm việc chưa được nhập</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="275"/>
        <source>{file} imported: {volunteers} volunteers, {centers} centers, {events} events</source>
        <translation>Đã nhập {file}: {volunteers} tình nguyện viên, {centers} trung tâm, {events} hoạt động</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="279"/>
        <source>Importing {file}…</source>
        <translation>Đang nhập {file}…</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="290"/>
        <source>Workspace written to {file}: {volunteers} volunteers, {assignments} assignments</source>
        <translation>Đã ghi dữ liệu làm việc vào {file}: {volunteers} tình nguyện viên, {assignments} phân công</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="295"/>
        <source>The workspace was not exported</source>
        <translation>Dữ liệu làm việc chưa được xuất</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="296"/>
        <source>Writing {file}…</source>
        <translation>Đang ghi {file}…</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="311"/>
        <source>About Duty Roster</source>
        <translation>Giới thiệu Lịch trực</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="312"/>
        <source>Duty Roster rosters youth volunteers for public administrative service centers and outreach sessions.</source>
        <translation>Lịch trực xếp lịch cho tình nguyện viên thanh niên tại các trung tâm phục vụ hành chính công và các buổi tuyên truyền lưu động.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../reason_text.py" line="23"/>
        <source>inactive</source>
        <translation>không còn hoạt động</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="24"/>
        <source>serve other centers</source>
        <translation>thuộc trung tâm khác</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="25"/>
        <source>center closed ({holiday})</source>
        <translation>trung tâm nghỉ ({holiday})</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="26"/>
        <source>on leave</source>
        <translation>đang nghỉ (nghỉ phép, thi, ốm…)</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="28"/>
        <source>not available on {day} {part} (shift {shift})</source>
        <translation>không rảnh {part} {day} (ca {shift})</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="30"/>
        <source>not available on {day} {part}</source>
        <translation>không rảnh {part} {day}</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="31"/>
        <source>not available on {day}</source>
        <translation>không rảnh vào {day}</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="32"/>
        <source>lack the skill {skill}</source>
        <translation>thiếu kỹ năng {skill}</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="33"/>
        <source>already on duty elsewhere at that time</source>
        <translation>đang trực nơi khác cùng giờ</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="35"/>
        <source>already at an outreach event at that time</source>
        <translation>đang đi hoạt động lưu động cùng giờ</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="36"/>
        <source>already on another shift at that time</source>
        <translation>đang trực ca khác cùng giờ</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="37"/>
        <source>would not get {hours} hours of rest</source>
        <translation>không được nghỉ đủ {hours} giờ giữa hai ca</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="38"/>
        <source>at their daily maximum</source>
        <translation>đã đủ số ca tối đa trong ngày</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="39"/>
        <source>at their weekly maximum</source>
        <translation>đã đủ số ca tối đa trong tuần</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="40"/>
        <source>at their monthly maximum</source>
        <translation>đã đủ số ca tối đa trong tháng</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="41"/>
        <source>at their {rule} limit</source>
        <translation>đã chạm giới hạn {rule}</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="43"/>
        <source>would work more than {limit} days in a row</source>
        <translation>sẽ trực quá {limit} ngày liên tiếp</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="45"/>
        <source>cannot work that shift next to their shift of the day before or after</source>
        <translation>không được trực ca này ngay sau hoặc trước ca của ngày liền kề</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="46"/>
        <source>at their maximum of {shift} shifts</source>
        <translation>đã đủ số ca {shift} tối đa</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="47"/>
        <source>free but no team meets the requirements</source>
        <translation>rảnh nhưng không lập được đội đủ thành phần</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="49"/>
        <source>free but not chosen before the solver stopped</source>
        <translation>rảnh nhưng chưa được chọn trước khi dừng xếp lịch</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="51"/>
        <source>only {able} free for &quot;at least {need} {what}&quot;</source>
        <translation>chỉ {able} người rảnh cho yêu cầu “ít nhất {need} {what}”</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="55"/>
        <source>Monday</source>
        <translation>thứ Hai</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="55"/>
        <source>Tuesday</source>
        <translation>thứ Ba</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="56"/>
        <source>Wednesday</source>
        <translation>thứ Tư</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="56"/>
        <source>Thursday</source>
        <translation>thứ Năm</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="57"/>
        <source>Friday</source>
        <translation>thứ Sáu</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="57"/>
        <source>Saturday</source>
        <translation>thứ Bảy</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="58"/>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="58"/>
        <source>morning</source>
        <translation>sáng</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="59"/>
        <source>afternoon</source>
        <translation>chiều</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="59"/>
        <source>evening</source>
        <translation>tối</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="60"/>
        <source>youth</source>
        <translation>đoàn viên</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="60"/>
        <source>police</source>
        <translation>công an</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="61"/>
        <source>staff</source>
        <translation>cán bộ</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="61"/>
        <source>leader</source>
        <translation>trưởng nhóm</translation>
    </message>
</context>
<context>
    <name>RequestsBox</name>
    <message>
        <location filename="../views/partials/work_rules.py" line="211"/>
        <source>Requests for given days</source>
        <translation>Nguyện vọng theo ngày</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="215"/>
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="215"/>
        <source>Shift</source>
        <translation>Ca</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="215"/>
        <source>Wish</source>
        <translation>Mong muốn</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="215"/>
        <source>Weight</source>
        <translation>Trọng số</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="232"/>
        <source>weight </source>
        <translation>trọng số </translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="233"/>
        <source>Add request</source>
        <translation>Thêm nguyện vọng</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="234"/>
        <source>Remove selected</source>
        <translation>Xoá dòng đã chọn</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="241"/>
        <source>Requests are wishes the planner tries to meet; leave that must be respected belongs under leave and busy dates.</source>
        <translation>Nguyện vọng được cố gắng đáp ứng khi xếp lịch; ngày nghỉ bắt buộc hãy ghi ở mục ngày nghỉ, ngày bận.</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="249"/>
        <source>Would like to work</source>
        <translation>Muốn trực</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="249"/>
        <source>Would rather not work</source>
        <translation>Không muốn trực</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="254"/>
        <location filename="../views/partials/work_rules.py" line="266"/>
        <source>Any shift</source>
        <translation>Ca bất kỳ</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../views/results_page.py" line="43"/>
        <source>Results &amp; statistics</source>
        <translation>Kết quả &amp; thống kê</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="47"/>
        <source>Enter results</source>
        <translation>Nhập kết quả</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="48"/>
        <source>Totals and target</source>
        <translation>Tổng hợp và chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="49"/>
        <source>Per volunteer</source>
        <translation>Theo tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="66"/>
        <source>&lt; Previous week</source>
        <translation>&lt; Tuần trước</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="67"/>
        <source>Next week &gt;</source>
        <translation>Tuần sau &gt;</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="68"/>
        <location filename="../views/results_page.py" line="142"/>
        <source>Center</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="70"/>
        <source>Week of</source>
        <translation>Tuần có ngày</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="93"/>
        <source>Save results</source>
        <translation>Lưu kết quả</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="117"/>
        <source>This week: {citizens} citizens guided, {dossiers} dossiers supported, {vneid} VNeID accounts activated.</source>
        <translation>Tuần này: {citizens} lượt người dân được hướng dẫn, {dossiers} hồ sơ được hỗ trợ, {vneid} tài khoản VNeID được kích hoạt.</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="136"/>
        <source>per month</source>
        <translation>theo tháng</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="137"/>
        <source>per week</source>
        <translation>theo tuần</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="139"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="152"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="153"/>
        <location filename="../views/results_page.py" line="217"/>
        <source>Shifts</source>
        <translation>Ca trực</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="154"/>
        <source>Citizens guided</source>
        <translation>Lượt người dân được hướng dẫn</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="155"/>
        <location filename="../views/results_page.py" line="194"/>
        <source>Dossiers supported</source>
        <translation>Hồ sơ được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="156"/>
        <source>VNeID activated</source>
        <translation>VNeID được kích hoạt</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="174"/>
        <source>Week {week} (from {day})</source>
        <translation>Tuần {week} (từ {day})</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="175"/>
        <source>Month {month}/{year}</source>
        <translation>Tháng {month}/{year}</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="186"/>
        <source>Dossiers supported in {year}: {done} of the yearly target {target} ({percent}%).</source>
        <translation>Hồ sơ được hỗ trợ năm {year}: {done} trên chỉ tiêu năm {target} ({percent}%).</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="190"/>
        <source>Dossiers supported in {year}: {done} (no yearly target for this choice; set it in Settings).</source>
        <translation>Hồ sơ được hỗ trợ năm {year}: {done} (chưa có chỉ tiêu năm cho lựa chọn này; đặt trong Cài đặt).</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="194"/>
        <source>Running total</source>
        <translation>Luỹ kế</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="194"/>
        <source>Yearly target</source>
        <translation>Chỉ tiêu năm</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="209"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="211"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="216"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="216"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="217"/>
        <source>Outreach events</source>
        <translation>Hoạt động lưu động</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="235"/>
        <source>All centers</source>
        <translation>Tất cả trung tâm</translation>
    </message>
</context>
<context>
    <name>RosterBoardModel</name>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="240"/>
        <source>Outreach events</source>
        <translation>Hoạt động lưu động</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="244"/>
        <source>{center} · {shift} ({start}–{end}) · {post}: min {min}, target {target}, max {max}</source>
        <translation>{center} · {shift} ({start}–{end}) · {post}: tối thiểu {min}, mong muốn {target}, tối đa {max}</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="304"/>
        <location filename="../qtmodels/roster_board_model.py" line="326"/>
        <source>Closed: {holiday}</source>
        <translation>Nghỉ: {holiday}</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="307"/>
        <source>{name}
{start}–{end}, {location}
team {low}–{high}</source>
        <translation>{name}
{start}–{end}, {location}
đội {low}–{high} người</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="319"/>
        <source>Locked: the solver keeps this assignment</source>
        <translation>Đã khoá: bộ xếp lịch giữ nguyên phân công này</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="321"/>
        <source>Changed since the published version</source>
        <translation>Thay đổi so với bản đã công bố</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="323"/>
        <source>Placed by the last re-plan</source>
        <translation>Do lần xếp lại gần nhất đặt vào</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="328"/>
        <source>Empty seat below the minimum</source>
        <translation>Chỗ trống dưới mức tối thiểu</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="329"/>
        <source>Empty seat below the target</source>
        <translation>Chỗ trống dưới số người mong muốn</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="329"/>
        <source>Free seat</source>
        <translation>Chỗ còn nhận thêm</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="330"/>
        <source>Right-click for candidates</source>
        <translation>Bấm chuột phải để xem người có thể nhận</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="332"/>
        <source>Rule broken</source>
        <translation>Vi phạm quy tắc</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="332"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
</context>
<context>
    <name>RosterBoardPage</name>
    <message>
        <location filename="../views/roster_board.py" line="290"/>
        <source>Roster</source>
        <translation>Lịch trực</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="301"/>
        <source>Previous period (Ctrl+PgUp)</source>
        <translation>Giai đoạn trước (Ctrl+PgUp)</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="305"/>
        <source>Next period (Ctrl+PgDown)</source>
        <translation>Giai đoạn sau (Ctrl+PgDown)</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="312"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="315"/>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="316"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="322"/>
        <source>All centers</source>
        <translation>Tất cả trung tâm</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="328"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="331"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="333"/>
        <source>Generate…</source>
        <translation>Xếp lịch…</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="336"/>
        <source>Build the roster of the period with the solver (Ctrl+G)</source>
        <translation>Xếp lịch trực của giai đoạn bằng bộ xếp lịch (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="337"/>
        <source>Re-plan around my changes…</source>
        <translation>Xếp lại quanh thay đổi…</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="340"/>
        <source>Keep the locks, change as little as possible (Ctrl+Shift+R)</source>
        <translation>Giữ phân công đã khoá, thay đổi ít nhất (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="341"/>
        <source>Publish…</source>
        <translation>Công bố…</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="344"/>
        <source>Print / export</source>
        <translation>In / xuất</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="348"/>
        <source>Center roster (PDF)…</source>
        <translation>Lịch trực trung tâm (PDF)…</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="349"/>
        <source>Personal schedules (PDF)…</source>
        <translation>Lịch cá nhân (PDF)…</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="350"/>
        <source>Calendar files (ICS)…</source>
        <translation>Tệp lịch (ICS)…</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="351"/>
        <source>Spreadsheet (XLSX)…</source>
        <translation>Bảng tính (XLSX)…</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="382"/>
        <source>Board</source>
        <translation>Bảng lịch</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="391"/>
        <source>By volunteer</source>
        <translation>Theo tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="395"/>
        <location filename="../views/roster_board.py" line="601"/>
        <source>Rules</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="397"/>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="400"/>
        <source>Loaded roster</source>
        <translation>Lịch đã tải</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="401"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="481"/>
        <source>Month {month}</source>
        <translation>Tháng {month}</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="596"/>
        <source>⚠ {count} rules broken: {rules} — see the Rules panel</source>
        <translation>⚠ {count} vi phạm quy tắc: {rules} — xem bảng Quy tắc</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="601"/>
        <source>Rules ({count})</source>
        <translation>Quy tắc ({count})</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="622"/>
        <source>Not published yet</source>
        <translation>Chưa công bố</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="625"/>
        <source>Published {when} by {who} — {count} changes since</source>
        <translation>Đã công bố {when} bởi {who} — {count} thay đổi từ đó</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="682"/>
        <source>This edit breaks a rule</source>
        <translation>Thay đổi này vi phạm quy tắc</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="683"/>
        <source>This edit breaks rules that the solver never breaks:
{rules}

Do it anyway?</source>
        <translation>Thay đổi này vi phạm quy tắc mà bộ xếp lịch không bao giờ vi phạm:
{rules}

Vẫn thực hiện?</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="735"/>
        <source>Candidates for this seat…	Enter</source>
        <translation>Người có thể nhận ca này…	Enter</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="738"/>
        <source>Unlock	L</source>
        <translation>Mở khoá	L</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="738"/>
        <source>Lock	L</source>
        <translation>Khoá	L</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="740"/>
        <source>Remove from this seat	Del</source>
        <translation>Bỏ khỏi ca này	Del</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="741"/>
        <source>Pick up to move or swap	Ctrl+X</source>
        <translation>Nhấc lên để chuyển hoặc đổi	Ctrl+X</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="742"/>
        <source>Mark ill or away…</source>
        <translation>Báo ốm hoặc vắng…</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="744"/>
        <source>Put {name} here	Ctrl+V</source>
        <translation>Đặt {name} vào đây	Ctrl+V</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="761"/>
        <source>Replacing {name}</source>
        <translation>Thay cho {name}</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="781"/>
        <source>{name} picked up: choose a seat and press Ctrl+V</source>
        <translation>Đã nhấc {name}: chọn chỗ và bấm Ctrl+V</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="823"/>
        <source>Re-plan: {added} added, {removed} removed</source>
        <translation>Xếp lại: thêm {added}, bỏ {removed}</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="824"/>
        <source>Generate: {added} added, {removed} removed</source>
        <translation>Xếp lịch: thêm {added}, bỏ {removed}</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="833"/>
        <source>Saving the roster…</source>
        <translation>Đang lưu lịch trực…</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="839"/>
        <source>Publish the roster</source>
        <translation>Công bố lịch trực</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="840"/>
        <source>Freeze the roster of {start} – {end} as the published version? Later edits will show as changes since this version.</source>
        <translation>Chốt lịch trực {start} – {end} làm bản công bố? Các sửa đổi sau này sẽ hiện là thay đổi so với bản này.</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="857"/>
        <source>Folder for the calendar files</source>
        <translation>Thư mục lưu tệp lịch</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="860"/>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="870"/>
        <source>Saved {what}</source>
        <translation>Đã lưu {what}</translation>
    </message>
</context>
<context>
    <name>RosterUnavailablePage</name>
    <message>
        <location filename="../views/main_window.py" line="46"/>
        <source>The roster board is not available in this version.</source>
        <translation>Bảng lịch trực chưa có trong phiên bản này.</translation>
    </message>
</context>
<context>
    <name>RosterVolunteerModel</name>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="41"/>
        <source>Outreach</source>
        <translation>Lưu động</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="72"/>
        <source>Volunteer</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="74"/>
        <source>Totals / limits</source>
        <translation>Tổng / giới hạn</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="82"/>
        <source>week {start}: {value}/{max}</source>
        <translation>tuần {start}: {value}/{max}</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="85"/>
        <source>month {month}: {value}/{max}</source>
        <translation>tháng {month}: {value}/{max}</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="88"/>
        <source>minimum {min}</source>
        <translation>tối thiểu {min}</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="110"/>
        <source>{count} duties</source>
        <translation>{count} ca</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="114"/>
        <source>Above a maximum</source>
        <translation>Vượt mức tối đa</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="115"/>
        <source>Below the monthly minimum</source>
        <translation>Dưới số ca tối thiểu/tháng</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="115"/>
        <source>Within the limits</source>
        <translation>Trong giới hạn</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../views/settings_page.py" line="41"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="55"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="62"/>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="66"/>
        <source>Organisation (printed rosters)</source>
        <translation>Đơn vị ban hành (lịch in)</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="68"/>
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="68"/>
        <source>Parent organisation</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="69"/>
        <source>Place (for the date line)</source>
        <translation>Địa danh (dòng ngày tháng)</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="69"/>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="70"/>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="83"/>
        <source>no target</source>
        <translation>không đặt</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="88"/>
        <source>Rules and weights</source>
        <translation>Quy tắc và trọng số</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="94"/>
        <source>At most, shifts per person per day</source>
        <translation>Tối đa số ca mỗi người mỗi ngày</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="96"/>
        <source>Rest between shifts (hours)</source>
        <translation>Nghỉ giữa hai ca (giờ)</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="109"/>
        <source>Save settings</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="115"/>
        <source>Skills</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="119"/>
        <source>Experienced</source>
        <translation>Có kinh nghiệm</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="120"/>
        <source>Experienced: every shift staffed by two or more people should have someone with such a skill.</source>
        <translation>Có kinh nghiệm: mỗi ca có từ hai người trở lên nên có một người mang kỹ năng này.</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="123"/>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="148"/>
        <source>Not allowed on the next day</source>
        <translation>Không được trực vào ngày hôm sau</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="152"/>
        <source>After a shift of</source>
        <translation>Sau một ca</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="152"/>
        <source>no shift of</source>
        <translation>thì không trực ca</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="165"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="166"/>
        <source>Remove selected</source>
        <translation>Xoá dòng đã chọn</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="182"/>
        <source>{volunteers} volunteers, {posts} posts, {events} event rules</source>
        <translation>{volunteers} tình nguyện viên, {posts} vị trí, {events} yêu cầu hoạt động</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="186"/>
        <source>{volunteers} volunteers</source>
        <translation>{volunteers} tình nguyện viên</translation>
    </message>
</context>
<context>
    <name>ShiftCapsBox</name>
    <message>
        <location filename="../views/partials/work_rules.py" line="155"/>
        <source>At most, shifts of one kind per planned period</source>
        <translation>Tối đa số ca mỗi loại trong kỳ xếp lịch</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="158"/>
        <source>Shift</source>
        <translation>Ca</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="158"/>
        <source>At most</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="165"/>
        <source>Set</source>
        <translation>Đặt</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="166"/>
        <source>Remove selected</source>
        <translation>Xoá dòng đã chọn</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="173"/>
        <source>0 = never this shift.</source>
        <translation>0 = không bao giờ trực ca này.</translation>
    </message>
</context>
<context>
    <name>ShiftResultTableModel</name>
    <message>
        <location filename="../qtmodels/shift_result_table_model.py" line="24"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../qtmodels/shift_result_table_model.py" line="24"/>
        <source>Shift</source>
        <translation>Ca</translation>
    </message>
    <message>
        <location filename="../qtmodels/shift_result_table_model.py" line="24"/>
        <source>Citizens guided</source>
        <translation>Lượt người dân được hướng dẫn</translation>
    </message>
    <message>
        <location filename="../qtmodels/shift_result_table_model.py" line="24"/>
        <source>Dossiers supported</source>
        <translation>Hồ sơ được hỗ trợ</translation>
    </message>
    <message>
        <location filename="../qtmodels/shift_result_table_model.py" line="25"/>
        <source>VNeID activated</source>
        <translation>VNeID được kích hoạt</translation>
    </message>
    <message>
        <location filename="../qtmodels/shift_result_table_model.py" line="25"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <location filename="../app.py" line="85"/>
        <source>Duty Roster</source>
        <translation>Lịch trực</translation>
    </message>
    <message>
        <location filename="../app.py" line="91"/>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../app.py" line="142"/>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
</context>
<context>
    <name>ViolationsPanel</name>
    <message>
        <location filename="../views/roster_panels.py" line="20"/>
        <source>Show warnings (soft rules)</source>
        <translation>Hiện cảnh báo (quy tắc mềm)</translation>
    </message>
    <message>
        <location filename="../views/roster_panels.py" line="25"/>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location filename="../views/roster_panels.py" line="25"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../views/roster_panels.py" line="38"/>
        <source>Rules broken ({count})</source>
        <translation>Vi phạm quy tắc ({count})</translation>
    </message>
    <message>
        <location filename="../views/roster_panels.py" line="40"/>
        <source>Warnings ({count})</source>
        <translation>Cảnh báo ({count})</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../views/volunteer_dialog.py" line="30"/>
        <source>New volunteer</source>
        <translation>Thêm tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="30"/>
        <source>Edit volunteer</source>
        <translation>Sửa thông tin tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="42"/>
        <source>e.g. Nguyễn Thị Thắng</source>
        <translation>ví dụ: Nguyễn Thị Thắng</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="49"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="59"/>
        <source>(any center)</source>
        <translation>(mọi trung tâm)</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="64"/>
        <source>Active (can be rostered)</source>
        <translation>Đang hoạt động (được xếp lịch)</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="68"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="68"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="69"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="69"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="70"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="70"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="71"/>
        <source>Skills</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="71"/>
        <source>Home center</source>
        <translation>Trung tâm chính</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="72"/>
        <source>Also serves at</source>
        <translation>Trực thêm tại</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="77"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="78"/>
        <source>Cancel</source>
        <translation>Huỷ</translation>
    </message>
</context>
<context>
    <name>VolunteerPicker</name>
    <message>
        <location filename="../views/partials/volunteer_picker.py" line="20"/>
        <source>Find a volunteer…</source>
        <translation>Tìm tình nguyện viên…</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="24"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="24"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="24"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="24"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="24"/>
        <source>Center</source>
        <translation>Trung tâm</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="25"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="25"/>
        <source>Skills</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="25"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="75"/>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="75"/>
        <source>Inactive</source>
        <translation>Ngừng hoạt động</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../views/volunteers_page.py" line="34"/>
        <source>Volunteers</source>
        <translation>Tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="42"/>
        <source>Search name, code, phone… (accents optional)</source>
        <translation>Tìm theo tên, mã, điện thoại… (gõ dấu hay không đều được)</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="53"/>
        <source>All roles</source>
        <translation>Tất cả vai trò</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="56"/>
        <source>Active only</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="57"/>
        <source>Inactive only</source>
        <translation>Đã ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="58"/>
        <source>Active and inactive</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="61"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="62"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="63"/>
        <location filename="../views/volunteers_page.py" line="147"/>
        <source>Deactivate</source>
        <translation>Ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="64"/>
        <source>Import from spreadsheet…</source>
        <translation>Nhập từ bảng tính…</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="103"/>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="104"/>
        <source>All centers</source>
        <translation>Tất cả trung tâm</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="129"/>
        <source>{shown} of {total} volunteers</source>
        <translation>{shown} / {total} tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="146"/>
        <source>Reactivate</source>
        <translation>Hoạt động trở lại</translation>
    </message>
</context>
<context>
    <name>WorkLimitsBox</name>
    <message>
        <location filename="../views/partials/work_rules.py" line="83"/>
        <source>Work pattern and hours</source>
        <translation>Nhịp làm việc và số giờ</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="85"/>
        <location filename="../views/partials/work_rules.py" line="88"/>
        <location filename="../views/partials/work_rules.py" line="91"/>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="86"/>
        <location filename="../views/partials/work_rules.py" line="87"/>
        <location filename="../views/partials/work_rules.py" line="90"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="93"/>
        <source>At most, working days in a row</source>
        <translation>Tối đa số ngày trực liên tiếp</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="94"/>
        <source>At least, working days in a row</source>
        <translation>Tối thiểu số ngày trực liên tiếp</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="95"/>
        <source>At least, days off in a row</source>
        <translation>Tối thiểu số ngày nghỉ liên tiếp</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="96"/>
        <source>At most, weekends worked per month</source>
        <translation>Tối đa số cuối tuần trực mỗi tháng</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="97"/>
        <source>At least, hours per month</source>
        <translation>Tối thiểu số giờ mỗi tháng</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="98"/>
        <source>At most, hours per month</source>
        <translation>Tối đa số giờ mỗi tháng</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="102"/>
        <source>Hours as 40 or 40:30. Runs at the ends of a planned period may continue outside it, so minimums do not apply to them.</source>
        <translation>Giờ viết dạng 40 hoặc 40:30. Chuỗi ngày ở đầu hoặc cuối kỳ xếp lịch có thể kéo dài ra ngoài kỳ nên không áp dụng mức tối thiểu.</translation>
    </message>
</context>
<context>
    <name>WorkspaceErrorsDialog</name>
    <message>
        <location filename="../views/workspace_dialogs.py" line="61"/>
        <source>The workspace was not imported</source>
        <translation>Dữ liệu làm việc chưa được nhập</translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="63"/>
        <source>{file} has {count} error(s). Nothing was written to the database; correct the file and import it again.</source>
        <translation>{file} có {count} lỗi. Chưa ghi gì vào cơ sở dữ liệu; hãy sửa tệp rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="70"/>
        <source>Where in the file</source>
        <translation>Vị trí trong tệp</translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="70"/>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="82"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../views/labels.py" line="15"/>
        <source>Youth member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="16"/>
        <source>Police</source>
        <translation>Công an</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="17"/>
        <source>Center staff</source>
        <translation>Cán bộ trung tâm</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="18"/>
        <source>Team leader</source>
        <translation>Trưởng nhóm</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="23"/>
        <source>Mon</source>
        <translation>T2</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="23"/>
        <source>Tue</source>
        <translation>T3</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="23"/>
        <source>Wed</source>
        <translation>T4</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="23"/>
        <source>Thu</source>
        <translation>T5</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="23"/>
        <source>Fri</source>
        <translation>T6</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="23"/>
        <source>Sat</source>
        <translation>T7</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="23"/>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="27"/>
        <source>Monday</source>
        <translation>Thứ Hai</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="27"/>
        <source>Tuesday</source>
        <translation>Thứ Ba</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="27"/>
        <source>Wednesday</source>
        <translation>Thứ Tư</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="27"/>
        <source>Thursday</source>
        <translation>Thứ Năm</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="27"/>
        <source>Friday</source>
        <translation>Thứ Sáu</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="28"/>
        <source>Saturday</source>
        <translation>Thứ Bảy</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="28"/>
        <source>Sunday</source>
        <translation>Chủ Nhật</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="33"/>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="33"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="33"/>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="33"/>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="34"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="34"/>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="34"/>
        <source>Skills</source>
        <translation>Kỹ năng</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="35"/>
        <source>Home center</source>
        <translation>Trung tâm chính</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="35"/>
        <source>Active</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="41"/>
        <source>Cover the minimum</source>
        <translation>Đủ số người tối thiểu</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="41"/>
        <source>Reach the target headcount</source>
        <translation>Đạt số người mục tiêu</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="42"/>
        <source>Fairness between volunteers</source>
        <translation>Công bằng giữa các tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="42"/>
        <source>Volunteers&apos; preferences</source>
        <translation>Nguyện vọng của tình nguyện viên</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="43"/>
        <source>Keep the previous roster</source>
        <translation>Giữ ổn định lịch cũ</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="43"/>
        <source>Minimum shifts per month</source>
        <translation>Số ca tối thiểu mỗi tháng</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="44"/>
        <source>Fair share of outreach</source>
        <translation>Chia đều hoạt động lưu động</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="44"/>
        <source>Mix experienced and new</source>
        <translation>Kết hợp người có kinh nghiệm và người mới</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="50"/>
        <source>Dossiers supported per year</source>
        <translation>Hồ sơ được hỗ trợ mỗi năm</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="51"/>
        <source>Citizens guided per year</source>
        <translation>Lượt người dân được hướng dẫn mỗi năm</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="52"/>
        <source>VNeID accounts activated per year</source>
        <translation>Tài khoản VNeID được kích hoạt mỗi năm</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../views/partials/messages.py" line="11"/>
        <source>Changed by someone else</source>
        <translation>Đã có người khác sửa</translation>
    </message>
    <message>
        <location filename="../views/partials/messages.py" line="12"/>
        <source>Another coordinator saved this record after you opened it. Your changes were not saved, so theirs are not lost. The record will be reloaded; make your changes again.</source>
        <translation>Một điều phối viên khác đã lưu mục này sau khi bạn mở. Thay đổi của bạn chưa được lưu để không ghi đè lên thay đổi của họ. Dữ liệu sẽ được tải lại; hãy sửa lại lần nữa.</translation>
    </message>
    <message>
        <location filename="../views/partials/messages.py" line="20"/>
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../views/partials/messages.py" line="21"/>
        <source>The change could not be saved: {reason}</source>
        <translation>Không lưu được thay đổi: {reason}</translation>
    </message>
</context>
<context>
    <name>repository</name>
    <message>
        <location filename="../../models/repository.py" line="62"/>
        <source>This field is required.</source>
        <translation>Bắt buộc nhập.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="63"/>
        <source>The code {code} is already used.</source>
        <translation>Mã {code} đã được dùng.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="64"/>
        <source>Use letters, digits, &apos;-&apos; or &apos;_&apos; only (no spaces).</source>
        <translation>Chỉ dùng chữ, số, &apos;-&apos; hoặc &apos;_&apos; (không có dấu cách).</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="65"/>
        <source>A phone number has 9 to 11 digits, e.g. 0912345678.</source>
        <translation>Số điện thoại gồm 9 đến 11 chữ số, ví dụ 0912345678.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="66"/>
        <source>Not an e-mail address.</source>
        <translation>Không phải địa chỉ thư điện tử.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="67"/>
        <source>Unknown role.</source>
        <translation>Vai trò không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="68"/>
        <source>Write the time as HH:MM, e.g. 07:30.</source>
        <translation>Ghi giờ dạng GG:PP, ví dụ 07:30.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="69"/>
        <source>The end must be after the start.</source>
        <translation>Giờ kết thúc phải sau giờ bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="70"/>
        <source>Choose at least one weekday.</source>
        <translation>Hãy chọn ít nhất một ngày trong tuần.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="71"/>
        <source>Need min ≤ target ≤ max.</source>
        <translation>Cần tối thiểu ≤ mục tiêu ≤ tối đa.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="72"/>
        <source>The minimum per month is above the maximum per month.</source>
        <translation>Số ca tối thiểu mỗi tháng lớn hơn số ca tối đa mỗi tháng.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="73"/>
        <source>The weekly maximum is above the monthly maximum.</source>
        <translation>Số ca tối đa mỗi tuần lớn hơn số ca tối đa mỗi tháng.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="74"/>
        <source>Leave line {line}: the last day is before the first day.</source>
        <translation>Dòng nghỉ {line}: ngày kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="75"/>
        <source>The minimum team size is above the maximum.</source>
        <translation>Số người tối thiểu lớn hơn số người tối đa.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="76"/>
        <source>Rule line {line} needs more people than the team&apos;s maximum.</source>
        <translation>Yêu cầu dòng {line} cần nhiều người hơn số tối đa của đội.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="77"/>
        <source>Rule line {line}: choose a role or a skill.</source>
        <translation>Yêu cầu dòng {line}: hãy chọn vai trò hoặc kỹ năng.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="78"/>
        <location filename="../../models/volunteer_rules.py" line="30"/>
        <source>Must be zero or more.</source>
        <translation>Không được âm.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="79"/>
        <source>Code {code} is listed twice.</source>
        <translation>Mã {code} bị lặp.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="80"/>
        <source>This record has assignments and cannot be deleted.</source>
        <translation>Mục này đã có phân công nên không thể xoá.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="81"/>
        <source>{day} is both an extra closed and an extra open day.</source>
        <translation>Ngày {day} vừa là ngày nghỉ bổ sung vừa là ngày làm việc bổ sung.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="302"/>
        <source>Unknown unit {code}.</source>
        <translation>Không có đơn vị {code}.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="305"/>
        <location filename="../../models/repository.py" line="562"/>
        <source>Unknown skill {code}.</source>
        <translation>Không có kỹ năng {code}.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="308"/>
        <location filename="../../models/repository.py" line="738"/>
        <source>Unknown center {code}.</source>
        <translation>Không có trung tâm {code}.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="908"/>
        <source>Skill {code} is still used ({volunteers} volunteers, {posts} posts, {events} event rules): remove it there first.</source>
        <translation>Kỹ năng {code} vẫn đang được dùng ({volunteers} tình nguyện viên, {posts} vị trí, {events} yêu cầu hoạt động): hãy bỏ ở đó trước.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="911"/>
        <source>Unit {code} still has {volunteers} volunteers: move them to another unit first.</source>
        <translation>Đơn vị {code} vẫn còn {volunteers} tình nguyện viên: hãy chuyển họ sang đơn vị khác trước.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="1088"/>
        <location filename="../../models/volunteer_rules.py" line="29"/>
        <source>Must be at least 1.</source>
        <translation>Phải từ 1 trở lên.</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_rules.py" line="31"/>
        <source>The minimum run of working days is longer than the maximum.</source>
        <translation>Số ngày trực liên tiếp tối thiểu lớn hơn tối đa.</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_rules.py" line="32"/>
        <source>The minimum hours per month are above the maximum.</source>
        <translation>Số giờ tối thiểu mỗi tháng lớn hơn số giờ tối đa.</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_rules.py" line="33"/>
        <source>Unknown shift {code}.</source>
        <translation>Không có ca {code}.</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_rules.py" line="34"/>
        <source>Request line {line}: the weight must be at least 1.</source>
        <translation>Nguyện vọng dòng {line}: trọng số phải từ 1 trở lên.</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_rules.py" line="35"/>
        <source>Request line {line}: unknown shift {code}.</source>
        <translation>Nguyện vọng dòng {line}: không có ca {code}.</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_rules.py" line="36"/>
        <source>Write hours as 40 or 40:30.</source>
        <translation>Viết số giờ dạng 40 hoặc 40:30.</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_rules.py" line="37"/>
        <source>Line {line}: unknown shift {code}.</source>
        <translation>Dòng {line}: không có ca {code}.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="394"/>
        <source>Unknown volunteer or shift</source>
        <translation>Không rõ tình nguyện viên hoặc ca</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="395"/>
        <source>Assigned twice</source>
        <translation>Phân công hai lần</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="396"/>
        <source>Inactive volunteer</source>
        <translation>Tình nguyện viên ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="397"/>
        <source>Serves another center</source>
        <translation>Phục vụ trung tâm khác</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="398"/>
        <source>Center closed</source>
        <translation>Trung tâm nghỉ</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="399"/>
        <source>On leave</source>
        <translation>Đang nghỉ</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="400"/>
        <source>Not available that day</source>
        <translation>Không rảnh ngày đó</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="401"/>
        <source>Missing skill</source>
        <translation>Thiếu kỹ năng</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="402"/>
        <source>Two places at once</source>
        <translation>Trùng giờ hai nơi</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="403"/>
        <source>Too many duties that day</source>
        <translation>Quá số ca trong ngày</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="404"/>
        <source>Too little rest</source>
        <translation>Nghỉ giữa ca quá ít</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="405"/>
        <source>Weekly maximum</source>
        <translation>Vượt số ca tối đa/tuần</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="406"/>
        <source>Monthly maximum</source>
        <translation>Vượt số ca tối đa/tháng</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="407"/>
        <source>Limit exceeded</source>
        <translation>Vượt giới hạn</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="408"/>
        <source>Minimum not reached</source>
        <translation>Chưa đạt mức tối thiểu</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="409"/>
        <source>Too many people on the shift</source>
        <translation>Quá số người trong ca</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="410"/>
        <source>Team too large</source>
        <translation>Đội quá đông</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="411"/>
        <source>Team composition</source>
        <translation>Thành phần đội</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="412"/>
        <source>Lock removed</source>
        <translation>Mất phân công đã khoá</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="413"/>
        <source>Seat below the minimum</source>
        <translation>Ca thiếu người (dưới tối thiểu)</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="414"/>
        <source>Seat below the target</source>
        <translation>Ca dưới số người mong muốn</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="415"/>
        <source>Below the monthly minimum</source>
        <translation>Dưới số ca tối thiểu/tháng</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="416"/>
        <source>Fairness</source>
        <translation>Công bằng</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="417"/>
        <source>Fair share of outreach</source>
        <translation>Chia đều hoạt động lưu động</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="418"/>
        <source>Preference not met</source>
        <translation>Chưa theo nguyện vọng</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="419"/>
        <source>Day or post to avoid</source>
        <translation>Ngày/vị trí muốn tránh</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="420"/>
        <source>Shift request</source>
        <translation>Yêu cầu ca trực</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="421"/>
        <source>No experienced volunteer</source>
        <translation>Thiếu người có kinh nghiệm</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="422"/>
        <source>Changed from the previous roster</source>
        <translation>Thay đổi so với lịch cũ</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="423"/>
        <source>Weekends per month</source>
        <translation>Số cuối tuần/tháng</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="424"/>
        <source>Hours per month</source>
        <translation>Số giờ/tháng</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../undo.py" line="63"/>
        <source>Move {name}</source>
        <translation>Chuyển {name}</translation>
    </message>
    <message>
        <location filename="../undo.py" line="80"/>
        <source>Swap {a} and {b}</source>
        <translation>Đổi ca {a} và {b}</translation>
    </message>
    <message>
        <location filename="../undo.py" line="98"/>
        <source>Lock {name}</source>
        <translation>Khoá {name}</translation>
    </message>
    <message>
        <location filename="../undo.py" line="98"/>
        <source>Unlock {name}</source>
        <translation>Mở khoá {name}</translation>
    </message>
    <message>
        <location filename="../undo.py" line="150"/>
        <source>Assign {name}</source>
        <translation>Phân công {name}</translation>
    </message>
    <message>
        <location filename="../undo.py" line="157"/>
        <source>Remove {name}</source>
        <translation>Bỏ {name}</translation>
    </message>
    <message>
        <location filename="../undo.py" line="193"/>
        <source>{name} on leave {start}–{end}</source>
        <translation>{name} nghỉ {start}–{end}</translation>
    </message>
</context>
<context>
    <name>volunteer_import</name>
    <message>
        <location filename="../../models/volunteer_import.py" line="45"/>
        <source>a value (the field is required)</source>
        <translation>một giá trị (bắt buộc nhập)</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="46"/>
        <source>one of: youth, police, staff, leader (or Đoàn viên, Công an, Cán bộ, Trưởng nhóm)</source>
        <translation>một trong: Đoàn viên, Công an, Cán bộ, Trưởng nhóm (hoặc youth, police, staff, leader)</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="47"/>
        <source>the code or name of a known unit</source>
        <translation>mã hoặc tên một đơn vị đã có</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="48"/>
        <source>the code or name of a known center</source>
        <translation>mã hoặc tên một trung tâm đã có</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="49"/>
        <source>known skill codes separated by commas</source>
        <translation>mã kỹ năng đã có, cách nhau bởi dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="50"/>
        <source>9 to 11 digits, e.g. 0912345678</source>
        <translation>từ 9 đến 11 chữ số, ví dụ 0912345678</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="51"/>
        <source>an e-mail address like ten@example.com</source>
        <translation>địa chỉ thư điện tử dạng ten@example.com</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="52"/>
        <source>letters, digits, &apos;-&apos; or &apos;_&apos; without spaces</source>
        <translation>chữ, số, &apos;-&apos; hoặc &apos;_&apos;, không có dấu cách</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="53"/>
        <source>a code not used by another row of the file (row {row} has it too)</source>
        <translation>mã không trùng với dòng khác trong tệp (dòng {row} cũng có mã này)</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="54"/>
        <source>yes/no, có/không, 1/0</source>
        <translation>có/không, yes/no, 1/0</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="55"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>Không đọc được {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="56"/>
        <source>The sheet has no rows.</source>
        <translation>Bảng tính không có dòng nào.</translation>
    </message>
</context>
</TS>
