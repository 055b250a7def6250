package org.paperkg.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every SPARQL query the server runs passes here first: over the size limit it gets 413; its
 * REGEX and REPLACE are rewritten to {@link LinearRegex}. A query that does not parse goes on
 * unchanged, so that Fuseki answers it with its usual 400 and message.
 */
final class QueryGuardFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private final long maxQueryBytes;

    QueryGuardFilter(long maxQueryBytes) {
        this.maxQueryBytes = maxQueryBytes;
        LinearRegex.register();
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String path = req.getRequestURI();
        if (!path.startsWith(PaperServer.DATASET + "/") && !path.equals(PaperServer.DATASET)) {
            chain.doFilter(req, resp);
            return;
        }
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(java.util.Locale.ROOT);
        if ("POST".equals(req.getMethod()) && type.startsWith("application/sparql-query")) {
            byte[] body = req.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxQueryBytes + 1));
            if (body.length > maxQueryBytes) {
                tooLarge(resp);
                return;
            }
            String rewritten = rewrite(new String(body, StandardCharsets.UTF_8));
            chain.doFilter(new Body(req, rewritten.getBytes(StandardCharsets.UTF_8)), resp);
            return;
        }
        String query = req.getParameter("query");
        if (query == null) {
            chain.doFilter(req, resp);
            return;
        }
        if (query.length() > maxQueryBytes) {
            tooLarge(resp);
            return;
        }
        chain.doFilter(new Parameter(req, "query", rewrite(query)), resp);
    }

    private void tooLarge(HttpServletResponse resp) throws IOException {
        resp.sendError(413, "the query is larger than this server's limit of " + maxQueryBytes + " bytes (--max-query-size)");
    }

    /** The query with REGEX and REPLACE made linear, or as it came when it does not parse. */
    static String rewrite(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (!lower.contains("regex") && !lower.contains("replace")) return text;
        try {
            Query q = QueryFactory.create(text, Syntax.syntaxARQ);
            return QueryTransformOps.transform(q, new org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase(), new LinearRegex.Rewrite()).serialize(Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return text;
        }
    }

    /** The request with one parameter's value replaced. */
    private static final class Parameter extends HttpServletRequestWrapper {
        private final Map<String, String[]> parameters;

        Parameter(HttpServletRequest req, String name, String value) {
            super(req);
            parameters = new HashMap<>(req.getParameterMap());
            parameters.put(name, new String[] {value});
        }

        @Override
        public String getParameter(String name) {
            String[] v = parameters.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] v = parameters.get(name);
            return v == null ? null : Arrays.copyOf(v, v.length);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.copyOf(parameters);
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.enumeration(parameters.keySet());
        }
    }

    /** The request with another body. */
    private static final class Body extends HttpServletRequestWrapper {
        private final byte[] body;

        Body(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
