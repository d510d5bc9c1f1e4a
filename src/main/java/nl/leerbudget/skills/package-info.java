/**
 * Skills: the ESCO taxonomy (occupations with ISCO groups and labels in every language of the release, skills with
 * type and reuse level, the occupations' essential and optional skills, the hierarchies), imported from the
 * Commission's CSV download ({@link nl.leerbudget.skills.EscoImport}); and a person's skills gap: for a target
 * occupation the essential and optional skills they miss, and the admitted offerings that cover most of the missing
 * essential ones, each with what it would cost them after their budgets ({@link nl.leerbudget.skills.Skills}). It
 * answers the register's questions about skills and occupations through the register's port
 * {@link nl.leerbudget.register.SkillVocabulary}, so that the register does not depend on it.
 *
 * <p>The API is at this root. {@code domain} holds the CSV reader, the release reader, the gap and the ranking as pure
 * functions, and the store's interface; {@code persistence} the tables; {@code web} the pages; {@code batch} the load
 * of the shipped release at start-up.
 */
@NullMarked
@ApplicationModule(
        displayName = "Skills",
        allowedDependencies = {"shared", "identity", "register", "overview", "platform::jdbc", "platform::web"})
package nl.leerbudget.skills;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
