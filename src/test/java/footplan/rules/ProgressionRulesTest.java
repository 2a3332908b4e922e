package footplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import footplan.rules.facts.Advice;
import footplan.rules.facts.Dose;
import footplan.rules.facts.Exercise;
import footplan.rules.facts.LowEnd;
import footplan.rules.facts.ProgramWeek;
import footplan.rules.facts.ReferralReason;
import footplan.rules.facts.Step;
import footplan.rules.facts.SteppedDose;
import footplan.rules.facts.WeekCheckIn;
import footplan.rules.facts.WeekReview;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * progression.drl, one rule at a time. The program of {@link TestAnswers} starts on Tuesday 1 December 2026 and
 * runs 6 weeks on Monday, Wednesday and Friday: week 1 has Wed 2, Fri 4 and Mon 7 Dec, week 2 Wed 9, Fri 11 and
 * Mon 14 Dec, and so on. The usual pain (pain.level) is 3 unless a test says otherwise.
 */
class ProgressionRulesTest {

    private static final String REFER = "A check-in with pain of 8 or more means seeing a clinician";
    private static final String STEP_BACK = "Step back when pain during a session went above 5";
    private static final String HOLD = "Hold when a session was missed, felt hard or hurt more the next morning";
    private static final String PROGRESS = "Progress when the week's sessions went well";
    private static final String NOT_CHECKED_IN = "Follow the plan after a week without check-ins";
    private static final String TWO_STEP_BACKS =
            "Two weeks in a row stepped back keep the low end and mean seeing a clinician";
    private static final String WEEK_ONE = "Week 1 starts at the low end";
    private static final String UP = "A week that went well moves the next one step up";
    private static final String SAME = "A held week repeats its step";
    private static final String BACK = "A painful week moves the next one step back";
    private static final String UNCHECKED_UP = "A week without check-ins moves the next one step up, as planned";
    private static final String AHEAD = "Weeks after the last check-in follow the plan from there";
    private static final String LOW_END = "After two step-backs every later week stays at the low end";
    private static final String DOSE = "Dose each exercise at its week's step";

    private static final LocalDate START = LocalDate.of(2026, 12, 1);
    private static final LocalDate WED_2_DEC = LocalDate.of(2026, 12, 2);
    private static final LocalDate FRI_4_DEC = LocalDate.of(2026, 12, 4);
    private static final LocalDate MON_7_DEC = LocalDate.of(2026, 12, 7);
    private static final LocalDate WED_9_DEC = LocalDate.of(2026, 12, 9);

    /** A session that was done. */
    private static WeekCheckIn done(LocalDate date, int painDuring, int painNextMorning, boolean hard) {
        return new WeekCheckIn(WeekCheckIn.weekOf(date, START), date, true, painDuring, painNextMorning, hard);
    }

    private static WeekCheckIn done(LocalDate date, int painDuring) {
        return done(date, painDuring, WeekCheckIn.NOT_GIVEN, false);
    }

    private static WeekCheckIn missed(LocalDate date) {
        return new WeekCheckIn(WeekCheckIn.weekOf(date, START), date, false, WeekCheckIn.NOT_GIVEN,
                WeekCheckIn.NOT_GIVEN, false);
    }

    /** The answers (usual pain 3), the six program weeks and the given facts. */
    private static Object[] facts(int usualPain, Object... more) {
        List<Object> facts = new ArrayList<>(Rules.answerFacts(TestAnswers.fit().pain(usualPain).build()));
        for (int week = 1; week <= 6; week++) {
            facts.add(new ProgramWeek(week, 6));
        }
        facts.addAll(Arrays.asList(more));
        return facts.toArray();
    }

    private static List<WeekReview> reviews(String rule, Object... checkIns) {
        return Rules.only(rule, facts(3, checkIns)).facts(WeekReview.class);
    }

    @Nested
    class Referral {

        @Test
        void painOfEightOrMoreDuringASessionRefers() {
            List<ReferralReason> reasons = Rules.only(REFER, facts(3, done(WED_2_DEC, 8))).facts(ReferralReason.class);

            assertThat(reasons).singleElement().extracting(ReferralReason::reason).asString()
                    .contains("pain 8/10 during Wed 2 Dec").contains("(check-ins)").contains("clinician");
        }

