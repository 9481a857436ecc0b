<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Not changed: another program is writing to the database. This step has been taken out of the undo history; the document is as shown.</source>
        <translation>Not changed: another program is writing to the database. This step has been taken out of the undo history; the document is as shown.</translation>
    </message>
    <message>
        <source>Not saved: another program is writing to the database. Try again in a moment.</source>
        <translation>Not saved: another program is writing to the database. Try again in a moment.</translation>
    </message>
    <message>
        <source>add %1 %2</source>
        <translation>add %1 %2</translation>
    </message>
    <message>
        <source>delete %1 %2</source>
        <translation>delete %1 %2</translation>
    </message>
    <message>
        <source>links: %1</source>
        <translation>links: %1</translation>
    </message>
    <message>
        <source>Dropped what %1 cannot hold: %2</source>
        <translation>Dropped what %1 cannot hold: %2</translation>
    </message>
    <message>
        <source>mark document %1 %2</source>
        <translation>mark document %1 %2</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Cannot open database</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Hashiya databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Hashiya databases (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Hashiya databases (*.sqlite3)</source>
        <translation>Hashiya databases (*.sqlite3)</translation>
    </message>
    <message>
        <source>%1 already exists; use Open database instead.</source>
        <translation>%1 already exists; use Open database instead.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Import documents</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n document(s) to %1</source>
        <translation>
            <numerusform>Exported %n document to %1</numerusform>
            <numerusform>Exported %n documents to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>relabel %1 as %2</source>
        <translation>relabel %1 as %2</translation>
    </message>
    <message>
        <source>Saved: the database is free again.</source>
        <translation>Saved: the database is free again.</translation>
    </message>
    <message>
        <source>Not saved: another program is still writing to the database. Try again later.</source>
        <translation>Not saved: another program is still writing to the database. Try again later.</translation>
    </message>
    <message>
        <source>The database is busy (another program is writing to it); your edit is kept and will be saved as soon as it is free.</source>
        <translation>The database is busy (another program is writing to it); your edit is kept and will be saved as soon as it is free.</translation>
    </message>
    <message>
        <source>set %1 of %2</source>
        <translation>set %1 of %2</translation>
    </message>
    <message>
        <source>edit note of %1</source>
        <translation>edit note of %1</translation>
    </message>
    <message>
        <source>Select a CLAIM first, then press S and click its ACTOR.</source>
        <translation>Select a CLAIM first, then press S and click its ACTOR.</translation>
    </message>
    <message>
        <source>Click the ACTOR this claim is attributed to (Esc cancels).</source>
        <translation>Click the ACTOR this claim is attributed to (Esc cancels).</translation>
    </message>
    <message>
        <source>link %1 to %2</source>
        <translation>link %1 to %2</translation>
    </message>
    <message>
        <source>Select a CLAIM, then select its cue word and press C.</source>
        <translation>Select a CLAIM, then select its cue word and press C.</translation>
    </message>
    <message>
        <source>mark cue %1</source>
        <translation>mark cue %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Properties</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Annotate</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Span &amp;edges</source>
        <translation>Span &amp;edges</translation>
    </message>
    <message>
        <source>All documents are done.</source>
        <translation>All documents are done.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>This document has no annotations. Mark it done anyway?</source>
        <translation>This document has no annotations. Mark it done anyway?</translation>
    </message>
    <message>
        <source>This document is not marked done.</source>
        <translation>This document is not marked done.</translation>
    </message>
    <message>
        <source>Select some words first (drag, double-click or Shift+arrows).</source>
        <translation>Select some words first (drag, double-click or Shift+arrows).</translation>
    </message>
    <message>
        <source>That is not an ACTOR: click a highlighted actor, or press Esc.</source>
        <translation>That is not an ACTOR: click a highlighted actor, or press Esc.</translation>
    </message>
    <message>
        <source>Linking cancelled.</source>
        <translation>Linking cancelled.</translation>
    </message>
    <message>
        <source>resize %1 to %2</source>
        <translation>resize %1 to %2</translation>
    </message>
    <message>
        <source>No proclitic to take in or leave out here.</source>
        <translation>No proclitic to take in or leave out here.</translation>
    </message>
    <message>
        <source>Select an annotation first (click a highlight or press Tab).</source>
        <translation>Select an annotation first (click a highlight or press Tab).</translation>
    </message>
    <message>
        <source>That edge cannot move further.</source>
        <translation>That edge cannot move further.</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source: %1</translation>
    </message>
    <message>
        <source>claims it is the source of: %1</source>
        <translation>claims it is the source of: %1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>About Hashiya</source>
        <translation>About Hashiya</translation>
    </message>
    <message>
        <source>Not changed: another program is writing to the database. This step has been taken out of the undo history; the schema is as shown.</source>
        <translation>Not changed: another program is writing to the database. This step has been taken out of the undo history; the schema is as shown.</translation>
    </message>
    <message>
        <source>change keys of %1</source>
        <translation>change keys of %1</translation>
    </message>
    <message>
        <source>add label %1</source>
        <translation>add label %1</translation>
    </message>
    <message>
        <source>rename label %1 to %2</source>
        <translation>rename label %1 to %2</translation>
    </message>
    <message>
        <source>change label %1</source>
        <translation>change label %1</translation>
    </message>
    <message>
        <source>delete label %1</source>
        <translation>delete label %1</translation>
    </message>
    <message>
        <source>rename relation type %1</source>
        <translation>rename relation type %1</translation>
    </message>
    <message>
        <source>add relation type %1</source>
        <translation>add relation type %1</translation>
    </message>
    <message>
        <source>remove relation type %1</source>
        <translation>remove relation type %1</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>choice</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>the document</translation>
    </message>
    <message>
        <source>rename attribute %1</source>
        <translation>rename attribute %1</translation>
    </message>
    <message>
        <source>rename choice %1 of %2</source>
        <translation>rename choice %1 of %2</translation>
    </message>
    <message>
        <source>add attribute %1 to %2</source>
        <translation>add attribute %1 to %2</translation>
    </message>
    <message>
        <source>remove attribute %1 of %2</source>
        <translation>remove attribute %1 of %2</translation>
    </message>
    <message>
        <source>add choice %1 to %2</source>
        <translation>add choice %1 to %2</translation>
    </message>
    <message>
        <source>remove choice %1 of %2</source>
        <translation>remove choice %1 of %2</translation>
    </message>
    <message>
        <source>set %1 of document %2</source>
        <translation>set %1 of document %2</translation>
    </message>
    <message>
        <source>Relabel as</source>
        <translation>Relabel as</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Delete annotation</translation>
    </message>
    <message>
        <source>Link to its source… (S)</source>
        <translation>Link to its source… (S)</translation>
    </message>
    <message>
        <source>Link as the source of %1</source>
        <translation>Link as the source of %1</translation>
    </message>
    <message>
        <source>Mark %1 as its cue</source>
        <translation>Mark %1 as its cue</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>Attributes…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>already labelled</source>
        <translation>already labelled</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Annotate all</source>
        <translation>Annotate all</translation>
    </message>
    <message>
        <source>Label every other match of %1 as %2:</source>
        <translation>Label every other match of %1 as %2:</translation>
    </message>
    <message>
        <source>In this document</source>
        <translation>In this document</translation>
    </message>
    <message>
        <source>In all documents</source>
        <translation>In all documents</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Check all</translation>
    </message>
    <message>
        <source>Check none</source>
        <translation>Check none</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation>
            <numerusform>in %n document</numerusform>
            <numerusform>in %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already labelled</source>
        <translation>
            <numerusform>%n already labelled</numerusform>
            <numerusform>%n already labelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked</source>
        <translation>
            <numerusform>%n checked</numerusform>
            <numerusform>%n checked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %n place(s)</source>
        <translation>
            <numerusform>Label %n place</numerusform>
            <numerusform>Label %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelled %n place(s) as %1</source>
        <translation>
            <numerusform>Labelled %n place as %1</numerusform>
            <numerusform>Labelled %n places as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already labelled, or refused by the label&apos;s rules)</source>
        <translation>
            <numerusform>%n skipped (already labelled, or refused by the label&apos;s rules)</numerusform>
            <numerusform>%n skipped (already labelled, or refused by the label&apos;s rules)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n overlapping annotations here; click again for the one around it</source>
        <translation>
            <numerusform>%1: %2 of %n overlapping annotation here; click again for the one around it</numerusform>
            <numerusform>%1: %2 of %n overlapping annotations here; click again for the one around it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n overlapping annotations here (the outermost); click again for the innermost</source>
        <translation>
            <numerusform>%1: %2 of %n overlapping annotation here (the outermost); click again for the innermost</numerusform>
            <numerusform>%1: %2 of %n overlapping annotations here (the outermost); click again for the innermost</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all documents: words, &quot;a phrase&quot;, prefix*, label:ACTOR …</source>
        <translation>Search all documents: words, &quot;a phrase&quot;, prefix*, label:ACTOR …</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>(only the first %1 are listed)</source>
        <translation>(only the first %1 are listed)</translation>
    </message>
    <message numerus="yes">
        <source>label all %1 as %2 (%n place(s))</source>
        <translation>
            <numerusform>label all %1 as %2 (%n place)</numerusform>
            <numerusform>label all %1 as %2 (%n places)</numerusform>
        </translation>
    </message>
    <message>
        <source>accept suggestion %1 %2</source>
        <translation>accept suggestion %1 %2</translation>
    </message>
    <message>
        <source>accept all %1 suggestions</source>
        <translation>accept all %1 suggestions</translation>
    </message>
    <message>
        <source>reject suggestion %1 %2</source>
        <translation>reject suggestion %1 %2</translation>
    </message>
    <message>
        <source>S&amp;uggestions</source>
        <translation>S&amp;uggestions</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;Accept suggestion</translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation>&amp;Reject suggestion</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>&amp;Next suggestion</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>&amp;Previous suggestion</translation>
    </message>
    <message>
        <source>Accept all suggestions of this &amp;kind</source>
        <translation>Accept all suggestions of this &amp;kind</translation>
    </message>
    <message>
        <source>Accept all %1 suggestions in this document</source>
        <translation>Accept all %1 suggestions in this document</translation>
    </message>
    <message>
        <source>Suggested %1 %2</source>
        <translation>Suggested %1 %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Cue</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Suggested %1</source>
        <translation>Suggested %1</translation>
    </message>
    <message>
        <source>Enter accepts, Backspace rejects.</source>
        <translation>Enter accepts, Backspace rejects.</translation>
    </message>
    <message>
        <source>Accepted: %1 %2 with its source and cue — %3 to undo.</source>
        <translation>Accepted: %1 %2 with its source and cue — %3 to undo.</translation>
    </message>
    <message>
        <source>Accepted: %1 %2 with its source — %3 to undo.</source>
        <translation>Accepted: %1 %2 with its source — %3 to undo.</translation>
    </message>
    <message>
        <source>Accepted: %1 %2 with its cue — %3 to undo.</source>
        <translation>Accepted: %1 %2 with its cue — %3 to undo.</translation>
    </message>
    <message>
        <source>Accepted: %1 %2 — %3 to undo.</source>
        <translation>Accepted: %1 %2 — %3 to undo.</translation>
    </message>
    <message>
        <source>No %1 suggestion could be accepted.</source>
        <translation>No %1 suggestion could be accepted.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n %1 suggestion(s) — %2 to undo.</source>
        <translation>
            <numerusform>Accepted %n %1 suggestion — %2 to undo.</numerusform>
            <numerusform>Accepted %n %1 suggestions — %2 to undo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be accepted and stay open.</source>
        <translation>
            <numerusform>%n could not be accepted and stays open.</numerusform>
            <numerusform>%n could not be accepted and stay open.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected: %1 %2 — %3 to undo.</source>
        <translation>Rejected: %1 %2 — %3 to undo.</translation>
    </message>
    <message>
        <source>No suggestions in this document.</source>
        <translation>No suggestions in this document.</translation>
    </message>
    <message>
        <source>Select a suggestion first (click a dashed outline or press N).</source>
        <translation>Select a suggestion first (click a dashed outline or press N).</translation>
    </message>
    <message>
        <source>No open %1 suggestions in this document.</source>
        <translation>No open %1 suggestions in this document.</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>suggested</translation>
    </message>
