package org.paperkg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The identifiers sources give authors, told apart by their form. */
final class AuthorIds {
    enum Kind { OPENREVIEW_PROFILE, ORCID, EMAIL, NONE }

    private static final Pattern PROFILE = Pattern.compile("~\\S+");
    private static final Pattern ORCID = Pattern.compile("(?:https?://orcid\\.org/)?(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])");
    private static final Pattern EMAIL = Pattern.compile("(?:mailto:)?[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private AuthorIds() {
    }

    static Kind kind(String id) {
        if (id == null || id.isBlank()) return Kind.NONE;
        String s = id.strip();
        if (PROFILE.matcher(s).matches()) return Kind.OPENREVIEW_PROFILE;
        if (ORCID.matcher(s).matches()) return Kind.ORCID;
        if (EMAIL.matcher(s).matches()) return Kind.EMAIL;
        return Kind.NONE;
    }

    static String orcid(String id) {
        Matcher m = ORCID.matcher(id.strip());
        if (!m.matches()) throw new IllegalArgumentException("not an ORCID: " + id);
        return m.group(1);
    }

    /** foaf:mbox_sha1sum: SHA-1 of "mailto:" + the address (lower-cased, so case variants agree). */
    static String mboxSha1sum(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (address.startsWith("mailto:")) address = address.substring("mailto:".length());
        try {
            byte[] d = MessageDigest.getInstance("SHA-1").digest(("mailto:" + address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java runtime", e);
        }
    }
}
