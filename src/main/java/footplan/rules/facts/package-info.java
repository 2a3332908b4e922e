/**
 * The facts the rules in {@code rules/*.drl} match and insert, public because compiled rules load them from their
 * own class loader.
 */
package footplan.rules.facts;
