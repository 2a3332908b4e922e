/** The terminal dialogue that asks for the answers, explains each question and shows what changed before saving. */
package footplan.questionnaire;
