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

use filter_execcell\local\pyodide_packages;

/**
 * The "Python packages" setting: the page address for each of its three choices, and the
 * privacy provider naming the public distribution as an external location only when chosen.
 * Outside Moodle, the provider's Moodle interfaces are stood in for by the least that lets its
 * file load (see privacy_stubs.php); the collection records what is declared.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \filter_execcell\local\pyodide_packages
 * @covers     \filter_execcell\privacy\provider
 */
final class pyodide_packages_test extends \basic_testcase {
    private const PLUGIN_URL = 'https://moodle.example/filter/execcell/pyodide-packages/';

    public function test_three_choices_none_by_default(): void {
        $this->assertSame(['plugin', 'public', 'none'], pyodide_packages::choices());
        $this->assertSame('none', pyodide_packages::DEFAULT);
    }

    public function test_each_choice_gives_the_page_its_address(): void {
        // The plugin's own copy, or the site's other folder when the Pyodide address names one.
        $this->assertSame(self::PLUGIN_URL, pyodide_packages::index_url('plugin', '', self::PLUGIN_URL));
        $this->assertSame('https://files.example/pyodide/', pyodide_packages::index_url('plugin', ' https://files.example/pyodide/ ', self::PLUGIN_URL));
        // Left out: exec-cell then loads from the public distribution of its own Pyodide.
        $this->assertSame('', pyodide_packages::index_url('public', 'https://files.example/pyodide/', self::PLUGIN_URL));
        $this->assertSame('none', pyodide_packages::index_url('none', '', self::PLUGIN_URL));
        // A value the setting cannot have (an old or hand-edited config) keeps the page offline.
        $this->assertSame('none', pyodide_packages::index_url('', '', self::PLUGIN_URL));
        $this->assertSame('none', pyodide_packages::index_url('cdn', '', self::PLUGIN_URL));
    }

    public function test_the_privacy_provider_names_the_public_distribution_only_when_chosen(): void {
        require_once(__DIR__ . '/privacy_stubs.php');
        require_once(__DIR__ . '/../classes/privacy/provider.php');
        foreach (['public' => true, 'plugin' => false, 'none' => false] as $choice => $declared) {
            $collection = privacy\provider::add_package_source(new \core_privacy\local\metadata\collection(), $choice);
            if ($declared) {
                $this->assertSame([[
                    'name' => 'pyodidecdn',
                    'fields' => [
                        'ipaddress' => 'privacy:metadata:pyodidecdn:ipaddress',
                        'packages' => 'privacy:metadata:pyodidecdn:packages',
                    ],
                    'summary' => 'privacy:metadata:pyodidecdn',
                ]], $collection->links, $choice);
            } else {
                $this->assertSame([], $collection->links, $choice);
            }
        }
        // Every string the declaration names exists (read as text: the file stops outside Moodle).
        preg_match_all('/^\$string\[\'([^\']+)\'\] = \'((?:[^\'\\\\]|\\\\.)*)\';/m',
            file_get_contents(__DIR__ . '/../lang/en/filter_execcell.php'), $m);
        $string = array_combine($m[1], $m[2]);
        foreach (['privacy:metadata:pyodidecdn', 'privacy:metadata:pyodidecdn:ipaddress', 'privacy:metadata:pyodidecdn:packages',
                'pyodidepackages', 'pyodidepackages_desc', 'pyodidepackages_plugin', 'pyodidepackages_public', 'pyodidepackages_none'] as $key) {
            $this->assertArrayHasKey($key, $string);
        }
        $this->assertStringContainsString('cdn.jsdelivr.net', $string['privacy:metadata:pyodidecdn']);
    }
}
