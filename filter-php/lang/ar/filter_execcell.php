<?php
// This file is part of Moodle - https://moodle.org/
//
// Moodle is free software: you can redistribute it and/or modify
// it under the terms of the GNU General Public License as published by
// the Free Software Foundation, either version 3 of the License, or
// (at your option) any later version.
//
// Moodle is distributed in the hope that it will be useful,
// but WITHOUT ANY WARRANTY; without even the implied warranty of
// MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
// GNU General Public License for more details.
//
// You should have received a copy of the GNU General Public License
// along with Moodle.  If not, see <https://www.gnu.org/licenses/>.

/**
 * Arabic strings for filter_execcell.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['allowautorun'] = 'السماح بالتشغيل التلقائي';
$string['allowautorun_desc'] = 'يمكن للمؤلفين وسم خلية بالخيار <code>autorun</code> لكي تُشغَّل عند فتح الصفحة. عند تعطيل هذا الإعداد، يُتجاهَل الخيار وتعرض الخلية ملاحظة.';
$string['allowtrustoutputs'] = 'السماح بالمخرجات الموثوقة';
$string['allowtrustoutputs_desc'] = 'يمكن للمؤلفين وسم خلية بالخيار <code>trust-outputs</code>، مما يسمح لمخرجات HTML بتشغيل البرامج النصية (ضمن إطار معزول في صندوق رمل). عند تعطيل هذا الإعداد، يُتجاهَل الخيار وتعرض الخلية ملاحظة.';
$string['binderurl'] = 'عنوان BinderHub';
$string['binderurl_desc'] = 'مخدم BinderHub الذي يبني مستودعات كتل <code>[mybinder]</code> (يمكن للكتلة تحديد مخدم آخر عبر <code>binder-url</code>). تُرسَل شيفرة القرّاء إليه.';
$string['eventhubtokenfailed'] = 'فشل طلب ترميز من JupyterHub';
$string['execcell:runjobe'] = 'تشغيل الشيفرة في خلايا [jobe] على مخدم Jobe الخاص بالموقع';
$string['execcell:runjupyter'] = 'تشغيل خلايا [jupyter] على مخدم JupyterHub الخاص بالمستخدم';
$string['filtername'] = 'خلايا شيفرة قابلة للتشغيل (exec-cell)';
$string['hubheading'] = 'JupyterHub: لكل قارئ مخدمه الخاص';
$string['hubheading_desc'] = 'عند تهيئة JupyterHub، تعمل كتل <code>[jupyter]</code> على مخدم JupyterHub الخاص بكل قارئ: تطلب الصفحة من <code>filter/execcell/token.php</code> ترميزاً قصير الأمد لا يتيح الوصول إلا إلى ذلك المخدم. لا يُكتب أي ترميز في أي صفحة. يحتاج JupyterHub إلى خدمة ذات النطاقات (scopes) <code>admin:users</code> و<code>servers</code> و<code>tokens</code> (راجع ملف README الخاص بالإضافة).';
$string['hubratelimit'] = 'طلبات الترميز في الدقيقة';
$string['hubratelimit_desc'] = 'عدد الترميزات التي يمكن لمستخدم واحد طلبها في الدقيقة؛ تُرفض الطلبات الزائدة مع رسالة تطلب الانتظار.';
$string['hubservicetoken'] = 'ترميز خدمة JupyterHub';
$string['hubservicetoken_desc'] = 'ترميز واجهة برمجة التطبيقات (API) لخدمة JupyterHub التي يستخدمها هذا الموقع (النطاقات <code>admin:users</code> و<code>servers</code> و<code>tokens</code>). يبقى على هذا المخدم: لا يُكتب أبداً في أي صفحة ولا يُرسَل إلى أي متصفح.';
$string['hubtokenlifetime'] = 'مدة صلاحية الترميز';
$string['hubtokenlifetime_desc'] = 'المدة التي يبقى فيها ترميز القارئ صالحاً (من دقيقة واحدة إلى يوم واحد). تجدّده الصفحات قبل انتهاء صلاحيته.';
$string['huburl'] = 'عنوان JupyterHub';
$string['huburl_desc'] = 'العنوان العام لـ JupyterHub، مثل <code>https://hub.example.org/</code>. تصل متصفحات القرّاء إلى مخدماتهم تحت هذا العنوان (<code>/user/NAME/</code>)، لذا يجب أن تسمح مخدمات المستخدم الواحد التابعة له بأصل (origin) هذا الموقع (<code>--ServerApp.allow_origin</code>). إذا تُرك فارغاً: تستخدم كتل <code>[jupyter]</code> مخدم Jupyter المحدد أدناه.';
$string['hubusertemplate'] = 'اسم المستخدم في JupyterHub';
$string['hubusertemplate_desc'] = 'مستخدم JupyterHub الذي تُشغَّل باسمه شيفرة مستخدم Moodle: تُملأ <code>{userid}</code> و<code>{username}</code> و<code>{idnumber}</code>، ثم يُجعَل الاسم آمناً للاستخدام في JupyterHub (أحرف صغيرة؛ حروف وأرقام و<code>- . _ @</code>).';
$string['jobeapikey'] = 'مفتاح API لـ Jobe';
$string['jobeapikey_desc'] = 'يُرسَل إلى مخدم Jobe بصفته X-API-KEY مع كل عملية تشغيل، ومن هذا المخدم فقط: لا يظهر أبداً في أي صفحة. اتركه فارغاً إذا كان مخدم Jobe لا يتطلب مفتاحاً (إصدار Jobe 2.2 القياسي لا يتحقق من المفاتيح؛ أبقِه خلف جدار حماية لا يسمح بالدخول إلا لمخدم Moodle هذا).';
$string['jobemaxinput'] = 'Jobe: الحد الأقصى للإدخال القياسي';
$string['jobemaxinput_desc'] = 'عدد أحرف الإدخال القياسي (مربع stdin في الخلية) التي يمكن لعملية تشغيل واحدة إرسالها. يُرفض الإدخال الأكبر قبل أن يصل إلى Jobe.';
$string['jobemaxsource'] = 'Jobe: الحد الأقصى لحجم البرنامج';
$string['jobemaxsource_desc'] = 'عدد أحرف الشيفرة التي يمكن لعملية تشغيل واحدة إرسالها. تُرفض البرامج الأكبر قبل أن تصل إلى Jobe.';
$string['jobeperminute'] = 'Jobe: عمليات التشغيل لكل مستخدم في الدقيقة';
$string['jobeperminute_desc'] = 'عدد عمليات التشغيل التي يمكن لمستخدم واحد بدؤها في الدقيقة (0: بلا حد). تُرفض عمليات التشغيل الإضافية مع رسالة تطلب الانتظار.';
$string['jobeurl'] = 'عنوان مخدم Jobe';
$string['jobeurl_desc'] = 'جذر REST لمخدم Jobe الذي يشغّل كتل <code>[jobe]</code>، مثلاً <code>https://jobe.example.edu/jobe/index.php/restapi/</code> (يصلح مخدم Jobe الخاص بـ CodeRunner). تمر عمليات التشغيل من مخدم Moodle هذا إلى Jobe عبر <code>filter/execcell/jobe.php</code>، للمستخدمين المسجلين دخولهم الذين لديهم الإمكانية filter/execcell:runjobe: لا يُكتب العنوان أبداً في أي صفحة. إذا تُرك فارغاً: تُظهر خلايا [jobe] أنه لم يُعَدّ أي مخدم Jobe.';
$string['jupytertoken'] = 'ترميز مخدم Jupyter';
$string['jupytertoken_desc'] = 'ترميز مخدم Jupyter المحدد أعلاه. <strong>تحذير:</strong> يُكتب في كل صفحة تحتوي على خلية، لذا يستطيع كل قارئ رؤيته واستخدام المخدم به. استخدم مخدماً مخصصاً للقرّاء (مثلاً مخدماً يشغّل كل نواة في صندوق رمل)، ولا تستخدم أبداً مخدماً يحتوي على بيانات خاصة.';
$string['jupytertoken_warning'] = '<strong>يُكتب ترميز مخدم Jupyter المحدد أعلاه في كل صفحة تحتوي على خلية [jupyter].</strong> يستطيع كل قارئ قراءته في مصدر الصفحة واستخدام المخدم بأكمله به: قراءة ملفات القرّاء الآخرين، وتشغيل أي شيء. هيّئ JupyterHub أدناه (لكل قارئ مخدمه الخاص، مع ترميز قصير الأمد)، ثم أفرغ هذا الإعداد.';
$string['jupyterurl'] = 'عنوان مخدم Jupyter';
$string['jupyterurl_desc'] = 'مخدم Jupyter (أو مخدم مستخدم في JupyterHub) الذي يشغّل كتل <code>[jupyter]</code>. <strong>تحذير:</strong> يُكتب هذا العنوان، وأي ترميز يتضمنه، في كل صفحة تحتوي على خلية: يستطيع كل قارئ رؤيته. تُرسَل شيفرة القرّاء إليه.';
$string['pluginname'] = 'خلايا شيفرة قابلة للتشغيل (exec-cell)';
$string['privacy:metadata:binder'] = 'ترسل خلايا كتل [mybinder] شيفرة القارئ إلى مخدم BinderHub الذي يحدده الموقع أو الكتلة (mybinder.org افتراضياً)، والذي يبنيها ويشغّلها على مخدم Jupyter يبدؤه بنفسه.';
$string['privacy:metadata:binder:code'] = 'الشيفرة التي يشغّلها القارئ، والمخرجات التي تنتجها.';
$string['privacy:metadata:jobe'] = 'ترسل خلايا كتل [jobe] شيفرة القارئ إلى خادم Jobe الذي يحدده الموقع. الموقع هو الذي يرسلها لا متصفح القارئ، فيرى Jobe عنوان الموقع ولا يرى عنوان القارئ أبدًا.';
$string['privacy:metadata:jobe:code'] = 'الشيفرة التي يشغّلها القارئ ولغتها ومدخلاتها، ويعيد الخادم ما طبعته.';
$string['privacy:metadata:jupyter'] = 'ترسل خلايا كتل [jupyter] شيفرة القارئ إلى مخدم Jupyter الذي يحدده الموقع.';
$string['privacy:metadata:jupyter:code'] = 'الشيفرة التي يشغّلها القارئ، والمخرجات التي تنتجها.';
$string['privacy:metadata:jupyterhub'] = 'عند تهيئة JupyterHub، يطلب هذا الموقع من JupyterHub إنشاء مستخدم فيه للقارئ، وتشغيل مخدمه، وإصدار ترميز لهذا المخدم؛ ثم تعمل شيفرة القارئ على ذلك المخدم.';
$string['privacy:metadata:jupyterhub:code'] = 'الشيفرة التي يشغّلها القارئ، والمخرجات التي تنتجها.';
$string['privacy:metadata:jupyterhub:hubuser'] = 'اسم المستخدم في JupyterHub المُنشأ من حساب Moodle الخاص بالقارئ (وفق قالب اسم المستخدم: معرّف المستخدم أو اسم المستخدم أو رقم المُعرَّف).';
$string['privacy:metadata:pyodidecdn'] = 'عند تحميل الحزم من توزيعة Pyodide العامة، تنزّل متصفحات القرّاء من cdn.jsdelivr.net الحزم التي تستوردها شيفرة [python] الخاصة بهم (numpy وmatplotlib…). أما الشيفرة نفسها فتبقى في المتصفح.';
$string['privacy:metadata:pyodidecdn:ipaddress'] = 'عنوان IP الخاص بالقارئ، كما في أي عملية تنزيل.';
$string['privacy:metadata:pyodidecdn:packages'] = 'أسماء الحزم التي تستوردها شيفرة القارئ.';
$string['privacy:metadata:sagecell'] = 'ترسل خلايا كتل [sage] شيفرة القارئ إلى مخدم SageCell الذي يحدده الموقع أو الكتلة (sagecell.sagemath.org افتراضياً).';
$string['privacy:metadata:sagecell:code'] = 'الشيفرة التي يشغّلها القارئ، والمخرجات التي تنتجها.';
$string['pyodidepackages'] = 'حزم Python';
$string['pyodidepackages_desc'] = 'المكان الذي تحمّل منه خلايا <code>[python]</code> حزماً مثل numpy وmatplotlib عندما تستوردها الشيفرة. <b>نسخة هذه الإضافة</b>: المجلد <code>filter/execcell/pyodide-packages/</code> (أو عنوان Pyodide المحدد أدناه إن وُجد)، بعد ملئه بالأمر <code>npx exec-cell pyodide-pack numpy matplotlib --from https://cdn.jsdelivr.net/pyodide/vVERSION/full/ --out filter/execcell/pyodide-packages</code>. <b>توزيعة Pyodide العامة</b>: cdn.jsdelivr.net، الذي يرى حينها عناوين IP الخاصة بالقرّاء والحزم التي يستوردونها (وهذا مُصرَّح به في معلومات الخصوصية). <b>بلا</b>: مكتبة Python القياسية فقط، ولا تُحمَّل أي حزمة.';
$string['pyodidepackages_none'] = 'بلا (المكتبة القياسية فقط)';
$string['pyodidepackages_plugin'] = 'نسخة هذه الإضافة';
$string['pyodidepackages_public'] = 'توزيعة Pyodide العامة (cdn.jsdelivr.net)';
$string['pyodideurl'] = 'عنوان Pyodide';
$string['pyodideurl_desc'] = 'المكان الذي تحمّل منه خلايا <code>[python]</code> مكتبة Pyodide (لغة Python في المتصفح). إذا تُرك فارغاً: النسخة المضمّنة في هذه الإضافة (<code>filter/execcell/dist/</code>)، فلا يُحمَّل أي شيء من موقع آخر. حدّده عندما تكون الإضافة قد ثُبّتت دون Pyodide (راجع ملف README الخاص بالإضافة)، مثلاً على مجلد في مخدم الويب الخاص بك.';
$string['sagecellurl'] = 'عنوان مخدم SageCell';
$string['sagecellurl_desc'] = 'مخدم SageCell الذي يشغّل كتل <code>[sage]</code> (يمكن للكتلة تحديد مخدم آخر عبر <code>server</code>). تُرسَل شيفرة القرّاء إليه.';
