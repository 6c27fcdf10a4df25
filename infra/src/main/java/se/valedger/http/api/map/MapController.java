package se.valedger.http.api.map;

import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.valedger.app.Reads;
import se.valedger.app.map.MapBounds;
import se.valedger.app.map.NetworkMaps;
import se.valedger.pipe.NetworkKind;

/**
 * {@code GET /api/map/pipes}: the map's data as GeoJSON, for scripts and GIS tools (every signed-in role, like the
 * register). {@code bbox=minX,minY,maxX,maxY} is in longitude/latitude on the geographic frame, or in a drawing
 * frame's own units with {@code frame=}.
 */
@RestController
class MapController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final NetworkMaps maps;
    private final Reads reads;

    MapController(NetworkMaps maps, Reads reads) {
        this.maps = maps;
        this.reads = reads;
    }

    @GetMapping(path = "/api/map/pipes", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Map<String, Object>> pipes(@RequestParam(required = false) String bbox,
                                              @RequestParam(required = false) String frame,
                                              @RequestParam(required = false) NetworkKind networkKind,
                                              @RequestParam(required = false) String district,
                                              @RequestParam(required = false) Long minPosition) {
        MapBounds bounds = MapBounds.parse("bbox", bbox);
        ResponseEntity<Map<String, Object>> answer = reads.answer("pipe-register", minPosition,
                () -> maps.map(networkKind, district, frame, bounds).geoJson());
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).contentType(GEO_JSON)
                .body(answer.getBody());
    }
}
