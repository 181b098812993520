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
 * German strings for filter_execcell.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['allowautorun'] = 'Automatisches Ausführen erlauben';
$string['allowautorun_desc'] = 'Autor/innen können eine Zelle mit <code>autorun</code> markieren, damit sie beim Öffnen der Seite ausgeführt wird. Ist die Einstellung deaktiviert, wird die Option ignoriert und die Zelle zeigt einen Hinweis an.';
$string['allowtrustoutputs'] = 'Vertrauenswürdige Ausgaben erlauben';
$string['allowtrustoutputs_desc'] = 'Autor/innen können eine Zelle mit <code>trust-outputs</code> markieren; dann dürfen HTML-Ausgaben Skripte ausführen (in einem Frame mit Sandbox). Ist die Einstellung deaktiviert, wird die Option ignoriert und die Zelle zeigt einen Hinweis an.';
$string['binderurl'] = 'BinderHub-Adresse';
$string['binderurl_desc'] = 'Der BinderHub, der die Repositorys von <code>[mybinder]</code>-Blöcken baut (ein Block kann mit <code>binder-url</code> einen anderen angeben). Der Code der Leser/innen wird dorthin gesendet.';
$string['eventhubtokenfailed'] = 'JupyterHub-Tokenanforderung fehlgeschlagen';
$string['execcell:runjobe'] = 'Code in [jobe]-Zellen auf dem Jobe-Server der Website ausführen';
$string['execcell:runjupyter'] = '[jupyter]-Zellen auf dem eigenen JupyterHub-Server ausführen';
$string['filtername'] = 'Ausführbare Codezellen (exec-cell)';
$string['hubheading'] = 'JupyterHub: ein eigener Server für jede/n Leser/in';
$string['hubheading_desc'] = 'Ist ein Hub konfiguriert, laufen <code>[jupyter]</code>-Blöcke auf dem eigenen JupyterHub-Server der jeweiligen Leser/innen: Die Seite fordert bei <code>filter/execcell/token.php</code> ein kurzlebiges Token an, das nur Zugriff auf diesen Server gewährt. In keine Seite wird ein Token geschrieben. Der Hub benötigt einen Dienst mit den Scopes <code>admin:users</code>, <code>servers</code> und <code>tokens</code> (siehe README des Plugins).';
$string['hubratelimit'] = 'Token-Anforderungen pro Minute';
$string['hubratelimit_desc'] = 'Wie viele Token ein/e Nutzer/in pro Minute anfordern darf. Weitere Anforderungen werden mit der Meldung abgelehnt, kurz zu warten.';
$string['hubservicetoken'] = 'JupyterHub-Diensttoken';
$string['hubservicetoken_desc'] = 'Das API-Token des Hub-Dienstes, den diese Website nutzt (Scopes <code>admin:users</code>, <code>servers</code>, <code>tokens</code>). Es bleibt auf diesem Server: Es wird nie in eine Seite geschrieben oder an einen Browser gesendet.';
$string['hubtokenlifetime'] = 'Token-Gültigkeitsdauer';
$string['hubtokenlifetime_desc'] = 'Wie lange das Token von Leser/innen gültig ist (eine Minute bis ein Tag). Seiten erneuern es, bevor es abläuft.';
$string['huburl'] = 'JupyterHub-Adresse';
$string['huburl_desc'] = 'Die öffentliche Adresse des Hubs, z. B. <code>https://hub.example.org/</code>. Die Browser der Leser/innen erreichen ihre Server unterhalb dieser Adresse (<code>/user/NAME/</code>), daher müssen die Single-User-Server des Hubs die Herkunft (Origin) dieser Website zulassen (<code>--ServerApp.allow_origin</code>). Leer: <code>[jupyter]</code>-Blöcke verwenden den unten angegebenen Jupyter-Server.';
$string['hubusertemplate'] = 'Hub-Nutzername';
$string['hubusertemplate_desc'] = 'Das Hub-Nutzerkonto, unter dem ein/e Moodle-Nutzer/in Code ausführt: <code>{userid}</code>, <code>{username}</code> und <code>{idnumber}</code> werden eingesetzt, danach wird der Name für den Hub bereinigt (Kleinschreibung; Buchstaben, Ziffern und <code>- . _ @</code>).';
$string['jobeapikey'] = 'Jobe-API-Schlüssel';
$string['jobeapikey_desc'] = 'Wird bei jeder Ausführung als X-API-KEY an den Jobe-Server gesendet, und zwar nur von diesem Server aus: Er erscheint nie in einer Seite. Lassen Sie das Feld leer, wenn der Jobe-Server keinen Schlüssel erwartet (ein unverändertes Jobe 2.2 prüft keine Schlüssel; betreiben Sie ihn hinter einer Firewall, die nur diesen Moodle-Server durchlässt).';
$string['jobemaxinput'] = 'Jobe: maximale Standardeingabe';
$string['jobemaxinput_desc'] = 'Wie viele Zeichen Standardeingabe (das stdin-Feld der Zelle) eine Ausführung senden darf. Größere Eingaben werden abgelehnt, bevor sie Jobe erreichen.';
$string['jobemaxsource'] = 'Jobe: maximale Programmgröße';
$string['jobemaxsource_desc'] = 'Wie viele Zeichen Code eine Ausführung senden darf. Größere Programme werden abgelehnt, bevor sie Jobe erreichen.';
$string['jobeperminute'] = 'Jobe: Ausführungen pro Nutzer/in und Minute';
$string['jobeperminute_desc'] = 'Wie viele Ausführungen ein/e Nutzer/in pro Minute starten darf (0: keine Begrenzung). Weitere Ausführungen werden mit der Meldung abgelehnt, kurz zu warten.';
$string['jobeurl'] = 'Jobe-Server-Adresse';
$string['jobeurl_desc'] = 'Die REST-Basisadresse des Jobe-Servers, der <code>[jobe]</code>-Blöcke ausführt, z. B. <code>https://jobe.example.edu/jobe/index.php/restapi/</code> (der Jobe-Server von CodeRunner funktioniert). Ausführungen gehen von diesem Moodle-Server über <code>filter/execcell/jobe.php</code> an Jobe, und zwar für angemeldete Nutzer/innen mit der Fähigkeit filter/execcell:runjobe: Die Adresse wird nie in eine Seite geschrieben. Leer: [jobe]-Zellen melden, dass kein Jobe-Server eingerichtet ist.';
$string['jupytertoken'] = 'Jupyter-Server-Token';
$string['jupytertoken_desc'] = 'Das Token des oben angegebenen Jupyter-Servers. <strong>Warnung:</strong> Es wird in jede Seite mit einer Zelle geschrieben, sodass alle Leser/innen es sehen und damit den Server nutzen können. Verwenden Sie einen Server, der für Leser/innen gedacht ist (z. B. einen, der jeden Kernel in einer Sandbox ausführt), niemals einen mit privaten Daten.';
$string['jupytertoken_warning'] = '<strong>Das oben angegebene Jupyter-Server-Token wird in jede Seite mit einer [jupyter]-Zelle geschrieben.</strong> Alle Leser/innen können es im Seitenquelltext lesen und damit den gesamten Server nutzen: Dateien anderer Leser/innen lesen, beliebigen Code ausführen. Konfigurieren Sie unten einen JupyterHub (ein eigener Server für jede/n Leser/in, mit kurzlebigem Token) und leeren Sie danach diese Einstellung.';
$string['jupyterurl'] = 'Jupyter-Server-Adresse';
$string['jupyterurl_desc'] = 'Der Jupyter-Server (oder JupyterHub-Nutzerserver), der <code>[jupyter]</code>-Blöcke ausführt. <strong>Warnung:</strong> Diese Adresse wird samt eines darin enthaltenen Tokens in jede Seite mit einer Zelle geschrieben: Alle Leser/innen können sie sehen. Der Code der Leser/innen wird dorthin gesendet.';
$string['pluginname'] = 'Ausführbare Codezellen (exec-cell)';
$string['privacy:metadata:binder'] = 'Zellen von [mybinder]-Blöcken senden den Code der Leser/innen an den von der Website oder vom Block festgelegten BinderHub (standardmäßig mybinder.org), der ihn auf einem von ihm gestarteten Jupyter-Server baut und ausführt.';
$string['privacy:metadata:binder:code'] = 'Der Code, den Leser/innen ausführen, und die dabei erzeugten Ausgaben.';
$string['privacy:metadata:jobe'] = 'Zellen aus [jobe]-Blöcken senden den Code der Leser/innen an den Jobe-Server, den die Website festlegt. Die Website sendet ihn, nicht der Browser der Leser/innen; Jobe sieht also die Adresse der Website, nie die der Leser/innen.';
$string['privacy:metadata:jobe:code'] = 'Der Code, den Leser/innen ausführen, seine Sprache und seine Eingabe; der Server sendet zurück, was er ausgegeben hat.';
$string['privacy:metadata:jupyter'] = 'Zellen von [jupyter]-Blöcken senden den Code der Leser/innen an den von der Website festgelegten Jupyter-Server.';
$string['privacy:metadata:jupyter:code'] = 'Der Code, den Leser/innen ausführen, und die dabei erzeugten Ausgaben.';
$string['privacy:metadata:jupyterhub'] = 'Ist ein JupyterHub konfiguriert, lässt diese Website den Hub für jede/n Leser/in ein Hub-Nutzerkonto anlegen, dessen Server starten und ein Token dafür ausstellen; der Code der Leser/innen läuft dann auf diesem Server.';
$string['privacy:metadata:jupyterhub:code'] = 'Der Code, den Leser/innen ausführen, und die dabei erzeugten Ausgaben.';
$string['privacy:metadata:jupyterhub:hubuser'] = 'Der Hub-Nutzername, der aus dem Moodle-Konto der Leser/innen gebildet wird (nach der Vorlage für den Hub-Nutzernamen: Nutzer-ID, Anmeldename oder ID-Nummer).';
$string['privacy:metadata:pyodidecdn'] = 'Werden Pakete aus der öffentlichen Pyodide-Distribution geladen, laden die Browser der Leser/innen die Pakete, die ihr [python]-Code importiert (numpy, matplotlib…), von cdn.jsdelivr.net herunter. Der Code selbst bleibt im Browser.';
$string['privacy:metadata:pyodidecdn:ipaddress'] = 'Die IP-Adresse der Leser/innen, wie bei jedem Download.';
$string['privacy:metadata:pyodidecdn:packages'] = 'Die Namen der Pakete, die der Code der Leser/innen importiert.';
$string['privacy:metadata:sagecell'] = 'Zellen von [sage]-Blöcken senden den Code der Leser/innen an den von der Website oder vom Block festgelegten SageCell-Server (standardmäßig sagecell.sagemath.org).';
$string['privacy:metadata:sagecell:code'] = 'Der Code, den Leser/innen ausführen, und die dabei erzeugten Ausgaben.';
$string['pyodidepackages'] = 'Python-Pakete';
$string['pyodidepackages_desc'] = 'Woher <code>[python]</code>-Zellen Pakete wie numpy und matplotlib laden, wenn der Code sie importiert. <b>Kopie dieses Plugins</b>: der Ordner <code>filter/execcell/pyodide-packages/</code> (oder die unten angegebene Pyodide-Adresse, falls gesetzt), befüllt mit <code>npx exec-cell pyodide-pack numpy matplotlib --from https://cdn.jsdelivr.net/pyodide/vVERSION/full/ --out filter/execcell/pyodide-packages</code>. <b>Öffentliche Pyodide-Distribution</b>: cdn.jsdelivr.net, das dann die IP-Adressen der Leser/innen und die von ihnen importierten Pakete sieht (in den Datenschutzinformationen angegeben). <b>Keine</b>: nur die Standardbibliothek von Python, es werden keine Pakete geladen.';
$string['pyodidepackages_none'] = 'Keine (nur Standardbibliothek)';
$string['pyodidepackages_plugin'] = 'Kopie dieses Plugins';
$string['pyodidepackages_public'] = 'Öffentliche Pyodide-Distribution (cdn.jsdelivr.net)';
$string['pyodideurl'] = 'Pyodide-Adresse';
$string['pyodideurl_desc'] = 'Woher <code>[python]</code>-Zellen Pyodide (Python im Browser) laden. Leer: die Kopie in diesem Plugin (<code>filter/execcell/dist/</code>), sodass nichts von einer anderen Website geladen wird. Setzen Sie die Adresse, wenn das Plugin ohne Pyodide installiert wurde (siehe README des Plugins), z. B. auf einen Ordner auf Ihrem eigenen Webserver.';
$string['sagecellurl'] = 'SageCell-Server-Adresse';
$string['sagecellurl_desc'] = 'Der SageCell-Server, der <code>[sage]</code>-Blöcke ausführt (ein Block kann mit <code>server</code> einen anderen angeben). Der Code der Leser/innen wird dorthin gesendet.';
