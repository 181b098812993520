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
 * Shortcode blocks in authored HTML become `<exec-cell>` markup: the pure rewriting class behind
 * filter_execcell, which needs nothing of Moodle (twin of src/filter/rewrite.ts, held to it byte for
 * byte by test/fixtures/filter-vectors.json).
 *
 * Options (the vectors' keys): allowTrustOutputs (default false), allowAutorun (default true),
 * style (bool or callable asked once, when the first cell or error is written; default true), moodle
 * (wrap cells so Moodle's other filters leave them alone; default false), protect (Moodle's pre-clean
 * stage: valid blocks become protected canonical shortcodes, the rest stays; default false).
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class rewriter {
    /** @var string A cheap test that only misses texts without shortcodes. */
    private const QUICK = '/\[\/?(?:python|sage|mybinder|jupyter|jobe)/i';
    /** @var int Longest start tag recognised as a wrapper (bounds the backward search). */
    private const MAX_WRAPPER = 2000;
    /**
     * @var int Shortcode tags after the 5,000th of a text stay as written (hostile texts, such as a
     * forum post full of tags, must not cost time and memory out of proportion).
     */
    public const MAX_TAGS = 5000;
    /** @var int A block with more than this many HTML tags inside stays as written, behind an error. */
    public const MAX_BLOCK_TAGS = 20000;

    /** @var string The text. */
    private $html;
    /** @var array The options. */
    private $options;
    /** @var string[] Output pieces. */
    private $out = [];
    /** @var int Where the unconsumed input starts. */
    private $last = 0;
    /** @var bool Whether the style question was asked. */
    private $styled = false;
    /** @var bool Moodle mode. */
    private $moodle;
    /** @var bool Pre-clean stage. */
    private $protect;

    /**
     * Rewrites the shortcodes in a text. Never throws: on an internal error the text comes back as is.
     *
     * @param string $html
     * @param array $options see the class comment
     * @return string
     */
    public static function rewrite(string $html, array $options = []): string {
        try {
            return self::rewrite_or_throw($html, $options);
        } catch (\Throwable $e) {
            // A bug must not take the page down: the author's text is better than nothing.
            return $html;
        }
    }

    /**
     * {@see self::rewrite()} without its safety net, for tests.
     *
     * @param string $html
     * @param array $options
     * @return string
     */
    public static function rewrite_or_throw(string $html, array $options = []): string {
        if (strpos($html, '[') === false || !preg_match(self::QUICK, $html)) {
            return $html;
        }
        return (new self($html, $options))->run();
    }

    /**
     * Whether a text may hold shortcodes at all (the filter's cheap bail-out).
     *
     * @param string $html
     * @return bool
     */
    public static function may_contain_shortcodes(string $html): bool {
        return strpos($html, '[') !== false && preg_match(self::QUICK, $html) === 1;
    }

    /**
     * Constructor.
     *
     * @param string $html
     * @param array $options
     */
    private function __construct(string $html, array $options) {
        $this->html = $html;
        $this->options = $options;
        $this->protect = ($options['protect'] ?? false) === true;
        $this->moodle = ($options['moodle'] ?? false) === true || $this->protect;
    }

    /**
     * Does the work.
     *
     * @return string
     */
    private function run(): string {
        $tags = self::scan_tags($this->html);
        if (!$tags) {
            return $this->html;
        }
        foreach (tags::pair($tags) as $item) {
            $this->item($item, $tags);
        }
        if (!$this->out) {
            return $this->html;
        }
        $this->out[] = substr($this->html, $this->last);
        return implode('', $this->out);
    }

    /**
     * Writes one item: an escape, an error, or a block.
     *
     * @param array $item
     * @param array $tags
     */
    private function item(array $item, array $tags): void {
        if ($item[0] === 'escape') {
            if ($this->protect) {
                return;
            }
            $t = $tags[$item[1]];
            $this->out[] = substr($this->html, $this->last, $t['start'] - $this->last);
            $this->out[] = markup::literal($t['text']);
            $this->last = $t['end'];
            return;
        }
        if ($item[0] === 'error') {
            if ($this->protect) {
                return;
            }
            $first = $tags[$item[1]];
            $last = $tags[$item[2]];
            [$source, $rangetags] = $this->author_text($first['start'], $last['end']);
            $this->replace($first['start'], $last['end'], markup::error($item[3], $source, $this->moodle), $rangetags);
            return;
        }
        $open = $tags[$item[1]];
        $close = $tags[$item[2]];
        if (substr_count($this->html, '<', $open['end'], $close['start'] - $open['end']) > self::MAX_BLOCK_TAGS) {
            if ($this->protect) {
                return;
            }
            // Both tags go (the closer as a literal) so that a second pass finds nothing to do.
            $this->replace($open['start'], $open['end'],
                markup::error(messages::too_long($open['name'], self::MAX_BLOCK_TAGS), $open['text'], $this->moodle), []);
            $this->out[] = substr($this->html, $this->last, $close['start'] - $this->last);
            $this->out[] = markup::literal($close['text']);
            $this->last = $close['end'];
            return;
        }
        $inner = array_slice($tags, $item[1] + 1, $item[2] - $item[1] - 1);
        [$pieces, $rangetags] = self::range_pieces($this->html, $open['end'], $close['start'], $inner, false);
        [$code, $disallowed] = wysiwyg::recover_code($pieces);
        $options = grammar::parse_options($open['name'], $open['body']);
        $spec = is_string($options) ? $options : grammar::validate($open['name'], $options,
            ($this->options['allowTrustOutputs'] ?? false) === true, ($this->options['allowAutorun'] ?? true) !== false);
        if (is_string($spec) || $disallowed !== null) {
            if ($this->protect) {
                return;
            }
            $message = is_string($spec) ? $spec : messages::disallowed_element($open['name'], $disallowed);
            [$source] = $this->author_text($open['start'], $close['end']);
            $this->replace($open['start'], $close['end'], markup::error($message, $source, $this->moodle), $rangetags);
            return;
        }
        $html = $this->protect ? markup::protected_block($open['name'], $spec['canonical'], $code)
            : markup::cell($spec, $code, $this->moodle);
        $this->replace($open['start'], $close['end'], $html, $rangetags);
    }

    /**
     * The author's text of a range, for an error box, and the tags in it.
     *
     * @param int $start
     * @param int $end
     * @return array [text, tags]
     */
    private function author_text(int $start, int $end): array {
        [$pieces, $rangetags] = self::range_pieces($this->html, $start, $end, [], true);
        return [wysiwyg::recover_code($pieces)[0], $rangetags];
    }

    /**
     * Replaces [start, end) by $markup, closing and reopening the elements the range crosses.
     *
     * @param int $start
     * @param int $end
     * @param string $markup
     * @param array $rangetags
     */
    private function replace(int $start, int $end, string $markup, array $rangetags): void {
        [$prefixend, $suffixstart, $closers, $openers] = self::place($this->html, $this->last, $start, $end, $rangetags,
            $this->moodle);
        $body = $markup;
        if (!$this->protect && !$this->styled) {
            $this->styled = true;
            $style = $this->options['style'] ?? true;
            if ((is_callable($style) && !is_string($style)) ? $style() : $style === true) {
                $body = markup::STYLE . $body;
            }
        }
        if ($this->moodle && !$this->protect) {
            $body = markup::MOODLE_OPEN . $body . markup::MOODLE_CLOSE;
        }
        $this->out[] = substr($this->html, $this->last, $prefixend - $this->last);
        $this->out[] = $closers . $body . $openers;
        $this->last = $suffixstart;
    }

    /**
     * All shortcode tags in text (not in tags, comments, raw text or skipped elements).
     *
     * @param string $html
     * @return array
     */
    public static function scan_tags(string $html): array {
        $tags = [];
        $pos = 0;
        while (preg_match(html_scanner::SCAN, $html, $m, PREG_OFFSET_CAPTURE | PREG_UNMATCHED_AS_NULL, $pos)) {
            $at = $m[0][1];
            $next = $at + strlen($m[0][0]);
            if ($m[1][0] !== null) {
                $name = text::ascii_lower($m[1][0]);
                $next = in_array($name, html_scanner::RAW_TEXT, true) ? html_scanner::raw_text_end($html, $name, $next)
                    : self::skip_element($html, $name, $next);
            } else if ($m[2][0] !== null) {
                $name = text::ascii_lower($m[2][0]);
                if (!in_array($name, html_scanner::VOID, true)
                        && html_scanner::is_skip_tag(html_scanner::tag_attributes($m[0][0], strlen($m[2][0])))) {
                    $next = self::skip_element($html, $name, $next);
                }
            } else if ($m[3][0] !== null) {
                $tag = tags::read_source_tag($html, $at, $m[3][0]);
                if ($tag !== null) {
                    $tags[] = $tag;
                    if (count($tags) === self::MAX_TAGS) {
                        break;
                    }
                    $next = $tag['end'];
                }
            }
            $pos = $next;
        }
        return $tags;
    }

    /**
     * The end of a skipped element whose start tag ends at $from: its matching end tag.
     *
     * @param string $html
     * @param string $name
     * @param int $from
     * @return int
     */
    private static function skip_element(string $html, string $name, int $from): int {
        $depth = 1;
        $pos = $from;
        while (preg_match(html_scanner::SKIP_SCAN, $html, $m, PREG_OFFSET_CAPTURE | PREG_UNMATCHED_AS_NULL, $pos)) {
            $pos = $m[0][1] + strlen($m[0][0]);
            if ($m[1][0] !== null) {
                $pos = html_scanner::raw_text_end($html, text::ascii_lower($m[1][0]), $pos);
            } else if ($m[3][0] !== null && text::ascii_lower($m[3][0]) === $name) {
                $depth += $m[2][0] === '/' ? -1 : 1;
                if ($depth === 0) {
                    return $pos;
                }
            }
        }
        return strlen($html);
    }

    /**
     * The pieces of html[from, to) for code recovery or (author true) for an error box, and its tags.
     *
     * @param string $html
     * @param int $from
     * @param int $to
     * @param array $escapes escape tags inside the range
     * @param bool $author
     * @return array [pieces, tags]
     */
    private static function range_pieces(string $html, int $from, int $to, array $escapes, bool $author): array {
        $src = substr($html, $from, $to - $from);
        $pieces = [];
        $rangetags = [];
        $afterpre = false;
        $e = 0;
        $pos = 0;
        while (preg_match(html_scanner::RANGE_SCAN, $src, $m, PREG_OFFSET_CAPTURE | PREG_UNMATCHED_AS_NULL, $pos)) {
            $at = $m[0][1];
            $pos = $at + strlen($m[0][0]);
            if ($m[1][0] !== null) {
                $afterpre = false;
                continue;
            }
            if ($m[3][0] !== null) {
                $name = text::ascii_lower($m[3][0]);
                $close = $m[2][0] === '/';
                $skip = !$close && stripos($m[0][0], 'contenteditable') !== false
                    && !in_array($name, html_scanner::VOID, true)
                    && html_scanner::is_skip_tag(html_scanner::tag_attributes($m[0][0], strlen($m[3][0])));
                $rangetags[] = [$close, $name, $m[0][0]];
                if ($author && ($skip || in_array($name, wysiwyg::DISALLOWED, true))) {
                    $pieces[] = ['literal', text::normalise_newlines($m[0][0])];
                } else {
                    $pieces[] = $close ? ['close', $name] : ['open', $name, $skip];
                }
                if (!$close && in_array($name, html_scanner::RAW_TEXT, true)) {
                    $endat = html_scanner::raw_text_end($src, $name, $pos);
                    if ($author) {
                        $pieces[] = ['literal', text::normalise_newlines(substr($src, $pos, $endat - $pos))];
                    }
                    $pos = $endat;
                }
                $afterpre = !$close && ($name === 'pre' || $name === 'listing');
                continue;
            }
            $start = $from + $at;
            $text = $m[0][0];
            if ($afterpre) {
                // The parser drops one newline right after <pre>; the DOM never sees it.
                $nl = strncmp($text, "\r\n", 2) === 0 ? 2 : (($text[0] === "\r" || $text[0] === "\n") ? 1 : 0);
                $start += $nl;
                $text = (string) substr($text, $nl);
                $afterpre = false;
            }
            $end = $start + strlen($text);
            while ($e < count($escapes) && $escapes[$e]['start'] < $end) {
                $esc = $escapes[$e];
                if ($esc['start'] >= $start) {
                    $pieces[] = ['text', text::decode_text(substr($html, $start, $esc['start'] - $start))];
                    $pieces[] = ['literal', text::normalise_newlines($esc['text'])];
                    $start = $esc['end'];
                }
                $e++;
            }
            if ($start < $end) {
                $pieces[] = ['text', text::decode_text(substr($html, $start, $end - $start))];
            }
        }
        return [$pieces, $rangetags];
    }

    /**
     * Where a replacement goes: the elements the range leaves are closed before it and those it enters
     * reopened after it (as a DOM Range deletion does); wrappers left empty go instead, and so do `<p>`,
     * `<pre>`, `<code>` (and Moodle mode's `<nolink>`) holding nothing but the replacement.
     *
     * @param string $html
     * @param int $last only html[last, start) may change before the range
     * @param int $start
     * @param int $end
     * @param array $rangetags [close, name, source] of the tags in the range
     * @param bool $moodle
     * @return array [prefix end, suffix start, closers, openers]
     */
    private static function place(string $html, int $last, int $start, int $end, array $rangetags, bool $moodle): array {
        $open = [];
        $crossedout = [];
        foreach ($rangetags as [$close, $name, $src]) {
            if (in_array($name, html_scanner::VOID, true)) {
                continue;
            }
            if (!$close) {
                $open[] = [$name, $src];
                continue;
            }
            $k = count($open) - 1;
            while ($k >= 0 && $open[$k][0] !== $name) {
                $k--;
            }
            if ($k >= 0) {
                $open = array_slice($open, 0, $k);
            } else if (!in_array($name, html_scanner::RAW_TEXT, true) && !in_array($name, html_scanner::SKIP_NAMES, true)) {
                // No text lies inside raw-text or skipped elements, so a block never starts in one: such an
                // end tag is stray, and the parser ignores it.
                $crossedout[] = $name;
            }
        }
        $prefixend = $start;
        $closers = '';
        foreach ($crossedout as $k => $name) {
            $at = self::start_tag_before($html, $last, $prefixend);
            if ($at === null || $at[1] !== $name) {
                foreach (array_slice($crossedout, $k) as $n) {
                    $closers .= "</{$n}>";
                }
                break;
            }
            $prefixend = $at[0];
        }
        $suffixstart = $end;
        $openers = '';
        for ($k = count($open) - 1; $k >= 0; $k--) {
            $after = self::end_tag_after($html, $suffixstart, $open[$k][0]);
            if ($after < 0) {
                foreach (array_slice($open, 0, $k + 1) as $t) {
                    $openers .= $t[1];
                }
                break;
            }
            $suffixstart = $after;
        }
        if ($closers === '' && $openers === '') {
            while (($at = self::start_tag_before($html, $last, $prefixend)) !== null) {
                $wrapper = in_array($at[1], ['p', 'pre', 'code'], true)
                    || ($moodle && $at[1] === 'nolink');
                $after = $wrapper ? self::end_tag_after($html, $suffixstart, $at[1]) : -1;
                if ($after < 0) {
                    break;
                }
                $prefixend = $at[0];
                $suffixstart = $after;
            }
        }
        return [$prefixend, $suffixstart, $closers, $openers];
    }

    /**
     * The start tag that html[lower, upper) ends with, give or take whitespace.
     *
     * @param string $html
     * @param int $lower
     * @param int $upper
     * @return array|null [offset, name, source]
     */
    private static function start_tag_before(string $html, int $lower, int $upper): ?array {
        $t = $upper;
        while ($t > $lower && strpos("\t\n\f\r ", $html[$t - 1]) !== false) {
            $t--;
        }
        if ($t <= $lower || $html[$t - 1] !== '>') {
            return null;
        }
        $from = max($lower, $t - self::MAX_WRAPPER);
        $lt = strrpos(substr($html, $from, $t - $from), '<');
        if ($lt === false) {
            return null;
        }
        if (!preg_match(html_scanner::START_TAG, $html, $m, 0, $from + $lt) || $from + $lt + strlen($m[0]) !== $t) {
            return null;
        }
        return [$from + $lt, text::ascii_lower($m[1]), $m[0]];
    }

    /**
     * Where the end tag `</name>` that html[from...] starts with ends, or -1; whitespace may come first,
     * and one `<br>`, which editors leave before `</p>`.
     *
     * @param string $html
     * @param int $from
     * @param string $name
     * @return int
     */
    private static function end_tag_after(string $html, int $from, string $name): int {
        $u = $from + strspn($html, "\t\n\f\r ", $from);
        if (preg_match(html_scanner::START_TAG, $html, $br, 0, $u) && text::ascii_lower($br[1]) === 'br'
                && substr($br[0], -1) === '>') {
            $u += strlen($br[0]);
            $u += strspn($html, "\t\n\f\r ", $u);
        }
        if (!preg_match(html_scanner::END_TAG, $html, $m, 0, $u) || text::ascii_lower($m[1]) !== $name
                || substr($m[0], -1) !== '>') {
            return -1;
        }
        return $u + strlen($m[0]);
    }
}
