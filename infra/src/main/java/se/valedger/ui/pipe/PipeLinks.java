package se.valedger.ui.pipe;

import org.springframework.web.util.UriComponentsBuilder;

/** Addresses of the pipe screens, encoded (asset ids may hold spaces or slashes). */
public final class PipeLinks {

    private PipeLinks() {
    }

    public static String pipe(String pipeId) {
        return UriComponentsBuilder.fromPath("/pipes/{id}").buildAndExpand(pipeId).encode().toUriString();
    }

    static String list(String idPrefix) {
        return UriComponentsBuilder.fromPath("/pipes").queryParam("idPrefix", "{p}").buildAndExpand(idPrefix)
                .encode().toUriString();
    }
}
