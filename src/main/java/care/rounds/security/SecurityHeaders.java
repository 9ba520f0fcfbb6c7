package care.rounds.security;

import care.rounds.base.ui.map.MapTileSettings;
import org.springframework.stereotype.Component;

import java.net.URI;

/**
 * The browser protections sent with every response (pages, the API, calendar feeds, errors).
 * Vaadin's client engine starts with an inline script and runs the server's JavaScript through
 * constructed functions, so scripts need 'unsafe-inline' and 'unsafe-eval'; everything else is held to
 * this origin, plus the map's tile server for images. Referrers leave the site as the origin only, so
 * no address with a day or an id in it reaches a tile server.
 */
@Component
public class SecurityHeaders {

    public static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "clipboard-read=(), clipboard-write=(self)";

    private final String contentSecurityPolicy;

    SecurityHeaders(MapTileSettings tiles) {
        this.contentSecurityPolicy = contentSecurityPolicy(tileOrigin(tiles.tileUrl()));
    }

    /** The policy of the office's screens, the API, feeds and errors: never framed. */
    public String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    /**
     * The policy of a public page that the clinic's own website may frame, post to and link a logo from:
     * the same rules, except that these origins may frame it and receive its form, and images may come
     * from any https address (the clinic's logo).
     */
    public String contentSecurityPolicyForPublicPage(java.util.Collection<String> clinicOrigins) {
        String origins = String.join(" ", clinicOrigins);
        return contentSecurityPolicy
                .replace("frame-ancestors 'none'", ("frame-ancestors 'self' " + origins).strip())
                .replace("form-action 'self'", ("form-action 'self' " + origins).strip())
                .replace("img-src 'self'", "img-src 'self' https:");
    }

    static String contentSecurityPolicy(String tileOrigin) {
        return "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:" + (tileOrigin == null ? "" : " " + tileOrigin) + "; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "worker-src 'self'; "
                + "manifest-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; "
                + "frame-ancestors 'none'";
    }

    /** "https://{s}.tile.example.org/{z}/{x}/{y}.png" -> "https://*.tile.example.org". */
    static String tileOrigin(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(tileUrl.replace("{s}", "tiles-subdomain").replaceAll("\\{[a-z]+}", "0"));
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String host = uri.getHost().replace("tiles-subdomain", "*");
            return uri.getScheme() + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException notAUrl) {
            return null;
        }
    }
}
