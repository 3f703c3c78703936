<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="193"/>
        <source>About Activity Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="195"/>
        <source>Activity Desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="207"/>
        <source>Bitrix24 CRM activities on your desktop. Licence: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="209"/>
        <source>Qt %1 · PySide6 %2 · Python %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="217"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="217"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="217"/>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="218"/>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="231"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3; you may replace them with your own build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/activity_controller.py" line="177"/>
        <source>%n change(s) from your last session are being sent.</source>
        <extracomment>The details pane&apos;s files: listed, downloaded and opened (:class:`DetailsDownloads`). Why changes cannot be saved in this session (its store could not be opened), else ``None``. The session&apos;s live updates (polled while the application is active), else ``None``. Outbox → cards (:class:`OutboxCards`); its signals are re-emitted by this controller. Bulk actions (the timeline&apos;s :class:`~desktop_app.ui.bulk_actions.BulkController`). The forms&apos; files: the portal&apos;s listed when editing, downloaded / opened (:class:`FormFiles`).</extracomment>
        <translation>
            <numerusform>%n change from your last session is being sent.</numerusform>
            <numerusform>%n changes from your last session are being sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="197"/>
        <source>Your local database %1 is in use by another running copy of Activity Desk. Close the other copy, then restart Activity Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="200"/>
        <source>Your local database %1 was written by a newer version of Activity Desk and is left untouched. Update Activity Desk to use it (changes it holds are sent then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="203"/>
        <source>Your local database %1 cannot be opened (%2). Check that its folder is writable and the disk is not full, then restart Activity Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="206"/>
        <source>Until then you can browse the portal, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="301"/>
        <location filename="../../desktop_app/ui/activity_controller.py" line="355"/>
        <source>This kind of activity is edited in the application that created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="309"/>
        <source>Select a lead, deal, contact or company first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="321"/>
        <location filename="../../desktop_app/ui/form_submissions.py" line="114"/>
        <source>This change can no longer be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="360"/>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="361"/>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_submissions.py" line="65"/>
        <source>To-do “%1” saved; sending it to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_submissions.py" line="86"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="100"/>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="115"/>
        <source>Already done</source>
        <extracomment>Start / end: typed text, calendar, quick choices, in the portal user&apos;s zone (:class:`DateTimeEdit`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="136"/>
        <source>&amp;Save</source>
        <extracomment>Files to attach (and, editing, the portal&apos;s files); files dropped on the form land here.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="138"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="203"/>
        <source>Edit activity in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="203"/>
        <source>New call, meeting or e-mail for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="278"/>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="279"/>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="353"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="385"/>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="394"/>
        <source>Not saved — your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="402"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="457"/>
        <source>No contact of this entity has a matching phone or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="466"/>
        <source>The portal sends this e-mail when it is saved as completed; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="468"/>
        <source>This records the e-mail in the timeline; the portal does not send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="17"/>
        <source>Type</source>
        <extracomment>Built-in labels, used where ``crm.activity.fields`` gives no title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="17"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="18"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="18"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="19"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="19"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="20"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="20"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="21"/>
        <source>Description format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="22"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="22"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="23"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="23"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="24"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="28"/>
        <source>Meeting</source>
        <extracomment>Fallback names of the enum choices, per combo box.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="28"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="29"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="30"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="30"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="31"/>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="32"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="32"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="33"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="34"/>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="34"/>
        <source>BB code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="35"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityListView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/views.py" line="154"/>
        <source>%n activities</source>
        <extracomment>MIME type of dragged cards: ``b&quot;12,15,99&quot;`` (activity ids).</extracomment>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivitySource</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="62"/>
        <source>Overdue</source>
        <extracomment>Rows whose display texts are kept (a few screens of rows). per group, the sorted keys passing the filter (the same lists as ``rows.keys`` when blank).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="62"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="62"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="62"/>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="63"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="63"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="63"/>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="178"/>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="64"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="64"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="65"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="65"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="66"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="66"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="67"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="67"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="170"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="178"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="190"/>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="188"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/app.py" line="151"/>
        <source>Activity Desk cannot start: the file {name} is missing ({path}).

The installation is incomplete. Please reinstall Activity Desk.</source>
        <extracomment>What ``--show`` can put on screen for ``--screenshot``. Files of resources/ (desktop_app/resource_paths.py) checked at start: a partial install says so in a dialog instead of starting without them. Translations are optional (English is built in).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="159"/>
        <source>Activity Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="95"/>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="96"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="98"/>
        <source>Attach files (or drop them on the form); at most %1 files of %2 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="100"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="102"/>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="104"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="108"/>
        <source>No files. Add some, or drop them on the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="180"/>
        <source>The files could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="181"/>
        <source>Loading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="222"/>
        <source>%1 will be removed from the portal when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="232"/>
        <source>Add files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="276"/>
        <source>Save the file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="314"/>
        <source>%1 (%2, to upload)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="317"/>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="322"/>
        <source>%1 is not attached: it is larger than the limit of %2 per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="325"/>
        <source>%1 is not attached: at most %2 files can be attached at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="328"/>
        <source>%1 is not attached: the file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="330"/>
        <source>%1 is not attached: it is not a file (a folder?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="332"/>
        <source>%1 is not attached: it cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="333"/>
        <source>%1 is not attached: it cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindingsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="55"/>
        <source>Lead</source>
        <extracomment>``search(entity_type_id, text)`` → ``[(entity id, display name), …]``, e.g. :meth:`DetailsService.search_entities &lt;desktop_app.services.details.DetailsService.search_entities&gt;`. Milliseconds of typing pause before the search callback runs. Singular names of the CRM entity types (api-spec.md §3.2), for translation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="56"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="57"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="58"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="66"/>
        <source>Type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="97"/>
        <source>Bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="104"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="106"/>
        <source>Show this activity in another entity&apos;s timeline too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="108"/>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="111"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="126"/>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="376"/>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="130"/>
        <source>Name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="131"/>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="377"/>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="378"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="136"/>
        <source>Matching entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="148"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="222"/>
        <source>%1: %2 (#%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="223"/>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="228"/>
        <source>Move the activity from this entity&apos;s timeline to another entity of the same type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="234"/>
        <source>This is the activity&apos;s only binding: an activity always stays in at least one timeline. Add another binding first, or move this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="237"/>
        <source>Remove the activity from this entity&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="257"/>
        <source>Move from %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="259"/>
        <source>Move &amp;here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="261"/>
        <source>Bind to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="262"/>
        <source>&amp;Bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="330"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="381"/>
        <source>pick one from the list or type its ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="382"/>
        <source>only leads, deals, contacts and companies can be bound here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="383"/>
        <source>the activity is already bound to this entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="384"/>
        <source>an activity can be bound to at most 100 entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="385"/>
        <source>the activity is not bound to this entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="386"/>
        <source>the last binding of an activity cannot be removed; add another first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="387"/>
        <source>a binding can only move to an entity of the same type; to change the type, add the new binding, then remove the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="389"/>
        <source>pick an entity other than the one it is bound to now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActionsBar</name>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="175"/>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="178"/>
        <source>Re&amp;assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="182"/>
        <source>&amp;Move deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="185"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="204"/>
        <source>Bulk change progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="205"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="242"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="244"/>
        <source>&amp;Complete %n activities</source>
        <translation>
            <numerusform>&amp;Complete %n activity</numerusform>
            <numerusform>&amp;Complete %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="245"/>
        <source>Re&amp;assign %n activities</source>
        <translation>
            <numerusform>Re&amp;assign %n activity</numerusform>
            <numerusform>Re&amp;assign %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="246"/>
        <source>&amp;Move %n deadlines</source>
        <translation>
            <numerusform>&amp;Move %n deadline</numerusform>
            <numerusform>&amp;Move %n deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="247"/>
        <source>De&amp;lete %n activities…</source>
        <translation>
            <numerusform>De&amp;lete %n activity…</numerusform>
            <numerusform>De&amp;lete %n activities…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="286"/>
        <source>+1 &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="289"/>
        <source>+1 &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="293"/>
        <source>&amp;Pick a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="316"/>
        <source>Delete activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="317"/>
        <source>Delete %n selected activities? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n selected activity? This cannot be undone.</numerusform>
            <numerusform>Delete %n selected activities? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkController</name>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="114"/>
        <source>Wait until the current bulk change has finished, or cancel it.</source>
        <extracomment>Said (``refused``) when a bulk is asked for without a service because changes cannot be saved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="119"/>
        <source>Not changed: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="121"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="142"/>
        <source>Completed %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="143"/>
        <source>Reassigned %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="144"/>
        <source>Moved %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="145"/>
        <source>Deleted %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="149"/>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="151"/>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="153"/>
        <source>%1 still sending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardAction</name>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="46"/>
        <source>no parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="57"/>
        <source>(not a scalar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="99"/>
        <source>{label}: opens a link, but the action has no uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="101"/>
        <source>in a new browser tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="103"/>
        <source>in a slider of the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="105"/>
        <source>on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="106"/>
        <source>{label}: opens {uri} {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="110"/>
        <source>{label}: sends the event onCrmTimelineItemAction to the app with id “{id}” and {params}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="116"/>
        <source>; the card is blocked with a loader until the app updates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="118"/>
        <source>; the button is disabled until the app updates the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="121"/>
        <source>{label}: opens the app in a slider with {params}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="126"/>
        <source> (slider: {params})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="127"/>
        <source>; not available in the mobile app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="129"/>
        <source>{label}: opens the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="130"/>
        <source>{label}: shows the whole text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="131"/>
        <source>{label}: collapses the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="132"/>
        <source>{label}: opens a calendar to change the deadline (the portal does it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="133"/>
        <source>{label}: opens a note editor (the portal stores the note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="134"/>
        <source>{label}: pins the activity at the top of the timeline (the portal does it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="135"/>
        <source>{label}: postpones the deadline (the portal does it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="136"/>
        <source>{label}: deletes the activity after a confirmation (the portal does it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="137"/>
        <source>{label}: shows the app that created this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="138"/>
        <source>{label}: marks the activity completed (the portal does it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="139"/>
        <source>{label}: opens the to-do&apos;s colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="140"/>
        <source>{label}: opens the list of users to pick the responsible person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="141"/>
        <source>{label}: the action has no valid type; the portal does nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardMenu</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="72"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="75"/>
        <source>This activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="77"/>
        <source>Open &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="83"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="86"/>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="86"/>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="89"/>
        <source>Un&amp;pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="89"/>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="91"/>
        <source>Pinned cards stay on top of this timeline (kept on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="110"/>
        <source>Completed to-dos cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="116"/>
        <source>Re&amp;try sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="119"/>
        <source>Di&amp;scard my change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="124"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardTree</name>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="245"/>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="405"/>
        <source>Pinned</source>
        <extracomment>Hot zone (``CardAction.path``) → action kind. Open todos have quick edits (the portal refuses to edit completed todos).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="280"/>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="313"/>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="443"/>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="280"/>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="313"/>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="444"/>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="316"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="318"/>
        <source>Icon (the to-do&apos;s colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="318"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="319"/>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="450"/>
        <source>(%n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/tree.py" line="119"/>
        <source>tomorrow, 3:00 pm</source>
        <extracomment>Layout paths marked as areas of the card (a problem of ``header.tags`` outlines the tags).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/tree.py" line="123"/>
        <source>today, 9:41 am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/tree.py" line="131"/>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="310"/>
        <location filename="../../desktop_app/ui/cards/tree.py" line="338"/>
        <source>Checkbox “Complete”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/tree.py" line="403"/>
        <source>Application blocks (crm.activity.layout.blocks.set)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="127"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="127"/>
        <source>Theirs (on the portal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="127"/>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="137"/>
        <source>Changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="150"/>
        <source>The values read the same; only the time of the change differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="156"/>
        <source>Cop&amp;y mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="157"/>
        <source>Copy your values to the clipboard as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="159"/>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="160"/>
        <source>Send your change over the portal&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="162"/>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="163"/>
        <source>Drop your change and keep what the portal has (copy yours first if you want to keep the text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="200"/>
        <source>%1 changed it on the portal (%2) after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="203"/>
        <source>%1 changed it on the portal after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="204"/>
        <source>Someone changed it on the portal after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="53"/>
        <source>Connect a Bitrix24 portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="60"/>
        <source>Paste the URL of an incoming webhook of your portal (Bitrix24 → Developer resources → Other → Incoming webhook, with the &lt;b&gt;crm&lt;/b&gt; and &lt;b&gt;user&lt;/b&gt; scopes). It looks like &lt;tt&gt;https://your-company.bitrix24.com/rest/1/abc123xyz/&lt;/tt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="64"/>
        <source>Webhook &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="68"/>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="83"/>
        <source>No secure password store (system keyring) is available. You can connect, but the webhook will not be remembered and nothing is written to disk: on Linux install and unlock GNOME Keyring or KWallet to have it remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="89"/>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="132"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="92"/>
        <source>Open the &amp;demo portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="119"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop_app/ui/crash_dialog.py" line="26"/>
        <source>Activity Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash_dialog.py" line="28"/>
        <source>Something unexpected went wrong. Your input is kept. A report (without passwords or codes) was saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash_dialog.py" line="31"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash_dialog.py" line="32"/>
        <source>Open the crash report folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="73"/>
        <source>Today, 18:00</source>
        <extracomment>What picks write into the field (and what the forms write when loading a value).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="73"/>
        <source>Tomorrow, 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="74"/>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="74"/>
        <source>Next Monday, 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="85"/>
        <source>“%1” is not a date that exists (years 1900–9999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="87"/>
        <source>“%1” is not a time that exists (hours 0–23, minutes 0–59).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="88"/>
        <source>“%1” is not understood as a date or time. Try “tomorrow 9:00”, “%2” or “in 2 h”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="124"/>
        <source>e.g. tomorrow 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="125"/>
        <source>Type a date and time (“2026-12-03 14:30”, “tomorrow 9”, “next Monday”, “in 2 h”) or pick one (Alt+Down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="133"/>
        <source>Pick a date or a quick choice (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="134"/>
        <source>Pick a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="203"/>
        <source>Times are in your portal time zone, %1; this computer uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="83"/>
        <location filename="../../desktop_app/ui/quick_edit.py" line="150"/>
        <source>Enter a date and time, e.g. “tomorrow 9:00”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinePopup</name>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="105"/>
        <source>Deadline</source>
        <extracomment>The date-and-time field (``deadlineEdit``): typed text, calendar, quick choices.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="113"/>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsDownloads</name>
    <message>
        <location filename="../../desktop_app/ui/details_downloads.py" line="36"/>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_downloads.py" line="39"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_downloads.py" line="42"/>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="104"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="105"/>
        <source>Change this activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="106"/>
        <location filename="../../desktop_app/ui/details_pane.py" line="230"/>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="107"/>
        <source>Mark this activity as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="108"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="109"/>
        <source>Delete this activity from the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="110"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="111"/>
        <source>Close the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="131"/>
        <source>Shown in the timelines of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="201"/>
        <location filename="../../desktop_app/ui/details_pane.py" line="257"/>
        <source>Activity #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="202"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="230"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="282"/>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="283"/>
        <source>Delete “%1”? It disappears from every timeline it is in; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsSummary</name>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="116"/>
        <source>Type</source>
        <extracomment>``COMMUNICATIONS`` entity types that are a client (contact, company, lead).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="119"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="120"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="123"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="124"/>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="126"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="127"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="128"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="129"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="131"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="131"/>
        <location filename="../../desktop_app/ui/details_summary.py" line="139"/>
        <location filename="../../desktop_app/ui/details_summary.py" line="163"/>
        <location filename="../../desktop_app/ui/details_summary.py" line="167"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="135"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="137"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="138"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="142"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="145"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="146"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="168"/>
        <source>User #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="176"/>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsTexts</name>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="50"/>
        <source>%1 — theirs: %2 · yours: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="29"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="38"/>
        <source>Meeting</source>
        <extracomment>``TYPE_ID`` → what the activity is (api-spec.md §3.3).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="30"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="39"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="40"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="31"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="32"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="41"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="33"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="37"/>
        <source>To-do</source>
        <extracomment>``PROVIDER_ID`` of a provider activity (``TYPE_ID`` 6) → what it is.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="42"/>
        <source>App activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="43"/>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="44"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="45"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="48"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="49"/>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="53"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="54"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="117"/>
        <source>Normal</source>
        <extracomment>``PRIORITY``: 2 (medium) is Bitrix24&apos;s &quot;normal&quot;; 0 (not set) reads as normal too.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="53"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="54"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="58"/>
        <source>Subject</source>
        <extracomment>Legacy field names (and ``pingOffsets``) as labels, e.g. in the conflict view.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="59"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="60"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="61"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="62"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="63"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="64"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="65"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="66"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="67"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="68"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="69"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="70"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="71"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="72"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="100"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="102"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="123"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="173"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="125"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="126"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="173"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="161"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="180"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="168"/>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="171"/>
        <source>User #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="178"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="95"/>
        <source>Nothing overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="95"/>
        <source>Every deadline is still ahead. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="96"/>
        <source>Nothing due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="96"/>
        <source>Drag a card here to do it today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="97"/>
        <source>Nothing due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="97"/>
        <source>Drag a card here to move it to tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="98"/>
        <source>Nothing else this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="98"/>
        <source>Drag a card here to do it later this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="99"/>
        <source>Nothing next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="99"/>
        <source>Drag a card here to move it to next week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="100"/>
        <source>Nothing later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="100"/>
        <source>Drag a card here to move it two weeks ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="101"/>
        <source>Nothing without a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="102"/>
        <source>Activities the portal keeps without a deadline appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="111"/>
        <source>No match for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="112"/>
        <source>Clear the filter to see every open activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="118"/>
        <source>No open activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="119"/>
        <source>Nothing is waiting for this person. Plan a to-do from a lead, deal, contact or company timeline (Ctrl+N) and it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityBrowser</name>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="181"/>
        <source>Leads</source>
        <extracomment>True while the window knows the portal is unreachable: lists come from the saved pages. True while the saved (offline) list is what the view shows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="182"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="183"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="184"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="188"/>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="189"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="194"/>
        <source>Search by name or title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="196"/>
        <source>Search entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="208"/>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/entity_browser.py" line="294"/>
        <source>Offline — showing the saved list from %1 (%n row(s)).</source>
        <translation>
            <numerusform>Offline — showing the saved list from %1 (%n row).</numerusform>
            <numerusform>Offline — showing the saved list from %1 (%n rows).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="322"/>
        <source>No leads yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="322"/>
        <source>No deals yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="323"/>
        <source>No contacts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="323"/>
        <source>No companies yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="326"/>
        <source>No match for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="327"/>
        <source>Check the spelling, or clear the search to see the whole list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="329"/>
        <source>Nothing saved for offline use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="330"/>
        <source>The list appears when the portal answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="332"/>
        <source>Nothing here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="333"/>
        <source>They appear here as soon as they are created on the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="339"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="344"/>
        <location filename="../../desktop_app/ui/entity_browser.py" line="349"/>
        <source>Could not load the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="400"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityListModel</name>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="79"/>
        <source>%1 overdue</source>
        <extracomment>``data(index, CountersRole)`` → :class:`EntityCounters` or ``None`` (not known).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="81"/>
        <source>%1 incoming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesList</name>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="66"/>
        <source>Loading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="72"/>
        <source>The files could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="79"/>
        <source>No files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="87"/>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="89"/>
        <source>Save “%1” on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="91"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="93"/>
        <source>Open “%1” with the system&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="110"/>
        <source>Save file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="125"/>
        <source>File %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesMixin</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="36"/>
        <source>Cannot read the template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="41"/>
        <source>Started from the template “%1”. Undo brings back the previous text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="53"/>
        <source>The file was not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="74"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="91"/>
        <source>Open a layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="91"/>
        <source>Save the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="93"/>
        <source>Layout JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="93"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="127"/>
        <source>Layout editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="127"/>
        <source>Save the changes to the layout?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../desktop_app/ui/form_errors.py" line="58"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFiles</name>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="366"/>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="369"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="372"/>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="137"/>
        <source>Activity Desk guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="143"/>
        <source>Pick a lead, deal, contact or company on the left; its timeline shows in the middle: planned to-dos first, sorted by deadline, then the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="145"/>
        <source>New to-do (Ctrl+N) opens the form for the entity on screen. Right-click a card (or press the Menu key) to complete, reschedule, edit or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="147"/>
        <source>In a small window the entity list makes room for the form while it is open; Find entity (Ctrl+F) shows the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="149"/>
        <source>My activities (Ctrl+Shift+A) lists your open activities across all entities, grouped by deadline; Open shows one in its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="151"/>
        <source>Every change is queued and sent to the portal; when the portal cannot be reached it is kept and sent later, and saved lists stay readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="159"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="159"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="168"/>
        <location filename="../../desktop_app/ui/help.py" line="173"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="38"/>
        <source>Qt for Python: the window and widgets</source>
        <extracomment>The distribution of this application (pyproject ``name``). Bundled components shown in About: (distribution, what it does here). Versions and licences come from their metadata.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="39"/>
        <source>Qt for Python bindings runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="40"/>
        <source>HTTP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="41"/>
        <source>HTTP transport of httpx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="42"/>
        <source>OS keyring access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="43"/>
        <source>asyncio on the Qt event loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="44"/>
        <source>icon fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="45"/>
        <source>reply validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="46"/>
        <source>data and settings folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="47"/>
        <source>retry schedule of the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="48"/>
        <source>the sandbox (demo) portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="49"/>
        <source>the sandbox portal&apos;s HTTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="100"/>
        <source>icons, as bundled by qtawesome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KanbanBoard</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/views.py" line="299"/>
        <source>%1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/views.py" line="349"/>
        <source>%1, %2 activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutEditorWindow</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="73"/>
        <source>Layout editor</source>
        <extracomment>Least time between two validations while typing (ms).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="85"/>
        <source>Layout JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="89"/>
        <source>Problems in the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="161"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="162"/>
        <source>New from &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="166"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="169"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="172"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="175"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="182"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="183"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="187"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="195"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="198"/>
        <source>Configurable activity layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="199"/>
        <source>Additional content blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="200"/>
        <source>crm.activity.configurable.add layout, or crm.activity.layout.blocks.set layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="202"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="261"/>
        <source>No problems: the portal accepts this layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="263"/>
        <source>%1 error(s), %2 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="266"/>
        <source>The portal answers %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="266"/>
        <source>(layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="268"/>
        <source>More problems were found than are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="270"/>
        <source>The preview shows the last readable text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="276"/>
        <source>The paste was not inserted: %1 Your text is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutFiles</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/file_io.py" line="30"/>
        <source>“%1” is %2 bytes; the editor opens files up to %3 bytes. Nothing was opened.</source>
        <extracomment>Largest file the editor opens (bytes): the validator reads at most MAX_LAYOUT_CHARS characters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/file_io.py" line="38"/>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/file_io.py" line="44"/>
        <source>“%1” is not UTF-8 text (byte %2). Nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/file_io.py" line="64"/>
        <source>Cannot save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutPreviewWidget</name>
    <message>
        <location filename="../../desktop_app/ui/preview/widget.py" line="55"/>
        <source>Click a button, link or menu item to see what it would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview/widget.py" line="63"/>
        <source>Card preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview/widget.py" line="64"/>
        <source>What the last click would do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutTemplates</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="35"/>
        <source>Documentation: complete example (§5.13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="36"/>
        <source>Documentation: incoming call (configurable.add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="37"/>
        <source>Documentation: translated call (configurable.get)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="38"/>
        <source>Additional blocks: call summary (layout.blocks.set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="39"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="40"/>
        <source>Signed contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="41"/>
        <source>Call summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="138"/>
        <source>Not connected</source>
        <extracomment>The question asked when closing with changes not yet on the portal (``None`` when not asked). True while the portal cannot be reached (see the module docstring). &quot;My activities&quot;: the current user&apos;s open activities, grouped (swapped in for the splitter). Asks Follow / Stay when the portal redirects to a host not yet confirmed (ui/portal_move.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="256"/>
        <source>No system keyring is available: the webhook is used for this session only and is not saved.</source>
        <extracomment>Every activity action, through the outbox (:class:`ActivityController`). Geometry, splitter and last selection between runs (ui/window_memory.py). Reminder popups (and tray notifications) for to-dos&apos; pingOffsets (ui/reminders_tray.py). A newer release said in the banner (ui/update_notice.py; never for the demo). Open/Edit from My activities and Back (ui/navigation.py); card actions and outbox follow-up.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="354"/>
        <source>Select a lead, deal, contact or company first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="385"/>
        <source>Something unexpected went wrong (%1). Your input is kept; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="391"/>
        <source>The local database was damaged. It was moved aside to %1 and a fresh one was started; %n change(s) still waiting for the portal were recovered and will be sent.</source>
        <translation>
            <numerusform>The local database was damaged. It was moved aside to %1 and a fresh one was started; %n change still waiting for the portal was recovered and will be sent.</numerusform>
            <numerusform>The local database was damaged. It was moved aside to %1 and a fresh one was started; %n changes still waiting for the portal were recovered and will be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="395"/>
        <source>%n damaged change(s) could not be read; they stay in the moved file.</source>
        <translation>
            <numerusform>%n damaged change could not be read; it stays in the moved file.</numerusform>
            <numerusform>%n damaged changes could not be read; they stay in the moved file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="402"/>
        <source>Your settings file could not be read. It was moved aside to %1 and the defaults are used; connect your portal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="34"/>
        <source>&amp;Portal</source>
        <extracomment>The window&apos;s texts are in its context, ``MainWindow``, written out so pyside6-lupdate files them there.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="35"/>
        <source>&amp;Connect a portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="36"/>
        <source>Connect to your Bitrix24 portal with an incoming webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="38"/>
        <source>Open the &amp;demo portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="39"/>
        <source>Explore Activity Desk on built-in sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="41"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="48"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="49"/>
        <source>&amp;New to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="51"/>
        <source>Plan a to-do for the entity on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="53"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="56"/>
        <source>&amp;Find entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="60"/>
        <source>New &amp;call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="61"/>
        <source>New &amp;meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="62"/>
        <source>New &amp;e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="67"/>
        <source>&amp;Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="74"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="75"/>
        <source>&amp;My activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="78"/>
        <source>Your open activities across all leads, deals, contacts and companies, grouped by deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="83"/>
        <source>T&amp;ools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="84"/>
        <source>&amp;Layout editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="86"/>
        <source>Write a configurable-activity layout with a live card preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="90"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="91"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="92"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="94"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="95"/>
        <source>&amp;Guide and shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="99"/>
        <source>A short guide to Activity Desk and every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="101"/>
        <source>&amp;About Activity Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="117"/>
        <source>&amp;System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="150"/>
        <source>&amp;System colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="150"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="151"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="171"/>
        <source>The colours could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="184"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="193"/>
        <source>The language could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="197"/>
        <source>The interface language changes the next time you start Activity Desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapSection</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="75"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="76"/>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="77"/>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="165"/>
        <source>Typing replaces the current action with a redirect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="50"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="51"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="54"/>
        <source>Open the page</source>
        <extracomment>&quot;Open the page&quot;: shown for a message with a ``link`` (opened in the browser, never fetched here).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="83"/>
        <source>Message</source>
        <extracomment>The cause of the message on screen (&quot;&quot; = none given; only the user dismisses it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="40"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="41"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="42"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="43"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="44"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="45"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="46"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="47"/>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="58"/>
        <location filename="../../desktop_app/ui/messages.py" line="79"/>
        <location filename="../../desktop_app/ui/messages.py" line="80"/>
        <source>Use the form YYYY-MM-DD HH:MM, e.g. 2026-11-25 15:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="59"/>
        <source>Keep the title under 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="60"/>
        <source>Pick one of the eight colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="61"/>
        <source>Reminders are minutes before the deadline, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="62"/>
        <source>Type other reminders as whole minutes before the deadline, separated by commas, e.g. 90, 2880.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="57"/>
        <source>A to-do needs a deadline. Enter a date and time, e.g. 2026-11-25 15:00.</source>
        <extracomment>The one table of sentences for a broken rule: ``(field, code)`` → translatable text, for the services&apos; :class:`~desktop_app.services.todo.FieldProblem` checks and the client&apos;s :class:`~desktop_app.bitrix.errors.InvalidParameter` alike (one code vocabulary, :data:`~desktop_app.bitrix.errors.PARAMETER_RULES`). camelCase fields are the todo&apos;s, UPPER_CASE ones the system activity&apos;s. A pair not listed shows the error&apos;s English message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="64"/>
        <source>A new title is saved together with the reminders, and the ones set on the portal are not visible here. Choose “Replace them with these” and tick the reminders this to-do should have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="67"/>
        <location filename="../../desktop_app/ui/messages.py" line="90"/>
        <source>Pick the responsible employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="68"/>
        <location filename="../../desktop_app/ui/messages.py" line="70"/>
        <source>Select a lead, deal, contact or company first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="71"/>
        <source>Enter a subject; the portal refuses activities without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="72"/>
        <source>Choose a call, a meeting or an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="73"/>
        <source>Pick who it is with: a phone for a call, an e-mail address for an e-mail, a contact for a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="75"/>
        <source>Calls need a phone number and e-mails an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="77"/>
        <source>The chosen contact has no phone or address here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="78"/>
        <source>A call or meeting takes exactly one contact; pick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="81"/>
        <source>The end cannot be before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="82"/>
        <location filename="../../desktop_app/ui/messages.py" line="84"/>
        <source>An open incoming activity has no deadline: leave the times empty, or mark it completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="86"/>
        <source>Choose incoming or outgoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="87"/>
        <source>Only calls and e-mails have a direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="88"/>
        <source>Choose low, medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="89"/>
        <source>Choose plain text, BB code or HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="92"/>
        <source>This value is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="113"/>
        <source>the row count</source>
        <extracomment>The envelope&apos;s own keys, said in words; any other key in a field path is the portal&apos;s field name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="114"/>
        <source>the next-page offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="115"/>
        <source>the timing information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="126"/>
        <source>the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="139"/>
        <source>the reply&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="141"/>
        <source>the value “%1” in row %2 of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="143"/>
        <source>the value “%1” of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="144"/>
        <source>row %1 of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="156"/>
        <source>Your input is kept; a change that may have reached the portal is checked there before it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="163"/>
        <source>The webhook URL is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="168"/>
        <source>%1 did not finish its answer within %2 seconds, so the request was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="172"/>
        <source>The download from %1 stopped: nothing arrived for %2 seconds. No partial file was kept; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="175"/>
        <source>an unknown address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="176"/>
        <source>The file is not on your portal (%1), so it was not opened and no credential was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="179"/>
        <source>The file could not be saved as %1: %2. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="182"/>
        <source>%1 did not answer in time. Your input is kept; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="185"/>
        <source>Cannot reach %1. Check the portal address and your network connection; your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="189"/>
        <source>%1 sent a reply larger than %2 MB, more than Activity Desk accepts, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="193"/>
        <source>%1 sent a reply Activity Desk cannot use: %2 is not what a Bitrix24 portal sends (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="198"/>
        <source>%1 did not answer like a Bitrix24 portal (HTTP %2). Check that the address is your portal&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="202"/>
        <source>The portal %1 redirects its requests to %2. Nothing has been sent to %2. Confirm the move only if %2 is your portal&apos;s new address; until then your changes wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="206"/>
        <source>The portal %1 redirects its REST calls elsewhere; open it in a browser to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="209"/>
        <source>no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="212"/>
        <source>The portal refused the webhook. Check the URL, or create a new incoming webhook with the crm and user scopes in Bitrix24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="215"/>
        <source>The portal is busy and asks to slow down. Wait a few seconds and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="217"/>
        <source>The portal&apos;s time budget for this method is used up for now; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="219"/>
        <source>The portal does not know this method; it may be an older Bitrix24 version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="221"/>
        <source>The portal could not find this record; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="223"/>
        <source>Your Bitrix24 user has no right to do this here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="225"/>
        <source>The portal rejected a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="227"/>
        <source>The portal had an internal error. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="229"/>
        <source>The portal answered with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="234"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyActivitiesActions</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="88"/>
        <source>Connect a portal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="108"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="109"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="115"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="119"/>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="120"/>
        <source>&amp;Complete %n activities</source>
        <translation>
            <numerusform>&amp;Complete %n activity</numerusform>
            <numerusform>&amp;Complete %n activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="125"/>
        <source>&amp;Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="126"/>
        <source>&amp;Reschedule %n activities</source>
        <translation>
            <numerusform>&amp;Reschedule %n activity</numerusform>
            <numerusform>&amp;Reschedule %n activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="130"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="130"/>
        <source>De&amp;lete %n activities…</source>
        <translation>
            <numerusform>De&amp;lete %n activity…</numerusform>
            <numerusform>De&amp;lete %n activities…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="182"/>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="184"/>
        <source>Delete %n activities? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n activity? This cannot be undone.</numerusform>
            <numerusform>Delete %n activities? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="185"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="236"/>
        <source>Cards cannot be moved into Overdue: a deadline becomes overdue by itself. Drop them on Today or a later column instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="238"/>
        <source>To-dos, calls, meetings and e-mails always have a deadline on the portal, so they cannot be moved to No deadline. Drop them on a column with a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="240"/>
        <source>No time is left in “%1” for a new deadline. Drop the cards on a later column, or use Reschedule ▸ Pick date and time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="242"/>
        <source>%n incoming activities stay in Today until they are completed.</source>
        <translation>
            <numerusform>%n incoming activity stays in Today until it is completed.</numerusform>
            <numerusform>%n incoming activities stay in Today until they are completed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyActivitiesPanel</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="109"/>
        <source>Responsible person</source>
        <extracomment>Rows added per event-loop turn while a page arrives. QSettings key of the remembered layout.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="110"/>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="116"/>
        <source>Filter by subject or client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="118"/>
        <source>Filter activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="126"/>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="129"/>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="131"/>
        <source>Show the groups as kanban columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="139"/>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="141"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="151"/>
        <source>My activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="196"/>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="254"/>
        <source>User #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="318"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="327"/>
        <source>Loading… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="331"/>
        <source>Cancelled — %1 activities loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="335"/>
        <source>Could not load everything — %1 activities shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="344"/>
        <source>%1 open activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="51"/>
        <source>&amp;Back</source>
        <extracomment>Places remembered (the oldest is forgotten first).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="55"/>
        <source>Return to My activities as you left it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="62"/>
        <source>← Back to My activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="64"/>
        <source>Back (Alt+Left, Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="65"/>
        <source>Back to My activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxCards</name>
    <message>
        <location filename="../../desktop_app/ui/outbox_cards.py" line="134"/>
        <source>To-do “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_cards.py" line="135"/>
        <source>Activity “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_cards.py" line="155"/>
        <source>“%1” was changed on the portal after you loaded it. Open it to keep your change or take theirs; nothing is overwritten until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_cards.py" line="159"/>
        <source>Not saved: %1 The change is kept on its card; retry or discard it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxEntries</name>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="34"/>
        <source>New activity</source>
        <extracomment>What a change is, by REST method (context ``OutboxEntries``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="35"/>
        <source>New to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="36"/>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="37"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="38"/>
        <source>New deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="39"/>
        <source>New description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="40"/>
        <source>New colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="41"/>
        <source>New responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="42"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="43"/>
        <source>New binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="44"/>
        <source>Moved binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="45"/>
        <source>Removed binding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxEntriesView</name>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="121"/>
        <source>%1: waiting to send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/outbox_entries.py" line="123"/>
        <source>Tried %n time(s).</source>
        <translation>
            <numerusform>Tried %n time.</numerusform>
            <numerusform>Tried %n times.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="125"/>
        <source>Next try: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="128"/>
        <source>%1: sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="130"/>
        <source>%1: checking whether the portal got it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="132"/>
        <source>no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="133"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="134"/>
        <source>%1: the portal refused this change (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="137"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="138"/>
        <source>Send this change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="140"/>
        <source>D&amp;iscard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="141"/>
        <source>Drop this change; it will be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="146"/>
        <source>%1: which version should stay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="163"/>
        <source>Discard change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="164"/>
        <source>Discard “%1”? The change has not reached the portal and will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalMovePrompt</name>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="92"/>
        <source>Hide this message (nothing is sent to the new address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="93"/>
        <source>Hide message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="99"/>
        <source>Portal address changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="131"/>
        <source>The portal %1 now answers from another address: %2. Nothing has been sent there. If your portal has moved, connect to it again with a webhook from its new address (Portal → Connect a portal…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="141"/>
        <source>The portal %1 now answers from another address: %2. Nothing has been sent there. Follow only if you know your portal has moved: your webhook and your changes will then go to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="144"/>
        <source>Follow to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="145"/>
        <source>Use %1 as the portal&apos;s address from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="146"/>
        <source>Stay on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="147"/>
        <source>Send nothing to %1; your changes wait in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="165"/>
        <source>Activity Desk cannot follow %1: %2. Nothing has been sent there; your changes wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="176"/>
        <source>Following the portal to %1. Changes waiting in the outbox are sent there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/portal_move.py" line="189"/>
        <source>Staying on %1: nothing is sent to %2. %n change(s) wait in the outbox until you follow the move; Activity Desk asks again on the next start.</source>
        <translation>
            <numerusform>Staying on %1: nothing is sent to %2. %n change waits in the outbox until you follow the move; Activity Desk asks again on the next start.</numerusform>
            <numerusform>Staying on %1: nothing is sent to %2. %n changes wait in the outbox until you follow the move; Activity Desk asks again on the next start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewOptionsBar</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/options_bar.py" line="24"/>
        <source>Viewer&apos;s interface language (texts with translations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/options_bar.py" line="26"/>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/options_bar.py" line="27"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/options_bar.py" line="28"/>
        <source>Read-only viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/options_bar.py" line="29"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/options_bar.py" line="30"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/options_bar.py" line="33"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="23"/>
        <source>The layout is missing, empty or not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="24"/>
        <source>A required field is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="25"/>
        <source>A field the portal does not know; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="26"/>
        <source>A value outside the allowed set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="27"/>
        <source>More entries than the portal allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="28"/>
        <source>A key may contain only A–Z, a–z, 0–9, _ and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="29"/>
        <source>A translation key that is not a portal language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="30"/>
        <source>A value of the wrong shape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="31"/>
        <source>The text is too large; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="32"/>
        <source>The text is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="33"/>
        <source>The JSON is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="74"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="74"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="74"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="74"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="74"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="87"/>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="105"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="87"/>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="105"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="91"/>
        <source>(layout)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickEdit</name>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="75"/>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="76"/>
        <source>Tomorrow, 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="77"/>
        <source>Next Monday, 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="170"/>
        <source>Default (yellow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="171"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="172"/>
        <source>Turquoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="173"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="174"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="175"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="176"/>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="177"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="203"/>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="223"/>
        <source>&amp;Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="236"/>
        <source>No users loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="245"/>
        <source>&amp;Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="252"/>
        <source>&amp;Pick date and time…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuitGuardMixin</name>
    <message>
        <location filename="../../desktop_app/ui/window_quit.py" line="43"/>
        <source>Changes not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/window_quit.py" line="44"/>
        <source>%n change(s) have not reached the portal yet. They are kept and will be sent the next time you start Activity Desk.</source>
        <translation>
            <numerusform>%n change has not reached the portal yet. It is kept and will be sent the next time you start Activity Desk.</numerusform>
            <numerusform>%n changes have not reached the portal yet. They are kept and will be sent the next time you start Activity Desk.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_quit.py" line="48"/>
        <source>You can also wait until they are sent; Activity Desk then quits by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_quit.py" line="49"/>
        <source>&amp;Quit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_quit.py" line="50"/>
        <source>&amp;Wait and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/window_quit.py" line="79"/>
        <source>Activity Desk will quit once the %n waiting change(s) have reached the portal.</source>
        <translation>
            <numerusform>Activity Desk will quit once the %n waiting change has reached the portal.</numerusform>
            <numerusform>Activity Desk will quit once the %n waiting changes have reached the portal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="136"/>
        <source>Activity Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="139"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="42"/>
        <source>Reminder</source>
        <extracomment>How often the due reminders are looked for (ms).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="46"/>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="49"/>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="51"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="52"/>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="53"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersBox</name>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="50"/>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="157"/>
        <source>At the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="50"/>
        <source>15 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="50"/>
        <source>30 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="51"/>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="51"/>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="53"/>
        <source>Reminders set on the portal are not visible to Activity Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="56"/>
        <source>Leave them as they are on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="58"/>
        <source>Replace them with these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="76"/>
        <source>e.g. 90, 2880</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="77"/>
        <source>Other reminders, minutes before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="79"/>
        <source>&amp;Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="84"/>
        <source>minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="151"/>
        <source>Not visible to Activity Desk (set on the portal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="153"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <location filename="../../desktop_app/ui/screenshot_views.py" line="65"/>
        <source>Send the signed proposal</source>
        <extracomment>Files attached for ``form-attachments`` (name → bytes), written to a temporary folder.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentedModel</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/model.py" line="201"/>
        <source>expanded</source>
        <extracomment>Inserts (runs of new rows between the same two old rows) per group and slice before a layout change is used instead. counters the headers show; updated together with their ``dataChanged``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/model.py" line="201"/>
        <source>collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/model.py" line="202"/>
        <source>%1, %2 activities, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/model.py" line="204"/>
        <source>%1 of %2 open activities shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructurePanel</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="224"/>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="231"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="224"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="224"/>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="225"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="225"/>
        <source>Link text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="226"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="233"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="233"/>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="235"/>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="237"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="240"/>
        <source>Buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="240"/>
        <source>Add button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="258"/>
        <source>Fix the JSON text to edit the layout here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="272"/>
        <source>Translated title: editing the “%1” text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TechnicalDetails</name>
    <message>
        <location filename="../../desktop_app/ui/details_technical.py" line="43"/>
        <location filename="../../desktop_app/ui/details_technical.py" line="54"/>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_technical.py" line="44"/>
        <source>Show every field as the portal stores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_technical.py" line="59"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_technical.py" line="61"/>
        <source>Copy every field to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="191"/>
        <source>Pinned</source>
        <extracomment>Height (px) of a section header (&quot;Planned&quot;, &quot;History&quot;, &quot;Pinned&quot;) above a section&apos;s first card. Hot zone names (``hot_zone_at``, ``hotZoneClicked``); the ``CardAction.path`` of the tree&apos;s hot zones. A layout tree is painted this far right so that its rail and icon meet the plain cards&apos; (``LINE_X``). Trees kept: a few screens of rows (few, so that the garbage collector&apos;s young generation stays small while scrolling; layout cards&apos; heights are kept apart, see ``HEIGHT_CACHE``). Layout-card heights kept (one per row and width; cleared past this). Row heights of layout cards: ``id(card)`` → (card, width, height); survives the tree LRU. Cards painted with the dark theme (:meth:`set_dark`, ui/color_scheme.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="191"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="192"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="322"/>
        <source>Click to change the colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="323"/>
        <source>Click to change the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="324"/>
        <source>Click to change the responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="326"/>
        <source>Mark as done (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="327"/>
        <source>Show the whole description (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="328"/>
        <source>Show one line of the description (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="329"/>
        <source>Open the details with the attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="68"/>
        <source>All</source>
        <extracomment>Typing pause before a search reloads the timeline (as the entity browser&apos;s search).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="68"/>
        <source>Show every activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="69"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="69"/>
        <source>Show activities that are not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="70"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="70"/>
        <source>Show completed activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="71"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="71"/>
        <source>Show open activities past their deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="92"/>
        <source>To-dos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="92"/>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="93"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="93"/>
        <source>E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="94"/>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="94"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="103"/>
        <source>Show only these kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="108"/>
        <source>Show only activities of these people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="112"/>
        <source>Search subject and description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="114"/>
        <source>Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="124"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="201"/>
        <source>Type (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="201"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="204"/>
        <source>Responsible (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="204"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineFormat</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/format.py" line="98"/>
        <source>yesterday, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/format.py" line="99"/>
        <source>today, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/format.py" line="100"/>
        <source>tomorrow, {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="277"/>
        <source>Overdue</source>
        <extracomment>The longest description shown by &quot;Show more&quot; (characters; the rest is in the details). A total order over rows; smaller sorts first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="278"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="279"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="280"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="283"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="284"/>
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="285"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="286"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="288"/>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="290"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="291"/>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="292"/>
        <source>Outgoing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="295"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="296"/>
        <source>Incoming e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="297"/>
        <source>Outgoing e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="299"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="300"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="301"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="302"/>
        <source>deadline {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="303"/>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="304"/>
        <source>responsible: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="305"/>
        <source>no responsible user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="306"/>
        <source>{kind} “{subject}”, {state}, {deadline}, {responsible}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="308"/>
        <source>{kind} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="309"/>
        <source>Deadline: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="310"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="311"/>
        <source>Pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="312"/>
        <source>Client: {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="313"/>
        <source>File {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="314"/>
        <source>Files: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="315"/>
        <source>Responsible: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="71"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="72"/>
        <source>Your change is being sent to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="74"/>
        <source>Your change is saved on this computer and will be sent to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="76"/>
        <source>Your change will be sent again: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="77"/>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="79"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="80"/>
        <source>The connection broke after sending; checking whether the portal saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="82"/>
        <source>Changed on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="83"/>
        <source>Someone changed this activity on the portal since you loaded it. Choose whether to keep your change or take theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="86"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="88"/>
        <source>Not saved: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="89"/>
        <source>The portal did not save your change ({code}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="124"/>
        <source>Select a lead, deal, contact or company</source>
        <extracomment>The entity whose unfiltered (cached) timeline the cards show, else None. The last card menu / quick-edit popup shown (kept for tests and to close it on reload).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="132"/>
        <source>New &amp;to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="134"/>
        <source>Plan a to-do in this timeline (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="137"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="139"/>
        <source>Load the timeline again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="157"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="266"/>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="298"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="275"/>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="309"/>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="319"/>
        <source>Could not load the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="302"/>
        <source>Showing what was seen at %1; updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="313"/>
        <source>Offline — showing what was seen at %1. Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="322"/>
        <source>Could not update; showing what was seen at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/timeline/panel.py" line="397"/>
        <source>%n activities match</source>
        <translation>
            <numerusform>%n activity matches</numerusform>
            <numerusform>%n activities match</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="398"/>
        <source>No activities match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="400"/>
        <source>No activities yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="402"/>
        <source>%1 activities shown; scroll for older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="404"/>
        <source>%1 activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="90"/>
        <source>No lead, deal, contact or company selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="91"/>
        <source>Pick one in the list on the left to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="201"/>
        <source>Could not load the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="202"/>
        <source>Check the connection, then press Refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="204"/>
        <source>No activity matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="205"/>
        <source>Change or clear the filters above to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="207"/>
        <source>No activities yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="208"/>
        <source>Press Ctrl+N to add a to-do to this timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoForm</name>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="100"/>
        <source>Deadline</source>
        <extracomment>Todo palette (server-behaviour.md §4.9), ``None`` = default. Deadline: typed text, calendar, quick choices, in the portal user&apos;s zone (:class:`DateTimeEdit`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="106"/>
        <source>What needs to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="110"/>
        <source>Details (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="122"/>
        <source>Default colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="122"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="122"/>
        <source>Turquoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="122"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="123"/>
        <source>Olive green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="123"/>
        <source>Violet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="123"/>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="123"/>
        <source>Rose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="152"/>
        <source>&amp;Deadline*</source>
        <extracomment>Reminders: the portal&apos;s presets, other minutes, and the keep/set choice when unknown. Files to attach (and, editing, the portal&apos;s files); files dropped on the form land here.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="153"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="154"/>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="155"/>
        <source>&amp;Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="156"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="157"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="158"/>
        <source>&amp;Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="160"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="163"/>
        <location filename="../../desktop_app/ui/todo_form.py" line="295"/>
        <source>Create the to-do (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="224"/>
        <source>New to-do for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="269"/>
        <source>Edit to-do “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="274"/>
        <source>This to-do is completed; the portal does not allow editing it (CAN_NOT_UPDATE_COMPLETED_TODO). Reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="328"/>
        <source>enter what needs to be done — a title, a description or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="164"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="270"/>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="336"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="353"/>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="354"/>
        <source>Title or description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="365"/>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="376"/>
        <location filename="../../desktop_app/ui/todo_form.py" line="379"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="381"/>
        <source>Not saved — your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../desktop_app/ui/update_notice.py" line="50"/>
        <source>Activity Desk %1 is available (you have %2). Nothing is installed by itself.</source>
        <extracomment>How often a running app looks again (ms); the service still asks the feed at most once a day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowStateMixin</name>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="50"/>
        <source>Demo portal (sandbox) · %1</source>
        <extracomment>How often an offline window asks the portal whether it answers again (ms). Wait after a confirmed change before asking for the entity counters again (seconds). The entity list&apos;s narrowest comfortable width (px); below it the list gives way to the side form.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="76"/>
        <source>Offline: %1 cannot be reached. Saved lists and timelines are shown; your changes are kept and sent when the portal answers again (checked every %2 s, or press F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="121"/>
        <source>Activity Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="125"/>
        <source>demo portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="127"/>
        <source>%1 (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="128"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="128"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="129"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="129"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="132"/>
        <source>My activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="134"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="135"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="162"/>
        <source>The list makes room for the form; Ctrl+F shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
