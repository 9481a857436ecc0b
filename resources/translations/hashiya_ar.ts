<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name></name>
    <message>
        <source>Not changed: another program is writing to the database. This step has been taken out of the undo history; the document is as shown.</source>
        <translation>لم يتغير شيء: برنامج آخر يكتب في قاعدة البيانات. أُخرجت هذه الخطوة من سجل التراجع، والمستند كما هو معروض.</translation>
    </message>
    <message>
        <source>Not saved: another program is writing to the database. Try again in a moment.</source>
        <translation>لم يُحفظ: برنامج آخر يكتب في قاعدة البيانات. حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <source>add %1 %2</source>
        <translation>إضافة %1 %2</translation>
    </message>
    <message>
        <source>delete %1 %2</source>
        <translation>حذف %1 %2</translation>
    </message>
    <message>
        <source>links: %1</source>
        <translation>الروابط: %1</translation>
    </message>
    <message>
        <source>Dropped what %1 cannot hold: %2</source>
        <translation>حُذف ما لا يقبله %1: %2</translation>
    </message>
    <message>
        <source>mark document %1 %2</source>
        <translation>تعليم الوثيقة %1 بـ %2</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>تعذّر فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>فتح قاعدة بيانات</translation>
    </message>
    <message>
        <source>Hashiya databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات حاشية (*.sqlite3 *.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>قاعدة بيانات جديدة</translation>
    </message>
    <message>
        <source>Hashiya databases (*.sqlite3)</source>
        <translation>قواعد بيانات حاشية (*.sqlite3)</translation>
    </message>
    <message>
        <source>%1 already exists; use Open database instead.</source>
        <translation>%1 موجودة من قبل؛ استخدم «فتح قاعدة بيانات» بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(لا شيء بعد)</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>استيراد وثائق</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>فشل الاستيراد</translation>
    </message>
    <message>
        <source>Import finished.</source>
        <translation>اكتمل الاستيراد.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n document(s) to %1</source>
        <translation>
            <numerusform>لم تُصدَّر أي وثيقة إلى %1</numerusform>
            <numerusform>صُدِّرت وثيقة واحدة إلى %1</numerusform>
            <numerusform>صُدِّرت وثيقتان إلى %1</numerusform>
            <numerusform>صُدِّرت %n وثائق إلى %1</numerusform>
            <numerusform>صُدِّرت %n وثيقة إلى %1</numerusform>
            <numerusform>صُدِّرت %n وثيقة إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <source>relabel %1 as %2</source>
        <translation>إعادة وسم %1 بـ %2</translation>
    </message>
    <message>
        <source>Saved: the database is free again.</source>
        <translation>حُفظ: قاعدة البيانات متاحة من جديد.</translation>
    </message>
    <message>
        <source>Not saved: another program is still writing to the database. Try again later.</source>
        <translation>لم يُحفظ: ما زال برنامج آخر يكتب في قاعدة البيانات. حاول لاحقًا.</translation>
    </message>
    <message>
        <source>The database is busy (another program is writing to it); your edit is kept and will be saved as soon as it is free.</source>
        <translation>قاعدة البيانات مشغولة (برنامج آخر يكتب فيها)؛ تعديلك محفوظ وسيُسجَّل حالما تفرغ.</translation>
    </message>
    <message>
        <source>set %1 of %2</source>
        <translation>ضبط %1 لـ %2</translation>
    </message>
    <message>
        <source>edit note of %1</source>
        <translation>تعديل ملاحظة %1</translation>
    </message>
    <message>
        <source>Select a CLAIM first, then press S and click its ACTOR.</source>
        <translation>حدّد ادعاءً (CLAIM) أولاً، ثم اضغط S وانقر على فاعله.</translation>
    </message>
    <message>
        <source>Click the ACTOR this claim is attributed to (Esc cancels).</source>
        <translation>انقر على الفاعل (ACTOR) الذي يُنسب إليه هذا الادعاء (Esc للإلغاء).</translation>
    </message>
    <message>
        <source>link %1 to %2</source>
        <translation>ربط %1 بـ %2</translation>
    </message>
    <message>
        <source>Select a CLAIM, then select its cue word and press C.</source>
        <translation>حدّد ادعاءً، ثم ظلّل لفظ الإسناد واضغط C.</translation>
    </message>
    <message>
        <source>mark cue %1</source>
        <translation>تحديد لفظ الإسناد %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>الوثائق</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>الخصائص</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>المطابقة</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>فتح &amp;الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;وسم</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <source>Span &amp;edges</source>
        <translation>حدود ال&amp;مقطع</translation>
    </message>
    <message>
        <source>All documents are done.</source>
        <translation>اكتملت كل الوثائق.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>تعليم كمكتملة</translation>
    </message>
    <message>
        <source>This document has no annotations. Mark it done anyway?</source>
        <translation>لا تعليقات في هذه الوثيقة. أتُعلَّم كمكتملة مع ذلك؟</translation>
    </message>
    <message>
        <source>This document is not marked done.</source>
        <translation>هذه الوثيقة ليست معلّمة كمكتملة.</translation>
    </message>
    <message>
        <source>Select some words first (drag, double-click or Shift+arrows).</source>
        <translation>ظلّل بعض الكلمات أولاً (بالسحب أو النقر المزدوج أو Shift مع الأسهم).</translation>
    </message>
    <message>
        <source>That is not an ACTOR: click a highlighted actor, or press Esc.</source>
        <translation>هذا ليس فاعلاً: انقر على فاعل موسوم، أو اضغط Esc.</translation>
    </message>
    <message>
        <source>Linking cancelled.</source>
        <translation>أُلغي الربط.</translation>
    </message>
    <message>
        <source>resize %1 to %2</source>
        <translation>تغيير حدود %1 إلى %2</translation>
    </message>
    <message>
        <source>No proclitic to take in or leave out here.</source>
        <translation>لا سابقة هنا تُضَمّ أو تُستبعَد.</translation>
    </message>
    <message>
        <source>Select an annotation first (click a highlight or press Tab).</source>
        <translation>اختر توسيمًا أولًا (انقر على تظليل أو اضغط Tab).</translation>
    </message>
    <message>
        <source>That edge cannot move further.</source>
        <translation>لا يمكن تحريك هذا الحد أبعد من ذلك.</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>claims it is the source of: %1</source>
        <translation>عدد الادعاءات المنسوبة إليه: %1</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <source>About Hashiya</source>
        <translation>عن حاشية</translation>
    </message>
    <message>
        <source>Not changed: another program is writing to the database. This step has been taken out of the undo history; the schema is as shown.</source>
        <translation>لم يتغير شيء: برنامج آخر يكتب في قاعدة البيانات. أُخرجت هذه الخطوة من سجل التراجع، والمخطط كما هو معروض.</translation>
    </message>
    <message>
        <source>change keys of %1</source>
        <translation>تغيير مفاتيح %1</translation>
    </message>
    <message>
        <source>add label %1</source>
        <translation>إضافة الوسم %1</translation>
    </message>
    <message>
        <source>rename label %1 to %2</source>
        <translation>إعادة تسمية الوسم %1 إلى %2</translation>
    </message>
    <message>
        <source>change label %1</source>
        <translation>تعديل الوسم %1</translation>
    </message>
    <message>
        <source>delete label %1</source>
        <translation>حذف الوسم %1</translation>
    </message>
    <message>
        <source>rename relation type %1</source>
        <translation>إعادة تسمية نوع العلاقة %1</translation>
    </message>
    <message>
        <source>add relation type %1</source>
        <translation>إضافة نوع العلاقة %1</translation>
    </message>
    <message>
        <source>remove relation type %1</source>
        <translation>إزالة نوع العلاقة %1</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>اختيار</translation>
    </message>
    <message>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>نعم أو لا</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>rename attribute %1</source>
        <translation>إعادة تسمية السمة %1</translation>
    </message>
    <message>
        <source>rename choice %1 of %2</source>
        <translation>إعادة تسمية الخيار %1 من %2</translation>
    </message>
    <message>
        <source>add attribute %1 to %2</source>
        <translation>إضافة الخاصية %1 إلى %2</translation>
    </message>
    <message>
        <source>remove attribute %1 of %2</source>
        <translation>إزالة الخاصية %1 من %2</translation>
    </message>
    <message>
        <source>add choice %1 to %2</source>
        <translation>إضافة الاختيار %1 إلى %2</translation>
    </message>
    <message>
        <source>remove choice %1 of %2</source>
        <translation>إزالة الاختيار %1 من %2</translation>
    </message>
    <message>
        <source>set %1 of document %2</source>
        <translation>تعيين %1 للوثيقة %2</translation>
    </message>
    <message>
        <source>Relabel as</source>
        <translation>غيّر الوسم إلى</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>احذف التوسيم</translation>
    </message>
    <message>
        <source>Link to its source… (S)</source>
        <translation>اربطه بمصدره… (S)</translation>
    </message>
    <message>
        <source>Link as the source of %1</source>
        <translation>اربطه مصدرًا للادعاء %1</translation>
    </message>
    <message>
        <source>Mark %1 as its cue</source>
        <translation>علّم %1 لفظَ إسناد له</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>ملاحظة…</translation>
    </message>
    <message>
        <source>Attributes…</source>
        <translation>الخصائص…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>already labelled</source>
        <translation>موسوم من قبل</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Annotate all</source>
        <translation>توسيم الكل</translation>
    </message>
    <message>
        <source>Label every other match of %1 as %2:</source>
        <translation>توسيم كل مطابقة أخرى لـ %1 بوسم %2:</translation>
    </message>
    <message>
        <source>In this document</source>
        <translation>في هذه الوثيقة</translation>
    </message>
    <message>
        <source>In all documents</source>
        <translation>في كل الوثائق</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>Check none</source>
        <translation>إلغاء تحديد الكل</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>لا مطابقات</numerusform>
            <numerusform>مطابقة واحدة</numerusform>
            <numerusform>مطابقتان</numerusform>
            <numerusform>%n مطابقات</numerusform>
            <numerusform>%n مطابقة</numerusform>
            <numerusform>%n مطابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s)</source>
        <translation>
            <numerusform>في أي وثيقة</numerusform>
            <numerusform>في وثيقة واحدة</numerusform>
            <numerusform>في وثيقتين</numerusform>
            <numerusform>في %n وثائق</numerusform>
            <numerusform>في %n وثيقة</numerusform>
            <numerusform>في %n وثيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already labelled</source>
        <translation>
            <numerusform>لا شيء موسوم من قبل</numerusform>
            <numerusform>واحدة موسومة من قبل</numerusform>
            <numerusform>اثنتان موسومتان من قبل</numerusform>
            <numerusform>%n موسومة من قبل</numerusform>
            <numerusform>%n موسومة من قبل</numerusform>
            <numerusform>%n موسومة من قبل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked</source>
        <translation>
            <numerusform>لا شيء محدد</numerusform>
            <numerusform>واحدة محددة</numerusform>
            <numerusform>اثنتان محددتان</numerusform>
            <numerusform>%n محددة</numerusform>
            <numerusform>%n محددة</numerusform>
            <numerusform>%n محددة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Label %n place(s)</source>
        <translation>
            <numerusform>لا شيء للتوسيم</numerusform>
            <numerusform>وسم موضع واحد</numerusform>
            <numerusform>وسم موضعين</numerusform>
            <numerusform>وسم %n مواضع</numerusform>
            <numerusform>وسم %n موضعًا</numerusform>
            <numerusform>وسم %n موضع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Labelled %n place(s) as %1</source>
        <translation>
            <numerusform>لم يُوسم أي موضع بوسم %1</numerusform>
            <numerusform>وُسم موضع واحد بوسم %1</numerusform>
            <numerusform>وُسم موضعان بوسم %1</numerusform>
            <numerusform>وُسمت %n مواضع بوسم %1</numerusform>
            <numerusform>وُسم %n موضعًا بوسم %1</numerusform>
            <numerusform>وُسم %n موضع بوسم %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (already labelled, or refused by the label&apos;s rules)</source>
        <translation>
            <numerusform>لم يُتخطَّ أي موضع</numerusform>
            <numerusform>تُخطّي موضع واحد (موسوم من قبل، أو ترفضه قواعد الوسم)</numerusform>
            <numerusform>تُخطّي موضعان (موسومان من قبل، أو ترفضهما قواعد الوسم)</numerusform>
            <numerusform>تُخطّيت %n مواضع (موسومة من قبل، أو ترفضها قواعد الوسم)</numerusform>
            <numerusform>تُخطّي %n موضعًا (موسومة من قبل، أو ترفضها قواعد الوسم)</numerusform>
            <numerusform>تُخطّي %n موضع (موسومة من قبل، أو ترفضها قواعد الوسم)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n overlapping annotations here; click again for the one around it</source>
        <translation>
            <numerusform>%1: %2 من %n توسيم متداخل هنا؛ انقر مرة أخرى لتحديد ما يحيط به</numerusform>
            <numerusform>%1: %2 من توسيم واحد هنا؛ انقر مرة أخرى لتحديد ما يحيط به</numerusform>
            <numerusform>%1: %2 من توسيمين متداخلين هنا؛ انقر مرة أخرى لتحديد ما يحيط به</numerusform>
            <numerusform>%1: %2 من %n توسيمات متداخلة هنا؛ انقر مرة أخرى لتحديد ما يحيط به</numerusform>
            <numerusform>%1: %2 من %n توسيمًا متداخلًا هنا؛ انقر مرة أخرى لتحديد ما يحيط به</numerusform>
            <numerusform>%1: %2 من %n توسيم متداخل هنا؛ انقر مرة أخرى لتحديد ما يحيط به</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n overlapping annotations here (the outermost); click again for the innermost</source>
        <translation>
            <numerusform>%1: %2 من %n توسيم متداخل هنا (الأبعد)؛ انقر مرة أخرى للعودة إلى الأعمق</numerusform>
            <numerusform>%1: %2 من توسيم واحد هنا (الأبعد)؛ انقر مرة أخرى للعودة إلى الأعمق</numerusform>
            <numerusform>%1: %2 من توسيمين متداخلين هنا (الأبعد)؛ انقر مرة أخرى للعودة إلى الأعمق</numerusform>
            <numerusform>%1: %2 من %n توسيمات متداخلة هنا (الأبعد)؛ انقر مرة أخرى للعودة إلى الأعمق</numerusform>
            <numerusform>%1: %2 من %n توسيمًا متداخلًا هنا (الأبعد)؛ انقر مرة أخرى للعودة إلى الأعمق</numerusform>
            <numerusform>%1: %2 من %n توسيم متداخل هنا (الأبعد)؛ انقر مرة أخرى للعودة إلى الأعمق</numerusform>
        </translation>
    </message>
    <message>
        <source>Search all documents: words, &quot;a phrase&quot;, prefix*, label:ACTOR …</source>
        <translation>ابحث في كل الوثائق: كلمات، &quot;عبارة&quot;، بادئة*، label:ACTOR …</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>لا نتائج</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>(only the first %1 are listed)</source>
        <translation>(تُعرض أول %1 فقط)</translation>
    </message>
    <message numerus="yes">
        <source>label all %1 as %2 (%n place(s))</source>
        <translation>
            <numerusform>توسيم كل %1 بوسم %2 (لا مواضع)</numerusform>
            <numerusform>توسيم كل %1 بوسم %2 (موضع واحد)</numerusform>
            <numerusform>توسيم كل %1 بوسم %2 (موضعان)</numerusform>
            <numerusform>توسيم كل %1 بوسم %2 (%n مواضع)</numerusform>
            <numerusform>توسيم كل %1 بوسم %2 (%n موضعًا)</numerusform>
            <numerusform>توسيم كل %1 بوسم %2 (%n موضع)</numerusform>
        </translation>
    </message>
    <message>
        <source>accept suggestion %1 %2</source>
        <translation>قبول الاقتراح %1 %2</translation>
    </message>
    <message>
        <source>accept all %1 suggestions</source>
        <translation>قبول كل اقتراحات %1</translation>
    </message>
    <message>
        <source>reject suggestion %1 %2</source>
        <translation>رفض الاقتراح %1 %2</translation>
    </message>
    <message>
        <source>S&amp;uggestions</source>
        <translation>ا&amp;قتراحات</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;قبول الاقتراح</translation>
    </message>
    <message>
        <source>&amp;Reject suggestion</source>
        <translation>&amp;رفض الاقتراح</translation>
    </message>
    <message>
        <source>&amp;Next suggestion</source>
        <translation>الاقتراح ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous suggestion</source>
        <translation>الاقتراح ال&amp;سابق</translation>
    </message>
    <message>
        <source>Accept all suggestions of this &amp;kind</source>
        <translation>قبول كل اقتراحات هذا ال&amp;نوع</translation>
    </message>
    <message>
        <source>Accept all %1 suggestions in this document</source>
        <translation>قبول كل اقتراحات %1 في هذه الوثيقة</translation>
    </message>
    <message>
        <source>Suggested %1 %2</source>
        <translation>مقترح: %1 %2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>لفظ الإسناد</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Suggested %1</source>
        <translation>مقترح: %1</translation>
    </message>
    <message>
        <source>Enter accepts, Backspace rejects.</source>
        <translation>Enter للقبول، Backspace للرفض.</translation>
    </message>
    <message>
        <source>Accepted: %1 %2 with its source and cue — %3 to undo.</source>
        <translation>قُبل: %1 %2 مع مصدره وقرينته — %3 للتراجع.</translation>
    </message>
    <message>
        <source>Accepted: %1 %2 with its source — %3 to undo.</source>
        <translation>قُبل: %1 %2 مع مصدره — %3 للتراجع.</translation>
    </message>
    <message>
        <source>Accepted: %1 %2 with its cue — %3 to undo.</source>
        <translation>قُبل: %1 %2 مع قرينته — %3 للتراجع.</translation>
    </message>
    <message>
        <source>Accepted: %1 %2 — %3 to undo.</source>
        <translation>قُبل: %1 %2 — %3 للتراجع.</translation>
    </message>
    <message>
        <source>No %1 suggestion could be accepted.</source>
        <translation>تعذّر قبول أي اقتراح من نوع %1.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n %1 suggestion(s) — %2 to undo.</source>
        <translation>
            <numerusform>لم يُقبل أي اقتراح من نوع %1 — %2 للتراجع.</numerusform>
            <numerusform>قُبل اقتراح واحد من نوع %1 — %2 للتراجع.</numerusform>
            <numerusform>قُبل اقتراحان من نوع %1 — %2 للتراجع.</numerusform>
            <numerusform>قُبلت %n اقتراحات من نوع %1 — %2 للتراجع.</numerusform>
            <numerusform>قُبل %n اقتراحًا من نوع %1 — %2 للتراجع.</numerusform>
            <numerusform>قُبل %n اقتراح من نوع %1 — %2 للتراجع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be accepted and stay open.</source>
        <translation>
            <numerusform>لم يبقَ أي اقتراح مفتوحًا.</numerusform>
            <numerusform>تعذّر قبول اقتراح واحد فبقي مفتوحًا.</numerusform>
            <numerusform>تعذّر قبول اقتراحين فبقيا مفتوحين.</numerusform>
            <numerusform>تعذّر قبول %n اقتراحات فبقيت مفتوحة.</numerusform>
            <numerusform>تعذّر قبول %n اقتراحًا فبقيت مفتوحة.</numerusform>
            <numerusform>تعذّر قبول %n اقتراح فبقيت مفتوحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected: %1 %2 — %3 to undo.</source>
        <translation>رُفض: %1 %2 — %3 للتراجع.</translation>
    </message>
    <message>
        <source>No suggestions in this document.</source>
        <translation>لا اقتراحات في هذه الوثيقة.</translation>
    </message>
    <message>
        <source>Select a suggestion first (click a dashed outline or press N).</source>
        <translation>اختر اقتراحًا أولًا (انقر إطارًا متقطعًا أو اضغط N).</translation>
    </message>
    <message>
        <source>No open %1 suggestions in this document.</source>
        <translation>لا اقتراحات %1 مفتوحة في هذه الوثيقة.</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>مقترح</translation>
    </message>
