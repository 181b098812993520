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
 * The few facts about HTML the rewriter needs, as PCRE patterns (twin of src/filter/html.ts).
 *
 * The tag pattern follows the HTML tokenizer's states (tag name, attribute name, the three kinds of
 * attribute value, `/` as a separator, an unterminated quote running to the end), so a `[` inside an
 * attribute value is never taken for text. Possessive quantifiers keep PCRE's stack flat; no
 * alternative ever needs to give back what it matched, so they match what the TypeScript greedy ones
 * match.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class html_scanner {
    /** @var string Attributes of a tag after its name: the tokenizer's attribute states. */
    private const ATTRS = '(?:[\t\n\f\r \/]++|[^\t\n\f\r \/>][^\t\n\f\r \/>=]*+'
        . '(?:[\t\n\f\r ]*+=[\t\n\f\r ]*+(?:"[^"]*+"?|\'[^\']*+\'?|[^\t\n\f\r >]++))?)*+>?';
    /** @var string The end of a tag name. */
    private const NAME_END = '(?![^\t\n\f\r \/>])';
    /** @var string A comment, to its end or the end of the text. */
    private const COMMENT = '<!--(?:-?>|[\s\S]*?(?:--!?>|(?![\s\S])))';
    /** @var string Doctypes, processing instructions, CDATA and `</` not followed by a letter. */
    private const BOGUS = '<[!?][^>]*+>?|<\/(?![A-Za-z])[^>]*+>?';
    /** @var string Raw-text elements: no tags and no shortcodes inside. */
    private const RAW = 'script|style|textarea|title|xmp|iframe|noembed|noframes|noscript|plaintext';

    /** @var string[] Raw-text element names. */
    public const RAW_TEXT = ['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes',
        'noscript', 'plaintext'];
    /** @var string[] Elements skipped with everything inside. */
    public const SKIP_NAMES = ['exec-cell', 'exec-cell-error', 'exec-cell-note', 'template'];
    /** @var string[] Void elements (no end tag, no content). */
    public const VOID = ['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img',
        'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'];

    /**
     * The document scan. Groups: 1 a raw-text or skipped element's name, 2 the name of a tag that may
     * carry a skip marker, 3 a shortcode candidate. Everything else is one boring piece, skipped inside
     * PCRE by (*SKIP)(*F) so that PHP only sees what matters.
     */
    public const SCAN = '/<(' . self::RAW . '|exec-cell|exec-cell-error|exec-cell-note|template)' . self::NAME_END
        . self::ATTRS . '|<([A-Za-z][^\t\n\f\r \/>]*+)(?=[^<>]*?contenteditable)' . self::ATTRS
        . '|(\[\[?\/?(?:python|sage|mybinder|jupyter|jobe))(?=[\]\t\n\f\r &]|\xC2\xA0|\xE2\x80\x8B|\xEF\xBB\xBF)'
        . '|(?:[^<\[]++|' . self::COMMENT . '|' . self::BOGUS . '|<\/?[A-Za-z][^\t\n\f\r \/>]*+' . self::ATTRS
        . '|[<\[])(*SKIP)(*F)/i';

    /** @var string Inside a skipped element. Groups: 1 raw-text name, 2 `/`, 3 tag name. */
    public const SKIP_SCAN = '/' . self::COMMENT . '|' . self::BOGUS . '|<(' . self::RAW . ')' . self::NAME_END
        . self::ATTRS . '|<(\/?)([A-Za-z][^\t\n\f\r \/>]*+)' . self::ATTRS . '/i';

    /** @var string A block's content. Groups: 1 comment or bogus, 2 `/`, 3 tag name, 4 text. */
    public const RANGE_SCAN = '/(' . self::COMMENT . '|' . self::BOGUS . ')|<(\/?)([A-Za-z][^\t\n\f\r \/>]*+)'
        . self::ATTRS . '|([^<]++|<)/i';

    /** @var string A whole start tag at the offset. */
    public const START_TAG = '/\G<([A-Za-z][^\t\n\f\r \/>]*+)' . self::ATTRS . '/';
    /** @var string A whole end tag at the offset. */
    public const END_TAG = '/\G<\/([A-Za-z][^\t\n\f\r \/>]*+)' . self::ATTRS . '/';
    /** @var string One attribute inside a tag. */
    private const ATTRIBUTE = '/([^\t\n\f\r \/>][^\t\n\f\r \/>=]*+)(?:[\t\n\f\r ]*+=[\t\n\f\r ]*+'
        . '(?:"([^"]*+)"?|\'([^\']*+)\'?|([^\t\n\f\r >]++)))?/';

    /**
     * Where a raw-text element's content ends: its end tag, or the end of the text.
     *
     * @param string $html the text
     * @param string $name the element name, lower case
     * @param int $from where the content starts
     * @return int
     */
    public static function raw_text_end(string $html, string $name, int $from): int {
        if ($name === 'plaintext') {
            return strlen($html);
        }
        if (preg_match('/<\/' . $name . '(?=[\t\n\f\r \/>])/i', $html, $m, PREG_OFFSET_CAPTURE, $from)) {
            return $m[0][1];
        }
        return strlen($html);
    }

    /**
     * Whether a start tag makes its element a skipped region: `contenteditable`, not "false".
     *
     * @param array $attrs the attributes from {@see self::tag_attributes()}
     * @return bool
     */
    public static function is_skip_tag(array $attrs): bool {
        return isset($attrs['contenteditable']) && text::ascii_lower($attrs['contenteditable']) !== 'false';
    }

    /**
     * The attributes of a tag (its source from `<`), names lower-cased, the first occurrence winning.
     *
     * @param string $tag the tag's source
     * @param int $namelength the length of its name
     * @return array name => value (still encoded)
     */
    public static function tag_attributes(string $tag, int $namelength): array {
        $end = substr($tag, -1) === '>' ? strlen($tag) - 1 : strlen($tag);
        $body = (string) substr($tag, 1 + $namelength, $end - 1 - $namelength);
        $attrs = [];
        preg_match_all(self::ATTRIBUTE, $body, $all, PREG_SET_ORDER | PREG_UNMATCHED_AS_NULL);
        foreach ($all as $m) {
            $name = text::ascii_lower($m[1]);
            if (!array_key_exists($name, $attrs)) {
                $attrs[$name] = $m[2] ?? $m[3] ?? $m[4] ?? '';
            }
        }
        return $attrs;
    }
}
