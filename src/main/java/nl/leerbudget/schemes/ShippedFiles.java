package nl.leerbudget.schemes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the scheme files shipped on the class path (under {@code /schemes/}). */
final class ShippedFiles {

    private ShippedFiles() {}

    static String read(String path) {
        try (InputStream in = ShippedFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
