package nl.leerbudget.rights;

import java.nio.file.Path;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the rights module ({@code leerbudget.rights.*}).
 *
 * @param policy the id of the policy new rights are credited under
 * @param policyDirectory a directory with {@code <id>.policy} files that take precedence over the built-in ones: a new
 *     or changed policy needs no new release
 * @param funderAccount the state's funder account rights are paid from; opened on first use (may go below zero: it
 *     is a budget line, not a bank balance)
 */
@ConfigurationProperties("leerbudget.rights")
public record RightsSettings(
        @DefaultValue(RightsPolicy.REGRESSIVE_2027) String policy,
        @Nullable Path policyDirectory,

        @DefaultValue("2f0c8f62-61b4-5b8e-9a8c-4c6a8b2f0001")
        UUID funderAccount) {}
