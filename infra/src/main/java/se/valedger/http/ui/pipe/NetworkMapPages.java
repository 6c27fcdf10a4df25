package se.valedger.http.ui.pipe;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.valedger.app.map.MapSettings;
import se.valedger.app.map.NetworkMapView;
import se.valedger.app.map.NetworkMaps;
import se.valedger.pipe.NetworkKind;

/**
 * The network map ({@code /map}): a Leaflet map per frame (the geographic one on the configured background, one per
 * district of a drawing-unit network such as an EPANET model), pipes coloured by their latest condition grade, open
 * leaks as markers. The page carries the map's GeoJSON itself; {@code /js/map.js} draws it.
 */
@Controller
class NetworkMapPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NetworkMaps maps;
    private final MapSettings settings;

    NetworkMapPages(NetworkMaps maps, MapSettings settings) {
        this.maps = maps;
        this.settings = settings;
    }

    /** What the template shows for one frame: its id, its DOM id and its heading's parts. */
    record FrameView(String id, String domId, boolean geographic, String crs, String district, int pipes) {
    }

    @GetMapping("/map")
    String map(@RequestParam(required = false) String district,
               @RequestParam(required = false) String networkKind,
               Model model) {
        NetworkKind kind = RegisterPages.networkKind(networkKind);
        String area = district == null || district.isBlank() ? null : district.strip();
        NetworkMapView view = maps.map(kind, area, null, null);
        List<FrameView> frames = new ArrayList<>();
        for (int i = 0; i < view.frames().size(); i++) {
            NetworkMapView.Frame f = view.frames().get(i);
            frames.add(new FrameView(f.id(), "map-frame-" + i, f.geographic(), f.crs(), f.district(), f.pipes()));
        }
        model.addAttribute("view", view);
        model.addAttribute("frames", frames);
        model.addAttribute("filtered", kind != null || area != null);
        model.addAttribute("mapJson", json(view));
        model.addAttribute("tiles", settings);
        model.addAttribute("district", area == null ? "" : area);
        model.addAttribute("networkKind", kind);
        model.addAttribute("networkKinds", NetworkKind.values());
        return "map";
    }

    /** The GeoJSON for a script element: "<" escaped so no text of a pipe can close the element. */
    private static String json(NetworkMapView view) {
        try {
            return JSON.writeValueAsString(view.geoJson()).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the map's GeoJSON cannot be written", e);
        }
    }
}
