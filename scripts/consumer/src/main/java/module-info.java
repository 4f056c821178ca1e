/** The consumer as a module (the second of its two runs). */
module org.example.consumer {
  requires io.github.parindex.core;
  requires io.github.parindex.rules;
}
