package vn.antt.reporting.notification.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Which webhook URLs the service will call: http or https only, and never a link-local address (169.254.0.0/16,
 * fe80::/10) or a cloud metadata endpoint, which a forged registration could use to read the host's credentials
 * (server-side request forgery). Checked at registration and again before each call, since DNS may change.
 */
@Component
public class WebhookUrlPolicy {

    private static final Set<String> METADATA_HOSTS = Set.of("metadata.google.internal", "metadata", "instance-data",
            "metadata.azure.com");
    private static final Set<String> METADATA_ADDRESSES = Set.of("169.254.169.254", "100.100.100.200", "fd00:ec2:0:0:0:0:0:254");

    /** The URL, parsed, or an exception naming the reason. */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException e) {
            throw new WebhookUrlNotAllowedException(url, "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new WebhookUrlNotAllowedException(url, "only http and https are allowed");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            throw new WebhookUrlNotAllowedException(url, "no host");
        }
        if (uri.getUserInfo() != null) {
            throw new WebhookUrlNotAllowedException(url, "credentials in the URL are not allowed");
        }
        if (METADATA_HOSTS.contains(host.toLowerCase(Locale.ROOT))) {
            throw new WebhookUrlNotAllowedException(url, "a cloud metadata endpoint");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new WebhookUrlNotAllowedException(url, "the host does not resolve");
        }
        for (InetAddress address : addresses) {
            if (address.isLinkLocalAddress() || METADATA_ADDRESSES.contains(address.getHostAddress())) {
                throw new WebhookUrlNotAllowedException(url, "it points to a link-local or metadata address (" + address.getHostAddress() + ")");
            }
        }
        return uri;
    }
}
