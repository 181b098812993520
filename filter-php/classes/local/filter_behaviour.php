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
 * What filter_execcell does at each stage of format_text(), shared by the 4.5+ class
 * (classes/text_filter.php) and the 4.1–4.4 one (filter.php). The parsing is all in
 * {@see rewriter}; this is the glue: settings in, page requirements out.
 *
 * Why two stages: the other filters (urltolink, emoticon, activitynames, glossary, mathjaxloader,
 * multilang) run their filter() at the post-clean stage in an order the admin chooses. At the
 * pre-clean stage, before any of them and before HTMLPurifier, each valid block becomes a canonical
 * shortcode in `<nolink>` with U+200B between its characters, which the purifier keeps and no other
 * filter can match into; at the post-clean stage it becomes the cell, in `<nolink>`, marked
 * `tex2jax_ignore`, with ASCII punctuation written as references. So the code comes out unchanged
 * whichever filters run before or after this one (README.md, "How it lives with Moodle's other
 * filters").
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
trait filter_behaviour {
    /** @var \moodle_page|null The page given to setup(). */
    private $execcellpage = null;

    /**
     * Remembers the page; nothing is required of it until a cell is written.
     *
     * @param \moodle_page $page
     * @param \context $context
     */
    public function setup($page, $context) {
        $this->execcellpage = $page;
    }

    /**
     * Post-clean stage: shortcodes (or the protected form of the pre-clean stage) become cells.
     *
     * @param string $text
     * @param array $options
     * @return string
     */
    public function filter($text, array $options = []) {
        if (!is_string($text) || !rewriter::may_contain_shortcodes($text)) {
            return $text;
        }
        $first = false;
        $page = $this->execcellpage;
        $config = page_setup::config();
        $result = rewriter::rewrite($text, page_setup::rewrite_options($config, function () use (&$first, $page): bool {
            $first = page_setup::first_cell_on_page($page);
            return $first;
        }));
        return $first ? $result . page_setup::script_tag($config, $this->context ?? null) : $result;
    }

    /**
     * Pre-clean stage: valid blocks become protected shortcodes, before any other filter sees them.
     *
     * @param string $text
     * @param array $options
     * @return string
     */
    public function filter_stage_pre_clean(string $text, array $options): string {
        if (!rewriter::may_contain_shortcodes($text)) {
            return $text;
        }
        return rewriter::rewrite($text, ['protect' => true] + page_setup::rewrite_options(page_setup::config(), false));
    }

    /**
     * Strings (names, headings) get no cells: the text stays as it is.
     *
     * @param string $text
     * @param array $options
     * @return string
     */
    public function filter_stage_string(string $text, array $options): string {
        return $text;
    }
}
