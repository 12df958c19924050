/**
 * Starting the packaged service (or one of its commands) as a child process: the one launcher the benchmark and the
 * system tests share. It knows processes, ports, folders and /health; nothing about what the service does.
 */
package kmsecrets.bootstrap.launch;
