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
 * The Jobe proxy: `[jobe]` cells send their runs here (GET …/jobe.php/SESSKEY/languages,
 * POST …/jobe.php/SESSKEY/runs), and the site sends them on to its Jobe server, as CodeRunner
 * does. The Jobe address and API key stay in the plugin's settings; a page only knows this
 * script. A run needs a signed-in user, the session key and filter/execcell:runjobe; runs per
 * user and sizes are limited (local/jobe_proxy.php decides); Jobe's answer is returned as is.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

// phpcs:disable moodle.Files.RequireLogin.Missing -- require_login is called below, without its redirect.
define('NO_DEBUG_DISPLAY', true);
define('NO_MOODLE_COOKIES', false);

require(__DIR__ . '/../../config.php');
require_once($CFG->libdir . '/filelib.php');

use filter_execcell\local\jobe_proxy;

/**
 * Answer with a JSON body and stop.
 *
 * @param int $status
 * @param string $body JSON
 */
function filter_execcell_jobe_reply(int $status, string $body): void {
    http_response_code($status);
    header('Content-Type: application/json; charset=utf-8');
    header('Cache-Control: no-store');
    echo $body;
    die();
}

/**
 * Refuse with a message (a JSON string, as Jobe's own refusals are).
 *
 * @param int $status
 * @param string $message
 */
function filter_execcell_jobe_refuse(int $status, string $message): void {
    filter_execcell_jobe_reply($status, json_encode($message));
}

$route = jobe_proxy::route($_SERVER['PATH_INFO'] ?? '');
if ($route === null) {
    filter_execcell_jobe_refuse(404, 'Not found: use …/jobe.php/SESSKEY/languages or …/jobe.php/SESSKEY/runs.');
}
try {
    // No redirect to the login page: a cell wants an answer it can show.
    require_login(null, false, null, false, true);
} catch (\moodle_exception $e) {
    filter_execcell_jobe_refuse(401, 'Sign in to run this code.');
}
if (isguestuser()) {
    filter_execcell_jobe_refuse(401, 'Sign in to run this code.');
}
if (!confirm_sesskey($route['sesskey'])) {
    filter_execcell_jobe_refuse(403, 'This page belongs to an earlier session: reload it.');
}
$context = \context_system::instance();
if (!has_capability('filter/execcell:runjobe', $context)) {
    filter_execcell_jobe_refuse(403, 'You are not allowed to run code on this site.');
}
$config = get_config('filter_execcell');
if (empty($config->jobeurl)) {
    filter_execcell_jobe_refuse(503, 'This site has no Jobe server set up (Site administration › Plugins › Filters › Exec cell).');
}

$method = $_SERVER['REQUEST_METHOD'] ?? 'GET';
// The Jobe address is the administrator's, so Moodle's curl security list (which blocks
// internal hosts, where a Jobe server usually lives) does not apply to it.
$curl = new \curl(['ignoresecurity' => true]);
$curl->setHeader(jobe_proxy::headers((string) ($config->jobeapikey ?? '')));
$options = ['CURLOPT_TIMEOUT' => 150, 'CURLOPT_CONNECTTIMEOUT' => 10];

if ($route['action'] === 'languages') {
    if ($method !== 'GET') {
        filter_execcell_jobe_refuse(405, 'Use GET for languages.');
    }
    $answer = $curl->get(jobe_proxy::endpoint($config->jobeurl, 'languages'), [], $options);
} else {
    if ($method !== 'POST') {
        filter_execcell_jobe_refuse(405, 'Use POST for runs.');
    }
    $maxsource = (int) ($config->jobemaxsource ?? 0) ?: jobe_proxy::DEFAULT_MAX_SOURCE;
    $maxinput = (int) ($config->jobemaxinput ?? 0) ?: jobe_proxy::DEFAULT_MAX_INPUT;
    $checked = jobe_proxy::check_run((string) file_get_contents('php://input'), $maxsource, $maxinput);
    if (isset($checked['error'])) {
        filter_execcell_jobe_refuse($checked['status'], $checked['error']);
    }
    $perminute = isset($config->jobeperminute) && $config->jobeperminute !== ''
        ? (int) $config->jobeperminute : jobe_proxy::DEFAULT_RUNS_PER_MINUTE;
    $cache = \cache::make_from_params(\cache_store::MODE_APPLICATION, 'filter_execcell', 'jobe_runs');
    [$allowed, $times] = jobe_proxy::allow_run($cache->get($USER->id) ?: [], time(), $perminute);
    $cache->set($USER->id, $times);
    if (!$allowed) {
        header('Retry-After: 60');
        filter_execcell_jobe_refuse(429, "at most {$perminute} run" . ($perminute === 1 ? '' : 's') . ' a minute');
    }
    $answer = $curl->post(jobe_proxy::endpoint($config->jobeurl, 'runs'), json_encode(['run_spec' => $checked['spec']]), $options);
}

if ($curl->get_errno()) {
    filter_execcell_jobe_refuse(502, 'The Jobe server could not be reached.');
}
$status = (int) ($curl->get_info()['http_code'] ?? 502);
filter_execcell_jobe_reply($status ?: 502, (string) $answer);
