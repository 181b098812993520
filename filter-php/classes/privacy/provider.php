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

namespace filter_execcell\privacy;

use core_privacy\local\metadata\collection;
use core_privacy\local\request\approved_contextlist;
use core_privacy\local\request\approved_userlist;
use core_privacy\local\request\contextlist;
use core_privacy\local\request\userlist;

/**
 * Privacy: Moodle stores no personal data for this filter, but the code readers run goes to the
 * services the site configures (Binder, SageCell, Jupyter, JupyterHub, Jobe), so those are declared.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class provider implements
    \core_privacy\local\metadata\provider,
    \core_privacy\local\request\core_userlist_provider,
    \core_privacy\local\request\plugin\provider {

    /**
     * The external services readers' code goes to.
     *
     * @param collection $collection
     * @return collection
     */
    public static function get_metadata(collection $collection): collection {
        // Jobe is sent the code by this site (jobe.php), not by the reader's browser; declared all the same.
        foreach (['binder', 'sagecell', 'jupyter', 'jobe'] as $service) {
            $collection->add_external_location_link($service, ['code' => "privacy:metadata:{$service}:code"],
                "privacy:metadata:{$service}");
        }
        $collection->add_external_location_link('jupyterhub', [
            'hubuser' => 'privacy:metadata:jupyterhub:hubuser',
            'code' => 'privacy:metadata:jupyterhub:code',
        ], 'privacy:metadata:jupyterhub');
        return self::add_package_source($collection, (string) get_config('filter_execcell', 'pyodidepackages'));
    }

    /**
     * The public Pyodide distribution, when the site loads packages from it: readers' browsers
     * ask it for the packages their code imports.
     *
     * @param collection $collection
     * @param string $choice the pyodidepackages setting
     * @return collection
     */
    public static function add_package_source(collection $collection, string $choice): collection {
        if (\filter_execcell\local\pyodide_packages::reaches_public_distribution($choice)) {
            $collection->add_external_location_link('pyodidecdn', [
                'ipaddress' => 'privacy:metadata:pyodidecdn:ipaddress',
                'packages' => 'privacy:metadata:pyodidecdn:packages',
            ], 'privacy:metadata:pyodidecdn');
        }
        return $collection;
    }

    /**
     * No data is stored in Moodle.
     *
     * @param int $userid
     * @return contextlist
     */
    public static function get_contexts_for_userid(int $userid): contextlist {
        return new contextlist();
    }

    /**
     * No data is stored in Moodle.
     *
     * @param userlist $userlist
     */
    public static function get_users_in_context(userlist $userlist) {
    }

    /**
     * No data is stored in Moodle.
     *
     * @param approved_contextlist $contextlist
     */
    public static function export_user_data(approved_contextlist $contextlist) {
    }

    /**
     * No data is stored in Moodle.
     *
     * @param \context $context
     */
    public static function delete_data_for_all_users_in_context(\context $context) {
    }

    /**
     * No data is stored in Moodle.
     *
     * @param approved_userlist $userlist
     */
    public static function delete_data_for_users(approved_userlist $userlist) {
    }

    /**
     * No data is stored in Moodle.
     *
     * @param approved_contextlist $contextlist
     */
    public static function delete_data_for_user(approved_contextlist $contextlist) {
    }
}
