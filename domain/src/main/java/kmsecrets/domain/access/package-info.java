/** Who is calling (account, principal, access key) and the ARNs that name what they act on. */
package kmsecrets.domain.access;
