package news.timeline.ingest.feed;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * What the service may fetch: absolute http(s) URLs without credentials, and, unless
 * ingest.feeds.allow-private-addresses is on, only hosts all of whose addresses are public. A subscription is a
 * URL anyone with a key may give; without this check it would make the service fetch from the network it runs in
 * (its management port, a cloud metadata address, an intranet).
 * <p>
 * The check resolves the host itself; the HTTP client resolves it again to connect, so a name whose DNS answer
 * changes in between (rebinding) is not caught. Every redirect is checked the same way.
 */
@ApplicationScoped
public class AddressGuard {

    private final boolean allowPrivate;

    public AddressGuard(FeedConfig config) {
        this.allowPrivate = config.allowPrivateAddresses();
    }

    /** @throws FeedUrlRefusedException with the reason, when the URL may not be fetched */
    public URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (Exception e) {
            throw new FeedUrlRefusedException("'" + url + "' is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new FeedUrlRefusedException("'" + url + "' is not an absolute http(s) URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new FeedUrlRefusedException("the URL carries credentials (user:password@); feeds are public");
        }
        if (allowPrivate) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw new FeedUrlRefusedException("the host " + uri.getHost() + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw new FeedUrlRefusedException("the host " + uri.getHost() + " resolves to " + address.getHostAddress()
                        + ", a loopback, private or link-local address (ingest.feeds.allow-private-addresses is off)");
            }
        }
        return uri;
    }

    static boolean isInternal(InetAddress address) {
        return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || isUniqueLocal(address)
                || isSharedAddressSpace(address);
    }

    /** IPv6 unique-local addresses, fc00::/7: the IPv6 counterpart of RFC 1918. */
    private static boolean isUniqueLocal(InetAddress address) {
        return address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }

    /** 100.64.0.0/10 (RFC 6598, carrier-grade NAT), internal to the provider's network. */
    private static boolean isSharedAddressSpace(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }
}
