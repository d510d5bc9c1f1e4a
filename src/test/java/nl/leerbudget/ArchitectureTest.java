package nl.leerbudget;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** House rules from STYLE.md that the compiler does not check. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.leerbudget");

    @Test
    void domainPackagesImportNoFrameworks() {
        noClasses()
                .that()
                .resideInAPackage("..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta..",
                        "java.sql..",
                        "javax.sql..",
                        "tools.jackson..",
                        "com.fasterxml.jackson..")
                .check(CLASSES);
    }

    @Test
    void sharedUsesTheJdkOnly() {
        classes()
                .that()
                .resideInAPackage("nl.leerbudget.shared..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "nl.leerbudget.shared..", "org.jspecify..")
                .check(CLASSES);
    }

    @Test
    void paymentsUsesTheJdkAndSharedOnly() {
        classes()
                .that()
                .resideInAPackage("nl.leerbudget.payments..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "javax.xml.stream..",
                        "nl.leerbudget.shared..",
                        "nl.leerbudget.payments..",
                        "org.jspecify..")
                .check(CLASSES);
    }

    @Test
    void moneyCodeHasNoFloatingPoint() {
        noFields()
                .that()
                .areDeclaredInClassesThat()
                .resideInAnyPackage(
                        "nl.leerbudget.shared..",
                        "nl.leerbudget.ledger..",
                        "nl.leerbudget.rights..",
                        "nl.leerbudget.schemes..",
                        "nl.leerbudget.payments..")
                .should()
                .haveRawType(double.class)
                .orShould()
                .haveRawType(float.class)
                .orShould()
                .haveRawType(Double.class)
                .orShould()
                .haveRawType(Float.class)
                .check(CLASSES);
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAnyPackage(
                        "nl.leerbudget.shared..",
                        "nl.leerbudget.ledger..",
                        "nl.leerbudget.rights..",
                        "nl.leerbudget.schemes..",
                        "nl.leerbudget.payments..")
                .should()
                .haveRawReturnType(double.class)
                .orShould()
                .haveRawReturnType(float.class)
                .check(CLASSES);
    }

    @Test
    void typesAreNamedAfterTheDomainNotAfterPatterns() {
        noClasses()
                .should()
                .haveSimpleNameEndingWith("Impl")
                .orShould()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .orShould()
                .haveSimpleNameEndingWith("Util")
                .orShould()
                .haveSimpleNameEndingWith("Utils")
                .orShould()
                .haveSimpleNameEndingWith("DTO")
                .orShould()
                .haveSimpleNameEndingWith("Dto")
                .orShould()
                .haveSimpleNameEndingWith("Data")
                .orShould()
                .haveSimpleNameStartingWith("Default")
                .check(CLASSES);
    }

    @Test
    void transactionsAreDemarcatedAtModuleApisOnly() {
        noClasses()
                .that()
                .resideInAnyPackage("..domain..", "..persistence..", "..web..", "..batch..")
                .should()
                .beAnnotatedWith("org.springframework.transaction.annotation.Transactional")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.transaction.support.TransactionTemplate")
                .check(CLASSES);
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .resideInAnyPackage("..domain..", "..persistence..", "..web..", "..batch..")
                .should()
                .beAnnotatedWith("org.springframework.transaction.annotation.Transactional")
                .check(CLASSES);
    }
}
