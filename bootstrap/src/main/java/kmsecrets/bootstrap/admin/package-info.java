/**
 * The administration commands (users, access keys, policies): they open the same database and master key as the
 * service and call the administration use cases; nothing here talks to a running node.
 */
package kmsecrets.bootstrap.admin;
