package org.advisoryforum.consultation.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Groups free-text answers into suggested themes. English answers are embedded by the sentence model and clustered;
 * answers in Welsh (which the English model does not understand) are grouped by their terms (TF-IDF) with the same
 * clustering. Each group is labelled with its top phrases (class-based TF-IDF over unigrams and bigrams) and the
 * answers nearest its centre. Deterministic: the same answers give the same groups.
 */
public final class ThemeGrouper {

    public static final int MIN_K = 2;
    public static final int MAX_K = 12;
    static final int PHRASES = 5;
    static final int CENTRAL = 3;

    public enum Method {
        EMBEDDING,
        TERMS
    }

    public record Input(UUID id, String text) {}

    /** One suggested theme: its answers (nearest the centre first), its top phrases, and how it was found. */
    public record Group(Method method, String language, List<UUID> answers, List<UUID> central, List<String> phrases) {}

    private final Embedder embedder;

    public ThemeGrouper(Embedder embedder) {
        this.embedder = embedder;
    }

    public List<Group> group(List<Input> inputs) {
        List<Input> english = new ArrayList<>();
        List<Input> welsh = new ArrayList<>();
        for (Input input : inputs) {
            (ThemeText.isWelsh(input.text()) ? welsh : english).add(input);
        }
        List<Group> groups = new ArrayList<>();
        if (!english.isEmpty()) {
            groups.addAll(cluster(
                    english,
                    centred(embedder.embed(english.stream().map(Input::text).toList())),
                    Method.EMBEDDING,
                    "en",
                    false));
        }
        if (!welsh.isEmpty()) {
            TermVectors terms = new TermVectors(welsh.stream().map(Input::text).toList(), true);
            groups.addAll(cluster(welsh, terms.vectors(welsh.size() >= 20 ? 2 : 1), Method.TERMS, "cy", true));
        }
        groups.sort(Comparator.comparingInt((Group g) -> -g.answers().size())
                .thenComparing(g -> g.answers().get(0)));
        return groups;
    }

    /**
     * Unit vectors less their mean, normalised again: every answer to one question shares its topic, and that shared
     * direction would otherwise outweigh what tells the answers apart.
     */
    static double[][] centred(float[][] embedded) {
        int n = embedded.length;
        double[][] vectors = new double[n][];
        double[] mean = new double[n == 0 ? 0 : embedded[0].length];
        for (int i = 0; i < n; i++) {
            vectors[i] = new double[embedded[i].length];
            for (int d = 0; d < embedded[i].length; d++) {
                vectors[i][d] = embedded[i][d];
            }
            Clustering.normalise(vectors[i]);
            for (int d = 0; d < mean.length; d++) {
                mean[d] += vectors[i][d] / n;
            }
        }
        if (n > 2) {
            for (double[] vector : vectors) {
                for (int d = 0; d < mean.length; d++) {
                    vector[d] -= mean[d];
                }
                Clustering.normalise(vector);
            }
        }
        return vectors;
    }

    /** Term-based grouping of any answers (the Welsh fallback, and a baseline for the measurement). */
    public List<Group> groupByTerms(List<Input> inputs, boolean welsh) {
        TermVectors terms = new TermVectors(inputs.stream().map(Input::text).toList(), welsh);
        return cluster(inputs, terms.vectors(inputs.size() >= 20 ? 2 : 1), Method.TERMS, welsh ? "cy" : "en", welsh);
    }

    private static List<Group> cluster(
            List<Input> inputs, double[][] vectors, Method method, String language, boolean welsh) {
        int maxK = Math.min(MAX_K, Math.max(MIN_K, inputs.size() / 3));
        Clustering.Result result = Clustering.choose(vectors, MIN_K, maxK);
        TermVectors terms = new TermVectors(inputs.stream().map(Input::text).toList(), welsh);
        List<Group> groups = new ArrayList<>();
        for (int c = 0; c < result.k(); c++) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                if (result.assignment()[i] == c) {
                    members.add(i);
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            double[] centre = result.centres()[c];
            members.sort(Comparator.comparingDouble((Integer i) -> -Clustering.dot(vectors[i], centre))
                    .thenComparing(i -> inputs.get(i).id()));
            List<UUID> answers = members.stream().map(i -> inputs.get(i).id()).toList();
            groups.add(new Group(
                    method,
                    language,
                    answers,
                    answers.subList(0, Math.min(CENTRAL, answers.size())),
                    phrases(terms, members)));
        }
        return groups;
    }

    /** Terms frequent in the group and rare outside it (class-based TF-IDF); a bigram stands for its words. */
    static List<String> phrases(TermVectors terms, List<Integer> members) {
        Map<String, Integer> inGroup = new HashMap<>();
        for (int i : members) {
            terms.termsOfText.get(i).keySet().forEach(term -> inGroup.merge(term, 1, Integer::sum));
        }
        int minimum = members.size() >= 4 ? 2 : 1;
        Map<String, Double> scores = new HashMap<>();
        inGroup.forEach((term, count) -> {
            if (count >= minimum) {
                double share = (double) count / members.size();
                double outside =
                        (terms.documentFrequency.get(term) - count + 1.0) / (terms.size - members.size() + 1.0);
                double score = share * Math.log(1 + share / outside) * (term.indexOf(' ') > 0 ? 1.3 : 1.0);
                scores.put(term, score);
            }
        });
        List<String> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        List<String> chosen = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        for (String term : ranked) {
            if (chosen.size() == PHRASES) {
                break;
            }
            String[] words = term.split(" ");
            if (words.length == 1 && covered.contains(term)) {
                continue;
            }
            if (words.length == 2 && covered.contains(words[0]) && covered.contains(words[1])) {
                continue;
            }
            chosen.add(term);
            covered.addAll(List.of(words));
        }
        return chosen.stream().map(terms::surface).toList();
    }
}
