package org.paperkg.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.paperkg.Paperkg;
import org.paperkg.rdf.ShapeValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks the graph against the SHACL shapes in ontology/shapes.ttl; exit 1 on any violation.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Paperkg kg = storeOptions.openForReading(spec.commandLine().getErr())) {
            ShapeValidation.Result result = kg.validate();
            PrefixMapping pm = kg.prefixes();
            for (Map.Entry<Node, List<ReportEntry>> e : result.byNode().entrySet()) {
                out.println(pm.shortForm(e.getKey().toString()));
                for (ReportEntry r : e.getValue()) {
                    out.printf("  %s %s: %s%n", r.severity().level().getLocalName(),
                            r.resultPath() == null ? "" : pm.shortForm(r.resultPath().toString()), r.message());
                }
            }
            if (result.conforms()) {
                out.printf("conforms: %d nodes checked, no violations%n", result.nodesChecked());
            } else {
                out.printf("%d violation(s) on %d node(s)%n", result.violations(), result.byNode().size());
            }
            out.flush();
            return result.conforms() ? 0 : 1;
        }
    }
}
