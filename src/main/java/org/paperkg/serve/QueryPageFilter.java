package org.paperkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.paperkg.Paperkg;
import org.paperkg.query.StoredQueries;
import org.paperkg.query.StoredQuery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The SPARQL page of the server at {@code /query} (YASGUI from its WebJar, no CDN), the stored
 * queries as JSON for its list, and a summary of the graph. A filter rather than a servlet:
 * Fuseki keeps "/" for itself, and the filter answers only its own paths, passing the rest on.
 */
final class QueryPageFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final String WEBJARS = "META-INF/resources/webjars/";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json",
            "map", "application/json", "png", "image/png", "svg", "image/svg+xml");
    private final transient Paperkg kg;
    private final transient ObjectMapper json = new ObjectMapper();

    QueryPageFilter(Paperkg kg) {
        this.kg = kg;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        boolean mine = path.equals("/query") || path.equals("/index.html") || path.equals("/app.js") || path.equals("/app.css")
                || path.startsWith("/webjars/") || path.startsWith("/api/");
        if (!mine) {
            chain.doFilter(req, resp);
            return;
        }
        if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
            resp.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "GET only");
            return;
        }
        if (path.equals("/query") || path.equals("/index.html")) {
            resource(resp, "web/index.html");
        } else if (path.equals("/app.js") || path.equals("/app.css")) {
            resource(resp, "web" + path);
        } else if (path.startsWith("/webjars/") && !path.contains("..")) {
            resource(resp, WEBJARS + path.substring("/webjars/".length()));
        } else if (path.equals("/api/queries")) {
            writeJson(resp, queries());
        } else if (path.equals("/api/summary")) {
            writeJson(resp, summary());
        } else {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such page: " + path);
        }
    }

    private ArrayNode queries() {
        ArrayNode list = json.createArrayNode();
        for (StoredQuery q : StoredQueries.all().values()) {
            ObjectNode o = list.addObject().put("name", q.name()).put("title", q.title())
                    .put("comment", q.comment()).put("text", q.text());
            ArrayNode params = o.putArray("parameters");
            q.parameters().forEach(p -> params.addObject().put("name", p.name())
                    .put("description", p.description()).put("example", p.example()));
        }
        return list;
    }

    private ObjectNode summary() {
        ObjectNode o = json.createObjectNode();
        ObjectNode counts = o.putObject("counts");
        kg.stats().forEach(counts::put);
        ArrayNode pages = o.putArray("pages");
        for (List<String> row : kg.pages()) {
            pages.addObject().put("file", row.get(0)).put("format", row.get(1)).put("papers", Integer.parseInt(row.get(2)))
                    .put("read", row.get(3));
        }
        return o;
    }

    private void writeJson(HttpServletResponse resp, Object body) throws IOException {
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "no-store");
        json.writeValue(resp.getOutputStream(), body);
    }

    private static void resource(HttpServletResponse resp, String name) throws IOException {
        try (InputStream in = QueryPageFilter.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "no such file");
                return;
            }
            String ext = name.substring(name.lastIndexOf('.') + 1);
            resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
            resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
