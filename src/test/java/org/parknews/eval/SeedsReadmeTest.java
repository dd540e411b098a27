package org.parknews.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parknews.TestPipeline;

/** Every rule file is documented in seeds/README.md and opens with a comment stating its format. */
class SeedsReadmeTest {

    static Stream<Path> seedFiles() throws IOException {
        return Files.list(TestPipeline.SEEDS).filter(p -> p.getFileName().toString().matches(".*\\.(txt|tsv)")).sorted();
    }

    @ParameterizedTest
    @MethodSource("seedFiles")
    void fileIsDocumented(Path file) throws IOException {
        String name = file.getFileName().toString();
        String readme = Files.readString(TestPipeline.SEEDS.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("\n### " + name + ":"), "add a section '### " + name + ": …' to seeds/README.md");
        String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        assertTrue(first.startsWith("# " + name + ":"), name + " must start with '# " + name + ": <what it holds>'");
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("Format:"), name + " must state its format");
    }
}