</context>
<context>
    <name>AttributesBox</name>
    <message>
        <source>Document-level labels and their choices</source>
        <translation>Document-level labels and their choices</translation>
    </message>
    <message>
        <source>Attributes and their choices</source>
        <translation>Attributes and their choices</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>New attribute</translation>
    </message>
    <message>
        <source>Its choices, separated by commas</source>
        <translation>Its choices, separated by commas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>Remove attribute</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>New choice</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <translation>Remove choice</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>Arabic name</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)…</source>
        <translation>
            <numerusform>%n document…</numerusform>
            <numerusform>%n documents…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentFieldsPanel</name>
    <message>
        <source>No document open.</source>
        <translation>No document open.</translation>
    </message>
    <message>
        <source>The schema has no document-level labels (Edit → Labels and schema…).</source>
        <translation>The schema has no document-level labels (Edit → Labels and schema…).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Spans</translation>
    </message>
</context>
<context>
    <name>DocumentListPanel</name>
    <message>
        <source>Filter by title…</source>
        <translation>Filter by title…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Save to</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Annotators</translation>
    </message>
    <message>
        <source>Document status</source>
        <translation>Document status</translation>
    </message>
    <message>
        <source>Split into train / dev / test (80 / 10 / 10)</source>
        <translation>Split into train / dev / test (80 / 10 / 10)</translation>
    </message>
    <message>
        <source>Writes a folder.</source>
        <translation>Writes a folder.</translation>
    </message>
    <message>
        <source>Writes one file.</source>
        <translation>Writes one file.</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>Export to folder</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>Export to file</translation>
    </message>
    <message>
        <source>Nothing was written. Press OK to export to the place now shown above.</source>
        <translation>Nothing was written. Press OK to export to the place now shown above.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find (ignores harakat and tatweel)</source>
        <translation>Find (ignores harakat and tatweel)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Annotator name</source>
        <translation>Annotator name</translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation>Reading font size</translation>
    </message>
    <message>
        <source>Key for %1</source>
        <translation>Key for %1</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Select an annotation: click a highlight or press Tab.</source>
        <translation>Select an annotation: click a highlight or press Tab.</translation>
    </message>
    <message>
        <source>Pick in text (S)</source>
        <translation>Pick in text (S)</translation>
    </message>
    <message>
        <source>A free note</source>
        <translation>A free note</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Offsets</source>
        <translation>Offsets</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>— (select the cue word, press C)</source>
        <translation>— (select the cue word, press C)</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Cue</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>RelationsTab</name>
    <message>
        <source>New relation type, e.g. target</source>
        <translation>New relation type, e.g. target</translation>
    </message>
    <message>
        <source>Add relation type</source>
        <translation>Add relation type</translation>
    </message>
    <message>
        <source>Remove relation type</source>
        <translation>Remove relation type</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>Arabic name</translation>
    </message>
    <message>
        <source>any label</source>
        <translation>any label</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>Labels and schema</source>
        <translation>Labels and schema</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation>Relation types</translation>
    </message>
    <message>
        <source>Document-level labels</source>
        <translation>Document-level labels</translation>
    </message>
    <message>
        <source>New label, e.g. TARGET</source>
        <translation>New label, e.g. TARGET</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Add label</translation>
    </message>
    <message>
        <source>Delete label…</source>
        <translation>Delete label…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>Arabic name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>A selection snapped to words starts after the first word&apos;s proclitics: لحزب → حزب. The label key pressed again takes the proclitic in for that span.</source>
        <translation>A selection snapped to words starts after the first word&apos;s proclitics: لحزب → حزب. The label key pressed again takes the proclitic in for that span.</translation>
    </message>
    <message>
        <source>Drawn as</source>
        <translation>Drawn as</translation>
    </message>
    <message>
        <source>Nesting</source>
        <translation>Nesting</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>Crossing</translation>
    </message>
    <message>
        <source>Proclitics</source>
        <translation>Proclitics</translation>
    </message>
    <message>
        <source>A span may lie inside another of this label</source>
        <translation>A span may lie inside another of this label</translation>
    </message>
    <message>
        <source>A span may cross another of this label</source>
        <translation>A span may cross another of this label</translation>
    </message>
    <message>
        <source>Leave proclitics out (و ف ب ل ك ال …)</source>
        <translation>Leave proclitics out (و ف ب ل ك ال …)</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Background</translation>
    </message>
    <message>
        <source>Band, underlined</source>
        <translation>Band, underlined</translation>
    </message>
    <message>
        <source>Bold text in a frame</source>
        <translation>Bold text in a frame</translation>
    </message>
    <message>
        <source>Dotted underline</source>
        <translation>Dotted underline</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Colour of %1</translation>
    </message>
    <message>
        <source>%1 annotations hold the label %2. Deleting the label deletes them too (Undo brings them back). Delete it?</source>
        <translation>%1 annotations hold the label %2. Deleting the label deletes them too (Undo brings them back). Delete it?</translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation>Delete label</translation>
    </message>