</context>
<context>
    <name>AttributesBox</name>
    <message>
        <source>Document-level labels and their choices</source>
        <translation>وسوم الوثيقة وخياراتها</translation>
    </message>
    <message>
        <source>Attributes and their choices</source>
        <translation>الخصائص واختياراتها</translation>
    </message>
    <message>
        <source>New attribute</source>
        <translation>خاصية جديدة</translation>
    </message>
    <message>
        <source>Its choices, separated by commas</source>
        <translation>اختياراتها، مفصولة بفواصل</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove attribute</source>
        <translation>إزالة الخاصية</translation>
    </message>
    <message>
        <source>New choice</source>
        <translation>اختيار جديد</translation>
    </message>
    <message>
        <source>Remove choice</source>
        <translation>إزالة الاختيار</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)…</source>
        <translation>
            <numerusform>لا وثائق بعد…</numerusform>
            <numerusform>وثيقة واحدة…</numerusform>
            <numerusform>وثيقتان…</numerusform>
            <numerusform>%n وثائق…</numerusform>
            <numerusform>%n وثيقة…</numerusform>
            <numerusform>%n وثيقة…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentFieldsPanel</name>
    <message>
        <source>No document open.</source>
        <translation>لا وثيقة مفتوحة.</translation>
    </message>
    <message>
        <source>The schema has no document-level labels (Edit → Labels and schema…).</source>
        <translation>لا وسوم للوثيقة في المخطط (تحرير ← الوسوم والمخطط…).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>سنة-شهر-يوم (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>الوسوم</translation>
    </message>
</context>
<context>
    <name>DocumentListPanel</name>
    <message>
        <source>Filter by title…</source>
        <translation>تصفية حسب العنوان…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>المُعلِّمون</translation>
    </message>
    <message>
        <source>Document status</source>
        <translation>حالة المستند</translation>
    </message>
    <message>
        <source>Split into train / dev / test (80 / 10 / 10)</source>
        <translation>تقسيم إلى تدريب / تطوير / اختبار (80 / 10 / 10)</translation>
    </message>
    <message>
        <source>Writes a folder.</source>
        <translation>تكتب مجلدًا.</translation>
    </message>
    <message>
        <source>Writes one file.</source>
        <translation>تكتب ملفًا واحدًا.</translation>
    </message>
    <message>
        <source>Export to folder</source>
        <translation>التصدير إلى مجلد</translation>
    </message>
    <message>
        <source>Export to file</source>
        <translation>التصدير إلى ملف</translation>
    </message>
    <message>
        <source>Nothing was written. Press OK to export to the place now shown above.</source>
        <translation>لم يُكتب شيء. اضغط «موافق» للتصدير إلى المكان المعروض أعلاه الآن.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find (ignores harakat and tatweel)</source>
        <translation>بحث (يتجاهل الحركات والتطويل)</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>المطابقة السابقة (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>المطابقة التالية (F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>إغلاق (Esc)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Annotator name</source>
        <translation>اسم المعلِّق</translation>
    </message>
    <message>
        <source>Reading font size</source>
        <translation>حجم خط القراءة</translation>
    </message>
    <message>
        <source>Key for %1</source>
        <translation>مفتاح %1</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Select an annotation: click a highlight or press Tab.</source>
        <translation>اختر وسماً: انقر على نص موسوم أو اضغط Tab.</translation>
    </message>
    <message>
        <source>Pick in text (S)</source>
        <translation>اختر من النص (S)</translation>
    </message>
    <message>
        <source>A free note</source>
        <translation>ملاحظة حرة</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Offsets</source>
        <translation>الإزاحات</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>— (select the cue word, press C)</source>
        <translation>— (ظلّل لفظ الإسناد واضغط C)</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>لفظ الإسناد</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>الادعاءات</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>RelationsTab</name>
    <message>
        <source>New relation type, e.g. target</source>
        <translation>نوع علاقة جديد، مثل target</translation>
    </message>
    <message>
        <source>Add relation type</source>
        <translation>إضافة نوع علاقة</translation>
    </message>
    <message>
        <source>Remove relation type</source>
        <translation>إزالة نوع العلاقة</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>any label</source>
        <translation>أي وسم</translation>
    </message>
</context>
<context>
    <name>SchemaEditor</name>
    <message>
        <source>Labels and schema</source>
        <translation>الوسوم والمخطط</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation>أنواع العلاقات</translation>
    </message>
    <message>
        <source>Document-level labels</source>
        <translation>وسوم الوثيقة</translation>
    </message>
    <message>
        <source>New label, e.g. TARGET</source>
        <translation>وسم جديد، مثل TARGET</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>إضافة وسم</translation>
    </message>
    <message>
        <source>Delete label…</source>
        <translation>حذف الوسم…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>Arabic name</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>A selection snapped to words starts after the first word&apos;s proclitics: لحزب → حزب. The label key pressed again takes the proclitic in for that span.</source>
        <translation>يبدأ التحديد الملتصق بالكلمات بعد سوابق الكلمة الأولى: لحزب ← حزب. وضغط مفتاح الوسم مرة أخرى يضم السابقة إلى ذلك المقطع.</translation>
    </message>
    <message>
        <source>Drawn as</source>
        <translation>طريقة الرسم</translation>
    </message>
    <message>
        <source>Nesting</source>
        <translation>التداخل</translation>
    </message>
    <message>
        <source>Crossing</source>
        <translation>التقاطع</translation>
    </message>
    <message>
        <source>Proclitics</source>
        <translation>السوابق</translation>
    </message>
    <message>
        <source>A span may lie inside another of this label</source>
        <translation>يجوز أن يقع مقطع داخل مقطع آخر من هذا الوسم</translation>
    </message>
    <message>
        <source>A span may cross another of this label</source>
        <translation>يجوز أن يتقاطع مقطع مع مقطع آخر من هذا الوسم</translation>
    </message>
    <message>
        <source>Leave proclitics out (و ف ب ل ك ال …)</source>
        <translation>استبعد السوابق (و ف ب ل ك ال …)</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>خلفية</translation>
    </message>
    <message>
        <source>Band, underlined</source>
        <translation>شريط مسطّر</translation>
    </message>
    <message>
        <source>Bold text in a frame</source>
        <translation>نص عريض في إطار</translation>
    </message>
    <message>
        <source>Dotted underline</source>
        <translation>خط منقّط تحته</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>لون %1</translation>
    </message>
    <message>
        <source>%1 annotations hold the label %2. Deleting the label deletes them too (Undo brings them back). Delete it?</source>
        <translation>يحمل %1 من التعليقات الوسم %2. حذف الوسم يحذفها معه (والتراجع يعيدها). أتحذفه؟</translation>
    </message>
    <message>
        <source>Delete label</source>
        <translation>حذف الوسم</translation>
    </message>
</context>
<context>
    <name>WorkbenchStatusBar</name>
    <message>
        <source>Exact selection</source>
        <translation>تحديد دقيق</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>كلمات كاملة</translation>
    </message>
    <message>
        <source>Selections keep the characters you choose (%1 switches back to whole words)</source>
        <translation>يحتفظ التحديد بالأحرف التي تختارها (يعيد %1 الالتصاق بالكلمات الكاملة)</translation>
    </message>
    <message>
        <source>Selections snap to whole words (%1, or Alt while dragging, for exact characters)</source>
        <translation>يلتصق التحديد بالكلمات الكاملة (%1، أو Alt أثناء السحب، لتحديد الأحرف بدقة)</translation>
    </message>
    <message>
        <source>Annotator: %1</source>
        <translation>الواسم: %1</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>مكتمل %1</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;فتح قاعدة بيانات…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>قاعدة بيانات &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;بحث…</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>البحث عن &amp;التالي</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>البحث عن ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Search all documents…</source>
        <translation>&amp;بحث في كل الوثائق…</translation>
    </message>
    <message>
        <source>Annotate &amp;all like this…</source>
        <translation>توسيم &amp;الكل مثل هذا…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;التفضيلات…</translation>
    </message>
    <message>
        <source>&amp;Labels and schema…</source>
        <translation>&amp;الوسوم والمخطط…</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;إعادة التكبير</translation>
    </message>
    <message>
        <source>&amp;Delete annotation</source>
        <translation>&amp;حذف الوسم</translation>
    </message>
    <message>
        <source>Next annotation</source>
        <translation>الوسم التالي</translation>
    </message>
    <message>
        <source>Previous annotation</source>
        <translation>الوسم السابق</translation>
    </message>
    <message>
        <source>Edit the annotation&apos;s &amp;properties</source>
        <translation>حرّر &amp;خصائص التوسيم</translation>
    </message>
    <message>
        <source>Link claim to its &amp;source…</source>
        <translation>ربط الادعاء بـ&amp;مصدره…</translation>
    </message>
    <message>
        <source>Mark &amp;cue of claim</source>
        <translation>تحديد &amp;لفظ إسناد الادعاء</translation>
    </message>
    <message>
        <source>Mark done and go to &amp;next</source>
        <translation>تعليم كمكتملة والانتقال إلى ال&amp;تالية</translation>
    </message>
    <message>
        <source>&amp;Reopen document</source>
        <translation>إعادة &amp;فتح الوثيقة</translation>
    </message>
    <message>
        <source>Next document</source>
        <translation>الوثيقة التالية</translation>
    </message>
    <message>
        <source>Previous document</source>
        <translation>الوثيقة السابقة</translation>
    </message>
    <message>
        <source>E&amp;xact selection (no snapping to words)</source>
        <translation>تحديد &amp;دقيق (دون الالتصاق بالكلمات)</translation>
    </message>
    <message>
        <source>Span start one word earlier</source>
        <translation>وسّع بداية المقطع بكلمة</translation>
    </message>
    <message>
        <source>Span start one word later</source>
        <translation>قلّص بداية المقطع بكلمة</translation>
    </message>
    <message>
        <source>Span end one word later</source>
        <translation>وسّع نهاية المقطع بكلمة</translation>
    </message>
    <message>
        <source>Span end one word earlier</source>
        <translation>قلّص نهاية المقطع بكلمة</translation>
    </message>
    <message>
        <source>Span start one character earlier</source>
        <translation>وسّع بداية المقطع بحرف</translation>
    </message>
    <message>
        <source>Span start one character later</source>
        <translation>قلّص بداية المقطع بحرف</translation>
    </message>
    <message>
        <source>Span end one character later</source>
        <translation>وسّع نهاية المقطع بحرف</translation>
    </message>
    <message>
        <source>Span end one character earlier</source>
        <translation>قلّص نهاية المقطع بحرف</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات &amp;لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;دليل الاستخدام</translation>
    </message>
    <message>
        <source>&amp;About Hashiya</source>
        <translation>&amp;عن حاشية</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>عن &amp;Qt</translation>
    </message>
    <message>
        <source>Label the selection as %1 (%2)</source>
        <translation>وسم التحديد بـ %1 (%2)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع عن</translation>
    </message>
</context>
<context>
    <name>attributes</name>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>نوع الاقتباس</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>التقييد</translation>
    </message>
    <message>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>state</source>
        <translation>دولة</translation>
    </message>
    <message>
        <source>group</source>
        <translation>جماعة</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>count</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>money</source>
        <translation>مال</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>على الأقل</translation>
    </message>
    <message>
        <source>about</source>
        <translation>نحو</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>على الأكثر</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>مباشر</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>غير مباشر</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Next annotation / previous annotation (in the text)</source>
        <translation>التوسيم التالي / السابق (في النص)</translation>
    </message>
    <message>
        <source>Into the selected annotation&apos;s form</source>
        <translation>إلى نموذج التوسيم المختار</translation>
    </message>
    <message>
        <source>Back to the text; clear the selection; cancel linking</source>
        <translation>العودة إلى النص؛ إلغاء التحديد؛ إلغاء الربط</translation>
    </message>
    <message>
        <source>Select a whole word</source>
        <translation>حدّد كلمة كاملة</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>نقر مزدوج</translation>
    </message>
    <message>
        <source>Select exactly, without snapping to words</source>
        <translation>حدّد بدقة دون الالتصاق بحدود الكلمات</translation>
    </message>
    <message>
        <source>Alt+drag</source>
        <translation>Alt+سحب</translation>
    </message>
    <message>
        <source>Take the proclitic in, or leave it out (ACTOR, FIGURE)</source>
        <translation>ضمّ السابقة إلى المقطع أو استبعادها (الفاعل، الرقم)</translation>
    </message>
    <message>
        <source>The label key again</source>
        <translation>مفتاح الوسم مرة أخرى</translation>
    </message>
    <message>
        <source>Move an edge of the selected highlight</source>
        <translation>تحريك حدّ التمييز المختار</translation>
    </message>
    <message>
        <source>Drag the edge</source>
        <translation>اسحب الحد</translation>
    </message>
    <message>
        <source>Go one level deeper in nested annotations</source>
        <translation>انزل مستوى في التوسيمات المتداخلة</translation>
    </message>
    <message>
        <source>Click again</source>
        <translation>انقر مرة أخرى</translation>
    </message>
    <message>
        <source>Zoom the text</source>
        <translation>كبّر النص أو صغّره</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+عجلة الفأرة</translation>
    </message>
    <message>
        <source>The menu of a highlight</source>
        <translation>قائمة التظليل</translation>
    </message>
    <message>
        <source>Right-click</source>
        <translation>نقر بالزر الأيمن</translation>
    </message>
    <message>
        <source>Label as %1</source>
        <translation>تعليم بوسم %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hashiya — حاشية %1&lt;/h3&gt;&lt;p&gt;An offline workbench for marking actors, claims and figures in Arabic news.&lt;/p&gt;&lt;p&gt;Every change is saved the moment you make it.&lt;/p&gt;&lt;p&gt;Fonts: Noto Naskh Arabic and Noto Sans (SIL Open Font License).&lt;/p&gt;&lt;p&gt;Qt for Python %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hashiya — حاشية %1&lt;/h3&gt;&lt;p&gt;منضدة عمل تعمل دون اتصال لتعليم الفاعلين والادعاءات والأرقام في الأخبار العربية.&lt;/p&gt;&lt;p&gt;يُحفظ كل تغيير لحظة إجرائه.&lt;/p&gt;&lt;p&gt;الخطوط: Noto Naskh Arabic وNoto Sans (رخصة SIL للخطوط المفتوحة).&lt;/p&gt;&lt;p&gt;Qt for Python %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Hashiya user guide</source>
        <translation>دليل استخدام حاشية</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Plain text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>JSON Lines records or Hashiya native</source>
        <translation>سجلات JSON Lines أو صيغة حاشية الأصلية</translation>
    </message>
    <message>
        <source>JSON records</source>
        <translation>سجلات JSON</translation>
    </message>
    <message>
        <source>CSV or TSV records</source>
        <translation>سجلات CSV أو TSV</translation>
    </message>
    <message>
        <source>TREC news files</source>
        <translation>ملفات أخبار TREC</translation>
    </message>
    <message>
        <source>brat standoff: .ann files beside their .txt</source>
        <translation>brat: ملفات ‎.ann بجانب ملفات ‎.txt الخاصة بها</translation>
    </message>
    <message>
        <source>UIMA CAS XMI, from INCEpTION</source>
        <translation>UIMA CAS XMI من INCEpTION</translation>
    </message>
    <message>
        <source>CoNLL IOB2</source>
        <translation>CoNLL بوسوم IOB2</translation>
    </message>
    <message>
        <source>CoNLL-U</source>
        <translation>CoNLL-U</translation>
    </message>
    <message>
        <source>Label Studio tasks</source>
        <translation>مهام Label Studio</translation>
    </message>
    <message>
        <source>doccano JSONL</source>
        <translation>JSONL من doccano</translation>
    </message>
    <message>
        <source>All known formats (%1)</source>
        <translation>كل الصيغ المعروفة (%1)</translation>
    </message>
    <message>
        <source>UIMA CAS JSON</source>
        <translation>UIMA CAS بصيغة JSON</translation>
    </message>
    <message>
        <source>Hugging Face datasets rows (JSONL)</source>
        <translation>صفوف Hugging Face datasets ‏(JSONL)</translation>
    </message>
    <message>
        <source>Hugging Face datasets rows (Parquet)</source>
        <translation>صفوف Hugging Face datasets ‏(Parquet)</translation>
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
        <translation>جديدة</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد العمل</translation>
    </message>
    <message>
        <source>done</source>
        <translation>مكتملة</translation>
    </message>
</context>
</TS>