        @Test
        void soDoesPainOfEightOrMoreTheNextMorning() {
            List<ReferralReason> reasons = Rules.only(REFER, facts(3, done(FRI_4_DEC, 4, 9, false)))
                    .facts(ReferralReason.class);

            assertThat(reasons).singleElement().extracting(ReferralReason::reason).asString()
                    .contains("pain 9/10 the morning after Fri 4 Dec");
        }

        @Test
        void painOfSevenDoesNot() {
            assertThat(Rules.only(REFER, facts(3, done(WED_2_DEC, 7, 7, true))).facts(ReferralReason.class)).isEmpty();
        }
    }

    @Nested
    class Reviews {

        @Test
        void painDuringAboveFiveStepsBackNamingTheWorstSession() {
            List<WeekReview> reviews = reviews(STEP_BACK, done(WED_2_DEC, 6), done(FRI_4_DEC, 7), done(MON_7_DEC, 7));

            assertThat(reviews).containsExactly(new WeekReview(1, Verdict.STEP_BACK,
                    "pain 7/10 during Fri 4 Dec, above 5/10"));
            assertThat(reviews.get(0).reason()).isEqualTo("Week 1: pain 7/10 during Fri 4 Dec, above 5/10.");
        }

        @Test
        void painDuringOfFiveIsAcceptable() {
            assertThat(reviews(STEP_BACK, done(WED_2_DEC, 5))).isEmpty();
        }

        @Test
        void theLastWeekDecidesNothingForAWeekThatDoesNotExist() {
            LocalDate lastWeek = START.plusWeeks(5).plusDays(1);
            assertThat(reviews(STEP_BACK, done(lastWeek, 7))).isEmpty();
            assertThat(reviews(PROGRESS, done(lastWeek, 1))).isEmpty();
        }

        @Test
        void aMissedSessionHolds() {
            assertThat(reviews(HOLD, done(WED_2_DEC, 2), missed(FRI_4_DEC))).containsExactly(
                    new WeekReview(1, Verdict.HOLD, "the session of Fri 4 Dec was missed"));
        }

        @Test
        void aHardSessionHolds() {
            assertThat(reviews(HOLD, done(WED_2_DEC, 2, WeekCheckIn.NOT_GIVEN, true))).containsExactly(
                    new WeekReview(1, Verdict.HOLD, "effort hard on Wed 2 Dec"));
        }

        @Test
        void morePainThanUsualTheNextMorningHoldsAndEveryReasonIsNamed() {
            List<WeekReview> reviews = reviews(HOLD, done(WED_2_DEC, 4, 4, true), missed(MON_7_DEC));

            assertThat(reviews).singleElement().extracting(WeekReview::why).isEqualTo("effort hard on Wed 2 Dec;"
                    + " pain 4/10 the morning after Wed 2 Dec, above your usual 3/10 (pain.level);"
                    + " the session of Mon 7 Dec was missed");
        }

        @Test
        void theUsualPainTheNextMorningDoesNotHold() {
            assertThat(reviews(HOLD, done(WED_2_DEC, 4, 3, false))).isEmpty();
        }

        @Test
        void painAboveFiveStepsBackRatherThanHolds() {
            assertThat(reviews(HOLD, done(WED_2_DEC, 6), missed(FRI_4_DEC))).isEmpty();
        }

        @Test
        void aGoodWeekProgressesNamingItsMostPainfulSession() {
            List<WeekReview> reviews = reviews(PROGRESS, done(WED_2_DEC, 2, 3, false), done(FRI_4_DEC, 5),
                    done(MON_7_DEC, 5, 1, false));

            assertThat(reviews).containsExactly(new WeekReview(1, Verdict.PROGRESS, "3 sessions done, pain during at"
                    + " most 5/10 (Fri 4 Dec), no next-morning pain above your usual 3/10 (pain.level)"));
        }

        @Test
        void anythingThatHoldsOrStepsBackIsNoProgress() {
            assertThat(reviews(PROGRESS, done(WED_2_DEC, 2), missed(FRI_4_DEC))).isEmpty();
            assertThat(reviews(PROGRESS, done(WED_2_DEC, 2, 4, false))).isEmpty();
            assertThat(reviews(PROGRESS, done(WED_2_DEC, 2, 0, true))).isEmpty();
            assertThat(reviews(PROGRESS, done(WED_2_DEC, 6))).isEmpty();
        }

