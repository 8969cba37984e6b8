/**
 * A consumer of the library as a named module: needs only {@code requires org.ocop.scoring} (which reads
 * {@code org.ocop.json} and {@code org.ocop.core} transitively).
 */
module org.ocop.modulepath {
    requires org.ocop.scoring;
}
