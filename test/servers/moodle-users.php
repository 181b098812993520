<?php
// SPDX-License-Identifier: BSD-3-Clause
// What the Moodle harness (../shared/moodle/lib/harness.php) does not do for the browser tests:
// a student account that signs in through the real login form, enrolled in the harness course;
// with `nojupyter`, a student whose second role in the course prohibits the capability
// filter/execcell:runjupyter (as a site that keeps the hub from some students would set it).
//
//   MOODLE_WWW=/var/lib/execcell-moodle/www php moodle-users.php student USERNAME PASSWORD
//   MOODLE_WWW=/var/lib/execcell-moodle/www php moodle-users.php nojupyter USERNAME PASSWORD
//
// Idempotent: an existing user gets the password again and stays enrolled. Prints the user id.

define('CLI_SCRIPT', true);

$www = getenv('MOODLE_WWW');
if (!$www || !is_file("$www/config.php")) {
    fwrite(STDERR, "moodle-users.php: MOODLE_WWW must point at an installed Moodle tree\n");
    exit(2);
}
// Anything Moodle prints while booting must not reach stdout (the caller reads the id).
ob_start();
require("$www/config.php");
require_once($CFG->dirroot . '/user/lib.php');
require_once($CFG->libdir . '/enrollib.php');
fwrite(STDERR, ob_get_clean());

[, $cmd, $username, $password] = array_pad($_SERVER['argv'], 4, '');
if (!in_array($cmd, ['student', 'nojupyter'], true) || !preg_match('/^[a-z][a-z0-9_]*$/', $username) || $password === '') {
    fwrite(STDERR, "usage: moodle-users.php student|nojupyter USERNAME PASSWORD\n");
    exit(2);
}
\core\session\manager::set_user(get_admin());

$user = $DB->get_record('user', ['username' => $username, 'mnethostid' => $CFG->mnet_localhost_id]);
if (!$user) {
    $id = user_create_user((object) [
        'username' => $username,
        'password' => $password,
        'firstname' => ucfirst($username),
        'lastname' => 'Student',
        'email' => "$username@example.invalid",
        'auth' => 'manual',
        'confirmed' => 1,
        'mnethostid' => $CFG->mnet_localhost_id,
    ], true, false);
    $user = $DB->get_record('user', ['id' => $id], '*', MUST_EXIST);
} else {
    update_internal_user_password($user, $password);
}

$course = $DB->get_record('course', ['shortname' => 'execcell'], '*', MUST_EXIST);
$manual = enrol_get_plugin('manual');
$instance = $DB->get_record('enrol', ['courseid' => $course->id, 'enrol' => 'manual']);
if (!$instance) {
    $manual->add_instance($course, ['status' => ENROL_INSTANCE_ENABLED]);
    $instance = $DB->get_record('enrol', ['courseid' => $course->id, 'enrol' => 'manual'], '*', MUST_EXIST);
}
$studentrole = $DB->get_field('role', 'id', ['shortname' => 'student'], MUST_EXIST);
$manual->enrol_user($instance, $user->id, $studentrole);

if ($cmd === 'nojupyter') {
    $roleid = $DB->get_field('role', 'id', ['shortname' => 'execcellnojupyter']);
    if (!$roleid) {
        $roleid = create_role('No Jupyter hub', 'execcellnojupyter', 'exec-cell browser tests: may not run [jupyter] cells');
        set_role_contextlevels($roleid, [CONTEXT_COURSE]);
    }
    assign_capability('filter/execcell:runjupyter', CAP_PROHIBIT, $roleid, context_system::instance()->id, true);
    role_assign($roleid, $user->id, context_course::instance($course->id)->id);
}
echo $user->id, "\n";
