package org.advisoryforum.consultation.themes;

import java.util.Arrays;
import java.util.Random;

/**
 * Spherical k-means (cosine) with k-means++ seeding from a fixed seed, several seeded restarts, and k chosen by the
 * mean silhouette (cosine distance) within a range. The same input always gives the same grouping.
 */
final class Clustering {

    static final long SEED = 20_261_201L;
    private static final int RESTARTS = 6;
    private static final int MAX_ITERATIONS = 60;

    /** The chosen grouping: the cluster of each vector, the unit centres, and the silhouette that chose k. */
    record Result(int k, int[] assignment, double[][] centres, double silhouette) {}

    private Clustering() {}

    static void normalise(double[] vector) {
        double norm = 0;
        for (double v : vector) {
            norm += v * v;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < vector.length; i++) {
                vector[i] /= norm;
            }
        }
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** The best k in {@code minK..maxK} by silhouette; fewer than 4 vectors (or a range that is empty) make one group. */
    static Result choose(double[][] vectors, int minK, int maxK) {
        int n = vectors.length;
        int upper = Math.min(maxK, n - 1);
        if (n < 4 || upper < Math.max(2, minK)) {
            return single(vectors);
        }
        double[][] distance = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = Math.max(0, 1 - dot(vectors[i], vectors[j]));
                distance[i][j] = d;
                distance[j][i] = d;
            }
        }
        Result best = null;
        for (int k = Math.max(2, minK); k <= upper; k++) {
            Result candidate = kMeans(vectors, k);
            double silhouette = silhouette(distance, candidate.assignment(), k);
            if (best == null || silhouette > best.silhouette() + 1e-9) {
                best = new Result(k, candidate.assignment(), candidate.centres(), silhouette);
            }
        }
        return best;
    }

    private static Result single(double[][] vectors) {
        double[][] centres = {mean(vectors, new int[vectors.length], 0)};
        return new Result(1, new int[vectors.length], centres, 0);
    }

    static Result kMeans(double[][] vectors, int k) {
        Result best = null;
        double bestCost = Double.MAX_VALUE;
        for (int restart = 0; restart < RESTARTS; restart++) {
            Random random = new Random(SEED + 7919L * restart + k);
            double[][] centres = seed(vectors, k, random);
            int[] assignment = new int[vectors.length];
            Arrays.fill(assignment, -1);
            for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
                boolean changed = false;
                for (int i = 0; i < vectors.length; i++) {
                    int nearest = nearest(vectors[i], centres);
                    if (nearest != assignment[i]) {
                        assignment[i] = nearest;
                        changed = true;
                    }
                }
                if (!changed) {
                    break;
                }
                for (int c = 0; c < k; c++) {
                    centres[c] = mean(vectors, assignment, c);
                    if (centres[c] == null) {
                        centres[c] = vectors[farthest(vectors, centres, assignment)].clone();
                    }
                }
            }
            double cost = 0;
            for (int i = 0; i < vectors.length; i++) {
                cost += 1 - dot(vectors[i], centres[assignment[i]]);
            }
            if (cost < bestCost - 1e-12) {
                bestCost = cost;
                best = new Result(k, assignment, centres, 0);
            }
        }
        return best;
    }

    private static double[][] seed(double[][] vectors, int k, Random random) {
        int n = vectors.length;
        double[][] centres = new double[k][];
        centres[0] = vectors[random.nextInt(n)].clone();
        double[] closest = new double[n];
        Arrays.fill(closest, Double.MAX_VALUE);
        for (int c = 1; c < k; c++) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                double d = Math.max(0, 1 - dot(vectors[i], centres[c - 1]));
                closest[i] = Math.min(closest[i], d * d);
                total += closest[i];
            }
            double target = random.nextDouble() * total;
            int chosen = n - 1;
            for (int i = 0; i < n; i++) {
                target -= closest[i];
                if (target <= 0) {
                    chosen = i;
                    break;
                }
            }
            centres[c] = vectors[chosen].clone();
        }
        return centres;
    }

    static int nearest(double[] vector, double[][] centres) {
        int best = 0;
        double bestSimilarity = -Double.MAX_VALUE;
        for (int c = 0; c < centres.length; c++) {
            double similarity = dot(vector, centres[c]);
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = c;
            }
        }
        return best;
    }

    private static int farthest(double[][] vectors, double[][] centres, int[] assignment) {
        int worst = 0;
        double worstSimilarity = Double.MAX_VALUE;
        for (int i = 0; i < vectors.length; i++) {
            double[] centre = centres[assignment[i]];
            double similarity = centre == null ? -1 : dot(vectors[i], centre);
            if (similarity < worstSimilarity) {
                worstSimilarity = similarity;
                worst = i;
            }
        }
        return worst;
    }

    /** The unit mean of the vectors in cluster {@code c}, or null when it is empty. */
    private static double[] mean(double[][] vectors, int[] assignment, int c) {
        double[] sum = new double[vectors[0].length];
        int count = 0;
        for (int i = 0; i < vectors.length; i++) {
            if (assignment[i] == c) {
                for (int d = 0; d < sum.length; d++) {
                    sum[d] += vectors[i][d];
                }
                count++;
            }
        }
        if (count == 0) {
            return null;
        }
        normalise(sum);
        return sum;
    }

    /** Mean silhouette; a point alone in its cluster scores 0 (as usual). */
    static double silhouette(double[][] distance, int[] assignment, int k) {
        int n = assignment.length;
        int[] sizes = new int[k];
        for (int a : assignment) {
            sizes[a]++;
        }
        double total = 0;
        double[] sums = new double[k];
        for (int i = 0; i < n; i++) {
            Arrays.fill(sums, 0);
            for (int j = 0; j < n; j++) {
                sums[assignment[j]] += distance[i][j];
            }
            int own = assignment[i];
            if (sizes[own] <= 1) {
                continue;
            }
            double a = sums[own] / (sizes[own] - 1);
            double b = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                if (c != own && sizes[c] > 0) {
                    b = Math.min(b, sums[c] / sizes[c]);
                }
            }
            if (b == Double.MAX_VALUE) {
                continue;
            }
            total += (b - a) / Math.max(a, b);
        }
        return total / n;
    }
}
