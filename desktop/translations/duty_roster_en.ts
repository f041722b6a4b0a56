<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AvailabilityPage</name>
    <message>
        <location filename="../views/availability_page.py" line="72"/>
        <source>Weekly availability (click a cell)</source>
        <translation>Weekly availability (click a cell)</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="74"/>
        <source>Available every day (no weekly pattern)</source>
        <translation>Available every day (no weekly pattern)</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="84"/>
        <source>“Whole day” also covers outreach events on that day.</source>
        <translation>“Whole day” also covers outreach events on that day.</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="90"/>
        <source>Leave and busy dates</source>
        <translation>Leave and busy dates</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="94"/>
        <location filename="../views/availability_page.py" line="111"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="94"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="94"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="108"/>
        <source>Reason, e.g. exams</source>
        <translation>Reason, e.g. exams</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="109"/>
        <source>Add leave</source>
        <translation>Add leave</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="110"/>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="111"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="122"/>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="127"/>
        <source>At most, shifts per week</source>
        <translation>At most, shifts per week</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="128"/>
        <source>At most, shifts per month</source>
        <translation>At most, shifts per month</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="129"/>
        <source>At least, shifts per month</source>
        <translation>At least, shifts per month</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="131"/>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="137"/>
        <source>Prefers these days</source>
        <translation>Prefers these days</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="138"/>
        <source>Avoids these days</source>
        <translation>Avoids these days</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="139"/>
        <source>Prefers these posts</source>
        <translation>Prefers these posts</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="153"/>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="154"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="171"/>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <location filename="../views/availability_page.py" line="205"/>
        <source>Whole day</source>
        <translation>Whole day</translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <location filename="../views/roster_candidates.py" line="26"/>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="34"/>
        <source>{count} volunteers can take this seat, fewest duties first. Double-click to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="39"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="39"/>
        <source>Role</source>
        <translation type="unfinished">Role</translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="39"/>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="39"/>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="47"/>
        <source>prefers this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="49"/>
        <source>would rather avoid this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="61"/>
        <source>Not offered — {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="77"/>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_candidates.py" line="78"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>CentersPage</name>
    <message>
        <location filename="../views/centers_page.py" line="56"/>
        <source>Centers &amp; posts</source>
        <translation>Centers &amp; posts</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="62"/>
        <source>Centers, posts and shifts</source>
        <translation>Centers, posts and shifts</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="63"/>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
</context>
<context>
    <name>CentersTab</name>
    <message>
        <location filename="../views/centers_page.py" line="80"/>
        <source>New center</source>
        <translation>New center</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="98"/>
        <source>province, commune, ward…</source>
        <translation>province, commune, ward…</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="99"/>
        <source>Closed on public holidays</source>
        <translation>Closed on public holidays</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="100"/>
        <location filename="../views/centers_page.py" line="110"/>
        <location filename="../views/centers_page.py" line="127"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="101"/>
        <location filename="../views/centers_page.py" line="110"/>
        <location filename="../views/centers_page.py" line="127"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="102"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="106"/>
        <source>Posts (floors, desks)</source>
        <translation>Posts (floors, desks)</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="110"/>
        <source>Required skills</source>
        <translation>Required skills</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="111"/>
        <source>Required skills (codes, comma-separated)</source>
        <translation>Required skills (codes, comma-separated)</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="112"/>
        <source>Skills: {skills}</source>
        <translation>Skills: {skills}</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="123"/>
        <source>Shifts</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="127"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="127"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="139"/>
        <source>Headcount per shift and post: minimum / target / maximum</source>
        <translation>Headcount per shift and post: minimum / target / maximum</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="146"/>
        <source>Write e.g. 1/2/2; leave a cell empty when the post is not staffed on that shift.</source>
        <translation>Write e.g. 1/2/2; leave a cell empty when the post is not staffed on that shift.</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="156"/>
        <source>Save center</source>
        <translation>Save center</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="170"/>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="171"/>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="213"/>
        <source>Floor 1</source>
        <translation>Floor 1</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="214"/>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="306"/>
        <source>Shift {shift}, post {post}: write minimum/target/maximum, e.g. 1/2/2.</source>
        <translation>Shift {shift}, post {post}: write minimum/target/maximum, e.g. 1/2/2.</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <location filename="../views/roster_panels.py" line="69"/>
        <source>The roster of this period has not been published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_panels.py" line="72"/>
        <source>No change since the published version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_panels.py" line="75"/>
        <source>+ {name} on {seat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_panels.py" line="78"/>
        <source>− {name} off {seat}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipDelegate</name>
    <message>
        <location filename="../views/roster_board.py" line="143"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeNameList</name>
    <message>
        <location filename="../views/partials/code_name_list.py" line="44"/>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <location filename="../views/partials/code_name_list.py" line="44"/>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <location filename="../views/partials/code_name_list.py" line="44"/>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/code_name_list.py" line="60"/>
        <source>Add</source>
        <translation type="unfinished">Add</translation>
    </message>
    <message>
        <location filename="../views/partials/code_name_list.py" line="61"/>
        <source>Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/code_name_list.py" line="62"/>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../views/events_page.py" line="42"/>
        <source>Outreach events</source>
        <translation>Outreach events</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="49"/>
        <location filename="../views/events_page.py" line="108"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="50"/>
        <location filename="../views/events_page.py" line="110"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="51"/>
        <location filename="../views/events_page.py" line="111"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="52"/>
        <location filename="../views/events_page.py" line="109"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="53"/>
        <location filename="../views/events_page.py" line="112"/>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="54"/>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="55"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="56"/>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="102"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="104"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="106"/>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="113"/>
        <source>Organised by</source>
        <translation>Organised by</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="114"/>
        <source>Team size</source>
        <translation>Team size</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="116"/>
        <source>Team composition: at least …</source>
        <translation>Team composition: at least …</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="120"/>
        <source>Role or skill</source>
        <translation>Role or skill</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="120"/>
        <source>At least</source>
        <translation>At least</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="124"/>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="125"/>
        <source>Remove rule</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="135"/>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="136"/>
        <source>Save event</source>
        <translation>Save event</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="137"/>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="154"/>
        <source>Role: {role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="155"/>
        <source>Skill: {skill}</source>
        <translation>Skill: {skill}</translation>
    </message>
    <message>
        <location filename="../views/events_page.py" line="162"/>
        <source>(no center)</source>
        <translation>(no center)</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <location filename="../views/roster_generate.py" line="55"/>
        <source>Re-plan around my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="55"/>
        <source>Generate the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="58"/>
        <source>Locked assignments are kept; the solver changes as few other assignments as the rules allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="60"/>
        <source>Locked assignments are kept; the other assignments of the period are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="75"/>
        <source>Period</source>
        <translation type="unfinished">Period</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="78"/>
        <source>All centers</source>
        <translation type="unfinished">All centers</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="82"/>
        <source>Centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="87"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="89"/>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="97"/>
        <source>Press Start to search for a roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="104"/>
        <source>Seat or rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="104"/>
        <source>Missing / score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="104"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="111"/>
        <source>Start</source>
        <translation type="unfinished">Start</translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="114"/>
        <source>Stop and keep the best roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="117"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="135"/>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="144"/>
        <source>Building the model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="155"/>
        <source>Stopping — keeping the best roster found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="161"/>
        <location filename="../views/roster_generate.py" line="190"/>
        <source>, bound {bound:.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="163"/>
        <source>, gap {gap:.1f} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="165"/>
        <source>Best score {objective:.0f}{bound} — {elapsed:.1f} s, {count} rosters found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="171"/>
        <source>The solver could not run: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="184"/>
        <source>No roster found ({status}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="188"/>
        <source> (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="191"/>
        <source>{status}{stopped}: score {objective}{bound}, {elapsed:.1f} s — {added} added, {removed} removed, {kept} kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="204"/>
        <source>Unfilled seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="217"/>
        <source>Score by rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="234"/>
        <source>Optimal roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="235"/>
        <source>Good roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="236"/>
        <source>No roster possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_generate.py" line="237"/>
        <source>No roster yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <location filename="../views/centers_page.py" line="361"/>
        <source>Country (ISO code)</source>
        <translation>Country (ISO code)</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="362"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="366"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="366"/>
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="369"/>
        <source>Public holidays of the year (centers that close on holidays are closed):</source>
        <translation>Public holidays of the year (centers that close on holidays are closed):</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="373"/>
        <source>Extra closed days</source>
        <translation>Extra closed days</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="374"/>
        <source>Extra open days (open although a holiday)</source>
        <translation>Extra open days (open although a holiday)</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="378"/>
        <source>Save holidays</source>
        <translation>Save holidays</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="399"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../views/centers_page.py" line="400"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../views/import_dialog.py" line="48"/>
        <source>Import volunteers from a spreadsheet</source>
        <translation>Import volunteers from a spreadsheet</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="72"/>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="73"/>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="74"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="75"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="88"/>
        <source>Choose an Excel (.xlsx) or CSV file. The first row must hold the column names; every other row is one volunteer. Rows whose code already exists update that volunteer.</source>
        <translation>Choose an Excel (.xlsx) or CSV file. The first row must hold the column names; every other row is one volunteer. Rows whose code already exists update that volunteer.</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="96"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="97"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="109"/>
        <source>Match each volunteer field with a column of the file. Code and full name are required.</source>
        <translation>Match each volunteer field with a column of the file. Code and full name are required.</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="138"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="138"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="138"/>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="139"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="148"/>
        <source>Step 1 of 3: choose the file</source>
        <translation>Step 1 of 3: choose the file</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="148"/>
        <source>Step 2 of 3: match the columns</source>
        <translation>Step 2 of 3: match the columns</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="149"/>
        <source>Step 3 of 3: check the rows</source>
        <translation>Step 3 of 3: check the rows</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="162"/>
        <source>Choose a spreadsheet</source>
        <translation>Choose a spreadsheet</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="163"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="183"/>
        <source>Cannot read this file: {reason}</source>
        <translation>Cannot read this file: {reason}</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="187"/>
        <source>The import failed: {reason}</source>
        <translation>The import failed: {reason}</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="196"/>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="206"/>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="208"/>
        <source>column {number}</source>
        <translation>column {number}</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="217"/>
        <source>{count} rows found.</source>
        <translation>{count} rows found.</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="235"/>
        <source>Choose a column for: {fields}</source>
        <translation>Choose a column for: {fields}</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="249"/>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="264"/>
        <source>{bad} rows have problems (listed below); {good} rows are fine. Nothing will be saved until every row is correct: fix the file and choose it again.</source>
        <translation>{bad} rows have problems (listed below); {good} rows are fine. Nothing will be saved until every row is correct: fix the file and choose it again.</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="268"/>
        <source>All {good} rows are correct: {new} new volunteers, {updates} updates. Press Import to save them.</source>
        <translation>All {good} rows are correct: {new} new volunteers, {updates} updates. Press Import to save them.</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="272"/>
        <source>The file has no volunteer rows.</source>
        <translation>The file has no volunteer rows.</translation>
    </message>
    <message>
        <location filename="../views/import_dialog.py" line="281"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>ImportModeDialog</name>
    <message>
        <location filename="../views/workspace_dialogs.py" line="26"/>
        <source>Import workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="28"/>
        <source>Import {file} into the open database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="32"/>
        <source>Replace: the database will hold exactly what the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="34"/>
        <source>Merge: add new records and update those with the same code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="39"/>
        <source>The whole file is checked first; if anything is wrong, nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="43"/>
        <source>Import</source>
        <translation type="unfinished">Import</translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="44"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../views/roster_board.py" line="229"/>
        <source>Mark ill or away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="233"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="239"/>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="240"/>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="241"/>
        <source>Ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="243"/>
        <source>Reason</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="245"/>
        <source>Save</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="246"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../views/main_window.py" line="67"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="67"/>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="68"/>
        <source>Centers &amp; posts</source>
        <translation>Centers &amp; posts</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="68"/>
        <source>Outreach events</source>
        <translation>Outreach events</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="69"/>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="69"/>
        <source>Results &amp; statistics</source>
        <translation>Results &amp; statistics</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="70"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="74"/>
        <source>Duty Roster — {database}</source>
        <translation>Duty Roster — {database}</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="96"/>
        <location filename="../views/main_window.py" line="219"/>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="131"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="133"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="134"/>
        <source>Import &amp;workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="135"/>
        <source>&amp;Export workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="138"/>
        <source>&amp;Import volunteers…</source>
        <translation>&amp;Import volunteers…</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="139"/>
        <source>&amp;Reload from the database</source>
        <translation>&amp;Reload from the database</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="141"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="144"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="145"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="147"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="151"/>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="154"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="155"/>
        <source>&amp;About Duty Roster</source>
        <translation>&amp;About Duty Roster</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="183"/>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="184"/>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="186"/>
        <source>Import workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="187"/>
        <source>Workspace files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="189"/>
        <source>Export workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="190"/>
        <source>Workspace files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="196"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="197"/>
        <source>Other work is still running on this database; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="236"/>
        <source>Cannot open the database</source>
        <translation type="unfinished">Cannot open the database</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="237"/>
        <source>Opening {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="271"/>
        <source>The workspace was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="275"/>
        <source>{file} imported: {volunteers} volunteers, {centers} centers, {events} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="279"/>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="290"/>
        <source>Workspace written to {file}: {volunteers} volunteers, {assignments} assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="295"/>
        <source>The workspace was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="296"/>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="311"/>
        <source>About Duty Roster</source>
        <translation>About Duty Roster</translation>
    </message>
    <message>
        <location filename="../views/main_window.py" line="312"/>
        <source>Duty Roster rosters youth volunteers for public administrative service centers and outreach sessions.</source>
        <translation>Duty Roster rosters youth volunteers for public administrative service centers and outreach sessions.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../reason_text.py" line="23"/>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="24"/>
        <source>serve other centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="25"/>
        <source>center closed ({holiday})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="26"/>
        <source>on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="28"/>
        <source>not available on {day} {part} (shift {shift})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="30"/>
        <source>not available on {day} {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="31"/>
        <source>not available on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="32"/>
        <source>lack the skill {skill}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="33"/>
        <source>already on duty elsewhere at that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="35"/>
        <source>already at an outreach event at that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="36"/>
        <source>already on another shift at that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="37"/>
        <source>would not get {hours} hours of rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="38"/>
        <source>at their daily maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="39"/>
        <source>at their weekly maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="40"/>
        <source>at their monthly maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="41"/>
        <source>at their {rule} limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="43"/>
        <source>would work more than {limit} days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="45"/>
        <source>cannot work that shift next to their shift of the day before or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="46"/>
        <source>at their maximum of {shift} shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="47"/>
        <source>free but no team meets the requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="49"/>
        <source>free but not chosen before the solver stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="51"/>
        <source>only {able} free for &quot;at least {need} {what}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="55"/>
        <source>Monday</source>
        <translation type="unfinished">Monday</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="55"/>
        <source>Tuesday</source>
        <translation type="unfinished">Tuesday</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="56"/>
        <source>Wednesday</source>
        <translation type="unfinished">Wednesday</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="56"/>
        <source>Thursday</source>
        <translation type="unfinished">Thursday</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="57"/>
        <source>Friday</source>
        <translation type="unfinished">Friday</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="57"/>
        <source>Saturday</source>
        <translation type="unfinished">Saturday</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="58"/>
        <source>Sunday</source>
        <translation type="unfinished">Sunday</translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="58"/>
        <source>morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="59"/>
        <source>afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="59"/>
        <source>evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="60"/>
        <source>youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="60"/>
        <source>police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="61"/>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../reason_text.py" line="61"/>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsBox</name>
    <message>
        <location filename="../views/partials/work_rules.py" line="211"/>
        <source>Requests for given days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="215"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="215"/>
        <source>Shift</source>
        <translation type="unfinished">Shift</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="215"/>
        <source>Wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="215"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="232"/>
        <source>weight </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="233"/>
        <source>Add request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="234"/>
        <source>Remove selected</source>
        <translation type="unfinished">Remove selected</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="241"/>
        <source>Requests are wishes the planner tries to meet; leave that must be respected belongs under leave and busy dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="249"/>
        <source>Would like to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="249"/>
        <source>Would rather not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="254"/>
        <location filename="../views/partials/work_rules.py" line="266"/>
        <source>Any shift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../views/results_page.py" line="43"/>
        <source>Results &amp; statistics</source>
        <translation>Results &amp; statistics</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="47"/>
        <source>Enter results</source>
        <translation>Enter results</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="48"/>
        <source>Totals and target</source>
        <translation>Totals and target</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="49"/>
        <source>Per volunteer</source>
        <translation>Per volunteer</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="66"/>
        <source>&lt; Previous week</source>
        <translation>&lt; Previous week</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="67"/>
        <source>Next week &gt;</source>
        <translation>Next week &gt;</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="68"/>
        <location filename="../views/results_page.py" line="142"/>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="70"/>
        <source>Week of</source>
        <translation>Week of</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="93"/>
        <source>Save results</source>
        <translation>Save results</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="117"/>
        <source>This week: {citizens} citizens guided, {dossiers} dossiers supported, {vneid} VNeID accounts activated.</source>
        <translation>This week: {citizens} citizens guided, {dossiers} dossiers supported, {vneid} VNeID accounts activated.</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="136"/>
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="137"/>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="139"/>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="152"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="153"/>
        <location filename="../views/results_page.py" line="217"/>
        <source>Shifts</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="154"/>
        <source>Citizens guided</source>
        <translation>Citizens guided</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="155"/>
        <location filename="../views/results_page.py" line="194"/>
        <source>Dossiers supported</source>
        <translation>Dossiers supported</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="156"/>
        <source>VNeID activated</source>
        <translation>VNeID activated</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="174"/>
        <source>Week {week} (from {day})</source>
        <translation>Week {week} (from {day})</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="175"/>
        <source>Month {month}/{year}</source>
        <translation>Month {month}/{year}</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="186"/>
        <source>Dossiers supported in {year}: {done} of the yearly target {target} ({percent}%).</source>
        <translation>Dossiers supported in {year}: {done} of the yearly target {target} ({percent}%).</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="190"/>
        <source>Dossiers supported in {year}: {done} (no yearly target for this choice; set it in Settings).</source>
        <translation>Dossiers supported in {year}: {done} (no yearly target for this choice; set it in Settings).</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="194"/>
        <source>Running total</source>
        <translation>Running total</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="194"/>
        <source>Yearly target</source>
        <translation>Yearly target</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="209"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="211"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="216"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="216"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="217"/>
        <source>Outreach events</source>
        <translation>Outreach events</translation>
    </message>
    <message>
        <location filename="../views/results_page.py" line="235"/>
        <source>All centers</source>
        <translation>All centers</translation>
    </message>
</context>
<context>
    <name>RosterBoardModel</name>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="240"/>
        <source>Outreach events</source>
        <translation type="unfinished">Outreach events</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="244"/>
        <source>{center} · {shift} ({start}–{end}) · {post}: min {min}, target {target}, max {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="304"/>
        <location filename="../qtmodels/roster_board_model.py" line="326"/>
        <source>Closed: {holiday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="307"/>
        <source>{name}
{start}–{end}, {location}
team {low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="319"/>
        <source>Locked: the solver keeps this assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="321"/>
        <source>Changed since the published version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="323"/>
        <source>Placed by the last re-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="328"/>
        <source>Empty seat below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="329"/>
        <source>Empty seat below the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="329"/>
        <source>Free seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="330"/>
        <source>Right-click for candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="332"/>
        <source>Rule broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="332"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterBoardPage</name>
    <message>
        <location filename="../views/roster_board.py" line="290"/>
        <source>Roster</source>
        <translation type="unfinished">Roster</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="301"/>
        <source>Previous period (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="305"/>
        <source>Next period (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="312"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="315"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="316"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="322"/>
        <source>All centers</source>
        <translation type="unfinished">All centers</translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="328"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="331"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="333"/>
        <source>Generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="336"/>
        <source>Build the roster of the period with the solver (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="337"/>
        <source>Re-plan around my changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="340"/>
        <source>Keep the locks, change as little as possible (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="341"/>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="344"/>
        <source>Print / export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="348"/>
        <source>Center roster (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="349"/>
        <source>Personal schedules (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="350"/>
        <source>Calendar files (ICS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="351"/>
        <source>Spreadsheet (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="382"/>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="391"/>
        <source>By volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="395"/>
        <location filename="../views/roster_board.py" line="601"/>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="397"/>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="400"/>
        <source>Loaded roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="401"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="481"/>
        <source>Month {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="596"/>
        <source>⚠ {count} rules broken: {rules} — see the Rules panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="601"/>
        <source>Rules ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="622"/>
        <source>Not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="625"/>
        <source>Published {when} by {who} — {count} changes since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="682"/>
        <source>This edit breaks a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="683"/>
        <source>This edit breaks rules that the solver never breaks:
{rules}

Do it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="735"/>
        <source>Candidates for this seat…	Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="738"/>
        <source>Unlock	L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="738"/>
        <source>Lock	L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="740"/>
        <source>Remove from this seat	Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="741"/>
        <source>Pick up to move or swap	Ctrl+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="742"/>
        <source>Mark ill or away…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="744"/>
        <source>Put {name} here	Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="761"/>
        <source>Replacing {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="781"/>
        <source>{name} picked up: choose a seat and press Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="823"/>
        <source>Re-plan: {added} added, {removed} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="824"/>
        <source>Generate: {added} added, {removed} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="833"/>
        <source>Saving the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="839"/>
        <source>Publish the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="840"/>
        <source>Freeze the roster of {start} – {end} as the published version? Later edits will show as changes since this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="857"/>
        <source>Folder for the calendar files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="860"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_board.py" line="870"/>
        <source>Saved {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterUnavailablePage</name>
    <message>
        <location filename="../views/main_window.py" line="46"/>
        <source>The roster board is not available in this version.</source>
        <translation>The roster board is not available in this version.</translation>
    </message>
</context>
<context>
    <name>RosterVolunteerModel</name>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="41"/>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="72"/>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="74"/>
        <source>Totals / limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="82"/>
        <source>week {start}: {value}/{max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="85"/>
        <source>month {month}: {value}/{max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="88"/>
        <source>minimum {min}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="110"/>
        <source>{count} duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="114"/>
        <source>Above a maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="115"/>
        <source>Below the monthly minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_volunteer_model.py" line="115"/>
        <source>Within the limits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../views/settings_page.py" line="41"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="55"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="62"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="66"/>
        <source>Organisation (printed rosters)</source>
        <translation>Organisation (printed rosters)</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="68"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="68"/>
        <source>Parent organisation</source>
        <translation>Parent organisation</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="69"/>
        <source>Place (for the date line)</source>
        <translation>Place (for the date line)</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="69"/>
        <source>Signer&apos;s title</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="70"/>
        <source>Signer&apos;s name</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="83"/>
        <source>no target</source>
        <translation>no target</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="88"/>
        <source>Rules and weights</source>
        <translation>Rules and weights</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="94"/>
        <source>At most, shifts per person per day</source>
        <translation>At most, shifts per person per day</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="96"/>
        <source>Rest between shifts (hours)</source>
        <translation>Rest between shifts (hours)</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="109"/>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="115"/>
        <source>Skills</source>
        <translation type="unfinished">Skills</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="119"/>
        <source>Experienced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="120"/>
        <source>Experienced: every shift staffed by two or more people should have someone with such a skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="123"/>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="148"/>
        <source>Not allowed on the next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="152"/>
        <source>After a shift of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="152"/>
        <source>no shift of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="165"/>
        <source>Add</source>
        <translation type="unfinished">Add</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="166"/>
        <source>Remove selected</source>
        <translation type="unfinished">Remove selected</translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="182"/>
        <source>{volunteers} volunteers, {posts} posts, {events} event rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/settings_page.py" line="186"/>
        <source>{volunteers} volunteers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftCapsBox</name>
    <message>
        <location filename="../views/partials/work_rules.py" line="155"/>
        <source>At most, shifts of one kind per planned period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="158"/>
        <source>Shift</source>
        <translation type="unfinished">Shift</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="158"/>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="165"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="166"/>
        <source>Remove selected</source>
        <translation type="unfinished">Remove selected</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="173"/>
        <source>0 = never this shift.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftResultTableModel</name>
    <message>
        <location filename="../qtmodels/shift_result_table_model.py" line="24"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../qtmodels/shift_result_table_model.py" line="24"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../qtmodels/shift_result_table_model.py" line="24"/>
        <source>Citizens guided</source>
        <translation>Citizens guided</translation>
    </message>
    <message>
        <location filename="../qtmodels/shift_result_table_model.py" line="24"/>
        <source>Dossiers supported</source>
        <translation>Dossiers supported</translation>
    </message>
    <message>
        <location filename="../qtmodels/shift_result_table_model.py" line="25"/>
        <source>VNeID activated</source>
        <translation>VNeID activated</translation>
    </message>
    <message>
        <location filename="../qtmodels/shift_result_table_model.py" line="25"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <location filename="../app.py" line="85"/>
        <source>Duty Roster</source>
        <translation>Duty Roster</translation>
    </message>
    <message>
        <location filename="../app.py" line="91"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../app.py" line="142"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>ViolationsPanel</name>
    <message>
        <location filename="../views/roster_panels.py" line="20"/>
        <source>Show warnings (soft rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_panels.py" line="25"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_panels.py" line="25"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_panels.py" line="38"/>
        <source>Rules broken ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/roster_panels.py" line="40"/>
        <source>Warnings ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../views/volunteer_dialog.py" line="30"/>
        <source>New volunteer</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="30"/>
        <source>Edit volunteer</source>
        <translation>Edit volunteer</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="42"/>
        <source>e.g. Nguyễn Thị Thắng</source>
        <translation>e.g. Nguyễn Thị Thắng</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="49"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="59"/>
        <source>(any center)</source>
        <translation>(any center)</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="64"/>
        <source>Active (can be rostered)</source>
        <translation>Active (can be rostered)</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="68"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="68"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="69"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="69"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="70"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="70"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="71"/>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="71"/>
        <source>Home center</source>
        <translation>Home center</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="72"/>
        <source>Also serves at</source>
        <translation>Also serves at</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="77"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../views/volunteer_dialog.py" line="78"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VolunteerPicker</name>
    <message>
        <location filename="../views/partials/volunteer_picker.py" line="20"/>
        <source>Find a volunteer…</source>
        <translation>Find a volunteer…</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="24"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="24"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="24"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="24"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="24"/>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="25"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="25"/>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="25"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="75"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../qtmodels/volunteer_table_model.py" line="75"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../views/volunteers_page.py" line="34"/>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="42"/>
        <source>Search name, code, phone… (accents optional)</source>
        <translation>Search name, code, phone… (accents optional)</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="53"/>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="56"/>
        <source>Active only</source>
        <translation>Active only</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="57"/>
        <source>Inactive only</source>
        <translation>Inactive only</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="58"/>
        <source>Active and inactive</source>
        <translation>Active and inactive</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="61"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="62"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="63"/>
        <location filename="../views/volunteers_page.py" line="147"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="64"/>
        <source>Import from spreadsheet…</source>
        <translation>Import from spreadsheet…</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="103"/>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="104"/>
        <source>All centers</source>
        <translation>All centers</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="129"/>
        <source>{shown} of {total} volunteers</source>
        <translation>{shown} of {total} volunteers</translation>
    </message>
    <message>
        <location filename="../views/volunteers_page.py" line="146"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>WorkLimitsBox</name>
    <message>
        <location filename="../views/partials/work_rules.py" line="83"/>
        <source>Work pattern and hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="85"/>
        <location filename="../views/partials/work_rules.py" line="88"/>
        <location filename="../views/partials/work_rules.py" line="91"/>
        <source>no limit</source>
        <translation type="unfinished">no limit</translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="86"/>
        <location filename="../views/partials/work_rules.py" line="87"/>
        <location filename="../views/partials/work_rules.py" line="90"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="93"/>
        <source>At most, working days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="94"/>
        <source>At least, working days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="95"/>
        <source>At least, days off in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="96"/>
        <source>At most, weekends worked per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="97"/>
        <source>At least, hours per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="98"/>
        <source>At most, hours per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/partials/work_rules.py" line="102"/>
        <source>Hours as 40 or 40:30. Runs at the ends of a planned period may continue outside it, so minimums do not apply to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceErrorsDialog</name>
    <message>
        <location filename="../views/workspace_dialogs.py" line="61"/>
        <source>The workspace was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="63"/>
        <source>{file} has {count} error(s). Nothing was written to the database; correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="70"/>
        <source>Where in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="70"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/workspace_dialogs.py" line="82"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../views/labels.py" line="15"/>
        <source>Youth member</source>
        <translation>Youth member</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="16"/>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="17"/>
        <source>Center staff</source>
        <translation>Center staff</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="18"/>
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="23"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="23"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="23"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="23"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="23"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="23"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="23"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="27"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="27"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="27"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="27"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="27"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="28"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="28"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="33"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="33"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="33"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="33"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="34"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="34"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="34"/>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="35"/>
        <source>Home center</source>
        <translation>Home center</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="35"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="41"/>
        <source>Cover the minimum</source>
        <translation>Cover the minimum</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="41"/>
        <source>Reach the target headcount</source>
        <translation>Reach the target headcount</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="42"/>
        <source>Fairness between volunteers</source>
        <translation>Fairness between volunteers</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="42"/>
        <source>Volunteers&apos; preferences</source>
        <translation>Volunteers&apos; preferences</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="43"/>
        <source>Keep the previous roster</source>
        <translation>Keep the previous roster</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="43"/>
        <source>Minimum shifts per month</source>
        <translation>Minimum shifts per month</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="44"/>
        <source>Fair share of outreach</source>
        <translation>Fair share of outreach</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="44"/>
        <source>Mix experienced and new</source>
        <translation>Mix experienced and new</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="50"/>
        <source>Dossiers supported per year</source>
        <translation>Dossiers supported per year</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="51"/>
        <source>Citizens guided per year</source>
        <translation>Citizens guided per year</translation>
    </message>
    <message>
        <location filename="../views/labels.py" line="52"/>
        <source>VNeID accounts activated per year</source>
        <translation>VNeID accounts activated per year</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../views/partials/messages.py" line="11"/>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location filename="../views/partials/messages.py" line="12"/>
        <source>Another coordinator saved this record after you opened it. Your changes were not saved, so theirs are not lost. The record will be reloaded; make your changes again.</source>
        <translation>Another coordinator saved this record after you opened it. Your changes were not saved, so theirs are not lost. The record will be reloaded; make your changes again.</translation>
    </message>
    <message>
        <location filename="../views/partials/messages.py" line="20"/>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../views/partials/messages.py" line="21"/>
        <source>The change could not be saved: {reason}</source>
        <translation>The change could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>repository</name>
    <message>
        <location filename="../../models/repository.py" line="62"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="63"/>
        <source>The code {code} is already used.</source>
        <translation>The code {code} is already used.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="64"/>
        <source>Use letters, digits, &apos;-&apos; or &apos;_&apos; only (no spaces).</source>
        <translation>Use letters, digits, &apos;-&apos; or &apos;_&apos; only (no spaces).</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="65"/>
        <source>A phone number has 9 to 11 digits, e.g. 0912345678.</source>
        <translation>A phone number has 9 to 11 digits, e.g. 0912345678.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="66"/>
        <source>Not an e-mail address.</source>
        <translation>Not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="67"/>
        <source>Unknown role.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="68"/>
        <source>Write the time as HH:MM, e.g. 07:30.</source>
        <translation>Write the time as HH:MM, e.g. 07:30.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="69"/>
        <source>The end must be after the start.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="70"/>
        <source>Choose at least one weekday.</source>
        <translation>Choose at least one weekday.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="71"/>
        <source>Need min ≤ target ≤ max.</source>
        <translation>Need min ≤ target ≤ max.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="72"/>
        <source>The minimum per month is above the maximum per month.</source>
        <translation>The minimum per month is above the maximum per month.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="73"/>
        <source>The weekly maximum is above the monthly maximum.</source>
        <translation>The weekly maximum is above the monthly maximum.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="74"/>
        <source>Leave line {line}: the last day is before the first day.</source>
        <translation>Leave line {line}: the last day is before the first day.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="75"/>
        <source>The minimum team size is above the maximum.</source>
        <translation>The minimum team size is above the maximum.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="76"/>
        <source>Rule line {line} needs more people than the team&apos;s maximum.</source>
        <translation>Rule line {line} needs more people than the team&apos;s maximum.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="77"/>
        <source>Rule line {line}: choose a role or a skill.</source>
        <translation>Rule line {line}: choose a role or a skill.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="78"/>
        <location filename="../../models/volunteer_rules.py" line="30"/>
        <source>Must be zero or more.</source>
        <translation>Must be zero or more.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="79"/>
        <source>Code {code} is listed twice.</source>
        <translation>Code {code} is listed twice.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="80"/>
        <source>This record has assignments and cannot be deleted.</source>
        <translation>This record has assignments and cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="81"/>
        <source>{day} is both an extra closed and an extra open day.</source>
        <translation>{day} is both an extra closed and an extra open day.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="302"/>
        <source>Unknown unit {code}.</source>
        <translation>Unknown unit {code}.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="305"/>
        <location filename="../../models/repository.py" line="562"/>
        <source>Unknown skill {code}.</source>
        <translation>Unknown skill {code}.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="308"/>
        <location filename="../../models/repository.py" line="738"/>
        <source>Unknown center {code}.</source>
        <translation>Unknown center {code}.</translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="908"/>
        <source>Skill {code} is still used ({volunteers} volunteers, {posts} posts, {events} event rules): remove it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="911"/>
        <source>Unit {code} still has {volunteers} volunteers: move them to another unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/repository.py" line="1088"/>
        <location filename="../../models/volunteer_rules.py" line="29"/>
        <source>Must be at least 1.</source>
        <translation>Must be at least 1.</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_rules.py" line="31"/>
        <source>The minimum run of working days is longer than the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/volunteer_rules.py" line="32"/>
        <source>The minimum hours per month are above the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/volunteer_rules.py" line="33"/>
        <source>Unknown shift {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/volunteer_rules.py" line="34"/>
        <source>Request line {line}: the weight must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/volunteer_rules.py" line="35"/>
        <source>Request line {line}: unknown shift {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/volunteer_rules.py" line="36"/>
        <source>Write hours as 40 or 40:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../models/volunteer_rules.py" line="37"/>
        <source>Line {line}: unknown shift {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="394"/>
        <source>Unknown volunteer or shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="395"/>
        <source>Assigned twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="396"/>
        <source>Inactive volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="397"/>
        <source>Serves another center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="398"/>
        <source>Center closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="399"/>
        <source>On leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="400"/>
        <source>Not available that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="401"/>
        <source>Missing skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="402"/>
        <source>Two places at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="403"/>
        <source>Too many duties that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="404"/>
        <source>Too little rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="405"/>
        <source>Weekly maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="406"/>
        <source>Monthly maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="407"/>
        <source>Limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="408"/>
        <source>Minimum not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="409"/>
        <source>Too many people on the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="410"/>
        <source>Team too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="411"/>
        <source>Team composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="412"/>
        <source>Lock removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="413"/>
        <source>Seat below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="414"/>
        <source>Seat below the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="415"/>
        <source>Below the monthly minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="416"/>
        <source>Fairness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="417"/>
        <source>Fair share of outreach</source>
        <translation type="unfinished">Fair share of outreach</translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="418"/>
        <source>Preference not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="419"/>
        <source>Day or post to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="420"/>
        <source>Shift request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="421"/>
        <source>No experienced volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="422"/>
        <source>Changed from the previous roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="423"/>
        <source>Weekends per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qtmodels/roster_board_model.py" line="424"/>
        <source>Hours per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location filename="../undo.py" line="63"/>
        <source>Move {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../undo.py" line="80"/>
        <source>Swap {a} and {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../undo.py" line="98"/>
        <source>Lock {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../undo.py" line="98"/>
        <source>Unlock {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../undo.py" line="150"/>
        <source>Assign {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../undo.py" line="157"/>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../undo.py" line="193"/>
        <source>{name} on leave {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteer_import</name>
    <message>
        <location filename="../../models/volunteer_import.py" line="45"/>
        <source>a value (the field is required)</source>
        <translation>a value (the field is required)</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="46"/>
        <source>one of: youth, police, staff, leader (or Đoàn viên, Công an, Cán bộ, Trưởng nhóm)</source>
        <translation>one of: youth, police, staff, leader (or Đoàn viên, Công an, Cán bộ, Trưởng nhóm)</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="47"/>
        <source>the code or name of a known unit</source>
        <translation>the code or name of a known unit</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="48"/>
        <source>the code or name of a known center</source>
        <translation>the code or name of a known center</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="49"/>
        <source>known skill codes separated by commas</source>
        <translation>known skill codes separated by commas</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="50"/>
        <source>9 to 11 digits, e.g. 0912345678</source>
        <translation>9 to 11 digits, e.g. 0912345678</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="51"/>
        <source>an e-mail address like ten@example.com</source>
        <translation>an e-mail address like ten@example.com</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="52"/>
        <source>letters, digits, &apos;-&apos; or &apos;_&apos; without spaces</source>
        <translation>letters, digits, &apos;-&apos; or &apos;_&apos; without spaces</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="53"/>
        <source>a code not used by another row of the file (row {row} has it too)</source>
        <translation>a code not used by another row of the file (row {row} has it too)</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="54"/>
        <source>yes/no, có/không, 1/0</source>
        <translation>yes/no, có/không, 1/0</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="55"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>Cannot read {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../models/volunteer_import.py" line="56"/>
        <source>The sheet has no rows.</source>
        <translation>The sheet has no rows.</translation>
    </message>
</context>
</TS>
