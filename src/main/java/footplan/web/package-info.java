/** The local web page: questionnaire, plan, handout, check-ins and calendar feed, served by an embedded server. */
package footplan.web;
