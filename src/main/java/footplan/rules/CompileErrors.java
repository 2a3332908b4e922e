package footplan.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.jci.CompilationProblem;

/**
 * The DRL compiler's errors as {@code file:line: message} lines. Drools reports a Java error in a rule's action
 * (its {@code then} part) at the rule's first line; such an error is moved to the line of the action it is on.
 */
final class CompileErrors {

    /**
     * Lines of Drools' generated consequence method before the action's own first line: the method's signature
     * and the {@code kcontext} and {@code drools} variables. Checked against the rule file's text for every error,
     * so a Drools version that generates it otherwise falls back to the {@code then} line, never a wrong line.
     */
    private static final int GENERATED_LINES_BEFORE_ACTION = 3;

    private CompileErrors() {
    }

    /**
     * @param texts the text of each rule file by the name Drools knows it under
     */
    static String describe(Collection<KnowledgeBuilderError> errors, Map<String, String> texts) {
        List<String> lines = new ArrayList<>();
        for (KnowledgeBuilderError error : errors) {
            String file = error.getResource() == null ? "rules" : error.getResource().getSourcePath();
            List<String> inAction = error instanceof RuleBuildError ruleError && texts.containsKey(file)
                    ? inAction(ruleError, file, texts.get(file)) : List.of();
            if (!inAction.isEmpty()) {
                lines.addAll(inAction);
                continue;
            }
            int[] at = error.getLines();
            String line = at != null && at.length > 0 && at[0] > 0 ? ":" + at[0] : "";
            lines.add(file + line + ": " + tidy(error.getMessage()));
        }
        return String.join(System.lineSeparator(), lines.stream().distinct().toList());
    }

    /** A line per Java problem in the rule's action; empty when the error is not about the action. */
    private static List<String> inAction(RuleBuildError error, String file, String drl) {
        if (!(error.getDescr() instanceof RuleDescr rule) || !(error.getObject() instanceof CompilationProblem[] all)
                || !(rule.getConsequence() instanceof String action)) {
            return List.of();
        }
        String[] drlLines = drl.split("\r?\n|\r", -1);
        String[] actionLines = action.split("\r?\n|\r", -1);
        int thenLine = rule.getConsequenceLine();
        int first = firstActionLine(drlLines, thenLine);
        List<String> lines = new ArrayList<>();
        for (CompilationProblem problem : all) {
            if (!problem.isError() || !problem.getFileName().endsWith("/" + rule.getClassName() + ".java")) {
                continue;
            }
            // The consequence method is the last of the generated class; its first line follows the offset.
            int inAction = problem.getStartLine() - rule.getConsequenceOffset() - GENERATED_LINES_BEFORE_ACTION;
            if (inAction < 1 && problem.getStartLine() <= rule.getConsequenceOffset()) {
                continue; // a condition compiled into the same class, such as an eval: the rule's line is right
            }
            int line = inAction >= 1 && inAction <= actionLines.length && first > 0
                    && sameLine(drlLines, first + inAction - 1, actionLines[inAction - 1])
                    ? first + inAction - 1 : thenLine;
            lines.add(file + ":" + line + ": rule \"" + rule.getName() + "\", in its action: "
                    + tidy(problem.getMessage()));
        }
        return lines;
    }

    /** The line the action's text starts on: the {@code then} line when it goes on after {@code then}, else a later one. */
    private static int firstActionLine(String[] drlLines, int thenLine) {
        if (thenLine < 1 || thenLine > drlLines.length) {
            return -1;
        }
        String rest = drlLines[thenLine - 1].replaceFirst("^\\s*then\\b", "");
        if (!rest.isBlank()) {
            return thenLine;
        }
        for (int i = thenLine; i < drlLines.length; i++) {
            if (!drlLines[i].isBlank()) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean sameLine(String[] drlLines, int line, String actionLine) {
        if (line < 1 || line > drlLines.length) {
            return false;
        }
        String drl = drlLines[line - 1].strip();
        String expected = actionLine.strip();
        return drl.equals(expected) || (!expected.isEmpty() && drl.endsWith(expected));
    }

    /** Drools messages span several lines with MVEL internals; keep what a rule author can act on. */
    static String tidy(String message) {
        String text = message == null ? "error" : message.strip();
        text = text.replaceAll("\\[Near : \\{.*?}]", " ")
                .replaceAll("\\[Line: \\d+, Column: \\d+]", " ")
                .replaceAll("\\[Error: ", "")
                .replaceAll("(?m)^\\s*\\^\\s*$", " ")
                .replaceAll(" for the type Rule_\\w+", "")
                .replace(']', ' ');
        return text.replaceAll("\\s+", " ").strip();
    }
}
