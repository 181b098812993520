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
 * The shortcode grammar (twin of src/filter/grammar.ts): which blocks exist, how their options
 * are read, which options each block takes and what their values may be.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class grammar {
    /** @var string[] Options every block takes. */
    private const COMMON = ['session', 'timeout', 'autorun', 'readonly', 'isolated', 'hide-code', 'trust-outputs'];

    /** @var array Per block: the element's backend and its options (in the order messages list them). */
    public const BLOCKS = [
        'python' => ['backend' => 'pyodide', 'keys' => self::COMMON],
        'sage' => ['backend' => 'sagecell', 'keys' => ['language', 'server', ...self::COMMON]],
        'mybinder' => ['backend' => 'binder', 'keys' => ['repo', 'ref', 'provider', 'binder-url', 'kernel', ...self::COMMON]],
        'jupyter' => ['backend' => 'jupyter', 'keys' => ['kernel', ...self::COMMON]],
        'jobe' => ['backend' => 'jobe', 'keys' => ['language', 'server', 'stdin', 'cputime', 'memorylimit', ...self::COMMON]],
    ];

    /** @var string[] The order attributes are written in, after backend. */
    private const ATTRIBUTE_ORDER = ['language', 'server', 'repo', 'ref', 'provider', 'binder-url', 'kernel',
        'session', 'timeout', 'cputime', 'memorylimit', 'stdin', 'isolated', 'autorun', 'readonly', 'hide-code', 'trust-outputs'];
    /** @var string[] Options that are flags. */
    private const FLAGS = ['autorun', 'readonly', 'isolated', 'hide-code', 'trust-outputs'];
    /** @var string[] SageCell languages. */
    private const LANGUAGES = ['sage', 'python', 'gp', 'gap', 'r', 'octave', 'maxima', 'singular', 'macaulay2', 'html'];
    /** @var string[] Jobe's languages (its language_ids and the names authors write for them). */
    private const JOBE_LANGUAGES = ['c', 'cpp', 'java', 'python', 'python3', 'javascript', 'nodejs', 'php', 'octave', 'pascal'];
    /** @var array Jobe's limits: CPU seconds (its upper limit is 120) and megabytes. */
    private const LIMITS = ['cputime' => [120, 'seconds'], 'memorylimit' => [16000, 'megabytes']];
    /** @var int The longest standard input a shortcode may give (characters). */
    private const MAX_STDIN = 1000;
    /** @var string[] Binder providers. */
    private const PROVIDERS = ['gh', 'gl', 'git', 'gist', 'zenodo', 'figshare', 'dataverse', 'hydroshare', 'ckan'];

    /** @var string Whitespace inside a tag, as a run (ASCII whitespace and U+00A0). */
    private const WS_RUN = '/\G(?:[\t\n\f\r ]|\xC2\xA0)*+/';
    /** @var string An option name. */
    private const KEY = '/\G[A-Za-z][A-Za-z0-9_-]*+/';
    /** @var string An unquoted value. */
    private const UNQUOTED = '/\G(?:(?!\xC2\xA0)[^\t\n\f\r "\'`])++/';

    /**
     * Whether the decoded character at byte $i starts tag whitespace.
     *
     * @param string $s
     * @param int $i
     * @return bool
     */
    public static function is_tag_space(string $s, int $i): bool {
        return $i < strlen($s) && (strpos("\t\n\f\r ", $s[$i]) !== false || substr($s, $i, 2) === "\xC2\xA0");
    }

    /**
     * Reads the options of an opening tag.
     *
     * @param string $name the block name
     * @param string $body the decoded text between the name and `]`
     * @return array|string a list of [key, value|null], or what could not be read
     */
    public static function parse_options(string $name, string $body) {
        $s = str_replace(["\u{200B}", "\u{FEFF}"], '', $body);
        $options = [];
        $i = 0;
        $len = strlen($s);
        while (true) {
            $space = self::match(self::WS_RUN, $s, $i);
            $i += strlen($space);
            if ($i >= $len) {
                return $options;
            }
            $key = $space === '' ? null : self::match(self::KEY, $s, $i);
            if ($key === null) {
                return messages::syntax($name, 'unexpected "' . text::char_at($s, $i) . '"');
            }
            $i += strlen($key);
            $j = $i + strlen(self::match(self::WS_RUN, $s, $i));
            if (($s[$j] ?? '') !== '=') {
                $options[] = [text::ascii_lower($key), null];
                continue;
            }
            $j += 1;
            $j += strlen(self::match(self::WS_RUN, $s, $j));
            $quote = $s[$j] ?? '';
            if ($quote === '"' || $quote === "'") {
                $close = strpos($s, $quote, $j + 1);
                if ($close === false) {
                    return messages::syntax($name, "missing closing quote {$quote} after {$key}=");
                }
                $value = substr($s, $j + 1, $close - $j - 1);
                $written = $quote . $value . $quote;
                $j = $close + 1;
            } else {
                $bare = self::match(self::UNQUOTED, $s, $j);
                if ($bare === null) {
                    return messages::syntax($name, "{$key}= needs a value");
                }
                $value = $bare;
                $written = $bare;
                $j += strlen($bare);
            }
            if ($j < $len && self::match(self::WS_RUN, $s, $j) === '') {
                return messages::syntax($name, 'unexpected "' . text::char_at($s, $j) . "\" after {$key}={$written}");
            }
            $options[] = [text::ascii_lower($key), $value];
            $i = $j;
        }
    }

    /**
     * The match of an anchored pattern at $i, or null.
     *
     * @param string $pattern
     * @param string $s
     * @param int $i
     * @return string|null
     */
    private static function match(string $pattern, string $s, int $i): ?string {
        return preg_match($pattern, $s, $m, 0, $i) ? $m[0] : null;
    }

    /**
     * Validates a block's options into its element's attributes.
     *
     * @param string $name the block name
     * @param array $options from {@see self::parse_options()}
     * @param bool $allowtrustoutputs whether trust-outputs is kept
     * @param bool $allowautorun whether autorun is kept
     * @return array|string ['attrs' => [[name, value]...], 'notes' => string[], 'canonical' => string], or the error
     */
    public static function validate(string $name, array $options, bool $allowtrustoutputs, bool $allowautorun) {
        $block = self::BLOCKS[$name];
        $given = [];
        foreach ($options as [$raw, $value]) {
            $key = (($name === 'sage' || $name === 'jobe') && $raw === 'lang') ? 'language' : $raw;
            if (!in_array($key, $block['keys'], true)) {
                return messages::unknown_option($name, $raw, $block['keys']);
            }
            if (array_key_exists($key, $given)) {
                return messages::duplicate_option($name, $key);
            }
            $given[$key] = $value;
        }
        $values = [];
        $provider = array_key_exists('provider', $given) ? self::check_provider($given['provider']) : 'gh';
        foreach ($given as $key => $value) {
            if (in_array($key, self::FLAGS, true)) {
                $checked = self::check_flag($key, $value);
            } else if ($key === 'provider') {
                $checked = $provider;
            } else if ($key === 'stdin') {
                $checked = self::check_stdin($value);
            } else {
                $checked = self::check_value($name, $key, $value, $provider);
            }
            if ($checked === null) {
                continue;
            }
            if (is_array($checked)) {
                return $checked['error'];
            }
            $values[$key] = $checked;
        }
        if ($name === 'mybinder' && !array_key_exists('repo', $values)) {
            return messages::missing_repo();
        }
        if ($name === 'jobe' && !array_key_exists('language', $values)) {
            return messages::missing_language(self::JOBE_LANGUAGES);
        }
        $attrs = [['backend', $block['backend']]];
        $notes = [];
        $canonical = [];
        foreach (self::ATTRIBUTE_ORDER as $key) {
            if (!array_key_exists($key, $values)) {
                continue;
            }
            $value = $values[$key];
            $canonical[] = (in_array($key, self::FLAGS, true) || ($key === 'stdin' && $value === ''))
                ? $key : $key . '=' . self::quoted($value);
            if ($key === 'trust-outputs' && !$allowtrustoutputs) {
                $notes[] = messages::trust_outputs_ignored();
            } else if ($key === 'autorun' && !$allowautorun) {
                $notes[] = messages::autorun_ignored();
            } else {
                $attrs[] = [$key, $value];
            }
        }
        return ['attrs' => $attrs, 'notes' => $notes, 'canonical' => implode(' ', $canonical)];
    }

    /**
     * A flag: bare or true/yes/on/1 sets it ('' as attribute value), false/no/off/0 leaves it out.
     *
     * @param string $key
     * @param string|null $value
     * @return string|array|null
     */
    private static function check_flag(string $key, ?string $value) {
        if ($value === null) {
            return '';
        }
        $v = text::ascii_lower($value);
        if (in_array($v, ['true', 'yes', 'on', '1'], true)) {
            return '';
        }
        if (in_array($v, ['false', 'no', 'off', '0'], true)) {
            return null;
        }
        return ['error' => messages::bad_flag($key, $value)];
    }

    /**
     * A value in the quotes it can be read back from (a value holds at most one kind of quote).
     *
     * @param string $value
     * @return string
     */
    private static function quoted(string $value): string {
        return strpos($value, '"') !== false ? "'{$value}'" : "\"{$value}\"";
    }

    /**
     * Standard input: bare (an empty box) or the box's first text.
     *
     * @param string|null $value
     * @return string|array
     */
    private static function check_stdin(?string $value) {
        if ($value === null) {
            return '';
        }
        return mb_strlen($value, 'UTF-8') <= self::MAX_STDIN ? $value : ['error' => messages::bad_stdin(self::MAX_STDIN)];
    }

    /**
     * The provider, lower case, or its error.
     *
     * @param string|null $value
     * @return string|array
     */
    private static function check_provider(?string $value) {
        if ($value === null || $value === '') {
            return ['error' => messages::needs_value('provider')];
        }
        $v = text::ascii_lower($value);
        return in_array($v, self::PROVIDERS, true) ? $v : ['error' => messages::bad_provider($value, self::PROVIDERS)];
    }

    /**
     * A value checked (and normalised) for its option, or its error.
     *
     * @param string $name the block
     * @param string $key
     * @param string|null $value
     * @param string|array $provider the checked provider, or its error
     * @return string|array
     */
    private static function check_value(string $name, string $key, ?string $value, $provider) {
        if ($value === null || $value === '') {
            return ['error' => messages::needs_value($key)];
        }
        switch ($key) {
            case 'language':
                $v = text::ascii_lower($value);
                $languages = $name === 'jobe' ? self::JOBE_LANGUAGES : self::LANGUAGES;
                return in_array($v, $languages, true) ? $v : ['error' => messages::bad_language($value, $languages)];
            case 'cputime':
            case 'memorylimit':
                [$max, $unit] = self::LIMITS[$key];
                $n = preg_match('/^[0-9]{1,6}$/D', $value) ? (int) $value : 0;
                return ($n >= 1 && $n <= $max) ? (string) $n : ['error' => messages::bad_limit($key, $value, $max, $unit)];
            case 'server':
            case 'binder-url':
                return self::is_http_url($value) ? $value : ['error' => messages::bad_url($key, $value)];
            case 'repo':
                if (is_array($provider)) {
                    return $provider;
                }
                return self::is_repo($provider, $value) ? $value : ['error' => messages::bad_repo($provider, $value)];
            case 'ref':
                return preg_match('/^[A-Za-z0-9_][A-Za-z0-9._\/+-]{0,199}$/D', $value) && strpos($value, '..') === false
                    ? $value : ['error' => messages::bad_ref($value)];
            case 'kernel':
                return preg_match('/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/D', $value) ? $value : ['error' => messages::bad_kernel($value)];
            case 'session':
                return preg_match('/^[A-Za-z0-9._:-]{1,100}$/D', $value) ? $value : ['error' => messages::bad_session($value)];
            case 'timeout':
                $n = preg_match('/^[0-9]{1,6}$/D', $value) ? (int) $value : 0;
                return ($n >= 1 && $n <= 86400) ? (string) $n : ['error' => messages::bad_timeout($value)];
        }
        return ['error' => messages::needs_value($key)];
    }

    /**
     * An http(s) URL of a host, optional port and plain URL characters (no quotes, $, \, braces, brackets).
     *
     * @param string $v
     * @return bool
     */
    public static function is_http_url(string $v): bool {
        return strlen($v) <= 2048 && preg_match(
            '/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[A-Za-z0-9][A-Za-z0-9.-]*(?::[0-9]{1,5})?(?:[\/?#][A-Za-z0-9._~:\/?#@!&()*+,;=%-]*)?$/D',
            $v
        ) === 1;
    }

    /**
     * The repository spec each Binder provider accepts.
     *
     * @param string $provider
     * @param string $v
     * @return bool
     */
    private static function is_repo(string $provider, string $v): bool {
        $owner = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})';
        switch ($provider) {
            case 'gh':
                return preg_match("/^{$owner}\/[A-Za-z0-9._-]{1,100}$/D", $v) === 1;
            case 'gl':
                return strlen($v) <= 255 && preg_match('/^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)+$/D', $v) === 1;
            case 'gist':
                return preg_match("/^{$owner}\/[0-9A-Fa-f]{1,64}$/D", $v) === 1;
            case 'git':
                return self::is_http_url($v);
            case 'hydroshare':
                return preg_match('/^[0-9a-f]{32}$/D', $v) === 1 || self::is_http_url($v);
            case 'ckan':
                return self::is_http_url($v) && strpos($v, '/dataset/') !== false;
            default:
                return preg_match('/^10\.[0-9]{4,9}\/[A-Za-z0-9._;()\/:-]{1,200}$/D', $v) === 1;
        }
    }
}
