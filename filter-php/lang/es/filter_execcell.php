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
 * Spanish strings for filter_execcell.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['allowautorun'] = 'Permitir la ejecución automática';
$string['allowautorun_desc'] = 'Los autores pueden marcar una celda con <code>autorun</code> para que se ejecute al abrir la página. Si está desactivado, la opción se ignora y la celda muestra un aviso.';
$string['allowtrustoutputs'] = 'Permitir salidas de confianza';
$string['allowtrustoutputs_desc'] = 'Los autores pueden marcar una celda con <code>trust-outputs</code>, lo que permite que las salidas HTML ejecuten scripts (en un marco aislado en un sandbox). Si está desactivado, la opción se ignora y la celda muestra un aviso.';
$string['binderurl'] = 'Dirección de BinderHub';
$string['binderurl_desc'] = 'El BinderHub que construye los repositorios de los bloques <code>[mybinder]</code> (un bloque puede indicar otro con <code>binder-url</code>). El código de los lectores se envía allí.';
$string['eventhubtokenfailed'] = 'Falló la solicitud de token a JupyterHub';
$string['execcell:runjobe'] = 'Ejecutar código en celdas [jobe] en el servidor Jobe del sitio';
$string['execcell:runjupyter'] = 'Ejecutar celdas [jupyter] en el propio servidor de JupyterHub';
$string['filtername'] = 'Celdas de código ejecutables (exec-cell)';
$string['hubheading'] = 'JupyterHub: cada lector en su propio servidor';
$string['hubheading_desc'] = 'Con un hub configurado, los bloques <code>[jupyter]</code> se ejecutan en el servidor de JupyterHub propio de cada lector: la página solicita a <code>filter/execcell/token.php</code> un token de corta duración que solo da acceso a ese servidor. No se escribe ningún token en ninguna página. El hub necesita un servicio con los ámbitos (scopes) <code>admin:users</code>, <code>servers</code> y <code>tokens</code> (consulte el README del plugin).';
$string['hubratelimit'] = 'Solicitudes de token por minuto';
$string['hubratelimit_desc'] = 'Cuántos tokens puede solicitar un usuario por minuto; las solicitudes adicionales se rechazan con un mensaje que pide esperar.';
$string['hubservicetoken'] = 'Token del servicio de JupyterHub';
$string['hubservicetoken_desc'] = 'El token de API del servicio del hub que utiliza este sitio (ámbitos <code>admin:users</code>, <code>servers</code>, <code>tokens</code>). Permanece en este servidor: nunca se escribe en una página ni se envía a un navegador.';
$string['hubtokenlifetime'] = 'Vigencia del token';
$string['hubtokenlifetime_desc'] = 'Durante cuánto tiempo es válido el token de un lector (de un minuto a un día). Las páginas lo renuevan antes de que caduque.';
$string['huburl'] = 'Dirección de JupyterHub';
$string['huburl_desc'] = 'La dirección pública del hub, por ejemplo <code>https://hub.example.org/</code>. Los navegadores de los lectores acceden a sus servidores bajo esta dirección (<code>/user/NAME/</code>), por lo que los servidores de usuario único del hub deben permitir el origen de este sitio (<code>--ServerApp.allow_origin</code>). Vacío: los bloques <code>[jupyter]</code> usan el servidor Jupyter indicado abajo.';
$string['hubusertemplate'] = 'Nombre de usuario en el hub';
$string['hubusertemplate_desc'] = 'El usuario del hub con el que se ejecuta el código de un usuario de Moodle: se sustituyen <code>{userid}</code>, <code>{username}</code> y <code>{idnumber}</code> y, a continuación, el nombre se adapta para que sea seguro en el hub (minúsculas; letras, dígitos y <code>- . _ @</code>).';
$string['jobeapikey'] = 'Clave API de Jobe';
$string['jobeapikey_desc'] = 'Se envía al servidor Jobe como X-API-KEY en cada ejecución, solo desde este servidor: nunca aparece en una página. Déjela vacía si el servidor Jobe no usa clave (Jobe 2.2 estándar no comprueba claves; manténgalo detrás de un cortafuegos que solo deje entrar a este servidor Moodle).';
$string['jobemaxinput'] = 'Jobe: entrada estándar máxima';
$string['jobemaxinput_desc'] = 'Caracteres de entrada estándar (el cuadro stdin de la celda) que puede enviar una ejecución. Una entrada mayor se rechaza antes de llegar a Jobe.';
$string['jobemaxsource'] = 'Jobe: tamaño máximo del programa';
$string['jobemaxsource_desc'] = 'Caracteres de código que puede enviar una ejecución. Los programas más grandes se rechazan antes de llegar a Jobe.';
$string['jobeperminute'] = 'Jobe: ejecuciones por usuario y minuto';
$string['jobeperminute_desc'] = 'Cuántas ejecuciones puede iniciar un usuario por minuto (0: sin límite). Las ejecuciones adicionales se rechazan con un mensaje que pide esperar.';
$string['jobeurl'] = 'Dirección del servidor Jobe';
$string['jobeurl_desc'] = 'La raíz REST del servidor Jobe que ejecuta los bloques <code>[jobe]</code>, por ejemplo <code>https://jobe.example.edu/jobe/index.php/restapi/</code> (sirve el servidor Jobe de CodeRunner). Las ejecuciones van de este servidor Moodle a Jobe a través de <code>filter/execcell/jobe.php</code>, para usuarios autenticados con la capacidad filter/execcell:runjobe: la dirección nunca se escribe en una página. Vacío: las celdas [jobe] indican que no hay ningún servidor Jobe configurado.';
$string['jupytertoken'] = 'Token del servidor Jupyter';
$string['jupytertoken_desc'] = 'El token del servidor Jupyter indicado arriba. <strong>Advertencia:</strong> se escribe en cada página que contiene una celda, por lo que cualquier lector puede verlo y usar el servidor con él. Use un servidor destinado a los lectores (por ejemplo, uno que ejecute cada kernel en un sandbox), nunca uno con datos privados.';
$string['jupytertoken_warning'] = '<strong>El token del servidor Jupyter indicado arriba se escribe en cada página que contiene una celda [jupyter].</strong> Cualquier lector puede leerlo en el código fuente de la página y usar con él todo el servidor: leer los archivos de otros lectores, ejecutar cualquier cosa. Configure un JupyterHub más abajo (cada lector en su propio servidor, con un token de corta duración) y después vacíe este ajuste.';
$string['jupyterurl'] = 'Dirección del servidor Jupyter';
$string['jupyterurl_desc'] = 'El servidor Jupyter (o servidor de usuario de JupyterHub) que ejecuta los bloques <code>[jupyter]</code>. <strong>Advertencia:</strong> esta dirección, y cualquier token que contenga, se escribe en cada página que contiene una celda: cualquier lector puede verla. El código de los lectores se envía allí.';
$string['pluginname'] = 'Celdas de código ejecutables (exec-cell)';
$string['privacy:metadata:binder'] = 'Las celdas de los bloques [mybinder] envían el código del lector al BinderHub establecido por el sitio o por el bloque (mybinder.org por defecto), que lo construye y lo ejecuta en un servidor Jupyter que él mismo inicia.';
$string['privacy:metadata:binder:code'] = 'El código que ejecuta el lector y las salidas que produce.';
$string['privacy:metadata:jobe'] = 'Las celdas de los bloques [jobe] envían el código del lector al servidor Jobe que fija el sitio. Lo envía el sitio, no el navegador del lector, así que Jobe ve la dirección del sitio, nunca la del lector.';
$string['privacy:metadata:jobe:code'] = 'El código que ejecuta el lector, su lenguaje y su entrada; el servidor devuelve lo que imprimió.';
$string['privacy:metadata:jupyter'] = 'Las celdas de los bloques [jupyter] envían el código del lector al servidor Jupyter establecido por el sitio.';
$string['privacy:metadata:jupyter:code'] = 'El código que ejecuta el lector y las salidas que produce.';
$string['privacy:metadata:jupyterhub'] = 'Con un JupyterHub configurado, este sitio pide al hub que cree un usuario del hub para el lector, inicie su servidor y emita un token para él; después, el código del lector se ejecuta en ese servidor.';
$string['privacy:metadata:jupyterhub:code'] = 'El código que ejecuta el lector y las salidas que produce.';
$string['privacy:metadata:jupyterhub:hubuser'] = 'El nombre de usuario en el hub generado a partir de la cuenta de Moodle del lector (según la plantilla de nombre de usuario: ID de usuario, nombre de usuario o número de ID).';
$string['privacy:metadata:pyodidecdn'] = 'Si los paquetes se cargan desde la distribución pública de Pyodide, los navegadores de los lectores descargan desde cdn.jsdelivr.net los paquetes que importa su código [python] (numpy, matplotlib…). El código en sí permanece en el navegador.';
$string['privacy:metadata:pyodidecdn:ipaddress'] = 'La dirección IP del lector, como en cualquier descarga.';
$string['privacy:metadata:pyodidecdn:packages'] = 'Los nombres de los paquetes que importa el código del lector.';
$string['privacy:metadata:sagecell'] = 'Las celdas de los bloques [sage] envían el código del lector al servidor SageCell establecido por el sitio o por el bloque (sagecell.sagemath.org por defecto).';
$string['privacy:metadata:sagecell:code'] = 'El código que ejecuta el lector y las salidas que produce.';
$string['pyodidepackages'] = 'Paquetes de Python';
$string['pyodidepackages_desc'] = 'Desde dónde cargan las celdas <code>[python]</code> paquetes como numpy y matplotlib cuando el código los importa. <b>Copia de este plugin</b>: la carpeta <code>filter/execcell/pyodide-packages/</code> (o la dirección de Pyodide indicada abajo, si está establecida), rellenada con <code>npx exec-cell pyodide-pack numpy matplotlib --from https://cdn.jsdelivr.net/pyodide/vVERSION/full/ --out filter/execcell/pyodide-packages</code>. <b>Distribución pública de Pyodide</b>: cdn.jsdelivr.net, que entonces ve las direcciones IP de los lectores y los paquetes que importan (declarado en la información de privacidad). <b>Ninguno</b>: solo la biblioteca estándar de Python; no se carga ningún paquete.';
$string['pyodidepackages_none'] = 'Ninguno (solo la biblioteca estándar)';
$string['pyodidepackages_plugin'] = 'Copia de este plugin';
$string['pyodidepackages_public'] = 'Distribución pública de Pyodide (cdn.jsdelivr.net)';
$string['pyodideurl'] = 'Dirección de Pyodide';
$string['pyodideurl_desc'] = 'Desde dónde cargan las celdas <code>[python]</code> Pyodide (Python en el navegador). Vacío: la copia incluida en este plugin (<code>filter/execcell/dist/</code>), de modo que no se carga nada desde otro sitio. Establezca esta dirección cuando el plugin se haya instalado sin Pyodide (consulte el README del plugin), por ejemplo, en una carpeta de su propio servidor web.';
$string['sagecellurl'] = 'Dirección del servidor SageCell';
$string['sagecellurl_desc'] = 'El servidor SageCell que ejecuta los bloques <code>[sage]</code> (un bloque puede indicar otro con <code>server</code>). El código de los lectores se envía allí.';
