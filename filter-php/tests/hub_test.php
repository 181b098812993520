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

use filter_execcell\local\hub_api;
use filter_execcell\local\hub_exception;
use filter_execcell\local\hub_policy;

/**
 * The JupyterHub endpoint's own logic: the hub user name, the scopes asked for, the rate limit,
 * the hub's answers mapped to the reader's messages (a scripted hub stands in for the transport;
 * the real hub is in the browser tests).
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 * @covers     \filter_execcell\local\hub_policy
 * @covers     \filter_execcell\local\hub_api
 */
final class hub_test extends \basic_testcase {
    public function test_user_name_template_is_filled_in_and_made_safe(): void {
        $fields = ['userid' => 42, 'username' => 'Ada.Lovelace+Ü', 'idnumber' => ' S-001 '];
        $this->assertSame('moodle-42', hub_policy::user_name('moodle-{userid}', $fields));
        $this->assertSame('moodle-42', hub_policy::user_name('', $fields));
        $this->assertSame('ada.lovelace', hub_policy::user_name('{username}', $fields));
        $this->assertSame('s-001', hub_policy::user_name('{idnumber}', $fields));
        $this->assertSame('course-bob-smith', hub_policy::user_name('Course {username}', ['username' => 'bob smith']));
        $this->assertSame(255, strlen(hub_policy::user_name('{username}', ['username' => str_repeat('a', 400)])));
        // Nothing of the user in it: every reader would share one server.
        $this->expectException(\InvalidArgumentException::class);
        hub_policy::user_name('everyone', $fields);
    }

    public function test_a_name_with_nothing_usable_is_refused(): void {
        $this->expectException(\InvalidArgumentException::class);
        hub_policy::user_name('{idnumber}', ['idnumber' => '   ']);
    }

    public function test_a_readers_token_reaches_only_their_servers(): void {
        $this->assertSame(['access:servers!user=moodle-7'], hub_policy::scopes('moodle-7'));
    }

    public function test_lifetime_defaults_to_an_hour_within_a_minute_and_a_day(): void {
        $this->assertSame(3600, hub_policy::lifetime(null));
        $this->assertSame(3600, hub_policy::lifetime(0));
        $this->assertSame(60, hub_policy::lifetime(5));
        $this->assertSame(86400, hub_policy::lifetime(10 ** 9));
        $this->assertSame(900, hub_policy::lifetime('900'));
    }

    public function test_rate_limit_per_user_and_minute(): void {
        $times = [];
        for ($i = 0; $i < 3; $i++) {
            [$ok, $times] = hub_policy::rate_limit($times, 1000 + $i, 3);
            $this->assertTrue($ok);
        }
        [$ok, $times] = hub_policy::rate_limit($times, 1010, 3);
        $this->assertFalse($ok);
        $this->assertCount(3, $times);
        // A minute after the first, one more is allowed.
        [$ok] = hub_policy::rate_limit($times, 1060, 3);
        $this->assertTrue($ok);
    }

    public function test_failures_map_to_the_statuses_the_element_reads(): void {
        $this->assertSame([401, ['error' => 'sign-in', 'message' => 'x']], hub_policy::failure('sign-in', 'x'));
        $this->assertSame(403, hub_policy::failure('no-capability')[0]);
        $this->assertSame(429, hub_policy::failure('rate-limited')[0]);
        $this->assertSame(500, hub_policy::failure('spawn-failed')[0]);
        $this->assertSame(502, hub_policy::failure('hub-unreachable')[0]);
        $this->assertSame([502, ['error' => 'hub-unreachable', 'message' => '']], hub_policy::failure('whatever'));
    }

    /**
     * A scripted hub: answers by "METHOD path" in order; records the requests.
     *
     * @param array $script "METHOD path" => list of [status, body]
     * @param array $log requests made
     * @return callable
     */
    private function hub(array $script, array &$log): callable {
        return static function (string $method, string $url, array $headers, ?string $body) use (&$script, &$log): array {
            $path = substr($url, strlen('http://hub.test/hub/api/'));
            $log[] = ['request' => "$method $path", 'headers' => $headers, 'body' => $body];
            $key = "$method $path";
            if (empty($script[$key])) {
                return [500, '{"message":"unexpected ' . $key . '"}'];
            }
            return count($script[$key]) > 1 ? array_shift($script[$key]) : $script[$key][0];
        };
    }

