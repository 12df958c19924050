/** Who is calling (principal, access key, account) and the ARNs that name what they act on. */
package kmsecrets.domain.access;