        @Test
        void aWeekWithoutCheckInsBeforeALaterOneFollowsThePlanAndSaysSo() {
            List<WeekReview> reviews = reviews(NOT_CHECKED_IN, done(WED_9_DEC, 2));

            assertThat(reviews).singleElement().satisfies(r -> {
                assertThat(r.week()).isEqualTo(1);
                assertThat(r.verdict()).isEqualTo(Verdict.NOT_CHECKED_IN);
                assertThat(r.why()).contains("check in after each session and the plan adjusts");
            });
        }

        @Test
        void weeksAfterTheLastCheckInAreNotReviewed() {
            assertThat(reviews(NOT_CHECKED_IN, done(WED_2_DEC, 2))).isEmpty();
        }

        @Test
        void twoStepBacksInARowKeepTheLowEndAndAdviseAClinician() {
            RuleRun run = Rules.only(TWO_STEP_BACKS, facts(3,
                    new WeekReview(2, Verdict.STEP_BACK, "pain 6/10 during Wed 9 Dec, above 5/10"),
                    new WeekReview(3, Verdict.STEP_BACK, "pain 7/10 during Fri 18 Dec, above 5/10")));

            assertThat(run.facts(LowEnd.class)).singleElement().satisfies(l -> {
                assertThat(l.fromWeek()).isEqualTo(4);
                assertThat(l.reason()).contains("Weeks 2 and 3 both stepped back (pain 6/10 during Wed 9 Dec, above"
                        + " 5/10; pain 7/10 during Fri 18 Dec, above 5/10)");
            });
            assertThat(run.facts(Advice.class)).singleElement().extracting(Advice::text).asString()
                    .contains("see a clinician");
        }

        @Test
        void stepBacksWithAWeekBetweenDoNotLatch() {
            RuleRun run = Rules.only(TWO_STEP_BACKS, facts(3,
                    new WeekReview(1, Verdict.STEP_BACK, "a"), new WeekReview(2, Verdict.HOLD, "b"),
                    new WeekReview(3, Verdict.STEP_BACK, "c")));

            assertThat(run.facts(LowEnd.class)).isEmpty();
        }
    }

    @Nested
    class Steps {

        private List<Step> steps(String rule, Object... facts) {
            return Rules.only(rule, facts(3, facts)).facts(Step.class);
        }

        @Test
        void week1IsTheLowEndOnceThereAreCheckIns() {
            assertThat(steps(WEEK_ONE, done(WED_2_DEC, 2))).singleElement()
                    .satisfies(s -> assertThat(List.of(s.week(), s.step())).containsExactly(1, 1));
            assertThat(steps(WEEK_ONE)).isEmpty();
        }

        @Test
        void aGoodWeekMovesOneStepUp() {
            assertThat(steps(UP, new Step(2, 1, Verdict.HOLD, ""), new WeekReview(2, Verdict.PROGRESS, "went well")))
                    .singleElement().satisfies(s -> {
                        assertThat(s.step()).isEqualTo(2);
                        assertThat(s.reason()).isEqualTo("Week 3 progresses to the dose of week 2 of the plan."
                                + " Week 2: went well.");
                    });
        }

        @Test
        void aHeldWeekRepeatsItsStep() {
            assertThat(steps(SAME, new Step(2, 2, Verdict.PROGRESS, ""), new WeekReview(2, Verdict.HOLD,
                    "effort hard on Wed 9 Dec"))).singleElement().satisfies(s -> {
                        assertThat(s.step()).isEqualTo(2);
                        assertThat(s.reason()).isEqualTo("Week 3 holds at the dose of week 2 of the plan instead of"
                                + " progressing. Week 2: effort hard on Wed 9 Dec.");
                    });
        }

        @Test
        void aPainfulWeekStepsBackButNeverBelowWeek1() {
            assertThat(steps(BACK, new Step(3, 3, Verdict.PROGRESS, ""), new WeekReview(3, Verdict.STEP_BACK, "x")))
                    .singleElement().satisfies(s -> {
                        assertThat(s.step()).isEqualTo(2);
                        assertThat(s.reason()).startsWith("Week 4 steps back to the dose of week 2 of the plan.");
                    });
            assertThat(steps(BACK, new Step(1, 1, Verdict.PLANNED, ""), new WeekReview(1, Verdict.STEP_BACK, "x")))
                    .singleElement().satisfies(s -> {
                        assertThat(s.step()).isEqualTo(1);
                        assertThat(s.reason()).startsWith("Week 2 stays at the dose of week 1 of the plan, the low"
                                + " end.");
                    });
        }

