/**
 * The person's answers: what they are ({@link footplan.answers.Answers} and its parts), how each answer is read
 * from text ({@link footplan.answers.Values}), the strict YAML answers file
 * ({@link footplan.answers.AnswersFile}), and the check-ins file of how each session went
 * ({@link footplan.answers.CheckInsFile}). Jackson YAML is used here and nowhere else.
 */
package footplan.answers;
