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
 * The least of Moodle's privacy API that lets classes/privacy/provider.php load in the plain
 * PHPUnit suite (inside Moodle the real ones exist and this file defines nothing). The
 * collection records each external location it is given.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

namespace core_privacy\local\metadata {
    if (!interface_exists(provider::class)) {
        interface provider {
        }
    }
    if (!class_exists(collection::class)) {
        class collection {
            /** @var array[] What add_external_location_link() was given. */
            public $links = [];

            public function add_external_location_link(string $name, array $fields, string $summary): collection {
                $this->links[] = ['name' => $name, 'fields' => $fields, 'summary' => $summary];
                return $this;
            }
        }
    }
}

namespace core_privacy\local\request {
    if (!interface_exists(core_userlist_provider::class)) {
        interface core_userlist_provider {
        }
    }
}

namespace core_privacy\local\request\plugin {
    if (!interface_exists(provider::class)) {
        interface provider {
        }
    }
}
