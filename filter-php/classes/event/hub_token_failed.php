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

namespace filter_execcell\event;

/**
 * A reader's request for a JupyterHub token failed (the hub did not answer, or the server
 * did not start): logged so that administrators see it in the site's logs.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
class hub_token_failed extends \core\event\base {
    /**
     * Init.
     */
    protected function init() {
        $this->data['crud'] = 'r';
        $this->data['edulevel'] = self::LEVEL_OTHER;
    }

    /**
     * @return string
     */
    public static function get_name() {
        return get_string('eventhubtokenfailed', 'filter_execcell');
    }

    /**
     * @return string
     */
    public function get_description() {
        return "The user with id '{$this->userid}' did not get a JupyterHub token for hub user '"
            . s($this->other['hubuser'] ?? '') . "': " . s($this->other['kind'] ?? '') . ', '
            . s($this->other['reason'] ?? '');
    }
}
