package care.rounds.calendar.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The full address of a feed path as the clinician's phone must reach it: the setting
 * {@code rounds.calendar.public-url} when the server sits behind a proxy with another name, else
 * the address this page was opened at.
 */
final class FeedAddress {

    private FeedAddress() {
    }

    static String of(String path, String publicUrl) {
        if (publicUrl != null && !publicUrl.isBlank()) {
            return publicUrl.replaceAll("/+$", "") + path;
        }
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return path;
        }
        HttpServletRequest http = current.getHttpServletRequest();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath() + path;
    }
}
