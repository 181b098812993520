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
 * Shortcode tags and how they pair into blocks (twin of src/filter/tags.ts).
 *
 * A tag lies in one run of text: `[`, an optional `/`, a block name, then nothing or whitespace and
 * options, then `]`; it cannot contain `[` or `]`. `[[tag]]` writes the literal `[tag]`. Blocks do
 * not nest: an opening tag ends at the next closing tag of its name, any other tag between is an
 * error. A tag is an array: kind (open, close, escape), name, start, end (byte offsets), body (the
 * decoded options), text (the decoded tag as written), bad (a closing tag with options).
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class tags {
    /**
     * Reads the tag whose candidate $matched (e.g. `[[/sage`) starts at $start in HTML source.
     *
     * @param string $html
     * @param int $start
     * @param string $matched
     * @return array|null the tag, or null when it is not one
     */
    public static function read_source_tag(string $html, int $start, string $matched): ?array {
        $found = self::read_body($html, $start + strlen($matched));
        if ($found === null) {
            return null;
        }
        [$body, $end] = $found;
        $c = $html[$end] ?? '';
        $after = $c === '&' ? self::decode_at($html, $end) : [$c, $end + 1];
        return self::classify($matched, $start, $body, $end, $after[0] === ']' ? $after[1] : -1);
    }

    /**
     * The tag body from $from: decoded text up to `]`. Null when `[`, markup or the end comes first.
     * Each call stops at the next literal `[`, so a whole scan reads each byte at most once here.
     *
     * @param string $html
     * @param int $from
     * @return array|null [body, end]
     */
    private static function read_body(string $html, int $from): ?array {
        $body = '';
        $i = $from;
        $len = strlen($html);
        while (true) {
            $n = strcspn($html, '[]<&', $i);
            $body .= substr($html, $i, $n);
            $i += $n;
            if ($i >= $len) {
                return null;
            }
            $c = $html[$i];
            if ($c === ']') {
                return [$body, $i + 1];
            }
            if ($c === '[') {
                return null;
            }
            if ($c === '<') {
                if (preg_match('/[A-Za-z!?\/]/', $html[$i + 1] ?? '')) {
                    return null;
                }
                $body .= '<';
                $i++;
                continue;
            }
            [$s, $next] = self::decode_at($html, $i);
            if ($s === ']') {
                return [$body, $next];
            }
            if ($s === '[') {
                return null;
            }
            $body .= $s;
            $i = $next;
        }
    }

    /**
     * The character(s) a reference at $i stands for, or the `&` itself.
     *
     * @param string $html
     * @param int $i
     * @return array [text, end]
     */
    private static function decode_at(string $html, int $i): array {
        if (preg_match('/\G' . text::REFERENCE . '/', $html, $m, 0, $i)) {
            $s = text::decode($m[0]);
            if ($s !== $m[0]) {
                return [$s, $i + strlen($m[0])];
            }
        }
        return ['&', $i + 1];
    }

    /**
     * What a candidate is, given its body; $escapeend is where a second `]` ends, or -1.
     *
     * @param string $matched
     * @param int $start
     * @param string $body
     * @param int $end
     * @param int $escapeend
     * @return array|null
     */
    private static function classify(string $matched, int $start, string $body, int $end, int $escapeend): ?array {
        $clean = str_replace(["\u{200B}", "\u{FEFF}"], '', $body);
        if ($clean !== '' && !grammar::is_tag_space($clean, 0)) {
            return null;
        }
        $head = $matched;
        $at = $start;
        if (strpos($head, '[[') === 0) {
            if ($escapeend >= 0) {
                $inner = substr($head, 1);
                return self::token('escape', $inner, $start, $escapeend, $body, "{$inner}{$body}]", false);
            }
            $head = substr($head, 1);
            $at = $start + 1;
        }
        $close = $head[1] === '/';
        $bad = $close && !preg_match('/^(?:[\t\n\f\r ]|\xC2\xA0)*$/D', $clean);
        return self::token($close ? 'close' : 'open', $head, $at, $end, $body, "{$head}{$body}]", $bad);
    }

    /**
     * A tag array.
     *
     * @param string $kind
     * @param string $head the bracket, slash and name as written
     * @param int $start
     * @param int $end
     * @param string $body
     * @param string $text
     * @param bool $bad
     * @return array
     */
    private static function token(string $kind, string $head, int $start, int $end, string $body, string $text,
            bool $bad): array {
        $name = text::ascii_lower(ltrim($head, '[/'));
        return ['kind' => $kind, 'name' => $name, 'start' => $start, 'end' => $end, 'body' => $body,
            'text' => $text, 'bad' => $bad];
    }

    /**
     * Pairs tags into blocks, escapes and errors, in document order, in linear time.
     *
     * @param array $tags
     * @return array items: ['escape', at] | ['block', open, close] | ['error', first, last, message]
     */
    public static function pair(array $tags): array {
        $count = count($tags);
        $nextclose = [];
        $nexttag = [];
        $seen = [];
        $tag = -1;
        for ($i = $count - 1; $i >= 0; $i--) {
            $t = $tags[$i];
            $nextclose[$i] = $seen[$t['name']] ?? -1;
            $nexttag[$i] = $tag;
            if ($t['kind'] === 'close') {
                $seen[$t['name']] = $i;
            }
            if ($t['kind'] !== 'escape') {
                $tag = $i;
            }
        }
        $items = [];
        for ($i = 0; $i < $count; $i++) {
            $t = $tags[$i];
            if ($t['kind'] === 'escape') {
                $items[] = ['escape', $i];
            } else if ($t['kind'] === 'close') {
                $items[] = ['error', $i, $i, messages::stray_close($t['name'])];
            } else {
                $j = $nextclose[$i];
                if ($j < 0) {
                    $items[] = ['error', $i, $i, messages::unterminated($t['name'])];
                    continue;
                }
                $k = $nexttag[$i];
                if ($k !== $j) {
                    $inner = $tags[$k];
                    $message = $inner['kind'] === 'open' ? messages::nested($t['name'], $inner['name'])
                        : messages::mismatched($t['name'], $inner['name']);
                    $items[] = ['error', $i, $j, $message];
                } else if ($tags[$j]['bad']) {
                    $items[] = ['error', $i, $j, messages::close_with_options($t['name'])];
                } else {
                    $items[] = ['block', $i, $j];
                }
                $i = $j;
            }
        }
        return $items;
    }
}
