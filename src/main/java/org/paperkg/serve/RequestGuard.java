package org.paperkg.serve;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

/**
 * The first thing every request meets, before Fuseki and its security handler:
 * <ul>
 *   <li>security headers on every response (no sniffing, no framing, a content policy that
 *       allows only this server's own scripts);</li>
 *   <li>a Host header that names another site is refused with 421: a page on another site
 *       that re-points its name at 127.0.0.1 (DNS rebinding) reaches nothing;</li>
 *   <li>a malformed Authorization header is a 400, not a server error;</li>
 *   <li>an address with too many failed logins is told to wait (429 with Retry-After), and
 *       each failure is logged.</li>
 * </ul>
 */
final class RequestGuard extends Handler.Wrapper {
    private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);
    static final String CONTENT_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    private final Set<String> hosts;
    private final boolean anyHost;
    private final AuthLockout lockout = new AuthLockout(Clock.systemUTC());

    /**
     * @param hosts   the host names requests may name (lower case)
     * @param anyHost true when the server listens on every interface and no names were given
     */
    RequestGuard(Handler inner, Set<String> hosts, boolean anyHost) {
        super(inner);
        this.hosts = Set.copyOf(hosts);
        this.anyHost = anyHost;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        var headers = response.getHeaders();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Content-Security-Policy", CONTENT_POLICY);

        String host = Request.getServerName(request);
        if (!anyHost && (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT)))) {
            Response.writeError(request, response, callback, 421,
                    "this server answers for " + String.join(", ", hosts) + ", not for '" + host + "'");
            return true;
        }
        String address = Request.getRemoteAddr(request);
        String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (auth == null) return super.handle(request, response, callback);

        Duration wait = lockout.remaining(address);
        if (!wait.isZero()) {
            headers.put(HttpHeader.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
            Response.writeError(request, response, callback, 429, "too many failed logins from this address; try again later");
            return true;
        }
        if (basicCredentials(auth) == null) {
            Response.writeError(request, response, callback, 400,
                    "malformed Authorization header: expected 'Basic ' and base64 of user:password");
            return true;
        }
        return super.handle(request, response, new Callback() {
            @Override
            public void succeeded() {
                record(address, response.getStatus());
                callback.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                callback.failed(x);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        });
    }

    private void record(String address, int status) {
        if (status == 401 || status == 403) {
            Duration lock = lockout.failed(address);
            LOG.warn("failed login from {}{}", address, lock.isZero() ? "" : "; locked out for " + lock.toSeconds() + " s");
        } else if (status < 400) {
            lockout.succeeded(address);
        }
    }

    /** The user and password of a well-formed HTTP Basic header ({@code Basic base64(user:password)}), or null. */
    static String[] basicCredentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) return null;
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon > 0 ? new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)} : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
