package footplan.questionnaire;

import footplan.answers.CheckIn;

/**
 * The questions of a check-in, in the order they are asked, keyed as in the check-ins file; the terminal and the
 * web page ask them in these words.
 */
public enum CheckInQuestion {

    DONE("done", "Did you do the session?",
            "Answer no when you missed it: a missed session holds next week's doses where they are."),
    PAIN_DURING("pain_during", "Worst pain during the session, 0-10",
            "0 is no pain, 10 the worst imaginable. Above 5 steps next week back; 8 or more means seeing a"
                    + " clinician first."),
    PAIN_NEXT_MORNING("pain_next_morning", "Pain the next morning, 0-10",
            "More pain the morning after than usual holds next week's doses."),
    EFFORT("effort", "How hard did it feel: easy, right or hard",
            "Right is hard work by the last repetitions with good form; hard holds next week's doses."),
    NOTE("note", "A note (optional)", "Free text for yourself, up to " + CheckIn.MAX_NOTE_LENGTH + " characters.");

    private final String key;
    private final String question;
    private final String help;

    CheckInQuestion(String key, String question, String help) {
        this.key = key;
        this.question = question;
        this.help = help;
    }

    /** The key in the check-ins file, e.g. {@code pain_during}; the web form's field name. */
    public String key() {
        return key;
    }

    public String question() {
        return question;
    }

    public String help() {
        return help;
    }
}
