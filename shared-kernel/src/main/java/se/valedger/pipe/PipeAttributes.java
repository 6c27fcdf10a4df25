package se.valedger.pipe;

/**
 * Everything the register says about a pipe that can be corrected: the state a correction or an
 * import is compared with. Field names match the API's and {@link #FIELDS}. {@code assumed} (not a field one
 * corrects) names the fields that were defaulted, not known (issue 18); null in a correction stored before issue 18
 * means "not recorded there": the pipe's earlier list, minus the fields that correction changed.
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
        String endNode,
        java.util.List<String> assumed,
        String hydraulicStatus) {

    public static final java.util.List<String> FIELDS = java.util.List.of("networkKind", "material", "diameterMm",
            "lengthM", "installationYear", "district", "consequenceClass", "geometry", "startNode", "endNode",
            "hydraulicStatus");

    public PipeAttributes {
        assumed = assumed == null ? null : java.util.List.copyOf(assumed);
    }

    /** Attributes all stated, without hydraulic status. */
    public PipeAttributes(NetworkKind networkKind, Material material, int diameterMm, double lengthM,
                          int installationYear, String district, int consequenceClass, Geometry geometry,
                          String startNode, String endNode) {
        this(networkKind, material, diameterMm, lengthM, installationYear, district, consequenceClass, geometry,
                startNode, endNode, java.util.List.of(), null);
    }

    public static PipeAttributes of(PipeRegistered event) {
        return new PipeAttributes(event.networkKind(), event.material(), event.diameterMm(), event.lengthM(),
                event.installationYear(), event.district(), event.consequenceClass(), event.geometry(),
                event.startNode(), event.endNode(), event.assumed(), event.hydraulicStatus());
    }

    /** The assumed fields, never null (empty when none or not recorded). */
    public java.util.List<String> assumedOrNone() {
        return assumed == null ? java.util.List.of() : assumed;
    }

    /** The assumed fields without the ones given (nulls ignored). */
    public java.util.List<String> assumedWithout(String... stated) {
        java.util.List<String> left = new java.util.ArrayList<>(assumedOrNone());
        for (String field : stated) {
            if (field != null) {
                left.remove(field);
            }
        }
        return left;
    }

    /**
     * The attributes a correction stored: its own assumed list, or for one stored before issue 18 (none recorded)
     * {@code before}'s list minus the fields the correction changed.
     */
    public PipeAttributes withAssumedAfter(PipeAttributes before, java.util.List<FieldChange> changes) {
        if (assumed != null) {
            return this;
        }
        java.util.List<String> left = new java.util.ArrayList<>(before == null ? java.util.List.of() : before.assumedOrNone());
        changes.forEach(c -> left.remove(c.field()));
        return new PipeAttributes(networkKind, material, diameterMm, lengthM, installationYear, district,
                consequenceClass, geometry, startNode, endNode, left, hydraulicStatus);
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
            case "hydraulicStatus" -> hydraulicStatus;
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
                lengthM, year, district, consequenceClass, geometry, startNode, endNode,
                assumedWithout("material", "installationYear"), hydraulicStatus);
    }
}
