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

/**
 * English strings for filter_execcell.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['allowautorun'] = 'Allow autorun';
$string['allowautorun_desc'] = 'Authors may mark a cell <code>autorun</code> so that it runs when the page opens. When off, the option is ignored and the cell shows a note.';
$string['allowtrustoutputs'] = 'Allow trusted outputs';
$string['allowtrustoutputs_desc'] = 'Authors may mark a cell <code>trust-outputs</code>, which lets HTML outputs run scripts (in a sandboxed frame). When off, the option is ignored and the cell shows a note.';
$string['binderurl'] = 'BinderHub address';
$string['binderurl_desc'] = 'The BinderHub that builds the repositories of <code>[mybinder]</code> blocks (a block may name another with <code>binder-url</code>). Readers\' code is sent there.';
$string['eventhubtokenfailed'] = 'JupyterHub token request failed';
$string['execcell:runjobe'] = 'Run code in [jobe] cells on the site\'s Jobe server';
$string['execcell:runjupyter'] = 'Run [jupyter] cells on one\'s own JupyterHub server';
$string['filtername'] = 'Runnable code cells (exec-cell)';
$string['hubheading'] = 'JupyterHub: each reader on their own server';
$string['hubheading_desc'] = 'With a hub configured, <code>[jupyter]</code> blocks run on the reader\'s own JupyterHub server: the page asks <code>filter/execcell/token.php</code> for a short-lived token that reaches only that server. No token is written into any page. The hub needs a service with the scopes <code>admin:users</code>, <code>servers</code> and <code>tokens</code> (see the plugin\'s README).';
$string['hubratelimit'] = 'Token requests per minute';
$string['hubratelimit_desc'] = 'How many tokens one user may ask for in a minute; more are refused with a message to wait.';
$string['hubservicetoken'] = 'JupyterHub service token';
$string['hubservicetoken_desc'] = 'The API token of the hub service this site uses (scopes <code>admin:users</code>, <code>servers</code>, <code>tokens</code>). It stays on this server: it is never written into a page or sent to a browser.';
$string['hubtokenlifetime'] = 'Token lifetime';
$string['hubtokenlifetime_desc'] = 'How long a reader\'s token works (a minute to a day). Pages renew it before it expires.';
$string['huburl'] = 'JupyterHub address';
$string['huburl_desc'] = 'The hub\'s public address, such as <code>https://hub.example.org/</code>. Readers\' browsers reach their servers under it (<code>/user/NAME/</code>), so its single-user servers must allow this site\'s origin (<code>--ServerApp.allow_origin</code>). Empty: <code>[jupyter]</code> blocks use the Jupyter server below.';
$string['hubusertemplate'] = 'Hub user name';
$string['hubusertemplate_desc'] = 'The hub user a Moodle user runs as: <code>{userid}</code>, <code>{username}</code> and <code>{idnumber}</code> are filled in, then the name is made safe for the hub (lower case; letters, digits and <code>- . _ @</code>).';
$string['jobeapikey'] = 'Jobe API key';
$string['jobeapikey_desc'] = 'Sent to the Jobe server as X-API-KEY with every run, from this server only: it never appears in a page. Leave empty when the Jobe server takes no key (stock Jobe 2.2 does not check keys; keep it behind a firewall that lets only this Moodle server in).';
$string['jobemaxinput'] = 'Jobe: largest standard input';
$string['jobemaxinput_desc'] = 'Characters of standard input (the cell\'s stdin box) a run may send. Larger input is refused before it reaches Jobe.';
$string['jobemaxsource'] = 'Jobe: largest program';
$string['jobemaxsource_desc'] = 'Characters of code a run may send. Larger programs are refused before they reach Jobe.';
$string['jobeperminute'] = 'Jobe: runs per user per minute';
$string['jobeperminute_desc'] = 'How many runs one user may start in a minute (0: no limit). Further runs are refused with a message to wait.';
$string['jobeurl'] = 'Jobe server address';
$string['jobeurl_desc'] = 'The REST root of the Jobe server that runs <code>[jobe]</code> blocks, for example <code>https://jobe.example.edu/jobe/index.php/restapi/</code> (CodeRunner\'s Jobe server works). Runs go from this Moodle server to Jobe through <code>filter/execcell/jobe.php</code>, for signed-in users with the capability filter/execcell:runjobe: the address is never written into a page. Empty: [jobe] cells say that no Jobe server is set up.';
$string['jupytertoken'] = 'Jupyter server token';
$string['jupytertoken_desc'] = 'The token of the Jupyter server above. <strong>Warning:</strong> it is written into every page with a cell, so every reader can see it and use the server with it. Use a server meant for readers (for example one that runs each kernel in a sandbox), never one with private data.';
$string['jupytertoken_warning'] = '<strong>The Jupyter server token above is written into every page with a [jupyter] cell.</strong> Every reader can read it in the page source and use the whole server with it: read other readers\' files, run anything. Configure a JupyterHub below (each reader on their own server, with a short-lived token), then empty this setting.';
$string['jupyterurl'] = 'Jupyter server address';
$string['jupyterurl_desc'] = 'The Jupyter server (or JupyterHub user server) that runs <code>[jupyter]</code> blocks. <strong>Warning:</strong> this address, and a token in it, is written into every page with a cell: every reader can see it. Readers\' code is sent there.';
$string['pluginname'] = 'Runnable code cells (exec-cell)';
$string['privacy:metadata:binder'] = 'Cells of [mybinder] blocks send the reader\'s code to the BinderHub set by the site or the block (mybinder.org by default), which builds and runs it on a Jupyter server it starts.';
$string['privacy:metadata:binder:code'] = 'The code the reader runs, and the outputs it produces.';
$string['privacy:metadata:jobe'] = 'Cells of [jobe] blocks send the reader\'s code to the Jobe server set by the site. The site sends it, not the reader\'s browser, so Jobe sees the site\'s address, never the reader\'s.';
$string['privacy:metadata:jobe:code'] = 'The code the reader runs, its language and its input; the server sends back what it printed.';
$string['privacy:metadata:jupyter'] = 'Cells of [jupyter] blocks send the reader\'s code to the Jupyter server set by the site.';
$string['privacy:metadata:jupyter:code'] = 'The code the reader runs, and the outputs it produces.';
$string['privacy:metadata:jupyterhub'] = 'With a JupyterHub configured, this site asks the hub to create a hub user for the reader, start their server and give a token for it; the reader\'s code then runs on that server.';
$string['privacy:metadata:jupyterhub:code'] = 'The code the reader runs, and the outputs it produces.';
$string['privacy:metadata:jupyterhub:hubuser'] = 'The hub user name made from the reader\'s Moodle account (the user-name template: user id, user name or ID number).';
$string['privacy:metadata:pyodidecdn'] = 'With packages loaded from the public Pyodide distribution, readers\' browsers download the packages their [python] code imports (numpy, matplotlib…) from cdn.jsdelivr.net. The code itself stays in the browser.';
$string['privacy:metadata:pyodidecdn:ipaddress'] = 'The reader\'s IP address, as with any download.';
$string['privacy:metadata:pyodidecdn:packages'] = 'The names of the packages the reader\'s code imports.';
$string['privacy:metadata:sagecell'] = 'Cells of [sage] blocks send the reader\'s code to the SageCell server set by the site or the block (sagecell.sagemath.org by default).';
$string['privacy:metadata:sagecell:code'] = 'The code the reader runs, and the outputs it produces.';
$string['pyodidepackages'] = 'Python packages';
$string['pyodidepackages_desc'] = 'Where <code>[python]</code> cells load packages such as numpy and matplotlib from when the code imports them. <b>This plugin\'s copy</b>: the folder <code>filter/execcell/pyodide-packages/</code> (or the Pyodide address below, if set), filled with <code>npx exec-cell pyodide-pack numpy matplotlib --from https://cdn.jsdelivr.net/pyodide/vVERSION/full/ --out filter/execcell/pyodide-packages</code>. <b>The public Pyodide distribution</b>: cdn.jsdelivr.net, which then sees the readers\' IP addresses and the packages they import (declared in the privacy information). <b>None</b>: only Python\'s standard library, nothing loaded from anywhere.';
$string['pyodidepackages_none'] = 'None (standard library only)';
$string['pyodidepackages_plugin'] = 'This plugin\'s copy';
$string['pyodidepackages_public'] = 'The public Pyodide distribution (cdn.jsdelivr.net)';
$string['pyodideurl'] = 'Pyodide address';
$string['pyodideurl_desc'] = 'Where <code>[python]</code> cells load Pyodide (Python in the browser) from. Empty: the copy inside this plugin (<code>filter/execcell/dist/</code>), so nothing is loaded from another site. Set it when the plugin was installed without Pyodide (see the plugin\'s README), for example to a folder on your own web server.';
$string['sagecellurl'] = 'SageCell server address';
$string['sagecellurl_desc'] = 'The SageCell server that runs <code>[sage]</code> blocks (a block may name another with <code>server</code>). Readers\' code is sent there.';
