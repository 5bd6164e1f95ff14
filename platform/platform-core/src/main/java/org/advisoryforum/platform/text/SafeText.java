package org.advisoryforum.platform.text;

/**
 * The characters text may hold, and writers that stay well formed whatever was stored. Text fields accept
 * newline and tab, and a carriage return only directly before a newline; every other control character
 * (C0, DEL, C1), an unpaired surrogate and the non-characters U+FFFE/U+FFFF are refused on input.
 */
public final class SafeText {

    private SafeText() {}

    /** The index of the first character a text field refuses, or -1 when there is none. */
    public static int firstRefused(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t') {
                continue;
            }
            if (c == '\r') {
                if (i + 1 < length && text.charAt(i + 1) == '\n') {
                    continue;
                }
                return i;
            }
            if (c < 0x20 || c >= 0x7f && c <= 0x9f || c == 0xfffe || c == 0xffff) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isAcceptable(CharSequence text) {
        return firstRefused(text) < 0;
    }

    /** Drops every character XML 1.0 cannot hold (and the C1 controls), then escapes the markup characters. */
    public static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
                continue;
            }
            if (!xmlChar(c)) {
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean xmlChar(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (c < 0x20 || c >= 0x7f && c <= 0x9f || Character.isSurrogate(c)) {
            return false;
        }
        return c != 0xfffe && c != 0xffff;
    }

    /**
     * One RFC 4180 cell: control characters other than newline and tab dropped, quoted when it holds a comma,
     * quote or line break, and a leading {@code = + - @} (or tab or carriage return) neutralised with an
     * apostrophe so that spreadsheets do not run it as a formula. Numbers are written as they are.
     */
    public static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String raw = value.toString();
        if (value instanceof Number) {
            return raw;
        }
        StringBuilder clean = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                clean.append(c).append(raw.charAt(++i));
            } else if (c == '\n' || c == '\t' || c == '\r' || xmlChar(c)) {
                clean.append(c);
            }
        }
        String text = clean.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
