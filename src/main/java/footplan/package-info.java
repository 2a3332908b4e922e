/** footplan turns a pain questionnaire into a foot-exercise routine and a calendar of sessions. */
package footplan;
