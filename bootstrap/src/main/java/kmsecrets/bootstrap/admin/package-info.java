/**
 * The administration commands (users, access keys, policies, database instances, hosts, the audit trail, the master
 * key): each opens the same database and master key as the service and calls one administration use case; nothing
 * here talks to a running node's API, and no rule lives here that a use case should hold.
 */
package kmsecrets.bootstrap.admin;
