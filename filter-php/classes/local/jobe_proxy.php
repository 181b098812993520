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

namespace filter_execcell\local;

/**
 * The decisions of the Jobe proxy (jobe.php), without Moodle: which request it is, whether a
 * run may go to Jobe and in what form, how many runs a user has left. jobe.php does the Moodle
 * part (login, session key, capability, settings, cache, HTTP).
 *
 * Why a proxy: stock Jobe sends no CORS headers and does not enforce its API keys, so the
 * site talks to Jobe from the server, as CodeRunner does, and the Jobe address and key never
 * reach a page.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class jobe_proxy {
    /** @var int Runs a user may start in a minute, unless the site says otherwise. */
    public const DEFAULT_RUNS_PER_MINUTE = 20;
    /** @var int Characters of code, unless the site says otherwise. */
    public const DEFAULT_MAX_SOURCE = 100000;
    /** @var int Characters of standard input, unless the site says otherwise. */
    public const DEFAULT_MAX_INPUT = 100000;
    /** @var int Jobe's own upper limit of CPU seconds. */
    private const MAX_CPUTIME = 120;
    /** @var int Megabytes a run may ask for. */
    private const MAX_MEMORYLIMIT = 2000;

    /**
     * The request from the path after jobe.php: `/SESSKEY/languages` or `/SESSKEY/runs`. The
     * session key is in the path because the element builds its URLs as root + action.
     *
     * @param string $pathinfo
     * @return array|null ['sesskey' => string, 'action' => 'languages'|'runs'], or null
     */
    public static function route(string $pathinfo): ?array {
        if (!preg_match('~^/([A-Za-z0-9]{1,64})/(languages|runs)$~D', $pathinfo, $m)) {
            return null;
        }
        return ['sesskey' => $m[1], 'action' => $m[2]];
    }

    /**
     * The run to send to Jobe: only what a cell sends (language, code, input, CPU and memory
     * limits), checked against the site's sizes; or why it is refused.
     *
     * @param string $body the request body (JSON `{"run_spec": {...}}`)
     * @param int $maxsource characters of code
     * @param int $maxinput characters of standard input
     * @return array ['spec' => array] or ['status' => int, 'error' => string]
     */
    public static function check_run(string $body, int $maxsource, int $maxinput): array {
        $parsed = json_decode($body, true);
        if (!is_array($parsed) || !isset($parsed['run_spec']) || !is_array($parsed['run_spec'])) {
            return ['status' => 400, 'error' => 'the request has no run_spec'];
        }
        $run = $parsed['run_spec'];
        $language = $run['language_id'] ?? null;
        if (!is_string($language) || !preg_match('/^[a-z0-9+]{1,30}$/D', $language)) {
            return ['status' => 400, 'error' => 'run_spec.language_id is not a language name'];
        }
        $source = $run['sourcecode'] ?? null;
        if (!is_string($source)) {
            return ['status' => 400, 'error' => 'run_spec.sourcecode is missing'];
        }
        $input = $run['input'] ?? '';
        if (!is_string($input)) {
            return ['status' => 400, 'error' => 'run_spec.input is not text'];
        }
        if (self::length($source) > $maxsource) {
            return ['status' => 413, 'error' => "the program is longer than {$maxsource} characters"];
        }
        if (self::length($input) > $maxinput) {
            return ['status' => 413, 'error' => "the input is longer than {$maxinput} characters"];
        }
        $spec = ['language_id' => $language, 'sourcecode' => $source];
        if ($input !== '') {
            $spec['input'] = $input;
        }
        $parameters = [];
        foreach (['cputime' => self::MAX_CPUTIME, 'memorylimit' => self::MAX_MEMORYLIMIT] as $key => $max) {
            if (!isset($run['parameters'][$key])) {
                continue;
            }
            $value = $run['parameters'][$key];
            if ((!is_int($value) && !is_float($value)) || $value <= 0) {
                return ['status' => 400, 'error' => "run_spec.parameters.{$key} is not a positive number"];
            }
            $parameters[$key] = min($value, $max);
        }
        if ($parameters) {
            $spec['parameters'] = $parameters;
        }
        return ['spec' => $spec];
    }

    /**
     * A sliding minute of runs: whether one more may start now, and the times to keep.
     *
     * @param int[] $times the user's earlier runs (Unix seconds)
     * @param int $now
     * @param int $perminute 0 for no limit
     * @return array [bool $allowed, int[] $times]
     */
    public static function allow_run(array $times, int $now, int $perminute): array {
        $recent = array_values(array_filter($times, static fn($t) => is_int($t) && $now - $t < 60));
        if ($perminute > 0 && count($recent) >= $perminute) {
            return [false, $recent];
        }
        $recent[] = $now;
        return [true, $recent];
    }

    /**
     * Jobe's URL for an action, from its REST root as the admin wrote it.
     *
     * @param string $root such as https://jobe.example.edu/jobe/index.php/restapi
     * @param string $action languages or runs
     * @return string
     */
    public static function endpoint(string $root, string $action): string {
        return rtrim($root, '/') . '/' . $action;
    }

    /**
     * The headers sent to Jobe (the key only when the site has one).
     *
     * @param string $apikey
     * @return string[]
     */
    public static function headers(string $apikey): array {
        $headers = ['Content-Type: application/json; charset=utf-8', 'Accept: application/json'];
        if ($apikey !== '') {
            $headers[] = 'X-API-KEY: ' . $apikey;
        }
        return $headers;
    }

    /**
     * Characters of UTF-8 text (as the element counts them, near enough: code points).
     *
     * @param string $s
     * @return int
     */
    private static function length(string $s): int {
        return function_exists('mb_strlen') ? mb_strlen($s, 'UTF-8') : strlen($s);
    }
}
