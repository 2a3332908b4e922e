package footplan.cli;

import footplan.UserInputException;
import footplan.answers.CheckInsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The answers files of a batch folder, and the calendar each one writes. */
final class BatchFiles {

    /**
     * One answers file and its calendar.
     *
     * @param index where it comes in the folder's sorted listing
     */
    record Person(int index, Path answers, Path calendar) {
    }

    private BatchFiles() {
    }

    /**
     * The {@code *.yaml} and {@code *.yml} files of the folder but the check-ins beside them
     * ({@code *.checkins.yaml}), sorted by name, each with the calendar
     * {@code <out>/<stem>.ics}. Two people may well give the same name in their answers, so the calendar is named
     * after the answers file, whose name is unique in its folder; only {@code a.yaml} next to {@code a.yml} share
     * a stem, and those keep their whole file name ({@code a.yaml.ics}, {@code a.yml.ics}).
     *
     * @throws UserInputException when the folder cannot be listed or has no answers files
     */
    static List<Person> list(Path folder, Path out) {
        List<Path> files = answersFiles(folder);
        Map<String, Integer> stems = new HashMap<>();
        files.forEach(file -> stems.merge(stem(file), 1, Integer::sum));
        List<Person> people = new ArrayList<>();
        Set<Path> taken = new HashSet<>();
        for (Path file : files) {
            String name = stems.get(stem(file)) == 1 ? stem(file) : file.getFileName().toString();
            Path calendar = out.resolve(name + ".ics");
            if (!taken.add(calendar)) { // "a.yaml.yaml" next to "a.yaml" and "a.yml": rare, but never overwrite
                calendar = out.resolve(name + "-" + (people.size() + 1) + ".ics");
                taken.add(calendar);
            }
            people.add(new Person(people.size(), file, calendar));
        }
        return people;
    }

    private static List<Path> answersFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UserInputException(folder + ": is not a folder; give the folder of answers files to plan");
        }
        try (Stream<Path> listing = Files.list(folder)) {
            List<Path> files = listing.filter(BatchFiles::isAnswers).sorted().toList();
            if (files.isEmpty()) {
                throw new UserInputException(folder + ": has no answers files (*.yaml or *.yml); see examples/");
            }
            return files;
        } catch (IOException e) {
            throw new UserInputException(folder + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isAnswers(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.startsWith(".")
                && !CheckInsFile.isCheckInsFile(file) && Files.isRegularFile(file);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }
}
