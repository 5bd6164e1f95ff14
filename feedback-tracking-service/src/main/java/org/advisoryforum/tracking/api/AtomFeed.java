package org.advisoryforum.tracking.api;

import java.time.Instant;
import java.util.List;
import org.advisoryforum.platform.text.SafeText;
import org.advisoryforum.tracking.service.FeedEntry;

/** Writes the public Atom (RFC 4287) feed; the author is the regulator, never a person. */
final class AtomFeed {

    private AtomFeed() {}

    static String render(List<FeedEntry> entries, String baseUrl) {
        Instant updated = entries.stream()
                .map(FeedEntry::updated)
                .filter(u -> u != null)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <id>urn:advisory-forum:tracking:feed</id>
                  <title>Advisory forum: you said, we did</title>
                  <subtitle>Published consultation outcomes and changes to what we said we would do</subtitle>
                """);
        xml.append("  <link rel=\"self\" href=\"")
                .append(escape(baseUrl))
                .append("/api/tracking/feed.atom\"/>\n")
                .append("  <link rel=\"alternate\" href=\"")
                .append(escape(baseUrl))
                .append("/impact\"/>\n")
                .append("  <updated>")
                .append(updated)
                .append("</updated>\n")
                .append("  <author><name>The regulator</name></author>\n");
        for (FeedEntry e : entries) {
            xml.append("  <entry>\n")
                    .append("    <id>")
                    .append(escape(e.id()))
                    .append("</id>\n")
                    .append("    <title>")
                    .append(escape(e.title()))
                    .append("</title>\n")
                    .append("    <link rel=\"alternate\" href=\"")
                    .append(escape(baseUrl + e.path()))
                    .append("\"/>\n")
                    .append("    <updated>")
                    .append(e.updated() == null ? updated : e.updated())
                    .append("</updated>\n")
                    .append("    <summary>")
                    .append(escape(e.summary()))
                    .append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    /** Escaped, and without the characters XML cannot hold, so the feed parses whatever was stored */
    static String escape(String text) {
        return SafeText.xml(text);
    }
}
