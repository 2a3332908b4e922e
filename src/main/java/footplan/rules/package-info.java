/** The knowledge base: the exercise catalogue and the Drools rules that turn answers into a routine. */
package footplan.rules;
