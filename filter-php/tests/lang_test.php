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

/**
 * The translations in lang/: each has exactly the English keys, in the same order, no empty value,
 * the English placeholders, HTML tags and <code> texts unchanged, the names that are never
 * translated (shortcodes, capability names, paths, host names, products) kept, and no English
 * sentence left untranslated.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @coversNothing
 */
final class lang_test extends \basic_testcase {
    /** Names kept as they are in every language (product names and the like). */
    private const KEPT_NAMES = ['Moodle', 'JupyterHub', 'Jupyter', 'Jobe', 'CodeRunner', 'BinderHub', 'SageCell',
        'Pyodide', 'numpy', 'matplotlib', 'cdn.jsdelivr.net', 'exec-cell', 'X-API-KEY'];

    /** Literals that are never translated: shortcodes, capability names, plugin paths, host names. */
    private const KEPT_PATTERNS = [
        '~\[[a-z]+\]~',
        '~filter/execcell:[a-z]+~',
        '~filter/execcell/[A-Za-z0-9_./-]*[A-Za-z0-9_/]~',
        '~\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|net|edu)\b~',
    ];

    /** Keys whose value may legitimately equal the English one, per language (none so far). */
    private const SAME_AS_ENGLISH = [];

    /**
     * The strings one language file defines.
     *
     * @param string $lang Moodle's folder name of the language.
     * @return string[] key => string
     */
    private static function strings(string $lang): array {
        if (!defined('MOODLE_INTERNAL')) {
            define('MOODLE_INTERNAL', true);
        }
        $file = __DIR__ . '/../lang/' . $lang . '/filter_execcell.php';
        $load = static function (string $file): array {
            $string = [];
            require($file);
            return $string;
        };
        return $load($file);
    }

    /**
     * The translations.
     *
     * @return array[]
     */
    public static function languages(): array {
        return ['de' => ['de'], 'fr' => ['fr'], 'es' => ['es'], 'pt_br' => ['pt_br'], 'ar' => ['ar']];
    }

    /**
     * Every match of a pattern, sorted (a multiset).
     *
     * @param string $pattern
     * @param string $text
     * @param int $group
     * @return string[]
     */
    private static function all(string $pattern, string $text, int $group = 0): array {
        preg_match_all($pattern, $text, $m);
        $found = $m[$group];
        sort($found);
        return $found;
    }

    /**
     * @dataProvider languages
     * @param string $lang
     */
    public function test_same_keys_in_the_same_order_and_none_empty(string $lang): void {
        $this->assertFileExists(__DIR__ . '/../lang/' . $lang . '/filter_execcell.php');
        $en = self::strings('en');
        $tr = self::strings($lang);
        $this->assertCount(61, $en);
        $this->assertSame(array_keys($en), array_keys($tr), $lang);
        foreach ($tr as $key => $value) {
            $this->assertIsString($value, "$lang $key");
            $this->assertNotSame('', trim($value), "$lang $key is empty");
        }
    }

    /**
     * @dataProvider languages
     * @param string $lang
     */
    public function test_placeholders_tags_and_code_are_kept(string $lang): void {
        $en = self::strings('en');
        $tr = self::strings($lang);
        foreach ($en as $key => $english) {
            $value = $tr[$key] ?? '';
            // Every {$a} / {$a->name} of the English string.
            foreach (array_unique(self::all('~\{\$a(?:->[A-Za-z0-9_]+)?\}~', $english)) as $placeholder) {
                $this->assertStringContainsString($placeholder, $value, "$lang $key: placeholder $placeholder");
            }
            // The same HTML tags, opening and closing, as many times each.
            $tags = '~<(/?[a-z][a-z0-9]*)\b[^>]*>~i';
            $this->assertSame(self::all($tags, $english, 1), self::all($tags, $value, 1), "$lang $key: HTML tags");
            // Commands, paths, attribute names and addresses in <code> stay exactly as they are.
            $code = '~<code>(.*?)</code>~s';
            $this->assertSame(self::all($code, $english, 1), self::all($code, $value, 1), "$lang $key: <code> texts");
        }
    }

    /**
     * @dataProvider languages
     * @param string $lang
     */
    public function test_names_that_are_never_translated_are_kept(string $lang): void {
        $en = self::strings('en');
        $tr = self::strings($lang);
        foreach ($en as $key => $english) {
            $value = $tr[$key] ?? '';
            $literals = [];
            foreach (self::KEPT_NAMES as $name) {
                if (strpos($english, $name) !== false) {
                    $literals[] = $name;
                }
            }
            foreach (self::KEPT_PATTERNS as $pattern) {
                $literals = array_merge($literals, self::all($pattern, $english));
            }
            foreach (array_unique($literals) as $literal) {
                $this->assertGreaterThanOrEqual(substr_count($english, $literal), substr_count($value, $literal),
                    "$lang $key: '$literal' is kept as in English");
            }
        }
    }

    /**
     * @dataProvider languages
     * @param string $lang
     */
    public function test_no_english_sentence_is_left(string $lang): void {
        $en = self::strings('en');
        $tr = self::strings($lang);
        $allowed = self::SAME_AS_ENGLISH[$lang] ?? [];
        foreach ($en as $key => $english) {
            if (in_array($key, $allowed, true)) {
                continue;
            }
            $value = $tr[$key] ?? '';
            foreach (preg_split('~(?<=[.!?])\s+~u', $english) as $sentence) {
                if (!self::has_words($sentence)) {
                    continue;
                }
                $this->assertStringNotContainsString($sentence, $value, "$lang $key: English sentence left untranslated");
            }
        }
    }

    /**
     * Whether a sentence has letters to translate once code, tags, shortcodes, kept names,
     * paths and addresses are taken out.
     *
     * @param string $sentence
     * @return bool
     */
    private static function has_words(string $sentence): bool {
        $text = preg_replace(['~<code>.*?</code>~s', '~<[^>]+>~'], ' ', $sentence);
        $text = preg_replace(self::KEPT_PATTERNS, ' ', $text);
        $text = str_replace(self::KEPT_NAMES, ' ', $text);
        return preg_match('~\p{L}~u', $text) === 1;
    }
}
