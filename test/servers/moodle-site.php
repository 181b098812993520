<?php
// SPDX-License-Identifier: BSD-3-Clause
// What the Moodle harness (../shared/moodle/lib/harness.php) does not do for the browser tests
// (test/servers/moodle.mjs calls it, under the instance's machine lock):
//
//   php moodle-site.php state             the site's state of the plugin, as JSON: its settings,
//                                         its filter state in every context, its filter_config
//                                         rows and every role's permission of its capabilities
//   php moodle-site.php restore < JSON    put that state back (after Moodle's plugin installer
//                                         uninstalled and installed the plugin again)
//   php moodle-site.php french SLOT < HTML a Page with this HTML in the course `execcellfr`
//                                         (guest access, forced language French), after making
//                                         the minimal French language pack; prints its URL
//
// MOODLE_WWW names the Moodle tree. Only the result goes to stdout.

define('CLI_SCRIPT', true);

$www = getenv('MOODLE_WWW');
if (!$www || !is_file("$www/config.php")) {
    fwrite(STDERR, "moodle-site.php: MOODLE_WWW must point at an installed Moodle tree\n");
    exit(2);
}
// Anything Moodle prints while booting must not reach stdout.
ob_start();
require("$www/config.php");
require_once($CFG->dirroot . '/course/lib.php');
require_once($CFG->libdir . '/enrollib.php');
fwrite(STDERR, ob_get_clean());

\core\session\manager::set_user(get_admin());
[, $cmd, $slot] = array_pad($_SERVER['argv'], 3, '');

/** The plugin's state in the database: what uninstalling removes and other tests rely on. */
function execcell_state(): array {
    global $DB;
    $config = $DB->get_records_menu('config_plugins', ['plugin' => 'filter_execcell'], 'name', 'name, value');
    unset($config['version']); // The installer writes it; the test checks it on the page.
    $active = array_values(array_map(fn($r) => ['contextid' => (int) $r->contextid, 'active' => (int) $r->active,
        'sortorder' => (int) $r->sortorder], $DB->get_records('filter_active', ['filter' => 'execcell'], 'contextid')));
    $filterconfig = array_values(array_map(fn($r) => ['contextid' => (int) $r->contextid, 'name' => $r->name,
        'value' => $r->value], $DB->get_records('filter_config', ['filter' => 'execcell'], 'contextid, name')));
    $caps = array_values(array_map(fn($r) => ['contextid' => (int) $r->contextid, 'roleid' => (int) $r->roleid,
        'capability' => $r->capability, 'permission' => (int) $r->permission],
        $DB->get_records_select('role_capabilities', $DB->sql_like('capability', ':c'), ['c' => 'filter/execcell:%'],
            'capability, roleid, contextid')));
    return ['config' => $config, 'active' => $active, 'filterconfig' => $filterconfig, 'capabilities' => $caps];
}

