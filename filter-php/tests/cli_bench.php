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
 * Benchmark helper for bench/filter.mjs: times the rewriter on the pages in a JSON file
 * ({"runs": n, "pages": {name: html}}) and prints {name: {mode: median ms}} as JSON.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

if (PHP_SAPI !== 'cli') {
    exit(1);
}
require_once(__DIR__ . '/bootstrap.php');

use filter_execcell\local\rewriter;

$input = json_decode(file_get_contents($argv[1]), true, 512, JSON_THROW_ON_ERROR);
$modes = [
    'default' => fn(string $html) => rewriter::rewrite($html),
    // What filter_execcell runs in Moodle: the pre-clean stage, then the post-clean stage.
    'moodle' => fn(string $html) => rewriter::rewrite(rewriter::rewrite($html, ['protect' => true]), ['moodle' => true]),
];
$result = [];
foreach ($input['pages'] as $name => $html) {
    foreach ($modes as $mode => $run) {
        $run($html); // Warm-up.
        $times = [];
        for ($i = 0; $i < $input['runs']; $i++) {
            $t = hrtime(true);
            $run($html);
            $times[] = (hrtime(true) - $t) / 1e6;
        }
        sort($times);
        $result[$name][$mode] = $times[intdiv(count($times), 2)];
    }
}
echo json_encode($result);
