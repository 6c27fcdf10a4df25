package se.valedger.app.imports.en13508;

import se.valedger.pipe.NetworkKind;

/**
 * How to import a CCTV file.
 *
 * @param registerPipes           register pipes named in the headers that are not registered yet
 * @param networkKind             the network of pipes registered from the file (EN 13508-2 headers rarely say)
 * @param defaultInstallationYear the installation year of registered pipes whose header has no {@code ACN}
 * @param idPrefix                put before the file's pipe reference ({@code AAA}) to make the register's id
 */
public record En13508Options(boolean registerPipes, NetworkKind networkKind, Integer defaultInstallationYear, String idPrefix) {
}
