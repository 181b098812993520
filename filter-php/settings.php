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
 * Settings: where cells run by default, and what authors may do.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

if ($ADMIN->fulltree) {
    $settings->add(new admin_setting_configtext('filter_execcell/binderurl',
        new lang_string('binderurl', 'filter_execcell'),
        new lang_string('binderurl_desc', 'filter_execcell'),
        'https://mybinder.org', PARAM_URL));

    $settings->add(new admin_setting_configtext('filter_execcell/sagecellurl',
        new lang_string('sagecellurl', 'filter_execcell'),
        new lang_string('sagecellurl_desc', 'filter_execcell'),
        'https://sagecell.sagemath.org', PARAM_URL));

    $settings->add(new admin_setting_configtext('filter_execcell/jupyterurl',
        new lang_string('jupyterurl', 'filter_execcell'),
        new lang_string('jupyterurl_desc', 'filter_execcell'),
        '', PARAM_URL));

    $settings->add(new admin_setting_configtext('filter_execcell/jupytertoken',
        new lang_string('jupytertoken', 'filter_execcell'),
        new lang_string('jupytertoken_desc', 'filter_execcell'),
        '', PARAM_RAW_TRIMMED));
    // The site-wide token reaches every reader: say so in red while it is set (JupyterHub below is the way out).
    if ((string) get_config('filter_execcell', 'jupytertoken') !== '') {
        $settings->add(new admin_setting_heading('filter_execcell/jupytertokenwarning', '',
            html_writer::div(get_string('jupytertoken_warning', 'filter_execcell'), 'alert alert-danger')));
    }

    require(__DIR__ . '/settings_hub.php');

    $settings->add(new admin_setting_configtext('filter_execcell/pyodideurl',
        new lang_string('pyodideurl', 'filter_execcell'),
        new lang_string('pyodideurl_desc', 'filter_execcell'),
        '', PARAM_URL));

    // Where packages (numpy, matplotlib…) come from; the public distribution is declared in the privacy provider.
    $settings->add(new admin_setting_configselect('filter_execcell/pyodidepackages',
        new lang_string('pyodidepackages', 'filter_execcell'),
        new lang_string('pyodidepackages_desc', 'filter_execcell'),
        \filter_execcell\local\pyodide_packages::DEFAULT,
        array_combine(\filter_execcell\local\pyodide_packages::choices(), array_map(static function (string $choice) {
            return new lang_string('pyodidepackages_' . $choice, 'filter_execcell');
        }, \filter_execcell\local\pyodide_packages::choices()))));

    $settings->add(new admin_setting_configcheckbox('filter_execcell/allowautorun',
        new lang_string('allowautorun', 'filter_execcell'),
        new lang_string('allowautorun_desc', 'filter_execcell'),
        1));

    $settings->add(new admin_setting_configcheckbox('filter_execcell/allowtrustoutputs',
        new lang_string('allowtrustoutputs', 'filter_execcell'),
        new lang_string('allowtrustoutputs_desc', 'filter_execcell'),
        0));
    // [jobe] cells: runs go through filter/execcell/jobe.php; neither the address nor the key reaches a page.
    $settings->add(new admin_setting_configtext('filter_execcell/jobeurl',
        new lang_string('jobeurl', 'filter_execcell'),
        new lang_string('jobeurl_desc', 'filter_execcell'),
        '', PARAM_URL));

    $settings->add(new admin_setting_configpasswordunmask('filter_execcell/jobeapikey',
        new lang_string('jobeapikey', 'filter_execcell'),
        new lang_string('jobeapikey_desc', 'filter_execcell'),
        ''));

    $settings->add(new admin_setting_configtext('filter_execcell/jobeperminute',
        new lang_string('jobeperminute', 'filter_execcell'),
        new lang_string('jobeperminute_desc', 'filter_execcell'),
        '20', PARAM_INT));

    $settings->add(new admin_setting_configtext('filter_execcell/jobemaxsource',
        new lang_string('jobemaxsource', 'filter_execcell'),
        new lang_string('jobemaxsource_desc', 'filter_execcell'),
        '100000', PARAM_INT));

    $settings->add(new admin_setting_configtext('filter_execcell/jobemaxinput',
        new lang_string('jobemaxinput', 'filter_execcell'),
        new lang_string('jobemaxinput_desc', 'filter_execcell'),
        '100000', PARAM_INT));
}
