// A scenario session: run it after startup.jsh (see "Scenario analysis in jshell"). Checked by JshellScriptTest.
var rs = ruleSet();
var a = assessment();
var card = score(rs, a);
print(card);
print(explain(card, "7.2"));
var r = whatIf(rs, a, answer("7.2", Answer.rate(7436, 7436)), answer("3.4", Answer.percent("100")));
print(r.diff().render());
var g = gains(rs, a);
g.top(3).forEach(x -> print(x.describe()));
print(g.pathToGrade("A").map(p -> p.render()).orElse("group A is out of reach"));
print(provinces().describe("tien-giang", LocalDate.of(2025, 7, 1)));
saveHtml("target/jshell-report.html", HtmlPage.titled("Tiền Giang 2017 (minh họa)").scorecard(card).gains(g, 5).render());
/exit
