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
 * The hub's REST API with the service token, through a transport given by the caller (Moodle's
 * curl in token.php, a fake in the tests): make sure the user exists, start their server and
 * wait for it (reporting progress), mint a token that reaches only that server.
 *
 * The service needs the scopes admin:users, servers and tokens (README, "JupyterHub").
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class hub_api {
    /** @var string the hub's public URL with a trailing slash */
    private $huburl;
    /** @var string */
    private $servicetoken;
    /** @var callable (string method, string url, array headers, ?string body): array [int status, string body]; status 0: unreachable */
    private $transport;
    /** @var callable (float seconds): void */
    private $sleep;

    /**
     * @param string $huburl
     * @param string $servicetoken
     * @param callable $transport
     * @param callable|null $sleep
     */
    public function __construct(string $huburl, string $servicetoken, callable $transport, ?callable $sleep = null) {
        $this->huburl = rtrim($huburl, '/') . '/';
        $this->servicetoken = $servicetoken;
        $this->transport = $transport;
        $this->sleep = $sleep ?? static function (float $s): void {
            usleep((int) ($s * 1e6));
        };
    }

    /**
     * A token for this user's server, starting it first if needed.
     *
     * @param string $name hub user name (hub_policy::user_name())
     * @param int $lifetime seconds
     * @param callable $progress (int percent, string message): void, while the server starts
     * @param int $maxwait seconds to wait for the server
     * @return array ['server' => url, 'token' => …, 'expires_at' => …]
     * @throws hub_exception
     */
    public function token_for(string $name, int $lifetime, callable $progress, int $maxwait = 120): array {
        $server = $this->server($name);
        if ($server === false) {
            $this->ensure_user($name);
            $server = null;
        }
        if (empty($server['ready'])) {
            $progress(0, 'Starting your server…');
            $this->start($name);
            $waited = 0.0;
            for (;;) {
                $server = $this->server($name);
                if (!empty($server['ready'])) {
                    break;
                }
                if ($server === null || $server === false) {
                    throw new hub_exception('spawn-failed',
                        $this->spawn_failure($name) ?? 'the hub stopped the server while it was starting');
                }
                if ($waited >= $maxwait) {
                    throw new hub_exception('spawn-failed', "the server was not ready after {$maxwait} s");
                }
                $progress(min(90, 10 + (int) ($waited * 5)), 'Spawning server...');
                ($this->sleep)(0.5);
                $waited += 0.5;
            }
            $progress(100, 'Server ready at ' . ($server['url'] ?? ''));
        }
        $token = $this->mint($name, hub_policy::scopes($name), $lifetime);
        return [
            'server' => $this->absolute($server['url'] ?? ('/user/' . rawurlencode($name) . '/')),
            'token' => $token['token'],
            'expires_at' => $token['expires_at'] ?? null,
        ];
    }

    /**
     * The user's default server, null if it is not running, false if there is no such user.
     *
     * @param string $name
     * @return array|null|false
     * @throws hub_exception
     */
    public function server(string $name) {
        [$status, $body] = $this->call('GET', 'users/' . rawurlencode($name));
        if ($status === 404) {
            return false;
        }
        $this->expect($status, $body, [200], 'hub-unreachable', "the hub did not describe user {$name}");
        $user = json_decode($body, true);
        return $user['servers'][''] ?? null;
    }

    /**
     * Create the user (an existing one is fine).
     *
     * @param string $name
     * @throws hub_exception
     */
    public function ensure_user(string $name): void {
        [$status, $body] = $this->call('POST', 'users/' . rawurlencode($name));
        $this->expect($status, $body, [200, 201, 409], 'hub-unreachable', "the hub did not create user {$name}");
    }

    /**
     * Ask the hub to start the user's server (one already starting or running is fine).
     *
     * @param string $name
     * @throws hub_exception
     */
    public function start(string $name): void {
        [$status, $body] = $this->call('POST', 'users/' . rawurlencode($name) . '/server');
        if ($status === 400 && preg_match('/already|pending/i', $body)) {
            return;
        }
        if (in_array($status, [201, 202], true)) {
            return;
        }
        $reason = $this->spawn_failure($name);
        if ($reason !== null) {
            throw new hub_exception('spawn-failed', $reason);
        }
        $this->expect($status, $body, [201, 202], 'spawn-failed', '');
    }

    /**
     * Why the last spawn failed, as the hub tells it: its progress stream ends with a failed
     * event carrying the spawner's error (the start request's own answer does not).
     *
     * @param string $name
     * @return string|null
     */
    public function spawn_failure(string $name): ?string {
        try {
            [$status, $body] = $this->call('GET', 'users/' . rawurlencode($name) . '/server/progress');
        } catch (hub_exception $e) {
            return null;
        }
        if ($status === 200 && preg_match('/^data:\s*(\{.*"failed"\s*:\s*true.*\})\s*$/m', $body, $m)) {
            $event = json_decode($m[1], true);
            return (string) ($event['message'] ?? 'Spawn failed');
        }
        return null;
    }

    /**
     * Mint a token for the user with these scopes.
     *
     * @param string $name
     * @param string[] $scopes
     * @param int $lifetime
     * @return array the hub's token model (token, expires_at, …)
     * @throws hub_exception
     */
    public function mint(string $name, array $scopes, int $lifetime): array {
        [$status, $body] = $this->call('POST', 'users/' . rawurlencode($name) . '/tokens',
            ['scopes' => $scopes, 'expires_in' => $lifetime, 'note' => 'exec-cell (Moodle)']);
        $this->expect($status, $body, [200, 201], 'hub-unreachable', "the hub did not give a token for {$name}");
        $token = json_decode($body, true);
        if (!is_array($token) || empty($token['token'])) {
            throw new hub_exception('hub-unreachable', 'the hub answered without a token');
        }
        return $token;
    }

    /**
     * @param string $method
     * @param string $path under hub/api/
     * @param array|null $json
     * @return array [int, string]
     * @throws hub_exception
     */
    private function call(string $method, string $path, ?array $json = null): array {
        $headers = ['Authorization: token ' . $this->servicetoken];
        if ($json !== null) {
            $headers[] = 'Content-Type: application/json';
        }
        [$status, $body] = ($this->transport)($method, $this->huburl . 'hub/api/' . $path, $headers,
            $json === null ? null : json_encode($json));
        if ($status === 0) {
            throw new hub_exception('hub-unreachable', 'the hub at ' . $this->huburl . ' does not answer'
                . ($body !== '' ? " ({$body})" : ''));
        }
        return [(int) $status, (string) $body];
    }

    /**
     * Throw unless the status is one of $ok; a 5xx from the hub is "unreachable" unless $kind says otherwise.
     *
     * @param int $status
     * @param string $body
     * @param int[] $ok
     * @param string $kind
     * @param string $what
     * @throws hub_exception
     */
    private function expect(int $status, string $body, array $ok, string $kind, string $what): void {
        if (in_array($status, $ok, true)) {
            return;
        }
        $decoded = json_decode($body, true);
        $message = is_array($decoded) && isset($decoded['message']) ? (string) $decoded['message'] : substr($body, 0, 200);
        $text = trim($what . ($what !== '' && $message !== '' ? ': ' : '') . $message);
        throw new hub_exception($kind, $text !== '' ? $text : "the hub answered {$status}");
    }

    /**
     * @param string $path such as /user/NAME/
     * @return string
     */
    private function absolute(string $path): string {
        $parts = parse_url($this->huburl);
        $origin = $parts['scheme'] . '://' . $parts['host'] . (isset($parts['port']) ? ':' . $parts['port'] : '');
        return $origin . '/' . ltrim($path, '/');
    }
}
