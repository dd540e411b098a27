package org.parknews.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parknews.TestPipeline;

/** The rules shipped to executors: keyed by content, rebuilt byte for byte, one pipeline per key. */
class SeedsBundleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "same files,          parks.txt, 开发区, parks.txt, 开发区, true",
            "changed content,     parks.txt, 开发区, parks.txt, 高新区, false",
            "renamed file,        parks.txt, 开发区, other.txt, 开发区, false",
    })
    void keyFollowsNamesAndContent(String kind, String nameA, String textA, String nameB, String textB,
                                   boolean same, @TempDir Path dir) throws IOException {
        String a = SeedsBundle.read(folder(dir.resolve("a"), nameA, textA)).key();
        String b = SeedsBundle.read(folder(dir.resolve("b"), nameB, textB)).key();
        assertEquals(same, a.equals(b));
    }

    @Test
    void survivesSerialisationAndMaterialisesTheSameFiles() throws Exception {
        SeedsBundle bundle = SeedsBundle.read(TestPipeline.SEEDS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(bundle);
        }
        SeedsBundle copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (SeedsBundle) in.readObject();
        }
        assertEquals(bundle.key(), copy.key());
        Path dir = copy.materialize();
        for (String name : bundle.files().keySet()) {
            assertArrayEquals(Files.readAllBytes(TestPipeline.SEEDS.resolve(name)), Files.readAllBytes(dir.resolve(name)));
        }
    }

    @Test
    void oneExecutorPipelinePerRuleSet() throws IOException {
        SeedsBundle first = SeedsBundle.read(TestPipeline.SEEDS);
        SeedsBundle second = SeedsBundle.read(TestPipeline.SEEDS);
        assertSame(ExecutorPipelines.get(first), ExecutorPipelines.get(second));
        assertEquals(TestPipeline.get().rules().hash(), ExecutorPipelines.get(first).rules().hash());
    }

    private static Path folder(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name), "# " + name + ": test\n" + text + "\n", StandardCharsets.UTF_8);
        return dir;
    }
}
