/**
 * The person's answers: what they are ({@link footplan.questionnaire.Answers} and its parts), how they are
 * read from and written to the YAML answers file ({@link footplan.questionnaire.AnswersFile}), and how they
 * are asked in the terminal ({@link footplan.questionnaire.Questionnaire}). Jackson YAML is used here and
 * nowhere else.
 */
package footplan.questionnaire;