        @Test
        void aWeekWithoutCheckInsMovesOneStepUp() {
            assertThat(steps(UNCHECKED_UP, new Step(2, 2, Verdict.PROGRESS, ""),
                    new WeekReview(2, Verdict.NOT_CHECKED_IN, "no check-ins"))).singleElement()
                    .satisfies(s -> assertThat(s.reason()).startsWith("Week 3 progresses to its planned dose, as"
                            + " planned."));
        }

        @Test
        void weeksAheadFollowThePlanFromTheLastStep() {
            List<Step> steps = steps(AHEAD, new Step(3, 2, Verdict.HOLD, ""));

            assertThat(steps).extracting(Step::week).containsExactlyInAnyOrder(4, 5, 6);
            assertThat(steps).allSatisfy(s -> assertThat(s.step()).isEqualTo(s.week() - 1));
        }

        @Test
        void aWeekAlreadyReviewedIsNotPlannedAgain() {
            assertThat(steps(AHEAD, new Step(3, 2, Verdict.HOLD, ""), new WeekReview(3, Verdict.HOLD, ""))).isEmpty();
        }

        @Test
        void afterTwoStepBacksEveryLaterWeekIsAtTheLowEnd() {
            List<Step> steps = steps(LOW_END, new LowEnd(4, "Weeks 2 and 3 both stepped back."));

            assertThat(steps).extracting(Step::week).containsExactlyInAnyOrder(4, 5, 6);
            assertThat(steps).allSatisfy(s -> {
                assertThat(s.step()).isEqualTo(1);
                assertThat(s.verdict()).isEqualTo(Verdict.LOW_END);
            });
        }

        @Test
        void theLowEndWinsOverTheWeekBeforesReview() {
            assertThat(steps(UP, new Step(3, 3, Verdict.PROGRESS, ""), new WeekReview(3, Verdict.PROGRESS, ""),
                    new LowEnd(4, ""))).isEmpty();
        }
    }

    @Nested
    class Doses {

        private final Exercise heelRaises = Rules.exercise("heel-raises");

        private Dose planned(int week, boolean progress) {
            return Dose.of(heelRaises, heelRaises.asDescribed(), new ProgramWeek(week, 6), progress, "planned");
        }

        @Test
        void aWeekBehindThePlanTakesTheDoseOfItsStep() {
            Step step = new Step(4, 2, Verdict.HOLD, "Week 4 holds at the dose of week 2 of the plan.");

            List<SteppedDose> doses = Rules.only(DOSE, facts(3, step, heelRaises, planned(4, true)))
                    .facts(SteppedDose.class);

            Dose week2 = planned(2, true);
            assertThat(doses).singleElement().satisfies(d -> {
                assertThat(List.of(d.sets(), d.reps(), d.holdSeconds()))
                        .containsExactly(week2.sets(), week2.reps(), week2.holdSeconds());
                assertThat(d.seconds()).isEqualTo(week2.seconds());
                assertThat(d.reason()).isEqualTo("Heel raises: " + step.reason());
            });
        }

        @Test
        void aDoseAtTheLowEndAlreadyIsLeftAlone() {
            Step step = new Step(4, 1, Verdict.STEP_BACK, "");

            assertThat(Rules.only(DOSE, facts(6, step, heelRaises, planned(4, false))).facts(SteppedDose.class))
                    .isEmpty();
        }

        @Test
        void aWeekOnPlanIsLeftAlone() {
            Step step = new Step(4, 4, Verdict.PROGRESS, "");

            assertThat(Rules.only(DOSE, facts(3, step, heelRaises, planned(4, true))).facts(SteppedDose.class))
                    .isEmpty();
        }

        @Test
        void aSteppedDoseIsNeverAboveThePlannedOne() {
            // A planned dose kept at the low end by moderate pain stays there, whatever the step.
            Dose low = planned(5, false);
            SteppedDose stepped = SteppedDose.of(heelRaises, low, 4, 6, "");

            assertThat(List.of(stepped.sets(), stepped.reps())).containsExactly(low.sets(), low.reps());
        }
    }
}
