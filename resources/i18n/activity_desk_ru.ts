<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="193"/>
        <source>About Activity Desk</source>
        <translation>О программе Activity Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="195"/>
        <source>Activity Desk %1</source>
        <translation>Activity Desk %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="207"/>
        <source>Bitrix24 CRM activities on your desktop. Licence: %1.</source>
        <translation>Дела CRM Битрикс24 на вашем компьютере. Лицензия: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="209"/>
        <source>Qt %1 · PySide6 %2 · Python %3</source>
        <translation>Qt %1 · PySide6 %2 · Python %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="217"/>
        <source>Component</source>
        <translation>Компонент</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="217"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="217"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="218"/>
        <source>Used for</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="231"/>
        <source>Qt and PySide6 are used under the GNU LGPL version 3; you may replace them with your own build.</source>
        <translation>Qt и PySide6 используются по лицензии GNU LGPL версии 3; вы можете заменить их собственной сборкой.</translation>
    </message>
</context>
<context>
    <name>ActivityController</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/activity_controller.py" line="182"/>
        <source>%n change(s) from your last session are being sent.</source>
        <extracomment>The details pane&apos;s files: listed, downloaded and opened (:class:`DetailsDownloads`). Why changes cannot be saved in this session (its store could not be opened), else ``None``. The session&apos;s live updates (polled while the application is active), else ``None``. Outbox → cards (:class:`OutboxCards`); its signals are re-emitted by this controller. Bulk actions (the timeline&apos;s :class:`~desktop_app.ui.bulk_actions.BulkController`). Configurable activities: changed through their application, not the outbox (:mod:`.configurable_changes`). The forms&apos; files: the portal&apos;s listed when editing, downloaded / opened (:class:`FormFiles`).</extracomment>
        <translation>
            <numerusform>%n изменение с прошлого сеанса отправляется.</numerusform>
            <numerusform>%n изменения с прошлого сеанса отправляются.</numerusform>
            <numerusform>%n изменений с прошлого сеанса отправляются.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="202"/>
        <source>Your local database %1 is in use by another running copy of Activity Desk. Close the other copy, then restart Activity Desk.</source>
        <translation>Локальная база данных %1 занята другой запущенной копией Activity Desk. Закройте другую копию и перезапустите Activity Desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="205"/>
        <source>Your local database %1 was written by a newer version of Activity Desk and is left untouched. Update Activity Desk to use it (changes it holds are sent then).</source>
        <translation>Локальная база данных %1 записана более новой версией Activity Desk и оставлена без изменений. Обновите Activity Desk, чтобы пользоваться ею (сохранённые в ней изменения тогда будут отправлены).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="208"/>
        <source>Your local database %1 cannot be opened (%2). Check that its folder is writable and the disk is not full, then restart Activity Desk.</source>
        <translation>Не удаётся открыть локальную базу данных %1 (%2). Проверьте, что в её папку можно записывать и диск не заполнен, затем перезапустите Activity Desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="211"/>
        <source>Until then you can browse the portal, but changes cannot be saved.</source>
        <translation>До тех пор портал можно просматривать, но изменения сохранить нельзя.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="309"/>
        <location filename="../../desktop_app/ui/activity_controller.py" line="369"/>
        <source>This kind of activity is edited in the application that created it.</source>
        <translation>Такое дело редактируется в приложении, которое его создало.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="317"/>
        <source>Select a lead, deal, contact or company first.</source>
        <translation>Сначала выберите лид, сделку, контакт или компанию.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="329"/>
        <location filename="../../desktop_app/ui/form_submissions.py" line="114"/>
        <source>This change can no longer be made: %1</source>
        <translation>Это изменение уже невозможно: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="374"/>
        <source>Delete activity</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_controller.py" line="375"/>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Удалить «%1»? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_submissions.py" line="65"/>
        <source>To-do “%1” saved; sending it to the portal.</source>
        <translation>Дело «%1» сохранено и отправляется на портал.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/form_submissions.py" line="86"/>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="100"/>
        <source>What it is about</source>
        <translation>О чём это дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="115"/>
        <source>Already done</source>
        <extracomment>Start / end: typed text, calendar, quick choices, in the portal user&apos;s zone (:class:`DateTimeEdit`).</extracomment>
        <translation>Уже выполнено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="136"/>
        <source>&amp;Save</source>
        <extracomment>Files to attach (and, editing, the portal&apos;s files); files dropped on the form land here.</extracomment>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="138"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="203"/>
        <source>Edit activity in %1</source>
        <translation>Изменить дело в «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="203"/>
        <source>New call, meeting or e-mail for %1</source>
        <translation>Новый звонок, встреча или письмо для «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="278"/>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation>Сохранить изменения (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="279"/>
        <source>Edit “%1”</source>
        <translation>Изменить «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="353"/>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="385"/>
        <source>Please correct the marked fields.</source>
        <translation>Исправьте отмеченные поля.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="394"/>
        <source>Not saved — your input is kept.</source>
        <translation>Не сохранено — введённые данные не потеряны.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="402"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="457"/>
        <source>No contact of this entity has a matching phone or e-mail.</source>
        <translation>Ни у одного контакта этого объекта нет подходящего телефона или e-mail.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="466"/>
        <source>The portal sends this e-mail when it is saved as completed; this cannot be undone.</source>
        <translation>Портал отправит это письмо, когда оно будет сохранено как завершённое; это нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form.py" line="468"/>
        <source>This records the e-mail in the timeline; the portal does not send it.</source>
        <translation>Письмо будет записано в таймлайн; портал его не отправляет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="17"/>
        <source>Type</source>
        <extracomment>Built-in labels, used where ``crm.activity.fields`` gives no title.</extracomment>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="17"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="18"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="18"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="19"/>
        <source>Priority</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="19"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="20"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="20"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="21"/>
        <source>Description format</source>
        <translation>Формат описания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="22"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="22"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="23"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="23"/>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="24"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="28"/>
        <source>Meeting</source>
        <extracomment>Fallback names of the enum choices, per combo box.</extracomment>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="28"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="29"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="30"/>
        <source>Not set</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="30"/>
        <source>Incoming</source>
        <translation>Входящее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="31"/>
        <source>Outgoing</source>
        <translation>Исходящее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="32"/>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="32"/>
        <source>Medium</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="33"/>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="34"/>
        <source>Plain text</source>
        <translation>Обычный текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="34"/>
        <source>BB code</source>
        <translation>BB-код</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/activity_form_texts.py" line="35"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
</context>
<context>
    <name>ActivityListView</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/views.py" line="154"/>
        <source>%n activities</source>
        <extracomment>MIME type of dragged cards: ``b&quot;12,15,99&quot;`` (activity ids).</extracomment>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivitySource</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="62"/>
        <source>Overdue</source>
        <extracomment>Rows whose display texts are kept (a few screens of rows). per group, the sorted keys passing the filter (the same lists as ``rows.keys`` when blank).</extracomment>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="62"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="62"/>
        <source>Tomorrow</source>
        <translation>Завтра</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="62"/>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="63"/>
        <source>Next week</source>
        <translation>На следующей неделе</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="63"/>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="63"/>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="178"/>
        <source>No deadline</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="64"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="64"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="65"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="65"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="66"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="66"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="67"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="67"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="170"/>
        <source>Item</source>
        <translation>Элемент</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="178"/>
        <source>Incoming</source>
        <translation>Входящее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="188"/>
        <source>Activity</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/source.py" line="190"/>
        <source>To-do</source>
        <translation>Дело</translation>
    </message>
</context>
<context>
    <name>AddBadgeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="30"/>
        <source>Add a badge</source>
        <translation>Добавить бейдж</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="34"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="35"/>
        <source>e.g. paymentOverdue</source>
        <translation>например, paymentOverdue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="38"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="41"/>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="66"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="44"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="49"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="55"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="56"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="57"/>
        <source>&amp;Value:</source>
        <translation>&amp;Значение:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="58"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="59"/>
        <source>Preview:</source>
        <translation>Предпросмотр:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="76"/>
        <source>Enter a code, e.g. paymentOverdue.</source>
        <translation>Введите код, например paymentOverdue.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="79"/>
        <source>The portal already has a badge “%1”; choose another code.</source>
        <translation>На портале уже есть бейдж «%1»; выберите другой код.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="83"/>
        <source>Enter a title.</source>
        <translation>Введите название.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="86"/>
        <source>Enter the value shown in the badge.</source>
        <translation>Введите значение, которое показывает бейдж.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_badge_dialog.py" line="92"/>
        <source>Sending to the portal…</source>
        <translation>Отправка на портал…</translation>
    </message>
</context>
<context>
    <name>AddTypeDialog</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="39"/>
        <source>Add an activity type</source>
        <extracomment>Largest picture previewed (pixels); the portal judges the file itself.</extracomment>
        <translation>Добавить тип дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="45"/>
        <source>Type ID</source>
        <translation>ID типа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="46"/>
        <source>e.g. ERP_SYNC</source>
        <translation>например, ERP_SYNC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="49"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="50"/>
        <source>&amp;Configurable (used by configurable activities)</source>
        <translation>На&amp;страиваемый (для настраиваемых дел)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="55"/>
        <source>Icon file</source>
        <translation>Файл значка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="56"/>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="61"/>
        <source>No icon</source>
        <translation>Без значка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="57"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="59"/>
        <source>Choose an icon file</source>
        <translation>Выбрать файл значка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="63"/>
        <source>Remove the icon</source>
        <translation>Убрать значок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="69"/>
        <source>Icon preview</source>
        <translation>Предпросмотр значка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="83"/>
        <source>&amp;Type ID:</source>
        <translation>&amp;Идентификатор типа:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="84"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="86"/>
        <source>&amp;Icon:</source>
        <translation>&amp;Значок:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="97"/>
        <source>Choose an icon</source>
        <translation>Выбор значка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="98"/>
        <source>Images (*.png *.jpg *.jpeg *.gif);;All files (*)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.gif);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="156"/>
        <source>Enter a type ID, e.g. ERP_SYNC.</source>
        <translation>Введите идентификатор типа, например ERP_SYNC.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="159"/>
        <source>“%1” is already one of this application&apos;s types; choose another ID.</source>
        <translation>«%1» уже есть среди типов этого приложения; выберите другой идентификатор.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="171"/>
        <source>Sending to the portal…</source>
        <translation>Отправка на портал…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/add_type_dialog.py" line="170"/>
        <source>The portal does not have it; Save sends it again.</source>
        <translation>На портале его нет; «Сохранить» отправит его снова.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/app.py" line="151"/>
        <source>Activity Desk cannot start: the file {name} is missing ({path}).

The installation is incomplete. Please reinstall Activity Desk.</source>
        <extracomment>What ``--show`` can put on screen for ``--screenshot``. Files of resources/ (desktop_app/resource_paths.py) checked at start: a partial install says so in a dialog instead of starting without them. Translations are optional (English is built in).</extracomment>
        <translation>Activity Desk не может запуститься: нет файла {name} ({path}).

Установка неполная. Переустановите Activity Desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/app.py" line="159"/>
        <source>Activity Desk</source>
        <translation>Activity Desk</translation>
    </message>
</context>
<context>
    <name>AppCards</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/app_cards.py" line="57"/>
        <source>Configurable activity from a &amp;template…</source>
        <translation>Настраиваемое дело по &amp;шаблону…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/app_cards.py" line="59"/>
        <source>Open the layout editor: choose a template, then Portal → Create on portal…</source>
        <translation>Открыть редактор макетов: выберите шаблон, затем Портал → Создать на портале…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/app_cards.py" line="136"/>
        <source>Choose a template (File → New from template) or write a layout, then Portal → Create on portal…</source>
        <translation>Выберите шаблон (Файл → Создать из шаблона) или напишите макет, затем Портал → Создать на портале…</translation>
    </message>
</context>
<context>
    <name>AppFeatures</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/availability.py" line="41"/>
        <source>Needs an application connection (OAuth): this portal is connected by an incoming webhook only.</source>
        <extracomment>Every value of ``needs`` the menu accepts.</extracomment>
        <translation>Нужно подключение через приложение (OAuth): этот портал подключён только входящим вебхуком.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/availability.py" line="44"/>
        <source>The portal cannot be reached now; this comes back when it answers again.</source>
        <translation>Портал сейчас недоступен; это вернётся, когда он снова ответит.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/availability.py" line="46"/>
        <source>The application connection has to be renewed: connect the application again (Portal → Connect a portal… → the Application (OAuth) tab).</source>
        <translation>Подключение через приложение нужно обновить: подключите приложение заново (Портал → Подключить портал… → вкладка «Приложение (OAuth)»).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/availability.py" line="48"/>
        <source>Not available for this connection.</source>
        <translation>Недоступно для этого подключения.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/availability.py" line="53"/>
        <source>Connect a portal first.</source>
        <translation>Сначала подключите портал.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/availability.py" line="58"/>
        <source>Only a portal administrator can do this; your Bitrix24 user is not one.</source>
        <translation>Это может сделать только администратор портала; ваш пользователь Битрикс24 им не является.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/availability.py" line="70"/>
        <source>Your permissions could not be checked: %1</source>
        <translation>Не удалось проверить ваши права: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/availability.py" line="71"/>
        <source>Checking your permissions on the portal…</source>
        <translation>Проверка ваших прав на портале…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/fields.py" line="76"/>
        <source>The icon file is empty.</source>
        <extracomment>What an application call may raise that the dialogs tell the user (anything else is a bug: the window&apos;s task registry logs it and says so).</extracomment>
        <translation>Файл значка пуст.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/fields.py" line="78"/>
        <source>The icon file cannot be read; choose another file.</source>
        <translation>Не удаётся прочитать файл значка; выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/fields.py" line="82"/>
        <source>The icon file is too large: %1 KiB; at most %2 KiB is accepted.</source>
        <translation>Файл значка слишком большой: %1 КиБ; допускается не более %2 КиБ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/fields.py" line="84"/>
        <source>The icon file is too large; at most %1 KiB is accepted.</source>
        <translation>Файл значка слишком большой; допускается не более %1 КиБ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/fields.py" line="85"/>
        <source>The icon is not a PNG, JPEG or GIF image; choose an image file.</source>
        <translation>Значок не является изображением PNG, JPEG или GIF; выберите файл изображения.</translation>
    </message>
