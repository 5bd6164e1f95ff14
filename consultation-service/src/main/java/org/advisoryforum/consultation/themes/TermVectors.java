package org.advisoryforum.consultation.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** TF-IDF vectors over stemmed unigrams and bigrams without stop words; the terms, and how each is usually written. */
final class TermVectors {

    /** Per text, its distinct terms (stem form) with their counts. */
    final List<Map<String, Integer>> termsOfText = new ArrayList<>();
    /** Texts each term occurs in. */
    final Map<String, Integer> documentFrequency = new HashMap<>();
    /** The surface form a term is most often written as, for labels. */
    private final Map<String, Map<String, Integer>> surfaces = new HashMap<>();

    final int size;

    TermVectors(List<String> texts, boolean welsh) {
        size = texts.size();
        for (String text : texts) {
            Map<String, Integer> terms = new LinkedHashMap<>();
            String previousStem = null;
            String previousWord = null;
            for (String word : ThemeText.words(text)) {
                if (ThemeText.isStop(word, welsh)) {
                    previousStem = null;
                    continue;
                }
                String stem = ThemeText.stem(word, welsh);
                count(terms, stem, word);
                if (previousStem != null) {
                    count(terms, previousStem + " " + stem, previousWord + " " + word);
                }
                previousStem = stem;
                previousWord = word;
            }
            terms.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
            termsOfText.add(terms);
        }
    }

    private void count(Map<String, Integer> terms, String term, String surface) {
        terms.merge(term, 1, Integer::sum);
        surfaces.computeIfAbsent(term, t -> new HashMap<>()).merge(surface, 1, Integer::sum);
    }

    String surface(String term) {
        return surfaces.get(term).entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
    }

    double idf(String term) {
        return Math.log((1.0 + size) / (1.0 + documentFrequency.get(term))) + 1.0;
    }

    /** L2-normalised sublinear TF-IDF vectors over the terms found in at least {@code minDf} texts (sorted, so stable). */
    double[][] vectors(int minDf) {
        List<String> vocabulary = documentFrequency.entrySet().stream()
                .filter(e -> e.getValue() >= minDf)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), i);
        }
        double[][] vectors = new double[size][Math.max(1, vocabulary.size())];
        for (int t = 0; t < size; t++) {
            for (Map.Entry<String, Integer> term : termsOfText.get(t).entrySet()) {
                Integer column = index.get(term.getKey());
                if (column != null) {
                    double weight = (1 + Math.log(term.getValue())) * idf(term.getKey());
                    vectors[t][column] = term.getKey().indexOf(' ') > 0 ? weight * 0.7 : weight;
                }
            }
            Clustering.normalise(vectors[t]);
        }
        return vectors;
    }
}
