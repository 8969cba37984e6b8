/**
 * The OCOP rulebooks as data (Decisions 26/2026/QĐ-TTg, 148/QĐ-TTg and 1048/QĐ-TTg shipped, users' own
 * rulebooks added or replacing them) and the catalogue that picks the one a dossier is evaluated under
 * (docs/rules.md §1).
 */
package org.ocop.scoring.rulebooks;
