package ru.nastavnik.roadmap.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The domain is plain Java: no Spring, no Jackson, no persistence annotations. */
class DomainPurityTest {

    private static final Path DOMAIN = Path.of("src/main/java/ru/nastavnik/roadmap/domain");
    private static final List<String> FORBIDDEN = List.of(
            "import org.springframework", "import tools.jackson", "import com.fasterxml", "import jakarta.persistence",
            "import ru.nastavnik.roadmap.adapter");

    @Test
    void domainSourcesImportNoFrameworks() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(DOMAIN)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(sources).as("domain sources under %s", DOMAIN.toAbsolutePath()).hasSizeGreaterThan(20);

        List<String> violations = sources.stream()
                .flatMap(p -> lines(p).filter(l -> FORBIDDEN.stream().anyMatch(l::startsWith)).map(l -> p + ": " + l))
                .toList();

        assertThat(violations).isEmpty();
    }

    private static Stream<String> lines(Path path) {
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8).stream().map(String::strip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
