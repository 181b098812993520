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

    /**
     * Escapes text in Moodle mode: also { } $ \ as references, which mathjaxloader then cannot see.
     *
     * @param string $s
     * @return string
     */
    public static function escape_moodle(string $s): string {
        return strtr($s, ['&' => '&amp;', '<' => '&lt;', '>' => '&gt;', '{' => '&#123;', '}' => '&#125;',
            '$' => '&#36;', '\\' => '&#92;']);
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
