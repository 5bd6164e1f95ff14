package org.advisoryforum.consultation.themes;

import java.util.List;

/** Turns texts into sentence vectors, in-process. */
public interface Embedder {

    float[][] embed(List<String> texts);
}
