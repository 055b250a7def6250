package org.paperkg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query file of {@code queries/}: its name, its text, and what its leading comment says — a
 * title line, the parameters it takes ({@code # Parameter: name — what it is}) and an example
 * value for each (from the comment's example command, {@code --param name="value"}).
 */
public record StoredQuery(String name, String text, String title, String comment, List<Parameter> parameters) {
    private static final Pattern PARAMETER = Pattern.compile("^#\\s*Parameters?:\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*[—–-]\\s*(.*)$");
    private static final Pattern EXAMPLE = Pattern.compile("--param\\s+([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S+)");

    /** A parameter the query's comment declares, with the example value its comment shows (or ""). */
    public record Parameter(String name, String description, String example) {
    }

    public StoredQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        parameters = List.copyOf(parameters);
    }

    public static StoredQuery parse(String name, String text) {
        List<String> commentLines = new ArrayList<>();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) break;
            commentLines.add(line);
        }
        List<Parameter> params = new ArrayList<>();
        for (String line : commentLines) {
            Matcher m = PARAMETER.matcher(line.strip());
            if (m.matches()) params.add(new Parameter(m.group(1), m.group(2).strip(), ""));
        }
        for (String line : commentLines) {
            Matcher m = EXAMPLE.matcher(line);
            while (m.find()) {
                String value = m.group(2).replaceAll("^\"|\"$", "");
                for (int i = 0; i < params.size(); i++) {
                    Parameter p = params.get(i);
                    if (p.name().equals(m.group(1)) && p.example().isEmpty()) {
                        params.set(i, new Parameter(p.name(), p.description(), value));
                    }
                }
            }
        }
        String comment = String.join("\n", commentLines.stream().map(l -> l.replaceFirst("^#\\s?", "")).toList());
        String title = commentLines.isEmpty() ? name : commentLines.get(0).replaceFirst("^#\\s*", "");
        return new StoredQuery(name, text, title, comment, params);
    }
}
