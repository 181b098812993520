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
 * Text helpers shared by the rewriter's parts: escaping, decoding, ASCII case, UTF-8 characters.
 * Twin of src/filter/escape.ts and src/filter/entities.ts: the TypeScript side reproduces
 * html_entity_decode(…, ENT_QUOTES | ENT_HTML5, 'UTF-8'), which is the reference here.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class text {
    /** @var string A character reference, as html_entity_decode() reads one. */
    public const REFERENCE = '&(?:#[xX](?:0[xX])?[0-9A-Fa-f]++|#[0-9]++|[A-Za-z0-9]++);';

    /**
     * Decodes every character reference once.
     *
     * @param string $s
     * @return string
     */
    public static function decode(string $s): string {
        return strpos($s, '&') === false ? $s : html_entity_decode($s, ENT_QUOTES | ENT_HTML5, 'UTF-8');
    }

    /**
     * Source text as the parser sees it: CRLF and CR become LF, references decoded.
     *
     * @param string $s
     * @return string
     */
    public static function decode_text(string $s): string {
        return self::decode(self::normalise_newlines($s));
    }

    /**
     * CRLF and lone CR become LF.
     *
     * @param string $s
     * @return string
     */
    public static function normalise_newlines(string $s): string {
        return strpos($s, "\r") === false ? $s : str_replace(["\r\n", "\r"], "\n", $s);
    }

    /**
     * Escapes text content: & < >.
     *
     * @param string $s
     * @return string
     */
    public static function escape(string $s): string {
        return strtr($s, ['&' => '&amp;', '<' => '&lt;', '>' => '&gt;']);
    }

    /**
     * Escapes an attribute value: & < > " '.
     *
     * @param string $s
     * @return string
     */
    public static function escape_attribute(string $s): string {
        return strtr($s, ['&' => '&amp;', '<' => '&lt;', '>' => '&gt;', '"' => '&quot;', "'" => '&#39;']);
    }

    /** @var array|null Moodle mode's table: ASCII punctuation as references. */
    private static $moodletable = null;

    /**
     * Moodle mode's escaping, for text and attribute values alike: every ASCII punctuation character
     * as a decimal reference. Moodle's emoticon, urltolink, displayh5p and emailprotect filters and
     * mathjaxloader match raw HTML (also inside attributes), every such pattern holds punctuation, and
     * none can see through a reference; the browser decodes them, so the element reads the same code.
     * Words stay readable: activitynames and glossary skip the `<nolink>` around the cell.
     *
     * @param string $s
     * @return string
     */
    public static function escape_moodle(string $s): string {
        if (self::$moodletable === null) {
            self::$moodletable = [];
            foreach (str_split('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~') as $c) {
                self::$moodletable[$c] = '&#' . ord($c) . ';';
            }
        }
        return strtr($s, self::$moodletable);
    }

    /**
     * A zero-width space (U+200B) between any two characters that are not whitespace, so that no
     * multi-character pattern of another filter can match (Moodle's pre-clean stage; recovery drops
     * them). Text that is not UTF-8 gets them between bytes that are not whitespace.
     *
     * @param string $s
     * @return string
     */
    public static function interleave(string $s): string {
        $out = preg_replace('/(?<=[^\t\n\f\r ])(?=[^\t\n\f\r ])/u', "\u{200B}", $s);
        return $out ?? (string) preg_replace('/(?<=[^\t\n\f\r ])(?=[^\t\n\f\r ])/', "\u{200B}", $s);
    }

    /**
     * Lower-cases ASCII letters only (strtolower() follows the locale before PHP 8.2).
     *
     * @param string $s
     * @return string
     */
    public static function ascii_lower(string $s): string {
        return strtr($s, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');
    }

    /**
     * The whole UTF-8 character that starts at byte $i (one byte if the text is not UTF-8 there).
     *
     * @param string $s
     * @param int $i
     * @return string
     */
    public static function char_at(string $s, int $i): string {
        $b = ord($s[$i]);
        $n = $b < 0xC0 ? 1 : ($b < 0xE0 ? 2 : ($b < 0xF0 ? 3 : 4));
        return substr($s, $i, $n);
    }

    /**
     * Whether the text is ASCII whitespace only (or empty).
     *
     * @param string $s
     * @return bool
     */
    public static function is_ascii_blank(string $s): bool {
        return strspn($s, "\t\n\f\r ") === strlen($s);
    }
}
