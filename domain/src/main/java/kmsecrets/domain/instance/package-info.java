/** Database instances registered as the targets of managed secrets. */
package kmsecrets.domain.instance;
