package se.valedger.app.map;

import se.valedger.kernel.InvalidInput;

/** A rectangle in one frame's coordinates: longitude/latitude on the geographic frame, drawing units on the others. */
public record MapBounds(double minX, double minY, double maxX, double maxY) {

    /**
     * Reads {@code minX,minY,maxX,maxY} (GeoJSON's bbox order); refuses anything else naming the parameter.
     *
     * @param field the parameter's name, for the refusal
     */
    public static MapBounds parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new InvalidInput(field, "four numbers are needed, minX,minY,maxX,maxY (longitude/latitude on the "
                    + "geographic frame); got " + parts.length);
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new InvalidInput(field, "'" + parts[i].strip() + "' is not a number (use a decimal point)");
            }
            if (!Double.isFinite(values[i])) {
                throw new InvalidInput(field, "'" + parts[i].strip() + "' is not a finite number");
            }
        }
        if (values[0] > values[2] || values[1] > values[3]) {
            throw new InvalidInput(field, "the minimum comes first: minX <= maxX and minY <= maxY");
        }
        return new MapBounds(values[0], values[1], values[2], values[3]);
    }

    /** Refuses a geographic rectangle outside -180..180 / -90..90. */
    MapBounds mustBeLonLat(String field) {
        if (minX < -180 || maxX > 180 || minY < -90 || maxY > 90) {
            throw new InvalidInput(field, "longitude is -180 to 180 and latitude -90 to 90 on the geographic frame");
        }
        return this;
    }

    boolean intersects(MapBounds other) {
        return minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY;
    }

    MapBounds include(double x, double y) {
        return new MapBounds(Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y));
    }

    static MapBounds of(double x, double y) {
        return new MapBounds(x, y, x, y);
    }

    double[] asArray() {
        return new double[] {minX, minY, maxX, maxY};
    }
}
