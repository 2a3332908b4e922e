/** Files replaced in one step, with the previous version kept beside them, so nothing on disk is ever half-written. */
package footplan.files;
