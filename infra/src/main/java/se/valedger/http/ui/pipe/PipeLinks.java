package se.valedger.http.ui.pipe;

import java.nio.charset.StandardCharsets;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/** Addresses of the pipe screens, encoded (asset ids may hold spaces or slashes). */
public final class PipeLinks {

    private PipeLinks() {
    }

    public static String pipe(String pipeId) {
        return "/pipes/" + UriUtils.encodePathSegment(pipeId, StandardCharsets.UTF_8);
    }

    static String list(String idPrefix) {
        return UriComponentsBuilder.fromPath("/pipes").queryParam("idPrefix", "{p}").buildAndExpand(idPrefix)
                .encode().toUriString();
    }
}
