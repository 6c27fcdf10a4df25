package se.valedger.app.imports.en13508;

import se.valedger.pipe.NetworkKind;

/**
 * How to import a CCTV file.
 *
 * @param registerPipes           register pipes named in the headers that are not registered yet
 * @param networkKind             the network of registered pipes whose header has no {@code ACK} (use of the
 *                                sewer); null: WASTEWATER, ASSUMED and said so on every such row
 * @param defaultInstallationYear the installation year of registered pipes whose header has no {@code ACN}
 * @param idPrefix                put before the file's pipe reference ({@code AAA}) to make the register's id
 * @param materialCodes           the national table {@code ACD} codes are read with first: {@code SE}, {@code DE}
 *                                or {@code DK} (null: EN 13508-2, then the table of the file's {@code #A2})
 */
public record En13508Options(boolean registerPipes, NetworkKind networkKind, Integer defaultInstallationYear, String idPrefix,
                             String materialCodes) {

    public En13508Options(boolean registerPipes, NetworkKind networkKind, Integer defaultInstallationYear, String idPrefix) {
        this(registerPipes, networkKind, defaultInstallationYear, idPrefix, null);
    }
}
