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

namespace filter_execcell;

use filter_execcell\local\rewriter;

/**
 * The plain rewriter on the shared vectors: byte for byte what the TypeScript rewrite() gives.
 *
 * Runs without Moodle: phpunit -c filter-php/tests/phpunit.xml (the class needs no Moodle API).
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \filter_execcell\local\rewriter
 */
final class rewriter_test extends \basic_testcase {
    /**
     * The shared vectors: the plugin's copy (packaged) or the repository's.
     *
     * @return array
     */
    private static function vectors(): array {
        foreach ([__DIR__ . '/fixtures/filter-vectors.json', __DIR__ . '/../../test/fixtures/filter-vectors.json'] as $file) {
            if (is_file($file)) {
                return json_decode(file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
            }
        }
        return [];
    }

    /**
     * Data provider: one case per vector.
     *
     * @return array
     */
    public static function vector_provider(): array {
        $cases = [];
        foreach (self::vectors() as $v) {
            $cases[$v['name']] = [$v['input'], $v['options'], $v['output']];
        }
        return $cases;
    }

    /**
     * Each vector gives exactly its output.
     *
     * @dataProvider vector_provider
     * @param string $input
     * @param array $options
     * @param string $output
     */
    public function test_vector(string $input, array $options, string $output): void {
        $this->assertSame($output, rewriter::rewrite_or_throw($input, $options));
    }

    /**
     * The contract has enough cases, and enough hostile ones.
     */
    public function test_vector_counts(): void {
        $vectors = self::vectors();
        $this->assertGreaterThanOrEqual(80, count($vectors));
        $this->assertGreaterThanOrEqual(30, count(array_filter($vectors, fn($v) => $v['hostile'])));
    }

    /**
     * A second pass changes nothing, and the two Moodle stages equal one pass.
     */
    public function test_idempotent_and_staged(): void {
        foreach (self::vectors() as $v) {
            $o = $v['options'];
            if (empty($o['protect'])) {
                $this->assertSame($v['output'], rewriter::rewrite_or_throw($v['output'], $o), $v['name']);
            }
            $moodle = ['protect' => false, 'moodle' => true] + $o;
            $staged = rewriter::rewrite_or_throw(rewriter::rewrite_or_throw($v['input'], ['protect' => true] + $moodle), $moodle);
            $this->assertSame(rewriter::rewrite_or_throw($v['input'], $moodle), $staged, $v['name']);
        }
    }

    /**
     * The style question is asked once, when the first cell is written, and only then.
     */
    public function test_style_callable(): void {
        $asked = 0;
        $out = rewriter::rewrite('<p>[python]1[/python]</p><p>[sage]2[/sage]</p>', ['style' => function () use (&$asked) {
            return ++$asked === 1;
        }]);
        $this->assertSame(1, $asked);
        $this->assertSame(1, substr_count($out, '<style data-exec-cell>'));
        $called = false;
        $text = '<p>[python3] [sage</p>';
        $this->assertSame($text, rewriter::rewrite($text, ['style' => function () use (&$called) {
            $called = true;
            return true;
        }]));
        $this->assertFalse($called);
    }

    /**
     * Texts without shortcodes come back as they are, whatever they hold.
     */
    public function test_bail_out(): void {
        $this->assertFalse(rewriter::may_contain_shortcodes('<p>No brackets at all.</p>'));
        $this->assertFalse(rewriter::may_contain_shortcodes('<p>[1, 2] and [notebook]</p>'));
        // The bail-out is a cheap prefix test: it may say yes to a near miss; rewriting then
        // leaves such text unchanged (below).
        $this->assertTrue(rewriter::may_contain_shortcodes('<p>[pythonic]</p>'));
        $this->assertTrue(rewriter::may_contain_shortcodes('<p>[SAGE]</p>'));
        $text = "<p>[1, 2] [python3] \xff\xfe invalid UTF-8 [sagemath]</p>";
        $this->assertSame($text, rewriter::rewrite_or_throw($text));
    }

    /**
     * Hostile texts (a forum post is filtered too) stay cheap in memory: 1 MB of broken tags, of
     * escapes, of one huge block.
     */
    public function test_hostile_memory(): void {
        if (!function_exists('memory_reset_peak_usage')) {
            $this->markTestSkipped('needs PHP 8.2 to measure');
        }
        $n = 1 << 20;
        $texts = [
            'unterminated' => str_repeat('[python]', intdiv($n, 8)),
            'escapes' => str_repeat('[[python]] ', intdiv($n, 11)),
            'block' => '<p>[python]</p>' . str_repeat('<p>x = 1</p>', intdiv($n, 12)) . '<p>[/python]</p>',
        ];
        foreach ($texts as $name => $text) {
            $before = memory_get_usage();
            memory_reset_peak_usage();
            $out = rewriter::rewrite_or_throw($text, ['moodle' => true]);
            $this->assertLessThan(64 << 20, memory_get_peak_usage() - $before, $name);
            // Only the first MAX_TAGS tags are read, so the output stays near the input's size.
            $this->assertLessThan(4 * strlen($text), strlen($out), $name);
        }
    }

    /**
     * Random soup never makes it throw, and a second pass changes nothing.
     */
    public function test_random_soup(): void {
        $pieces = ['[python]', '[/python]', '[sage lang=gp]', '[/sage]', '[[python]]', '[', ']', '[python ', '<p>', '</p>',
            '<br>', '<pre>', '</pre>', '<span style="x">', '</span>', '<script>x</script>', '<!--', '-->', '&nbsp;', '&lt;',
            '&#91;', '&#93;', "\xc2\xa0", "\xe2\x80\x8b", "\r\n", "\n", ' ', 'x', '"', "'", '<div contenteditable>', '</div>',
            '[mybinder repo=a/b]', '[/mybinder]', '[python session="a"]', "\xff", '<b title=\'>', '$$', '{'];
        mt_srand(20251123);
        for ($n = 0; $n < 2000; $n++) {
            $html = '';
            for ($k = mt_rand(0, 30); $k > 0; $k--) {
                $html .= $pieces[mt_rand(0, count($pieces) - 1)];
            }
            $options = ['moodle' => (bool) mt_rand(0, 1), 'allowAutorun' => (bool) mt_rand(0, 1)];
            $out = rewriter::rewrite_or_throw($html, $options);
            $this->assertSame($out, rewriter::rewrite_or_throw($out, $options), $html);
        }
    }
}