    public function test_a_new_user_is_created_started_and_given_a_scoped_token(): void {
        $log = [];
        $api = new hub_api('http://hub.test', 'service-secret', $this->hub([
            'GET users/moodle-7' => [[404, ''], [200, '{"servers":{"":{"ready":false,"url":"/user/moodle-7/"}}}'],
                [200, '{"servers":{"":{"ready":true,"url":"/user/moodle-7/"}}}']],
            'POST users/moodle-7' => [[201, '{}']],
            'POST users/moodle-7/server' => [[202, '']],
            'POST users/moodle-7/tokens' => [[201, '{"token":"t0k","expires_at":"2026-01-01T01:00:00Z"}']],
        ], $log), static function (): void {
        });
        $progress = [];
        $answer = $api->token_for('moodle-7', 600, static function (int $p, string $m) use (&$progress): void {
            $progress[] = [$p, $m];
        });
        $this->assertSame(['server' => 'http://hub.test/user/moodle-7/', 'token' => 't0k',
            'expires_at' => '2026-01-01T01:00:00Z'], $answer);
        $this->assertSame([0, 'Starting your server…'], $progress[0]);
        $this->assertSame(100, end($progress)[0]);
        $mint = array_values(array_filter($log, static function ($r) {
            return $r['request'] === 'POST users/moodle-7/tokens';
        }))[0];
        $this->assertSame(['scopes' => ['access:servers!user=moodle-7'], 'expires_in' => 600, 'note' => 'exec-cell (Moodle)'],
            json_decode($mint['body'], true));
        foreach ($log as $request) {
            $this->assertContains('Authorization: token service-secret', $request['headers']);
        }
    }

    public function test_a_running_server_costs_two_requests(): void {
        $log = [];
        $api = new hub_api('http://hub.test/', 's', $this->hub([
            'GET users/alice' => [[200, '{"servers":{"":{"ready":true,"url":"/user/alice/"}}}']],
            'POST users/alice/tokens' => [[201, '{"token":"a","expires_at":null}']],
        ], $log));
        $this->assertSame('a', $api->token_for('alice', 60, static function (): void {
        })['token']);
        $this->assertSame(['GET users/alice', 'POST users/alice/tokens'], array_column($log, 'request'));
    }

    public function test_a_spawn_failure_carries_the_hubs_reason(): void {
        $log = [];
        $api = new hub_api('http://hub.test/', 's', $this->hub([
            'GET users/carol' => [[200, '{"servers":{}}']],
            'POST users/carol/server' => [[500, '{"status":500,"message":"error"}']],
            'GET users/carol/server/progress' => [[200, "data: {\"progress\": 100, \"failed\": true, \"message\": \"Spawn failed: no such user\"}\n\n"]],
        ], $log));
        try {
            $api->token_for('carol', 60, static function (): void {
            });
            $this->fail('no exception');
        } catch (hub_exception $e) {
            $this->assertSame('spawn-failed', $e->kind);
            $this->assertSame('Spawn failed: no such user', $e->getMessage());
        }
    }

    public function test_a_hub_that_does_not_answer(): void {
        $api = new hub_api('http://hub.test/', 's', static function (): array {
            return [0, 'Failed to connect to hub.test port 80'];
        });
        try {
            $api->token_for('alice', 60, static function (): void {
            });
            $this->fail('no exception');
        } catch (hub_exception $e) {
            $this->assertSame('hub-unreachable', $e->kind);
            $this->assertStringContainsString('does not answer', $e->getMessage());
            $this->assertStringNotContainsString('token', strtolower($e->getMessage()));
        }
    }

    public function test_a_refused_service_token_is_the_hubs_fault_not_the_readers(): void {
        $log = [];
        $api = new hub_api('http://hub.test/', 'wrong', $this->hub([
            'GET users/alice' => [[403, '{"status":403,"message":"Forbidden"}']],
        ], $log));
        try {
            $api->token_for('alice', 60, static function (): void {
            });
            $this->fail('no exception');
        } catch (hub_exception $e) {
            $this->assertSame('hub-unreachable', $e->kind);
            $this->assertSame('the hub did not describe user alice: Forbidden', $e->getMessage());
        }
    }
}
