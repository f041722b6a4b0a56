<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AvailabilityPage</name>
    <message>
        <source>Weekly availability (click a cell)</source>
        <translation>Weekly availability (click a cell)</translation>
    </message>
    <message>
        <source>Available every day (no weekly pattern)</source>
        <translation>Available every day (no weekly pattern)</translation>
    </message>
    <message>
        <source>“Whole day” also covers outreach events on that day.</source>
        <translation>“Whole day” also covers outreach events on that day.</translation>
    </message>
    <message>
        <source>Leave and busy dates</source>
        <translation>Leave and busy dates</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason, e.g. exams</source>
        <translation>Reason, e.g. exams</translation>
    </message>
    <message>
        <source>Add leave</source>
        <translation>Add leave</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>At most, shifts per week</source>
        <translation>At most, shifts per week</translation>
    </message>
    <message>
        <source>At most, shifts per month</source>
        <translation>At most, shifts per month</translation>
    </message>
    <message>
        <source>At least, shifts per month</source>
        <translation>At least, shifts per month</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Prefers these days</source>
        <translation>Prefers these days</translation>
    </message>
    <message>
        <source>Avoids these days</source>
        <translation>Avoids these days</translation>
    </message>
    <message>
        <source>Prefers these posts</source>
        <translation>Prefers these posts</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Undo changes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Whole day</translation>
    </message>
