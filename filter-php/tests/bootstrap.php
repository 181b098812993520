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
 * Bootstrap for the plain PHPUnit suite: the rewriting classes without Moodle.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

// Inside Moodle the class loader finds classes/local/*; here a small one does the same.
spl_autoload_register(static function (string $class): void {
    $prefix = 'filter_execcell\\local\\';
    if (strpos($class, $prefix) === 0) {
        $file = __DIR__ . '/../classes/local/' . substr($class, strlen($prefix)) . '.php';
        if (is_file($file)) {
            require_once($file);
        }
    }
});

// Moodle's runner gives basic_testcase; plain PHPUnit gets the same name for its TestCase.
if (!class_exists('basic_testcase') && class_exists(\PHPUnit\Framework\TestCase::class)) {
    class_alias(\PHPUnit\Framework\TestCase::class, 'basic_testcase');
}