</context>
<context>
    <name>WorkbenchStatusBar</name>
    <message>
        <source>Exact selection</source>
        <translation>Exact selection</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Whole words</translation>
    </message>
    <message>
        <source>Selections keep the characters you choose (%1 switches back to whole words)</source>
        <translation>Selections keep the characters you choose (%1 switches back to whole words)</translation>
    </message>
    <message>
        <source>Selections snap to whole words (%1, or Alt while dragging, for exact characters)</source>
        <translation>Selections snap to whole words (%1, or Alt while dragging, for exact characters)</translation>
    </message>
    <message>
        <source>Annotator: %1</source>
        <translation>Annotator: %1</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>Done %1</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>Find &amp;previous</translation>
    </message>
    <message>
        <source>&amp;Search all documents…</source>
        <translation>&amp;Search all documents…</translation>
    </message>
    <message>
        <source>Annotate &amp;all like this…</source>
        <translation>Annotate &amp;all like this…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Labels and schema…</source>
        <translation>&amp;Labels and schema…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;Delete annotation</translation>
    </message>
    <message>
        <source>Next annotation</source>
        <translation>Next annotation</translation>
    </message>
    <message>
        <source>Previous annotation</source>
        <translation>Previous annotation</translation>
    </message>
    <message>
        <source>Edit the annotation&apos;s &amp;properties</source>
        <translation>Edit the annotation&apos;s &amp;properties</translation>
    </message>
    <message>
        <source>Link claim to its &amp;source…</source>
        <translation>Link claim to its &amp;source…</translation>
    </message>
    <message>
        <source>Mark &amp;cue of claim</source>
        <translation>Mark &amp;cue of claim</translation>
    </message>
    <message>
        <source>Mark done and go to &amp;next</source>
        <translation>Mark done and go to &amp;next</translation>
    </message>
    <message>
        <source>&amp;Reopen document</source>
        <translation>&amp;Reopen document</translation>
    </message>
    <message>
        <source>Next document</source>
        <translation>Next document</translation>
    </message>
    <message>
        <source>Previous document</source>
        <translation>Previous document</translation>
    </message>
    <message>
        <source>E&amp;xact selection (no snapping to words)</source>
        <translation>E&amp;xact selection (no snapping to words)</translation>
    </message>
    <message>
        <source>Span start one word earlier</source>
        <translation>Span start one word earlier</translation>
    </message>
    <message>
        <source>Span start one word later</source>
        <translation>Span start one word later</translation>
    </message>
    <message>
        <source>Span end one word later</source>
        <translation>Span end one word later</translation>
    </message>
    <message>
        <source>Span end one word earlier</source>
        <translation>Span end one word earlier</translation>
    </message>
    <message>
        <source>Span start one character earlier</source>
        <translation>Span start one character earlier</translation>
    </message>
    <message>
        <source>Span start one character later</source>
        <translation>Span start one character later</translation>
    </message>
    <message>
        <source>Span end one character later</source>
        <translation>Span end one character later</translation>
    </message>
    <message>
        <source>Span end one character earlier</source>
        <translation>Span end one character earlier</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;About Hashiya</source>
        <translation>&amp;About Hashiya</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Label the selection as %1 (%2)</source>
        <translation>Label the selection as %1 (%2)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
