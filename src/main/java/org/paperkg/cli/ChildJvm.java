package org.paperkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paperkg command run in a child JVM with a given heap, so a benchmark measures that command's
 * time and peak heap alone (the serial collector's log gives the heap live after each collection).
 */
final class ChildJvm {
    private static final Pattern COLLECTION = Pattern.compile("(Pause Full)?[^\\n]*?->(\\d+)M\\(");

    /** @param peakHeap the most heap live after a full collection, or after any when none was full */
    record Run(int exit, double seconds, List<String> lines, String peakHeap) {
    }

    private ChildJvm() {
    }

    static Run paperkg(String heap, Path gcLog, List<String> arguments) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-Xlog:gc:file=" + gcLog,
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(arguments);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        int exit = p.waitFor();
        return new Run(exit, (System.nanoTime() - t0) / 1e9, lines, peakHeap(gcLog));
    }

    /** "120 (after full GC)": megabytes live after the largest full collection ("Pause Full … 120M->48M(160M)"). */
    private static String peakHeap(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) return "?";
        long full = -1;
        long any = 0;
        Matcher m = COLLECTION.matcher(Files.readString(gcLog));
        while (m.find()) {
            long after = Long.parseLong(m.group(2));
            any = Math.max(any, after);
            if (m.group(1) != null) full = Math.max(full, after);
        }
        return full >= 0 ? full + " (after full GC)" : any + " (after young GC)";
    }
}
