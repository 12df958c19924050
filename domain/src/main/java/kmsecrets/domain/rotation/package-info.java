/** When a managed secret rotates: the interval grammar and the rotation policy with its dates. */
package kmsecrets.domain.rotation;
