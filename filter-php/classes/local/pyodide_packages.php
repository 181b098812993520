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
 * Where [python] cells load packages (numpy, matplotlib…) from, without Moodle: the setting's
 * three choices, the address the page gets for each, and whether the readers' browsers then
 * reach another site (the privacy provider declares it).
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class pyodide_packages {
    /** @var string The plugin's own copy (filter/execcell/pyodide-packages/, filled by `npx exec-cell pyodide-pack`). */
    public const PLUGIN = 'plugin';

    /** @var string The public Pyodide distribution (cdn.jsdelivr.net) of the Pyodide the plugin bundles. */
    public const PUBLIC = 'public';

    /** @var string No packages: the page loads nothing beyond the plugin's Python. */
    public const NONE = 'none';

    /** @var string The default: what sites had before the choice existed (nothing from another site). */
    public const DEFAULT = self::NONE;

    /** @var string The plugin's folder for its own copy, relative to the site's root. */
    public const PLUGIN_FOLDER = '/filter/execcell/pyodide-packages/';

    /**
     * The choices, in the order the setting lists them.
     *
     * @return string[]
     */
    public static function choices(): array {
        return [self::PLUGIN, self::PUBLIC, self::NONE];
    }

    /**
     * The page's data-pyodide-index-url for a choice: '' leaves it out (exec-cell then uses the
     * public distribution), "none" keeps the page offline.
     *
     * @param string $choice one of {@see choices()}; anything else counts as none
     * @param string $ownurl the "Pyodide address" setting: another folder of the site's own, if set
     * @param string $pluginurl the full URL of {@see PLUGIN_FOLDER}
     * @return string
     */
    public static function index_url(string $choice, string $ownurl, string $pluginurl): string {
        if ($choice === self::PLUGIN) {
            return trim($ownurl) !== '' ? trim($ownurl) : $pluginurl;
        }
        return $choice === self::PUBLIC ? '' : self::NONE;
    }

    /**
     * Whether readers' browsers contact the public distribution with this choice.
     *
     * @param string $choice
     * @return bool
     */
    public static function reaches_public_distribution(string $choice): bool {
        return $choice === self::PUBLIC;
    }
}