switch ($cmd) {
    case 'state':
        echo json_encode(execcell_state(), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
        break;

    case 'restore':
        $want = json_decode(stream_get_contents(STDIN), true, 16, JSON_THROW_ON_ERROR);
        $now = execcell_state();
        foreach (array_diff_key($now['config'], $want['config']) as $name => $value) {
            unset_config($name, 'filter_execcell');
        }
        foreach ($want['config'] as $name => $value) {
            set_config($name, $value, 'filter_execcell');
        }
        $DB->delete_records('filter_active', ['filter' => 'execcell']);
        foreach ($want['active'] as $row) {
            $DB->insert_record('filter_active', (object) (['filter' => 'execcell'] + $row));
        }
        $DB->delete_records('filter_config', ['filter' => 'execcell']);
        foreach ($want['filterconfig'] as $row) {
            $DB->insert_record('filter_config', (object) (['filter' => 'execcell'] + $row));
        }
        $DB->delete_records_select('role_capabilities', $DB->sql_like('capability', ':c'), ['c' => 'filter/execcell:%']);
        foreach ($want['capabilities'] as $row) {
            $DB->insert_record('role_capabilities', (object) ($row + ['timemodified' => time(), 'modifierid' => get_admin()->id]));
        }
        purge_all_caches();
        echo json_encode(execcell_state() == $want), "\n";
        break;

    case 'french':
        if (!preg_match('/^[a-z0-9-]+$/', $slot)) {
            fwrite(STDERR, "usage: moodle-site.php french SLOT < HTML\n");
            exit(2);
        }
        // A language pack is a folder of the dataroot's lang/ with a langconfig.php naming the
        // language (string_manager_standard::get_list_of_translations() lists exactly those).
        // Moodle here cannot download one, and needs no more than this: every string the pack
        // lacks comes from English, as for any partial pack.
        $dir = "$CFG->dataroot/lang/fr";
        $langconfig = "<?php\n// A minimal French language pack for the exec-cell browser tests (test/servers/moodle-site.php).\n" .
            "\$string['thislanguage'] = 'Français';\n\$string['thislanguageint'] = 'French';\n" .
            "\$string['parentlanguage'] = '';\n\$string['iso6391'] = 'fr';\n\$string['locale'] = 'fr_FR.UTF-8';\n";
        if (!is_file("$dir/langconfig.php") || file_get_contents("$dir/langconfig.php") !== $langconfig) {
            check_dir_exists($dir);
            file_put_contents("$dir/langconfig.php", $langconfig);
            get_string_manager()->reset_caches();
        }
        if (!get_string_manager()->translation_exists('fr')) {
            fwrite(STDERR, "moodle-site.php: Moodle does not list the French pack in $dir\n");
            exit(1);
        }

        $course = $DB->get_record('course', ['shortname' => 'execcellfr']);
        if (!$course) {
            $course = create_course((object) [
                'fullname' => 'exec-cell en français',
                'shortname' => 'execcellfr',
                'category' => $DB->get_field_select('course_categories', 'MIN(id)', '1=1'),
                'format' => 'topics',
                'numsections' => 1,
                'visible' => 1,
                'lang' => 'fr',
                'summary' => '',
                'summaryformat' => FORMAT_HTML,
            ]);
        } else if ($course->lang !== 'fr') {
            update_course((object) ['id' => $course->id, 'lang' => 'fr']);
        }
        $guest = enrol_get_plugin('guest');
        $instance = $DB->get_record('enrol', ['courseid' => $course->id, 'enrol' => 'guest']);
        if (!$instance) {
            $guest->add_instance($course, ['status' => ENROL_INSTANCE_ENABLED]);
        } else if ($instance->status != ENROL_INSTANCE_ENABLED) {
            $guest->update_status($instance, ENROL_INSTANCE_ENABLED);
        }

        $text = stream_get_contents(STDIN);
        $name = "exec-cell $slot";
        $page = $DB->get_record('page', ['course' => $course->id, 'name' => $name]);
        if (!$page) {
            $cmid = create_module((object) [
                'modulename' => 'page', 'course' => $course->id, 'section' => 1, 'visible' => 1, 'name' => $name,
                'introeditor' => ['text' => '', 'format' => FORMAT_HTML, 'itemid' => file_get_unused_draft_itemid()],
                'content' => $text, 'contentformat' => FORMAT_HTML, 'display' => 5, 'printintro' => 0,
            ])->coursemodule;
        } else {
            $DB->update_record('page', (object) ['id' => $page->id, 'content' => $text, 'contentformat' => FORMAT_HTML,
                'revision' => $page->revision + 1, 'timemodified' => time()]);
            $cmid = get_coursemodule_from_instance('page', $page->id, $course->id, false, MUST_EXIST)->id;
        }
        echo (new moodle_url('/mod/page/view.php', ['id' => $cmid]))->out(false), "\n";
        break;

    default:
        fwrite(STDERR, "usage: moodle-site.php state | restore < JSON | french SLOT < HTML\n");
        exit(2);
}
