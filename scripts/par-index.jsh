// par-index in jshell: every package that par-index-core and par-index-rules export, imported.
// Opened by ./scripts/jshell (docs/guide/scenarios-and-jshell.md); JshellScriptTest checks it imports every
// package of the two module-info.java files. Names that two packages share (Reports, say) need their package.
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.*;
import io.github.parindex.model.*;
import io.github.parindex.method.*;
import io.github.parindex.engine.*;
import io.github.parindex.audit.*;
import io.github.parindex.scenario.*;
import io.github.parindex.lineage.*;
import io.github.parindex.report.*;
import io.github.parindex.sipas.*;
import io.github.parindex.rules.*;
import io.github.parindex.rules.report.*;
import io.github.parindex.rules.table.*;
import io.github.parindex.rules.lineage.*;
import io.github.parindex.rules.survey.*;

// a helper for the session
void print(Object o) { System.out.println(o); }
