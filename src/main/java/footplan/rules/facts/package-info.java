/**
 * The facts the rules in {@code rules/*.drl} match and insert: the catalogue, the answers they read,
 * and the decisions they make. Public because compiled rules live in their own class loader.
 */
package footplan.rules.facts;
