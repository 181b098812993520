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
 * The Moodle side of a page with cells: settings, the one-time requirement, the script tag.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class page_setup {
    /** @var string The one-time item: the style and the script tag go with the page's first cell. */
    private const ONE_TIME_ITEM = 'filter_execcell-script';

    /**
     * The plugin's settings.
     *
     * @return \stdClass
     */
    public static function config(): \stdClass {
        return (object) (array) get_config('filter_execcell');
    }

    /**
     * The rewriter's options for this site.
     *
     * @param \stdClass $config
     * @param callable|bool $style asked when the first cell of a text is written
     * @return array
     */
    public static function rewrite_options(\stdClass $config, $style): array {
        return [
            'allowTrustOutputs' => !empty($config->allowtrustoutputs),
            'allowAutorun' => !isset($config->allowautorun) || !empty($config->allowautorun),
            'moodle' => true,
            'style' => $style,
        ];
    }

    /**
     * Whether this is the first cell written on the page (then it brings the style and the script).
     *
     * @param \moodle_page|null $page the page given to setup(), else the current one
     * @return bool
     */
    public static function first_cell_on_page($page): bool {
        global $PAGE;
        $page = $page ?? $PAGE;
        return $page->requires->should_create_one_time_item_now(self::ONE_TIME_ITEM);
    }

    /**
     * The script tag: the plugin's copy of dist/exec-cell.js with the page defaults from the settings.
     *
     * @param \stdClass $config
     * @param \context|null $context the filtered text's context (token.php checks the capability there)
     * @return string
     */
    public static function script_tag(\stdClass $config, $context = null): string {
        $url = new \moodle_url('/filter/execcell/dist/exec-cell.js', ['v' => $config->version ?? '0']);
        $attrs = [
            'src' => $url->out(false),
            'defer' => 'defer',
            'data-binder-url' => $config->binderurl ?? '',
            'data-sagecell-url' => $config->sagecellurl ?? '',
            'data-server' => $config->jupyterurl ?? '',
            'data-token' => $config->jupytertoken ?? '',
            'data-token-url' => '',
            // A Pyodide of the site's own elsewhere (the zip built without it): Python loads from there.
            'data-pyodide-url' => trim((string) ($config->pyodideurl ?? '')),
            'data-pyodide-index-url' => pyodide_packages::index_url($config->pyodidepackages ?? pyodide_packages::DEFAULT,
                (string) ($config->pyodideurl ?? ''), (new \moodle_url(pyodide_packages::PLUGIN_FOLDER))->out(false)),
            // [jobe] cells talk to the site's proxy (jobe.php), never to Jobe itself.
            'data-jobe-url' => empty($config->jobeurl) ? '' : (new \moodle_url('/filter/execcell/jobe.php/' . sesskey() . '/'))->out(false),
            'data-allow-trust-outputs' => empty($config->allowtrustoutputs) ? 'false' : 'true',
            // Moodle's filter has turned every shortcode it saw into a cell; text it never saw
            // (titles, names) keeps its brackets.
            'data-shortcodes' => 'off',
        ];
        if (!empty($config->huburl)) {
            // Each reader on their own hub server: the page names the endpoint, never a token.
            $attrs['data-server'] = '';
            $attrs['data-token'] = '';
            $attrs['data-token-url'] = self::token_url($context);
        }
        $html = '<script';
        foreach ($attrs as $name => $value) {
            if ($value !== '') {
                $html .= ' ' . $name . '="' . text::escape_attribute((string) $value) . '"';
            }
        }
        return $html . '></script>';
    }

    /**
     * The token endpoint for a page: its course context (the capability is checked there) and
     * the session key.
     *
     * @param \context|null $context
     * @return string
     */
    public static function token_url($context): string {
        $course = $context ? $context->get_course_context(false) : null;
        $params = ['sesskey' => sesskey()];
        if ($course || $context) {
            $params['contextid'] = ($course ?: $context)->id;
        }
        return (new \moodle_url('/filter/execcell/token.php', $params))->out(false);
    }
}
