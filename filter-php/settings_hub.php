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
 * Settings for JupyterHub: each reader on their own server through token.php.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$settings->add(new admin_setting_heading('filter_execcell/hubheading',
    new lang_string('hubheading', 'filter_execcell'),
    new lang_string('hubheading_desc', 'filter_execcell')));

$settings->add(new admin_setting_configtext('filter_execcell/huburl',
    new lang_string('huburl', 'filter_execcell'),
    new lang_string('huburl_desc', 'filter_execcell'),
    '', PARAM_URL));

$settings->add(new admin_setting_configpasswordunmask('filter_execcell/hubservicetoken',
    new lang_string('hubservicetoken', 'filter_execcell'),
    new lang_string('hubservicetoken_desc', 'filter_execcell'),
    ''));

$settings->add(new admin_setting_configtext('filter_execcell/hubusertemplate',
    new lang_string('hubusertemplate', 'filter_execcell'),
    new lang_string('hubusertemplate_desc', 'filter_execcell'),
    \filter_execcell\local\hub_policy::DEFAULT_TEMPLATE, PARAM_RAW_TRIMMED));

$settings->add(new admin_setting_configduration('filter_execcell/hubtokenlifetime',
    new lang_string('hubtokenlifetime', 'filter_execcell'),
    new lang_string('hubtokenlifetime_desc', 'filter_execcell'),
    \filter_execcell\local\hub_policy::DEFAULT_LIFETIME, HOURSECS));

$settings->add(new admin_setting_configtext('filter_execcell/hubratelimit',
    new lang_string('hubratelimit', 'filter_execcell'),
    new lang_string('hubratelimit_desc', 'filter_execcell'),
    10, PARAM_INT));
