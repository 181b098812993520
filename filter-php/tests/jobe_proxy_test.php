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

use filter_execcell\local\jobe_proxy;

/**
 * The Jobe proxy's decisions (jobe.php's logic, without Moodle).
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \filter_execcell\local\jobe_proxy
 */
final class jobe_proxy_test extends \basic_testcase {
    public function test_route_reads_the_session_key_and_the_action(): void {
        $this->assertSame(['sesskey' => 'AbC123xyz', 'action' => 'runs'], jobe_proxy::route('/AbC123xyz/runs'));
        $this->assertSame(['sesskey' => 'k', 'action' => 'languages'], jobe_proxy::route('/k/languages'));
        $this->assertNull(jobe_proxy::route('/runs'));
        $this->assertNull(jobe_proxy::route('/k/files'));
        $this->assertNull(jobe_proxy::route('/k/runs/1'));
        $this->assertNull(jobe_proxy::route('/k"x/runs'));
        $this->assertNull(jobe_proxy::route(''));
    }

    public function test_a_run_keeps_only_what_a_cell_sends(): void {
        $body = json_encode(['run_spec' => [
            'language_id' => 'java', 'sourcecode' => 'class A {}', 'input' => "1 2\n",
            'parameters' => ['cputime' => 3, 'memorylimit' => 64, 'compileargs' => ['-O2']],
            'file_list' => [['id', 'name']], 'debug' => true,
        ]]);
        $this->assertSame(['spec' => [
            'language_id' => 'java', 'sourcecode' => 'class A {}', 'input' => "1 2\n",
            'parameters' => ['cputime' => 3, 'memorylimit' => 64],
        ]], jobe_proxy::check_run($body, 1000, 1000));
    }

    public function test_limits_are_capped(): void {
        $body = json_encode(['run_spec' => ['language_id' => 'c', 'sourcecode' => 'x', 'parameters' => ['cputime' => 500]]]);
        $this->assertSame(120, jobe_proxy::check_run($body, 10, 10)['spec']['parameters']['cputime']);
    }

    public function test_sizes_are_counted_in_characters_and_refused_with_413(): void {
        $ok = json_encode(['run_spec' => ['language_id' => 'python3', 'sourcecode' => str_repeat('é', 10)]]);
        $this->assertArrayHasKey('spec', jobe_proxy::check_run($ok, 10, 10));
        $big = json_encode(['run_spec' => ['language_id' => 'python3', 'sourcecode' => str_repeat('é', 11)]]);
        $this->assertSame(['status' => 413, 'error' => 'the program is longer than 10 characters'], jobe_proxy::check_run($big, 10, 10));
        $input = json_encode(['run_spec' => ['language_id' => 'python3', 'sourcecode' => 'x', 'input' => str_repeat('x', 11)]]);
        $this->assertSame(['status' => 413, 'error' => 'the input is longer than 10 characters'], jobe_proxy::check_run($input, 10, 10));
    }

    public function test_bad_requests_are_refused_with_400(): void {
        foreach ([
            'not json' => 'the request has no run_spec',
            '{}' => 'the request has no run_spec',
            '{"run_spec": {"sourcecode": "x"}}' => 'run_spec.language_id is not a language name',
            '{"run_spec": {"language_id": "c; rm -rf", "sourcecode": "x"}}' => 'run_spec.language_id is not a language name',
            '{"run_spec": {"language_id": "c"}}' => 'run_spec.sourcecode is missing',
            '{"run_spec": {"language_id": "c", "sourcecode": "x", "input": 3}}' => 'run_spec.input is not text',
            '{"run_spec": {"language_id": "c", "sourcecode": "x", "parameters": {"cputime": "9"}}}' =>
                'run_spec.parameters.cputime is not a positive number',
            '{"run_spec": {"language_id": "c", "sourcecode": "x", "parameters": {"memorylimit": -1}}}' =>
                'run_spec.parameters.memorylimit is not a positive number',
        ] as $body => $error) {
            $this->assertSame(['status' => 400, 'error' => $error], jobe_proxy::check_run($body, 100, 100), $body);
        }
    }

    public function test_runs_per_minute_slide(): void {
        [$allowed, $times] = jobe_proxy::allow_run([], 1000, 2);
        $this->assertTrue($allowed);
        [$allowed, $times] = jobe_proxy::allow_run($times, 1010, 2);
        $this->assertTrue($allowed);
        [$allowed, $times] = jobe_proxy::allow_run($times, 1020, 2);
        $this->assertFalse($allowed);
        $this->assertSame([1000, 1010], $times);
        // A minute after the first run, one more may start.
        [$allowed, $times] = jobe_proxy::allow_run($times, 1060, 2);
        $this->assertTrue($allowed);
        $this->assertSame([1010, 1060], $times);
        // 0: no limit.
        $this->assertTrue(jobe_proxy::allow_run(array_fill(0, 100, 1000), 1001, 0)[0]);
    }

    public function test_endpoint_and_headers(): void {
        $this->assertSame('https://j.example/jobe/index.php/restapi/runs', jobe_proxy::endpoint('https://j.example/jobe/index.php/restapi/', 'runs'));
        $this->assertSame('https://j.example/jobe/index.php/restapi/languages', jobe_proxy::endpoint('https://j.example/jobe/index.php/restapi', 'languages'));
        $this->assertNotContains('X-API-KEY: ', jobe_proxy::headers(''));
        $this->assertContains('X-API-KEY: s3cret', jobe_proxy::headers('s3cret'));
    }

    public function test_the_script_tag_names_the_proxy_never_jobe(): void {
        $source = file_get_contents(__DIR__ . '/../classes/local/page_setup.php');
        $this->assertStringContainsString("'/filter/execcell/jobe.php/' . sesskey()", $source);
        $this->assertStringNotContainsString('jobeapikey', $source);
        $this->assertDoesNotMatchRegularExpression("/'data-jobe-url' => \\\$config->jobeurl/", $source);
    }
}
