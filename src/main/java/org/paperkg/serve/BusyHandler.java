package org.paperkg.serve;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's QoSHandler, which lets a bounded number of requests run and parks the next ones
 * (without holding a thread) up to a bound and a wait: past either, the client gets a 503 that
 * says when to come back, never a dropped connection.
 */
final class BusyHandler extends QoSHandler {
    BusyHandler(Handler inner, ServerLimits limits) {
        super(inner);
        setMaxRequestCount(limits.maxRunning());
        setMaxSuspendedRequestCount(limits.maxWaiting());
        setMaxSuspend(limits.maxWait());
    }

    /** A full queue answers 503 at once: say when to come back, as for a wait that ran out. */
    @Override
    public boolean onConditionsMet(Request request, Response response, Callback callback) throws Exception {
        if (getSuspendedRequestCount() >= getMaxSuspendedRequestCount()) response.getHeaders().put(HttpHeader.RETRY_AFTER, "2");
        return super.onConditionsMet(request, response, callback);
    }

    @Override
    protected void failSuspended(Request request, Response response, Callback callback, int status, Throwable failure) {
        response.getHeaders().put(HttpHeader.RETRY_AFTER, "2");
        super.failSuspended(request, response, callback, status, failure);
    }
}