</context>
<context>
    <name>ApplicationConnectTab</name>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="74"/>
        <source>Register a local application in your portal (Developer resources → Other → Local application, with the crm and user scopes) and enter the redirect URI below as its handler address. Then enter its client id and client secret and authorize Activity Desk in your browser.</source>
        <translation>Зарегистрируйте на портале локальное приложение (Разработчикам → Другое → Локальное приложение, с правами crm и user) и укажите URI перенаправления, показанный ниже, как путь его обработчика. Затем введите код приложения (client_id) и ключ приложения (client_secret) и разрешите доступ Activity Desk в браузере.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="82"/>
        <location filename="../../desktop_app/ui/connect_application.py" line="310"/>
        <source>Portal address</source>
        <translation>Адрес портала</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="87"/>
        <location filename="../../desktop_app/ui/connect_application.py" line="310"/>
        <source>Client id</source>
        <translation>Код приложения (client_id)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="92"/>
        <location filename="../../desktop_app/ui/connect_application.py" line="311"/>
        <source>Client secret</source>
        <translation>Ключ приложения (client_secret)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="98"/>
        <location filename="../../desktop_app/ui/connect_application.py" line="311"/>
        <source>Redirect port</source>
        <translation>Порт перенаправления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="103"/>
        <source>Redirect URI to register in the portal</source>
        <translation>URI перенаправления для регистрации на портале</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="104"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="106"/>
        <source>Copy the redirect URI</source>
        <translation>Скопировать URI перенаправления</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="112"/>
        <source>&amp;Authorize in browser</source>
        <translation>Авторизоваться в &amp;браузере</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="115"/>
        <source>Cancel authorization</source>
        <translation>Отменить авторизацию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="127"/>
        <source>Address the browser ended on, or the code</source>
        <translation>Адрес, на котором остановился браузер, или код</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="128"/>
        <source>Use</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="130"/>
        <source>Use the pasted address or code</source>
        <translation>Применить вставленный адрес или код</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="139"/>
        <source>&amp;Portal address:</source>
        <translation>&amp;Адрес портала:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="141"/>
        <source>Client &amp;id:</source>
        <translation>&amp;Код приложения (client_id):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="143"/>
        <source>Client &amp;secret:</source>
        <translation>К&amp;люч приложения (client_secret):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="145"/>
        <source>Redirect p&amp;ort:</source>
        <translation>По&amp;рт перенаправления:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="150"/>
        <source>Redirect URI:</source>
        <translation>URI перенаправления:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="158"/>
        <source>…or paste the address the browser ended on (or the code):</source>
        <translation>…или вставьте адрес, на котором остановился браузер (или код):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="229"/>
        <source>Checking the portal…</source>
        <translation>Проверка портала…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="252"/>
        <source>Waiting for the portal&apos;s answer in your browser… Allow access there; if the browser cannot come back to Activity Desk, paste the address it ended on below.</source>
        <translation>Ожидание ответа портала в браузере… Разрешите там доступ; если браузер не может вернуться в Activity Desk, вставьте ниже адрес, на котором он остановился.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="256"/>
        <source>No browser could be opened. Open this address in a browser yourself: %1</source>
        <translation>Не удалось открыть браузер. Откройте этот адрес в браузере сами: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="259"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="266"/>
        <source>No answer came back from the portal&apos;s sign-in page (it was closed, or the browser could not reach Activity Desk). Nothing was saved. Authorize again, or paste the address the browser shows.</source>
        <translation>Со страницы входа портала не пришло ответа (её закрыли, или браузер не смог связаться с Activity Desk). Ничего не сохранено. Авторизуйтесь снова или вставьте адрес, который показывает браузер.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="273"/>
        <source>The portal refused this client id or client secret (invalid_client). Copy both again from the application&apos;s settings in the portal.</source>
        <translation>Портал не принял код приложения (client_id) или ключ приложения (client_secret) (invalid_client). Скопируйте оба значения заново из настроек приложения на портале.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="277"/>
        <source>The authorization code expired or was already used (%1). Nothing was saved; authorize again.</source>
        <translation>Код авторизации истёк или уже использован (%1). Ничего не сохранено; авторизуйтесь снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="285"/>
        <source>Authorization cancelled; nothing was saved.</source>
        <translation>Авторизация отменена; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="288"/>
        <source>Connecting failed (%1); nothing was saved.</source>
        <translation>Не удалось подключиться (%1); ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="298"/>
        <source>The answer does not belong to this sign-in attempt (state does not match), so it was refused and nothing was saved. Authorize again.</source>
        <translation>Ответ не относится к этой попытке входа (state не совпадает), поэтому он отклонён и ничего не сохранено. Авторизуйтесь снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="300"/>
        <source>The portal&apos;s answer was refused: %1 Nothing was saved.</source>
        <translation>Ответ портала отклонён: %1 Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="312"/>
        <source>Pasted address or code</source>
        <translation>Вставленный адрес или код</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_application.py" line="313"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="95"/>
        <source>Attached files</source>
        <translation>Прикреплённые файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="96"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="98"/>
        <source>Attach files (or drop them on the form); at most %1 files of %2 each</source>
        <translation>Прикрепите файлы (или перетащите их на форму); не более %1 файлов по %2 каждый</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="100"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="102"/>
        <source>Download…</source>
        <translation>Скачать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="104"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="108"/>
        <source>No files. Add some, or drop them on the form.</source>
        <translation>Файлов нет. Добавьте их или перетащите на форму.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="180"/>
        <source>The files could not be listed: %1</source>
        <translation>Не удалось получить список файлов: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="181"/>
        <source>Loading the files…</source>
        <translation>Загрузка файлов…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="222"/>
        <source>%1 will be removed from the portal when you save.</source>
        <translation>%1 будет удалён с портала при сохранении.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="232"/>
        <source>Add files</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="276"/>
        <source>Save the file as</source>
        <translation>Сохранить файл как</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="314"/>
        <source>%1 (%2, to upload)</source>
        <translation>%1 (%2, будет загружен)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="317"/>
        <source>File %1</source>
        <translation>Файл %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="322"/>
        <source>%1 is not attached: it is larger than the limit of %2 per file.</source>
        <translation>%1 не прикреплён: он больше ограничения в %2 на файл.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="325"/>
        <source>%1 is not attached: at most %2 files can be attached at once.</source>
        <translation>%1 не прикреплён: за один раз можно прикрепить не более %2 файлов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="328"/>
        <source>%1 is not attached: the file is empty.</source>
        <translation>%1 не прикреплён: файл пуст.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="330"/>
        <source>%1 is not attached: it is not a file (a folder?).</source>
        <translation>%1 не прикреплён: это не файл (папка?).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="332"/>
        <source>%1 is not attached: it cannot be read (%2).</source>
        <translation>%1 не прикреплён: его не удаётся прочитать (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="333"/>
        <source>%1 is not attached: it cannot be read.</source>
        <translation>%1 не прикреплён: его не удаётся прочитать.</translation>
    </message>
</context>
<context>
    <name>BadgePill</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/badge_pill.py" line="28"/>
        <source>Success (green)</source>
        <extracomment>The badge types in the order offered (:class:`~desktop_app.bitrix.badges.BadgeType`, api-spec.md §4.13). The badge type (``success``…) of a row, for :class:`PillDelegate`.</extracomment>
        <translation>Успех (зелёный)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badge_pill.py" line="29"/>
        <source>Failure (red)</source>
        <translation>Ошибка (красный)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badge_pill.py" line="30"/>
        <source>Warning (yellow)</source>
        <translation>Предупреждение (жёлтый)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badge_pill.py" line="31"/>
        <source>Primary (blue)</source>
        <translation>Основной (синий)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badge_pill.py" line="32"/>
        <source>Secondary (grey)</source>
        <translation>Дополнительный (серый)</translation>
    </message>
</context>
<context>
    <name>BadgesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="94"/>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="96"/>
        <source>Badges</source>
        <translation>Бейджи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="95"/>
        <source>Badges show on a CRM item&apos;s kanban card while an open configurable activity names it.</source>
        <translation>Бейдж показывается на карточке элемента CRM в канбане, пока на него ссылается открытое настраиваемое дело.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="97"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="97"/>
        <source>Add a badge</source>
        <translation>Добавить бейдж</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="98"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="98"/>
        <source>Delete the selected badge</source>
        <translation>Удалить выбранный бейдж</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="99"/>
        <source>&amp;Reload</source>
        <translation>&amp;Перезагрузить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="99"/>
        <source>Reload the badges</source>
        <translation>Загрузить бейджи заново</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="100"/>
        <source>Loading the badges…</source>
        <translation>Загрузка бейджей…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="120"/>
        <source>%n badge(s).</source>
        <translation>
            <numerusform>%n бейдж.</numerusform>
            <numerusform>%n бейджа.</numerusform>
            <numerusform>%n бейджей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="121"/>
        <source>The portal has no badges yet.</source>
        <translation>На портале пока нет бейджей.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="144"/>
        <source>Register a new badge</source>
        <translation>Зарегистрировать новый бейдж</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="146"/>
        <source>Select a badge first.</source>
        <translation>Сначала выберите бейдж.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="147"/>
        <source>Delete the selected badge from the portal</source>
        <translation>Удалить выбранный бейдж с портала</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="101"/>
        <source>Delete a badge</source>
        <translation>Удаление бейджа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="102"/>
        <source>Delete the badge “%1” from the portal? Kanban cards stop showing it.</source>
        <translation>Удалить бейдж «%1» с портала? Карточки канбана перестанут его показывать.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="103"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="104"/>
        <source>Deleting “%1”…</source>
        <translation>Удаление «%1»…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="105"/>
        <source>“%1” was not deleted: %2</source>
        <translation>«%1» не удалён: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="106"/>
        <source>The list is read again to see whether the portal did it.</source>
        <translation>Список загружается заново, чтобы проверить, выполнил ли это портал.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="107"/>
        <source>“%1” was deleted.</source>
        <translation>«%1» удалён.</translation>
    </message>
</context>
<context>
    <name>BadgesModel</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="70"/>
        <source>Code</source>
        <extracomment>The :class:`Badge` of a row (any column).</extracomment>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="70"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="70"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/badges_dialog.py" line="70"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>BindingsPanel</name>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="55"/>
        <source>Lead</source>
        <extracomment>``search(entity_type_id, text)`` → ``[(entity id, display name), …]``, e.g. :meth:`DetailsService.search_entities &lt;desktop_app.services.details.DetailsService.search_entities&gt;`. Milliseconds of typing pause before the search callback runs. Singular names of the CRM entity types (api-spec.md §3.2), for translation.</extracomment>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="56"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="57"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="58"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="66"/>
        <source>Type %1</source>
        <translation>Тип %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="97"/>
        <source>Bindings</source>
        <translation>Привязки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="104"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="106"/>
        <source>Show this activity in another entity&apos;s timeline too</source>
        <translation>Показывать это дело также в таймлайне другого объекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="108"/>
        <source>&amp;Move…</source>
        <translation>&amp;Перенести…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="111"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="126"/>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="376"/>
        <source>Entity type</source>
        <translation>Тип объекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="130"/>
        <source>Name or ID</source>
        <translation>Название или ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="131"/>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="377"/>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="378"/>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="136"/>
        <source>Matching entities</source>
        <translation>Подходящие объекты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="148"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="222"/>
        <source>%1: %2 (#%3)</source>
        <translation>%1: %2 (#%3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="223"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="228"/>
        <source>Move the activity from this entity&apos;s timeline to another entity of the same type</source>
        <translation>Перенести дело из таймлайна этого объекта к другому объекту того же типа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="234"/>
        <source>This is the activity&apos;s only binding: an activity always stays in at least one timeline. Add another binding first, or move this one.</source>
        <translation>Это единственная привязка дела: дело всегда остаётся хотя бы в одном таймлайне. Сначала добавьте другую привязку или перенесите эту.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="237"/>
        <source>Remove the activity from this entity&apos;s timeline</source>
        <translation>Убрать дело из таймлайна этого объекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="257"/>
        <source>Move from %1 to:</source>
        <translation>Перенести из «%1» в:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="259"/>
        <source>Move &amp;here</source>
        <translation>Перенести &amp;сюда</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="261"/>
        <source>Bind to:</source>
        <translation>Привязать к:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="262"/>
        <source>&amp;Bind</source>
        <translation>&amp;Привязать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="330"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="381"/>
        <source>pick one from the list or type its ID.</source>
        <translation>выберите объект из списка или введите его ID.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="382"/>
        <source>only leads, deals, contacts and companies can be bound here.</source>
        <translation>здесь можно привязать только лиды, сделки, контакты и компании.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="383"/>
        <source>the activity is already bound to this entity.</source>
        <translation>дело уже привязано к этому объекту.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="384"/>
        <source>an activity can be bound to at most 100 entities.</source>
        <translation>дело можно привязать не более чем к 100 объектам.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="385"/>
        <source>the activity is not bound to this entity.</source>
        <translation>дело не привязано к этому объекту.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="386"/>
        <source>the last binding of an activity cannot be removed; add another first.</source>
        <translation>последнюю привязку дела удалить нельзя; сначала добавьте другую.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="387"/>
        <source>a binding can only move to an entity of the same type; to change the type, add the new binding, then remove the old one.</source>
        <translation>привязку можно перенести только к объекту того же типа; чтобы сменить тип, добавьте новую привязку, затем удалите старую.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bindings_panel.py" line="389"/>
        <source>pick an entity other than the one it is bound to now.</source>
        <translation>выберите объект, отличный от того, к которому дело привязано сейчас.</translation>
    </message>
</context>
<context>
    <name>BulkActionsBar</name>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="184"/>
        <source>&amp;Complete</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="187"/>
        <source>Re&amp;assign</source>
        <translation>Сменить &amp;ответственного</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="191"/>
        <source>&amp;Move deadline</source>
        <translation>Перенести &amp;срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="194"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="213"/>
        <source>Bulk change progress</source>
        <translation>Ход массового изменения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="214"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="251"/>
        <source>%n selected</source>
        <translation>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="253"/>
        <source>&amp;Complete %n activities</source>
        <translation>
            <numerusform>&amp;Завершить %n дело</numerusform>
            <numerusform>&amp;Завершить %n дела</numerusform>
            <numerusform>&amp;Завершить %n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="254"/>
        <source>Re&amp;assign %n activities</source>
        <translation>
            <numerusform>Сменить &amp;ответственного у %n дела</numerusform>
            <numerusform>Сменить &amp;ответственного у %n дел</numerusform>
            <numerusform>Сменить &amp;ответственного у %n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="255"/>
        <source>&amp;Move %n deadlines</source>
        <translation>
            <numerusform>Перенести &amp;срок у %n дела</numerusform>
            <numerusform>Перенести &amp;сроки у %n дел</numerusform>
            <numerusform>Перенести &amp;сроки у %n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="256"/>
        <source>De&amp;lete %n activities…</source>
        <translation>
            <numerusform>&amp;Удалить %n дело…</numerusform>
            <numerusform>&amp;Удалить %n дела…</numerusform>
            <numerusform>&amp;Удалить %n дел…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="262"/>
        <source>Only the application that created these activities can change them.</source>
        <translation>Изменить эти дела может только приложение, которое их создало.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="303"/>
        <source>+1 &amp;day</source>
        <translation>+1 &amp;день</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="306"/>
        <source>+1 &amp;week</source>
        <translation>+1 &amp;неделя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="310"/>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Выбрать дату…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="333"/>
        <source>Delete activities</source>
        <translation>Удалить дела</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="334"/>
        <source>Delete %n selected activities? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n выбранное дело? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n выбранных дела? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n выбранных дел? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkController</name>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="115"/>
        <source>Wait until the current bulk change has finished, or cancel it.</source>
        <extracomment>Said (``refused``) when a bulk is asked for without a service because changes cannot be saved.</extracomment>
        <translation>Дождитесь окончания текущего массового изменения или отмените его.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="120"/>
        <source>Not changed: %1 %2</source>
        <translation>Не изменено: %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="124"/>
        <source>Not changed: %1</source>
        <translation>Не изменено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="145"/>
        <source>Completed %1 of %2</source>
        <translation>Завершено %1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="146"/>
        <source>Reassigned %1 of %2</source>
        <translation>Ответственный сменён: %1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="147"/>
        <source>Moved %1 of %2</source>
        <translation>Перенесено %1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="148"/>
        <source>Deleted %1 of %2</source>
        <translation>Удалено %1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="152"/>
        <source>%1 cancelled</source>
        <translation>отменено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="154"/>
        <source>%1 failed</source>
        <translation>с ошибкой: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/bulk_actions.py" line="156"/>
        <source>%1 still sending</source>
        <translation>ещё отправляется: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/bulk_actions.py" line="163"/>
        <source>%n activities were left as they are: only their application can change them</source>
        <translation>
            <numerusform>%n дело оставлено как есть: изменить его может только его приложение</numerusform>
            <numerusform>%n дела оставлены как есть: изменить их может только их приложение</numerusform>
            <numerusform>%n дел оставлены как есть: изменить их может только их приложение</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardAction</name>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="42"/>
        <source>no parameters</source>
        <translation>без параметров</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="53"/>
        <source>(not a scalar)</source>
        <translation>(не скалярное значение)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="95"/>
        <source>{label}: opens a link, but the action has no uri.</source>
        <translation>{label}: открывает ссылку, но у действия нет uri.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="97"/>
        <source>in a new browser tab</source>
        <translation>в новой вкладке браузера</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="99"/>
        <source>in a slider of the portal</source>
        <translation>в слайдере портала</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="101"/>
        <source>on the portal</source>
        <translation>на портале</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="102"/>
        <source>{label}: opens {uri} {how}.</source>
        <translation>{label}: открывает {uri} {how}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="106"/>
        <source>{label}: sends the event onCrmTimelineItemAction to the app with id “{id}” and {params}</source>
        <translation>{label}: отправляет приложению событие onCrmTimelineItemAction с id «{id}» и {params}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="112"/>
        <source>; the card is blocked with a loader until the app updates it</source>
        <translation>; карточка блокируется индикатором загрузки, пока приложение её не обновит</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="114"/>
        <source>; the button is disabled until the app updates the card</source>
        <translation>; кнопка неактивна, пока приложение не обновит карточку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="117"/>
        <source>{label}: opens the app in a slider with {params}</source>
        <translation>{label}: открывает приложение в слайдере с {params}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="122"/>
        <source> (slider: {params})</source>
        <translation> (слайдер: {params})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="123"/>
        <source>; not available in the mobile app.</source>
        <translation>; недоступно в мобильном приложении.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="125"/>
        <source>{label}: opens the menu.</source>
        <translation>{label}: открывает меню.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="126"/>
        <source>{label}: shows the whole text.</source>
        <translation>{label}: показывает текст целиком.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="127"/>
        <source>{label}: collapses the text.</source>
        <translation>{label}: сворачивает текст.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="128"/>
        <source>{label}: opens a calendar to change the deadline (the portal does it).</source>
        <translation>{label}: открывает календарь для смены крайнего срока (это делает портал).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="129"/>
        <source>{label}: opens a note editor (the portal stores the note).</source>
        <translation>{label}: открывает редактор заметки (заметку хранит портал).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="130"/>
        <source>{label}: pins the activity at the top of the timeline (the portal does it).</source>
        <translation>{label}: закрепляет дело вверху таймлайна (это делает портал).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="131"/>
        <source>{label}: postpones the deadline (the portal does it).</source>
        <translation>{label}: откладывает крайний срок (это делает портал).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="132"/>
        <source>{label}: deletes the activity after a confirmation (the portal does it).</source>
        <translation>{label}: удаляет дело после подтверждения (это делает портал).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="133"/>
        <source>{label}: shows the app that created this activity.</source>
        <translation>{label}: показывает приложение, создавшее это дело.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="134"/>
        <source>{label}: marks the activity completed (the portal does it).</source>
        <translation>{label}: отмечает дело завершённым (это делает портал).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="135"/>
        <source>{label}: opens the to-do&apos;s colours.</source>
        <translation>{label}: открывает выбор цвета дела.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="136"/>
        <source>{label}: opens the list of users to pick the responsible person.</source>
        <translation>{label}: открывает список пользователей для выбора ответственного.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/actions.py" line="137"/>
        <source>{label}: the action has no valid type; the portal does nothing.</source>
        <translation>{label}: у действия нет допустимого типа; портал ничего не делает.</translation>
    </message>
</context>
<context>
    <name>CardButtons</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="55"/>
        <source>(not a scalar)</source>
        <translation>(не скалярное значение)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="61"/>
        <source>(no actionParams)</source>
        <translation>(без actionParams)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="71"/>
        <source>%1: the application would receive the event onCrmTimelineItemAction with:</source>
        <translation>%1: приложение получило бы событие onCrmTimelineItemAction с данными:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="74"/>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="78"/>
        <source>and the actionParams:</source>
        <translation>и actionParams:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="76"/>
        <source>%1: the portal would open the application in a slider with:</source>
        <translation>%1: портал открыл бы приложение в слайдере с данными:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="79"/>
        <source>The desktop app cannot send this to the application: only the portal&apos;s own pages can.</source>
        <translation>Настольное приложение не может отправить это приложению: это могут только страницы самого портала.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="102"/>
        <source>%1: the link was not opened: only web addresses (http or https) are opened.</source>
        <translation>%1: ссылка не открыта: открываются только веб-адреса (http или https).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="107"/>
        <source>%1: the browser could not be started for %2.</source>
        <translation>%1: не удалось запустить браузер для %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="114"/>
        <source>%1: the action has no valid type; the portal does nothing.</source>
        <translation>%1: у действия нет допустимого типа; портал ничего не делает.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/card_buttons.py" line="120"/>
        <source>Card action</source>
        <translation>Действие карточки</translation>
    </message>
</context>
<context>
    <name>CardMenu</name>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="93"/>
        <source>%n selected</source>
        <translation>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="96"/>
        <source>This activity</source>
        <translation>Это дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="98"/>
        <source>Open &amp;details</source>
        <translation>Открыть &amp;подробности</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="104"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="107"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="107"/>
        <source>&amp;Complete</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="110"/>
        <source>Un&amp;pin</source>
        <translation>О&amp;ткрепить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="110"/>
        <source>&amp;Pin</source>
        <translation>З&amp;акрепить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="112"/>
        <source>Pinned cards stay on top of this timeline (kept on this computer)</source>
        <translation>Закреплённые карточки остаются вверху таймлайна (хранится на этом компьютере)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="133"/>
        <source>Completed to-dos cannot be changed</source>
        <translation>Завершённые дела изменить нельзя</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="142"/>
        <source>Re&amp;try sending</source>
        <translation>Отправить &amp;снова</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="145"/>
        <source>Di&amp;scard my change</source>
        <translation>Отбросить &amp;моё изменение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="150"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="160"/>
        <source>Its application draws this activity from a layout: change the layout with Edit layout…</source>
        <translation>Это дело приложение рисует по макету: измените макет через «Редактировать макет…»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="162"/>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="164"/>
        <source>Only the application that created this activity can change it.</source>
        <translation>Изменить это дело может только приложение, которое его создало.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="178"/>
        <source>Edit &amp;layout…</source>
        <translation>&amp;Редактировать макет…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="180"/>
        <source>Open the layout in the layout editor and update the activity on the portal</source>
        <translation>Открыть макет в редакторе макетов и обновить дело на портале</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="182"/>
        <source>Another application created this activity: its layout can be read, but only that application can update it</source>
        <translation>Это дело создано другим приложением: его макет можно прочитать, но обновить его может только то приложение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="187"/>
        <source>Layout &amp;blocks…</source>
        <translation>&amp;Блоки содержимого…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="189"/>
        <source>Attach the application&apos;s content blocks to this activity (crm.activity.layout.blocks.set)</source>
        <translation>Добавить к этому делу блоки содержимого приложения (crm.activity.layout.blocks.set)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_menu.py" line="201"/>
        <source>Card &amp;actions</source>
        <translation>&amp;Действия карточки</translation>
    </message>
</context>
<context>
    <name>CardTree</name>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="245"/>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="405"/>
        <source>Pinned</source>
        <extracomment>Hot zone (``CardAction.path``) → action kind. Open todos have quick edits (the portal refuses to edit completed todos).</extracomment>
        <translation>Закреплено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="280"/>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="313"/>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="443"/>
        <source>Show less</source>
        <translation>Свернуть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="280"/>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="313"/>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="444"/>
        <source>Show more</source>
        <translation>Показать полностью</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="316"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="318"/>
        <source>Icon (the to-do&apos;s colour)</source>
        <translation>Значок (цвет дела)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="318"/>
        <source>Deadline</source>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="319"/>
        <source>Responsible person</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="450"/>
        <source>(%n)</source>
        <translation>(%n)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/tree.py" line="136"/>
        <source>tomorrow, 3:00 pm</source>
        <extracomment>Layout paths marked as areas of the card (a problem of ``header.tags`` outlines the tags).</extracomment>
        <translation>завтра, 15:00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/tree.py" line="140"/>
        <source>today, 9:41 am</source>
        <translation>сегодня, 9:41</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/tree.py" line="153"/>
        <source>invalid</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/timeline_card.py" line="310"/>
        <location filename="../../desktop_app/ui/cards/tree.py" line="367"/>
        <source>Checkbox “Complete”</source>
        <translation>Флажок «Завершить»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/tree.py" line="427"/>
        <source>Application blocks (crm.activity.layout.blocks.set)</source>
        <translation>Блоки приложения (crm.activity.layout.blocks.set)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/cards/app_parts.py" line="95"/>
        <source>Application blocks</source>
        <extracomment>Badge type → (pill background, text colour). Backgrounds: api-spec.md §4.13 (sampled from the portal); texts: the portal&apos;s matching dark tones. An unknown type takes ``secondary``&apos;s.</extracomment>
        <translation>Блоки приложения</translation>
    </message>
</context>
<context>
    <name>Configurable</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="62"/>
        <source>Another application created this activity, so only that application can update it (ERROR_WRONG_APPLICATION). Nothing was changed; your text is kept in the editor.</source>
        <translation>Это дело создано другим приложением, поэтому обновить его может только то приложение (ERROR_WRONG_APPLICATION). Ничего не изменено; ваш текст остаётся в редакторе.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="66"/>
        <source>This needs an application connection (OAuth); this portal is connected by an incoming webhook only. Nothing was sent.</source>
        <translation>Для этого нужно подключение через приложение (OAuth); этот портал подключён только входящим вебхуком. Ничего не отправлено.</translation>
    </message>
</context>
<context>
    <name>ConfigurableChanges</name>
    <message>
        <location filename="../../desktop_app/ui/configurable_changes.py" line="64"/>
        <source>Only the application that created this activity can change it.</source>
        <extracomment>The session&apos;s application features (``None``: no session).</extracomment>
        <translation>Изменить это дело может только приложение, которое его создало.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/configurable_changes.py" line="76"/>
        <source>Its application draws this activity from a layout: change the layout with Edit layout… in its card&apos;s menu on the timeline.</source>
        <translation>Это дело приложение рисует по макету: измените макет через «Редактировать макет…» в меню его карточки в таймлайне.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/configurable_changes.py" line="101"/>
        <source>It is not known whether “%1” was changed: %2 The card shows what the portal holds now.</source>
        <translation>Неизвестно, изменено ли «%1»: %2 Карточка показывает то, что сейчас хранит портал.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/configurable_changes.py" line="104"/>
        <source>“%1” was not changed: %2</source>
        <translation>«%1» не изменено: %2</translation>
    </message>
</context>
<context>
    <name>ConfigurableDialog</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="114"/>
        <source>Update the activity on the portal</source>
        <translation>Обновление дела на портале</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="115"/>
        <source>Create a configurable activity</source>
        <translation>Создание настраиваемого дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="118"/>
        <source>Configurable activity (CONFIGURABLE)</source>
        <translation>Настраиваемое дело (CONFIGURABLE)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="130"/>
        <source>No badge</source>
        <translation>Без бейджа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="133"/>
        <source>C&amp;ompleted</source>
        <translation>&amp;Завершено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="146"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="147"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Крайний срок:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="148"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="149"/>
        <source>&amp;Badge:</source>
        <translation>&amp;Бейдж:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="153"/>
        <source>&amp;Update on portal</source>
        <translation>Об&amp;новить на портале</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="153"/>
        <source>&amp;Create on portal</source>
        <translation>&amp;Создать на портале</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="173"/>
        <source>Deadline: %1</source>
        <translation>Крайний срок: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="205"/>
        <source>Badge: %1</source>
        <translation>Бейдж: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="207"/>
        <source>The portal did not confirm whether it created the activity: %1 The timeline is being loaded again — look for the new card there before creating it again.</source>
        <translation>Портал не подтвердил, создал ли он дело: %1 Таймлайн загружается заново — поищите там новую карточку, прежде чем создавать дело ещё раз.</translation>
    </message>
</context>
<context>
    <name>ConfigurableEditing</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="239"/>
        <source>Open a lead, deal, contact or company in the main window first: the activity is created in its timeline.</source>
        <extracomment>The fields dialog shown last (kept for tests), or ``None``.</extracomment>
        <translation>Сначала откройте лид, сделку, контакт или компанию в главном окне: дело создаётся в их таймлайне.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="242"/>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="289"/>
        <source>Open a portal first.</source>
        <translation>Сначала откройте портал.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="251"/>
        <source>Created activity #%1 in “%2”.</source>
        <translation>Дело #%1 создано в «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="271"/>
        <source>The layout of “%1” could not be read: %2</source>
        <translation>Не удалось прочитать макет «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="282"/>
        <source>The layout of activity #%1 as the portal has it. Change it, then Portal → Update on portal…</source>
        <translation>Макет дела #%1 в том виде, в каком он на портале. Измените его, затем Портал → Обновить на портале…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/configurable.py" line="299"/>
        <source>Activity #%1 was updated on the portal.</source>
        <translation>Дело #%1 обновлено на портале.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="127"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="127"/>
        <source>Theirs (on the portal)</source>
        <translation>На портале</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="127"/>
        <source>Yours</source>
        <translation>У вас</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="137"/>
        <source>Changed on both sides</source>
        <translation>Изменено с обеих сторон</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="150"/>
        <source>The values read the same; only the time of the change differs.</source>
        <translation>Значения совпадают; отличается только время изменения.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="156"/>
        <source>Cop&amp;y mine</source>
        <translation>&amp;Копировать моё</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="157"/>
        <source>Copy your values to the clipboard as text</source>
        <translation>Скопировать ваши значения в буфер обмена как текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="159"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;Оставить моё</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="160"/>
        <source>Send your change over the portal&apos;s version</source>
        <translation>Отправить ваше изменение поверх версии портала</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="162"/>
        <source>&amp;Take theirs</source>
        <translation>&amp;Взять с портала</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="163"/>
        <source>Drop your change and keep what the portal has (copy yours first if you want to keep the text)</source>
        <translation>Отбросить ваше изменение и оставить то, что на портале (сначала скопируйте своё, если хотите сохранить текст)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="200"/>
        <source>%1 changed it on the portal (%2) after you opened it.</source>
        <translation>%1 изменил(а) это на портале (%2) после того, как вы открыли.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="203"/>
        <source>%1 changed it on the portal after you opened it.</source>
        <translation>%1 изменил(а) это на портале после того, как вы открыли.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="204"/>
        <source>Someone changed it on the portal after you opened it.</source>
        <translation>Кто-то изменил это на портале после того, как вы открыли.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="60"/>
        <source>Connect a Bitrix24 portal</source>
        <translation>Подключение портала Битрикс24</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="67"/>
        <source>Paste the URL of an incoming webhook of your portal (Bitrix24 → Developer resources → Other → Incoming webhook, with the &lt;b&gt;crm&lt;/b&gt; and &lt;b&gt;user&lt;/b&gt; scopes). It looks like &lt;tt&gt;https://your-company.bitrix24.com/rest/1/abc123xyz/&lt;/tt&gt;.</source>
        <translation>Вставьте URL входящего вебхука вашего портала (Битрикс24 → Разработчикам → Другое → Входящий вебхук, с правами &lt;b&gt;crm&lt;/b&gt; и &lt;b&gt;user&lt;/b&gt;). Он выглядит так: &lt;tt&gt;https://your-company.bitrix24.ru/rest/1/abc123xyz/&lt;/tt&gt;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="71"/>
        <source>Webhook &amp;URL:</source>
        <translation>&amp;URL вебхука:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="75"/>
        <source>Webhook URL</source>
        <translation>URL вебхука</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="90"/>
        <source>No secure password store (system keyring) is available. You can connect, but the webhook or application will not be remembered and nothing is written to disk: on Linux install and unlock GNOME Keyring or KWallet to have it remembered.</source>
        <translation>Защищённое хранилище паролей (системная связка ключей) недоступно. Подключиться можно, но вебхук или приложение не будут запомнены и ничего не записывается на диск: в Linux установите и разблокируйте GNOME Keyring или KWallet, чтобы подключение запоминалось.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="96"/>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="155"/>
        <source>&amp;Connect</source>
        <translation>&amp;Подключить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="99"/>
        <source>Open the &amp;demo portal</source>
        <translation>Открыть &amp;демо-портал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="120"/>
        <source>&amp;Webhook</source>
        <translation>&amp;Вебхук</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="121"/>
        <source>Application (&amp;OAuth)</source>
        <translation>Приложение (&amp;OAuth)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/connect_dialog.py" line="142"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop_app/ui/crash_dialog.py" line="26"/>
        <source>Activity Desk</source>
        <translation>Activity Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash_dialog.py" line="28"/>
        <source>Something unexpected went wrong. Your input is kept. A report (without passwords or codes) was saved in %1.</source>
        <translation>Произошла непредвиденная ошибка. Введённые данные сохранены. Отчёт (без паролей и кодов) сохранён в папке %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash_dialog.py" line="31"/>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/crash_dialog.py" line="32"/>
        <source>Open the crash report folder</source>
        <translation>Открыть папку с отчётами об ошибках</translation>
    </message>
</context>
<context>
    <name>DateTimeEdit</name>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="67"/>
        <source>Today, 18:00</source>
        <extracomment>What picks write into the field (and what the forms write when loading a value).</extracomment>
        <translation>Сегодня, 18:00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="67"/>
        <source>Tomorrow, 9:00</source>
        <translation>Завтра, 9:00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="68"/>
        <source>In 1 hour</source>
        <translation>Через 1 час</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="68"/>
        <source>Next Monday, 9:00</source>
        <translation>В следующий понедельник, 9:00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="79"/>
        <source>“%1” is not a date that exists (years 1900–9999).</source>
        <translation>«%1» — несуществующая дата (годы 1900–9999).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="81"/>
        <source>“%1” is not a time that exists (hours 0–23, minutes 0–59).</source>
        <translation>«%1» — несуществующее время (часы 0–23, минуты 0–59).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="82"/>
        <source>“%1” is not understood as a date or time. Try “tomorrow 9:00”, “%2” or “in 2 h”.</source>
        <translation>«%1» не распознано как дата или время. Попробуйте «tomorrow 9:00», «%2» или «in 2 h».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="118"/>
        <source>e.g. tomorrow 9:00</source>
        <translation>например, 2026-12-03 9:00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="119"/>
        <source>Type a date and time (“2026-12-03 14:30”, “tomorrow 9”, “next Monday”, “in 2 h”) or pick one (Alt+Down).</source>
        <translation>Введите дату и время («2026-12-03 14:30») или английские слова («tomorrow 9», «next Monday», «in 2 h»), либо выберите (Alt+Вниз).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="127"/>
        <source>Pick a date or a quick choice (Alt+Down)</source>
        <translation>Выберите дату или быстрый вариант (Alt+Вниз)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="128"/>
        <source>Pick a date and time</source>
        <translation>Выбор даты и времени</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="197"/>
        <source>Times are in your portal time zone, %1; this computer uses %2.</source>
        <translation>Время указано в часовом поясе портала, %1; на этом компьютере — %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/datetime_edit.py" line="77"/>
        <location filename="../../desktop_app/ui/quick_edit.py" line="150"/>
        <source>Enter a date and time, e.g. “tomorrow 9:00”.</source>
        <translation>Введите дату и время, например «2026-12-03 9:00».</translation>
    </message>
</context>
<context>
    <name>DeadlinePopup</name>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="105"/>
        <source>Deadline</source>
        <extracomment>The date-and-time field (``deadlineEdit``): typed text, calendar, quick choices.</extracomment>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="113"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Крайний срок:</translation>
    </message>
</context>
<context>
    <name>DetailsDownloads</name>
    <message>
        <location filename="../../desktop_app/ui/details_downloads.py" line="36"/>
        <source>Downloading…</source>
        <translation>Скачивание…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_downloads.py" line="39"/>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_downloads.py" line="42"/>
        <source>Saved as %1</source>
        <translation>Сохранено как %1</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="104"/>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="105"/>
        <source>Change this activity</source>
        <translation>Изменить это дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="106"/>
        <location filename="../../desktop_app/ui/details_pane.py" line="230"/>
        <source>&amp;Complete</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="107"/>
        <source>Mark this activity as done</source>
        <translation>Отметить дело как выполненное</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="108"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="109"/>
        <source>Delete this activity from the portal</source>
        <translation>Удалить это дело с портала</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="110"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="111"/>
        <source>Close the details</source>
        <translation>Закрыть подробности</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="131"/>
        <source>Shown in the timelines of</source>
        <translation>Показывается в таймлайнах</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="201"/>
        <location filename="../../desktop_app/ui/details_pane.py" line="257"/>
        <source>Activity #%1</source>
        <translation>Дело #%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="202"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="230"/>
        <source>Re&amp;open</source>
        <translation>&amp;Возобновить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="282"/>
        <source>Delete activity</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_pane.py" line="283"/>
        <source>Delete “%1”? It disappears from every timeline it is in; this cannot be undone.</source>
        <translation>Удалить «%1»? Оно исчезнет из всех таймлайнов, в которых есть; это нельзя отменить.</translation>
    </message>
</context>
<context>
    <name>DetailsSummary</name>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="116"/>
        <source>Type</source>
        <extracomment>``COMMUNICATIONS`` entity types that are a client (contact, company, lead).</extracomment>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="119"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="120"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="123"/>
        <source>Deadline</source>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="124"/>
        <source>No deadline</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="126"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="127"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="128"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="129"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="131"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="131"/>
        <location filename="../../desktop_app/ui/details_summary.py" line="139"/>
        <location filename="../../desktop_app/ui/details_summary.py" line="163"/>
        <location filename="../../desktop_app/ui/details_summary.py" line="167"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="135"/>
        <source>Priority</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="137"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="138"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="142"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="145"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="146"/>
        <source>Last changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="168"/>
        <source>User #%1</source>
        <translation>Пользователь #%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_summary.py" line="176"/>
        <source>%1, by %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DetailsTexts</name>
    <message>
        <location filename="../../desktop_app/ui/details_conflict.py" line="50"/>
        <source>%1 — theirs: %2 · yours: %3</source>
        <translation>%1 — на портале: %2 · у вас: %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="29"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="38"/>
        <source>Meeting</source>
        <extracomment>``TYPE_ID`` → what the activity is (api-spec.md §3.3).</extracomment>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="30"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="39"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="40"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="31"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="32"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="41"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="33"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="37"/>
        <source>To-do</source>
        <extracomment>``PROVIDER_ID`` of a provider activity (``TYPE_ID`` 6) → what it is.</extracomment>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="42"/>
        <source>App activity</source>
        <translation>Дело приложения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="43"/>
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="44"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="45"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="48"/>
        <source>Incoming</source>
        <translation>Входящее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="49"/>
        <source>Outgoing</source>
        <translation>Исходящее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="53"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="54"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="117"/>
        <source>Normal</source>
        <extracomment>``PRIORITY``: 2 (medium) is Bitrix24&apos;s &quot;normal&quot;; 0 (not set) reads as normal too.</extracomment>
        <translation>Обычная</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="53"/>
        <source>Low</source>
        <translation>Низкая</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="54"/>
        <source>High</source>
        <translation>Высокая</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="58"/>
        <source>Subject</source>
        <extracomment>Legacy field names (and ``pingOffsets``) as labels, e.g. in the conflict view.</extracomment>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="59"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="60"/>
        <source>Deadline</source>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="61"/>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="62"/>
        <source>End</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="63"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="64"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="65"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="66"/>
        <source>Priority</source>
        <translation>Важность</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="67"/>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="68"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="69"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="70"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="71"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="72"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="100"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="102"/>
        <source>Activity</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="123"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="173"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="125"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="126"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="173"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="161"/>
        <location filename="../../desktop_app/ui/details_texts.py" line="180"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="168"/>
        <source>No deadline</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="171"/>
        <source>User #%1</source>
        <translation>Пользователь #%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_texts.py" line="178"/>
        <source>Not set</source>
        <translation>Не указано</translation>
    </message>
</context>
<context>
    <name>EmptyStates</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="95"/>
        <source>Nothing overdue</source>
        <translation>Просроченных нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="95"/>
        <source>Every deadline is still ahead. Well done.</source>
        <translation>Все сроки ещё впереди. Отлично.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="96"/>
        <source>Nothing due today</source>
        <translation>На сегодня ничего</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="96"/>
        <source>Drag a card here to do it today.</source>
        <translation>Перетащите сюда карточку, чтобы сделать её сегодня.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="97"/>
        <source>Nothing due tomorrow</source>
        <translation>На завтра ничего</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="97"/>
        <source>Drag a card here to move it to tomorrow.</source>
        <translation>Перетащите сюда карточку, чтобы перенести её на завтра.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="98"/>
        <source>Nothing else this week</source>
        <translation>На этой неделе больше ничего</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="98"/>
        <source>Drag a card here to do it later this week.</source>
        <translation>Перетащите сюда карточку, чтобы сделать её позже на этой неделе.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="99"/>
        <source>Nothing next week</source>
        <translation>На следующей неделе ничего</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="99"/>
        <source>Drag a card here to move it to next week.</source>
        <translation>Перетащите сюда карточку, чтобы перенести её на следующую неделю.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="100"/>
        <source>Nothing later</source>
        <translation>Позже ничего</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="100"/>
        <source>Drag a card here to move it two weeks ahead.</source>
        <translation>Перетащите сюда карточку, чтобы перенести её на две недели вперёд.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="101"/>
        <source>Nothing without a deadline</source>
        <translation>Дел без срока нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="102"/>
        <source>Activities the portal keeps without a deadline appear here.</source>
        <translation>Здесь появляются дела, которые портал хранит без крайнего срока.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="111"/>
        <source>No match for “%1”</source>
        <translation>Ничего не найдено по запросу «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="112"/>
        <source>Clear the filter to see every open activity.</source>
        <translation>Очистите фильтр, чтобы увидеть все открытые дела.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="118"/>
        <source>No open activities</source>
        <translation>Открытых дел нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/empty.py" line="119"/>
        <source>Nothing is waiting for this person. Plan a to-do from a lead, deal, contact or company timeline (Ctrl+N) and it appears here.</source>
        <translation>У этого сотрудника нет ожидающих дел. Запланируйте дело в таймлайне лида, сделки, контакта или компании (Ctrl+N) — и оно появится здесь.</translation>
    </message>
</context>
<context>
    <name>EntityBrowser</name>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="181"/>
        <source>Leads</source>
        <extracomment>True while the window knows the portal is unreachable: lists come from the saved pages. True while the saved (offline) list is what the view shows.</extracomment>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="182"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="183"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="184"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="188"/>
        <source>Entity type</source>
        <translation>Тип объекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="189"/>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="194"/>
        <source>Search by name or title…</source>
        <translation>Поиск по имени или названию…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="196"/>
        <source>Search entities</source>
        <translation>Поиск объектов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="208"/>
        <source>Entities</source>
        <translation>Объекты</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/entity_browser.py" line="294"/>
        <source>Offline — showing the saved list from %1 (%n row(s)).</source>
        <translation>
            <numerusform>Нет связи — показан сохранённый список от %1 (%n строка).</numerusform>
            <numerusform>Нет связи — показан сохранённый список от %1 (%n строки).</numerusform>
            <numerusform>Нет связи — показан сохранённый список от %1 (%n строк).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="322"/>
        <source>No leads yet</source>
        <translation>Лидов пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="322"/>
        <source>No deals yet</source>
        <translation>Сделок пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="323"/>
        <source>No contacts yet</source>
        <translation>Контактов пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="323"/>
        <source>No companies yet</source>
        <translation>Компаний пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="326"/>
        <source>No match for “%1”</source>
        <translation>Ничего не найдено по запросу «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="327"/>
        <source>Check the spelling, or clear the search to see the whole list.</source>
        <translation>Проверьте написание или очистите поиск, чтобы увидеть весь список.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="329"/>
        <source>Nothing saved for offline use</source>
        <translation>Для работы офлайн ничего не сохранено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="330"/>
        <source>The list appears when the portal answers again.</source>
        <translation>Список появится, когда портал снова ответит.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="332"/>
        <source>Nothing here yet</source>
        <translation>Здесь пока ничего нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="333"/>
        <source>They appear here as soon as they are created on the portal.</source>
        <translation>Они появятся здесь, как только будут созданы на портале.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="339"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="344"/>
        <location filename="../../desktop_app/ui/entity_browser.py" line="349"/>
        <source>Could not load the list.</source>
        <translation>Не удалось загрузить список.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="400"/>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>EntityListModel</name>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="79"/>
        <source>%1 overdue</source>
        <extracomment>``data(index, CountersRole)`` → :class:`EntityCounters` or ``None`` (not known).</extracomment>
        <translation>просрочено: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/entity_browser.py" line="81"/>
        <source>%1 incoming</source>
        <translation>входящих: %1</translation>
    </message>
</context>
<context>
    <name>FilesList</name>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="66"/>
        <source>Loading the files…</source>
        <translation>Загрузка файлов…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="72"/>
        <source>The files could not be listed: %1</source>
        <translation>Не удалось получить список файлов: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="79"/>
        <source>No files.</source>
        <translation>Файлов нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="88"/>
        <source>Download…</source>
        <translation>Скачать…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="90"/>
        <source>Save “%1” on this computer</source>
        <translation>Сохранить «%1» на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="92"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="94"/>
        <source>Open “%1” with the system&apos;s viewer</source>
        <translation>Открыть «%1» в системной программе просмотра</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="113"/>
        <source>Save file</source>
        <translation>Сохранить файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_files.py" line="128"/>
        <source>File %1</source>
        <translation>Файл %1</translation>
    </message>
</context>
<context>
    <name>FilesMixin</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="36"/>
        <source>Cannot read the template: %1</source>
        <translation>Не удаётся прочитать шаблон: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="41"/>
        <source>Started from the template “%1”. Undo brings back the previous text.</source>
        <translation>Начато с шаблона «%1». Отмена возвращает прежний текст.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="53"/>
        <source>The file was not opened: %1</source>
        <translation>Файл не открыт: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="74"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="91"/>
        <source>Open a layout</source>
        <translation>Открыть макет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="91"/>
        <source>Save the layout</source>
        <translation>Сохранить макет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="93"/>
        <source>Layout JSON (*.json)</source>
        <translation>Макет JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="93"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="127"/>
        <source>Layout editor</source>
        <translation>Редактор макетов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window_files.py" line="127"/>
        <source>Save the changes to the layout?</source>
        <translation>Сохранить изменения макета?</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../desktop_app/ui/form_errors.py" line="58"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>FormFiles</name>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="366"/>
        <source>Downloading…</source>
        <translation>Скачивание…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="369"/>
        <source>Opening…</source>
        <translation>Открытие…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/attachments_widget.py" line="372"/>
        <source>Saved as %1</source>
        <translation>Сохранено как %1</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="137"/>
        <source>Activity Desk guide</source>
        <translation>Руководство Activity Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="143"/>
        <source>Pick a lead, deal, contact or company on the left; its timeline shows in the middle: planned to-dos first, sorted by deadline, then the history.</source>
        <translation>Выберите слева лид, сделку, контакт или компанию; в центре появится таймлайн: сначала запланированные дела по крайнему сроку, затем история.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="145"/>
        <source>New to-do (Ctrl+N) opens the form for the entity on screen. Right-click a card (or press the Menu key) to complete, reschedule, edit or delete it.</source>
        <translation>«Новое дело» (Ctrl+N) открывает форму для объекта на экране. Щёлкните карточку правой кнопкой (или нажмите клавишу меню), чтобы завершить, перенести, изменить или удалить её.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="147"/>
        <source>In a small window the entity list makes room for the form while it is open; Find entity (Ctrl+F) shows the list again.</source>
        <translation>В маленьком окне список объектов уступает место открытой форме; «Найти объект» (Ctrl+F) снова показывает список.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="149"/>
        <source>My activities (Ctrl+Shift+A) lists your open activities across all entities, grouped by deadline; Open shows one in its timeline.</source>
        <translation>«Мои дела» (Ctrl+Shift+A) показывает ваши открытые дела по всем объектам, сгруппированные по крайнему сроку; «Открыть» показывает дело в его таймлайне.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="151"/>
        <source>Every change is queued and sent to the portal; when the portal cannot be reached it is kept and sent later, and saved lists stay readable.</source>
        <translation>Каждое изменение ставится в очередь и отправляется на портал; если портал недоступен, оно сохраняется и отправляется позже, а сохранённые списки остаются доступны.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="159"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="159"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="168"/>
        <location filename="../../desktop_app/ui/help.py" line="173"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="38"/>
        <source>Qt for Python: the window and widgets</source>
        <extracomment>The distribution of this application (pyproject ``name``). Bundled components shown in About: (distribution, what it does here). Versions and licences come from their metadata.</extracomment>
        <translation>Qt for Python: окно и виджеты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="39"/>
        <source>Qt for Python bindings runtime</source>
        <translation>среда выполнения привязок Qt for Python</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="40"/>
        <source>HTTP client</source>
        <translation>HTTP-клиент</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="41"/>
        <source>HTTP transport of httpx</source>
        <translation>HTTP-транспорт httpx</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="42"/>
        <source>OS keyring access</source>
        <translation>доступ к системной связке ключей</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="43"/>
        <source>asyncio on the Qt event loop</source>
        <translation>asyncio в цикле событий Qt</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="44"/>
        <source>icon fonts</source>
        <translation>шрифты иконок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="45"/>
        <source>reply validation</source>
        <translation>проверка ответов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="46"/>
        <source>data and settings folders</source>
        <translation>папки данных и настроек</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="47"/>
        <source>retry schedule of the outbox</source>
        <translation>расписание повторов исходящей очереди</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="48"/>
        <source>the sandbox (demo) portal</source>
        <translation>портал-песочница (демо)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="49"/>
        <source>the sandbox portal&apos;s HTTP server</source>
        <translation>HTTP-сервер портала-песочницы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/help.py" line="100"/>
        <source>icons, as bundled by qtawesome</source>
        <translation>иконки в составе qtawesome</translation>
    </message>
</context>
<context>
    <name>KanbanBoard</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/views.py" line="299"/>
        <source>%1 column</source>
        <translation>колонка «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/views.py" line="349"/>
        <source>%1, %2 activities</source>
        <translation>%1, дел: %2</translation>
    </message>
</context>
<context>
    <name>LayoutBlocksEditing</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="59"/>
        <source>The content blocks of “%1” could not be read: %2</source>
        <translation>Не удалось прочитать блоки содержимого «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="62"/>
        <source>A note from the application.</source>
        <translation>Заметка от приложения.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="71"/>
        <source>The application&apos;s content blocks of “%1” as the portal has them. Change them, then Portal → Save blocks on portal.</source>
        <translation>Блоки содержимого приложения у «%1» в том виде, в каком они на портале. Измените их, затем Портал → Сохранить блоки на портале.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="73"/>
        <source>“%1” has no content blocks of this application yet: this is a start. Change it, then Portal → Save blocks on portal.</source>
        <translation>У «%1» пока нет блоков содержимого этого приложения: вот заготовка. Измените её, затем Портал → Сохранить блоки на портале.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="87"/>
        <source>Open a portal first.</source>
        <translation>Сначала откройте портал.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="98"/>
        <source>The activity or its entity is no longer on the portal; nothing was saved. Your text is kept.</source>
        <translation>Дела или его объекта больше нет на портале; ничего не сохранено. Ваш текст не потерян.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="101"/>
        <source>“%1” had no content blocks of this application.</source>
        <translation>У «%1» не было блоков содержимого этого приложения.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="104"/>
        <source>Not saved: %1 Your text is kept.</source>
        <translation>Не сохранено: %1 Ваш текст не потерян.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="109"/>
        <source>The content blocks are on “%1” now.</source>
        <translation>Блоки содержимого теперь в «%1».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/layout_blocks.py" line="110"/>
        <source>The content blocks were removed from “%1”. The text stays here; Save brings them back.</source>
        <translation>Блоки содержимого удалены из «%1». Текст остаётся здесь; сохранение вернёт их.</translation>
    </message>
</context>
<context>
    <name>LayoutEditorWindow</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="74"/>
        <source>Layout editor</source>
        <extracomment>Least time between two validations while typing (ms).</extracomment>
        <translation>Редактор макетов</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="86"/>
        <source>Layout JSON</source>
        <translation>JSON макета</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="90"/>
        <source>Problems in the layout</source>
        <translation>Ошибки в макете</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="164"/>
        <source>&amp;File</source>
        <extracomment>The Portal actions (create / update a configurable activity, save / remove content blocks).</extracomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="165"/>
        <source>New from &amp;template</source>
        <translation>Создать из &amp;шаблона</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="169"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="172"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="175"/>
        <source>Save &amp;as…</source>
        <translation>Сохранить &amp;как…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="178"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="185"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="186"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="190"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="198"/>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="201"/>
        <source>Configurable activity layout</source>
        <translation>Макет настраиваемого дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="202"/>
        <source>Additional content blocks</source>
        <translation>Дополнительные блоки содержимого</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="203"/>
        <source>crm.activity.configurable.add layout, or crm.activity.layout.blocks.set layout</source>
        <translation>макет crm.activity.configurable.add или макет crm.activity.layout.blocks.set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="205"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="264"/>
        <source>No problems: the portal accepts this layout.</source>
        <translation>Проблем нет: портал примет этот макет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="266"/>
        <source>%1 error(s), %2 warning(s).</source>
        <translation>Ошибок: %1, предупреждений: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="269"/>
        <source>The portal answers %1 at %2.</source>
        <translation>Портал ответит %1 в %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="269"/>
        <source>(layout)</source>
        <translation>(макет)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="271"/>
        <source>More problems were found than are listed.</source>
        <translation>Найдено больше проблем, чем показано.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="273"/>
        <source>The preview shows the last readable text.</source>
        <translation>Предпросмотр показывает последний читаемый текст.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/window.py" line="279"/>
        <source>The paste was not inserted: %1 Your text is unchanged.</source>
        <translation>Вставка не выполнена: %1 Ваш текст не изменён.</translation>
    </message>
</context>
<context>
    <name>LayoutFiles</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/file_io.py" line="30"/>
        <source>“%1” is %2 bytes; the editor opens files up to %3 bytes. Nothing was opened.</source>
        <extracomment>Largest file the editor opens (bytes): the validator reads at most MAX_LAYOUT_CHARS characters.</extracomment>
        <translation>Размер «%1» — %2 байт; редактор открывает файлы до %3 байт. Ничего не открыто.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/file_io.py" line="38"/>
        <source>Cannot open “%1”: %2</source>
        <translation>Не удаётся открыть «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/file_io.py" line="44"/>
        <source>“%1” is not UTF-8 text (byte %2). Nothing was opened.</source>
        <translation>«%1» — не текст в UTF-8 (байт %2). Ничего не открыто.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/file_io.py" line="64"/>
        <source>Cannot save “%1”: %2</source>
        <translation>Не удаётся сохранить «%1»: %2</translation>
    </message>
</context>
<context>
    <name>LayoutPreviewWidget</name>
    <message>
        <location filename="../../desktop_app/ui/preview/widget.py" line="56"/>
        <source>Click a button, link or menu item to see what it would do.</source>
        <translation>Нажмите кнопку, ссылку или пункт меню, чтобы увидеть, что произойдёт.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview/widget.py" line="64"/>
        <source>Card preview</source>
        <translation>Предпросмотр карточки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/preview/widget.py" line="65"/>
        <source>What the last click would do</source>
        <translation>Что сделало бы последнее нажатие</translation>
    </message>
</context>
<context>
    <name>LayoutTemplates</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="35"/>
        <source>Documentation: complete example (§5.13)</source>
        <translation>Документация: полный пример (§5.13)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="36"/>
        <source>Documentation: incoming call (configurable.add)</source>
        <translation>Документация: входящий звонок (configurable.add)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="37"/>
        <source>Documentation: translated call (configurable.get)</source>
        <translation>Документация: переведённый звонок (configurable.get)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="38"/>
        <source>Additional blocks: call summary (layout.blocks.set)</source>
        <translation>Дополнительные блоки: итоги звонка (layout.blocks.set)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="39"/>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="40"/>
        <source>Signed contract</source>
        <translation>Подписанный договор</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/templates.py" line="41"/>
        <source>Call summary</source>
        <translation>Итоги звонка</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="141"/>
        <source>Not connected</source>
        <extracomment>The open session&apos;s services (:func:`~desktop_app.services.portal_services.build_services`). The question asked when closing with changes not yet on the portal (``None`` when not asked). True while the portal cannot be reached (see the module docstring). &quot;My activities&quot;: the current user&apos;s open activities, grouped (swapped in for the splitter). Asks Follow / Stay when the portal redirects to a host not yet confirmed (ui/portal_move.py).</extracomment>
        <translation>Не подключено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="259"/>
        <source>No system keyring is available: the webhook is used for this session only and is not saved.</source>
        <extracomment>Every activity action, through the outbox (:class:`ActivityController`). Saved portals in the Portal menu: switch between them, remove one (ui/profiles_menu.py). The &quot;Application&quot; menu: types, badges, other modules&apos; application actions, why they are unavailable. Geometry, splitter and last selection between runs (ui/window_memory.py). Reminder popups (and tray notifications) for to-dos&apos; pingOffsets (ui/reminders_tray.py). A newer release said in the banner (ui/update_notice.py; never for the demo). Open/Edit from My activities and Back (ui/navigation.py); card actions and outbox follow-up. The application&apos;s cards, card buttons and the layout editor&apos;s portal actions (ui/app_features/app_cards.py). The session&apos;s services, built in one place (services/portal_services.py); widgets get their parts.</extracomment>
        <translation>Системная связка ключей недоступна: вебхук используется только в этом сеансе и не сохраняется.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="358"/>
        <source>Select a lead, deal, contact or company first.</source>
        <translation>Сначала выберите лид, сделку, контакт или компанию.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="389"/>
        <source>Something unexpected went wrong (%1). Your input is kept; details are in the log.</source>
        <translation>Произошла непредвиденная ошибка (%1). Введённые данные не потеряны; подробности в журнале.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="395"/>
        <source>The local database was damaged. It was moved aside to %1 and a fresh one was started; %n change(s) still waiting for the portal were recovered and will be sent.</source>
        <translation>
            <numerusform>Локальная база данных была повреждена. Она перемещена в %1, начата новая; %n изменение, ещё ожидавшее отправки на портал, восстановлено и будет отправлено.</numerusform>
            <numerusform>Локальная база данных была повреждена. Она перемещена в %1, начата новая; %n изменения, ещё ожидавшие отправки на портал, восстановлены и будут отправлены.</numerusform>
            <numerusform>Локальная база данных была повреждена. Она перемещена в %1, начата новая; %n изменений, ещё ожидавших отправки на портал, восстановлены и будут отправлены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/main_window.py" line="399"/>
        <source>%n damaged change(s) could not be read; they stay in the moved file.</source>
        <translation>
            <numerusform>%n повреждённое изменение не удалось прочитать; оно остаётся в перемещённом файле.</numerusform>
            <numerusform>%n повреждённых изменения не удалось прочитать; они остаются в перемещённом файле.</numerusform>
            <numerusform>%n повреждённых изменений не удалось прочитать; они остаются в перемещённом файле.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="406"/>
        <source>Your settings file could not be read. It was moved aside to %1 and the defaults are used; connect your portal again.</source>
        <translation>Не удалось прочитать файл настроек. Он перемещён в %1, используются настройки по умолчанию; подключите портал заново.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="36"/>
        <source>&amp;Portal</source>
        <extracomment>The window&apos;s texts are in its context, ``MainWindow``, written out so pyside6-lupdate files them there.</extracomment>
        <translation>&amp;Портал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="37"/>
        <source>&amp;Connect a portal…</source>
        <translation>&amp;Подключить портал…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="38"/>
        <source>Connect to your Bitrix24 portal with an incoming webhook</source>
        <translation>Подключиться к вашему порталу Битрикс24 через входящий вебхук</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="40"/>
        <source>Open the &amp;demo portal</source>
        <translation>Открыть &amp;демо-портал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="41"/>
        <source>Explore Activity Desk on built-in sample data</source>
        <translation>Познакомиться с Activity Desk на встроенных примерах</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="43"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="50"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Таймлайн</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="51"/>
        <source>&amp;New to-do</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="53"/>
        <source>Plan a to-do for the entity on screen</source>
        <translation>Запланировать дело для открытого объекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="55"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="58"/>
        <source>&amp;Find entity</source>
        <translation>Н&amp;айти объект</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="62"/>
        <source>New &amp;call…</source>
        <translation>Новый &amp;звонок…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="63"/>
        <source>New &amp;meeting…</source>
        <translation>Новая &amp;встреча…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="64"/>
        <source>New &amp;e-mail…</source>
        <translation>Новое &amp;письмо…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="69"/>
        <source>&amp;Search the timeline</source>
        <translation>По&amp;иск в таймлайне</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="76"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="77"/>
        <source>&amp;My activities</source>
        <translation>&amp;Мои дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="80"/>
        <source>Your open activities across all leads, deals, contacts and companies, grouped by deadline</source>
        <translation>Ваши открытые дела по всем лидам, сделкам, контактам и компаниям, сгруппированные по крайнему сроку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="85"/>
        <source>T&amp;ools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="86"/>
        <source>&amp;Layout editor…</source>
        <translation>&amp;Редактор макетов…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="88"/>
        <source>Write a configurable-activity layout with a live card preview</source>
        <translation>Написать макет настраиваемого дела с живым предпросмотром карточки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="92"/>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="93"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="94"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Оформление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="97"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="98"/>
        <source>&amp;Guide and shortcuts</source>
        <translation>&amp;Руководство и сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="102"/>
        <source>A short guide to Activity Desk and every keyboard shortcut</source>
        <translation>Краткое руководство по Activity Desk и все сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="104"/>
        <source>&amp;About Activity Desk</source>
        <translation>&amp;О программе Activity Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="120"/>
        <source>&amp;System language (%1)</source>
        <translation>&amp;Системный язык (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="153"/>
        <source>&amp;System colours</source>
        <translation>&amp;Системные цвета</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="153"/>
        <source>&amp;Light</source>
        <translation>С&amp;ветлое</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="154"/>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмное</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="166"/>
        <source>Keep running in the &amp;tray when closed</source>
        <translation>Оставаться в &amp;трее после закрытия окна</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="171"/>
        <source>Closing the window hides it to the system tray, where reminders keep coming; Portal → Quit ends Activity Desk</source>
        <translation>Закрытое окно прячется в системный трей, напоминания продолжают приходить; Портал → Выход завершает Activity Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="175"/>
        <source>This desktop has no system tray: closing the window quits</source>
        <translation>На этом рабочем столе нет системного трея: закрытие окна завершает программу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="204"/>
        <source>The setting could not be saved: %1</source>
        <translation>Не удалось сохранить настройку: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="216"/>
        <source>The colours could not be saved: %1</source>
        <translation>Не удалось сохранить выбор цветов: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="227"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="234"/>
        <source>The language could not be saved: %1</source>
        <translation>Не удалось сохранить язык: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_actions.py" line="238"/>
        <source>The interface language changes the next time you start Activity Desk.</source>
        <translation>Язык интерфейса изменится при следующем запуске Activity Desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="65"/>
        <source>&amp;Application</source>
        <translation>П&amp;риложение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="75"/>
        <source>Activity &amp;types…</source>
        <translation>&amp;Типы дел…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="77"/>
        <source>Your application&apos;s custom activity types: add one with an icon, delete one, create an activity of a type</source>
        <translation>Пользовательские типы дел вашего приложения: добавить тип со значком, удалить тип, создать дело нужного типа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="80"/>
        <source>&amp;Badges…</source>
        <translation>&amp;Бейджи…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="82"/>
        <source>The portal&apos;s kanban badges: list, add, delete</source>
        <translation>Бейджи канбана портала: просмотр, добавление, удаление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="85"/>
        <source>Why are these unavailable?</source>
        <translation>Почему это недоступно?</translation>
    </message>
</context>
<context>
    <name>MapSection</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="75"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="76"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="77"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="165"/>
        <source>Typing replaces the current action with a redirect</source>
        <translation>Ввод текста заменяет текущее действие переходом</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="50"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="51"/>
        <source>Dismiss message</source>
        <translation>Скрыть сообщение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="54"/>
        <source>Open the page</source>
        <extracomment>&quot;Open the page&quot;: shown for a message with a ``link`` (opened in the browser, never fetched here).</extracomment>
        <translation>Открыть страницу</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/banner.py" line="83"/>
        <source>Message</source>
        <extracomment>The cause of the message on screen (&quot;&quot; = none given; only the user dismisses it).</extracomment>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="45"/>
        <source>Deadline</source>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="46"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="47"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="48"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="49"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="50"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="51"/>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="52"/>
        <source>Entity type</source>
        <translation>Тип объекта</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="62"/>
        <source>A to-do needs a deadline. Enter a date and time, e.g. 2026-11-25 15:00.</source>
        <extracomment>The one table of sentences for a broken rule: ``(field, code)`` → translatable text, for the services&apos; :class:`~desktop_app.services.todo.FieldProblem` checks and the client&apos;s :class:`~desktop_app.bitrix.errors.InvalidParameter` alike (one code vocabulary, :data:`~desktop_app.bitrix.errors.PARAMETER_RULES`). camelCase fields are the todo&apos;s, UPPER_CASE ones the system activity&apos;s. A pair not listed shows the error&apos;s English message.</extracomment>
        <translation>У дела должен быть крайний срок. Введите дату и время, например 2026-11-25 15:00.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="63"/>
        <location filename="../../desktop_app/ui/messages.py" line="84"/>
        <location filename="../../desktop_app/ui/messages.py" line="85"/>
        <source>Use the form YYYY-MM-DD HH:MM, e.g. 2026-11-25 15:00.</source>
        <translation>Используйте формат ГГГГ-ММ-ДД ЧЧ:ММ, например 2026-11-25 15:00.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="64"/>
        <source>Keep the title under 255 characters.</source>
        <translation>Название должно быть короче 255 символов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="65"/>
        <source>Pick one of the eight colours.</source>
        <translation>Выберите один из восьми цветов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="66"/>
        <source>Reminders are minutes before the deadline, 0 or more.</source>
        <translation>Напоминания задаются в минутах до крайнего срока, 0 или больше.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="67"/>
        <source>Type other reminders as whole minutes before the deadline, separated by commas, e.g. 90, 2880.</source>
        <translation>Введите другие напоминания целым числом минут до крайнего срока через запятую, например 90, 2880.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="69"/>
        <source>A new title is saved together with the reminders, and the ones set on the portal are not visible here. Choose “Replace them with these” and tick the reminders this to-do should have.</source>
        <translation>Новое название сохраняется вместе с напоминаниями, а заданные на портале здесь не видны. Выберите «Заменить их этими» и отметьте напоминания, которые должны быть у дела.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="72"/>
        <location filename="../../desktop_app/ui/messages.py" line="95"/>
        <source>Pick the responsible employee.</source>
        <translation>Выберите ответственного сотрудника.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="73"/>
        <location filename="../../desktop_app/ui/messages.py" line="75"/>
        <source>Select a lead, deal, contact or company first.</source>
        <translation>Сначала выберите лид, сделку, контакт или компанию.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="76"/>
        <source>Enter a subject; the portal refuses activities without one.</source>
        <translation>Введите тему; портал не принимает дела без темы.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="77"/>
        <source>Choose a call, a meeting or an e-mail.</source>
        <translation>Выберите звонок, встречу или письмо.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="78"/>
        <source>Pick who it is with: a phone for a call, an e-mail address for an e-mail, a contact for a meeting.</source>
        <translation>Укажите, с кем: телефон для звонка, адрес e-mail для письма, контакт для встречи.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="80"/>
        <source>Calls need a phone number and e-mails an e-mail address.</source>
        <translation>Для звонка нужен номер телефона, для письма — адрес e-mail.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="82"/>
        <source>The chosen contact has no phone or address here.</source>
        <translation>У выбранного контакта здесь нет телефона или адреса.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="83"/>
        <source>A call or meeting takes exactly one contact; pick one.</source>
        <translation>У звонка или встречи ровно один контакт; выберите его.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="86"/>
        <source>The end cannot be before the start.</source>
        <translation>Окончание не может быть раньше начала.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="87"/>
        <location filename="../../desktop_app/ui/messages.py" line="89"/>
        <source>An open incoming activity has no deadline: leave the times empty, or mark it completed.</source>
        <translation>У открытого входящего дела нет крайнего срока: оставьте время пустым или отметьте дело завершённым.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="91"/>
        <source>Choose incoming or outgoing.</source>
        <translation>Выберите: входящее или исходящее.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="92"/>
        <source>Only calls and e-mails have a direction.</source>
        <translation>Направление есть только у звонков и писем.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="93"/>
        <source>Choose low, medium or high.</source>
        <translation>Выберите: низкая, средняя или высокая.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="94"/>
        <source>Choose plain text, BB code or HTML.</source>
        <translation>Выберите: обычный текст, BB-код или HTML.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="97"/>
        <source>This value is not accepted.</source>
        <translation>Это значение не принимается.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="118"/>
        <source>the row count</source>
        <extracomment>The envelope&apos;s own keys, said in words; any other key in a field path is the portal&apos;s field name.</extracomment>
        <translation>число строк</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="119"/>
        <source>the next-page offset</source>
        <translation>смещение следующей страницы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="120"/>
        <source>the timing information</source>
        <translation>сведения о времени выполнения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="131"/>
        <source>the reply</source>
        <translation>ответ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="144"/>
        <source>the reply&apos;s result</source>
        <translation>результат ответа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="146"/>
        <source>the value “%1” in row %2 of the reply</source>
        <translation>значение «%1» в строке %2 ответа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="148"/>
        <source>the value “%1” of the reply</source>
        <translation>значение «%1» ответа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="149"/>
        <source>row %1 of the reply</source>
        <translation>строка %1 ответа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="161"/>
        <source>Your input is kept; a change that may have reached the portal is checked there before it is sent again.</source>
        <translation>Введённые данные не потеряны; изменение, которое могло дойти до портала, проверяется там перед повторной отправкой.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="168"/>
        <source>The webhook URL is not valid: %1.</source>
        <translation>URL вебхука неверен: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="173"/>
        <source>%1 did not finish its answer within %2 seconds, so the request was stopped.</source>
        <translation>%1 не закончил ответ за %2 с, поэтому запрос остановлен.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="177"/>
        <source>The download from %1 stopped: nothing arrived for %2 seconds. No partial file was kept; try again.</source>
        <translation>Скачивание с %1 остановлено: %2 с ничего не приходило. Частичный файл не сохранён; попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="180"/>
        <source>an unknown address</source>
        <translation>неизвестный адрес</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="181"/>
        <source>The file is not on your portal (%1), so it was not opened and no credential was sent.</source>
        <translation>Файл находится не на вашем портале (%1), поэтому он не открыт и учётные данные не отправлялись.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="184"/>
        <source>The file could not be saved as %1: %2. Choose another place.</source>
        <translation>Не удалось сохранить файл как %1: %2. Выберите другое место.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="187"/>
        <source>%1 did not answer in time. Your input is kept; try again.</source>
        <translation>%1 не ответил вовремя. Введённые данные не потеряны; попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="190"/>
        <source>Cannot reach %1. Check the portal address and your network connection; your input is kept.</source>
        <translation>Нет связи с %1. Проверьте адрес портала и подключение к сети; введённые данные не потеряны.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="194"/>
        <source>%1 sent a reply larger than %2 MB, more than Activity Desk accepts, so it was not read.</source>
        <translation>%1 прислал ответ больше %2 МБ — больше, чем принимает Activity Desk, — поэтому он не прочитан.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="198"/>
        <source>%1 sent a reply Activity Desk cannot use: %2 is not what a Bitrix24 portal sends (%3).</source>
        <translation>%1 прислал ответ, который Activity Desk не может использовать: %2 — не то, что присылает портал Битрикс24 (%3).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="203"/>
        <source>%1 did not answer like a Bitrix24 portal (HTTP %2). Check that the address is your portal&apos;s.</source>
        <translation>%1 ответил не как портал Битрикс24 (HTTP %2). Проверьте, что это адрес вашего портала.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="207"/>
        <source>The portal %1 redirects its requests to %2. Nothing has been sent to %2. Confirm the move only if %2 is your portal&apos;s new address; until then your changes wait.</source>
        <translation>Портал %1 перенаправляет запросы на %2. На %2 ничего не отправлено. Подтвердите переезд, только если %2 — новый адрес вашего портала; до тех пор ваши изменения ждут.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="211"/>
        <source>The portal %1 redirects its REST calls elsewhere; open it in a browser to check it.</source>
        <translation>Портал %1 перенаправляет REST-запросы в другое место; откройте его в браузере, чтобы проверить.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="214"/>
        <source>no code</source>
        <translation>без кода</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="217"/>
        <source>The portal refused the webhook. Check the URL, or create a new incoming webhook with the crm and user scopes in Bitrix24.</source>
        <translation>Портал отклонил вебхук. Проверьте URL или создайте в Битрикс24 новый входящий вебхук с правами crm и user.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="220"/>
        <source>The portal is busy and asks to slow down. Wait a few seconds and try again.</source>
        <translation>Портал перегружен и просит снизить частоту запросов. Подождите несколько секунд и попробуйте снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="222"/>
        <source>The portal&apos;s time budget for this method is used up for now; try again in a few minutes.</source>
        <translation>Лимит времени портала для этого метода пока исчерпан; попробуйте через несколько минут.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="224"/>
        <source>The portal does not know this method; it may be an older Bitrix24 version.</source>
        <translation>Портал не знает этот метод; возможно, это более старая версия Битрикс24.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="226"/>
        <source>The portal could not find this record; it may have been deleted.</source>
        <translation>Портал не нашёл эту запись; возможно, она удалена.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="228"/>
        <source>Your Bitrix24 user has no right to do this here.</source>
        <translation>У вашего пользователя Битрикс24 нет прав на это действие здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="230"/>
        <source>The portal rejected a value.</source>
        <translation>Портал отклонил значение.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="232"/>
        <source>The portal had an internal error. Try again later.</source>
        <translation>На портале произошла внутренняя ошибка. Попробуйте позже.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="234"/>
        <source>The portal answered with an error.</source>
        <translation>Портал ответил ошибкой.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/messages.py" line="239"/>
        <source>Something went wrong: %1</source>
        <translation>Что-то пошло не так: %1</translation>
    </message>
</context>
<context>
    <name>MyActivitiesActions</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="95"/>
        <source>Connect a portal first.</source>
        <translation>Сначала подключите портал.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="115"/>
        <source>%n selected</source>
        <translation>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="116"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="122"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="126"/>
        <source>&amp;Complete</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="127"/>
        <source>&amp;Complete %n activities</source>
        <translation>
            <numerusform>&amp;Завершить %n дело</numerusform>
            <numerusform>&amp;Завершить %n дела</numerusform>
            <numerusform>&amp;Завершить %n дел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="132"/>
        <source>&amp;Reschedule</source>
        <translation>&amp;Перенести</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="133"/>
        <source>&amp;Reschedule %n activities</source>
        <translation>
            <numerusform>&amp;Перенести %n дело</numerusform>
            <numerusform>&amp;Перенести %n дела</numerusform>
            <numerusform>&amp;Перенести %n дел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="137"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="137"/>
        <source>De&amp;lete %n activities…</source>
        <translation>
            <numerusform>&amp;Удалить %n дело…</numerusform>
            <numerusform>&amp;Удалить %n дела…</numerusform>
            <numerusform>&amp;Удалить %n дел…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="158"/>
        <source>Only the application that created these activities can change them.</source>
        <translation>Изменить эти дела может только приложение, которое их создало.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="209"/>
        <source>Delete “%1”? This cannot be undone.</source>
        <translation>Удалить «%1»? Это действие нельзя отменить.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="211"/>
        <source>Delete %n activities? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n дело? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n дела? Это действие нельзя отменить.</numerusform>
            <numerusform>Удалить %n дел? Это действие нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="212"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="265"/>
        <source>Cards cannot be moved into Overdue: a deadline becomes overdue by itself. Drop them on Today or a later column instead.</source>
        <translation>Карточки нельзя перенести в «Просрочено»: срок становится просроченным сам. Перетащите их в «Сегодня» или более позднюю колонку.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="267"/>
        <source>To-dos, calls, meetings and e-mails always have a deadline on the portal, so they cannot be moved to No deadline. Drop them on a column with a date.</source>
        <translation>У дел, звонков, встреч и писем на портале всегда есть крайний срок, поэтому их нельзя перенести в «Без срока». Перетащите их в колонку с датой.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="269"/>
        <source>No time is left in “%1” for a new deadline. Drop the cards on a later column, or use Reschedule ▸ Pick date and time…</source>
        <translation>В «%1» не осталось времени для нового срока. Перетащите карточки в более позднюю колонку или используйте «Перенести ▸ Выбрать дату и время…»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="271"/>
        <source>%n incoming activities stay in Today until they are completed.</source>
        <translation>
            <numerusform>%n входящее дело остаётся в «Сегодня», пока не будет завершено.</numerusform>
            <numerusform>%n входящих дела остаются в «Сегодня», пока не будут завершены.</numerusform>
            <numerusform>%n входящих дел остаются в «Сегодня», пока не будут завершены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/my_activities/actions.py" line="272"/>
        <source>%n activities stay where they are: only the application that created them can change them.</source>
        <translation>
            <numerusform>%n дело остаётся на месте: изменить его может только создавшее его приложение.</numerusform>
            <numerusform>%n дела остаются на месте: изменить их может только создавшее их приложение.</numerusform>
            <numerusform>%n дел остаются на месте: изменить их может только создавшее их приложение.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyActivitiesPanel</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="109"/>
        <source>Responsible person</source>
        <extracomment>Rows added per event-loop turn while a page arrives. QSettings key of the remembered layout.</extracomment>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="110"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="116"/>
        <source>Filter by subject or client…</source>
        <translation>Фильтр по теме или клиенту…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="118"/>
        <source>Filter activities</source>
        <translation>Фильтр дел</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="126"/>
        <source>&amp;List</source>
        <translation>&amp;Список</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="129"/>
        <source>&amp;Board</source>
        <translation>&amp;Доска</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="131"/>
        <source>Show the groups as kanban columns</source>
        <translation>Показать группы колонками канбана</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="139"/>
        <source>Re&amp;load</source>
        <translation>Пере&amp;загрузить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="141"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="151"/>
        <source>My activities</source>
        <translation>Мои дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="196"/>
        <source>%1 (you)</source>
        <translation>%1 (вы)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="254"/>
        <source>User #%1</source>
        <translation>Пользователь #%1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="318"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="327"/>
        <source>Loading… %1 of %2</source>
        <translation>Загрузка… %1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="331"/>
        <source>Cancelled — %1 activities loaded</source>
        <translation>Отменено — загружено дел: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="335"/>
        <source>Could not load everything — %1 activities shown</source>
        <translation>Не удалось загрузить всё — показано дел: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/panel.py" line="344"/>
        <source>%1 open activities</source>
        <translation>Открытых дел: %1</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="51"/>
        <source>&amp;Back</source>
        <extracomment>Places remembered (the oldest is forgotten first).</extracomment>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="55"/>
        <source>Return to My activities as you left it</source>
        <translation>Вернуться в «Мои дела» в том виде, в каком вы их оставили</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="62"/>
        <source>← Back to My activities</source>
        <translation>← Назад к «Моим делам»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="64"/>
        <source>Back (Alt+Left, Esc)</source>
        <translation>Назад (Alt+Влево, Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/navigation.py" line="65"/>
        <source>Back to My activities</source>
        <translation>Назад к «Моим делам»</translation>
    </message>
</context>
<context>
    <name>OutboxCards</name>
    <message>
        <location filename="../../desktop_app/ui/outbox_cards.py" line="136"/>
        <source>To-do “%1” created.</source>
        <translation>Дело «%1» создано.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_cards.py" line="137"/>
        <source>Activity “%1” created.</source>
        <translation>Дело «%1» создано.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_cards.py" line="157"/>
        <source>“%1” was changed on the portal after you loaded it. Open it to keep your change or take theirs; nothing is overwritten until you choose.</source>
        <translation>«%1» изменено на портале после того, как вы его загрузили. Откройте его, чтобы оставить своё изменение или взять версию портала; ничего не перезаписывается, пока вы не выберете.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_cards.py" line="161"/>
        <source>Not saved: %1 The change is kept on its card; retry or discard it there.</source>
        <translation>Не сохранено: %1 Изменение сохранено на карточке; повторите или отбросьте его там.</translation>
    </message>
</context>
<context>
    <name>OutboxEntries</name>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="62"/>
        <source>Complete</source>
        <extracomment>The translation context of every label here (the UI&apos;s ``OutboxEntries``). Labels of a ``crm.activity.update`` that sets only ``COMPLETED`` (``Y`` / ``N``).</extracomment>
        <translation>Завершение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="63"/>
        <source>Reopen</source>
        <translation>Возобновление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="229"/>
        <source>New activity</source>
        <extracomment>Legacy datetime fields (compared as instants), integer fields (compared as ints) and every field a change can be checked by: the ones ``crm.activity.get`` echoes (api-spec.md §4.4–4.5). ``COMMUNICATIONS``, ``FILES``, ``pingOffsets``, ``parentActivityId``… are not echoed. a placeholder activity (``ID = -entry id``) from the ``fields`` of ``crm.activity.add`` a placeholder to-do from the camelCase parameters of ``crm.activity.todo.add`` the legacy ``fields`` set (what :attr:`ChangeKind.sets` gives), ``FILES`` shown as pending, ``COMPLETED`` moving ``STATUS`` a to-do&apos;s camelCase parameters set (:attr:`ChangeKind.sets`); a new deadline moves ``START_TIME``/``END_TIME`` with it the card goes the card stays (another binding is added); verified: the target is bound the card follows the primary binding to its target when that one is moved; verified: the target is bound and the source is not the card stays (a binding is removed); verified: the target is not bound nothing shown (a method no declaration knows) ``crm.activity.list`` by the entry&apos;s ``ORIGIN_ID`` and ``ORIGINATOR_ID`` (found: done with that id) ``crm.activity.list``: a to-do of the same owner, author, title, description, deadline and responsible created since the first send that no other create of ours took ``crm.activity.get`` holds every value the change sets (``FILES``: listed against the snapshot) ``crm.activity.get`` answers &quot;not found&quot; ``crm.activity.binding.list`` shows the binding change</extracomment>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="232"/>
        <source>New to-do</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="235"/>
        <location filename="../../desktop_app/services/change_kinds.py" line="238"/>
        <source>Edit</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="240"/>
        <source>New deadline</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="243"/>
        <source>New description</source>
        <translation>Новое описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="246"/>
        <source>New colour</source>
        <translation>Новый цвет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="248"/>
        <source>New responsible</source>
        <translation>Новый ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="251"/>
        <source>Delete</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="253"/>
        <source>New binding</source>
        <translation>Новая привязка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="255"/>
        <source>Moved binding</source>
        <translation>Перенос привязки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/change_kinds.py" line="257"/>
        <source>Removed binding</source>
        <translation>Удаление привязки</translation>
    </message>
</context>
<context>
    <name>OutboxEntriesView</name>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="106"/>
        <source>%1: waiting to send…</source>
        <translation>%1: ожидает отправки…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/outbox_entries.py" line="108"/>
        <source>Tried %n time(s).</source>
        <translation>
            <numerusform>Сделана %n попытка.</numerusform>
            <numerusform>Сделано %n попытки.</numerusform>
            <numerusform>Сделано %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="110"/>
        <source>Next try: %1.</source>
        <translation>Следующая попытка: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="113"/>
        <source>%1: sending…</source>
        <translation>%1: отправка…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="115"/>
        <source>%1: checking whether the portal got it…</source>
        <translation>%1: проверка, получил ли его портал…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="117"/>
        <source>no code</source>
        <translation>без кода</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="118"/>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="119"/>
        <source>%1: the portal refused this change (%2): %3</source>
        <translation>%1: портал отклонил это изменение (%2): %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="122"/>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="123"/>
        <source>Send this change again</source>
        <translation>Отправить это изменение снова</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="125"/>
        <source>D&amp;iscard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="126"/>
        <source>Drop this change; it will be lost</source>
        <translation>Отбросить это изменение; оно будет потеряно</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="131"/>
        <source>%1: which version should stay?</source>
        <translation>%1: какую версию оставить?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="148"/>
        <source>Discard change</source>
        <translation>Отбросить изменение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/outbox_entries.py" line="149"/>
        <source>Discard “%1”? The change has not reached the portal and will be lost.</source>
        <translation>Отбросить «%1»? Изменение не дошло до портала и будет потеряно.</translation>
    </message>
</context>
<context>
    <name>PortalActions</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="78"/>
        <source>Open a portal with an application connection first.</source>
        <extracomment>Problems named in the notice before &quot;and N more&quot;.</extracomment>
        <translation>Сначала откройте портал, подключённый через приложение.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="88"/>
        <source>&amp;Create on portal…</source>
        <translation>&amp;Создать на портале…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="89"/>
        <source>Create a configurable activity with this layout in the entity open in the main window (crm.activity.configurable.add)</source>
        <translation>Создать настраиваемое дело с этим макетом в объекте, открытом в главном окне (crm.activity.configurable.add)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="91"/>
        <source>&amp;Update on portal…</source>
        <translation>&amp;Обновить на портале…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="92"/>
        <source>Replace the layout of the activity being edited (crm.activity.configurable.update)</source>
        <translation>Заменить макет редактируемого дела (crm.activity.configurable.update)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="93"/>
        <source>&amp;Save blocks on portal</source>
        <translation>Сохранить &amp;блоки на портале</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="94"/>
        <source>Attach these content blocks to the activity (crm.activity.layout.blocks.set)</source>
        <translation>Добавить эти блоки содержимого к делу (crm.activity.layout.blocks.set)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="95"/>
        <source>&amp;Remove blocks</source>
        <translation>&amp;Удалить блоки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="96"/>
        <source>Remove this application&apos;s content blocks from the activity (crm.activity.layout.blocks.delete)</source>
        <translation>Удалить блоки содержимого этого приложения из дела (crm.activity.layout.blocks.delete)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="104"/>
        <source>&amp;Portal</source>
        <translation>П&amp;ортал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="111"/>
        <source>Portal</source>
        <translation>Портал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="135"/>
        <source>Editing the layout of activity #%1 “%2”</source>
        <translation>Редактируется макет дела #%1 «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="138"/>
        <source>Content blocks of activity #%1 “%2”</source>
        <translation>Блоки содержимого дела #%1 «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="171"/>
        <source>(layout)</source>
        <translation>(макет)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="173"/>
        <source>Not sent: the layout has problems the portal would refuse — %1.</source>
        <translation>Не отправлено: в макете есть ошибки, которые портал не примет, — %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="174"/>
        <source>the text is not a JSON object</source>
        <translation>текст не является объектом JSON</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/layout_editor/portal_bar.py" line="176"/>
        <source>And %n more (see the list of problems).</source>
        <translation>
            <numerusform>И ещё %n (см. список проблем).</numerusform>
            <numerusform>И ещё %n (см. список проблем).</numerusform>
            <numerusform>И ещё %n (см. список проблем).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortalMovePrompt</name>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="92"/>
        <source>Hide this message (nothing is sent to the new address)</source>
        <translation>Скрыть это сообщение (на новый адрес ничего не отправляется)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="93"/>
        <source>Hide message</source>
        <translation>Скрыть сообщение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="99"/>
        <source>Portal address changed</source>
        <translation>Адрес портала изменился</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="131"/>
        <source>The portal %1 now answers from another address: %2. Nothing has been sent there. If your portal has moved, connect to it again with a webhook from its new address (Portal → Connect a portal…).</source>
        <translation>Портал %1 теперь отвечает с другого адреса: %2. Туда ничего не отправлено. Если ваш портал переехал, подключитесь к нему заново с вебхуком с нового адреса (Портал → Подключить портал…).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="141"/>
        <source>The portal %1 now answers from another address: %2. Nothing has been sent there. Follow only if you know your portal has moved: your webhook and your changes will then go to %2.</source>
        <translation>Портал %1 теперь отвечает с другого адреса: %2. Туда ничего не отправлено. Переходите, только если точно знаете, что портал переехал: тогда ваш вебхук и изменения будут отправляться на %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="144"/>
        <source>Follow to %1</source>
        <translation>Перейти на %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="145"/>
        <source>Use %1 as the portal&apos;s address from now on</source>
        <translation>Отныне использовать %1 как адрес портала</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="146"/>
        <source>Stay on %1</source>
        <translation>Остаться на %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="147"/>
        <source>Send nothing to %1; your changes wait in the outbox</source>
        <translation>Ничего не отправлять на %1; ваши изменения ждут в исходящей очереди</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="165"/>
        <source>Activity Desk cannot follow %1: %2. Nothing has been sent there; your changes wait in the outbox.</source>
        <translation>Activity Desk не может перейти на %1: %2. Туда ничего не отправлено; ваши изменения ждут в исходящей очереди.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/portal_move.py" line="176"/>
        <source>Following the portal to %1. Changes waiting in the outbox are sent there now.</source>
        <translation>Переход на портал по адресу %1. Изменения из исходящей очереди отправляются туда.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/portal_move.py" line="189"/>
        <source>Staying on %1: nothing is sent to %2. %n change(s) wait in the outbox until you follow the move; Activity Desk asks again on the next start.</source>
        <translation>
            <numerusform>Остаёмся на %1: на %2 ничего не отправляется. %n изменение ждёт в исходящей очереди, пока вы не перейдёте на новый адрес; Activity Desk спросит снова при следующем запуске.</numerusform>
            <numerusform>Остаёмся на %1: на %2 ничего не отправляется. %n изменения ждут в исходящей очереди, пока вы не перейдёте на новый адрес; Activity Desk спросит снова при следующем запуске.</numerusform>
            <numerusform>Остаёмся на %1: на %2 ничего не отправляется. %n изменений ждут в исходящей очереди, пока вы не перейдёте на новый адрес; Activity Desk спросит снова при следующем запуске.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewOptionsBar</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/options_bar.py" line="24"/>
        <source>Viewer&apos;s interface language (texts with translations)</source>
        <translation>Язык интерфейса зрителя (для текстов с переводами)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/options_bar.py" line="26"/>
        <source>Web</source>
        <translation>Веб</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/options_bar.py" line="27"/>
        <source>Mobile</source>
        <translation>Мобильное</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/options_bar.py" line="28"/>
        <source>Read-only viewer</source>
        <translation>Только просмотр</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/options_bar.py" line="29"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/options_bar.py" line="30"/>
        <source>Dark</source>
        <translation>Тёмная тема</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/options_bar.py" line="33"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="23"/>
        <source>The layout is missing, empty or not an object.</source>
        <translation>Макет отсутствует, пуст или не является объектом.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="24"/>
        <source>A required field is missing.</source>
        <translation>Не хватает обязательного поля.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="25"/>
        <source>A field the portal does not know; remove it.</source>
        <translation>Поле, неизвестное порталу; удалите его.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="26"/>
        <source>A value outside the allowed set.</source>
        <translation>Значение вне допустимого набора.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="27"/>
        <source>More entries than the portal allows.</source>
        <translation>Элементов больше, чем допускает портал.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="28"/>
        <source>A key may contain only A–Z, a–z, 0–9, _ and -.</source>
        <translation>Ключ может содержать только A–Z, a–z, 0–9, _ и -.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="29"/>
        <source>A translation key that is not a portal language.</source>
        <translation>Ключ перевода не является языком портала.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="30"/>
        <source>A value of the wrong shape.</source>
        <translation>Значение неверной структуры.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="31"/>
        <source>The text is too large; it was not read.</source>
        <translation>Текст слишком большой; он не прочитан.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="32"/>
        <source>The text is not valid JSON.</source>
        <translation>Текст не является корректным JSON.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="33"/>
        <source>The JSON is nested too deeply.</source>
        <translation>Слишком глубокая вложенность JSON.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="74"/>
        <source>Severity</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="74"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="74"/>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="74"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="74"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="87"/>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="105"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="87"/>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="105"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/problems_model.py" line="91"/>
        <source>(layout)</source>
        <translation>(макет)</translation>
    </message>
</context>
<context>
    <name>ProfilesMenu</name>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="74"/>
        <source>&amp;Remove this portal…</source>
        <translation>&amp;Удалить этот портал…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="77"/>
        <source>Delete this portal&apos;s saved connection and its local data from this computer</source>
        <translation>Удалить сохранённое подключение к этому порталу и его локальные данные с этого компьютера</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="148"/>
        <source>The saved connection of %1 is not in the system keyring any more; connect the portal again.</source>
        <translation>Сохранённого подключения к %1 больше нет в системной связке ключей; подключите портал заново.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="165"/>
        <source>Remove %1 from Activity Desk?

Its saved connection (in the system keyring) and its local data on this computer (saved lists and timelines) will be deleted. The portal itself is not changed.</source>
        <translation>Удалить %1 из Activity Desk?

Сохранённое подключение (в системной связке ключей) и локальные данные на этом компьютере (сохранённые списки и таймлайны) будут удалены. Сам портал не изменится.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/profiles_menu.py" line="170"/>
        <source>%n change(s) not yet sent to the portal will be lost.</source>
        <translation>
            <numerusform>%n изменение, ещё не отправленное на портал, будет потеряно.</numerusform>
            <numerusform>%n изменения, ещё не отправленные на портал, будут потеряны.</numerusform>
            <numerusform>%n изменений, ещё не отправленных на портал, будут потеряны.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="171"/>
        <source>Remove this portal</source>
        <translation>Удаление портала</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="175"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="203"/>
        <source>The portal&apos;s local data could not be deleted: %1</source>
        <translation>Не удалось удалить локальные данные портала: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="207"/>
        <source>The portal was removed from Activity Desk.</source>
        <translation>Портал удалён из Activity Desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/profiles_menu.py" line="229"/>
        <source>Not connected</source>
        <translation>Не подключено</translation>
    </message>
</context>
<context>
    <name>QuickEdit</name>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="75"/>
        <source>In 1 hour</source>
        <translation>Через 1 час</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="76"/>
        <source>Tomorrow, 9:00</source>
        <translation>Завтра, 9:00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="77"/>
        <source>Next Monday, 9:00</source>
        <translation>В следующий понедельник, 9:00</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="170"/>
        <source>Default (yellow)</source>
        <translation>По умолчанию (жёлтый)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="171"/>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="172"/>
        <source>Turquoise</source>
        <translation>Бирюзовый</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="173"/>
        <source>Orange</source>
        <translation>Оранжевый</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="174"/>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="175"/>
        <source>Purple</source>
        <translation>Фиолетовый</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="176"/>
        <source>Grey</source>
        <translation>Серый</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="177"/>
        <source>Pink</source>
        <translation>Розовый</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="203"/>
        <source>&amp;Colour</source>
        <translation>&amp;Цвет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="223"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="236"/>
        <source>No users loaded</source>
        <translation>Пользователи не загружены</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="245"/>
        <source>&amp;Deadline</source>
        <translation>&amp;Крайний срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/quick_edit.py" line="252"/>
        <source>&amp;Pick date and time…</source>
        <translation>&amp;Выбрать дату и время…</translation>
    </message>
</context>
<context>
    <name>QuitGuardMixin</name>
    <message>
        <location filename="../../desktop_app/ui/window_quit.py" line="67"/>
        <source>Changes not sent yet</source>
        <extracomment>Quitting was asked for (Portal → Quit, the tray&apos;s Quit): the close is not a hide to the tray.</extracomment>
        <translation>Изменения ещё не отправлены</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/window_quit.py" line="68"/>
        <source>%n change(s) have not reached the portal yet. They are kept and will be sent the next time you start Activity Desk.</source>
        <translation>
            <numerusform>%n изменение ещё не дошло до портала. Оно сохранено и будет отправлено при следующем запуске Activity Desk.</numerusform>
            <numerusform>%n изменения ещё не дошли до портала. Они сохранены и будут отправлены при следующем запуске Activity Desk.</numerusform>
            <numerusform>%n изменений ещё не дошли до портала. Они сохранены и будут отправлены при следующем запуске Activity Desk.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_quit.py" line="72"/>
        <source>You can also wait until they are sent; Activity Desk then quits by itself.</source>
        <translation>Можно также дождаться отправки; тогда Activity Desk закроется сам.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_quit.py" line="73"/>
        <source>&amp;Quit now</source>
        <translation>&amp;Выйти сейчас</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_quit.py" line="74"/>
        <source>&amp;Wait and quit</source>
        <translation>&amp;Дождаться и выйти</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/window_quit.py" line="104"/>
        <source>Activity Desk will quit once the %n waiting change(s) have reached the portal.</source>
        <translation>
            <numerusform>Activity Desk закроется, когда %n ожидающее изменение дойдёт до портала.</numerusform>
            <numerusform>Activity Desk закроется, когда %n ожидающих изменения дойдут до портала.</numerusform>
            <numerusform>Activity Desk закроется, когда %n ожидающих изменений дойдут до портала.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="141"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="53"/>
        <source>Reminder</source>
        <extracomment>How often the due reminders are looked for (ms). A popup shown on the desktop (window closed to the tray): a window of its own, frameless, on top.</extracomment>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="57"/>
        <source>To-do</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="60"/>
        <source>Deadline: %1</source>
        <translation>Крайний срок: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="62"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="63"/>
        <source>&amp;Complete</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/reminders_tray.py" line="64"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>RemindersBox</name>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="50"/>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="157"/>
        <source>At the time</source>
        <translation>В момент срока</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="50"/>
        <source>15 minutes before</source>
        <translation>За 15 минут</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="50"/>
        <source>30 minutes before</source>
        <translation>За 30 минут</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="51"/>
        <source>1 hour before</source>
        <translation>За 1 час</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="51"/>
        <source>1 day before</source>
        <translation>За 1 день</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="53"/>
        <source>Reminders set on the portal are not visible to Activity Desk.</source>
        <translation>Напоминания, заданные на портале, не видны Activity Desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="56"/>
        <source>Leave them as they are on the portal</source>
        <translation>Оставить как на портале</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="58"/>
        <source>Replace them with these:</source>
        <translation>Заменить их этими:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="76"/>
        <source>e.g. 90, 2880</source>
        <translation>например, 90, 2880</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="77"/>
        <source>Other reminders, minutes before the deadline</source>
        <translation>Другие напоминания, в минутах до крайнего срока</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="79"/>
        <source>&amp;Other:</source>
        <translation>&amp;Другие:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="84"/>
        <source>minutes before</source>
        <translation>мин до срока</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="151"/>
        <source>Not visible to Activity Desk (set on the portal)</source>
        <translation>Не видны Activity Desk (заданы на портале)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_reminders.py" line="153"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>RestAppActivityDialog</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="52"/>
        <source>New activity: %1</source>
        <translation>Новое дело: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="59"/>
        <source>On: %1</source>
        <translation>Объект: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="63"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="65"/>
        <source>Deadline</source>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="70"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="81"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="82"/>
        <source>&amp;Deadline:</source>
        <translation>&amp;Крайний срок:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="83"/>
        <source>D&amp;escription:</source>
        <translation>О&amp;писание:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="93"/>
        <source>Enter a subject.</source>
        <translation>Введите тему.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="100"/>
        <source>Open a lead, deal, contact or company first.</source>
        <translation>Сначала откройте лид, сделку, контакт или компанию.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="105"/>
        <source>Sending to the portal…</source>
        <translation>Отправка на портал…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/rest_app_activity.py" line="121"/>
        <source>It may have reached the portal: look at the timeline before saving again.</source>
        <translation>Возможно, оно дошло до портала: проверьте таймлайн, прежде чем сохранять снова.</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <location filename="../../desktop_app/ui/screenshot_views.py" line="66"/>
        <source>Send the signed proposal</source>
        <extracomment>Files attached for ``form-attachments`` (name → bytes), written to a temporary folder.</extracomment>
        <translation>Отправить подписанное предложение</translation>
    </message>
</context>
<context>
    <name>SegmentedModel</name>
    <message>
        <location filename="../../desktop_app/ui/my_activities/model.py" line="201"/>
        <source>expanded</source>
        <extracomment>Inserts (runs of new rows between the same two old rows) per group and slice before a layout change is used instead. counters the headers show; updated together with their ``dataChanged``.</extracomment>
        <translation>развёрнуто</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/model.py" line="201"/>
        <source>collapsed</source>
        <translation>свёрнуто</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/model.py" line="202"/>
        <source>%1, %2 activities, %3</source>
        <translation>%1, дел: %2, %3</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/my_activities/model.py" line="204"/>
        <source>%1 of %2 open activities shown</source>
        <translation>Показано открытых дел: %1 из %2</translation>
    </message>
</context>
<context>
    <name>StructurePanel</name>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="224"/>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="231"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="224"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="224"/>
        <source>Redirect URI</source>
        <translation>URI перехода</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="225"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="225"/>
        <source>Link text</source>
        <translation>Текст ссылки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="226"/>
        <source>Header</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="233"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="233"/>
        <source>Add tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="235"/>
        <source>Blocks</source>
        <translation>Блоки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="237"/>
        <source>Add %1</source>
        <translation>Добавить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="240"/>
        <source>Buttons</source>
        <translation>Кнопки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="240"/>
        <source>Add button</source>
        <translation>Добавить кнопку</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="258"/>
        <source>Fix the JSON text to edit the layout here.</source>
        <translation>Исправьте текст JSON, чтобы редактировать макет здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/layout_editor/structure_panel.py" line="272"/>
        <source>Translated title: editing the “%1” text.</source>
        <translation>Переведённый заголовок: редактируется текст «%1».</translation>
    </message>
</context>
<context>
    <name>TechnicalDetails</name>
    <message>
        <location filename="../../desktop_app/ui/details_technical.py" line="43"/>
        <location filename="../../desktop_app/ui/details_technical.py" line="54"/>
        <source>Technical details</source>
        <translation>Технические подробности</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_technical.py" line="44"/>
        <source>Show every field as the portal stores it</source>
        <translation>Показать все поля так, как их хранит портал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_technical.py" line="59"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/details_technical.py" line="61"/>
        <source>Copy every field to the clipboard</source>
        <translation>Скопировать все поля в буфер обмена</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="197"/>
        <source>Pinned</source>
        <extracomment>Height (px) of a section header (&quot;Planned&quot;, &quot;History&quot;, &quot;Pinned&quot;) above a section&apos;s first card. Hot zone names (``hot_zone_at``, ``hotZoneClicked``); the ``CardAction.path`` of the tree&apos;s hot zones. A layout tree is painted this far right so that its rail and icon meet the plain cards&apos; (``LINE_X``). Trees kept: a few screens of rows (few, so that the garbage collector&apos;s young generation stays small while scrolling; layout cards&apos; heights are kept apart, see ``HEIGHT_CACHE``). Layout-card heights kept (one per row and width; cleared past this). Row heights of layout cards: ``id(card)`` → (card, width, height); survives the tree LRU. Cards painted with the dark theme (:meth:`set_dark`, ui/color_scheme.py).</extracomment>
        <translation>Закреплено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="197"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="198"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="336"/>
        <source>Click to change the colour</source>
        <translation>Нажмите, чтобы изменить цвет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="337"/>
        <source>Click to change the deadline</source>
        <translation>Нажмите, чтобы изменить крайний срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="338"/>
        <source>Click to change the responsible person</source>
        <translation>Нажмите, чтобы сменить ответственного</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="340"/>
        <source>Mark as done (Space)</source>
        <translation>Отметить как выполненное (Пробел)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="341"/>
        <source>Show the whole description (Right arrow)</source>
        <translation>Показать описание целиком (стрелка вправо)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="342"/>
        <source>Show one line of the description (Left arrow)</source>
        <translation>Показать одну строку описания (стрелка влево)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/delegate.py" line="343"/>
        <source>Open the details with the attachments</source>
        <translation>Открыть подробности с вложениями</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="68"/>
        <source>All</source>
        <extracomment>Typing pause before a search reloads the timeline (as the entity browser&apos;s search).</extracomment>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="68"/>
        <source>Show every activity</source>
        <translation>Показать все дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="69"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="69"/>
        <source>Show activities that are not completed</source>
        <translation>Показать незавершённые дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="70"/>
        <source>Completed</source>
        <translation>Завершённые</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="70"/>
        <source>Show completed activities</source>
        <translation>Показать завершённые дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="71"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="71"/>
        <source>Show open activities past their deadline</source>
        <translation>Показать открытые дела с истёкшим сроком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="92"/>
        <source>To-dos</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="92"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="93"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="93"/>
        <source>E-mails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="94"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="94"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="103"/>
        <source>Show only these kinds</source>
        <translation>Показать только эти виды</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="108"/>
        <source>Show only activities of these people</source>
        <translation>Показать только дела этих сотрудников</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="112"/>
        <source>Search subject and description…</source>
        <translation>Поиск по теме и описанию…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="114"/>
        <source>Search the timeline</source>
        <translation>Поиск в таймлайне</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="124"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="201"/>
        <source>Type (%1)</source>
        <translation>Тип (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="201"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="204"/>
        <source>Responsible (%1)</source>
        <translation>Ответственный (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/filter_bar.py" line="204"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
</context>
<context>
    <name>TimelineFormat</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/format.py" line="98"/>
        <source>yesterday, {time}</source>
        <translation>вчера, {time}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/format.py" line="99"/>
        <source>today, {time}</source>
        <translation>сегодня, {time}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/format.py" line="100"/>
        <source>tomorrow, {time}</source>
        <translation>завтра, {time}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="218"/>
        <source>Overdue</source>
        <extracomment>A total order over rows; smaller sorts first.</extracomment>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="219"/>
        <source>Incoming</source>
        <translation>Входящее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="220"/>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="221"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="224"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="225"/>
        <source>incoming</source>
        <translation>входящее</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="226"/>
        <source>completed</source>
        <translation>завершено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="227"/>
        <source>planned</source>
        <translation>запланировано</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="229"/>
        <source>To-do</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="231"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="232"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="233"/>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="236"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="237"/>
        <source>Incoming e-mail</source>
        <translation>Входящее письмо</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="238"/>
        <source>Outgoing e-mail</source>
        <translation>Исходящее письмо</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="240"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="241"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="242"/>
        <source>Activity</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="243"/>
        <source>deadline {date}</source>
        <translation>крайний срок {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="244"/>
        <source>no deadline</source>
        <translation>без срока</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="245"/>
        <source>responsible: {name}</source>
        <translation>ответственный: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="246"/>
        <source>no responsible user</source>
        <translation>ответственный не назначен</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="247"/>
        <source>{kind} “{subject}”, {state}, {deadline}, {responsible}.</source>
        <translation>{kind} «{subject}», {state}, {deadline}, {responsible}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="249"/>
        <source>{kind} · {state}</source>
        <translation>{kind} · {state}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="250"/>
        <source>Deadline: {date}</source>
        <translation>Крайний срок: {date}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="251"/>
        <source>Pinned</source>
        <translation>Закреплено</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="252"/>
        <source>Pinned.</source>
        <translation>Закреплено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="253"/>
        <source>Client: {client}</source>
        <translation>Клиент: {client}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="254"/>
        <source>File {id}</source>
        <translation>Файл {id}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="255"/>
        <source>Files: {names}</source>
        <translation>Файлы: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="256"/>
        <source>Responsible: {name}</source>
        <translation>Ответственный: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cards.py" line="257"/>
        <source>{title}: {value}</source>
        <translation>{title}: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="67"/>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="68"/>
        <source>Your change is being sent to the portal.</source>
        <translation>Ваше изменение отправляется на портал.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="70"/>
        <source>Your change is saved on this computer and will be sent to the portal.</source>
        <translation>Ваше изменение сохранено на этом компьютере и будет отправлено на портал.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="72"/>
        <source>Your change will be sent again: {reason}</source>
        <translation>Ваше изменение будет отправлено снова: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="73"/>
        <source>Waiting to send</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="75"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="76"/>
        <source>The connection broke after sending; checking whether the portal saved it.</source>
        <translation>Связь прервалась после отправки; проверяем, сохранил ли его портал.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="78"/>
        <source>Changed on the portal</source>
        <translation>Изменено на портале</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="79"/>
        <source>Someone changed this activity on the portal since you loaded it. Choose whether to keep your change or take theirs.</source>
        <translation>Кто-то изменил это дело на портале после того, как вы его загрузили. Выберите: оставить своё изменение или взять версию портала.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="82"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="84"/>
        <source>Not saved: {code}</source>
        <translation>Не сохранено: {code}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/sync.py" line="85"/>
        <source>The portal did not save your change ({code}): {reason}</source>
        <translation>Портал не сохранил ваше изменение ({code}): {reason}</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="132"/>
        <source>Select a lead, deal, contact or company</source>
        <extracomment>The entity whose unfiltered (cached) timeline the cards show, else None. The last card menu / quick-edit popup shown (kept for tests and to close it on reload).</extracomment>
        <translation>Выберите лид, сделку, контакт или компанию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="140"/>
        <source>New &amp;to-do</source>
        <translation>Новое &amp;дело</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="142"/>
        <source>Plan a to-do in this timeline (Ctrl+N)</source>
        <translation>Запланировать дело в этом таймлайне (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="145"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="147"/>
        <source>Load the timeline again (F5)</source>
        <translation>Загрузить таймлайн заново (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="165"/>
        <source>Timeline</source>
        <translation>Таймлайн</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cached_view.py" line="79"/>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="279"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cached_view.py" line="90"/>
        <location filename="../../desktop_app/ui/timeline/cached_view.py" line="100"/>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="288"/>
        <source>Could not load the timeline.</source>
        <translation>Не удалось загрузить таймлайн.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cached_view.py" line="83"/>
        <source>Showing what was seen at %1; updating…</source>
        <translation>Показано состояние на %1; обновление…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cached_view.py" line="94"/>
        <source>Offline — showing what was seen at %1. Refresh to try again.</source>
        <translation>Нет связи — показано состояние на %1. Обновите, чтобы попробовать снова.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/cached_view.py" line="103"/>
        <source>Could not update; showing what was seen at %1.</source>
        <translation>Не удалось обновить; показано состояние на %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/timeline/panel.py" line="327"/>
        <source>%n activities match</source>
        <translation>
            <numerusform>Подходит %n дело</numerusform>
            <numerusform>Подходят %n дела</numerusform>
            <numerusform>Подходят %n дел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="328"/>
        <source>No activities match these filters</source>
        <translation>Нет дел, подходящих под эти фильтры</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="330"/>
        <source>No activities yet.</source>
        <translation>Дел пока нет.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="332"/>
        <source>%1 activities shown; scroll for older ones.</source>
        <translation>Показано дел: %1; прокрутите, чтобы увидеть более ранние.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/panel.py" line="334"/>
        <source>%1 activities.</source>
        <translation>Дел: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="86"/>
        <source>No lead, deal, contact or company selected</source>
        <translation>Не выбран лид, сделка, контакт или компания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="87"/>
        <source>Pick one in the list on the left to see its timeline.</source>
        <translation>Выберите объект в списке слева, чтобы увидеть его таймлайн.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="197"/>
        <source>Could not load the timeline</source>
        <translation>Не удалось загрузить таймлайн</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="198"/>
        <source>Check the connection, then press Refresh (F5).</source>
        <translation>Проверьте подключение и нажмите «Обновить» (F5).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="200"/>
        <source>No activity matches these filters</source>
        <translation>Нет дел, подходящих под эти фильтры</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="201"/>
        <source>Change or clear the filters above to see more.</source>
        <translation>Измените или сбросьте фильтры выше, чтобы увидеть больше.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="203"/>
        <source>No activities yet</source>
        <translation>Дел пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/timeline/card_actions.py" line="204"/>
        <source>Press Ctrl+N to add a to-do to this timeline.</source>
        <translation>Нажмите Ctrl+N, чтобы добавить дело в этот таймлайн.</translation>
    </message>
</context>
<context>
    <name>TodoForm</name>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="100"/>
        <source>Deadline</source>
        <extracomment>Todo palette (server-behaviour.md §4.9), ``None`` = default. Deadline: typed text, calendar, quick choices, in the portal user&apos;s zone (:class:`DateTimeEdit`).</extracomment>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="106"/>
        <source>What needs to be done</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="110"/>
        <source>Details (optional)</source>
        <translation>Подробности (необязательно)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="122"/>
        <source>Default colour</source>
        <translation>Цвет по умолчанию</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="122"/>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="122"/>
        <source>Turquoise</source>
        <translation>Бирюзовый</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="122"/>
        <source>Orange</source>
        <translation>Оранжевый</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="123"/>
        <source>Olive green</source>
        <translation>Оливковый</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="123"/>
        <source>Violet</source>
        <translation>Фиолетовый</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="123"/>
        <source>Grey</source>
        <translation>Серый</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="123"/>
        <source>Rose</source>
        <translation>Розовый</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="152"/>
        <source>&amp;Deadline*</source>
        <extracomment>Reminders: the portal&apos;s presets, other minutes, and the keep/set choice when unknown. Files to attach (and, editing, the portal&apos;s files); files dropped on the form land here.</extracomment>
        <translation>&amp;Крайний срок*</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="153"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="154"/>
        <source>D&amp;escription</source>
        <translation>О&amp;писание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="155"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="156"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="157"/>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="158"/>
        <source>&amp;Files</source>
        <translation>&amp;Файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="160"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="163"/>
        <location filename="../../desktop_app/ui/todo_form.py" line="295"/>
        <source>Create the to-do (Ctrl+Enter)</source>
        <translation>Создать дело (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="164"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="224"/>
        <source>New to-do for %1</source>
        <translation>Новое дело для «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="269"/>
        <source>Edit to-do “%1”</source>
        <translation>Изменить дело «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="270"/>
        <source>Save the changes (Ctrl+Enter)</source>
        <translation>Сохранить изменения (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="274"/>
        <source>This to-do is completed; the portal does not allow editing it (CAN_NOT_UPDATE_COMPLETED_TODO). Reopen it first.</source>
        <translation>Это дело завершено; портал не разрешает его изменять (CAN_NOT_UPDATE_COMPLETED_TODO). Сначала возобновите его.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="328"/>
        <source>enter what needs to be done — a title, a description or both.</source>
        <translation>укажите, что нужно сделать, — название, описание или и то и другое.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="336"/>
        <source>Nothing changed.</source>
        <translation>Ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="353"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="354"/>
        <source>Title or description</source>
        <translation>Название или описание</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="365"/>
        <source>Please correct the marked fields.</source>
        <translation>Исправьте отмеченные поля.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="376"/>
        <location filename="../../desktop_app/ui/todo_form.py" line="379"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/todo_form.py" line="381"/>
        <source>Not saved — your input is kept.</source>
        <translation>Не сохранено — введённые данные не потеряны.</translation>
    </message>
</context>
<context>
    <name>TypesDialog</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="85"/>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="88"/>
        <source>Activity types</source>
        <translation>Типы дел</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="86"/>
        <source>Custom activity types registered by this application. A configurable type is used by configurable activities; an activity of any other type can be created here.</source>
        <translation>Пользовательские типы дел, зарегистрированные этим приложением. Настраиваемый тип используют настраиваемые дела; дело любого другого типа можно создать здесь.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="89"/>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="89"/>
        <source>Add a type</source>
        <translation>Добавить тип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="90"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="90"/>
        <source>Delete the selected type</source>
        <translation>Удалить выбранный тип</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="105"/>
        <source>&amp;New activity of this type…</source>
        <translation>&amp;Новое дело этого типа…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="106"/>
        <source>New activity of the selected type</source>
        <translation>Новое дело выбранного типа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="91"/>
        <source>&amp;Reload</source>
        <translation>&amp;Перезагрузить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="91"/>
        <source>Reload the types</source>
        <translation>Загрузить типы заново</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="92"/>
        <source>Loading the types…</source>
        <translation>Загрузка типов…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="117"/>
        <source>%n type(s).</source>
        <translation>
            <numerusform>%n тип.</numerusform>
            <numerusform>%n типа.</numerusform>
            <numerusform>%n типов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="118"/>
        <source>This application has no custom types yet.</source>
        <translation>У этого приложения пока нет пользовательских типов.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="145"/>
        <source>Register a new type with a name and an icon</source>
        <translation>Зарегистрировать новый тип с названием и значком</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="146"/>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="150"/>
        <source>Select a type first.</source>
        <translation>Сначала выберите тип.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="147"/>
        <source>Delete the selected type from the portal</source>
        <translation>Удалить выбранный тип с портала</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="152"/>
        <source>A configurable type is used by configurable activities (Tools → Layout editor).</source>
        <translation>Настраиваемый тип используют настраиваемые дела (Инструменты → Редактор макетов).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="154"/>
        <source>Open a lead, deal, contact or company first: the activity is created there.</source>
        <translation>Сначала откройте лид, сделку, контакт или компанию: дело создаётся там.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="157"/>
        <source>Create an activity of this type on the entity on screen</source>
        <translation>Создать дело этого типа у объекта на экране</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="93"/>
        <source>Delete a type</source>
        <translation>Удаление типа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="94"/>
        <source>Delete the type “%1” from the portal? Its activities stay; no new ones can be created.</source>
        <translation>Удалить тип «%1» с портала? Его дела останутся, но новые создать будет нельзя.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="95"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="96"/>
        <source>Deleting “%1”…</source>
        <translation>Удаление «%1»…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="97"/>
        <source>“%1” was not deleted: %2</source>
        <translation>«%1» не удалён: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="98"/>
        <source>The list is read again to see whether the portal did it.</source>
        <translation>Список загружается заново, чтобы проверить, выполнил ли это портал.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="99"/>
        <source>“%1” was deleted.</source>
        <translation>«%1» удалён.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="170"/>
        <source>The activity was created; it is in the timeline.</source>
        <translation>Дело создано; оно в таймлайне.</translation>
    </message>
</context>
<context>
    <name>TypesModel</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="55"/>
        <source>Yes</source>
        <extracomment>The :class:`AppActivityType` of a row (any column).</extracomment>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="55"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="59"/>
        <source>Type ID</source>
        <translation>ID типа</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="59"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/types_dialog.py" line="59"/>
        <source>Configurable</source>
        <translation>Настраиваемый</translation>
    </message>
</context>
<context>
    <name>UnavailableDialog</name>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="236"/>
        <source>Application features</source>
        <translation>Возможности приложения</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="243"/>
        <source>&amp;Connect an application…</source>
        <translation>&amp;Подключить приложение…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="245"/>
        <source>Connect an application</source>
        <translation>Подключить приложение</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="257"/>
        <source>Custom activity types, activities of those types, configurable activities, additional content blocks and adding badges need an application connection (OAuth): Bitrix24 lets only an application call these methods, never an incoming webhook.</source>
        <translation>Для пользовательских типов дел, дел этих типов, настраиваемых дел, дополнительных блоков содержимого и добавления бейджей нужно подключение через приложение (OAuth): Битрикс24 разрешает вызывать эти методы только приложениям, но не входящим вебхукам.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="260"/>
        <source>To add one: create a local application on your portal (Developer resources → Other → Local application, with the crm scope), then choose Portal → Connect a portal… → the Application (OAuth) tab, and enter its client id and client secret. The webhook keeps working beside it.</source>
        <translation>Чтобы его добавить, создайте на портале локальное приложение (Разработчикам → Другое → Локальное приложение, с правами crm), затем выберите Портал → Подключить портал… → вкладку «Приложение (OAuth)» и введите код приложения (client_id) и ключ приложения (client_secret). Вебхук продолжит работать параллельно.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="265"/>
        <source>The application features come back by themselves when the portal answers again.</source>
        <translation>Возможности приложения вернутся сами, когда портал снова ответит.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/app_features/menu.py" line="268"/>
        <source>This portal is connected by an incoming webhook only.</source>
        <translation>Этот портал подключён только входящим вебхуком.</translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <location filename="../../desktop_app/ui/update_notice.py" line="50"/>
        <source>Activity Desk %1 is available (you have %2). Nothing is installed by itself.</source>
        <extracomment>How often a running app looks again (ms); the service still asks the feed at most once a day.</extracomment>
        <translation>Доступна версия Activity Desk %1 (у вас %2). Сама по себе она не устанавливается.</translation>
    </message>
</context>
<context>
    <name>WindowStateMixin</name>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="48"/>
        <source>Demo portal (sandbox) · %1</source>
        <extracomment>How often an offline window asks the portal whether it answers again (ms). Wait after a confirmed change before asking for the entity counters again (seconds). The entity list&apos;s narrowest comfortable width (px); below it the list gives way to the side form.</extracomment>
        <translation>Демо-портал (песочница) · %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="64"/>
        <source>Offline: %1 cannot be reached. Saved lists and timelines are shown; your changes are kept and sent when the portal answers again (checked every %2 s, or press F5).</source>
        <translation>Нет связи: %1 недоступен. Показаны сохранённые списки и таймлайны; ваши изменения сохранены и будут отправлены, когда портал снова ответит (проверка каждые %2 с, или нажмите F5).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="109"/>
        <source>Activity Desk</source>
        <translation>Activity Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="113"/>
        <source>demo portal</source>
        <translation>демо-портал</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="115"/>
        <source>%1 (offline)</source>
        <translation>%1 (нет связи)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="116"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="116"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="117"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="117"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="120"/>
        <source>My activities</source>
        <translation>Мои дела</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="122"/>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="123"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_state.py" line="150"/>
        <source>The list makes room for the form; Ctrl+F shows it again.</source>
        <translation>Список уступает место форме; Ctrl+F снова показывает его.</translation>
    </message>
</context>
<context>
    <name>WindowTray</name>
    <message>
        <location filename="../../desktop_app/ui/window_tray.py" line="33"/>
        <source>&amp;Open Activity Desk</source>
        <translation>&amp;Открыть Activity Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_tray.py" line="36"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_tray.py" line="67"/>
        <source>Activity Desk</source>
        <translation>Activity Desk</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_tray.py" line="88"/>
        <source>Activity Desk is still running</source>
        <translation>Activity Desk продолжает работать</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/window_tray.py" line="89"/>
        <source>Reminders keep coming while the window is closed. Open it again or quit from the tray icon.</source>
        <translation>Напоминания приходят и при закрытом окне. Откройте его снова или выйдите через значок в трее.</translation>
    </message>
</context>
</TS>
