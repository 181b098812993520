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
 * The JupyterHub token endpoint's rules, without Moodle: the hub user name a Moodle user gets,
 * the scopes a reader's token gets, its lifetime, and the answer for each kind of failure.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class hub_policy {
    /** @var string The default user-name template. */
    public const DEFAULT_TEMPLATE = 'moodle-{userid}';

    /** @var int Seconds a reader's token lives by default. */
    public const DEFAULT_LIFETIME = 3600;

    /**
     * The hub user name for a Moodle user: the template's {userid}, {username} and {idnumber}
     * filled in, then made safe for JupyterHub (lower case; letters, digits and - . _ @ only;
     * at most 255 characters).
     *
     * @param string $template such as "moodle-{userid}"
     * @param array $fields 'userid', 'username', 'idnumber'
     * @return string
     * @throws \invalid_argument_exception|\InvalidArgumentException when nothing usable is left
     */
    public static function user_name(string $template, array $fields): string {
        $template = trim($template) === '' ? self::DEFAULT_TEMPLATE : $template;
        $name = preg_replace_callback('/\{(userid|username|idnumber)\}/', static function (array $m) use ($fields): string {
            return (string) ($fields[$m[1]] ?? '');
        }, $template);
        $name = strtolower($name);
        $name = preg_replace('/[^a-z0-9\-._@]+/', '-', $name);
        $name = trim($name, '-._');
        $name = substr($name, 0, 255);
        if ($name === '' || strpos($template, '{userid}') === false && strpos($template, '{username}') === false
                && strpos($template, '{idnumber}') === false) {
            throw new \InvalidArgumentException('The hub user-name template must contain {userid}, {username} or {idnumber}.');
        }
        return $name;
    }

    /**
     * The scopes of a reader's token: their own servers, nothing else.
     *
     * @param string $name hub user name
     * @return string[]
     */
    public static function scopes(string $name): array {
        return ['access:servers!user=' . $name];
    }

    /**
     * A token lifetime in seconds from the setting: a minute to a day, an hour if unset.
     *
     * @param mixed $setting
     * @return int
     */
    public static function lifetime($setting): int {
        $seconds = (int) $setting;
        if ($seconds <= 0) {
            return self::DEFAULT_LIFETIME;
        }
        return max(60, min(86400, $seconds));
    }

    /**
     * The HTTP status and body for a failure (the element reads `error` and `message`).
     *
     * @param string $kind sign-in, no-capability, rate-limited, spawn-failed, hub-unreachable, not-configured
     * @param string $message
     * @return array [int status, array body]
     */
    public static function failure(string $kind, string $message = ''): array {
        $statuses = [
            'sign-in' => 401,
            'no-capability' => 403,
            'rate-limited' => 429,
            'spawn-failed' => 500,
            'hub-unreachable' => 502,
            'not-configured' => 503,
        ];
        $status = $statuses[$kind] ?? 502;
        $kind = isset($statuses[$kind]) ? $kind : 'hub-unreachable';
        return [$status, ['error' => $kind, 'message' => $message]];
    }

    /**
     * Requests per user: the request times to keep, and whether this one is allowed.
     *
     * @param int[] $times earlier request times (seconds)
     * @param int $now
     * @param int $perminute
     * @return array [bool allowed, int[] times to store]
     */
    public static function rate_limit(array $times, int $now, int $perminute): array {
        $recent = array_values(array_filter($times, static function ($t) use ($now): bool {
            return $now - (int) $t < 60;
        }));
        if (count($recent) >= $perminute) {
            return [false, $recent];
        }
        $recent[] = $now;
        return [true, $recent];
    }
}
