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
 * The markup the filter writes (twin of src/filter/render.ts).
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class markup {
    /** @var string The one-time style: readable code before the element is defined, error boxes, notes. */
    public const STYLE = '<style data-exec-cell>'
        . 'exec-cell:not(:defined){display:block;white-space:pre;font-family:monospace;overflow-x:auto;'
        . 'margin:.5em 0;padding:.5em;border:1px solid #8888;border-radius:4px}'
        . 'exec-cell-error,exec-cell-note{display:block;margin:.5em 0;padding:.5em;border-radius:4px}'
        . 'exec-cell-error{border:2px solid #c00;background:#fff4f4;color:#600}'
        . 'exec-cell-error strong{display:block}'
        . 'exec-cell-error code{display:block;white-space:pre-wrap;margin-top:.5em;padding:0;color:#222;background:none}'
        . 'exec-cell-note{border:1px solid #c90;background:#fffbe6;color:#5a4500;font-size:.9em}'
        . '</style>';

    /**
     * @var string Moodle mode's wrapper: activitynames and glossary skip `<nolink>`, and Moodle removes
     * the tag after its last filter. No `<span>`: filter_multilang reads a language span up to its first
     * `</span>`, so a span of ours inside one would cut it short.
     */
    public const MOODLE_OPEN = '<nolink>';
    /** @var string The wrapper's end. */
    public const MOODLE_CLOSE = '</nolink>';
    /** @var string Moodle mode's class: MathJax 2 and 3 leave the text of such an element alone. */
    public const MOODLE_CLASS = 'tex2jax_ignore';

    /**
     * A cell and its notes.
     *
     * @param array $spec from {@see grammar::validate()}
     * @param string $code
     * @param bool $moodle
     * @return string
     */
    public static function cell(array $spec, string $code, bool $moodle): string {
        $html = '<exec-cell';
        foreach ($spec['attrs'] as [$name, $value]) {
            $html .= ($value === '' && $name !== 'backend') ? " {$name}"
                : " {$name}=\"" . ($moodle ? text::escape_moodle($value) : text::escape_attribute($value)) . '"';
        }
        if ($moodle) {
            $html .= ' class="' . self::MOODLE_CLASS . '"';
        }
        $html .= '>' . ($moodle ? text::escape_moodle($code) : text::escape($code)) . '</exec-cell>';
        foreach ($spec['notes'] as $note) {
            $html .= self::note($note, $moodle);
        }
        return $html;
    }

    /**
     * A visible note.
     *
     * @param string $text
     * @param bool $moodle
     * @return string
     */
    public static function note(string $text, bool $moodle): string {
        $cls = $moodle ? ' class="' . self::MOODLE_CLASS . '"' : '';
        return "<exec-cell-note role=\"note\"{$cls}>" . ($moodle ? text::escape_moodle($text) : text::escape($text))
            . '</exec-cell-note>';
    }

    /**
     * An error box: what is wrong, then the author's text.
     *
     * @param string $message
     * @param string $source
     * @param bool $moodle
     * @return string
     */
    public static function error(string $message, string $source, bool $moodle): string {
        $esc = $moodle ? [text::class, 'escape_moodle'] : [text::class, 'escape'];
        $cls = $moodle ? ' class="' . self::MOODLE_CLASS . '"' : '';
        return "<exec-cell-error role=\"alert\"{$cls}><strong>" . $esc($message) . '</strong><code>' . $esc($source)
            . '</code></exec-cell-error>';
    }

    /**
     * `[[sage]]` writes `[sage]`, split by an empty comment so no later pass takes it for a tag.
     *
     * @param string $inner the tag it writes, e.g. `[sage]`
     * @return string
     */
    public static function literal(string $inner): string {
        return '[<!---->' . text::escape(substr($inner, 1));
    }

    /**
     * Moodle's pre-clean stage: a valid block as a canonical shortcode in `<nolink>` (kept by Moodle's
     * HTMLPurifier) that no other filter can match into: U+200B between any two characters that are not
     * whitespace, in the options and the code ({@see text::interleave()}; references would not do, the
     * purifier decodes them).
     *
     * @param string $name
     * @param string $canonical
     * @param string $code
     * @return string
     */
    public static function protected_block(string $name, string $canonical, string $code): string {
        $open = $canonical === '' ? "[{$name}]" : "[{$name} " . text::escape(text::interleave($canonical)) . ']';
        return self::MOODLE_OPEN . $open . "\n" . text::escape(text::interleave($code)) . "\n[/{$name}]" . self::MOODLE_CLOSE;
    }
}
