package io.github.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Points are BigDecimal end to end: no {@code double} or {@code float} anywhere in core's main code. */
class NoFloatingPointTest {

  private static final Pattern FLOATING = Pattern.compile("\\b(double|float|Double|Float)\\b");

  @Test
  void coreMainCodeHasNoFloatingPointTypes() throws IOException {
    Path main = Path.of("src", "main", "java");
    assertThat(main).as("run from the module directory").isDirectory();
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String code = lines.get(i).replaceAll("//.*$", "").replaceAll("\"[^\"]*\"", "\"\"");
          if (!code.trim().startsWith("*") && FLOATING.matcher(code).find()) {
            hits.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    }
    assertThat(hits).as("floating-point types in par-index-core main code").isEmpty();
  }
}
