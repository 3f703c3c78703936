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
        <location filename="../../desktop_app/ui/activity_controller.py" line="182"/>
        <source>%n change(s) from your last session are being sent.</source>
        <extracomment>The details pane&apos;s files: listed, downloaded and opened (:class:`DetailsDownloads`). Why changes cannot be saved in this session (its store could not be opened), else ``None``. The session&apos;s live updates (polled while the application is active), else ``None``. Outbox → cards (:class:`OutboxCards`); its signals are re-emitted by this controller. Bulk actions (the timeline&apos;s :class:`~desktop_app.ui.bulk_actions.BulkController`). Configurable activities: changed through their application, not the outbox (:mod:`.configurable_changes`). The forms&apos; files: the portal&apos;s listed when editing, downloaded / opened (:class:`FormFiles`).</extracomment>
        <translation>
            <numerusform>%n change from your last session is being sent.</numerusform>
            <numerusform>%n changes from your last session are being sent.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="202"/>
        <source>Your local database %1 is in use by another running copy of Activity Desk. Close the other copy, then restart Activity Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="205"/>
        <source>Your local database %1 was written by a newer version of Activity Desk and is left untouched. Update Activity Desk to use it (changes it holds are sent then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="208"/>
        <source>Your local database %1 cannot be opened (%2). Check that its folder is writable and the disk is not full, then restart Activity Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="211"/>
        <source>Until then you can browse the portal, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="309"/>
        <location filename="../../desktop_app/ui/activity_controller.py" line="369"/>
        <source>This kind of activity is edited in the application that created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="317"/>
        <source>Select a lead, deal, contact or company first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="329"/>
        <location filename="../../desktop_app/ui/form_submissions.py" line="114"/>
        <source>This change can no longer be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="374"/>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="375"/>
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
    <name>AddBadgeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="30"/>
        <source>Add a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="34"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="35"/>
        <source>e.g. paymentOverdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="38"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="41"/>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="66"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="44"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="49"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="55"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="56"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="57"/>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="58"/>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="59"/>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="76"/>
        <source>Enter a code, e.g. paymentOverdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="79"/>
        <source>The portal already has a badge “%1”; choose another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="83"/>
        <source>Enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="86"/>
        <source>Enter the value shown in the badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="92"/>
        <source>Sending to the portal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddTypeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="39"/>
        <source>Add an activity type</source>
        <extracomment>Largest picture previewed (pixels); the portal judges the file itself.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="45"/>
        <source>Type ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="46"/>
        <source>e.g. ERP_SYNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="49"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="50"/>
        <source>&amp;Configurable (used by configurable activities)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="55"/>
        <source>Icon file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="56"/>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="61"/>
        <source>No icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="57"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="59"/>
        <source>Choose an icon file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="63"/>
        <source>Remove the icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="69"/>
        <source>Icon preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="83"/>
        <source>&amp;Type ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="84"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="86"/>
        <source>&amp;Icon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="97"/>
        <source>Choose an icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="98"/>
        <source>Images (*.png *.jpg *.jpeg *.gif);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="156"/>
        <source>Enter a type ID, e.g. ERP_SYNC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="159"/>
        <source>“%1” is already one of this application&apos;s types; choose another ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="171"/>
        <source>Sending to the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="170"/>
        <source>The portal does not have it; Save sends it again.</source>
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
    <name>AppCards</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/app_cards.py" line="57"/>
        <source>Configurable activity from a &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/app_cards.py" line="59"/>
        <source>Open the layout editor: choose a template, then Portal → Create on portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/app_cards.py" line="136"/>
        <source>Choose a template (File → New from template) or write a layout, then Portal → Create on portal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppFeatures</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/availability.py" line="41"/>
        <source>Needs an application connection (OAuth): this portal is connected by an incoming webhook only.</source>
        <extracomment>Every value of ``needs`` the menu accepts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/availability.py" line="44"/>
        <source>The portal cannot be reached now; this comes back when it answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/availability.py" line="46"/>
        <source>The application connection has to be renewed: connect the application again (Portal → Connect a portal… → the Application (OAuth) tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/availability.py" line="48"/>
        <source>Not available for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/availability.py" line="53"/>
        <source>Connect a portal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/availability.py" line="58"/>
        <source>Only a portal administrator can do this; your Bitrix24 user is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/availability.py" line="70"/>
        <source>Your permissions could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/availability.py" line="71"/>
        <source>Checking your permissions on the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/fields.py" line="76"/>
        <source>The icon file is empty.</source>
        <extracomment>What an application call may raise that the dialogs tell the user (anything else is a bug: the window&apos;s task registry logs it and says so).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/fields.py" line="78"/>
        <source>The icon file cannot be read; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/fields.py" line="82"/>
        <source>The icon file is too large: %1 KiB; at most %2 KiB is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/fields.py" line="84"/>
        <source>The icon file is too large; at most %1 KiB is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/fields.py" line="85"/>
        <source>The icon is not a PNG, JPEG or GIF image; choose an image file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationConnectTab</name>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="74"/>
        <source>Register a local application in your portal (Developer resources → Other → Local application, with the crm and user scopes) and enter the redirect URI below as its handler address. Then enter its client id and client secret and authorize Activity Desk in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="82"/>
        <location filename="../../desktop_app/ui/connect_application.py" line="310"/>
        <source>Portal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="87"/>
        <location filename="../../desktop_app/ui/connect_application.py" line="310"/>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="92"/>
        <location filename="../../desktop_app/ui/connect_application.py" line="311"/>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="98"/>
        <location filename="../../desktop_app/ui/connect_application.py" line="311"/>
        <source>Redirect port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="103"/>
        <source>Redirect URI to register in the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="104"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="106"/>
        <source>Copy the redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="112"/>
        <source>&amp;Authorize in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="115"/>
        <source>Cancel authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="127"/>
        <source>Address the browser ended on, or the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="128"/>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="130"/>
        <source>Use the pasted address or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="139"/>
        <source>&amp;Portal address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="141"/>
        <source>Client &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="143"/>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="145"/>
        <source>Redirect p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="150"/>
        <source>Redirect URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="158"/>
        <source>…or paste the address the browser ended on (or the code):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="229"/>
        <source>Checking the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="252"/>
        <source>Waiting for the portal&apos;s answer in your browser… Allow access there; if the browser cannot come back to Activity Desk, paste the address it ended on below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="256"/>
        <source>No browser could be opened. Open this address in a browser yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="259"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="266"/>
        <source>No answer came back from the portal&apos;s sign-in page (it was closed, or the browser could not reach Activity Desk). Nothing was saved. Authorize again, or paste the address the browser shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="273"/>
        <source>The portal refused this client id or client secret (invalid_client). Copy both again from the application&apos;s settings in the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="277"/>
        <source>The authorization code expired or was already used (%1). Nothing was saved; authorize again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="285"/>
        <source>Authorization cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="288"/>
        <source>Connecting failed (%1); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="298"/>
        <source>The answer does not belong to this sign-in attempt (state does not match), so it was refused and nothing was saved. Authorize again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="300"/>
        <source>The portal&apos;s answer was refused: %1 Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="312"/>
        <source>Pasted address or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="313"/>
        <source>%1: %2</source>
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
    <name>BadgePill</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/badge_pill.py" line="28"/>
        <source>Success (green)</source>
        <extracomment>The badge types in the order offered (:class:`~desktop_app.bitrix.badges.BadgeType`, api-spec.md §4.13). The badge type (``success``…) of a row, for :class:`PillDelegate`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badge_pill.py" line="29"/>
        <source>Failure (red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badge_pill.py" line="30"/>
        <source>Warning (yellow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badge_pill.py" line="31"/>
        <source>Primary (blue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badge_pill.py" line="32"/>
        <source>Secondary (grey)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="94"/>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="96"/>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="95"/>
        <source>Badges show on a CRM item&apos;s kanban card while an open configurable activity names it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="97"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="97"/>
        <source>Add a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="98"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="98"/>
        <source>Delete the selected badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="99"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="99"/>
        <source>Reload the badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="100"/>
        <source>Loading the badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="120"/>
        <source>%n badge(s).</source>
        <translation>
            <numerusform>%n badge.</numerusform>
            <numerusform>%n badges.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="121"/>
        <source>The portal has no badges yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="144"/>
        <source>Register a new badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="146"/>
        <source>Select a badge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="147"/>
        <source>Delete the selected badge from the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="101"/>
        <source>Delete a badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="102"/>
        <source>Delete the badge “%1” from the portal? Kanban cards stop showing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="103"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="104"/>
        <source>Deleting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="105"/>
        <source>“%1” was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="106"/>
        <source>The list is read again to see whether the portal did it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="107"/>
        <source>“%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BadgesModel</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="70"/>
        <source>Code</source>
        <extracomment>The :class:`Badge` of a row (any column).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="70"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="70"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="70"/>
        <source>Type</source>
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
        <location filename="../../desktop_app/ui/bulk_actions.py" line="184"/>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="187"/>
        <source>Re&amp;assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="191"/>
        <source>&amp;Move deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="194"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="213"/>
        <source>Bulk change progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="214"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="251"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="253"/>
        <source>&amp;Complete %n activities</source>
        <translation>
            <numerusform>&amp;Complete %n activity</numerusform>
            <numerusform>&amp;Complete %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="254"/>
        <source>Re&amp;assign %n activities</source>
        <translation>
            <numerusform>Re&amp;assign %n activity</numerusform>
            <numerusform>Re&amp;assign %n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="255"/>
        <source>&amp;Move %n deadlines</source>
        <translation>
            <numerusform>&amp;Move %n deadline</numerusform>
            <numerusform>&amp;Move %n deadlines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="256"/>
        <source>De&amp;lete %n activities…</source>
        <translation>
            <numerusform>De&amp;lete %n activity…</numerusform>
            <numerusform>De&amp;lete %n activities…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="262"/>
        <source>Only the application that created these activities can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="303"/>
        <source>+1 &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="306"/>
        <source>+1 &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="310"/>
        <source>&amp;Pick a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="333"/>
        <source>Delete activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="334"/>
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
        <location filename="../../desktop_app/ui/bulk_actions.py" line="115"/>
        <source>Wait until the current bulk change has finished, or cancel it.</source>
        <extracomment>Said (``refused``) when a bulk is asked for without a service because changes cannot be saved.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="120"/>
        <source>Not changed: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="124"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="145"/>
        <source>Completed %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="146"/>
        <source>Reassigned %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="147"/>
        <source>Moved %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="148"/>
        <source>Deleted %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="152"/>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="154"/>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="156"/>
        <source>%1 still sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="163"/>
        <source>%n activities were left as they are: only their application can change them</source>
        <translation>
            <numerusform>%n activity was left as it is: only its application can change it</numerusform>
            <numerusform>%n activities were left as they are: only their application can change them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardAction</name>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="42"/>
        <source>no parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="53"/>
        <source>(not a scalar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="95"/>
        <source>{label}: opens a link, but the action has no uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="97"/>
        <source>in a new browser tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="99"/>
        <source>in a slider of the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="101"/>
        <source>on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="102"/>
        <source>{label}: opens {uri} {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="106"/>
        <source>{label}: sends the event onCrmTimelineItemAction to the app with id “{id}” and {params}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="112"/>
        <source>; the card is blocked with a loader until the app updates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="114"/>
        <source>; the button is disabled until the app updates the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="117"/>
        <source>{label}: opens the app in a slider with {params}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="122"/>
        <source> (slider: {params})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="123"/>
        <source>; not available in the mobile app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="125"/>
        <source>{label}: opens the menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="126"/>
        <source>{label}: shows the whole text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="127"/>
        <source>{label}: collapses the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="128"/>
        <source>{label}: opens a calendar to change the deadline (the portal does it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="129"/>
        <source>{label}: opens a note editor (the portal stores the note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="130"/>
        <source>{label}: pins the activity at the top of the timeline (the portal does it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="131"/>
        <source>{label}: postpones the deadline (the portal does it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="132"/>
        <source>{label}: deletes the activity after a confirmation (the portal does it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="133"/>
        <source>{label}: shows the app that created this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="134"/>
        <source>{label}: marks the activity completed (the portal does it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="135"/>
        <source>{label}: opens the to-do&apos;s colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="136"/>
        <source>{label}: opens the list of users to pick the responsible person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="137"/>
        <source>{label}: the action has no valid type; the portal does nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardButtons</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="55"/>
        <source>(not a scalar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="61"/>
        <source>(no actionParams)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="71"/>
        <source>%1: the application would receive the event onCrmTimelineItemAction with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="74"/>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="78"/>
        <source>and the actionParams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="76"/>
        <source>%1: the portal would open the application in a slider with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="79"/>
        <source>The desktop app cannot send this to the application: only the portal&apos;s own pages can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="102"/>
        <source>%1: the link was not opened: only web addresses (http or https) are opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="107"/>
        <source>%1: the browser could not be started for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="114"/>
        <source>%1: the action has no valid type; the portal does nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="120"/>
        <source>Card action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardMenu</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="93"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="96"/>
        <source>This activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="98"/>
        <source>Open &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="104"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="107"/>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="107"/>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="110"/>
        <source>Un&amp;pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="110"/>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="112"/>
        <source>Pinned cards stay on top of this timeline (kept on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="133"/>
        <source>Completed to-dos cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="142"/>
        <source>Re&amp;try sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="145"/>
        <source>Di&amp;scard my change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="150"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="160"/>
        <source>Its application draws this activity from a layout: change the layout with Edit layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="162"/>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="164"/>
        <source>Only the application that created this activity can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="178"/>
        <source>Edit &amp;layout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="180"/>
        <source>Open the layout in the layout editor and update the activity on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="182"/>
        <source>Another application created this activity: its layout can be read, but only that application can update it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="187"/>
        <source>Layout &amp;blocks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="189"/>
        <source>Attach the application&apos;s content blocks to this activity (crm.activity.layout.blocks.set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="201"/>
        <source>Card &amp;actions</source>
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
        <location filename="../../desktop_app/ui/cards/tree.py" line="136"/>
        <source>tomorrow, 3:00 pm</source>
        <extracomment>Layout paths marked as areas of the card (a problem of ``header.tags`` outlines the tags).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/tree.py" line="140"/>
        <source>today, 9:41 am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/tree.py" line="153"/>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="310"/>
        <location filename="../../desktop_app/ui/cards/tree.py" line="367"/>
        <source>Checkbox “Complete”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/tree.py" line="427"/>
        <source>Application blocks (crm.activity.layout.blocks.set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/app_parts.py" line="95"/>
        <source>Application blocks</source>
        <extracomment>Badge type → (pill background, text colour). Backgrounds: api-spec.md §4.13 (sampled from the portal); texts: the portal&apos;s matching dark tones. An unknown type takes ``secondary``&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Configurable</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="62"/>
        <source>Another application created this activity, so only that application can update it (ERROR_WRONG_APPLICATION). Nothing was changed; your text is kept in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="66"/>
        <source>This needs an application connection (OAuth); this portal is connected by an incoming webhook only. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurableChanges</name>
    <message>
        <location filename="../../desktop_app/ui/configurable_changes.py" line="64"/>
        <source>Only the application that created this activity can change it.</source>
        <extracomment>The session&apos;s application features (``None``: no session).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/configurable_changes.py" line="76"/>
        <source>Its application draws this activity from a layout: change the layout with Edit layout… in its card&apos;s menu on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/configurable_changes.py" line="101"/>
        <source>It is not known whether “%1” was changed: %2 The card shows what the portal holds now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/configurable_changes.py" line="104"/>
        <source>“%1” was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurableDialog</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="114"/>
        <source>Update the activity on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="115"/>
        <source>Create a configurable activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="118"/>
        <source>Configurable activity (CONFIGURABLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="130"/>
        <source>No badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="133"/>
        <source>C&amp;ompleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="146"/>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="147"/>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="148"/>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="149"/>
        <source>&amp;Badge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="153"/>
        <source>&amp;Update on portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="153"/>
        <source>&amp;Create on portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="173"/>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="205"/>
        <source>Badge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="207"/>
        <source>The portal did not confirm whether it created the activity: %1 The timeline is being loaded again — look for the new card there before creating it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigurableEditing</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="239"/>
        <source>Open a lead, deal, contact or company in the main window first: the activity is created in its timeline.</source>
        <extracomment>The fields dialog shown last (kept for tests), or ``None``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="242"/>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="289"/>
        <source>Open a portal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="251"/>
        <source>Created activity #%1 in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="271"/>
        <source>The layout of “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="282"/>
        <source>The layout of activity #%1 as the portal has it. Change it, then Portal → Update on portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="299"/>
        <source>Activity #%1 was updated on the portal.</source>
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
        <location filename="../../desktop_app/ui/connect_dialog.py" line="60"/>
        <source>Connect a Bitrix24 portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="67"/>
        <source>Paste the URL of an incoming webhook of your portal (Bitrix24 → Developer resources → Other → Incoming webhook, with the &lt;b&gt;crm&lt;/b&gt; and &lt;b&gt;user&lt;/b&gt; scopes). It looks like &lt;tt&gt;https://your-company.bitrix24.com/rest/1/abc123xyz/&lt;/tt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="71"/>
        <source>Webhook &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="75"/>
        <source>Webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="90"/>
        <source>No secure password store (system keyring) is available. You can connect, but the webhook or application will not be remembered and nothing is written to disk: on Linux install and unlock GNOME Keyring or KWallet to have it remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="96"/>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="155"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="99"/>
        <source>Open the &amp;demo portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="120"/>
        <source>&amp;Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="121"/>
        <source>Application (&amp;OAuth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="142"/>
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
        <location filename="../../desktop_app/ui/datetime_edit.py" line="67"/>
        <source>Today, 18:00</source>
        <extracomment>What picks write into the field (and what the forms write when loading a value).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="67"/>
        <source>Tomorrow, 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="68"/>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="68"/>
        <source>Next Monday, 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="79"/>
        <source>“%1” is not a date that exists (years 1900–9999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="81"/>
        <source>“%1” is not a time that exists (hours 0–23, minutes 0–59).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="82"/>
        <source>“%1” is not understood as a date or time. Try “tomorrow 9:00”, “%2” or “in 2 h”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="118"/>
        <source>e.g. tomorrow 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="119"/>
        <source>Type a date and time (“2026-12-03 14:30”, “tomorrow 9”, “next Monday”, “in 2 h”) or pick one (Alt+Down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="127"/>
        <source>Pick a date or a quick choice (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="128"/>
        <source>Pick a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="197"/>
        <source>Times are in your portal time zone, %1; this computer uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="77"/>
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
        <location filename="../../desktop_app/ui/details_files.py" line="88"/>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="90"/>
        <source>Save “%1” on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="92"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="94"/>
        <source>Open “%1” with the system&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="113"/>
        <source>Save file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="128"/>
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
    <name>LayoutBlocksEditing</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="59"/>
        <source>The content blocks of “%1” could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="62"/>
        <source>A note from the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="71"/>
        <source>The application&apos;s content blocks of “%1” as the portal has them. Change them, then Portal → Save blocks on portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="73"/>
        <source>“%1” has no content blocks of this application yet: this is a start. Change it, then Portal → Save blocks on portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="87"/>
        <source>Open a portal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="98"/>
        <source>The activity or its entity is no longer on the portal; nothing was saved. Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="101"/>
        <source>“%1” had no content blocks of this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="104"/>
        <source>Not saved: %1 Your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="109"/>
        <source>The content blocks are on “%1” now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="110"/>
        <source>The content blocks were removed from “%1”. The text stays here; Save brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutEditorWindow</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="74"/>
        <source>Layout editor</source>
        <extracomment>Least time between two validations while typing (ms).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="86"/>
        <source>Layout JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="90"/>
        <source>Problems in the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="164"/>
        <source>&amp;File</source>
        <extracomment>The Portal actions (create / update a configurable activity, save / remove content blocks).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="165"/>
        <source>New from &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="169"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="172"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="175"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="178"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="185"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="186"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="190"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="198"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="201"/>
        <source>Configurable activity layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="202"/>
        <source>Additional content blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="203"/>
        <source>crm.activity.configurable.add layout, or crm.activity.layout.blocks.set layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="205"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="264"/>
        <source>No problems: the portal accepts this layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="266"/>
        <source>%1 error(s), %2 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="269"/>
        <source>The portal answers %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="269"/>
        <source>(layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="271"/>
        <source>More problems were found than are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="273"/>
        <source>The preview shows the last readable text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="279"/>
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
        <location filename="../../desktop_app/ui/preview/widget.py" line="56"/>
        <source>Click a button, link or menu item to see what it would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview/widget.py" line="64"/>
        <source>Card preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview/widget.py" line="65"/>
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
        <location filename="../../desktop_app/ui/main_window.py" line="141"/>
        <source>Not connected</source>
        <extracomment>The open session&apos;s services (:func:`~desktop_app.services.portal_services.build_services`). The question asked when closing with changes not yet on the portal (``None`` when not asked). True while the portal cannot be reached (see the module docstring). &quot;My activities&quot;: the current user&apos;s open activities, grouped (swapped in for the splitter). Asks Follow / Stay when the portal redirects to a host not yet confirmed (ui/portal_move.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="259"/>
        <source>No system keyring is available: the webhook is used for this session only and is not saved.</source>
        <extracomment>Every activity action, through the outbox (:class:`ActivityController`). Saved portals in the Portal menu: switch between them, remove one (ui/profiles_menu.py). The &quot;Application&quot; menu: types, badges, other modules&apos; application actions, why they are unavailable. Geometry, splitter and last selection between runs (ui/window_memory.py). Reminder popups (and tray notifications) for to-dos&apos; pingOffsets (ui/reminders_tray.py). A newer release said in the banner (ui/update_notice.py; never for the demo). Open/Edit from My activities and Back (ui/navigation.py); card actions and outbox follow-up. The application&apos;s cards, card buttons and the layout editor&apos;s portal actions (ui/app_features/app_cards.py). The session&apos;s services, built in one place (services/portal_services.py); widgets get their parts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="358"/>
        <source>Select a lead, deal, contact or company first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="389"/>
        <source>Something unexpected went wrong (%1). Your input is kept; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="395"/>
        <source>The local database was damaged. It was moved aside to %1 and a fresh one was started; %n change(s) still waiting for the portal were recovered and will be sent.</source>
        <translation>
            <numerusform>The local database was damaged. It was moved aside to %1 and a fresh one was started; %n change still waiting for the portal was recovered and will be sent.</numerusform>
            <numerusform>The local database was damaged. It was moved aside to %1 and a fresh one was started; %n changes still waiting for the portal were recovered and will be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="399"/>
        <source>%n damaged change(s) could not be read; they stay in the moved file.</source>
        <translation>
            <numerusform>%n damaged change could not be read; it stays in the moved file.</numerusform>
            <numerusform>%n damaged changes could not be read; they stay in the moved file.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="406"/>
        <source>Your settings file could not be read. It was moved aside to %1 and the defaults are used; connect your portal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="36"/>
        <source>&amp;Portal</source>
        <extracomment>The window&apos;s texts are in its context, ``MainWindow``, written out so pyside6-lupdate files them there.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="37"/>
        <source>&amp;Connect a portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="38"/>
        <source>Connect to your Bitrix24 portal with an incoming webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="40"/>
        <source>Open the &amp;demo portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="41"/>
        <source>Explore Activity Desk on built-in sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="43"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="50"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="51"/>
        <source>&amp;New to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="53"/>
        <source>Plan a to-do for the entity on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="55"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="58"/>
        <source>&amp;Find entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="62"/>
        <source>New &amp;call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="63"/>
        <source>New &amp;meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="64"/>
        <source>New &amp;e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="69"/>
        <source>&amp;Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="76"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="77"/>
        <source>&amp;My activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="80"/>
        <source>Your open activities across all leads, deals, contacts and companies, grouped by deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="85"/>
        <source>T&amp;ools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="86"/>
        <source>&amp;Layout editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="88"/>
        <source>Write a configurable-activity layout with a live card preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="92"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="93"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="94"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="97"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="98"/>
        <source>&amp;Guide and shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="102"/>
        <source>A short guide to Activity Desk and every keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="104"/>
        <source>&amp;About Activity Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="120"/>
        <source>&amp;System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="153"/>
        <source>&amp;System colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="153"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="154"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="166"/>
        <source>Keep running in the &amp;tray when closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="171"/>
        <source>Closing the window hides it to the system tray, where reminders keep coming; Portal → Quit ends Activity Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="175"/>
        <source>This desktop has no system tray: closing the window quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="204"/>
        <source>The setting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="216"/>
        <source>The colours could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="227"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="234"/>
        <source>The language could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="238"/>
        <source>The interface language changes the next time you start Activity Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="65"/>
        <source>&amp;Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="75"/>
        <source>Activity &amp;types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="77"/>
        <source>Your application&apos;s custom activity types: add one with an icon, delete one, create an activity of a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="80"/>
        <source>&amp;Badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="82"/>
        <source>The portal&apos;s kanban badges: list, add, delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="85"/>
        <source>Why are these unavailable?</source>
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
        <location filename="../../desktop_app/ui/messages.py" line="45"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="46"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="47"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="48"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="49"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="50"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="51"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="52"/>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="63"/>
        <location filename="../../desktop_app/ui/messages.py" line="84"/>
        <location filename="../../desktop_app/ui/messages.py" line="85"/>
        <source>Use the form YYYY-MM-DD HH:MM, e.g. 2026-11-25 15:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="64"/>
        <source>Keep the title under 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="65"/>
        <source>Pick one of the eight colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="66"/>
        <source>Reminders are minutes before the deadline, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="67"/>
        <source>Type other reminders as whole minutes before the deadline, separated by commas, e.g. 90, 2880.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="62"/>
        <source>A to-do needs a deadline. Enter a date and time, e.g. 2026-11-25 15:00.</source>
        <extracomment>The one table of sentences for a broken rule: ``(field, code)`` → translatable text, for the services&apos; :class:`~desktop_app.services.todo.FieldProblem` checks and the client&apos;s :class:`~desktop_app.bitrix.errors.InvalidParameter` alike (one code vocabulary, :data:`~desktop_app.bitrix.errors.PARAMETER_RULES`). camelCase fields are the todo&apos;s, UPPER_CASE ones the system activity&apos;s. A pair not listed shows the error&apos;s English message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="69"/>
        <source>A new title is saved together with the reminders, and the ones set on the portal are not visible here. Choose “Replace them with these” and tick the reminders this to-do should have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="72"/>
        <location filename="../../desktop_app/ui/messages.py" line="95"/>
        <source>Pick the responsible employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="73"/>
        <location filename="../../desktop_app/ui/messages.py" line="75"/>
        <source>Select a lead, deal, contact or company first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="76"/>
        <source>Enter a subject; the portal refuses activities without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="77"/>
        <source>Choose a call, a meeting or an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="78"/>
        <source>Pick who it is with: a phone for a call, an e-mail address for an e-mail, a contact for a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="80"/>
        <source>Calls need a phone number and e-mails an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="82"/>
        <source>The chosen contact has no phone or address here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="83"/>
        <source>A call or meeting takes exactly one contact; pick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="86"/>
        <source>The end cannot be before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="87"/>
        <location filename="../../desktop_app/ui/messages.py" line="89"/>
        <source>An open incoming activity has no deadline: leave the times empty, or mark it completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="91"/>
        <source>Choose incoming or outgoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="92"/>
        <source>Only calls and e-mails have a direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="93"/>
        <source>Choose low, medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="94"/>
        <source>Choose plain text, BB code or HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="97"/>
        <source>This value is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="118"/>
        <source>the row count</source>
        <extracomment>The envelope&apos;s own keys, said in words; any other key in a field path is the portal&apos;s field name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="119"/>
        <source>the next-page offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="120"/>
        <source>the timing information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="131"/>
        <source>the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="144"/>
        <source>the reply&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="146"/>
        <source>the value “%1” in row %2 of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="148"/>
        <source>the value “%1” of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="149"/>
        <source>row %1 of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="161"/>
        <source>Your input is kept; a change that may have reached the portal is checked there before it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="168"/>
        <source>The webhook URL is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="173"/>
        <source>%1 did not finish its answer within %2 seconds, so the request was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="177"/>
        <source>The download from %1 stopped: nothing arrived for %2 seconds. No partial file was kept; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="180"/>
        <source>an unknown address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="181"/>
        <source>The file is not on your portal (%1), so it was not opened and no credential was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="184"/>
        <source>The file could not be saved as %1: %2. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="187"/>
        <source>%1 did not answer in time. Your input is kept; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="190"/>
        <source>Cannot reach %1. Check the portal address and your network connection; your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="194"/>
        <source>%1 sent a reply larger than %2 MB, more than Activity Desk accepts, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="198"/>
        <source>%1 sent a reply Activity Desk cannot use: %2 is not what a Bitrix24 portal sends (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="203"/>
        <source>%1 did not answer like a Bitrix24 portal (HTTP %2). Check that the address is your portal&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="207"/>
        <source>The portal %1 redirects its requests to %2. Nothing has been sent to %2. Confirm the move only if %2 is your portal&apos;s new address; until then your changes wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="211"/>
        <source>The portal %1 redirects its REST calls elsewhere; open it in a browser to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="214"/>
        <source>no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="217"/>
        <source>The portal refused the webhook. Check the URL, or create a new incoming webhook with the crm and user scopes in Bitrix24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="220"/>
        <source>The portal is busy and asks to slow down. Wait a few seconds and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="222"/>
        <source>The portal&apos;s time budget for this method is used up for now; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="224"/>
        <source>The portal does not know this method; it may be an older Bitrix24 version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="226"/>
        <source>The portal could not find this record; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="228"/>
        <source>Your Bitrix24 user has no right to do this here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="230"/>
        <source>The portal rejected a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="232"/>
        <source>The portal had an internal error. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="234"/>
        <source>The portal answered with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="239"/>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyActivitiesActions</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="95"/>
        <source>Connect a portal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="115"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="116"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="122"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="126"/>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="127"/>
        <source>&amp;Complete %n activities</source>
        <translation>
            <numerusform>&amp;Complete %n activity</numerusform>
            <numerusform>&amp;Complete %n activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="132"/>
        <source>&amp;Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="133"/>
        <source>&amp;Reschedule %n activities</source>
        <translation>
            <numerusform>&amp;Reschedule %n activity</numerusform>
            <numerusform>&amp;Reschedule %n activities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="137"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="137"/>
        <source>De&amp;lete %n activities…</source>
        <translation>
            <numerusform>De&amp;lete %n activity…</numerusform>
            <numerusform>De&amp;lete %n activities…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="158"/>
        <source>Only the application that created these activities can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="209"/>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="211"/>
        <source>Delete %n activities? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n activity? This cannot be undone.</numerusform>
            <numerusform>Delete %n activities? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="212"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="265"/>
        <source>Cards cannot be moved into Overdue: a deadline becomes overdue by itself. Drop them on Today or a later column instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="267"/>
        <source>To-dos, calls, meetings and e-mails always have a deadline on the portal, so they cannot be moved to No deadline. Drop them on a column with a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="269"/>
        <source>No time is left in “%1” for a new deadline. Drop the cards on a later column, or use Reschedule ▸ Pick date and time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="271"/>
        <source>%n incoming activities stay in Today until they are completed.</source>
        <translation>
            <numerusform>%n incoming activity stays in Today until it is completed.</numerusform>
            <numerusform>%n incoming activities stay in Today until they are completed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="272"/>
        <source>%n activities stay where they are: only the application that created them can change them.</source>
        <translation>
            <numerusform>%n activity stays where it is: only the application that created it can change it.</numerusform>
            <numerusform>%n activities stay where they are: only the application that created them can change them.</numerusform>
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
        <location filename="../../desktop_app/ui/outbox_cards.py" line="136"/>
        <source>To-do “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_cards.py" line="137"/>
        <source>Activity “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_cards.py" line="157"/>
        <source>“%1” was changed on the portal after you loaded it. Open it to keep your change or take theirs; nothing is overwritten until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_cards.py" line="161"/>
        <source>Not saved: %1 The change is kept on its card; retry or discard it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxEntries</name>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="62"/>
        <source>Complete</source>
        <extracomment>The translation context of every label here (the UI&apos;s ``OutboxEntries``). Labels of a ``crm.activity.update`` that sets only ``COMPLETED`` (``Y`` / ``N``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="63"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="229"/>
        <source>New activity</source>
        <extracomment>Legacy datetime fields (compared as instants), integer fields (compared as ints) and every field a change can be checked by: the ones ``crm.activity.get`` echoes (api-spec.md §4.4–4.5). ``COMMUNICATIONS``, ``FILES``, ``pingOffsets``, ``parentActivityId``… are not echoed. a placeholder activity (``ID = -entry id``) from the ``fields`` of ``crm.activity.add`` a placeholder to-do from the camelCase parameters of ``crm.activity.todo.add`` the legacy ``fields`` set (what :attr:`ChangeKind.sets` gives), ``FILES`` shown as pending, ``COMPLETED`` moving ``STATUS`` a to-do&apos;s camelCase parameters set (:attr:`ChangeKind.sets`); a new deadline moves ``START_TIME``/``END_TIME`` with it the card goes the card stays (another binding is added); verified: the target is bound the card follows the primary binding to its target when that one is moved; verified: the target is bound and the source is not the card stays (a binding is removed); verified: the target is not bound nothing shown (a method no declaration knows) ``crm.activity.list`` by the entry&apos;s ``ORIGIN_ID`` and ``ORIGINATOR_ID`` (found: done with that id) ``crm.activity.list``: a to-do of the same owner, author, title, description, deadline and responsible created since the first send that no other create of ours took ``crm.activity.get`` holds every value the change sets (``FILES``: listed against the snapshot) ``crm.activity.get`` answers &quot;not found&quot; ``crm.activity.binding.list`` shows the binding change</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="232"/>
        <source>New to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="235"/>
        <location filename="../../desktop_app/services/change_kinds.py" line="238"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="240"/>
        <source>New deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="243"/>
        <source>New description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="246"/>
        <source>New colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="248"/>
        <source>New responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="251"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="253"/>
        <source>New binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="255"/>
        <source>Moved binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="257"/>
        <source>Removed binding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxEntriesView</name>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="106"/>
        <source>%1: waiting to send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/outbox_entries.py" line="108"/>
        <source>Tried %n time(s).</source>
        <translation>
            <numerusform>Tried %n time.</numerusform>
            <numerusform>Tried %n times.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="110"/>
        <source>Next try: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="113"/>
        <source>%1: sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="115"/>
        <source>%1: checking whether the portal got it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="117"/>
        <source>no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="118"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="119"/>
        <source>%1: the portal refused this change (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="122"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="123"/>
        <source>Send this change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="125"/>
        <source>D&amp;iscard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="126"/>
        <source>Drop this change; it will be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="131"/>
        <source>%1: which version should stay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="148"/>
        <source>Discard change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="149"/>
        <source>Discard “%1”? The change has not reached the portal and will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalActions</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="78"/>
        <source>Open a portal with an application connection first.</source>
        <extracomment>Problems named in the notice before &quot;and N more&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="88"/>
        <source>&amp;Create on portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="89"/>
        <source>Create a configurable activity with this layout in the entity open in the main window (crm.activity.configurable.add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="91"/>
        <source>&amp;Update on portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="92"/>
        <source>Replace the layout of the activity being edited (crm.activity.configurable.update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="93"/>
        <source>&amp;Save blocks on portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="94"/>
        <source>Attach these content blocks to the activity (crm.activity.layout.blocks.set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="95"/>
        <source>&amp;Remove blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="96"/>
        <source>Remove this application&apos;s content blocks from the activity (crm.activity.layout.blocks.delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="104"/>
        <source>&amp;Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="111"/>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="135"/>
        <source>Editing the layout of activity #%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="138"/>
        <source>Content blocks of activity #%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="171"/>
        <source>(layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="173"/>
        <source>Not sent: the layout has problems the portal would refuse — %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="174"/>
        <source>the text is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="176"/>
        <source>And %n more (see the list of problems).</source>
        <translation>
            <numerusform>And %n more (see the list of problems).</numerusform>
            <numerusform>And %n more (see the list of problems).</numerusform>
        </translation>
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
    <name>ProfilesMenu</name>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="74"/>
        <source>&amp;Remove this portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="77"/>
        <source>Delete this portal&apos;s saved connection and its local data from this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="148"/>
        <source>The saved connection of %1 is not in the system keyring any more; connect the portal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="165"/>
        <source>Remove %1 from Activity Desk?

Its saved connection (in the system keyring) and its local data on this computer (saved lists and timelines) will be deleted. The portal itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/profiles_menu.py" line="170"/>
        <source>%n change(s) not yet sent to the portal will be lost.</source>
        <translation>
            <numerusform>%n change not yet sent to the portal will be lost.</numerusform>
            <numerusform>%n changes not yet sent to the portal will be lost.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="171"/>
        <source>Remove this portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="175"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="203"/>
        <source>The portal&apos;s local data could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="207"/>
        <source>The portal was removed from Activity Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="229"/>
        <source>Not connected</source>
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
        <location filename="../../desktop_app/ui/window_quit.py" line="67"/>
        <source>Changes not sent yet</source>
        <extracomment>Quitting was asked for (Portal → Quit, the tray&apos;s Quit): the close is not a hide to the tray.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/window_quit.py" line="68"/>
        <source>%n change(s) have not reached the portal yet. They are kept and will be sent the next time you start Activity Desk.</source>
        <translation>
            <numerusform>%n change has not reached the portal yet. It is kept and will be sent the next time you start Activity Desk.</numerusform>
            <numerusform>%n changes have not reached the portal yet. They are kept and will be sent the next time you start Activity Desk.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_quit.py" line="72"/>
        <source>You can also wait until they are sent; Activity Desk then quits by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_quit.py" line="73"/>
        <source>&amp;Quit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_quit.py" line="74"/>
        <source>&amp;Wait and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/window_quit.py" line="104"/>
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
        <location filename="../../desktop_app/ui/reminders_tray.py" line="141"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="53"/>
        <source>Reminder</source>
        <extracomment>How often the due reminders are looked for (ms). A popup shown on the desktop (window closed to the tray): a window of its own, frameless, on top.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="57"/>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="60"/>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="62"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="63"/>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="64"/>
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
    <name>RestAppActivityDialog</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="52"/>
        <source>New activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="59"/>
        <source>On: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="63"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="65"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="70"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="81"/>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="82"/>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="83"/>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="93"/>
        <source>Enter a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="100"/>
        <source>Open a lead, deal, contact or company first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="105"/>
        <source>Sending to the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="121"/>
        <source>It may have reached the portal: look at the timeline before saving again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <location filename="../../desktop_app/ui/screenshot_views.py" line="66"/>
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
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="197"/>
        <source>Pinned</source>
        <extracomment>Height (px) of a section header (&quot;Planned&quot;, &quot;History&quot;, &quot;Pinned&quot;) above a section&apos;s first card. Hot zone names (``hot_zone_at``, ``hotZoneClicked``); the ``CardAction.path`` of the tree&apos;s hot zones. A layout tree is painted this far right so that its rail and icon meet the plain cards&apos; (``LINE_X``). Trees kept: a few screens of rows (few, so that the garbage collector&apos;s young generation stays small while scrolling; layout cards&apos; heights are kept apart, see ``HEIGHT_CACHE``). Layout-card heights kept (one per row and width; cleared past this). Row heights of layout cards: ``id(card)`` → (card, width, height); survives the tree LRU. Cards painted with the dark theme (:meth:`set_dark`, ui/color_scheme.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="197"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="198"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="336"/>
        <source>Click to change the colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="337"/>
        <source>Click to change the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="338"/>
        <source>Click to change the responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="340"/>
        <source>Mark as done (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="341"/>
        <source>Show the whole description (Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="342"/>
        <source>Show one line of the description (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="343"/>
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
        <location filename="../../desktop_app/ui/timeline/cards.py" line="218"/>
        <source>Overdue</source>
        <extracomment>A total order over rows; smaller sorts first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="219"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="220"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="221"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="224"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="225"/>
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="226"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="227"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="229"/>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="231"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="232"/>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="233"/>
        <source>Outgoing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="236"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="237"/>
        <source>Incoming e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="238"/>
        <source>Outgoing e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="240"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="241"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="242"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="243"/>
        <source>deadline {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="244"/>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="245"/>
        <source>responsible: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="246"/>
        <source>no responsible user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="247"/>
        <source>{kind} “{subject}”, {state}, {deadline}, {responsible}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="249"/>
        <source>{kind} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="250"/>
        <source>Deadline: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="251"/>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="252"/>
        <source>Pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="253"/>
        <source>Client: {client}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="254"/>
        <source>File {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="255"/>
        <source>Files: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="256"/>
        <source>Responsible: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="257"/>
        <source>{title}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="67"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="68"/>
        <source>Your change is being sent to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="70"/>
        <source>Your change is saved on this computer and will be sent to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="72"/>
        <source>Your change will be sent again: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="73"/>
        <source>Waiting to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="75"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="76"/>
        <source>The connection broke after sending; checking whether the portal saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="78"/>
        <source>Changed on the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="79"/>
        <source>Someone changed this activity on the portal since you loaded it. Choose whether to keep your change or take theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="82"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="84"/>
        <source>Not saved: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="85"/>
        <source>The portal did not save your change ({code}): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="132"/>
        <source>Select a lead, deal, contact or company</source>
        <extracomment>The entity whose unfiltered (cached) timeline the cards show, else None. The last card menu / quick-edit popup shown (kept for tests and to close it on reload).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="140"/>
        <source>New &amp;to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="142"/>
        <source>Plan a to-do in this timeline (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="145"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="147"/>
        <source>Load the timeline again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="165"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cached_view.py" line="79"/>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="279"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cached_view.py" line="90"/>
        <location filename="../../desktop_app/ui/timeline/cached_view.py" line="100"/>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="288"/>
        <source>Could not load the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cached_view.py" line="83"/>
        <source>Showing what was seen at %1; updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cached_view.py" line="94"/>
        <source>Offline — showing what was seen at %1. Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cached_view.py" line="103"/>
        <source>Could not update; showing what was seen at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/timeline/panel.py" line="327"/>
        <source>%n activities match</source>
        <translation>
            <numerusform>%n activity matches</numerusform>
            <numerusform>%n activities match</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="328"/>
        <source>No activities match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="330"/>
        <source>No activities yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="332"/>
        <source>%1 activities shown; scroll for older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="334"/>
        <source>%1 activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="86"/>
        <source>No lead, deal, contact or company selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="87"/>
        <source>Pick one in the list on the left to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="197"/>
        <source>Could not load the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="198"/>
        <source>Check the connection, then press Refresh (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="200"/>
        <source>No activity matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="201"/>
        <source>Change or clear the filters above to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="203"/>
        <source>No activities yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="204"/>
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
    <name>TypesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="85"/>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="88"/>
        <source>Activity types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="86"/>
        <source>Custom activity types registered by this application. A configurable type is used by configurable activities; an activity of any other type can be created here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="89"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="89"/>
        <source>Add a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="90"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="90"/>
        <source>Delete the selected type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="105"/>
        <source>&amp;New activity of this type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="106"/>
        <source>New activity of the selected type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="91"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="91"/>
        <source>Reload the types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="92"/>
        <source>Loading the types…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="117"/>
        <source>%n type(s).</source>
        <translation>
            <numerusform>%n type.</numerusform>
            <numerusform>%n types.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="118"/>
        <source>This application has no custom types yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="145"/>
        <source>Register a new type with a name and an icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="146"/>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="150"/>
        <source>Select a type first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="147"/>
        <source>Delete the selected type from the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="152"/>
        <source>A configurable type is used by configurable activities (Tools → Layout editor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="154"/>
        <source>Open a lead, deal, contact or company first: the activity is created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="157"/>
        <source>Create an activity of this type on the entity on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="93"/>
        <source>Delete a type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="94"/>
        <source>Delete the type “%1” from the portal? Its activities stay; no new ones can be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="95"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="96"/>
        <source>Deleting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="97"/>
        <source>“%1” was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="98"/>
        <source>The list is read again to see whether the portal did it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="99"/>
        <source>“%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="170"/>
        <source>The activity was created; it is in the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypesModel</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="55"/>
        <source>Yes</source>
        <extracomment>The :class:`AppActivityType` of a row (any column).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="55"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="59"/>
        <source>Type ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="59"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="59"/>
        <source>Configurable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnavailableDialog</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="236"/>
        <source>Application features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="243"/>
        <source>&amp;Connect an application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="245"/>
        <source>Connect an application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="257"/>
        <source>Custom activity types, activities of those types, configurable activities, additional content blocks and adding badges need an application connection (OAuth): Bitrix24 lets only an application call these methods, never an incoming webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="260"/>
        <source>To add one: create a local application on your portal (Developer resources → Other → Local application, with the crm scope), then choose Portal → Connect a portal… → the Application (OAuth) tab, and enter its client id and client secret. The webhook keeps working beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="265"/>
        <source>The application features come back by themselves when the portal answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="268"/>
        <source>This portal is connected by an incoming webhook only.</source>
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
        <location filename="../../desktop_app/ui/window_state.py" line="48"/>
        <source>Demo portal (sandbox) · %1</source>
        <extracomment>How often an offline window asks the portal whether it answers again (ms). Wait after a confirmed change before asking for the entity counters again (seconds). The entity list&apos;s narrowest comfortable width (px); below it the list gives way to the side form.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="64"/>
        <source>Offline: %1 cannot be reached. Saved lists and timelines are shown; your changes are kept and sent when the portal answers again (checked every %2 s, or press F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="109"/>
        <source>Activity Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="113"/>
        <source>demo portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="115"/>
        <source>%1 (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="116"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="116"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="117"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="117"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="120"/>
        <source>My activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="122"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="123"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="150"/>
        <source>The list makes room for the form; Ctrl+F shows it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowTray</name>
    <message>
        <location filename="../../desktop_app/ui/window_tray.py" line="33"/>
        <source>&amp;Open Activity Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_tray.py" line="36"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_tray.py" line="67"/>
        <source>Activity Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_tray.py" line="88"/>
        <source>Activity Desk is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_tray.py" line="89"/>
        <source>Reminders keep coming while the window is closed. Open it again or quit from the tray icon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
