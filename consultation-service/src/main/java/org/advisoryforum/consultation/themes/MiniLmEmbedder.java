package org.advisoryforum.consultation.themes;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The quantised all-MiniLM-L6-v2 model from its Maven artifact, run by ONNX Runtime in this JVM. Loaded on first use,
 * one instance. Its tokenizer library (DJL) is kept offline and its telemetry off, so nothing leaves the machine.
 */
@ApplicationScoped
public class MiniLmEmbedder implements Embedder {

    private volatile EmbeddingModel model;

    static void offline() {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("OPT_OUT_TRACKING", "true");
        // the tokenizer's native library is unpacked here, not in the home directory
        setIfAbsent("DJL_CACHE_DIR", System.getProperty("java.io.tmpdir") + "/advisory-forum-djl");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    offline();
                    loaded = new AllMiniLmL6V2QuantizedEmbeddingModel();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    @Override
    public float[][] embed(List<String> texts) {
        List<Embedding> embeddings =
                model().embedAll(texts.stream().map(TextSegment::from).toList()).content();
        float[][] vectors = new float[embeddings.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = embeddings.get(i).vector();
        }
        return vectors;
    }
}
