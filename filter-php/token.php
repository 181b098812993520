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
 * The JupyterHub token endpoint for [jupyter] cells (the element's token-url).
 *
 * A signed-in reader with filter/execcell:runjupyter in the page's context gets a token that
 * reaches only their own hub server, for the lifetime set by the site; the server is started
 * first if needed, its progress streamed as NDJSON lines. The hub service token stays here.
 * The answer is described in the plugin's README ("JupyterHub").
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

define('NO_DEBUG_DISPLAY', true);
define('NO_OUTPUT_BUFFERING', true);

require(__DIR__ . '/../../config.php');

use filter_execcell\local\hub_api;
use filter_execcell\local\hub_exception;
use filter_execcell\local\hub_policy;

/**
 * Answer with a failure as JSON and stop.
 *
 * @param string $kind
 * @param string $message
 */
function filter_execcell_token_fail(string $kind, string $message): void {
    [$status, $body] = hub_policy::failure($kind, $message);
    http_response_code($status);
    header('Content-Type: application/json');
    header('Cache-Control: no-store');
    echo json_encode($body);
    exit;
}

$contextid = optional_param('contextid', 0, PARAM_INT);
if (!isloggedin() || isguestuser()) {
    filter_execcell_token_fail('sign-in', 'not signed in');
}
if (!confirm_sesskey()) {
    error_log('filter_execcell token.php: user ' . $USER->id . ': the session key does not match');
    filter_execcell_token_fail('sign-in', 'the session has changed');
}
try {
    $context = $contextid ? context::instance_by_id($contextid) : context_system::instance();
    [$context, $course, $cm] = get_context_info_array($context->id);
    $context = $context ?? context_system::instance();
    require_login($course, false, $cm, false, true);
} catch (Exception $e) {
    // Usually require_login's refusal (not enrolled, a hidden course), but whatever it was goes
    // to the server's error log: the reader is only told to sign in again.
    error_log('filter_execcell token.php: user ' . $USER->id . ': ' . get_class($e) . ': ' . $e->getMessage());
    filter_execcell_token_fail('sign-in', 'no access to this page');
}
if (!has_capability('filter/execcell:runjupyter', $context)) {
    filter_execcell_token_fail('no-capability', 'you may not run code on the Jupyter hub here');
}

$config = get_config('filter_execcell');
if (empty($config->huburl) || empty($config->hubservicetoken)) {
    filter_execcell_token_fail('not-configured', 'no JupyterHub is configured');
}
try {
    $name = hub_policy::user_name((string) ($config->hubusertemplate ?? ''),
        ['userid' => $USER->id, 'username' => $USER->username, 'idnumber' => $USER->idnumber]);
} catch (InvalidArgumentException $e) {
    filter_execcell_token_fail('not-configured', $e->getMessage());
}

// Requests per user and minute, across the site's web servers (the application cache).
$cache = cache::make_from_params(cache_store::MODE_APPLICATION, 'filter_execcell', 'hubrate');
[$allowed, $times] = hub_policy::rate_limit((array) ($cache->get($USER->id) ?: []), time(),
    max(1, (int) ($config->hubratelimit ?? 10)));
$cache->set($USER->id, $times);
if (!$allowed) {
    filter_execcell_token_fail('rate-limited', 'too many requests; wait a minute');
}
\core\session\manager::write_close(); // The spawn may take a while: do not hold the session lock.

$transport = static function (string $method, string $url, array $headers, ?string $body): array {
    // The hub is the site administrator's own address (often on the local network).
    $curl = new curl(['ignoresecurity' => true]);
    $curl->setHeader($headers);
    $options = ['CURLOPT_TIMEOUT' => 30, 'CURLOPT_CONNECTTIMEOUT' => 5];
    if ($method === 'GET') {
        $response = $curl->get($url, [], $options);
    } else if ($method === 'POST') {
        $response = $curl->post($url, $body ?? '', $options);
    } else {
        $response = $curl->delete($url, [], $options);
    }
    if ($curl->get_errno()) {
        return [0, $curl->error];
    }
    return [(int) ($curl->get_info()['http_code'] ?? 0), (string) $response];
};

$streaming = false;
$line = static function (array $o) use (&$streaming): void {
    if (!$streaming) {
        $streaming = true;
        header('Content-Type: application/x-ndjson');
        header('Cache-Control: no-store');
        header('X-Accel-Buffering: no');
    }
    echo json_encode($o), "\n";
    flush();
};
try {
    $api = new hub_api((string) $config->huburl, (string) $config->hubservicetoken, $transport);
    $answer = $api->token_for($name, hub_policy::lifetime($config->hubtokenlifetime ?? 0),
        static function (int $percent, string $message) use ($line): void {
            $line(['progress' => $percent, 'message' => $message]);
        });
    if ($streaming) {
        $line($answer);
    } else {
        header('Content-Type: application/json');
        header('Cache-Control: no-store');
        echo json_encode($answer);
    }
} catch (hub_exception $e) {
    \filter_execcell\event\hub_token_failed::create([
        'context' => $context,
        'other' => ['hubuser' => $name, 'kind' => $e->kind, 'reason' => $e->getMessage()],
    ])->trigger();
    if ($streaming) {
        $line(hub_policy::failure($e->kind, $e->getMessage())[1]);
    } else {
        filter_execcell_token_fail($e->kind, $e->getMessage());
    }
}
