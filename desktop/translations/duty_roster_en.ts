<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AvailabilityPage</name>
        <message>
            <location filename="../views/availability_page.py" line="69" />
            <source>Weekly availability (click a cell)</source>
            <translation>Weekly availability (click a cell)</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="71" />
            <source>Available every day (no weekly pattern)</source>
            <translation>Available every day (no weekly pattern)</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="81" />
            <source>“Whole day” also covers outreach events on that day.</source>
            <translation>“Whole day” also covers outreach events on that day.</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="87" />
            <source>Leave and busy dates</source>
            <translation>Leave and busy dates</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="91" />
            <location filename="../views/availability_page.py" line="108" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="91" />
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="91" />
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="105" />
            <source>Reason, e.g. exams</source>
            <translation>Reason, e.g. exams</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="106" />
            <source>Add leave</source>
            <translation>Add leave</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="107" />
            <source>Remove selected</source>
            <translation>Remove selected</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="108" />
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="119" />
            <source>Commitments</source>
            <translation>Commitments</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="124" />
            <source>At most, shifts per week</source>
            <translation>At most, shifts per week</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="125" />
            <source>At most, shifts per month</source>
            <translation>At most, shifts per month</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="126" />
            <source>At least, shifts per month</source>
            <translation>At least, shifts per month</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="128" />
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="134" />
            <source>Prefers these days</source>
            <translation>Prefers these days</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="135" />
            <source>Avoids these days</source>
            <translation>Avoids these days</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="136" />
            <source>Prefers these posts</source>
            <translation>Prefers these posts</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="142" />
            <source>Undo changes</source>
            <translation>Undo changes</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="143" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="160" />
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <location filename="../views/availability_page.py" line="194" />
            <source>Whole day</source>
            <translation>Whole day</translation>
        </message>
    </context>
    <context>
        <name>CentersPage</name>
        <message>
            <location filename="../views/centers_page.py" line="56" />
            <source>Centers &amp; posts</source>
            <translation>Centers &amp; posts</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="62" />
            <source>Centers, posts and shifts</source>
            <translation>Centers, posts and shifts</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="63" />
            <source>Holidays</source>
            <translation>Holidays</translation>
        </message>
    </context>
    <context>
        <name>CentersTab</name>
        <message>
            <location filename="../views/centers_page.py" line="80" />
            <source>New center</source>
            <translation>New center</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="98" />
            <source>province, commune, ward…</source>
            <translation>province, commune, ward…</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="99" />
            <source>Closed on public holidays</source>
            <translation>Closed on public holidays</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="100" />
            <location filename="../views/centers_page.py" line="110" />
            <location filename="../views/centers_page.py" line="127" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="101" />
            <location filename="../views/centers_page.py" line="110" />
            <location filename="../views/centers_page.py" line="127" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="102" />
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="106" />
            <source>Posts (floors, desks)</source>
            <translation>Posts (floors, desks)</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="110" />
            <source>Required skills</source>
            <translation>Required skills</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="111" />
            <source>Required skills (codes, comma-separated)</source>
            <translation>Required skills (codes, comma-separated)</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="112" />
            <source>Skills: {skills}</source>
            <translation>Skills: {skills}</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="123" />
            <source>Shifts</source>
            <translation>Shifts</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="127" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="127" />
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="139" />
            <source>Headcount per shift and post: minimum / target / maximum</source>
            <translation>Headcount per shift and post: minimum / target / maximum</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="145" />
            <source>Write e.g. 1/2/2; leave a cell empty when the post is not staffed on that shift.</source>
            <translation>Write e.g. 1/2/2; leave a cell empty when the post is not staffed on that shift.</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="155" />
            <source>Save center</source>
            <translation>Save center</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="169" />
            <source>Add row</source>
            <translation>Add row</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="170" />
            <source>Remove row</source>
            <translation>Remove row</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="212" />
            <source>Floor 1</source>
            <translation>Floor 1</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="213" />
            <source>Morning</source>
            <translation>Morning</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="305" />
            <source>Shift {shift}, post {post}: write minimum/target/maximum, e.g. 1/2/2.</source>
            <translation>Shift {shift}, post {post}: write minimum/target/maximum, e.g. 1/2/2.</translation>
        </message>
    </context>
    <context>
        <name>EventsPage</name>
        <message>
            <location filename="../views/events_page.py" line="42" />
            <source>Outreach events</source>
            <translation>Outreach events</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="49" />
            <location filename="../views/events_page.py" line="108" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="50" />
            <location filename="../views/events_page.py" line="110" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="51" />
            <location filename="../views/events_page.py" line="111" />
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="52" />
            <location filename="../views/events_page.py" line="109" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="53" />
            <location filename="../views/events_page.py" line="112" />
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="54" />
            <source>Center</source>
            <translation>Center</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="55" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="56" />
            <source>Assigned</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="102" />
            <source>from</source>
            <translation>from</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="104" />
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="106" />
            <source>people</source>
            <translation>people</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="113" />
            <source>Organised by</source>
            <translation>Organised by</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="114" />
            <source>Team size</source>
            <translation>Team size</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="116" />
            <source>Team composition: at least …</source>
            <translation>Team composition: at least …</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="120" />
            <source>Role or skill</source>
            <translation>Role or skill</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="120" />
            <source>At least</source>
            <translation>At least</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="124" />
            <source>Add rule</source>
            <translation>Add rule</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="125" />
            <source>Remove rule</source>
            <translation>Remove rule</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="134" />
            <source>New event</source>
            <translation>New event</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="135" />
            <source>Save event</source>
            <translation>Save event</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="136" />
            <source>Delete event</source>
            <translation>Delete event</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="153" />
            <source>Role: {role}</source>
            <translation>Role: {role}</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="154" />
            <source>Skill: {skill}</source>
            <translation>Skill: {skill}</translation>
        </message>
        <message>
            <location filename="../views/events_page.py" line="161" />
            <source>(no center)</source>
            <translation>(no center)</translation>
        </message>
    </context>
    <context>
        <name>HolidaysTab</name>
        <message>
            <location filename="../views/centers_page.py" line="366" />
            <source>Country (ISO code)</source>
            <translation>Country (ISO code)</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="367" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="371" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="371" />
            <source>Public holiday</source>
            <translation>Public holiday</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="374" />
            <source>Public holidays of the year (centers that close on holidays are closed):</source>
            <translation>Public holidays of the year (centers that close on holidays are closed):</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="378" />
            <source>Extra closed days</source>
            <translation>Extra closed days</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="379" />
            <source>Extra open days (open although a holiday)</source>
            <translation>Extra open days (open although a holiday)</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="383" />
            <source>Save holidays</source>
            <translation>Save holidays</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="404" />
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../views/centers_page.py" line="405" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../views/import_dialog.py" line="48" />
            <source>Import volunteers from a spreadsheet</source>
            <translation>Import volunteers from a spreadsheet</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="72" />
            <source>&lt; Back</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="73" />
            <source>Next &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="74" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="75" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="88" />
            <source>Choose an Excel (.xlsx) or CSV file. The first row must hold the column names; every other row is one volunteer. Rows whose code already exists update that volunteer.</source>
            <translation>Choose an Excel (.xlsx) or CSV file. The first row must hold the column names; every other row is one volunteer. Rows whose code already exists update that volunteer.</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="96" />
            <source>No file chosen</source>
            <translation>No file chosen</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="97" />
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="109" />
            <source>Match each volunteer field with a column of the file. Code and full name are required.</source>
            <translation>Match each volunteer field with a column of the file. Code and full name are required.</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="138" />
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="138" />
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="138" />
            <source>Value in the file</source>
            <translation>Value in the file</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="139" />
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="148" />
            <source>Step 1 of 3: choose the file</source>
            <translation>Step 1 of 3: choose the file</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="148" />
            <source>Step 2 of 3: match the columns</source>
            <translation>Step 2 of 3: match the columns</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="149" />
            <source>Step 3 of 3: check the rows</source>
            <translation>Step 3 of 3: check the rows</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="162" />
            <source>Choose a spreadsheet</source>
            <translation>Choose a spreadsheet</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="163" />
            <source>Spreadsheets (*.xlsx *.csv)</source>
            <translation>Spreadsheets (*.xlsx *.csv)</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="183" />
            <source>Cannot read this file: {reason}</source>
            <translation>Cannot read this file: {reason}</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="187" />
            <source>The import failed: {reason}</source>
            <translation>The import failed: {reason}</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="196" />
            <source>Reading {file}…</source>
            <translation>Reading {file}…</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="206" />
            <source>(not in the file)</source>
            <translation>(not in the file)</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="208" />
            <source>column {number}</source>
            <translation>column {number}</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="217" />
            <source>{count} rows found.</source>
            <translation>{count} rows found.</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="235" />
            <source>Choose a column for: {fields}</source>
            <translation>Choose a column for: {fields}</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="249" />
            <source>Checking the rows…</source>
            <translation>Checking the rows…</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="264" />
            <source>{bad} rows have problems (listed below); {good} rows are fine. Nothing will be saved until every row is correct: fix the file and choose it again.</source>
            <translation>{bad} rows have problems (listed below); {good} rows are fine. Nothing will be saved until every row is correct: fix the file and choose it again.</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="268" />
            <source>All {good} rows are correct: {new} new volunteers, {updates} updates. Press Import to save them.</source>
            <translation>All {good} rows are correct: {new} new volunteers, {updates} updates. Press Import to save them.</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="272" />
            <source>The file has no volunteer rows.</source>
            <translation>The file has no volunteer rows.</translation>
        </message>
        <message>
            <location filename="../views/import_dialog.py" line="281" />
            <source>Saving…</source>
            <translation>Saving…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../views/main_window.py" line="60" />
            <source>Volunteers</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="60" />
            <source>Availability</source>
            <translation>Availability</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="61" />
            <source>Centers &amp; posts</source>
            <translation>Centers &amp; posts</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="61" />
            <source>Outreach events</source>
            <translation>Outreach events</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="62" />
            <source>Roster</source>
            <translation>Roster</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="62" />
            <source>Results &amp; statistics</source>
            <translation>Results &amp; statistics</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="63" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="67" />
            <source>Duty Roster — {database}</source>
            <translation>Duty Roster — {database}</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="92" />
            <source>Database: {database}</source>
            <translation>Database: {database}</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="107" />
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="108" />
            <source>&amp;Import volunteers…</source>
            <translation>&amp;Import volunteers…</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="109" />
            <source>&amp;Reload from the database</source>
            <translation>&amp;Reload from the database</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="111" />
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="112" />
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="115" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="116" />
            <source>&amp;About Duty Roster</source>
            <translation>&amp;About Duty Roster</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="150" />
            <source>About Duty Roster</source>
            <translation>About Duty Roster</translation>
        </message>
        <message>
            <location filename="../views/main_window.py" line="151" />
            <source>Duty Roster rosters youth volunteers for public administrative service centers and outreach sessions.</source>
            <translation>Duty Roster rosters youth volunteers for public administrative service centers and outreach sessions.</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <location filename="../views/results_page.py" line="44" />
            <source>Results &amp; statistics</source>
            <translation>Results &amp; statistics</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="48" />
            <source>Enter results</source>
            <translation>Enter results</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="49" />
            <source>Totals and target</source>
            <translation>Totals and target</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="50" />
            <source>Per volunteer</source>
            <translation>Per volunteer</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="67" />
            <source>&lt; Previous week</source>
            <translation>&lt; Previous week</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="68" />
            <source>Next week &gt;</source>
            <translation>Next week &gt;</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="69" />
            <location filename="../views/results_page.py" line="152" />
            <source>Center</source>
            <translation>Center</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="71" />
            <source>Week of</source>
            <translation>Week of</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="94" />
            <source>Save results</source>
            <translation>Save results</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="118" />
            <source>This week: {citizens} citizens guided, {dossiers} dossiers supported, {vneid} VNeID accounts activated.</source>
            <translation>This week: {citizens} citizens guided, {dossiers} dossiers supported, {vneid} VNeID accounts activated.</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="146" />
            <source>per month</source>
            <translation>per month</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="147" />
            <source>per week</source>
            <translation>per week</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="149" />
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="162" />
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="163" />
            <location filename="../views/results_page.py" line="226" />
            <source>Shifts</source>
            <translation>Shifts</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="164" />
            <source>Citizens guided</source>
            <translation>Citizens guided</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="165" />
            <location filename="../views/results_page.py" line="203" />
            <source>Dossiers supported</source>
            <translation>Dossiers supported</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="166" />
            <source>VNeID activated</source>
            <translation>VNeID activated</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="183" />
            <source>Week {week} (from {day})</source>
            <translation>Week {week} (from {day})</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="184" />
            <source>Month {month}/{year}</source>
            <translation>Month {month}/{year}</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="195" />
            <source>Dossiers supported in {year}: {done} of the yearly target {target} ({percent}%).</source>
            <translation>Dossiers supported in {year}: {done} of the yearly target {target} ({percent}%).</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="199" />
            <source>Dossiers supported in {year}: {done} (no yearly target for this choice; set it in Settings).</source>
            <translation>Dossiers supported in {year}: {done} (no yearly target for this choice; set it in Settings).</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="203" />
            <source>Running total</source>
            <translation>Running total</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="203" />
            <source>Yearly target</source>
            <translation>Yearly target</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="218" />
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="220" />
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="225" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="225" />
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="226" />
            <source>Outreach events</source>
            <translation>Outreach events</translation>
        </message>
        <message>
            <location filename="../views/results_page.py" line="244" />
            <source>All centers</source>
            <translation>All centers</translation>
        </message>
    </context>
    <context>
        <name>RosterUnavailablePage</name>
        <message>
            <location filename="../views/main_window.py" line="39" />
            <source>The roster board is not available in this version.</source>
            <translation>The roster board is not available in this version.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../views/settings_page.py" line="32" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="45" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="52" />
            <source>Interface language</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="56" />
            <source>Organisation (printed rosters)</source>
            <translation>Organisation (printed rosters)</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="58" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="58" />
            <source>Parent organisation</source>
            <translation>Parent organisation</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="59" />
            <source>Place (for the date line)</source>
            <translation>Place (for the date line)</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="59" />
            <source>Signer's title</source>
            <translation>Signer's title</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="60" />
            <source>Signer's name</source>
            <translation>Signer's name</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="73" />
            <source>no target</source>
            <translation>no target</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="78" />
            <source>Rules and weights</source>
            <translation>Rules and weights</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="84" />
            <source>At most, shifts per person per day</source>
            <translation>At most, shifts per person per day</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="86" />
            <source>Rest between shifts (hours)</source>
            <translation>Rest between shifts (hours)</translation>
        </message>
        <message>
            <location filename="../views/settings_page.py" line="98" />
            <source>Save settings</source>
            <translation>Save settings</translation>
        </message>
    </context>
    <context>
        <name>ShiftResultTableModel</name>
        <message>
            <location filename="../qtmodels/shift_result_table_model.py" line="24" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../qtmodels/shift_result_table_model.py" line="24" />
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <location filename="../qtmodels/shift_result_table_model.py" line="24" />
            <source>Citizens guided</source>
            <translation>Citizens guided</translation>
        </message>
        <message>
            <location filename="../qtmodels/shift_result_table_model.py" line="24" />
            <source>Dossiers supported</source>
            <translation>Dossiers supported</translation>
        </message>
        <message>
            <location filename="../qtmodels/shift_result_table_model.py" line="25" />
            <source>VNeID activated</source>
            <translation>VNeID activated</translation>
        </message>
        <message>
            <location filename="../qtmodels/shift_result_table_model.py" line="25" />
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>StartupWindow</name>
        <message>
            <location filename="../app.py" line="85" />
            <source>Duty Roster</source>
            <translation>Duty Roster</translation>
        </message>
        <message>
            <location filename="../app.py" line="91" />
            <source>Opening the database…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <location filename="../app.py" line="130" />
            <source>Cannot open the database</source>
            <translation>Cannot open the database</translation>
        </message>
    </context>
    <context>
        <name>VolunteerDialog</name>
        <message>
            <location filename="../views/volunteer_dialog.py" line="30" />
            <source>New volunteer</source>
            <translation>New volunteer</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="30" />
            <source>Edit volunteer</source>
            <translation>Edit volunteer</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="42" />
            <source>e.g. Nguyễn Thị Thắng</source>
            <translation>e.g. Nguyễn Thị Thắng</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="49" />
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="59" />
            <source>(any center)</source>
            <translation>(any center)</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="64" />
            <source>Active (can be rostered)</source>
            <translation>Active (can be rostered)</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="68" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="68" />
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="69" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="69" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="70" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="70" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="71" />
            <source>Skills</source>
            <translation>Skills</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="71" />
            <source>Home center</source>
            <translation>Home center</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="72" />
            <source>Also serves at</source>
            <translation>Also serves at</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="77" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../views/volunteer_dialog.py" line="78" />
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>VolunteerPicker</name>
        <message>
            <location filename="../views/partials/volunteer_picker.py" line="20" />
            <source>Find a volunteer…</source>
            <translation>Find a volunteer…</translation>
        </message>
    </context>
    <context>
        <name>VolunteerTableModel</name>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="25" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="25" />
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="25" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="25" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="25" />
            <source>Center</source>
            <translation>Center</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="26" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="26" />
            <source>Skills</source>
            <translation>Skills</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="26" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="76" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../qtmodels/volunteer_table_model.py" line="76" />
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
    </context>
    <context>
        <name>VolunteersPage</name>
        <message>
            <location filename="../views/volunteers_page.py" line="34" />
            <source>Volunteers</source>
            <translation>Volunteers</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="42" />
            <source>Search name, code, phone… (accents optional)</source>
            <translation>Search name, code, phone… (accents optional)</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="53" />
            <source>All roles</source>
            <translation>All roles</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="56" />
            <source>Active only</source>
            <translation>Active only</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="57" />
            <source>Inactive only</source>
            <translation>Inactive only</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="58" />
            <source>Active and inactive</source>
            <translation>Active and inactive</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="61" />
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="62" />
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="63" />
            <location filename="../views/volunteers_page.py" line="147" />
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="64" />
            <source>Import from spreadsheet…</source>
            <translation>Import from spreadsheet…</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="103" />
            <source>All units</source>
            <translation>All units</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="104" />
            <source>All centers</source>
            <translation>All centers</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="129" />
            <source>{shown} of {total} volunteers</source>
            <translation>{shown} of {total} volunteers</translation>
        </message>
        <message>
            <location filename="../views/volunteers_page.py" line="146" />
            <source>Reactivate</source>
            <translation>Reactivate</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../views/labels.py" line="15" />
            <source>Youth member</source>
            <translation>Youth member</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="16" />
            <source>Police</source>
            <translation>Police</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="17" />
            <source>Center staff</source>
            <translation>Center staff</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="18" />
            <source>Team leader</source>
            <translation>Team leader</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="23" />
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="23" />
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="23" />
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="23" />
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="23" />
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="23" />
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="23" />
            <source>Sun</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="27" />
            <source>Monday</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="27" />
            <source>Tuesday</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="27" />
            <source>Wednesday</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="27" />
            <source>Thursday</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="27" />
            <source>Friday</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="28" />
            <source>Saturday</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="28" />
            <source>Sunday</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="33" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="33" />
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="33" />
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="33" />
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="34" />
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="34" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="34" />
            <source>Skills</source>
            <translation>Skills</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="35" />
            <source>Home center</source>
            <translation>Home center</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="35" />
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="41" />
            <source>Cover the minimum</source>
            <translation>Cover the minimum</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="41" />
            <source>Reach the target headcount</source>
            <translation>Reach the target headcount</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="42" />
            <source>Fairness between volunteers</source>
            <translation>Fairness between volunteers</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="42" />
            <source>Volunteers' preferences</source>
            <translation>Volunteers' preferences</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="43" />
            <source>Keep the previous roster</source>
            <translation>Keep the previous roster</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="43" />
            <source>Minimum shifts per month</source>
            <translation>Minimum shifts per month</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="44" />
            <source>Fair share of outreach</source>
            <translation>Fair share of outreach</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="44" />
            <source>Mix experienced and new</source>
            <translation>Mix experienced and new</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="50" />
            <source>Dossiers supported per year</source>
            <translation>Dossiers supported per year</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="51" />
            <source>Citizens guided per year</source>
            <translation>Citizens guided per year</translation>
        </message>
        <message>
            <location filename="../views/labels.py" line="52" />
            <source>VNeID accounts activated per year</source>
            <translation>VNeID accounts activated per year</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../views/partials/messages.py" line="11" />
            <source>Changed by someone else</source>
            <translation>Changed by someone else</translation>
        </message>
        <message>
            <location filename="../views/partials/messages.py" line="12" />
            <source>Another coordinator saved this record after you opened it. Your changes were not saved, so theirs are not lost. The record will be reloaded; make your changes again.</source>
            <translation>Another coordinator saved this record after you opened it. Your changes were not saved, so theirs are not lost. The record will be reloaded; make your changes again.</translation>
        </message>
        <message>
            <location filename="../views/partials/messages.py" line="20" />
            <source>Could not save</source>
            <translation>Could not save</translation>
        </message>
        <message>
            <location filename="../views/partials/messages.py" line="21" />
            <source>The change could not be saved: {reason}</source>
            <translation>The change could not be saved: {reason}</translation>
        </message>
    </context>
    <context>
        <name>repository</name>
        <message>
            <location filename="../../models/repository.py" line="46" />
            <source>This field is required.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="47" />
            <source>The code {code} is already used.</source>
            <translation>The code {code} is already used.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="48" />
            <source>Use letters, digits, '-' or '_' only (no spaces).</source>
            <translation>Use letters, digits, '-' or '_' only (no spaces).</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="49" />
            <source>A phone number has 9 to 11 digits, e.g. 0912345678.</source>
            <translation>A phone number has 9 to 11 digits, e.g. 0912345678.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="50" />
            <source>Not an e-mail address.</source>
            <translation>Not an e-mail address.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="51" />
            <source>Unknown role.</source>
            <translation>Unknown role.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="52" />
            <source>Write the time as HH:MM, e.g. 07:30.</source>
            <translation>Write the time as HH:MM, e.g. 07:30.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="53" />
            <source>The end must be after the start.</source>
            <translation>The end must be after the start.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="54" />
            <source>Choose at least one weekday.</source>
            <translation>Choose at least one weekday.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="55" />
            <source>Need min ≤ target ≤ max.</source>
            <translation>Need min ≤ target ≤ max.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="56" />
            <source>The minimum per month is above the maximum per month.</source>
            <translation>The minimum per month is above the maximum per month.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="57" />
            <source>The weekly maximum is above the monthly maximum.</source>
            <translation>The weekly maximum is above the monthly maximum.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="58" />
            <source>Leave line {line}: the last day is before the first day.</source>
            <translation>Leave line {line}: the last day is before the first day.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="59" />
            <source>The minimum team size is above the maximum.</source>
            <translation>The minimum team size is above the maximum.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="60" />
            <source>Rule line {line} needs more people than the team's maximum.</source>
            <translation>Rule line {line} needs more people than the team's maximum.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="61" />
            <source>Rule line {line}: choose a role or a skill.</source>
            <translation>Rule line {line}: choose a role or a skill.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="62" />
            <source>Must be zero or more.</source>
            <translation>Must be zero or more.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="63" />
            <source>Code {code} is listed twice.</source>
            <translation>Code {code} is listed twice.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="64" />
            <source>This record has assignments and cannot be deleted.</source>
            <translation>This record has assignments and cannot be deleted.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="65" />
            <source>{day} is both an extra closed and an extra open day.</source>
            <translation>{day} is both an extra closed and an extra open day.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="310" />
            <source>Unknown unit {code}.</source>
            <translation>Unknown unit {code}.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="313" />
            <location filename="../../models/repository.py" line="552" />
            <source>Unknown skill {code}.</source>
            <translation>Unknown skill {code}.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="316" />
            <location filename="../../models/repository.py" line="736" />
            <source>Unknown center {code}.</source>
            <translation>Unknown center {code}.</translation>
        </message>
        <message>
            <location filename="../../models/repository.py" line="951" />
            <source>Must be at least 1.</source>
            <translation>Must be at least 1.</translation>
        </message>
    </context>
    <context>
        <name>volunteer_import</name>
        <message>
            <location filename="../../models/volunteer_import.py" line="44" />
            <source>a value (the field is required)</source>
            <translation>a value (the field is required)</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="45" />
            <source>one of: youth, police, staff, leader (or Đoàn viên, Công an, Cán bộ, Trưởng nhóm)</source>
            <translation>one of: youth, police, staff, leader (or Đoàn viên, Công an, Cán bộ, Trưởng nhóm)</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="46" />
            <source>the code or name of a known unit</source>
            <translation>the code or name of a known unit</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="47" />
            <source>the code or name of a known center</source>
            <translation>the code or name of a known center</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="48" />
            <source>known skill codes separated by commas</source>
            <translation>known skill codes separated by commas</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="49" />
            <source>9 to 11 digits, e.g. 0912345678</source>
            <translation>9 to 11 digits, e.g. 0912345678</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="50" />
            <source>an e-mail address like ten@example.com</source>
            <translation>an e-mail address like ten@example.com</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="51" />
            <source>letters, digits, '-' or '_' without spaces</source>
            <translation>letters, digits, '-' or '_' without spaces</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="52" />
            <source>a code not used by another row of the file (row {row} has it too)</source>
            <translation>a code not used by another row of the file (row {row} has it too)</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="53" />
            <source>yes/no, có/không, 1/0</source>
            <translation>yes/no, có/không, 1/0</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="54" />
            <source>Cannot read {file}: {reason}</source>
            <translation>Cannot read {file}: {reason}</translation>
        </message>
        <message>
            <location filename="../../models/volunteer_import.py" line="55" />
            <source>The sheet has no rows.</source>
            <translation>The sheet has no rows.</translation>
        </message>
    </context>
</TS>