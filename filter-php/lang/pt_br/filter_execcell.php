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
 * Brazilian Portuguese strings for filter_execcell.
 *
 * @package    filter_execcell
 * @copyright  2025 exec-cell contributors
 * @license    https://www.gnu.org/copyleft/gpl.html GNU GPL v3 or later
 */

defined('MOODLE_INTERNAL') || die();

$string['allowautorun'] = 'Permitir execução automática';
$string['allowautorun_desc'] = 'Os autores podem marcar uma célula com <code>autorun</code> para que ela seja executada quando a página for aberta. Se desativado, a opção é ignorada e a célula exibe um aviso.';
$string['allowtrustoutputs'] = 'Permitir saídas confiáveis';
$string['allowtrustoutputs_desc'] = 'Os autores podem marcar uma célula com <code>trust-outputs</code>, o que permite que saídas HTML executem scripts (em um frame isolado em sandbox). Se desativado, a opção é ignorada e a célula exibe um aviso.';
$string['binderurl'] = 'Endereço do BinderHub';
$string['binderurl_desc'] = 'O BinderHub que constrói os repositórios dos blocos <code>[mybinder]</code> (um bloco pode indicar outro com <code>binder-url</code>). O código dos leitores é enviado para ele.';
$string['eventhubtokenfailed'] = 'Falha na solicitação de token ao JupyterHub';
$string['execcell:runjobe'] = 'Executar código em células [jobe] no servidor Jobe do site';
$string['execcell:runjupyter'] = 'Executar células [jupyter] no próprio servidor JupyterHub';
$string['filtername'] = 'Células de código executáveis (exec-cell)';
$string['hubheading'] = 'JupyterHub: cada leitor em seu próprio servidor';
$string['hubheading_desc'] = 'Com um hub configurado, os blocos <code>[jupyter]</code> são executados no servidor JupyterHub próprio de cada leitor: a página solicita a <code>filter/execcell/token.php</code> um token de curta duração que dá acesso somente a esse servidor. Nenhum token é gravado em página alguma. O hub precisa de um serviço com os escopos <code>admin:users</code>, <code>servers</code> e <code>tokens</code> (consulte o README do plugin).';
$string['hubratelimit'] = 'Solicitações de token por minuto';
$string['hubratelimit_desc'] = 'Quantos tokens um usuário pode solicitar por minuto; solicitações adicionais são recusadas com uma mensagem pedindo para aguardar.';
$string['hubservicetoken'] = 'Token do serviço JupyterHub';
$string['hubservicetoken_desc'] = 'O token de API do serviço do hub usado por este site (escopos <code>admin:users</code>, <code>servers</code>, <code>tokens</code>). Ele permanece neste servidor: nunca é gravado em uma página nem enviado a um navegador.';
$string['hubtokenlifetime'] = 'Validade do token';
$string['hubtokenlifetime_desc'] = 'Por quanto tempo o token de um leitor é válido (de um minuto a um dia). As páginas o renovam antes que expire.';
$string['huburl'] = 'Endereço do JupyterHub';
$string['huburl_desc'] = 'O endereço público do hub, como <code>https://hub.example.org/</code>. Os navegadores dos leitores acessam seus servidores sob esse endereço (<code>/user/NAME/</code>), portanto os servidores de usuário único do hub devem permitir a origem deste site (<code>--ServerApp.allow_origin</code>). Vazio: os blocos <code>[jupyter]</code> usam o servidor Jupyter abaixo.';
$string['hubusertemplate'] = 'Nome de usuário no hub';
$string['hubusertemplate_desc'] = 'O usuário do hub com o qual o código de um usuário do Moodle é executado: <code>{userid}</code>, <code>{username}</code> e <code>{idnumber}</code> são preenchidos e, em seguida, o nome é adaptado para ser seguro no hub (minúsculas; letras, dígitos e <code>- . _ @</code>).';
$string['jobeapikey'] = 'Chave de API do Jobe';
$string['jobeapikey_desc'] = 'Enviada ao servidor Jobe como X-API-KEY em cada execução, somente a partir deste servidor: nunca aparece em uma página. Deixe em branco quando o servidor Jobe não usar chave (o Jobe 2.2 padrão não verifica chaves; mantenha-o atrás de um firewall que só permita a entrada deste servidor Moodle).';
$string['jobemaxinput'] = 'Jobe: entrada padrão máxima';
$string['jobemaxinput_desc'] = 'Quantidade de caracteres de entrada padrão (a caixa stdin da célula) que uma execução pode enviar. Entradas maiores são recusadas antes de chegar ao Jobe.';
$string['jobemaxsource'] = 'Jobe: tamanho máximo do programa';
$string['jobemaxsource_desc'] = 'Quantidade de caracteres de código que uma execução pode enviar. Programas maiores são recusados antes de chegar ao Jobe.';
$string['jobeperminute'] = 'Jobe: execuções por usuário por minuto';
$string['jobeperminute_desc'] = 'Quantas execuções um usuário pode iniciar por minuto (0: sem limite). Execuções adicionais são recusadas com uma mensagem pedindo para aguardar.';
$string['jobeurl'] = 'Endereço do servidor Jobe';
$string['jobeurl_desc'] = 'A raiz REST do servidor Jobe que executa os blocos <code>[jobe]</code>, por exemplo <code>https://jobe.example.edu/jobe/index.php/restapi/</code> (o servidor Jobe do CodeRunner funciona). As execuções vão deste servidor Moodle ao Jobe por meio de <code>filter/execcell/jobe.php</code>, para usuários autenticados com a capacidade filter/execcell:runjobe: o endereço nunca é gravado em uma página. Vazio: as células [jobe] informam que nenhum servidor Jobe está configurado.';
$string['jupytertoken'] = 'Token do servidor Jupyter';
$string['jupytertoken_desc'] = 'O token do servidor Jupyter acima. <strong>Aviso:</strong> ele é gravado em todas as páginas com uma célula, portanto qualquer leitor pode vê-lo e usar o servidor com ele. Use um servidor destinado aos leitores (por exemplo, um que execute cada kernel em um sandbox), nunca um com dados privados.';
$string['jupytertoken_warning'] = '<strong>O token do servidor Jupyter acima é gravado em todas as páginas com uma célula [jupyter].</strong> Qualquer leitor pode lê-lo no código-fonte da página e usar com ele o servidor inteiro: ler arquivos de outros leitores, executar qualquer coisa. Configure um JupyterHub abaixo (cada leitor em seu próprio servidor, com um token de curta duração) e, em seguida, esvazie esta configuração.';
$string['jupyterurl'] = 'Endereço do servidor Jupyter';
$string['jupyterurl_desc'] = 'O servidor Jupyter (ou servidor de usuário do JupyterHub) que executa os blocos <code>[jupyter]</code>. <strong>Aviso:</strong> este endereço, e qualquer token nele contido, é gravado em todas as páginas com uma célula: qualquer leitor pode vê-lo. O código dos leitores é enviado para ele.';
$string['pluginname'] = 'Células de código executáveis (exec-cell)';
$string['privacy:metadata:binder'] = 'As células dos blocos [mybinder] enviam o código do leitor ao BinderHub definido pelo site ou pelo bloco (mybinder.org por padrão), que o constrói e o executa em um servidor Jupyter iniciado por ele.';
$string['privacy:metadata:binder:code'] = 'O código que o leitor executa e as saídas que ele produz.';
$string['privacy:metadata:jobe'] = 'As células dos blocos [jobe] enviam o código do leitor ao servidor Jobe definido pelo site. Quem envia é o site, não o navegador do leitor, então o Jobe vê o endereço do site, nunca o do leitor.';
$string['privacy:metadata:jobe:code'] = 'O código que o leitor executa, sua linguagem e sua entrada; o servidor devolve o que foi impresso.';
$string['privacy:metadata:jupyter'] = 'As células dos blocos [jupyter] enviam o código do leitor ao servidor Jupyter definido pelo site.';
$string['privacy:metadata:jupyter:code'] = 'O código que o leitor executa e as saídas que ele produz.';
$string['privacy:metadata:jupyterhub'] = 'Com um JupyterHub configurado, este site pede ao hub que crie um usuário do hub para o leitor, inicie o servidor dele e forneça um token para esse servidor; o código do leitor é então executado nesse servidor.';
$string['privacy:metadata:jupyterhub:code'] = 'O código que o leitor executa e as saídas que ele produz.';
$string['privacy:metadata:jupyterhub:hubuser'] = 'O nome de usuário no hub gerado a partir da conta Moodle do leitor (conforme o modelo de nome de usuário: ID do usuário, nome de usuário ou número de identificação).';
$string['privacy:metadata:pyodidecdn'] = 'Com pacotes carregados da distribuição pública do Pyodide, os navegadores dos leitores baixam de cdn.jsdelivr.net os pacotes que o código [python] deles importa (numpy, matplotlib…). O código em si permanece no navegador.';
$string['privacy:metadata:pyodidecdn:ipaddress'] = 'O endereço IP do leitor, como em qualquer download.';
$string['privacy:metadata:pyodidecdn:packages'] = 'Os nomes dos pacotes que o código do leitor importa.';
$string['privacy:metadata:sagecell'] = 'As células dos blocos [sage] enviam o código do leitor ao servidor SageCell definido pelo site ou pelo bloco (sagecell.sagemath.org por padrão).';
$string['privacy:metadata:sagecell:code'] = 'O código que o leitor executa e as saídas que ele produz.';
$string['pyodidepackages'] = 'Pacotes Python';
$string['pyodidepackages_desc'] = 'De onde as células <code>[python]</code> carregam pacotes como numpy e matplotlib quando o código os importa. <b>Cópia deste plugin</b>: a pasta <code>filter/execcell/pyodide-packages/</code> (ou o endereço do Pyodide abaixo, se definido), preenchida com <code>npx exec-cell pyodide-pack numpy matplotlib --from https://cdn.jsdelivr.net/pyodide/vVERSION/full/ --out filter/execcell/pyodide-packages</code>. <b>Distribuição pública do Pyodide</b>: cdn.jsdelivr.net, que então vê os endereços IP dos leitores e os pacotes que eles importam (declarado nas informações de privacidade). <b>Nenhum</b>: somente a biblioteca padrão do Python; nenhum pacote é carregado.';
$string['pyodidepackages_none'] = 'Nenhum (somente a biblioteca padrão)';
$string['pyodidepackages_plugin'] = 'Cópia deste plugin';
$string['pyodidepackages_public'] = 'Distribuição pública do Pyodide (cdn.jsdelivr.net)';
$string['pyodideurl'] = 'Endereço do Pyodide';
$string['pyodideurl_desc'] = 'De onde as células <code>[python]</code> carregam o Pyodide (Python no navegador). Vazio: a cópia incluída neste plugin (<code>filter/execcell/dist/</code>), de modo que nada é carregado de outro site. Defina este endereço quando o plugin tiver sido instalado sem o Pyodide (consulte o README do plugin), por exemplo, para uma pasta no seu próprio servidor web.';
$string['sagecellurl'] = 'Endereço do servidor SageCell';
$string['sagecellurl_desc'] = 'O servidor SageCell que executa os blocos <code>[sage]</code> (um bloco pode indicar outro com <code>server</code>). O código dos leitores é enviado para ele.';
