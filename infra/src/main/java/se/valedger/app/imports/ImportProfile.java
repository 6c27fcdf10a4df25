package se.valedger.app.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import se.valedger.kernel.InvalidInput;
import se.valedger.pipe.Material;
import se.valedger.pipe.NetworkKind;

/**
 * A saved, named mapping of a foreign pipes file to the register's columns (issue 18): which header holds which
 * of our columns ({@code columns}: our column -> their header), what their material codes mean
 * ({@code materialCodes}), an {@code idPrefix}, a {@code networkKind} for files without one, a
 * {@code defaultInstallationYear}, and {@code defaultMaterial}: {@code UNKNOWN_WITH_WARNING} is the explicit choice
 * to import a row whose material is missing or in no table as UNKNOWN (marked assumed) with a warning; without it
 * such a row is refused. {@code diameterUnit} ({@code mm}, default, or {@code inch}: x 25.4) and {@code lengthUnit}
 * ({@code m}, default, or {@code ft}: x 0.3048, the international inch and foot, as the EPANET import converts)
 * say what the file's numbers are in; the report states the conversion. Used by {@code ?profile=NAME} on pipes-csv.
 */
public record ImportProfile(String name, Map<String, String> columns, Map<String, String> materialCodes,
                            String idPrefix, String networkKind, Integer defaultInstallationYear,
                            String defaultMaterial, String diameterUnit, String lengthUnit) {

    /** The only value {@code defaultMaterial} takes: the importer chose UNKNOWN-with-a-warning knowingly. */
    public static final String UNKNOWN_WITH_WARNING = "UNKNOWN_WITH_WARNING";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");

    public ImportProfile {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        materialCodes = materialCodes == null ? Map.of() : Map.copyOf(materialCodes);
        idPrefix = idPrefix == null ? "" : idPrefix;
        diameterUnit = diameterUnit == null ? "mm" : diameterUnit;
        lengthUnit = lengthUnit == null ? "m" : lengthUnit;
    }

    /** Millimetres per unit of the file's diameters. */
    double millimetresPerDiameterUnit() {
        return diameterUnit.equals("inch") ? 25.4 : 1;
    }

    /** Metres per unit of the file's lengths. */
    double metresPerLengthUnit() {
        return lengthUnit.equals("ft") ? 0.3048 : 1;
    }

    /**
     * Checks every field and refuses the first bad one naming it ({@code columns.diametre}, say): an unknown target
     * column, a header given twice, a material code meaning no material, a network kind or year out of range.
     */
    public ImportProfile checked(int thisYear) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInput("name", "a profile name is 1 to 60 letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit");
        }
        if (columns.isEmpty()) {
            throw new InvalidInput("columns", "a profile maps at least one column (our column -> the file's header)");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (var column : columns.entrySet()) {
            if (!PipesCsvFile.COLUMNS.containsKey(column.getKey())) {
                throw new InvalidInput("columns." + column.getKey(), "unknown target column '" + column.getKey()
                        + "'; the register's columns are " + List.copyOf(PipesCsvFile.COLUMNS.keySet()));
            }
            String header = column.getValue();
            if (header == null || Vocabulary.key(header).isEmpty()) {
                throw new InvalidInput("columns." + column.getKey(), "names no header of the file");
            }
            String earlier = headers.put(Vocabulary.key(header), column.getKey());
            if (earlier != null) {
                throw new InvalidInput("columns." + column.getKey(), "header '" + header + "' is already mapped to "
                        + earlier);
            }
        }
        for (var code : materialCodes.entrySet()) {
            if (code.getKey() == null || code.getKey().isBlank() || code.getValue() == null
                    || Vocabulary.material(code.getValue()) == null) {
                throw new InvalidInput("materialCodes." + code.getKey(), "'" + code.getValue()
                        + "' is no material; use one of " + List.of(Material.values()));
            }
        }
        if (idPrefix.length() > 20 || idPrefix.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("idPrefix", "at most 20 printable characters");
        }
        if (networkKind != null && Vocabulary.networkKind(networkKind) == null) {
            throw new InvalidInput("networkKind", "'" + networkKind + "' is not a network kind; use one of "
                    + List.of(NetworkKind.values()));
        }
        if (defaultInstallationYear != null && (defaultInstallationYear < 1800 || defaultInstallationYear > thisYear)) {
            throw new InvalidInput("defaultInstallationYear", "a year from 1800 to this year, was "
                    + defaultInstallationYear);
        }
        if (!diameterUnit.equals("mm") && !diameterUnit.equals("inch")) {
            throw new InvalidInput("diameterUnit", "'" + diameterUnit + "' is not a diameter unit; use mm or inch");
        }
        if (!lengthUnit.equals("m") && !lengthUnit.equals("ft")) {
            throw new InvalidInput("lengthUnit", "'" + lengthUnit + "' is not a length unit; use m or ft");
        }
        if (defaultMaterial != null && !UNKNOWN_WITH_WARNING.equals(defaultMaterial)) {
            throw new InvalidInput("defaultMaterial", "the only default material is " + UNKNOWN_WITH_WARNING
                    + " (import as UNKNOWN with a warning); leave it out to refuse rows without a known material");
        }
        return this;
    }

    /** The material a file's code means by this profile's table (matched as headers are), else null. */
    Material material(String code) {
        for (var entry : materialCodes.entrySet()) {
            if (Vocabulary.key(entry.getKey()).equals(Vocabulary.key(code))) {
                return Vocabulary.material(entry.getValue());
            }
        }
        return null;
    }

    boolean unknownMaterialAllowed() {
        return UNKNOWN_WITH_WARNING.equals(defaultMaterial);
    }
}
