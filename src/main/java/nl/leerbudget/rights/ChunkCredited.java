package nl.leerbudget.rights;

import nl.leerbudget.shared.Money;

/**
 * What crediting a chunk of people did.
 *
 * @param people lines in the chunk
 * @param credited people whose right was credited now (a positive amount into a new compartment)
 * @param zero people entitled to nothing (recorded, nothing credited)
 * @param notEntitled people without a right under the policy yet (history recorded)
 * @param skipped people credited under the policy before: nothing written for them
 */
public record ChunkCredited(int people, int credited, int zero, int notEntitled, int skipped, Money amount) {}
