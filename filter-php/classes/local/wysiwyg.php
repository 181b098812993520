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
 * Code recovery from what a WYSIWYG editor stored (twin of src/filter/wysiwyg.ts).
 *
 * Input: the HTML between the tags as a flat list of pieces: ['text', decoded], ['literal', text]
 * (an escaped shortcode, never layout whitespace), ['open', name, skip] and ['close', name].
 * `<br>` is a hard break; block elements (`<p>`, `<div>`, `<li>`...) a soft one (consecutive ones make
 * one break; an empty one, `<p></p>`, is an empty line, as TinyMCE 6 stores a typed blank line); a raw newline is a hard break in `<pre>` and a soft one elsewhere, a second in a row
 * making a blank line. ASCII whitespace alone between two breaks is source layout and goes. Spaces
 * and tabs are never collapsed. Inline tags go, their text stays; embedded content makes the block an
 * error. Per line: U+00A0 becomes a space; U+200B, U+FEFF and NUL go; blank lines become empty; blank
 * edges go; the common indentation goes.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class wysiwyg {
    /** @var string[] Block-level elements: line boundaries. */
    public const BLOCK = ['address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details',
        'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
        'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p',
        'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul'];

    /** @var string[] Content that is not formatting: a block holding one is an error. */
    public const DISALLOWED = ['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes',
        'noscript', 'plaintext', 'exec-cell', 'exec-cell-error', 'exec-cell-note', 'template', 'applet', 'area', 'audio', 'base', 'button', 'canvas',
        'datalist', 'embed', 'frame', 'frameset', 'img', 'input', 'link', 'map', 'math', 'meta', 'meter', 'object',
        'optgroup', 'option', 'output', 'param', 'picture', 'progress', 'select', 'source', 'svg', 'track', 'video'];

    /**
     * The code in a block, and the first element that is not formatting, if any.
     *
     * @param array $pieces
     * @return array [code, disallowed element name or null]
     */
    public static function recover_code(array $pieces): array {
        $events = [];
        $pre = 0;
        foreach ($pieces as $p) {
            if ($p[0] === 'text' || $p[0] === 'literal') {
                $ws = $p[0] === 'text' && $pre === 0 && text::is_ascii_blank($p[1]);
                $last = count($events) - 1;
                if ($last >= 0 && $events[$last][0] === 'text' && $events[$last][2] === ($pre > 0)) {
                    // Inline tags split text; what is shown as one run is judged as one run.
                    $events[$last][1] .= $p[1];
                    $events[$last][3] = $events[$last][3] && $ws;
                } else {
                    $events[] = ['text', $p[1], $pre > 0, $ws];
                }
                continue;
            }
            $name = $p[1];
            // A start tag: the parser ignores a stray end tag of such an element.
            if ($p[0] === 'open' && (in_array($name, self::DISALLOWED, true) || !empty($p[2]))) {
                return ['', $name];
            }
            if ($name === 'br') {
                $events[] = ['br'];
            } else if (in_array($name, self::BLOCK, true)) {
                $events[] = ['block', $p[0] === 'open', $name];
                if ($name === 'pre' || $name === 'listing') {
                    $pre = $p[0] === 'open' ? $pre + 1 : max(0, $pre - 1);
                }
            }
        }
        return [self::join_lines(self::lines($events)), null];
    }

    /**
     * The raw lines.
     *
     * @param array $events
     * @return string[]
     */
    private static function lines(array $events): array {
        $out = [];
        $line = '';
        $has = false;
        $afternewline = false;
        $opened = null;
        foreach ($events as $e) {
            if ($e[0] === 'br') {
                $out[] = $line;
                $line = '';
                $has = false;
                $afternewline = false;
                $opened = null;
            } else if ($e[0] === 'block') {
                if ($has) {
                    $out[] = $line;
                    $line = '';
                    $has = false;
                } else if (!$e[1] && $opened === $e[2]) {
                    // An empty block element, `<p></p>`: an empty line.
                    $out[] = '';
                }
                $afternewline = false;
                $opened = $e[1] ? $e[2] : null;
            } else if ($e[3]) {
                // ASCII whitespace alone between two breaks: the HTML source's own layout.
                continue;
            } else {
                $opened = null;
                foreach (explode("\n", $e[1]) as $n => $part) {
                    if ($n > 0) {
                        if ($e[2] || $has) {
                            $out[] = $line;
                            $line = '';
                            $has = false;
                        } else if ($afternewline) {
                            $out[] = '';
                        }
                        $afternewline = !$e[2];
                    }
                    if ($part !== '') {
                        $line .= $part;
                        $has = true;
                        $afternewline = false;
                    }
                }
            }
        }
        if ($has) {
            $out[] = $line;
        }
        return $out;
    }

    /**
     * Per-line clean-up, blank edges dropped, dedented, joined.
     *
     * @param string[] $raw
     * @return string
     */
    public static function join_lines(array $raw): string {
        $lines = [];
        foreach ($raw as $l) {
            $lines[] = str_replace(["\u{200B}", "\u{FEFF}", "\0", "\u{00A0}"], ['', '', '', ' '], $l);
        }
        $a = 0;
        $b = count($lines);
        while ($a < $b && self::is_blank($lines[$a])) {
            $a++;
        }
        while ($b > $a && self::is_blank($lines[$b - 1])) {
            $b--;
        }
        return implode("\n", self::dedent(array_slice($lines, $a, $b - $a)));
    }

    /**
     * Whether a line holds only spaces and tabs.
     *
     * @param string $line
     * @return bool
     */
    private static function is_blank(string $line): bool {
        return strspn($line, " \t") === strlen($line);
    }

    /**
     * Removes the longest run of spaces and tabs that starts every non-blank line; blank lines become empty.
     *
     * @param string[] $lines
     * @return string[]
     */
    public static function dedent(array $lines): array {
        $margin = null;
        foreach ($lines as $line) {
            if (self::is_blank($line)) {
                continue;
            }
            $indent = substr($line, 0, strspn($line, " \t"));
            if ($margin === null) {
                $margin = $indent;
                continue;
            }
            $k = 0;
            $max = min(strlen($margin), strlen($indent));
            while ($k < $max && $margin[$k] === $indent[$k]) {
                $k++;
            }
            $margin = substr($margin, 0, $k);
            if ($margin === '') {
                break;
            }
        }
        $cut = $margin === null ? 0 : strlen($margin);
        $out = [];
        foreach ($lines as $line) {
            $out[] = self::is_blank($line) ? '' : (string) substr($line, $cut);
        }
        return $out;
    }
}
