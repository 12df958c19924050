/**
 * Driven adapter: the logins of registered Linux hosts (ECS secrets), changed over SSH with Apache MINA SSHD as the
 * host's administrator. Passwords and keys travel on the command's standard input, never on its command line.
 */
package kmsecrets.adapter.ssh;
