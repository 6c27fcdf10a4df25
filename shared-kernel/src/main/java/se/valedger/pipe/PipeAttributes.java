package se.valedger.pipe;

/**
 * Everything the register says about a pipe that can be corrected: the state a correction or an
 * import is compared with. Field names match the API's and {@link #FIELDS}.
 */
public record PipeAttributes(
        NetworkKind networkKind,
        Material material,
        int diameterMm,
        double lengthM,
        int installationYear,
        String district,
        int consequenceClass,
        Geometry geometry,
        String startNode,
        String endNode) {

    public static final java.util.List<String> FIELDS = java.util.List.of("networkKind", "material", "diameterMm",
            "lengthM", "installationYear", "district", "consequenceClass", "geometry", "startNode", "endNode");

    public static PipeAttributes of(PipeRegistered event) {
        return new PipeAttributes(event.networkKind(), event.material(), event.diameterMm(), event.lengthM(),
                event.installationYear(), event.district(), event.consequenceClass(), event.geometry(),
                event.startNode(), event.endNode());
    }

    /** The value of one of {@link #FIELDS}. */
    public Object get(String field) {
        return switch (field) {
            case "networkKind" -> networkKind;
            case "material" -> material;
            case "diameterMm" -> diameterMm;
            case "lengthM" -> lengthM;
            case "installationYear" -> installationYear;
            case "district" -> district;
            case "consequenceClass" -> consequenceClass;
            case "geometry" -> geometry;
            case "startNode" -> startNode;
            case "endNode" -> endNode;
            default -> throw new IllegalArgumentException("no pipe attribute " + field);
        };
    }

    /** The field-by-field differences from this to {@code other}, in {@link #FIELDS} order. */
    public java.util.List<FieldChange> changesTo(PipeAttributes other) {
        java.util.List<FieldChange> changes = new java.util.ArrayList<>();
        for (String field : FIELDS) {
            Object before = get(field);
            Object after = other.get(field);
            if (!java.util.Objects.equals(before, after)) {
                changes.add(new FieldChange(field, before, after));
            }
        }
        return changes;
    }

    public PipeAttributes renewed(Material newMaterial, int year, Integer newDiameterMm) {
        return new PipeAttributes(networkKind, newMaterial, newDiameterMm == null ? diameterMm : newDiameterMm,
                lengthM, year, district, consequenceClass, geometry, startNode, endNode);
    }
}
