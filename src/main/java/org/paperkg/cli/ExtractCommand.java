package org.paperkg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.paperkg.extract.Mention;
import org.paperkg.extract.TextExtraction;
import org.paperkg.source.PageException;
import org.paperkg.source.PageLoader;
import org.paperkg.source.PageText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts datasets, proposed names and concepts from plain text, one abstract per line,",
                "and prints one JSON object per input line. No store is needed."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "a UTF-8 text file, one abstract per line")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PageText text;
        try {
            text = PageLoader.load(file);
        } catch (PageException e) {
            e.problems().forEach(spec.commandLine().getErr()::println);
            return 1;
        }
        ObjectMapper json = new ObjectMapper();
        TextExtraction extraction = TextExtraction.standard();
        for (int i = 0; i < text.lines().size(); i++) {
            ObjectNode row = json.createObjectNode().put("line", i + 1);
            ArrayNode mentions = row.putArray("mentions");
            for (Mention m : extraction.extract(text.lines().get(i))) {
                ObjectNode o = mentions.addObject()
                        .put("kind", m.kind().name().toLowerCase())
                        .put("name", m.name());
                if (m.key() != null) o.put("iri", m.key());
                if (m.discovered()) o.put("discovered", true);
                o.put("surface", m.surface()).put("start", m.start()).put("end", m.end())
                        .put("confidence", m.confidence()).put("extractor", m.extractor());
                if (m.longForm() != null) o.put("longForm", m.longForm());
            }
            out.println(row);
        }
        out.flush();
        return 0;
    }
}
