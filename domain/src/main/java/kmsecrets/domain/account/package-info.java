/** The account that owns every resource, and the region a deployment serves. */
package kmsecrets.domain.account;
