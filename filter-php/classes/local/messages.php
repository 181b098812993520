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
 * Every message the filter shows an author, byte for byte the sentences of src/filter/messages.ts.
 *
 * They are English, like the shortcodes; the shared vectors hold both sides to the same text, which
 * is why they are not language strings.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */
final class messages {
    // phpcs:disable moodle.Files.LineLength.TooLong

    /** @var array Accepted repository forms by Binder provider. */
    private const REPO_FORMS = [
        'gh' => 'owner/name, as on GitHub (for another git host, add provider=git and give its https:// address)',
        'gl' => 'group/project, as on GitLab',
        'git' => 'the http:// or https:// address of a git repository',
        'gist' => 'user/gist-id',
        'hydroshare' => 'a 32-character HydroShare resource id or an https:// address',
        'ckan' => 'the https:// address of a CKAN dataset (it contains /dataset/)',
    ];

    public static function unterminated(string $tag): string {
        return "[{$tag}] has no closing [/{$tag}]. Add [/{$tag}] after the code, or write [[{$tag}]] to show the text [{$tag}].";
    }

    public static function stray_close(string $tag): string {
        return "[/{$tag}] has no opening [{$tag}] before it. Remove it, or write [[/{$tag}]] to show the text [/{$tag}].";
    }

    public static function close_with_options(string $tag): string {
        return "The closing tag [/{$tag}] takes no options: write [/{$tag}].";
    }

    public static function nested(string $outer, string $inner): string {
        return "A [{$inner}] block cannot be inside a [{$outer}] block. End the [{$outer}] block with [/{$outer}] first, or write [[{$inner}]] to show the text [{$inner}].";
    }

    public static function mismatched(string $outer, string $inner): string {
        return "[/{$inner}] cannot end a [{$outer}] block. Use [/{$outer}], or write [[/{$inner}]] to show the text [/{$inner}].";
    }

    public static function disallowed_element(string $tag, string $element): string {
        return "The [{$tag}] block contains an element that is not text: <{$element}>. A code block can hold only text and text formatting; remove the <{$element}> from the block.";
    }

    public static function syntax(string $tag, string $detail): string {
        return "Could not read the options of [{$tag}]: {$detail}. Write options as key=value, key=\"value with spaces\" or a bare flag.";
    }

    public static function unknown_option(string $tag, string $key, array $allowed): string {
        $alias = ($tag === 'sage' || $tag === 'jobe') ? ' (lang is short for language)' : '';
        return "Unknown option \"{$key}\" in [{$tag}]. Options allowed here: " . implode(', ', $allowed) . "{$alias}.";
    }

    public static function duplicate_option(string $tag, string $key): string {
        return "Option \"{$key}\" is given twice in [{$tag}]: keep one.";
    }

    public static function needs_value(string $key): string {
        return "Option \"{$key}\" needs a value: write {$key}=... .";
    }

    public static function bad_flag(string $key, string $value): string {
        return "Option \"{$key}\" is a flag: write {$key} alone, or {$key}=true or {$key}=false (got \"{$value}\").";
    }

    public static function bad_language(string $value, array $languages): string {
        return 'Option "language" must be one of ' . implode(', ', $languages) . " (got \"{$value}\").";
    }

    public static function bad_provider(string $value, array $providers): string {
        return 'Option "provider" must be one of ' . implode(', ', $providers) . " (got \"{$value}\").";
    }

    public static function bad_url(string $key, string $value): string {
        return "Option \"{$key}\" must be an http:// or https:// address (got \"{$value}\").";
    }

    public static function bad_repo(string $provider, string $value): string {
        $form = self::REPO_FORMS[$provider] ?? 'a DOI such as 10.5281/zenodo.3242074';
        return "Option \"repo\" must be {$form} (got \"{$value}\").";
    }

    public static function bad_ref(string $value): string {
        return "Option \"ref\" must be a git branch, tag or commit made of letters, digits and . _ / + - (got \"{$value}\").";
    }

    public static function bad_kernel(string $value): string {
        return "Option \"kernel\" must be a kernel name such as python3, made of letters, digits and . _ - (got \"{$value}\").";
    }

    public static function bad_session(string $value): string {
        return "Option \"session\" must be a name of up to 100 letters, digits and . _ : - (got \"{$value}\").";
    }

    public static function bad_timeout(string $value): string {
        return "Option \"timeout\" must be a whole number of seconds from 1 to 86400 (got \"{$value}\").";
    }

    public static function too_long(string $tag, int $max): string {
        return "The [{$tag}] block is too long to become a cell (more than {$max} HTML tags between [{$tag}] and [/{$tag}]), so it is shown as written. Split it into smaller blocks.";
    }

    public static function missing_repo(): string {
        return '[mybinder] needs a repository: write [mybinder repo=owner/name].';
    }

    public static function missing_language(array $languages): string {
        return '[jobe] needs a language: write [jobe lang=c] (one of ' . implode(', ', $languages) . ').';
    }

    public static function bad_limit(string $key, string $value, int $max, string $unit): string {
        return "Option \"{$key}\" must be a whole number of {$unit} from 1 to {$max} (got \"{$value}\").";
    }

    public static function bad_stdin(int $max): string {
        return "Option \"stdin\" is too long: it can hold at most {$max} characters (the reader can type more into the box).";
    }

    public static function trust_outputs_ignored(): string {
        return 'trust-outputs was ignored: this site does not let authors trust outputs, so scripts in outputs stay off.';
    }

    public static function autorun_ignored(): string {
        return 'autorun was ignored: this site does not let cells run by themselves; press Run to run this cell.';
    }
}
