/** The person's answers: what they are, how they are read from and written to YAML, and how they are asked. */
package footplan.questionnaire;
