/**
 * The rules of learning rights as pure Java: counting funded months, valuing them with the reference costs, the
 * regressive and neutral amounts, the validity period, the correction rule, the readers of the policy and cost files,
 * and the Dutch wording of the explanation. No Spring, no SQL.
 */
@NullMarked
package nl.leerbudget.rights.domain;

import org.jspecify.annotations.NullMarked;
