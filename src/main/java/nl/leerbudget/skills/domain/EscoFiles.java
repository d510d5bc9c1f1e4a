package nl.leerbudget.skills.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The CSV files of an ESCO release as the Commission's download holds them: loose files, zips of them, or both (the
 * classification of one language and the relations come as separate zips; another language's files may lie beside
 * them). A file is named as in the download ({@code occupations_nl.csv}); a zip is read for the one file asked, so
 * that nothing is unpacked to disk.
 */
public final class EscoFiles {

    /** Opens the bytes of a loose file or a zip, every time anew. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** Where a file is: loose, or an entry of a zip. */
    private record Place(Opener container, String entry, boolean zipped) {}

    private final Map<String, Place> files;

    private EscoFiles(Map<String, Place> files) {
        this.files = Map.copyOf(files);
    }

    /** Files and zips by their names (only the name's last part counts). */
    public static EscoFiles of(Map<String, Opener> sources) {
        Map<String, Place> files = new LinkedHashMap<>();
        sources.forEach((name, opener) -> {
            String base = name.substring(name.lastIndexOf('/') + 1);
            if (base.endsWith(".zip")) {
                for (String entry : entries(opener)) {
                    files.putIfAbsent(entry.substring(entry.lastIndexOf('/') + 1), new Place(opener, entry, true));
                }
            } else if (base.endsWith(".csv")) {
                files.putIfAbsent(base, new Place(opener, base, false));
            }
        });
        return new EscoFiles(files);
    }

    /** The CSV files and zips in a folder, or one zip or CSV file. */
    public static EscoFiles in(Path path) {
        Map<String, Opener> sources = new LinkedHashMap<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> list = Files.list(path)) {
                list.sorted()
                        .forEach(file -> sources.put(file.getFileName().toString(), () -> Files.newInputStream(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            sources.put(path.getFileName().toString(), () -> Files.newInputStream(path));
        }
        return of(sources);
    }

    /** Together: a file in {@code this} wins over one of the same name in {@code other}. */
    public EscoFiles and(EscoFiles other) {
        Map<String, Place> all = new LinkedHashMap<>(files);
        other.files.forEach(all::putIfAbsent);
        return new EscoFiles(all);
    }

    public List<String> names() {
        return files.keySet().stream().sorted().toList();
    }

    public boolean has(String name) {
        return files.containsKey(name);
    }

    /** The file as UTF-8 text; the caller closes it. */
    public Reader open(String name) {
        Place place = files.get(name);
        if (place == null) {
            throw new EscoFileException("the release has no file " + name + " (it has " + names() + ")");
        }
        try {
            InputStream in = place.container().open();
            if (place.zipped()) {
                ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    if (entry.getName().equals(place.entry())) {
                        return new BufferedReader(new InputStreamReader(zip, StandardCharsets.UTF_8), 1 << 16);
                    }
                }
                zip.close();
                throw new EscoFileException("the zip no longer holds " + place.entry());
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> entries(Opener opener) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Objects.requireNonNull(opener.open()), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (!entry.isDirectory() && entry.getName().endsWith(".csv")) {
                    names.add(entry.getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
