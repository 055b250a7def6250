package org.paperkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.security.UserPrincipal;
import org.eclipse.jetty.security.UserStore;
import org.paperkg.PageOutcome;
import org.paperkg.Paperkg;
import org.paperkg.record.PageInfo;
import org.paperkg.source.PageException;
import org.paperkg.source.PageLoader;
import org.paperkg.source.Problem;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The server's own write path for pages, so the command line can ingest and remove while the
 * server holds the store: {@code PUT /papers/pages/NAME} with the page's bytes (and its manifest
 * row as {@code conference}, {@code year}, {@code url}, {@code columns} parameters) ingests it
 * as {@code ingest} would; {@code DELETE /papers/pages/NAME} removes it; {@code GET /papers/pages}
 * gives the store's counts. Only with {@code --allow-update}, and only for users of the password file.
 */
final class PageWriteFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String PATH = PaperServer.DATASET + "/pages";
    private final transient Paperkg kg;
    private final transient UserStore users;
    private final transient ObjectMapper json = new ObjectMapper();

    PageWriteFilter(Paperkg kg, UserStore users) {
        this.kg = kg;
        this.users = users;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String path = req.getRequestURI();
        if (!path.equals(PATH) && !path.startsWith(PATH + "/")) {
            chain.doFilter(req, resp);
            return;
        }
        if (!authenticated(req.getHeader("Authorization"))) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"paperkg\"");
            resp.sendError(401, "writing pages needs a user of the server's password file");
            return;
        }
        String name = path.length() > PATH.length() + 1
                ? URLDecoder.decode(path.substring(PATH.length() + 1).replace("+", "%2B"), StandardCharsets.UTF_8) : "";
        switch (req.getMethod()) {
            case "GET" -> write(resp, 200, counts());
            case "PUT" -> {
                if (name.isEmpty()) {
                    resp.sendError(400, "PUT " + PATH + "/NAME with the page's bytes");
                    return;
                }
                write(resp, 200, outcome(put(name, req)));
            }
            case "DELETE" -> {
                boolean removed = kg.remove(name);
                ObjectNode out = json.createObjectNode().put("removed", removed);
                out.set("countsAfter", counts());
                write(resp, removed ? 200 : 404, out);
            }
            default -> resp.sendError(405, "GET, PUT or DELETE");
        }
    }

    private PageOutcome put(String name, HttpServletRequest req) throws IOException {
        byte[] bytes = req.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, kg.maxPageBytes() + 1));
        if (bytes.length > kg.maxPageBytes()) {
            return new PageOutcome(name, PageOutcome.Status.FAILED, null, 0, 0, java.util.List.of(new Problem(name, 0,
                    Problem.Severity.ERROR, "the page is over the server's page size limit of " + kg.maxPageBytes() + " bytes")));
        }
        try {
            Integer year = req.getParameter("year") == null ? null : Integer.valueOf(req.getParameter("year"));
            PageInfo info = new PageInfo(req.getParameter("conference"), year, req.getParameter("url"),
                    org.paperkg.source.Manifest.columnsOf(req.getParameter("columns")));
            return kg.ingestPage(PageLoader.decode(name, bytes), info);
        } catch (PageException e) {
            return new PageOutcome(name, PageOutcome.Status.FAILED, null, 0, 0, e.problems());
        } catch (IllegalArgumentException e) {
            return new PageOutcome(name, PageOutcome.Status.FAILED, null, 0, 0,
                    java.util.List.of(new Problem(name, 0, Problem.Severity.ERROR, "bad manifest values: " + e.getMessage())));
        }
    }

    private ObjectNode outcome(PageOutcome o) {
        ObjectNode out = json.createObjectNode().put("file", o.file()).put("status", o.status().name())
                .put("format", o.format()).put("records", o.records()).put("papers", o.papers());
        ArrayNode problems = out.putArray("problems");
        for (Problem p : o.problems()) {
            problems.addObject().put("file", p.file()).put("line", p.line()).put("severity", p.severity().name()).put("message", p.message());
        }
        out.set("countsAfter", counts());
        return out;
    }

    private ObjectNode counts() {
        ObjectNode c = json.createObjectNode();
        for (Map.Entry<String, Long> e : kg.stats().entrySet()) c.put(e.getKey(), e.getValue());
        return c;
    }

    private boolean authenticated(String header) {
        String[] credentials = RequestGuard.basicCredentials(header);
        if (credentials == null) return false;
        UserPrincipal user = users.getUserPrincipal(credentials[0]);
        return user != null && user.authenticate(credentials[1]);
    }

    private void write(HttpServletResponse resp, int status, ObjectNode body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        json.writeValue(resp.getOutputStream(), body);
    }
}
