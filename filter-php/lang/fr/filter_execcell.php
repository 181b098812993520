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
 * French strings for filter_execcell.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['allowautorun'] = 'Autoriser l’exécution automatique';
$string['allowautorun_desc'] = 'Les auteurs peuvent marquer une cellule <code>autorun</code> pour qu’elle s’exécute à l’ouverture de la page. Si ce réglage est désactivé, l’option est ignorée et la cellule affiche une remarque.';
$string['allowtrustoutputs'] = 'Autoriser les sorties de confiance';
$string['allowtrustoutputs_desc'] = 'Les auteurs peuvent marquer une cellule <code>trust-outputs</code>, ce qui permet aux sorties HTML d’exécuter des scripts (dans un cadre isolé en bac à sable). Si ce réglage est désactivé, l’option est ignorée et la cellule affiche une remarque.';
$string['binderurl'] = 'Adresse du BinderHub';
$string['binderurl_desc'] = 'Le BinderHub qui construit les dépôts des blocs <code>[mybinder]</code> (un bloc peut en indiquer un autre avec <code>binder-url</code>). Le code des lecteurs y est envoyé.';
$string['eventhubtokenfailed'] = 'Échec de la demande de jeton JupyterHub';
$string['execcell:runjobe'] = 'Exécuter du code dans les cellules [jobe] sur le serveur Jobe du site';
$string['execcell:runjupyter'] = 'Exécuter les cellules [jupyter] sur son propre serveur JupyterHub';
$string['filtername'] = 'Cellules de code exécutables (exec-cell)';
$string['hubheading'] = 'JupyterHub : chaque lecteur sur son propre serveur';
$string['hubheading_desc'] = 'Lorsqu’un hub est configuré, les blocs <code>[jupyter]</code> s’exécutent sur le serveur JupyterHub personnel du lecteur : la page demande à <code>filter/execcell/token.php</code> un jeton de courte durée qui ne donne accès qu’à ce serveur. Aucun jeton n’est écrit dans une page. Le hub nécessite un service disposant des portées (scopes) <code>admin:users</code>, <code>servers</code> et <code>tokens</code> (voir le README du plugin).';
$string['hubratelimit'] = 'Demandes de jeton par minute';
$string['hubratelimit_desc'] = 'Nombre de jetons qu’un utilisateur peut demander par minute ; au-delà, les demandes sont refusées avec un message l’invitant à patienter.';
$string['hubservicetoken'] = 'Jeton du service JupyterHub';
$string['hubservicetoken_desc'] = 'Le jeton d’API du service du hub utilisé par ce site (portées <code>admin:users</code>, <code>servers</code>, <code>tokens</code>). Il reste sur ce serveur : il n’est jamais écrit dans une page ni envoyé à un navigateur.';
$string['hubtokenlifetime'] = 'Durée de validité du jeton';
$string['hubtokenlifetime_desc'] = 'Durée pendant laquelle le jeton d’un lecteur reste valide (d’une minute à un jour). Les pages le renouvellent avant son expiration.';
$string['huburl'] = 'Adresse du JupyterHub';
$string['huburl_desc'] = 'L’adresse publique du hub, par exemple <code>https://hub.example.org/</code>. Les navigateurs des lecteurs atteignent leurs serveurs sous cette adresse (<code>/user/NAME/</code>) ; les serveurs mono-utilisateur du hub doivent donc autoriser l’origine de ce site (<code>--ServerApp.allow_origin</code>). Vide : les blocs <code>[jupyter]</code> utilisent le serveur Jupyter ci-dessous.';
$string['hubusertemplate'] = 'Nom d’utilisateur sur le hub';
$string['hubusertemplate_desc'] = 'L’utilisateur du hub sous lequel s’exécute le code d’un utilisateur Moodle : <code>{userid}</code>, <code>{username}</code> et <code>{idnumber}</code> sont remplacés, puis le nom est rendu sûr pour le hub (minuscules ; lettres, chiffres et <code>- . _ @</code>).';
$string['jobeapikey'] = 'Clé API Jobe';
$string['jobeapikey_desc'] = 'Envoyée au serveur Jobe comme X-API-KEY à chaque exécution, depuis ce serveur uniquement : elle n’apparaît jamais dans une page. Laissez ce champ vide si le serveur Jobe n’attend pas de clé (Jobe 2.2 standard ne vérifie pas les clés ; placez-le derrière un pare-feu qui ne laisse entrer que ce serveur Moodle).';
$string['jobemaxinput'] = 'Jobe : entrée standard maximale';
$string['jobemaxinput_desc'] = 'Nombre de caractères d’entrée standard (la zone stdin de la cellule) qu’une exécution peut envoyer. Une entrée plus longue est refusée avant d’atteindre Jobe.';
$string['jobemaxsource'] = 'Jobe : taille maximale du programme';
$string['jobemaxsource_desc'] = 'Nombre de caractères de code qu’une exécution peut envoyer. Les programmes plus longs sont refusés avant d’atteindre Jobe.';
$string['jobeperminute'] = 'Jobe : exécutions par utilisateur et par minute';
$string['jobeperminute_desc'] = 'Nombre d’exécutions qu’un utilisateur peut lancer par minute (0 : aucune limite). Les exécutions supplémentaires sont refusées avec un message l’invitant à patienter.';
$string['jobeurl'] = 'Adresse du serveur Jobe';
$string['jobeurl_desc'] = 'La racine REST du serveur Jobe qui exécute les blocs <code>[jobe]</code>, par exemple <code>https://jobe.example.edu/jobe/index.php/restapi/</code> (le serveur Jobe de CodeRunner convient). Les exécutions passent de ce serveur Moodle à Jobe via <code>filter/execcell/jobe.php</code>, pour les utilisateurs connectés disposant de la capacité filter/execcell:runjobe : l’adresse n’est jamais écrite dans une page. Vide : les cellules [jobe] indiquent qu’aucun serveur Jobe n’est configuré.';
$string['jupytertoken'] = 'Jeton du serveur Jupyter';
$string['jupytertoken_desc'] = 'Le jeton du serveur Jupyter ci-dessus. <strong>Avertissement :</strong> il est écrit dans chaque page contenant une cellule ; tout lecteur peut donc le voir et s’en servir pour utiliser le serveur. Utilisez un serveur destiné aux lecteurs (par exemple un serveur qui exécute chaque noyau dans un bac à sable), jamais un serveur contenant des données privées.';
$string['jupytertoken_warning'] = '<strong>Le jeton du serveur Jupyter ci-dessus est écrit dans chaque page contenant une cellule [jupyter].</strong> Tout lecteur peut le lire dans le code source de la page et s’en servir pour utiliser l’ensemble du serveur : lire les fichiers des autres lecteurs, exécuter n’importe quoi. Configurez un JupyterHub ci-dessous (chaque lecteur sur son propre serveur, avec un jeton de courte durée), puis videz ce réglage.';
$string['jupyterurl'] = 'Adresse du serveur Jupyter';
$string['jupyterurl_desc'] = 'Le serveur Jupyter (ou serveur utilisateur JupyterHub) qui exécute les blocs <code>[jupyter]</code>. <strong>Avertissement :</strong> cette adresse, ainsi que tout jeton qu’elle contient, est écrite dans chaque page contenant une cellule : tout lecteur peut la voir. Le code des lecteurs y est envoyé.';
$string['pluginname'] = 'Cellules de code exécutables (exec-cell)';
$string['privacy:metadata:binder'] = 'Les cellules des blocs [mybinder] envoient le code du lecteur au BinderHub défini par le site ou par le bloc (mybinder.org par défaut), qui le construit et l’exécute sur un serveur Jupyter qu’il démarre.';
$string['privacy:metadata:binder:code'] = 'Le code que le lecteur exécute et les sorties qu’il produit.';
$string['privacy:metadata:jobe'] = 'Les cellules des blocs [jobe] envoient le code du lecteur au serveur Jobe défini par le site. C’est le site qui l’envoie, et non le navigateur du lecteur. Jobe voit donc l’adresse du site, jamais celle du lecteur.';
$string['privacy:metadata:jobe:code'] = 'Le code que le lecteur exécute, son langage et son entrée. Le serveur renvoie ce qu’il a affiché.';
$string['privacy:metadata:jupyter'] = 'Les cellules des blocs [jupyter] envoient le code du lecteur au serveur Jupyter défini par le site.';
$string['privacy:metadata:jupyter:code'] = 'Le code que le lecteur exécute et les sorties qu’il produit.';
$string['privacy:metadata:jupyterhub'] = 'Lorsqu’un JupyterHub est configuré, ce site demande au hub de créer un utilisateur du hub pour le lecteur, de démarrer son serveur et de fournir un jeton pour celui-ci ; le code du lecteur s’exécute ensuite sur ce serveur.';
$string['privacy:metadata:jupyterhub:code'] = 'Le code que le lecteur exécute et les sorties qu’il produit.';
$string['privacy:metadata:jupyterhub:hubuser'] = 'Le nom d’utilisateur sur le hub, construit à partir du compte Moodle du lecteur (selon le modèle de nom d’utilisateur : identifiant, nom d’utilisateur ou numéro d’identification).';
$string['privacy:metadata:pyodidecdn'] = 'Lorsque les paquets sont chargés depuis la distribution publique de Pyodide, les navigateurs des lecteurs téléchargent depuis cdn.jsdelivr.net les paquets que leur code [python] importe (numpy, matplotlib…). Le code lui-même reste dans le navigateur.';
$string['privacy:metadata:pyodidecdn:ipaddress'] = 'L’adresse IP du lecteur, comme pour tout téléchargement.';
$string['privacy:metadata:pyodidecdn:packages'] = 'Les noms des paquets que le code du lecteur importe.';
$string['privacy:metadata:sagecell'] = 'Les cellules des blocs [sage] envoient le code du lecteur au serveur SageCell défini par le site ou par le bloc (sagecell.sagemath.org par défaut).';
$string['privacy:metadata:sagecell:code'] = 'Le code que le lecteur exécute et les sorties qu’il produit.';
$string['pyodidepackages'] = 'Paquets Python';
$string['pyodidepackages_desc'] = 'D’où les cellules <code>[python]</code> chargent des paquets tels que numpy et matplotlib lorsque le code les importe. <b>Copie de ce plugin</b> : le dossier <code>filter/execcell/pyodide-packages/</code> (ou l’adresse Pyodide ci-dessous, si elle est définie), rempli avec <code>npx exec-cell pyodide-pack numpy matplotlib --from https://cdn.jsdelivr.net/pyodide/vVERSION/full/ --out filter/execcell/pyodide-packages</code>. <b>Distribution publique de Pyodide</b> : cdn.jsdelivr.net, qui voit alors les adresses IP des lecteurs et les paquets qu’ils importent (ce qui est déclaré dans les informations de confidentialité). <b>Aucun</b> : uniquement la bibliothèque standard de Python, aucun paquet n’est chargé.';
$string['pyodidepackages_none'] = 'Aucun (bibliothèque standard uniquement)';
$string['pyodidepackages_plugin'] = 'Copie de ce plugin';
$string['pyodidepackages_public'] = 'Distribution publique de Pyodide (cdn.jsdelivr.net)';
$string['pyodideurl'] = 'Adresse de Pyodide';
$string['pyodideurl_desc'] = 'D’où les cellules <code>[python]</code> chargent Pyodide (Python dans le navigateur). Vide : la copie incluse dans ce plugin (<code>filter/execcell/dist/</code>), de sorte que rien n’est chargé depuis un autre site. Définissez cette adresse lorsque le plugin a été installé sans Pyodide (voir le README du plugin), par exemple vers un dossier de votre propre serveur web.';
$string['sagecellurl'] = 'Adresse du serveur SageCell';
$string['sagecellurl_desc'] = 'Le serveur SageCell qui exécute les blocs <code>[sage]</code> (un bloc peut en indiquer un autre avec <code>server</code>). Le code des lecteurs y est envoyé.';
