package org.advisoryforum.consultation.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Times grouping 1,000 answers (embedding, clustering with k chosen by silhouette, labels) on this machine; prints
 * the figures. Not a test: run it with {@code deploy/bench/themes}. The answers are the 160 labelled ones and
 * deterministic combinations of them (an answer and the first sentence of another), so every text differs.
 */
public final class ThemeBenchmark {

    private ThemeBenchmark() {}

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        List<ThemeGrouper.Input> base = LabelledAnswers.load().inputs();
        List<ThemeGrouper.Input> answers = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String text = base.get(i % base.size()).text();
            if (i >= base.size()) {
                String other = base.get((i * 7 + i / base.size()) % base.size()).text();
                text = text + " " + other.split("(?<=[.!?])\\s+")[0];
            }
            answers.add(new ThemeGrouper.Input(UUID.nameUUIDFromBytes(("bench-" + i).getBytes()), text));
        }
        MiniLmEmbedder model = new MiniLmEmbedder();
        long load = System.nanoTime();
        model.embed(List.of("warm up"));
        long loaded = System.nanoTime();
        long embedStart = System.nanoTime();
        model.embed(answers.stream().map(ThemeGrouper.Input::text).toList());
        long embedded = System.nanoTime();
        long start = System.nanoTime();
        List<ThemeGrouper.Group> groups = new ThemeGrouper(model).group(answers);
        long done = System.nanoTime();
        System.out.printf(
                "themes benchmark: %d answers on %d cores; model load %.1f s; embedding alone %.1f s;"
                        + " whole grouping (embed + cluster + label) %.1f s; %d groups%n",
                size,
                Runtime.getRuntime().availableProcessors(),
                (loaded - load) / 1e9,
                (embedded - embedStart) / 1e9,
                (done - start) / 1e9,
                groups.size());
    }
}
