/**
 * The questionnaire: the catalogue of its questions ({@link footplan.questionnaire.Question}), the terminal dialogue
 * that asks them, explains each and shows what changed before saving, and the same questions as form fields for the
 * web ({@link footplan.questionnaire.AnswersForm}).
 */
package footplan.questionnaire;
