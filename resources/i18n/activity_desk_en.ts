<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/file_io.py" line="30"/>
        <source>LayoutFiles</source>
        <comment>“%1” is %2 bytes; the editor opens files up to %3 bytes. Nothing was opened.</comment>
        <extracomment>Largest file the editor opens (bytes): the validator reads at most MAX_LAYOUT_CHARS characters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/file_io.py" line="38"/>
        <source>LayoutFiles</source>
        <comment>Cannot open “%1”: %2</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/file_io.py" line="44"/>
        <source>LayoutFiles</source>
        <comment>“%1” is not UTF-8 text (byte %2). Nothing was opened.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="34"/>
        <source>LayoutTemplates</source>
        <comment>Documentation: incoming call (configurable.add)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="35"/>
        <source>LayoutTemplates</source>
        <comment>Documentation: translated call (configurable.get)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="36"/>
        <source>LayoutTemplates</source>
        <comment>Additional blocks: call summary (layout.blocks.set)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="37"/>
        <source>LayoutTemplates</source>
        <comment>Delivery</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="38"/>
        <source>LayoutTemplates</source>
        <comment>Signed contract</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="39"/>
        <source>LayoutTemplates</source>
        <comment>Call summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="148"/>
        <source>Not visible to Activity Desk (set on the portal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="150"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="154"/>
        <source>At the time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/activity_controller.py" line="156"/>
        <source>%n change(s) from your last session are being sent.</source>
        <extracomment>Why changes cannot be saved in this session (its store could not be opened), else ``None``. Outbox → cards (:class:`OutboxCards`); its signals are re-emitted by this controller. Bulk actions (the timeline&apos;s :class:`~desktop_app.ui.bulk_actions.BulkController`).</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="161"/>
        <source>Your local database %1 is in use by another running copy of Activity Desk. Close the other copy, then restart Activity Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="164"/>
        <source>Your local database %1 was written by a newer version of Activity Desk and is left untouched. Update Activity Desk to use it (changes it holds are sent then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="167"/>
        <source>Your local database %1 cannot be opened (%2). Check that its folder is writable and the disk is not full, then restart Activity Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="170"/>
        <source>Until then you can browse the portal, but changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="262"/>
        <source>This kind of activity is edited in the application that created it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="270"/>
        <source>Select a lead, deal, contact or company first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="282"/>
        <location filename="../../desktop_app/ui/activity_controller.py" line="412"/>
        <source>This change can no longer be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="298"/>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="299"/>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="366"/>
        <source>Todo “%1” saved; sending it to the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="386"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="98"/>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="113"/>
        <source>Already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="129"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="131"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="195"/>
        <source>Edit activity in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="195"/>
        <source>New call, meeting or e-mail for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="267"/>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="268"/>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="333"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="365"/>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="373"/>
        <source>Not saved — your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="380"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="433"/>
        <source>No contact of this entity has a matching phone or e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="439"/>
        <source>The portal sends this e-mail when it is saved as completed; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitySource</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="58"/>
        <source>Overdue</source>
        <extracomment>Rows whose display texts are kept (a few screens of rows). per group, the sorted keys passing the filter (the same lists as ``rows.keys`` when blank).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="58"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="58"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="58"/>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="59"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="59"/>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="138"/>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="60"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="60"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="61"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="61"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="62"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="62"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="63"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="63"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="130"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="138"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="148"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="149"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="151"/>
        <source>Todo</source>
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
        <location filename="../../desktop_app/ui/bindings_panel.py" line="100"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="102"/>
        <source>Show this activity in another entity&apos;s timeline too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="104"/>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="107"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="122"/>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="367"/>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="126"/>
        <source>Name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="127"/>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="368"/>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="369"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="132"/>
        <source>Matching entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="144"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="213"/>
        <source>%1: %2 (#%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="214"/>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="219"/>
        <source>Move the activity from this entity&apos;s timeline to another entity of the same type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="225"/>
        <source>This is the activity&apos;s only binding: an activity always stays in at least one timeline. Add another binding first, or move this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="228"/>
        <source>Remove the activity from this entity&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="248"/>
        <source>Move from %1 to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="250"/>
        <source>Move &amp;here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="252"/>
        <source>Bind to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="253"/>
        <source>&amp;Bind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="321"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="372"/>
        <source>pick one from the list or type its ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="373"/>
        <source>only leads, deals, contacts and companies can be bound here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="374"/>
        <source>the activity is already bound to this entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="375"/>
        <source>an activity can be bound to at most 100 entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="376"/>
        <source>the activity is not bound to this entity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="377"/>
        <source>the last binding of an activity cannot be removed; add another first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="378"/>
        <source>a binding can only move to an entity of the same type; to change the type, add the new binding, then remove the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="380"/>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="281"/>
        <source>+1 &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="284"/>
        <source>+1 &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="288"/>
        <source>&amp;Pick a date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="311"/>
        <source>Delete activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="312"/>
        <source>Delete %n selected activities? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>CardMenu</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="70"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="73"/>
        <source>This activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="75"/>
        <source>Open &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="81"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="84"/>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="84"/>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="104"/>
        <source>Completed to-dos cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="110"/>
        <source>Re&amp;try sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="113"/>
        <source>Di&amp;scard my change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="118"/>
        <source>De&amp;lete…</source>
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
    <name>DeadlinePopup</name>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="108"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="109"/>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="130"/>
        <source>&amp;Edit</source>
        <extracomment>Enum values (api-spec.md §3.3), translated in the ``DetailsPane`` context. ``COMMUNICATIONS`` ``TYPE`` values (api-spec.md §3.6). Raw fields shown in their own groups (everything else goes under &quot;System&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="131"/>
        <source>Change this activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="132"/>
        <location filename="../../desktop_app/ui/details_pane.py" line="301"/>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="133"/>
        <source>Mark this activity as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="134"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="135"/>
        <source>Delete this activity from the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="136"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="137"/>
        <source>Close the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="152"/>
        <location filename="../../desktop_app/ui/details_pane.py" line="259"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="152"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="152"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="154"/>
        <location filename="../../desktop_app/ui/details_pane.py" line="157"/>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="156"/>
        <source>No communications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="163"/>
        <source>Bindings (timelines it appears in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="234"/>
        <location filename="../../desktop_app/ui/details_pane.py" line="318"/>
        <source>Activity #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="235"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="250"/>
        <location filename="../../desktop_app/ui/details_pane.py" line="264"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="250"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="257"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="258"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="258"/>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="260"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="261"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="262"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="263"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="264"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="264"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="266"/>
        <source>%1 %2 before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="267"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="270"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="271"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="272"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="273"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="273"/>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="274"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="276"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="278"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="279"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="280"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="282"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="283"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="284"/>
        <location filename="../../desktop_app/ui/details_pane.py" line="286"/>
        <location filename="../../desktop_app/ui/details_pane.py" line="294"/>
        <location filename="../../desktop_app/ui/details_pane.py" line="295"/>
        <location filename="../../desktop_app/ui/details_pane.py" line="326"/>
        <location filename="../../desktop_app/ui/details_pane.py" line="331"/>
        <location filename="../../desktop_app/ui/details_pane.py" line="336"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="285"/>
        <source>Description format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="286"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="289"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="290"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="291"/>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="292"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="293"/>
        <source>Last edited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="294"/>
        <source>Origin ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="295"/>
        <source>Originator ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="298"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="301"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="332"/>
        <source>User #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="368"/>
        <source>%1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="395"/>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="396"/>
        <source>Delete “%1”? It disappears from every timeline it is in; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityBrowser</name>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="142"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="143"/>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="144"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="145"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="149"/>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="150"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="155"/>
        <source>Search by name or title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="157"/>
        <source>Search entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="169"/>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="218"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="222"/>
        <source>Could not load the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="271"/>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="273"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityListModel</name>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="61"/>
        <source>%1 overdue</source>
        <extracomment>``data(index, CountersRole)`` → :class:`EntityCounters` or ``None`` (not known).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="63"/>
        <source>%1 incoming</source>
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
        <location filename="../../desktop_app/ui/form_errors.py" line="34"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KanbanBoard</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/views.py" line="113"/>
        <source>%1 column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/views.py" line="145"/>
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
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="159"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="160"/>
        <source>New from &amp;template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="164"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="167"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="170"/>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="173"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="180"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="181"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="185"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="193"/>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="196"/>
        <source>Configurable activity layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="197"/>
        <source>Additional content blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="198"/>
        <source>crm.activity.configurable.add layout, or crm.activity.layout.blocks.set layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="200"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="259"/>
        <source>No problems: the portal accepts this layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="261"/>
        <source>%1 error(s), %2 warning(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="264"/>
        <source>The portal answers %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="264"/>
        <source>(layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="266"/>
        <source>More problems were found than are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="268"/>
        <source>The preview shows the last readable text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="274"/>
        <source>The paste was not inserted: %1 Your text is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LayoutFiles</name>
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
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="63"/>
        <source>Activity Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="117"/>
        <source>Not connected</source>
        <extracomment>The question asked when closing with changes not yet on the portal (``None`` when not asked). &quot;My activities&quot;: the current user&apos;s open activities, grouped (swapped in for the splitter). Asks Follow / Stay when the portal redirects to a host not yet confirmed (ui/portal_move.py).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="141"/>
        <source>&amp;Portal</source>
        <extracomment>Every activity action, through the outbox (:class:`ActivityController`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="142"/>
        <source>&amp;Connect a portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="143"/>
        <source>Connect to your Bitrix24 portal with an incoming webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>Open the &amp;demo portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>Explore Activity Desk on built-in sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="148"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="155"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="156"/>
        <source>&amp;New todo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="158"/>
        <source>Plan a todo for the selected entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="160"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="163"/>
        <source>&amp;Find entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="167"/>
        <source>New &amp;call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="168"/>
        <source>New &amp;meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="169"/>
        <source>New &amp;e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="174"/>
        <source>&amp;Search the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="181"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="182"/>
        <source>&amp;My activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="185"/>
        <source>Your open activities across all leads, deals, contacts and companies, grouped by deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="189"/>
        <source>T&amp;ools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="190"/>
        <source>&amp;Layout editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="192"/>
        <source>Write a configurable-activity layout with a live card preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="232"/>
        <source>Demo portal (sandbox) · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="237"/>
        <source>No system keyring is available: the webhook is used for this session only and is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="299"/>
        <source>Select a lead, deal, contact or company first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="330"/>
        <source>Something unexpected went wrong (%1). Your input is kept; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="336"/>
        <source>The local database was damaged. It was moved aside to %1 and a fresh one was started; %n change(s) still waiting for the portal were recovered and will be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="340"/>
        <source>%n damaged change(s) could not be read; they stay in the moved file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="347"/>
        <source>Your settings file could not be read. It was moved aside to %1 and the defaults are used; connect your portal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="377"/>
        <source>Changes not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="378"/>
        <source>%n change(s) have not reached the portal yet. They are kept and will be sent the next time you start Activity Desk.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="382"/>
        <source>You can also wait until they are sent; Activity Desk then quits by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="383"/>
        <source>&amp;Quit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="384"/>
        <source>&amp;Wait and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="413"/>
        <source>Activity Desk will quit once the %n waiting change(s) have reached the portal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../../desktop_app/ui/banner.py" line="42"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="43"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="61"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="38"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="39"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="40"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="41"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="42"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="43"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="44"/>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="45"/>
        <source>Entity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="55"/>
        <source>A todo needs a deadline. Enter a date and time, e.g. 2026-11-25 15:00.</source>
        <extracomment>The one table of sentences for a broken rule: ``(field, code)`` → translatable text, for the services&apos; :class:`~desktop_app.services.todo.FieldProblem` checks and the client&apos;s :class:`~desktop_app.bitrix.errors.InvalidParameter` alike (one code vocabulary, :data:`~desktop_app.bitrix.errors.PARAMETER_RULES`). camelCase fields are the todo&apos;s, UPPER_CASE ones the system activity&apos;s. A pair not listed shows the error&apos;s English message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="56"/>
        <location filename="../../desktop_app/ui/messages.py" line="77"/>
        <location filename="../../desktop_app/ui/messages.py" line="78"/>
        <source>Use the form YYYY-MM-DD HH:MM, e.g. 2026-11-25 15:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="57"/>
        <source>Keep the title under 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="58"/>
        <source>Pick one of the eight colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="59"/>
        <source>Reminders are minutes before the deadline, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="60"/>
        <source>Type other reminders as whole minutes before the deadline, separated by commas, e.g. 90, 2880.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="62"/>
        <source>A new title is saved together with the reminders, and the ones set on the portal are not visible here. Choose “Replace them with these” and tick the reminders this todo should have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="65"/>
        <location filename="../../desktop_app/ui/messages.py" line="88"/>
        <source>Pick the responsible employee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="66"/>
        <location filename="../../desktop_app/ui/messages.py" line="68"/>
        <source>Select a lead, deal, contact or company first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="69"/>
        <source>Enter a subject; the portal refuses activities without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="70"/>
        <source>Choose a call, a meeting or an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="71"/>
        <source>Pick who it is with: a phone for a call, an e-mail address for an e-mail, a contact for a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="73"/>
        <source>Calls need a phone number and e-mails an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="75"/>
        <source>The chosen contact has no phone or address here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="76"/>
        <source>A call or meeting takes exactly one contact; pick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="79"/>
        <source>The end cannot be before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="80"/>
        <location filename="../../desktop_app/ui/messages.py" line="82"/>
        <source>An open incoming activity has no deadline: leave the times empty, or mark it completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="84"/>
        <source>Choose incoming or outgoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="85"/>
        <source>Only calls and e-mails have a direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="86"/>
        <source>Choose low, medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="87"/>
        <source>Choose plain text, BB code or HTML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="90"/>
        <source>This value is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="111"/>
        <source>the row count</source>
        <extracomment>The envelope&apos;s own keys, said in words; any other key in a field path is the portal&apos;s field name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="112"/>
        <source>the next-page offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="113"/>
        <source>the timing information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="154"/>
        <source>Your input is kept; a change that may have reached the portal is checked there before it is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyActivitiesPanel</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="96"/>
        <source>Responsible person</source>
        <extracomment>Rows added per event-loop turn while a page arrives. QSettings key of the remembered layout.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="97"/>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="103"/>
        <source>Filter by subject or client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="105"/>
        <source>Filter activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="113"/>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="116"/>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="118"/>
        <source>Show the groups as kanban columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="126"/>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="128"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="138"/>
        <source>My activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="182"/>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="217"/>
        <source>User #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="286"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="295"/>
        <source>Loading… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="299"/>
        <source>Cancelled — %1 activities loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="303"/>
        <source>Could not load everything — %1 activities shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="312"/>
        <source>%1 open activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxCards</name>
    <message>
        <location filename="../../desktop_app/ui/outbox_cards.py" line="134"/>
        <source>Todo “%1” created.</source>
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
        <location filename="../../desktop_app/ui/outbox_entries.py" line="36"/>
        <source>New activity</source>
        <extracomment>What a change is, by REST method (context ``OutboxEntries``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="37"/>
        <source>New todo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="38"/>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="39"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="40"/>
        <source>New deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="41"/>
        <source>New description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="42"/>
        <source>New colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="43"/>
        <source>New responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="44"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="45"/>
        <source>New binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="46"/>
        <source>Moved binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="47"/>
        <source>Removed binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="52"/>
        <source>Subject</source>
        <extracomment>Legacy field names in the conflict table.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="53"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="54"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="55"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="56"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="57"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="58"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="59"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="60"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="61"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="62"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxEntriesView</name>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="139"/>
        <source>%1: waiting to send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/outbox_entries.py" line="141"/>
        <source>Tried %n time(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="143"/>
        <source>Next try: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="146"/>
        <source>%1: sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="148"/>
        <source>%1: checking whether the portal got it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="150"/>
        <source>no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="151"/>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="152"/>
        <source>%1: the portal refused this change (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="155"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="156"/>
        <source>Send this change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="158"/>
        <source>D&amp;iscard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="159"/>
        <source>Drop this change; it will be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="164"/>
        <source>%1: this activity was changed on the portal after you opened it. Which version should stay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="167"/>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="168"/>
        <source>Send your change over the portal&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="170"/>
        <source>&amp;Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="171"/>
        <source>Drop your change and keep what the portal has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="188"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="188"/>
        <source>On the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="188"/>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="209"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="222"/>
        <source>Discard change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="223"/>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>QCoreApplication</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="33"/>
        <source>LayoutTemplates</source>
        <comment>Documentation: complete example (§5.13)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickEdit</name>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="76"/>
        <source>In 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="77"/>
        <source>Tomorrow, 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="78"/>
        <source>Next Monday, 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="161"/>
        <source>Default (yellow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="162"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="163"/>
        <source>Turquoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="164"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="165"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="166"/>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="167"/>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="168"/>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="194"/>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="214"/>
        <source>&amp;Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="227"/>
        <source>No users loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="236"/>
        <source>&amp;Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="243"/>
        <source>&amp;Pick date and time…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersBox</name>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="50"/>
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
</context>
<context>
    <name>SegmentedModel</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/model.py" line="199"/>
        <source>expanded</source>
        <extracomment>Inserts (runs of new rows between the same two old rows) per group and slice before a layout change is used instead. counters the headers show; updated together with their ``dataChanged``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/model.py" line="199"/>
        <source>collapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/model.py" line="200"/>
        <source>%1, %2 activities, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/model.py" line="202"/>
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
    <name>TimelineDelegate</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="223"/>
        <source>Click to change the colour</source>
        <extracomment>Hot zone names (``hot_zone_at``, ``hotZoneClicked``); the ``CardAction.path`` of the tree&apos;s hot zones. A layout tree is painted this far right so that its rail and icon meet the plain cards&apos; (``LINE_X``). Trees kept: a few screens of rows (few, so that the garbage collector&apos;s young generation stays small while scrolling; layout cards&apos; heights are kept apart, see ``HEIGHT_CACHE``). Layout-card heights kept (one per row and width; cleared past this). Row heights of layout cards: ``id(card)`` → (card, width, height); survives the tree LRU.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="224"/>
        <source>Click to change the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="225"/>
        <source>Click to change the responsible person</source>
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
        <location filename="../../desktop_app/ui/timeline/cards.py" line="164"/>
        <source>(no subject)</source>
        <extracomment>A total order over rows; smaller sorts first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="166"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="167"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="168"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="169"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="172"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="173"/>
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="174"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="175"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="177"/>
        <source>To-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="179"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="180"/>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="181"/>
        <source>Outgoing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="184"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="185"/>
        <source>Incoming e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="186"/>
        <source>Outgoing e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="188"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="189"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="190"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="191"/>
        <source>deadline {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="192"/>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="193"/>
        <source>responsible: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="194"/>
        <source>no responsible user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="195"/>
        <source>{kind} “{subject}”, {state}, {deadline}, {responsible}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="197"/>
        <source>{kind} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="198"/>
        <source>Deadline: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="199"/>
        <source>Responsible: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="113"/>
        <source>Select a lead, deal, contact or company</source>
        <extracomment>The entity whose unfiltered (cached) timeline the cards show, else None. The last card menu / quick-edit popup shown (kept for tests and to close it on reload).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="121"/>
        <source>New &amp;todo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="123"/>
        <source>Plan a todo in this timeline (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="126"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="128"/>
        <source>Load the timeline again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="146"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="248"/>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="279"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="257"/>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="290"/>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="298"/>
        <source>Could not load the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="283"/>
        <source>Showing what was seen at %1; updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="293"/>
        <source>Offline — showing what was seen at %1. Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="300"/>
        <source>Could not update; showing what was seen at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/timeline/panel.py" line="373"/>
        <source>%n activities match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="374"/>
        <source>No activities match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="376"/>
        <source>No activities yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="378"/>
        <source>%1 activities shown; scroll for older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="380"/>
        <source>%1 activities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoForm</name>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="101"/>
        <source>Deadline</source>
        <extracomment>Todo palette (server-behaviour.md §4.9), ``None`` = default.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="104"/>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="105"/>
        <source>Pick a deadline date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="120"/>
        <source>What needs to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="124"/>
        <source>Details (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="136"/>
        <source>Default colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="136"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="136"/>
        <source>Turquoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="136"/>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="137"/>
        <source>Olive green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="137"/>
        <source>Violet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="137"/>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="137"/>
        <source>Rose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="161"/>
        <source>&amp;Deadline*</source>
        <extracomment>Reminders: the portal&apos;s presets, other minutes, and the keep/set choice when unknown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="162"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="163"/>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="164"/>
        <source>&amp;Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="165"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="166"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="168"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="171"/>
        <location filename="../../desktop_app/ui/todo_form.py" line="295"/>
        <source>Create the todo (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="172"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="227"/>
        <source>New todo for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="270"/>
        <source>Edit todo “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="271"/>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="275"/>
        <source>This todo is completed; the portal does not allow editing it (CAN_NOT_UPDATE_COMPLETED_TODO). Reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="327"/>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="354"/>
        <source>Please correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="363"/>
        <location filename="../../desktop_app/ui/todo_form.py" line="368"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="370"/>
        <source>Not saved — your input is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
