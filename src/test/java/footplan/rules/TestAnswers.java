package footplan.rules;

import footplan.answers.Abilities;
import footplan.answers.Answers;
import footplan.answers.Equipment;
import footplan.answers.Footwear;
import footplan.answers.Pain;
import footplan.answers.PainArea;
import footplan.answers.Safety;
import footplan.answers.SafetyQuestion;
import footplan.answers.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/** Answers for rule tests: a fit person with everything, changed one answer at a time. */
final class TestAnswers {

    Set<PainArea> areas = EnumSet.noneOf(PainArea.class);
    int level = 3;
    boolean legRadiating;
    Set<SafetyQuestion> yes = EnumSet.noneOf(SafetyQuestion.class);
    boolean highHeels;
    boolean pointedToes;
    boolean poorFit;
    boolean running;
    String notes = "";
    boolean standOnOneLeg = true;
    boolean lieOnFloor = true;
    boolean sitOnFloor = true;
    Set<Equipment> equipment = EnumSet.allOf(Equipment.class);
    int minutes = 40;
    int weeks = 6;

    static TestAnswers fit() {
        return new TestAnswers();
    }

    TestAnswers pain(int level, PainArea... areas) {
        this.level = level;
        this.areas = areas.length == 0 ? EnumSet.noneOf(PainArea.class) : EnumSet.of(areas[0], areas);
        return this;
    }

    TestAnswers notes(String notes) {
        this.notes = notes;
        return this;
    }

    TestAnswers without(Equipment item) {
        equipment.remove(item);
        return this;
    }

    TestAnswers minutes(int minutes) {
        this.minutes = minutes;
        return this;
    }

    TestAnswers weeks(int weeks) {
        this.weeks = weeks;
        return this;
    }

    Answers build() {
        Schedule schedule = new Schedule(3, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                LocalTime.of(7, 30), ZoneId.of("Europe/Berlin"), LocalDate.of(2026, 12, 1), weeks, 10, new TreeSet<>());
        return new Answers("Test", new Pain(areas, level, legRadiating), new Safety(yes),
                new Footwear(highHeels, pointedToes, poorFit, running, notes),
                new Abilities(standOnOneLeg, lieOnFloor, sitOnFloor), equipment, minutes, schedule);
    }
}