</context>
<context>
    <name>attributes</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>state</source>
        <translation>state</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>money</source>
        <translation>money</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirect</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Next annotation / previous annotation (in the text)</source>
        <translation>Next annotation / previous annotation (in the text)</translation>
    </message>
    <message>
        <source>Into the selected annotation&apos;s form</source>
        <translation>Into the selected annotation&apos;s form</translation>
    </message>
    <message>
        <source>Back to the text; clear the selection; cancel linking</source>
        <translation>Back to the text; clear the selection; cancel linking</translation>
    </message>
    <message>
        <source>Select a whole word</source>
        <translation>Select a whole word</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Double-click</translation>
    </message>
    <message>
        <source>Select exactly, without snapping to words</source>
        <translation>Select exactly, without snapping to words</translation>
    </message>
    <message>
        <source>Alt+drag</source>
        <translation>Alt+drag</translation>
    </message>
    <message>
        <source>Take the proclitic in, or leave it out (ACTOR, FIGURE)</source>
        <translation>Take the proclitic in, or leave it out (ACTOR, FIGURE)</translation>
    </message>
    <message>
        <source>The label key again</source>
        <translation>The label key again</translation>
    </message>
    <message>
        <source>Move an edge of the selected highlight</source>
        <translation>Move an edge of the selected highlight</translation>
    </message>
    <message>
        <source>Drag the edge</source>
        <translation>Drag the edge</translation>
    </message>
    <message>
        <source>Go one level deeper in nested annotations</source>
        <translation>Go one level deeper in nested annotations</translation>
    </message>
    <message>
        <source>Click again</source>
        <translation>Click again</translation>
    </message>
    <message>
        <source>Zoom the text</source>
        <translation>Zoom the text</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+wheel</translation>
    </message>
    <message>
        <source>The menu of a highlight</source>
        <translation>The menu of a highlight</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>Right-click</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>Label as %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hashiya — حاشية %1&lt;/h3&gt;&lt;p&gt;An offline workbench for marking actors, claims and figures in Arabic news.&lt;/p&gt;&lt;p&gt;Every change is saved the moment you make it.&lt;/p&gt;&lt;p&gt;Fonts: Noto Naskh Arabic and Noto Sans (SIL Open Font License).&lt;/p&gt;&lt;p&gt;Qt for Python %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hashiya — حاشية %1&lt;/h3&gt;&lt;p&gt;An offline workbench for marking actors, claims and figures in Arabic news.&lt;/p&gt;&lt;p&gt;Every change is saved the moment you make it.&lt;/p&gt;&lt;p&gt;Fonts: Noto Naskh Arabic and Noto Sans (SIL Open Font License).&lt;/p&gt;&lt;p&gt;Qt for Python %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hashiya user guide</source>
        <translation>Hashiya user guide</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Plain text</source>
        <translation>Plain text</translation>
    </message>
    <message>
        <source>JSON Lines records or Hashiya native</source>
        <translation>JSON Lines records or Hashiya native</translation>
    </message>
    <message>
        <source>JSON records</source>
        <translation>JSON records</translation>
    </message>
    <message>
        <source>CSV or TSV records</source>
        <translation>CSV or TSV records</translation>
    </message>
    <message>
        <source>TREC news files</source>
        <translation>TREC news files</translation>
    </message>
    <message>
        <source>brat standoff: .ann files beside their .txt</source>
        <translation>brat standoff: .ann files beside their .txt</translation>
    </message>
    <message>
        <source>UIMA CAS XMI, from INCEpTION</source>
        <translation>UIMA CAS XMI, from INCEpTION</translation>
    </message>
    <message>
        <source>CoNLL IOB2</source>
        <translation>CoNLL IOB2</translation>
    </message>
    <message>
        <source>CoNLL-U</source>
        <translation>CoNLL-U</translation>
    </message>
    <message>
        <source>Label Studio tasks</source>
        <translation>Label Studio tasks</translation>
    </message>
    <message>
        <source>doccano JSONL</source>
        <translation>doccano JSONL</translation>
    </message>
    <message>
        <source>All known formats (%1)</source>
        <translation>All known formats (%1)</translation>
    </message>
    <message>
        <source>UIMA CAS JSON</source>
        <translation>UIMA CAS JSON</translation>
    </message>
    <message>
        <source>Hugging Face datasets rows (JSONL)</source>
        <translation>Hugging Face datasets rows (JSONL)</translation>
    </message>
    <message>
        <source>Hugging Face datasets rows (Parquet)</source>
        <translation>Hugging Face datasets rows (Parquet)</translation>
    </message>
    <message>
        <source>spaCy DocBin</source>
        <translation>spaCy DocBin</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
</context>
</TS>