</context>
<context>
    <name>CandidatesDialog</name>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} volunteers can take this seat, fewest duties first. Double-click to assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Role</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished">Note</translation>
    </message>
    <message>
        <source>prefers this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would rather avoid this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not offered — {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>CentersPage</name>
    <message>
        <source>Centers &amp; posts</source>
        <translation>Centers &amp; posts</translation>
    </message>
    <message>
        <source>Centers, posts and shifts</source>
        <translation>Centers, posts and shifts</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Holidays</translation>
    </message>
</context>
<context>
    <name>CentersTab</name>
    <message>
        <source>New center</source>
        <translation>New center</translation>
    </message>
    <message>
        <source>Closed on public holidays</source>
        <translation>Closed on public holidays</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Posts (floors, desks)</source>
        <translation>Posts (floors, desks)</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Required skills</translation>
    </message>
    <message>
        <source>Required skills, by name, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills: {skills}</source>
        <translation>Skills: {skills}</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Headcount per shift and post: minimum / target / maximum</source>
        <translation>Headcount per shift and post: minimum / target / maximum</translation>
    </message>
    <message>
        <source>Write e.g. 1/2/2; leave a cell empty when the post is not staffed on that shift.</source>
        <translation>Write e.g. 1/2/2; leave a cell empty when the post is not staffed on that shift.</translation>
    </message>
    <message>
        <source>Save center</source>
        <translation>Save center</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <source>Floor 1</source>
        <translation>Floor 1</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Shift {shift}, post {post}: write minimum/target/maximum, e.g. 1/2/2.</source>
        <translation>Shift {shift}, post {post}: write minimum/target/maximum, e.g. 1/2/2.</translation>
    </message>
</context>
<context>
    <name>ChangesPanel</name>
    <message>
        <source>The roster of this period has not been published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change since the published version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {name} on {seat}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− {name} off {seat}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipDelegate</name>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeNameList</name>
    <message>
        <source>Code</source>
        <translation type="unfinished">Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished">Add</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseMessages</name>
    <message>
        <source>The database {name} is open elsewhere (locked). Close the other program, or try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Duty Roster database. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {name} was made by a newer version of Duty Roster. Upgrade Duty Roster to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are made for databases kept in a file on this computer only. A database on a server is backed up with the server&apos;s own tools.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Outreach events</source>
        <translation>Outreach events</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Organised by</translation>
    </message>
    <message>
        <source>Team size</source>
        <translation>Team size</translation>
    </message>
    <message>
        <source>Team composition: at least …</source>
        <translation>Team composition: at least …</translation>
    </message>
    <message>
        <source>Role or skill</source>
        <translation>Role or skill</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>At least</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Save event</source>
        <translation>Save event</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <source>Skill: {skill}</source>
        <translation>Skill: {skill}</translation>
    </message>
    <message>
        <source>(no center)</source>
        <translation>(no center)</translation>
    </message>
</context>
<context>
    <name>GenerateDialog</name>
    <message>
        <source>Re-plan around my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked assignments are kept; the solver changes as few other assignments as the rules allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked assignments are kept; the other assignments of the period are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished">Period</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation type="unfinished">All centers</translation>
    </message>
    <message>
        <source>Centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start to search for a roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the period&apos;s volunteers, shifts and rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Start</translation>
    </message>
    <message>
        <source>Stop and keep the best roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them as they are (locked for this generate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace them too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the period&apos;s assignments: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} on published days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} placed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} on days already past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating would replace {count} assignments of this period: {parts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period is longer than a year; choose at most {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for published and hand-placed assignments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping — keeping the best roster found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open in another program; nothing was changed. Close it, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The solver could not run: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roster found ({status}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster found breaks a rule that must never be broken; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimal roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roster possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roster yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <source>Country (ISO code)</source>
        <translation>Country (ISO code)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <source>Public holidays of the year (centers that close on holidays are closed):</source>
        <translation>Public holidays of the year (centers that close on holidays are closed):</translation>
    </message>
    <message>
        <source>Extra closed days</source>
        <translation>Extra closed days</translation>
    </message>
    <message>
        <source>Extra open days (open although a holiday)</source>
        <translation>Extra open days (open although a holiday)</translation>
    </message>
    <message>
        <source>Save holidays</source>
        <translation>Save holidays</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import volunteers from a spreadsheet</source>
        <translation>Import volunteers from a spreadsheet</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose an Excel (.xlsx) or CSV file. The first row must hold the column names; every other row is one volunteer. Rows whose code already exists update that volunteer.</source>
        <translation>Choose an Excel (.xlsx) or CSV file. The first row must hold the column names; every other row is one volunteer. Rows whose code already exists update that volunteer.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Match each volunteer field with a column of the file. Code and full name are required.</source>
        <translation>Match each volunteer field with a column of the file. Code and full name are required.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Step 1 of 3: choose the file</source>
        <translation>Step 1 of 3: choose the file</translation>
    </message>
    <message>
        <source>Step 2 of 3: match the columns</source>
        <translation>Step 2 of 3: match the columns</translation>
    </message>
    <message>
        <source>Step 3 of 3: check the rows</source>
        <translation>Step 3 of 3: check the rows</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Choose a spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Cannot read this file: {reason}</source>
        <translation>Cannot read this file: {reason}</translation>
    </message>
    <message>
        <source>The import failed: {reason}</source>
        <translation>The import failed: {reason}</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>column {number}</translation>
    </message>
    <message>
        <source>{count} rows found.</source>
        <translation>{count} rows found.</translation>
    </message>
    <message>
        <source>Choose a column for: {fields}</source>
        <translation>Choose a column for: {fields}</translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Checking the rows…</translation>
    </message>
    <message>
        <source>{bad} rows have problems (listed below); {good} rows are fine. Nothing will be saved until every row is correct: fix the file and choose it again.</source>
        <translation>{bad} rows have problems (listed below); {good} rows are fine. Nothing will be saved until every row is correct: fix the file and choose it again.</translation>
    </message>
    <message>
        <source>All {good} rows are correct: {new} new volunteers, {updates} updates. Press Import to save them.</source>
        <translation>All {good} rows are correct: {new} new volunteers, {updates} updates. Press Import to save them.</translation>
    </message>
    <message>
        <source>The file has no volunteer rows.</source>
        <translation>The file has no volunteer rows.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>ImportModeDialog</name>
    <message>
        <source>Import workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {file} into the open database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace: the database will hold exactly what the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge: add new records and update those with the same code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file is checked first; if anything is wrong, nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished">Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Mark ill or away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished">From</translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished">To</translation>
    </message>
    <message>
        <source>Ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>LevelBox</name>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Centers &amp; posts</source>
        <translation>Centers &amp; posts</translation>
    </message>
    <message>
        <source>Outreach events</source>
        <translation>Outreach events</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Results &amp; statistics</source>
        <translation>Results &amp; statistics</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Duty Roster — {database}</source>
        <translation>Duty Roster — {database}</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import volunteers…</source>
        <translation>&amp;Import volunteers…</translation>
    </message>
    <message>
        <source>&amp;Reload from the database</source>
        <translation>&amp;Reload from the database</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Duty Roster</source>
        <translation>&amp;About Duty Roster</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other work is still running on this database; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished">Cannot open the database</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} imported: {volunteers} volunteers, {centers} centers, {events} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace written to {file}: {volunteers} volunteers, {assignments} assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup made on {date}? What it holds now is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>The backup made on {date} was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup made on {date}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Duty Roster</source>
        <translation>About Duty Roster</translation>
    </message>
    <message>
        <source>Duty Roster rosters youth volunteers for public administrative service centers and outreach sessions.</source>
        <translation>Duty Roster rosters youth volunteers for public administrative service centers and outreach sessions.</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve other centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>center closed ({holiday})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available on {day} {part} (shift {shift})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available on {day} {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lack the skill {skill}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already on duty elsewhere at that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already at an outreach event at that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already on another shift at that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would not get {hours} hours of rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at their daily maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at their weekly maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at their monthly maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at their {rule} limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would work more than {limit} days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot work that shift next to their shift of the day before or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at their maximum of {shift} shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free but no team meets the requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free but not chosen before the solver stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only {able} free for &quot;at least {need} {what}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished">Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished">Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished">Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished">Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished">Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished">Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished">Sunday</translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsBox</name>
    <message>
        <source>Requests for given days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished">Shift</translation>
    </message>
    <message>
        <source>Wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished">Remove selected</translation>
    </message>
    <message>
        <source>Requests are wishes the planner tries to meet; leave that must be respected belongs under leave and busy dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would like to work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would rather not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any shift</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to put back. What the database holds now is backed up first, so it can be put back in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this database yet. One is made every day the app opens it, and before every upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results &amp; statistics</source>
        <translation>Results &amp; statistics</translation>
    </message>
    <message>
        <source>Enter results</source>
        <translation>Enter results</translation>
    </message>
    <message>
        <source>Totals and target</source>
        <translation>Totals and target</translation>
    </message>
    <message>
        <source>Per volunteer</source>
        <translation>Per volunteer</translation>
    </message>
    <message>
        <source>&lt; Previous week</source>
        <translation>&lt; Previous week</translation>
    </message>
    <message>
        <source>Next week &gt;</source>
        <translation>Next week &gt;</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Week of</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Save results</translation>
    </message>
    <message>
        <source>This week: {citizens} citizens guided, {dossiers} dossiers supported, {vneid} VNeID accounts activated.</source>
        <translation>This week: {citizens} citizens guided, {dossiers} dossiers supported, {vneid} VNeID accounts activated.</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <source>Citizens guided</source>
        <translation>Citizens guided</translation>
    </message>
    <message>
        <source>Dossiers supported</source>
        <translation>Dossiers supported</translation>
    </message>
    <message>
        <source>VNeID activated</source>
        <translation>VNeID activated</translation>
    </message>
    <message>
        <source>Week {week} (from {day})</source>
        <translation>Week {week} (from {day})</translation>
    </message>
    <message>
        <source>Month {month}/{year}</source>
        <translation>Month {month}/{year}</translation>
    </message>
    <message>
        <source>Dossiers supported in {year}: {done} of the yearly target {target} ({percent}%).</source>
        <translation>Dossiers supported in {year}: {done} of the yearly target {target} ({percent}%).</translation>
    </message>
    <message>
        <source>Dossiers supported in {year}: {done} (no yearly target for this choice; set it in Settings).</source>
        <translation>Dossiers supported in {year}: {done} (no yearly target for this choice; set it in Settings).</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Running total</translation>
    </message>
    <message>
        <source>Yearly target</source>
        <translation>Yearly target</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Outreach events</source>
        <translation>Outreach events</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>All centers</translation>
    </message>
</context>
<context>
    <name>RosterBoardModel</name>
    <message>
        <source>Outreach events</source>
        <translation type="unfinished">Outreach events</translation>
    </message>
    <message>
        <source>{center} · {shift} ({start}–{end}) · {post}: min {min}, target {target}, max {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: {holiday}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{start}–{end}, {location}
team {low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: the solver keeps this assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the published version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed by the last re-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty seat below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty seat below the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click for candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterBoardPage</name>
    <message>
        <source>Roster</source>
        <translation type="unfinished">Roster</translation>
    </message>
    <message>
        <source>Previous period (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All centers</source>
        <translation type="unfinished">All centers</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the roster of the period with the solver (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan around my changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the locks, change as little as possible (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print / export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (ICS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the rules, changes and history panel (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide panel ▸</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◂ Rules panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {count} rules broken: {rules} — see the Rules panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published {when} by {who} — {count} changes since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edit breaks a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edit breaks rules that the solver never breaks:
{rules}

Do it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center roster with its outreach events (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal schedules of everyone rostered (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal schedule of the selected volunteers (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team sheet of the outreach events (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates for this seat…	Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock	L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock	L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from this seat	Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick up to move or swap	Ctrl+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark ill or away…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put {name} here	Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacing {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} picked up: choose a seat and press Ctrl+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-plan: {added} added, {removed} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate: {added} added, {removed} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster was changed by someone else while solving — solve again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open in another program; nothing was saved. Close it, then solve again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the roster of {start} – {end} as the published version? Later edits will show as changes since this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the calendar files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to print for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterPrint</name>
    <message>
        <source>The roster is still loading; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more volunteers on the board (their cards, or rows of the by-volunteer view) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outreach event this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outreach event this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is rostered this month yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is rostered this week yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterUnavailablePage</name>
    <message>
        <source>The roster board is not available in this version.</source>
        <translation>The roster board is not available in this version.</translation>
    </message>
</context>
<context>
    <name>RosterVolunteerModel</name>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals / limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week {start}: {value}/{max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week {value}/{max}</source>
        <translation>week {value}/{max}</translation>
    </message>
    <message>
        <source>month {month}: {value}/{max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month {value}/{max}</source>
        <translation>month {value}/{max}</translation>
    </message>
    <message>
        <source>minimum {min}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above a maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the monthly minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the limits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Organisation (printed rosters)</source>
        <translation>Organisation (printed rosters)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Parent organisation</source>
        <translation>Parent organisation</translation>
    </message>
    <message>
        <source>Place (for the date line)</source>
        <translation>Place (for the date line)</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Signer&apos;s name</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>Rules and weights</source>
        <translation>Rules and weights</translation>
    </message>
    <message>
        <source>At most, shifts per person per day</source>
        <translation>At most, shifts per person per day</translation>
    </message>
    <message>
        <source>Rest between shifts (hours)</source>
        <translation>Rest between shifts (hours)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished">Skills</translation>
    </message>
    <message>
        <source>Experienced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experienced: every shift staffed by two or more people should have someone with such a skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed on the next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a shift of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no shift of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished">Add</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished">Remove selected</translation>
    </message>
    <message>
        <source>{volunteers} volunteers, {posts} posts, {events} event rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{volunteers} volunteers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftCapsBox</name>
    <message>
        <source>At most, shifts of one kind per planned period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished">Shift</translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished">Remove selected</translation>
    </message>
    <message>
        <source>0 = never this shift.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftResultTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Citizens guided</source>
        <translation>Citizens guided</translation>
    </message>
    <message>
        <source>Dossiers supported</source>
        <translation>Dossiers supported</translation>
    </message>
    <message>
        <source>VNeID activated</source>
        <translation>VNeID activated</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SolveSummary</name>
    <message>
        <source>A roster with every minimum seat filled is found; now balancing the duties between volunteers and meeting their wishes… ({seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a roster that fills every seat… ({seconds} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best score {objective}, {count} rosters found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, bound {bound}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, gap {gap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score {objective}, {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the best roster found so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: no better roster exists under these rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: a good roster is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} put on a duty, {removed} taken off, {kept} kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} duties assigned, {removed} removed, {kept} kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{missing} seats are still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum seats filled: {filled} of {needed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats up to the wished headcount filled: {filled} of {wanted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duties per volunteer: from {fewest} to {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} active volunteers share the duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The busiest, {name}, has {most} duties (their limit: at most {limit} in a week or month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The busiest, {name}, has {most} duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every volunteer&apos;s wish is met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wishes not met: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the Rules panel (warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: {removed} taken off, {added} put on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved by the re-plan so that the rules hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>− {name} taken off {duty}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in place of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fills an empty seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {name} put on {duty}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupWindow</name>
    <message>
        <source>Duty Roster</source>
        <translation>Duty Roster</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This form has changes that are not saved yet. Save them before leaving?</source>
        <translation>This form has changes that are not saved yet. Save them before leaving?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ViolationsPanel</name>
    <message>
        <source>Show warnings (soft rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules broken ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <source>New volunteer</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <source>Edit volunteer</source>
        <translation>Edit volunteer</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Thắng</source>
        <translation>e.g. Nguyễn Thị Thắng</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(any center)</source>
        <translation>(any center)</translation>
    </message>
    <message>
        <source>Active (can be rostered)</source>
        <translation>Active (can be rostered)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Home center</source>
        <translation>Home center</translation>
    </message>
    <message>
        <source>Also serves at</source>
        <translation>Also serves at</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VolunteerPicker</name>
    <message>
        <source>Find a volunteer…</source>
        <translation>Find a volunteer…</translation>
    </message>
</context>
<context>
    <name>VolunteerTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Search name, code, phone… (accents optional)</source>
        <translation>Search name, code, phone… (accents optional)</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Active only</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Inactive only</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Active and inactive</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Import from spreadsheet…</source>
        <translation>Import from spreadsheet…</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>All centers</source>
        <translation>All centers</translation>
    </message>
    <message>
        <source>{shown} of {total} volunteers</source>
        <translation>{shown} of {total} volunteers</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Duty Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not show this again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished">Start</translation>
    </message>
    <message>
        <source>The app opened with &lt;b&gt;demo data&lt;/b&gt;: the Quảng Ninh provincial public administrative service center (25 volunteers on three floors, mornings and afternoons Monday to Friday), two commune service points and their outreach events, November–December 2026. Try anything freely; File ▸ Import workspace replaces it with your center&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three first steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Volunteers&lt;/b&gt;: check the list, add people or import them (File ▸ Import volunteers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Availability&lt;/b&gt;: enter leave and the days people cannot come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Roster&lt;/b&gt;: choose a week, press Generate…, move names by dragging, then publish and print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkLimitsBox</name>
    <message>
        <source>Work pattern and hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished">no limit</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most, working days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least, working days in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least, days off in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most, weekends worked per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least, hours per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most, hours per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours as 40 or 40:30. Runs at the ends of a planned period may continue outside it, so minimums do not apply to them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceErrorsDialog</name>
    <message>
        <source>The workspace was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has {count} error(s). Nothing was written to the database; correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a volunteer who is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an outreach event outside this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>youth member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>police officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>center staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assignment names a volunteer, shift or event that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} is assigned twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} is no longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} serves other centers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The center is closed ({holiday}), yet {person} is on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} lacks the skill “{skill}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} is in two places at once (also {other})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} rests only {hours} h next to {other} (at least {limit} h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} has {count} duties that day (at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} works {count} days in a row, {start} – {end} (at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} works only {count} days in a row, {start} – {end} (at least {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} has only {count} days off in a row, {start} – {end} (at least {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} works this shift right after {other}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} works “{template}” {count} times (at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people on the shift (at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people in the team (at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The locked duty of {person} was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the {limit} people it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people, {limit} wanted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} has {count} duties, a fair share is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} has {count} outreach events, a fair share is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} would rather not work this duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} asked to avoid this day or post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody experienced ({skills}) on the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} has {count} {measure} from {start} to {end} (at most {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} has {count} {measure} from {start} to {end} (at least {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} is on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} is on leave ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} is not available on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} is not available on {day} {part}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} asked to work {what} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} asked not to work this duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} was taken off this duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person} was newly put on this duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team lacks at least {limit} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the skill “{skill}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another duty on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{person}: {rule}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Youth member</source>
        <translation>Youth member</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Center staff</source>
        <translation>Center staff</translation>
    </message>
    <message>
        <source>Team leader</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>Home center</source>
        <translation>Home center</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Cover the minimum</source>
        <translation>Cover the minimum</translation>
    </message>
    <message>
        <source>Reach the target headcount</source>
        <translation>Reach the target headcount</translation>
    </message>
    <message>
        <source>Fairness between volunteers</source>
        <translation>Fairness between volunteers</translation>
    </message>
    <message>
        <source>Volunteers&apos; preferences</source>
        <translation>Volunteers&apos; preferences</translation>
    </message>
    <message>
        <source>Keep the previous roster</source>
        <translation>Keep the previous roster</translation>
    </message>
    <message>
        <source>Minimum shifts per month</source>
        <translation>Minimum shifts per month</translation>
    </message>
    <message>
        <source>Fair share of outreach</source>
        <translation>Fair share of outreach</translation>
    </message>
    <message>
        <source>Mix experienced and new</source>
        <translation>Mix experienced and new</translation>
    </message>
    <message>
        <source>Dossiers supported per year</source>
        <translation>Dossiers supported per year</translation>
    </message>
    <message>
        <source>Citizens guided per year</source>
        <translation>Citizens guided per year</translation>
    </message>
    <message>
        <source>VNeID accounts activated per year</source>
        <translation>VNeID accounts activated per year</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Another coordinator saved this record after you opened it. Your changes were not saved, so theirs are not lost. The record will be reloaded; make your changes again.</source>
        <translation>Another coordinator saved this record after you opened it. Your changes were not saved, so theirs are not lost. The record will be reloaded; make your changes again.</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}</source>
        <translation>The change could not be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>repository</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>The code {code} is already used.</source>
        <translation>The code {code} is already used.</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;-&apos; or &apos;_&apos; only (no spaces).</source>
        <translation>Use letters, digits, &apos;-&apos; or &apos;_&apos; only (no spaces).</translation>
    </message>
    <message>
        <source>A phone number has 9 to 11 digits, e.g. 0912345678.</source>
        <translation>A phone number has 9 to 11 digits, e.g. 0912345678.</translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation>Not an e-mail address.</translation>
    </message>
    <message>
        <source>Unknown role.</source>
        <translation>Unknown role.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, e.g. 07:30.</source>
        <translation>Write the time as HH:MM, e.g. 07:30.</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>The end must be after the start.</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Choose at least one weekday.</translation>
    </message>
    <message>
        <source>Need min ≤ target ≤ max.</source>
        <translation>Need min ≤ target ≤ max.</translation>
    </message>
    <message>
        <source>The minimum per month is above the maximum per month.</source>
        <translation>The minimum per month is above the maximum per month.</translation>
    </message>
    <message>
        <source>The weekly maximum is above the monthly maximum.</source>
        <translation>The weekly maximum is above the monthly maximum.</translation>
    </message>
    <message>
        <source>Leave line {line}: the last day is before the first day.</source>
        <translation>Leave line {line}: the last day is before the first day.</translation>
    </message>
    <message>
        <source>The minimum team size is above the maximum.</source>
        <translation>The minimum team size is above the maximum.</translation>
    </message>
    <message>
        <source>Rule line {line} needs more people than the team&apos;s maximum.</source>
        <translation>Rule line {line} needs more people than the team&apos;s maximum.</translation>
    </message>
    <message>
        <source>Rule line {line}: choose a role or a skill.</source>
        <translation>Rule line {line}: choose a role or a skill.</translation>
    </message>
    <message>
        <source>Must be zero or more.</source>
        <translation>Must be zero or more.</translation>
    </message>
    <message>
        <source>Code {code} is listed twice.</source>
        <translation>Code {code} is listed twice.</translation>
    </message>
    <message>
        <source>This record has assignments and cannot be deleted.</source>
        <translation>This record has assignments and cannot be deleted.</translation>
    </message>
    <message>
        <source>{day} is both an extra closed and an extra open day.</source>
        <translation>{day} is both an extra closed and an extra open day.</translation>
    </message>
    <message>
        <source>Unknown unit {code}.</source>
        <translation>Unknown unit {code}.</translation>
    </message>
    <message>
        <source>Unknown skill {code}.</source>
        <translation>Unknown skill {code}.</translation>
    </message>
    <message>
        <source>Unknown center {code}.</source>
        <translation>Unknown center {code}.</translation>
    </message>
    <message>
        <source>Skill {code} is still used ({volunteers} volunteers, {posts} posts, {events} event rules): remove it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit {code} still has {volunteers} volunteers: move them to another unit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at least 1.</source>
        <translation>Must be at least 1.</translation>
    </message>
    <message>
        <source>The minimum run of working days is longer than the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum hours per month are above the maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown shift {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request line {line}: the weight must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request line {line}: unknown shift {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write hours as 40 or 40:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: unknown shift {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Unknown volunteer or shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves another center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Center closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two places at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many duties that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many people on the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat below the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the monthly minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair share of outreach</source>
        <translation type="unfinished">Fair share of outreach</translation>
    </message>
    <message>
        <source>Preference not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day or post to avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experienced volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed from the previous roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Move {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap {a} and {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} on leave {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>volunteer_import</name>
    <message>
        <source>a value (the field is required)</source>
        <translation>a value (the field is required)</translation>
    </message>
    <message>
        <source>one of: youth, police, staff, leader (or Đoàn viên, Công an, Cán bộ, Trưởng nhóm)</source>
        <translation>one of: youth, police, staff, leader (or Đoàn viên, Công an, Cán bộ, Trưởng nhóm)</translation>
    </message>
    <message>
        <source>the code or name of a known unit</source>
        <translation>the code or name of a known unit</translation>
    </message>
    <message>
        <source>the code or name of a known center</source>
        <translation>the code or name of a known center</translation>
    </message>
    <message>
        <source>known skill codes separated by commas</source>
        <translation>known skill codes separated by commas</translation>
    </message>
    <message>
        <source>9 to 11 digits, e.g. 0912345678</source>
        <translation>9 to 11 digits, e.g. 0912345678</translation>
    </message>
    <message>
        <source>an e-mail address like ten@example.com</source>
        <translation>an e-mail address like ten@example.com</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; or &apos;_&apos; without spaces</source>
        <translation>letters, digits, &apos;-&apos; or &apos;_&apos; without spaces</translation>
    </message>
    <message>
        <source>a code not used by another row of the file (row {row} has it too)</source>
        <translation>a code not used by another row of the file (row {row} has it too)</translation>
    </message>
    <message>
        <source>yes/no, có/không, 1/0</source>
        <translation>yes/no, có/không, 1/0</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Cannot read {file}: {reason}</translation>
    </message>
    <message>
        <source>The sheet has no rows.</source>
        <translation>The sheet has no rows.</translation>
    </message>
</context>
</TS>
