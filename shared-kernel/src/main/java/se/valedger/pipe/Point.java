package se.valedger.pipe;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One vertex, easting (x) then northing (y), written as a two-number array like GeoJSON. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"x", "y"})
public record Point(double x, double y) {
}
