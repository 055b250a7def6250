package org.paperkg.source.readers;

/** A non-blank line of a page with its 1-based number, so every record knows where it stood. */
record Line(int number, String text) {
}
